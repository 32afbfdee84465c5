"""``modify`` under contention: many concurrent read-modify-writes of one Visma invoice from two
separate clients. The sandbox enforces ``If-Match``, so every stale write is a 412 that
``modify`` absorbs by reading again; no increment may be lost or applied twice."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from decimal import Decimal

import anyio
import pytest

from billing_sdk import Modified, VismaClient
from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox
from billing_sdk.visma import CustomerInvoiceDto

#: An unreleased (Hold) invoice: its exchange rate can still change.
INVOICE = "000101"
#: In-process calls never wait for anything, so without a little latency one client's whole
#: read-modify-write runs before the other's starts and nothing ever conflicts. 0-4 ms per
#: read and write, as on a fast network, lets the two clients interleave.
NETWORK = FaultRule(latency=0.002, jitter=0.002)
IN_PROCESS_LATENCY = FaultPlan(
    operations={
        "customerInvoiceGetByinvoiceNumber": NETWORK,
        "customerInvoiceUpdateByinvoiceNumber": NETWORK,
    }
)
ATTEMPTS = 100  # enough that no writer gives up under this much contention


def rate_of(invoice: CustomerInvoiceDto) -> Decimal:
    # The generated model holds the exact decimal the server sent.
    assert isinstance(invoice.exchange_rate, Decimal)
    return invoice.exchange_rate


def plus_one(current: CustomerInvoiceDto) -> dict[str, Decimal]:
    return {"exchange_rate": rate_of(current) + 1}


@dataclass
class Contention:
    start: Decimal
    end: Decimal
    results: list[Modified[CustomerInvoiceDto]]
    conflicts_by_client: list[int]


@asynccontextmanager
async def clients(sandbox: Sandbox, count: int) -> AsyncIterator[list[VismaClient]]:
    opened = [VismaClient.for_sandbox(sandbox) for _ in range(count)]
    try:
        yield opened
    finally:
        for client in opened:
            await client.aclose()


async def contend(sandbox: Sandbox, writers: int, client_count: int) -> Contention:
    """``writers`` concurrent ``modify(+1)`` calls spread round-robin over the clients."""
    async with clients(sandbox, client_count) as visma:
        start = rate_of(await visma[0].customer_invoices.get(INVOICE))
        results: list[Modified[CustomerInvoiceDto]] = []
        conflicts = [0] * client_count

        async def writer(i: int) -> None:
            client = visma[i % client_count]
            done = await client.customer_invoices.modify(INVOICE, plus_one, attempts=ATTEMPTS)
            results.append(done)
            conflicts[i % client_count] += done.conflicts

        async with anyio.create_task_group() as tg:
            for i in range(writers):
                tg.start_soon(writer, i)
        end = rate_of(await visma[1 % client_count].customer_invoices.get(INVOICE))
    return Contention(start, end, results, conflicts)


async def test_100_concurrent_modifies_from_two_clients_lose_nothing() -> None:
    sandbox = Sandbox(faults=IN_PROCESS_LATENCY)
    outcome = await contend(sandbox, writers=100, client_count=2)

    assert outcome.end == outcome.start + 100
    assert len(outcome.results) == 100
    total = sum(outcome.conflicts_by_client)
    print(f"\n412 retries absorbed: {total} (per client {outcome.conflicts_by_client})")
    # Within one client writes queue up; across the two, If-Match turns races into 412s.
    assert total > 0
    # Each call wrote exactly once: 100 distinct new versions (ETags).
    assert len({r.version for r in outcome.results}) == 100


async def test_modifies_from_one_client_are_serialised_without_conflicts() -> None:
    sandbox = Sandbox(faults=IN_PROCESS_LATENCY)
    outcome = await contend(sandbox, writers=30, client_count=1)
    assert outcome.end == outcome.start + 30
    assert outcome.conflicts_by_client == [0]


@pytest.mark.parametrize("writers", [40])
async def test_concurrent_modifies_from_two_clients_over_loopback(writers: int) -> None:
    # Over a real socket the latency is real; kept smaller because each request costs more.
    sandbox = Sandbox()
    async with sandbox.running():
        outcome = await contend(sandbox, writers=writers, client_count=2)
    assert outcome.end == outcome.start + writers
    total = sum(outcome.conflicts_by_client)
    print(f"\nloopback: 412 retries absorbed: {total} (per client {outcome.conflicts_by_client})")
    assert total > 0
