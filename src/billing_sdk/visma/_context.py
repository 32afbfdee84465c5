"""What the Visma resources, jobs and actions need from their client, and nothing more.

``VismaClient`` builds one :class:`VismaContext` per client (and per ``with_options`` view:
the engine differs, the rest is shared) and hands it to its resources; they, the ``Job``
objects and the ``Action`` objects use it instead of the client's private attributes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from billing_sdk._constants import LOGGER_NAME
from billing_sdk._errors import CoordinationUnavailable, ValidationError
from billing_sdk._locks import KeyedLock

if TYPE_CHECKING:
    from billing_sdk._coordination import JobRegistry
    from billing_sdk._engine import Engine
    from billing_sdk.visma._actions import ActionLedger
    from billing_sdk.visma._jobs import Job, JobKind
    from billing_sdk.visma._webhooks import BackgroundWebhooks

logger = logging.getLogger(LOGGER_NAME)


@dataclass
class Learned:
    """What a client learned about its server (shared by its views)."""

    #: The void body's ``type`` form this server takes (plain first; see ``void``).
    void_type_wrapped: bool = False


@dataclass
class VismaContext:
    """The engine, the job machinery and the per-client state of one Visma client."""

    engine: Engine
    webhooks: BackgroundWebhooks
    #: The account's durable record of started jobs.
    job_registry: JobRegistry
    #: Writes to one document from this client queue up (no 412 races).
    write_locks: KeyedLock
    #: Reverse/correct calls this client made, by (operation, invoice): sent once.
    actions: ActionLedger
    learned: Learned
    #: How finished jobs of each operation become results, by operation name (what
    #: ``Job.resume`` and ``background.job(id, operation)`` look up).
    kinds: dict[str, JobKind[Any]] = field(default_factory=dict)

    def kind(self, operation: str) -> JobKind[Any]:
        """The job kind of ``operation``; ``ValidationError`` naming the known ones."""
        try:
            return self.kinds[operation]
        except KeyError:
            raise ValidationError(
                f"unknown operation {operation!r}; known: {sorted(self.kinds)}",
                field="operation",
            ) from None

    async def record_job(self, job: Job[Any]) -> None:
        """Record a started job with its continuation token; the job already runs at Visma,
        so a registry that cannot answer costs a warning, never the caller's job."""
        try:
            await self.job_registry.record_started(job.id, job.continuation_token)
        except CoordinationUnavailable as exc:
            logger.warning("job %s is not in the shared registry: %s", job.id, exc.message)
            return
        job._registry = self.job_registry
