"""CRM.COM where the public record is thin (real-wire-evidence.md C1-C5): the facade against a
sandbox that answers the way a real deployment may, in-process and over loopback."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import anyio
import pytest

from billing_sdk import CrmComClient, WriteNotApplied, bulk
from billing_sdk.crmcom import PaymentLifeCycleState
from billing_sdk.sandbox import CrmComSettings, Sandbox
from tests.facade._recorder import Recorder

CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
AR = {"number": "AR0004"}


@pytest.fixture(params=["in_process", "loopback"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _serve(mode: str, sandbox: Sandbox) -> AsyncIterator[Sandbox]:
    if mode == "in_process":
        yield sandbox
    else:
        async with sandbox.running():
            yield sandbox


def _client(sandbox: Sandbox, **options: Any) -> tuple[CrmComClient, Recorder]:
    recorder = Recorder(sandbox.transport())
    return CrmComClient.for_sandbox(sandbox, transport=recorder, **options), recorder


# -- C1: paging parameters no source confirms ------------------------------------------------


async def _payments_until(crm: CrmComClient, count: int) -> None:
    have = [p async for p in crm.payments.list(accounts_receivable=AR)]
    missing = count - len(have)
    outcomes = await bulk.map(
        lambda i: crm.payments.create(
            accounts_receivable=AR, amount=Decimal("1.00"), back_office_code=f"C1-{i}", **CASH
        ),
        range(missing),
        fail_fast=True,
    )
    assert all(o.ok for o in outcomes)


@pytest.mark.parametrize("ignored", [frozenset(), frozenset({"offset", "number_of_results"})])
async def test_a_list_of_250_is_250_distinct_payments_whether_paging_is_honoured_or_not(
    mode: str, ignored: frozenset[str]
) -> None:
    sandbox = Sandbox(crmcom=CrmComSettings(ignored_list_parameters=ignored))
    async for sb in _serve(mode, sandbox):
        crm, recorder = _client(sb)
        async with crm:
            await _payments_until(crm, 250)
            recorder.requests.clear()
            listed = [p async for p in crm.payments.list(accounts_receivable=AR, page_size=100)]
        ids = [p.id for p in listed]
        assert len(ids) == 250 and len(set(ids)) == 250
        assert len(recorder.to("payments/list")) <= 3


async def test_a_server_that_ignores_the_life_cycle_filter_still_gives_only_that_state(
    mode: str,
) -> None:
    sandbox = Sandbox(
        crmcom=CrmComSettings(ignored_list_parameters=frozenset({"life_cycle_state"}))
    )
    async for sb in _serve(mode, sandbox):
        crm, _ = _client(sb)
        async with crm:
            everything = [p async for p in crm.payments.list(accounts_receivable={"number": "9"})]
            posted = [
                p
                async for p in crm.payments.list(
                    accounts_receivable={"number": "9"}, life_cycle_state="POSTED"
                )
            ]
        states = {p.life_cycle_state for p in everything}
        assert len(states) > 1  # the seed has payments in several states
        assert posted and all(p.life_cycle_state is PaymentLifeCycleState.POSTED for p in posted)
        assert len(posted) == sum(
            p.life_cycle_state is PaymentLifeCycleState.POSTED for p in everything
        )


# -- C2: allocation fields whose names the sources lost -----------------------------------------

ALLOCATED: dict[str, Any] = {
    "accounts_receivable": {"number": "AR0002"},
    "amount": Decimal("20.00"),
    "invoices": [{"number": "I00000303"}],
    "bills": [{"bill": {"number": "B0002"}}],
    **CASH,
}


async def test_an_allocation_the_server_takes_is_verified_and_returned(mode: str) -> None:
    async for sb in _serve(mode, Sandbox()):
        crm, recorder = _client(sb)
        async with crm:
            created = await crm.payments.create(**ALLOCATED, back_office_code="C2-OK")
            stored = await crm.payments.show(back_office_code="C2-OK")
        assert created.life_cycle_state is PaymentLifeCycleState.DRAFT
        assert [i.number for i in stored.invoices_to_pay_set] == ["I00000303"]  # type: ignore[union-attr]
        assert [b.number for b in stored.bills_to_pay_set] == ["B0002"]  # type: ignore[union-attr]
        # The idempotent create's look for the code, the check, then the test's own read.
        assert len(recorder.to("payments/show")) == 3


@pytest.mark.parametrize("ignored", ["invoices_to_pay_set", "bills_to_pay_set"])
async def test_an_allocation_the_server_ignores_is_a_typed_error_not_silence(
    mode: str, ignored: str
) -> None:
    sandbox = Sandbox(crmcom=CrmComSettings(ignored_create_fields=frozenset({ignored})))
    async for sb in _serve(mode, sandbox):
        crm, recorder = _client(sb)
        async with crm:
            with pytest.raises(WriteNotApplied) as caught:
                await crm.payments.create(**ALLOCATED, back_office_code="C2-LOST")
            # The payment exists (do not create it again); the error says what was lost.
            stored = await crm.payments.show(back_office_code="C2-LOST")
        error = caught.value
        assert error.landed is True and error.field == ignored
        assert error.reference == "C2-LOST" and error.written.id == stored.id
        assert len(recorder.to("payments/create")) == 1


# -- C3: an expired token reported another way ------------------------------------------------


@pytest.mark.parametrize(
    ("code", "status"), [("SESSION_EXPIRED", 200), ("AUTHENTICATION_FAILED", 200), ("E1042", 403)]
)
async def test_a_token_reported_dead_with_an_unknown_code_is_renewed(
    mode: str, code: str, status: int
) -> None:
    settings = CrmComSettings(token_ttl=0.3, expired_token_code=code, expired_token_status=status)
    async for sb in _serve(mode, Sandbox(crmcom=settings)):
        crm, recorder = _client(sb)
        async with crm:
            await crm.payments.show(number="PAY0001")
            await anyio.sleep(0.4)  # the server's token is dead; the client thinks 2 hours
            # E1042 says nothing in its code; its message ("The token has expired") does.
            payment = await crm.payments.show(number="PAY0001")
        assert payment.number == "PAY0001"
        assert len(recorder.to("authentication/token")) == 2


async def test_a_token_idle_past_the_pre_r12_hour_is_renewed_before_use(mode: str) -> None:
    settings = CrmComSettings(token_idle_timeout=0.3, expired_token_code="SESSION_TIMEOUT")
    async for sb in _serve(mode, Sandbox(crmcom=settings)):
        crm, recorder = _client(sb, token_idle_timeout=0.2)
        async with crm:
            await crm.payments.show(number="PAY0001")
            await anyio.sleep(0.35)
            await crm.payments.show(number="PAY0001")
        logins = recorder.to("authentication/token")
        shows = recorder.to("payments/show")
        assert len(logins) == 2 and len(shows) == 2  # renewed before, not after a refusal


# -- C4: the web API key as the public integrations send it ------------------------------------


async def test_the_web_api_key_goes_as_bare_basic_credentials(mode: str) -> None:
    async for sb in _serve(mode, Sandbox()):
        crm, recorder = _client(sb, login="web_api_key")
        async with crm:
            await crm.payments.show(number="PAY0001")
        (login,) = recorder.to("authentication/web_api_key/token")
        scheme, _, encoded = login.headers["authorization"].partition(" ")
        assert scheme == "Basic"
        assert base64.b64decode(encoded).decode() == sb.crmcom.settings.web_api_key  # no colon


def test_only_token_words_in_an_unknown_code_or_message_renew_the_token() -> None:
    crm = CrmComClient(base_url="https://crm.example.com", web_api_key="K")
    session = crm._session
    assert session._token_rejected("EXPIRED_TOKEN", "")
    assert session._token_rejected("E7", "Your session timed out")
    assert not session._token_rejected("E7", "Amount must be positive")
    # A code of the spec's vocabulary means what the spec says, whatever its message.
    assert not session._token_rejected("INVALID_PARAMETER", "token is malformed")
    assert not session._token_rejected("OK", "token")
