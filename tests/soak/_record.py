"""The SDK's own record of what the soak did: one :class:`OpRecord` per operation issued.

A write carries an :class:`Effect`: what it leaves in the sandbox when it lands and where to
look for it, so the reconciler can count how often each write actually landed without
knowing anything about the workload that issued it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

import anyio

from billing_sdk import BillingError
from billing_sdk.bulk import Outcome

#: How a write shows in the sandbox:
#: ``create``  records carrying the unique reference ``key`` in ``domain``;
#: ``append``  occurrences of the token ``value`` in the log of the document ``key`` (each
#:             modify appends its own token to a contended document and adds ``amount`` to
#:             its total; each ``update(if_match=)`` appends its own to an invoice's note);
#: ``state``   the record ``key`` is in the state ``value`` (a transition);
#: ``value``   the record ``key``'s updated field equals ``value``;
#: ``absent``  the record ``key`` is gone (a delete of what the create ``value`` made).
EffectKind = Literal["create", "append", "state", "value", "absent"]


@dataclass(frozen=True)
class Effect:
    """What one write leaves in the sandbox when it lands."""

    kind: EffectKind
    domain: str
    key: str
    value: str = ""
    amount: Decimal = Decimal(0)


@dataclass
class OpRecord:
    """One operation the caller issued and what the caller saw."""

    id: int
    vendor: str
    kind: str
    #: Reads (and job waits) are idempotent: the SDK retries them, so every one must succeed.
    idempotent: bool
    effect: Effect | None = None
    ok: bool = False
    #: The exception the caller saw (``None`` on success), and its ``landed``.
    error: BaseException | None = None
    seconds: float = 0.0
    #: The operation ran into the soak's own per-operation deadline: the SDK hung.
    hung: bool = False
    #: What the operation saw on its way (e.g. the versions ``modify`` applied its change
    #: to), shown with any problem found in it.
    trail: list[str] = field(default_factory=list)

    @property
    def write(self) -> bool:
        return self.effect is not None

    @property
    def typed(self) -> bool:
        return self.error is None or isinstance(self.error, BillingError)

    @property
    def landed(self) -> bool | None:
        """What the failure said about the write: True, False, or None (unknown)."""
        return getattr(self.error, "landed", None)

    @property
    def error_type(self) -> str:
        return "" if self.error is None else type(self.error).__name__


@dataclass
class Recorder:
    """Every operation in issue order; ``deadline`` bounds each one (a hang is recorded)."""

    deadline: float = 120.0
    records: list[OpRecord] = field(default_factory=list)

    def new(
        self, vendor: str, kind: str, *, idempotent: bool = False, effect: Effect | None = None
    ) -> OpRecord:
        record = OpRecord(len(self.records), vendor, kind, idempotent, effect)
        self.records.append(record)
        return record

    @asynccontextmanager
    async def track(self, record: OpRecord) -> AsyncIterator[None]:
        """Run one operation: success, or the exception it raised, is kept on ``record``.

        Every exception is kept (the reconciler judges it); cancellation from outside is not
        caught. The deadline turns a hang into a recorded failure instead of a stuck run.
        """
        started = time.monotonic()
        with anyio.move_on_after(self.deadline) as scope:
            try:
                yield
            except Exception as exc:
                record.error = exc
            else:
                record.ok = True
        record.seconds = time.monotonic() - started
        if scope.cancelled_caught:
            record.ok = False
            record.hung = True
            record.error = TimeoutError(f"no answer within the soak's {self.deadline:g} s")

    async def track_bulk(
        self, records: Sequence[OpRecord], run: Callable[[], Awaitable[Sequence[Outcome[Any, Any]]]]
    ) -> Sequence[Outcome[Any, Any]]:
        """A fan-out: one record per item, each given its own outcome (input order)."""
        outcomes: Sequence[Outcome[Any, Any]] = []

        def settle(result: Any) -> None:
            nonlocal outcomes
            outcomes = result
            for record, outcome in zip(records, outcomes, strict=True):
                record.ok = outcome.ok
                record.error = outcome.error

        await self.track_together(records, run, settle)
        return outcomes

    async def track_together(
        self,
        records: Sequence[OpRecord],
        run: Callable[[], Awaitable[Any]],
        settle: Callable[[Any], None] | None = None,
    ) -> None:
        """Several operations the caller sees succeed or fail as one (``wait_all``), unless
        ``settle`` hands each record its own outcome."""
        started = time.monotonic()
        with anyio.move_on_after(self.deadline) as scope:
            try:
                result = await run()
            except Exception as exc:
                for record in records:
                    record.error = exc
            else:
                if settle is not None:
                    settle(result)
                else:
                    for record in records:
                        record.ok = True
        for record in records:
            record.seconds = time.monotonic() - started
            if scope.cancelled_caught:
                record.ok = False
                record.hung = True
                record.error = TimeoutError(f"no answer within the soak's {self.deadline:g} s")

    def reads(self, vendor: str, kind: str) -> OpRecord:
        """A new record for an idempotent operation (a read)."""
        return self.new(vendor, kind, idempotent=True)
