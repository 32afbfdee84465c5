"""The retry rules, pinned with respx: which methods and statuses retry, waits, caps."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from billing_sdk import _errors as errors
from billing_sdk._retry import RetryPolicy, server_advised_wait
from billing_sdk.billomat import BillomatClient

BASE = "https://acme.billomat.net"
PAYMENT = {
    "credit-note-payment": {
        "id": "5",
        "created": "2024-01-02T10:00:00+01:00",
        "credit_note_id": "1",
        "user_id": "2",
        "date": "2024-01-02",
        "amount": "12.50",
        "comment": "",
        "transaction_purpose": "",
        "type": "CASH",
    }
}


class RecordingSleep:
    """A sleep that records its delays and advances a fake monotonic clock instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.now = 1000.0

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


@pytest.fixture
async def client() -> AsyncIterator[tuple[BillomatClient, RecordingSleep]]:
    sleep = RecordingSleep()
    async with BillomatClient(base_url=BASE, api_key="k-secret") as bm:
        bm._transport._sleep = sleep
        bm._transport._clock = sleep.clock
        bm._transport._rng = random.Random(1)
        yield bm, sleep


@respx.mock
async def test_get_is_retried_on_5xx_then_succeeds(
    client: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, sleep = client
    route = respx.get(f"{BASE}/api/credit-note-payments/5").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json=PAYMENT)]
    )
    payment = await bm.credit_note_payments.get(5)
    assert payment.id == 5
    assert route.call_count == 3
    assert len(sleep.delays) == 2
    assert bm.stats.retries == 2


@respx.mock
async def test_post_is_not_retried_on_5xx(client: tuple[BillomatClient, RecordingSleep]) -> None:
    bm, _ = client
    route = respx.post(f"{BASE}/api/credit-note-payments").mock(return_value=httpx.Response(503))
    # The safe-create layer above the transport then looks the payment up; here the lookup
    # fails too, so nothing may be sent again and the outcome stays unknown.
    respx.get(f"{BASE}/api/credit-note-payments").mock(return_value=httpx.Response(500))
    with pytest.raises(errors.OutcomeUnknown) as info:
        await bm.credit_note_payments.create(
            credit_note_id=1, amount="1.00", expect_credit_note=None
        )
    assert route.call_count == 1
    assert "HTTP 503" in str(info.value)
    assert info.value.landed is None  # a 5xx after sending: unknown


@respx.mock
async def test_post_is_retried_on_429_and_connect_errors(
    client: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, sleep = client
    route = respx.post(f"{BASE}/api/credit-note-payments").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.ConnectError("refused"),
            httpx.Response(201, json=PAYMENT),
        ]
    )
    payment = await bm.credit_note_payments.create(
        credit_note_id=1, amount="12.50", expect_credit_note=None
    )
    assert payment.amount == payment.amount.__class__("12.50")
    assert route.call_count == 3
    assert sleep.delays[0] == 2.0


@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")]
)
@respx.mock
async def test_post_is_not_retried_once_the_request_was_sent(
    client: tuple[BillomatClient, RecordingSleep], failure: Exception
) -> None:
    bm, _ = client
    route = respx.post(f"{BASE}/api/credit-note-payments").mock(side_effect=failure)
    # As above: the safe-create lookup fails too, so the POST is never sent again.
    respx.get(f"{BASE}/api/credit-note-payments").mock(return_value=httpx.Response(500))
    with pytest.raises(errors.OutcomeUnknown) as info:
        await bm.credit_note_payments.create(
            credit_note_id=1, amount="1.00", expect_credit_note=None
        )
    assert route.call_count == 1
    # The lost answer was a (non-connect) transport error: the request had been sent.
    assert "TransportError" in str(info.value) or "RequestTimeout" in str(info.value)
    assert info.value.landed is None


