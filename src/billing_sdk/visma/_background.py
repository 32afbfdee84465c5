"""``visma.background``: the background-job API (``/v1/background/{id}[/content]``)."""

from __future__ import annotations

import uuid
from typing import Any

from billing_sdk._engine import Result
from billing_sdk._errors import ValidationError
from billing_sdk.visma import _generated as g
from billing_sdk.visma._base import Resource, job_id
from billing_sdk.visma._jobs import Job, JobKind


async def _raw(result: Result[Any]) -> Any:
    return result.parsed


class Background(Resource):
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
        return Job(self._client, str(job_id(job)), kind)

    def resume(self, continuation_token: str) -> Job[Any]:
        """The job a :attr:`Job.continuation_token` describes (e.g. from another process)."""
        return Job.resume(self._client, continuation_token)


def _parse_json(*, client: Any, response: Any) -> Any:
    return response.json() if response.content else None
