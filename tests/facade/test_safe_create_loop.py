"""The one reconciliation loop (``write_once``) on its own, with fake sends and lookups."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from billing_sdk import (
    BillingError,
    Conflict,
    ConnectError,
    DecodeError,
    OutcomeUnknown,
    RequestTimeout,
    SafeWriteStats,
    ServerError,
    TransportError,
    ValidationError,
)
from billing_sdk import _safe_create as sc
from billing_sdk._retry import Resend, RetryPolicy
from billing_sdk._safe_create import Found, new_reference, write_once


def server_error(status: int = 502) -> ServerError:
    return ServerError("Bad Gateway", method="POST", path="/x", status=status)


class Script:
    """A send that fails (or succeeds) as scripted, and a lookup that answers as scripted."""

    def __init__(
        self, outcomes: list[BaseException | str], found: list[str | BillingError | None]
    ) -> None:
        self.outcomes = list(outcomes)
        self.found = list(found)
        self.sends = 0
        self.lookups = 0

    async def send(self) -> str:
        self.sends += 1
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    async def lookup(self) -> Found[str] | None:
        self.lookups += 1
        answer = self.found.pop(0)
        if isinstance(answer, BillingError):
            raise answer
        return None if answer is None else Found(answer)


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the loop's sleeps instead of sleeping (backoff and settle times)."""
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(sc.anyio, "sleep", fake_sleep)
    return slept


async def run(script: Script, stats: SafeWriteStats, **options: Any) -> str:
    return await write_once(
        script.send, script.lookup, reference="REF-1", what="test create", stats=stats, **options
    )


async def test_a_create_that_answers_is_sent_once_and_never_looked_up() -> None:
    script, stats = Script(["created"], []), SafeWriteStats()
    assert await run(script, stats) == "created"
    assert (script.sends, script.lookups) == (1, 0)
    assert stats == SafeWriteStats(calls=1, sends=1)


@pytest.mark.parametrize(
    "refusal",
    [
        Conflict("conflict", status=409, landed=False),
        ConnectError("cannot connect"),
        ValidationError("bad"),
    ],
)
async def test_a_refused_create_is_raised_at_once_without_a_lookup(refusal: BillingError) -> None:
    script, stats = Script([refusal], []), SafeWriteStats()
    with pytest.raises(type(refusal)) as caught:
        await run(script, stats)
    assert caught.value.landed is False
    assert (script.sends, script.lookups) == (1, 0)


@pytest.mark.parametrize(
    "lost",
    [
        server_error(502),
        TransportError("the connection failed: RemoteProtocolError"),
        RequestTimeout("timed out waiting for the response"),
    ],
)
async def test_a_lost_answer_is_looked_up_and_a_landed_create_returned(
    lost: BillingError,
) -> None:
    script, stats = Script([lost], ["found-it"]), SafeWriteStats()
    assert await run(script, stats) == "found-it"
    assert (script.sends, script.lookups) == (1, 1)
    assert stats.duplicates_prevented == 1
    assert stats.resends == 0


async def test_a_create_proven_absent_is_sent_again() -> None:
    script = Script([server_error(), TransportError("dropped"), "created"], [None, None])
    stats = SafeWriteStats()
    assert await run(script, stats) == "created"
    assert (script.sends, script.lookups) == (3, 2)
    assert (stats.sends, stats.resends, stats.duplicates_prevented) == (3, 2, 0)


async def test_when_no_send_landed_the_last_error_says_landed_false() -> None:
    script = Script([server_error(500), server_error(502), server_error(503)], [None] * 3)
    stats = SafeWriteStats()
    with pytest.raises(ServerError) as caught:
        await run(script, stats)
    assert caught.value.status == 503
    assert caught.value.landed is False
    assert any("none of 3 send(s) landed" in note for note in caught.value.__notes__)
    assert (script.sends, script.lookups, stats.not_landed) == (3, 3, 1)


async def test_a_failing_lookup_ends_in_outcome_unknown_naming_the_reference() -> None:
    lookup_error = server_error(500)
    script, stats = Script([server_error()], [lookup_error]), SafeWriteStats()
    with pytest.raises(OutcomeUnknown) as caught:
        await run(script, stats)
    error = caught.value
    assert error.landed is None
    assert (error.reference, error.attempts) == ("REF-1", 1)
    assert error.__cause__ is lookup_error
    assert "REF-1" in str(error) and "may or may not have landed" in str(error)
    assert stats.unknown == 1


