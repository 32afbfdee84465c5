"""``visma.background``: the background-job API (``/v1/background/{id}[/content]``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, TypeVar

import anyio

from billing_sdk import _json
from billing_sdk._engine import Result
from billing_sdk._errors import ValidationError
from billing_sdk.visma import _generated as g
from billing_sdk.visma._base import Resource, job_id
from billing_sdk.visma._errors import JobTimeout
from billing_sdk.visma._jobs import Job, JobKind

T = TypeVar("T")


async def _raw(result: Result[Any]) -> Any:
    return result.parsed


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
            try:
                kind = self._client._job_kinds[operation]
            except KeyError:
                known = sorted(self._client._job_kinds)
                raise ValidationError(
                    f"unknown operation {operation!r}; known: {known}", field="operation"
                ) from None
        return Job(self._client, str(job_id(job)), kind, resumed=True)

    # Like Job.wait, the timeout is part of the public contract.
    async def wait_all(
        self,
        jobs: Iterable[Job[T]],
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> list[T]:
        """Wait for many jobs at once; results in the order given.

        The waits run concurrently, but each poll takes a slot of the client's one fan-out
        budget (shared with bulk jobs), so a thousand jobs never need more connections than
        the pool has. The first failure cancels the other *waits* (never the server's jobs)
        and is raised; ``timeout`` bounds the whole wait (``JobTimeout`` names the first
        unfinished job).
        """
        pending = list(jobs)
        results: list[Any] = [None] * len(pending)

        async def wait_one(index: int, job: Job[T]) -> None:
            results[index] = await job.wait()

        try:
            with anyio.fail_after(timeout):
                async with anyio.create_task_group() as group:
                    for index, job in enumerate(pending):
                        group.start_soon(wait_one, index, job)
        except TimeoutError:
            unfinished = next(
                (job for job, value in zip(pending, results, strict=True) if value is None),
                pending[0],
            )
            raise JobTimeout(
                f"not all {len(pending)} jobs finished within {timeout} s", job_id=unfinished.id
            ) from None
        except BaseExceptionGroup as group_error:
            # A task group wraps the first failure; hand the caller that error itself.
            first = group_error.exceptions[0]
            while isinstance(first, BaseExceptionGroup):
                first = first.exceptions[0]
            raise first from None
        return results

    def resume(self, continuation_token: str) -> Job[Any]:
        """The job a :attr:`Job.continuation_token` describes (e.g. from another process)."""
        return Job.resume(self._client, continuation_token)


def _parse_json(*, client: Any, response: Any) -> Any:
    # Raw JSON of an unknown operation: amounts stay exact decimals here too.
    return _json.loads(response.content) if response.content else None
