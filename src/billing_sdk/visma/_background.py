"""``visma.background``: the background-job API (``/v1/background/{id}[/content]``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import anyio

from billing_sdk import _json
from billing_sdk._engine import Result
from billing_sdk._errors import BillingError, ValidationError
from billing_sdk.visma import _generated as g
from billing_sdk.visma._base import Resource, job_id
from billing_sdk.visma._errors import JobsFailed, JobTimeout
from billing_sdk.visma._jobs import Job, JobKind, from_token

T = TypeVar("T")


async def _raw(result: Result[Any]) -> Any:
    return result.parsed


@dataclass(frozen=True)
class JobOutcome(Generic[T]):
    """One job's outcome from ``settle_all`` (or :attr:`~billing_sdk.JobsFailed.outcomes`).

    ``ok`` tells which: ``result`` is what ``await job`` returned, or ``error`` the
    :class:`~billing_sdk.BillingError` it raised (``JobTimeout`` for a job still running when
    the overall ``timeout`` ran out; it keeps running on the server).
    """

    job: Job[T]
    result: T | None = None
    error: BillingError | None = None

    @property
    def ok(self) -> bool:
        """Whether the job produced its result."""
        return self.error is None

    @property
    def job_id(self) -> str:
        """The job's id (what ``background.job(id)`` and the CLI's ``jobs wait`` take)."""
        return self.job.id

    def unwrap(self) -> T:
        """The result, or raise the job's error."""
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]  # ok: result is the T


class BackgroundJobs(Resource):
    """Look up background jobs by id (jobs you started come back as :class:`Job` objects)."""

    async def state(self, job: str | uuid.UUID) -> g.BackgroundRequestStateDto:
        """A job's state (``Started``, ``Finished`` or ``Failed`` and the inner status code)."""
        return await self.job(job).status()

    async def content(self, job: str | uuid.UUID) -> Any:
        """A finished job's stored response, parsed as JSON (``None`` when it had no body).

        Prefer ``await job`` on the :class:`Job` the call returned: it parses the content
        into the same type the direct call returns.
        """
        return await self.job(job).result()

    def job(self, job: str | uuid.UUID, operation: str | None = None) -> Job[Any]:
        """A :class:`Job` for a known id; ``operation`` (e.g. ``customer_invoices.release``)
        makes ``await job`` return that operation's type instead of raw JSON."""
        kind: JobKind[Any] = JobKind("background.content", _parse_json, _raw, "GET")
        if operation is not None:
            kind = self._context.kind(operation)
        return Job(self._context, str(job_id(job)), kind, resumed=True)

    # Like Job.wait, the timeout is part of the public contract.
    async def wait_all(
        self,
        jobs: Iterable[Job[T]],
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> list[T]:
        """Wait for many jobs at once; results in the order given.

        Every job is waited for to its end, a failure does not cancel the other waits: if any
        job failed, :class:`~billing_sdk.JobsFailed` is raised carrying every job's outcome
        (``failed``, ``succeeded``). ``timeout`` bounds the whole wait; a job unfinished then
        counts as failed with ``JobTimeout`` (it keeps running on the server). Use
        :meth:`settle_all` for the outcomes without an exception.
        """
        outcomes = await self.settle_all(jobs, timeout=timeout)
        if any(not outcome.ok for outcome in outcomes):
            raise JobsFailed(outcomes)
        return [outcome.unwrap() for outcome in outcomes]

    async def settle_all(
        self,
        jobs: Iterable[Job[T]],
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> list[JobOutcome[T]]:
        """Wait for many jobs at once; every job's :class:`JobOutcome`, in the order given.

        Never raises for a job's failure (an error that is not the SDK's, a bug, still
        propagates). The waits run concurrently, but each poll takes a slot of the client's
        one fan-out budget (shared with bulk jobs), so a thousand jobs never need more
        connections than the pool has. ``timeout`` bounds the whole wait: jobs unfinished
        then get a ``JobTimeout`` outcome.
        """
        pending = list(jobs)
        outcomes: list[JobOutcome[T] | None] = [None] * len(pending)

        async def wait_one(index: int, job: Job[T]) -> None:
            try:
                outcomes[index] = JobOutcome(job, result=await job.wait())
            except BillingError as exc:
                outcomes[index] = JobOutcome(job, error=exc)

        with anyio.move_on_after(timeout):
            async with anyio.create_task_group() as group:
                for index, job in enumerate(pending):
                    group.start_soon(wait_one, index, job)
        return [
            outcome
            if outcome is not None
            else JobOutcome(
                job,
                error=JobTimeout(
                    f"the job did not finish within wait_all's {timeout} s", job_id=job.id
                ),
            )
            for job, outcome in zip(pending, outcomes, strict=True)
        ]

    async def resume_all(self) -> list[tuple[str, Any]]:
        """Finish the jobs a dead (or stopped) worker of this account left behind.

        Takes over, from the account's job registry (``coordination=``), every recorded job
        whose lease lapsed (a worker that was killed, or gave up waiting), waits for each and
        returns ``(job_id, result)`` pairs, where ``result`` is what ``await job`` returned
        or the error it raised. A job is leased to one resumer at a time, and forgotten once
        it is final, so running this in several processes finishes each job once.
        """
        registry = self._context.job_registry
        taken = await registry.orphans()
        outcomes: list[tuple[str, Any]] = [("", None)] * len(taken)

        async def finish(index: int, job_id: str, token: str) -> None:
            try:
                job = from_token(self._context, token)
            except ValidationError as exc:
                await registry.forget_when_final(job_id)  # unreadable: nobody can resume it
                outcomes[index] = (job_id, exc)
                return
            job._registry = registry
            try:
                outcomes[index] = (job_id, await job.wait())
            except BillingError as exc:
                outcomes[index] = (job_id, exc)

        async with anyio.create_task_group() as group:
            for index, (job_id, token) in enumerate(taken):
                group.start_soon(finish, index, job_id, token)
        return outcomes

    def resume(self, continuation_token: str) -> Job[Any]:
        """The job a :attr:`Job.continuation_token` describes (e.g. from another process)."""
        return from_token(self._context, continuation_token)


def _parse_json(*, client: Any, response: Any) -> Any:
    # Raw JSON of an unknown operation: amounts stay exact decimals here too.
    return _json.loads(response.content) if response.content else None
