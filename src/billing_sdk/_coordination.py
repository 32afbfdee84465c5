"""Coordination between clients that share one vendor account: the small interfaces.

A vendor's rate budget, its business references and its background jobs belong to the
*account* (a company and API client, an account, an organisation: whatever the vendor counts
by), not to one
client object. When several processes work for the same account they coordinate through a
:class:`Coordination`, which hands out three things per account:

* a :class:`Pacer`, the shared rate budget: ``before_attempt`` takes a slot (waiting when the
  budget or a shared pause says so), ``after_response`` reports what the vendor said
  (a 429 or ``Retry-After`` pauses every worker; ``X-RateLimit-Remaining``/``Reset`` set the
  pace);
* :class:`Claims`, one holder per business reference while a create is under way, so two
  workers creating the same reference book it once (the other finds the first one's record);
* a :class:`JobRegistry`, the durable list of started background jobs with their
  continuation tokens, so another process can finish a dead worker's jobs, and a relay that
  carries a webhook received by one process to the job awaited in another.

:class:`LocalCoordination` is the default: today's behaviour inside one process and no new
dependency (no pacer: the transport paces on its own; claims are in-process locks; the
registry is a dict). ``billing_sdk.coordination.RedisCoordination`` shares all three over Redis.
The core names no vendor: vendor clients only say what their account is called.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol, runtime_checkable

import anyio
import httpx

from billing_sdk._locks import KeyedLock

#: Jobs the in-process registry keeps at most (the oldest are dropped first).
MAX_LOCAL_JOBS = 10_000


class PacerWaitTooLong(Exception):
    """The shared budget would make this attempt wait longer than it may (``seconds``)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the shared rate budget asks for a wait of {seconds:.3f} s")
        self.seconds = seconds


@runtime_checkable
class Pacer(Protocol):
    """A rate budget shared by every client of one vendor account."""

    async def before_attempt(self, max_wait: float) -> float:
        """Take one request's share of the budget, waiting for it if need be.

        Returns the seconds waited. Raises :class:`PacerWaitTooLong` (having taken nothing)
        when the wait would exceed ``max_wait``, and
        :class:`~billing_sdk.CoordinationUnavailable` when the shared store cannot answer.
        """
        ...

    async def after_response(self, status: int, headers: httpx.Headers, pause: float) -> None:
        """Report a vendor answer: ``pause`` (seconds, 0 for none) holds every worker; the
        rate-limit headers set the pace."""
        ...


@runtime_checkable
class Claims(Protocol):
    """One holder per business reference while its create is under way."""

    def claim(self, reference: str, *, wait: float) -> AbstractAsyncContextManager[None]:
        """Hold ``reference`` for the block; wait at most ``wait`` seconds for another holder
        to finish (then :class:`~billing_sdk.CoordinationUnavailable`)."""
        ...


@runtime_checkable
class JobRegistry(Protocol):
    """The durable record of started background jobs (continuation tokens by job id)."""

    async def record_started(self, job_id: str, token: str) -> None:
        """Remember a started job (the caller holds its lease while it waits)."""
        ...

    async def renew(self, job_id: str) -> None:
        """Keep holding the lease of a job this process is waiting for."""
        ...

    async def forget_when_final(self, job_id: str) -> None:
        """The job reached a final state (finished, failed, expired) and was handed over."""
        ...

    async def orphans(self) -> list[tuple[str, str]]:
        """Take over the jobs nobody holds a lease on: ``(job_id, token)`` pairs, each now
        leased to this process (two resumers never get the same job)."""
        ...

    async def publish_done(self, job_id: str, state: dict[str, Any] | None) -> None:
        """Relay a webhook's news about ``job_id`` to the process awaiting it."""
        ...

    async def wait_done(self, job_id: str, seconds: float) -> dict[str, Any] | bool | None:
        """Wait up to ``seconds`` for relayed news about ``job_id``: the state (a dict or
        ``None`` when the notification carried none), or False when nothing came."""
        ...


class Coordination(Protocol):
    """Hands out the pacer, claims and job registry of one account."""

    #: A short, secret-free name for logs and reprs.
    name: str

    def pacer(self, account: str) -> Pacer | None:
        """The shared budget of ``account``; ``None`` leaves pacing to each client."""
        ...

    def claims(self, account: str) -> Claims:
        """The reference claims of ``account``."""
        ...

    def jobs(self, account: str) -> JobRegistry:
        """The job registry of ``account``."""
        ...


# -- the in-process default -------------------------------------------------------------------


class _LocalClaims:
    def __init__(self) -> None:
        self._locks = KeyedLock()

    def claim(self, reference: str, *, wait: float) -> AbstractAsyncContextManager[None]:
        return self._hold(reference)

    @asynccontextmanager
    async def _hold(self, reference: str) -> AsyncIterator[None]:
        async with self._locks.hold(reference):
            yield


class _LocalJobs:
    """Jobs of this process only: nothing survives it, and nothing is relayed."""

    relays = False

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, str] = OrderedDict()
        self._taken: set[str] = set()

    async def record_started(self, job_id: str, token: str) -> None:
        self._jobs[job_id] = token
        self._taken.add(job_id)
        # A job nobody awaits stays recorded; a long-lived process keeps the newest only.
        while len(self._jobs) > MAX_LOCAL_JOBS:
            dropped, _ = self._jobs.popitem(last=False)
            self._taken.discard(dropped)

    async def renew(self, job_id: str) -> None:
        return None

    async def forget_when_final(self, job_id: str) -> None:
        self._jobs.pop(job_id, None)
        self._taken.discard(job_id)

    async def orphans(self) -> list[tuple[str, str]]:
        # A job this process recorded is held by its waiter; the rest were given up.
        found = [(j, t) for j, t in self._jobs.items() if j not in self._taken]
        self._taken.update(j for j, _ in found)
        return found

    async def release(self, job_id: str) -> None:
        """The waiter gave up (cancelled): the job becomes an orphan ``resume_all`` takes."""
        self._taken.discard(job_id)

    async def publish_done(self, job_id: str, state: dict[str, Any] | None) -> None:
        return None

    async def wait_done(self, job_id: str, seconds: float) -> dict[str, Any] | bool | None:
        await anyio.sleep(seconds)  # nothing is ever relayed within one process
        return False


class LocalCoordination:
    """The default: every client coordinates only with itself (no shared store).

    Pacing stays the transport's own (429 pause, ``rate_limit``); claims are in-process
    locks; the job registry lives as long as the process.
    """

    name = "local"

    def __init__(self) -> None:
        self._claims: dict[str, _LocalClaims] = {}
        self._jobs: dict[str, _LocalJobs] = {}

    def pacer(self, account: str) -> Pacer | None:
        return None

    def claims(self, account: str) -> Claims:
        return self._claims.setdefault(account, _LocalClaims())

    def jobs(self, account: str) -> JobRegistry:
        return self._jobs.setdefault(account, _LocalJobs())

    def __repr__(self) -> str:
        return "LocalCoordination()"


def encode_state(state: Any) -> dict[str, Any] | None:
    """A job state model as JSON-able data for the relay (``None`` stays ``None``)."""
    if state is None:
        return None
    to_dict = getattr(state, "to_dict", None)
    data = to_dict() if callable(to_dict) else state
    return json.loads(json.dumps(data, default=str)) if isinstance(data, dict) else None
