"""The transport's hook for a shared budget: what it asks, what it reports, how long it waits.

The pacer here is a plain recording object (the Redis one is tested against a real server
next door): this is about the transport's contract, whoever implements the budget.
"""

from __future__ import annotations

import httpx
import pytest

from billing_sdk import RequestTimeout, RetryPolicy, VismaClient
from billing_sdk._coordination import PacerWaitTooLong
from billing_sdk.sandbox import Sandbox


class RecordingPacer:
    def __init__(self, refuse_over: float | None = None) -> None:
        self.asked: list[float] = []
        self.reports: list[tuple[int, float]] = []
        self.refuse_over = refuse_over

    async def before_attempt(self, max_wait: float) -> float:
        self.asked.append(max_wait)
        if self.refuse_over is not None:
            raise PacerWaitTooLong(self.refuse_over)
        return 0.0

    async def after_response(self, status: int, headers: httpx.Headers, pause: float) -> None:
        self.reports.append((status, pause))


class OneAccount:
    name = "test"

    def __init__(self, pacer: RecordingPacer) -> None:
        self._pacer = pacer
        from billing_sdk.coordination import LocalCoordination

        self._local = LocalCoordination()

    def pacer(self, account: str) -> RecordingPacer:
        return self._pacer

    def claims(self, account: str):  # type: ignore[no-untyped-def]
        return self._local.claims(account)

    def jobs(self, account: str):  # type: ignore[no-untyped-def]
        return self._local.jobs(account)


async def test_every_attempt_takes_from_the_budget_within_the_calls_limits() -> None:
    pacer = RecordingPacer()
    retry = RetryPolicy(max_server_wait=7.0)
    async with VismaClient.for_sandbox(
        Sandbox(), coordination=OneAccount(pacer), retry=retry, call_timeout=5.0
    ) as visma:
        await visma.customer_payments.get_page(1, 5)
    # The token request and the read: each asked, never for more than the call has left
    # (5 s) nor the policy's max_server_wait (7 s).
    assert len(pacer.asked) == 2
    assert all(0 < asked <= 5.0 for asked in pacer.asked)
    # The read's answer carried Visma's quota headers: reported (the token's did not).
    assert [status for status, _ in pacer.reports] == [200]


async def test_a_budget_that_asks_too_long_a_wait_fails_the_call_unsent() -> None:
    pacer = RecordingPacer(refuse_over=120.0)
    sandbox = Sandbox()
    async with VismaClient.for_sandbox(sandbox, coordination=OneAccount(pacer)) as visma:
        with pytest.raises(RequestTimeout) as caught:
            await visma.customer_payments.get_page(1, 5)
    assert caught.value.landed is False
    assert "shared rate budget" in str(caught.value)
    assert pacer.reports == []  # nothing was sent, nothing answered


async def test_a_spent_quota_is_reported_as_a_pause_for_everyone() -> None:
    from billing_sdk.sandbox import VismaSettings

    pacer = RecordingPacer()
    sandbox = Sandbox(visma=VismaSettings(rate_limit=2, rate_window=30.0))
    async with VismaClient.for_sandbox(sandbox, coordination=OneAccount(pacer)) as visma:
        await visma.customer_payments.get_page(1, 5)
        await visma.customer_payments.get_page(1, 5)  # Remaining: 0
        # With a pacer the client does not pause alone: the budget holds every worker.
        assert visma._transport.resume_at <= 0
    status, pause = pacer.reports[-1]
    assert status == 200 and 0 < pause <= 30