async def test_a_resend_refused_as_a_repeat_means_an_earlier_send_landed() -> None:
    repeat = Conflict("code used", status=409, landed=False, code="DUPLICATE")
    script = Script([server_error(), repeat], [None, "late-landing"])
    stats = SafeWriteStats()
    found = await run(script, stats, earlier_landed=lambda e: getattr(e, "code", "") == "DUPLICATE")
    assert found == "late-landing"
    assert (script.sends, script.lookups, stats.duplicates_prevented) == (2, 2, 1)


async def test_a_repeat_refusal_on_the_first_send_is_the_callers_own_conflict() -> None:
    repeat = Conflict("code used", status=409, landed=False, code="DUPLICATE")
    script = Script([repeat], [])
    with pytest.raises(Conflict):
        await run(script, SafeWriteStats(), earlier_landed=lambda e: True)
    assert script.lookups == 0


async def test_an_unusable_answer_to_a_landed_write_is_replaced_by_the_lookup() -> None:
    garbled = DecodeError("the body is not valid JSON", status=201, landed=True)
    script, stats = Script([garbled], ["read-back"]), SafeWriteStats()
    assert await run(script, stats) == "read-back"
    # ... and never re-sent when the lookup cannot find it: the server said it landed.
    script = Script([garbled], [None])
    with pytest.raises(DecodeError) as caught:
        await run(script, SafeWriteStats())
    assert caught.value.landed is True
    assert script.sends == 1


async def test_the_lookup_waits_to_settle_only_after_a_timeout(no_waiting: list[float]) -> None:
    await run(Script([server_error()], ["x"]), SafeWriteStats(), settle=0.7)
    assert no_waiting == []
    await run(Script([RequestTimeout("slow")], ["x"]), SafeWriteStats(), settle=0.7)
    assert no_waiting == [0.7]
    await run(Script([server_error(504)], ["x"]), SafeWriteStats(), settle=0.7)
    assert no_waiting == [0.7, 0.7]


async def test_attempts_must_be_positive() -> None:
    with pytest.raises(ValidationError):
        await run(Script(["x"], []), SafeWriteStats(), attempts=0)


async def test_cancellation_is_not_swallowed() -> None:
    import anyio

    async def send() -> str:
        raise anyio.get_cancelled_exc_class()()

    async def lookup() -> Found[str] | None:
        raise AssertionError("never looked up")

    with pytest.raises(anyio.get_cancelled_exc_class()):
        await write_once(send, lookup, reference="R", what="w", stats=SafeWriteStats())


def test_new_references_are_unique_and_fit_every_vendor_field() -> None:
    refs = {new_reference() for _ in range(1000)}
    assert len(refs) == 1000
    assert all(r.startswith("SDK-") and len(r) == 24 for r in refs)


@pytest.mark.parametrize(
    ("failure", "retried"),
    [
        (httpx.ConnectError("refused"), True),
        (httpx.ConnectTimeout("slow connect"), True),
        (httpx.ReadTimeout("slow read"), False),
        (httpx.RemoteProtocolError("dropped"), False),
    ],
)
def test_a_reconciled_delete_is_resent_only_when_it_was_not_sent(
    failure: Exception, retried: bool
) -> None:
    policy, proven = RetryPolicy(), Resend.PROVEN_UNSENT
    assert policy.retries_exception("DELETE", failure, proven) is retried
    assert policy.retries_status("DELETE", 429, proven) is True
    for status in (500, 502, 503, 504):
        assert policy.retries_status("DELETE", status, proven) is False


async def test_every_error_of_a_reconciled_write_carries_its_reference() -> None:
    refused = Conflict("no", method="POST", path="/x", status=409, landed=False)
    script = Script([refused], [])
    with pytest.raises(Conflict) as info:
        await write_once(
            script.send, script.lookup, reference="REF-1", what="w", stats=SafeWriteStats()
        )
    assert info.value.reference == "REF-1"


async def test_a_write_cancelled_after_it_may_have_been_sent_is_left_findable() -> None:
    """A create cancelled mid-flight may still land; its (SDK-made) reference is kept where
    the caller can find it, and named on the cancellation itself."""
    stats = SafeWriteStats()
    started = anyio.Event()

    async def send() -> str:
        started.set()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    async def lookup() -> None:
        raise AssertionError("never looked up")

    reference = new_reference()
    with anyio.CancelScope() as scope:
        async with anyio.create_task_group() as group:

            async def create() -> None:
                try:
                    await write_once(send, lookup, reference=reference, what="w", stats=stats)
                except anyio.get_cancelled_exc_class() as exc:
                    notes.extend(getattr(exc, "__notes__", []))
                    raise

            notes: list[str] = []
            group.start_soon(create)
            await started.wait()
            scope.cancel()
    assert list(stats.unresolved) == [reference]
    assert any(reference in note for note in notes)