@respx.mock
async def test_get_is_retried_on_timeouts_and_drops(
    client: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, _ = client
    route = respx.get(f"{BASE}/api/credit-note-payments/5").mock(
        side_effect=[
            httpx.ReadTimeout("slow"),
            httpx.RemoteProtocolError("dropped"),
            httpx.Response(200, json=PAYMENT),
        ]
    )
    await bm.credit_note_payments.get(5)
    assert route.call_count == 3


@respx.mock
async def test_client_errors_are_not_retried(client: tuple[BillomatClient, RecordingSleep]) -> None:
    bm, _ = client
    route = respx.get(f"{BASE}/api/credit-note-payments/5").mock(
        return_value=httpx.Response(404, json={"errors": {"error": "Resource not found"}})
    )
    with pytest.raises(errors.NotFound) as info:
        await bm.credit_note_payments.get(5)
    assert route.call_count == 1
    assert info.value.vendor_message == "Resource not found"
    assert info.value.landed is False


@respx.mock
async def test_attempts_are_capped_and_backoff_is_bounded(
    client: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, sleep = client
    route = respx.get(f"{BASE}/api/credit-note-payments/5").mock(return_value=httpx.Response(500))
    with pytest.raises(errors.ServerError):
        await bm.credit_note_payments.get(5)
    policy = bm.retry_policy
    assert route.call_count == policy.max_attempts
    assert len(sleep.delays) == policy.max_attempts - 1
    for n, delay in enumerate(sleep.delays):
        assert 0.0 <= delay <= min(policy.backoff_max, policy.backoff_initial * 2**n)


def test_backoff_is_full_jitter_and_capped() -> None:
    policy = RetryPolicy(backoff_initial=1.0, backoff_max=5.0)
    rng = random.Random(3)
    samples = [policy.backoff(10, rng) for _ in range(500)]
    assert max(samples) <= 5.0
    assert min(samples) < 0.5  # full jitter reaches down to zero
    assert max(samples) > 4.0


@respx.mock
async def test_retry_after_longer_than_the_cap_fails_fast(
    client: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, sleep = client
    route = respx.get(f"{BASE}/api/credit-note-payments/5").mock(
        return_value=httpx.Response(429, headers={"Retry-After": "600"})
    )
    with pytest.raises(errors.RateLimited) as info:
        await bm.credit_note_payments.get(5)
    assert route.call_count == 1
    assert sleep.delays == []
    assert info.value.retry_after == 600.0


@pytest.mark.parametrize(("per_call", "sent"), [(1, 1), (10, 4)])
@respx.mock
async def test_a_per_call_policy_narrows_the_client_never_widens_it(
    client: tuple[BillomatClient, RecordingSleep], per_call: int, sent: int
) -> None:
    bm, _ = client
    route = respx.get(f"{BASE}/api/credit-note-payments/5").mock(return_value=httpx.Response(503))
    from billing_sdk.billomat import _generated as g

    assert bm.retry_policy.max_attempts == 4
    with pytest.raises(errors.ServerError):
        await bm._engine.send(
            g.get_credit_note_payment._get_kwargs(id=5),
            g.get_credit_note_payment._parse_response,
            retry=RetryPolicy(max_attempts=per_call),
        )
    assert route.call_count == sent


def test_narrowing_keeps_the_stricter_of_each_rule() -> None:
    client = RetryPolicy(max_attempts=5, backoff_initial=0.5, max_server_wait=30)
    call = RetryPolicy(max_attempts=9, backoff_initial=0.1, max_server_wait=5)
    narrowed = client.narrowed_by(call)
    assert narrowed.max_attempts == 5 and narrowed.max_server_wait == 5
    assert narrowed.backoff_initial == 0.5  # never presses the server harder
    assert client.narrowed_by(None) is client


@pytest.mark.parametrize("attempts", [1, 3])
@respx.mock
async def test_the_clients_policy_bounds_a_reconciled_delete(attempts: int) -> None:
    """Found by review: the reconciled DELETE used a fixed per-call policy that replaced the
    client's, so a client told to try once still retried its 429s (and modify's PUT too)."""
    sleep = RecordingSleep()
    async with BillomatClient(
        base_url=BASE, api_key="k", retry=RetryPolicy(max_attempts=attempts)
    ) as bm:
        bm._transport._sleep = sleep
        bm._transport._clock = sleep.clock
        route = respx.delete(f"{BASE}/api/credit-note-payments/5").mock(
            side_effect=[httpx.Response(429), httpx.Response(429), httpx.Response(200)]
        )
        if attempts == 1:
            with pytest.raises(errors.RateLimited) as info:
                await bm.credit_note_payments.delete(5, expect_credit_note=None)
            assert info.value.landed is False
        else:
            await bm.credit_note_payments.delete(5, expect_credit_note=None)
        assert route.call_count == attempts


def test_retry_after_forms() -> None:
    now = 1_800_000_000.0
    assert server_advised_wait(httpx.Headers({"Retry-After": "7"}), 429, now) == 7.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert server_advised_wait(httpx.Headers({"Retry-After": date}), 503, now) == pytest.approx(30)
    # Visma: seconds until the window resets; Billomat: a Unix time.
    visma = httpx.Headers({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "12"})
    assert server_advised_wait(visma, 429, now) == 12.0
    billomat = httpx.Headers(
        {"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": str(int(now) + 40)}
    )
    assert server_advised_wait(billomat, 429, now) == pytest.approx(40)
    # A reset header on an ordinary response is not advice to wait.
    assert (
        server_advised_wait(
            httpx.Headers({"X-RateLimit-Reset": "12", "X-RateLimit-Remaining": "5"}), 200, now
        )
        is None
    )
    assert server_advised_wait(httpx.Headers({"Retry-After": "soon"}), 429, now) is None


@respx.mock
async def test_reset_header_on_429_is_honoured(
    client: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, sleep = client
    reset = int(time.time()) + 5
    respx.get(f"{BASE}/api/credit-note-payments/5").mock(
        side_effect=[
            httpx.Response(
                429, headers={"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": str(reset)}
            ),
            httpx.Response(200, json=PAYMENT),
        ]
    )
    await bm.credit_note_payments.get(5)
    assert 3.0 <= sum(sleep.delays) <= 5.0


def test_millisecond_hint_wins() -> None:
    headers = httpx.Headers({"Retry-After": "1", "Retry-After-Ms": "250"})
    assert server_advised_wait(headers, 202) == 0.25


@respx.mock
async def test_the_clients_policy_bounds_the_put_of_modify() -> None:
    from billing_sdk import VismaClient

    api = "https://erp.example"
    invoice = {"referenceNumber": "000101", "timeStamp": "v1", "exchangeRate": 1.0}
    respx.get(f"{api}/v1/customerinvoice/000101").mock(
        return_value=httpx.Response(200, json=invoice)
    )
    put = respx.put(f"{api}/v1/customerinvoice/000101").mock(return_value=httpx.Response(429))
    async with VismaClient(base_url=api, token="t", retry=RetryPolicy(max_attempts=1)) as visma:
        with pytest.raises(errors.RateLimited):
            await visma.customer_invoices.modify("000101", lambda inv: {"note": "x"})
    assert put.call_count == 1


@pytest.mark.parametrize("attempts", [1, 2])
async def test_a_bare_timeout_from_an_inner_transport_without_a_limit_is_a_read_timeout(
    attempts: int,
) -> None:
    # No attempt or call limit: the TimeoutError is the inner transport's own (a custom
    # transport, a library under it), and is reported as the timeout it is, retried like one.
    from billing_sdk._transport import PolicyTransport

    calls = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise TimeoutError
        return httpx.Response(200, json={"ok": True})

    sleep = RecordingSleep()
    policy = PolicyTransport(httpx.MockTransport(answer), RetryPolicy(max_attempts=attempts))
    policy._sleep = sleep
    async with httpx.AsyncClient(transport=policy, base_url=BASE) as http:
        if attempts == 1:
            with pytest.raises(httpx.ReadTimeout, match="timed out"):
                await http.get("/x")
        else:
            assert (await http.get("/x")).json() == {"ok": True}
    assert calls == attempts
