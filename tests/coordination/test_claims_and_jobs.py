"""Claims, the job registry and the webhook relay on a real Redis (one process, two clients
with their own coordination objects standing for two workers)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import anyio
import pytest

from billing_sdk import CoordinationUnavailable, OutcomeUnknown, VismaClient
from billing_sdk.coordination import RedisCoordination
from billing_sdk.sandbox import Sandbox, VismaSettings
from billing_sdk.sandbox._server import serve_asgi


async def test_a_claim_is_held_by_one_worker_at_a_time(coordination: RedisCoordination) -> None:
    other = RedisCoordination(client=coordination.redis, claim_lease=0.3)
    order: list[str] = []

    async def hold(coord: RedisCoordination, name: str) -> None:
        async with coord.claims("acct").claim("REF-1", wait=10):
            order.append(f"{name} in")
            await anyio.sleep(0.5)  # longer than the lease: it must be renewed meanwhile
            order.append(f"{name} out")

    async with anyio.create_task_group() as tg:
        tg.start_soon(hold, coordination, "a")
        await anyio.sleep(0.05)
        tg.start_soon(hold, other, "b")
    assert order == ["a in", "a out", "b in", "b out"]


async def test_a_claim_held_too_long_names_the_reference(coordination: RedisCoordination) -> None:
    other = RedisCoordination(client=coordination.redis)
    async with coordination.claims("acct").claim("REF-2", wait=1):
        with pytest.raises(OutcomeUnknown) as caught:
            async with other.claims("acct").claim("REF-2", wait=0.2):
                pass
    assert caught.value.reference == "REF-2"


async def test_a_create_with_redis_down_sends_nothing() -> None:
    sandbox = Sandbox()
    coord = RedisCoordination("redis://127.0.0.1:1/0", op_timeout=0.5)
    async with VismaClient.for_sandbox(sandbox, coordination=coord) as visma:
        before = len(sandbox.visma.company().payments)
        with pytest.raises(CoordinationUnavailable) as caught:
            await visma.customer_payments.create(
                {
                    "type": "Payment",
                    "customer": "10001",
                    "payment_amount": Decimal("5.00"),
                    "payment_ref": "DOWN-1",
                }
            )
        assert caught.value.landed is False
        assert len(sandbox.visma.company().payments) == before


async def test_a_flushed_redis_loses_no_payment(coordination: RedisCoordination) -> None:
    # The claim vanishes with the flush; the create's look by reference still finds the
    # payment, so the second create returns it instead of booking another.
    sandbox = Sandbox()
    payment = {
        "type": "Payment",
        "customer": "10002",
        "payment_amount": Decimal("7.00"),
        "payment_ref": "FLUSH-1",
    }
    async with VismaClient.for_sandbox(sandbox, coordination=coordination) as visma:
        first = await visma.customer_payments.create(payment)
        await coordination.redis.flushdb()
        again = await visma.customer_payments.create(payment)
    assert again.ref_nbr == first.ref_nbr
    refs = [p.payment_ref for p in sandbox.visma.company().payments.values()]
    assert refs.count("FLUSH-1") == 1


async def test_a_webhook_received_by_one_worker_completes_the_job_of_another(
    coordination: RedisCoordination, redis_url: str
) -> None:
    secret = "whsec-relay"
    loop = asyncio.get_running_loop()
    receiver: dict[str, VismaClient] = {}

    async def forward(scope: Any, receive: Any, send: Any) -> None:
        # The webhook server runs on its own thread and loop; the receiving worker's
        # handling (and its Redis connections) stay on this test's loop.
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        handled = receiver["client"].webhooks.handle_and_relay(body, headers)
        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(handled, loop))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    other = RedisCoordination(redis_url)  # the receiving worker's own connections
    try:
        async with serve_asgi(forward) as receiver_url:
            settings = VismaSettings(webhook_url=receiver_url, webhook_secret=secret)
            sandbox = Sandbox(visma=settings)
            async with (
                VismaClient.for_sandbox(
                    sandbox, webhook_secret=secret, coordination=coordination
                ) as waiting,
                VismaClient.for_sandbox(
                    sandbox, webhook_secret=secret, coordination=other
                ) as receiving,
            ):
                # The notification reaches the worker that did NOT start the job.
                receiver["client"] = receiving
                job = await waiting.customer_invoices.release("000104", background="subscription")
                result = await job.wait(timeout=30)
    finally:
        await other.aclose()
    assert result.done
    assert job.stats.polls == 0  # woken by the relayed notification, not by polling
    assert receiving.webhooks.received == 1 and waiting.webhooks.received == 0
