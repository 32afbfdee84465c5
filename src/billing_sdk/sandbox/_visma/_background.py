"""The Background API: queued operations, their state, stored content and notifications.

A request with ``erp-api-background`` is validated at once (bad input is a 400 right away)
and answered 202; the captured request runs ``job_duration`` seconds later, against the
company's state at that time (a stale If-Match then finishes with statusCode 412). Jobs run
from a timer in the serving event loop, and any request of the API first runs jobs that are
overdue, so timing never depends on the loop staying alive. States are ``Started`` (also
while queued; ``startedUtc`` is then absent), ``Finished`` (the inner call completed, whatever
its status) and ``Failed`` (a processing error). A finished job is readable for
``job_retention`` seconds, then 410; another tenant's job is 403.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma import _webhook as webhook
from billing_sdk.sandbox._visma._http import Call, Result, VismaError, dumps
from billing_sdk.sandbox._visma._model import Company, utc_now
from billing_sdk.sandbox._visma._ops import Context, Operation
from billing_sdk.sandbox._visma._settings import VismaSettings
from billing_sdk.sandbox._visma._wire import dt

logger = logging.getLogger("billing_sdk.sandbox.visma")
BACKGROUND = "/v1/background"


@dataclass(frozen=True)
class BackgroundHeader:
    """A parsed ``erp-api-background`` header (the spec's pattern has checked its form)."""

    #: ``none``, ``subscription`` or ``url``.
    kind: str
    url: str | None = None
    #: The ``name=value`` pairs of ``subscription:...``, sent as headers of the notification.
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def address(self) -> str:
        """``webhookAddress`` of the state document."""
        return self.url if self.kind == "url" and self.url else self.kind

    @classmethod
    def read(cls, value: str | None) -> BackgroundHeader | None:
        """The mode a checked header value asks for (``None``: run the call now)."""
        if value is None:
            return None
        if value == "none":
            return cls("none")
        if value.startswith("subscription"):
            _, _, pairs = value.partition(":")
            parsed = tuple(
                (name, val) for name, _, val in (p.partition("=") for p in pairs.split(",") if p)
            )
            return cls("subscription", headers=parsed)
        return cls("url", url=value)


@dataclass
class Job:
    """One queued operation."""

    id: str
    seq: int
    operation: Operation
    call: Call
    mode: BackgroundHeader
    received: datetime
    due: float
    status: str = "Started"
    started: datetime | None = None
    finished: datetime | None = None
    finished_at: float | None = None
    result: Result | None = None
    error: str | None = None
    webhook: str | None = None
    #: An action running on after its direct 202 answer: no state document, no notification.
    hidden: bool = False
    timer: asyncio.TimerHandle | None = field(default=None, repr=False)

    @property
    def tenant(self) -> str:
        return self.call.tenant


class JobStore:
    """Every tenant's background jobs (ids are global; reads check the tenant)."""

    def __init__(self, settings: VismaSettings, company_of: Callable[[str], Company]) -> None:
        self.settings = settings
        self._company_of = company_of
        self._jobs: dict[str, Job] = {}
        self._expired: dict[str, str] = {}
        self._seq = itertools.count()
        self._tasks: set[asyncio.Task[None]] = set()
        #: Seconds on a monotonic clock; due times and retention use it. Tests may replace it
        #: to move time forward (a job whose due time has passed runs on the next request).
        self.clock: Callable[[], float] = time.monotonic

    def reset(self) -> None:
        for job in self._jobs.values():
            if job.timer is not None:
                job.timer.cancel()
        self._jobs.clear()
        self._expired.clear()

    # -- queueing and running ------------------------------------------------------------------

    def accept(self, operation: Operation, call: Call, mode: BackgroundHeader) -> Result:
        """Queue ``call`` and answer 202 ``BackgroundApiAcceptedDto``."""
        job = self._queue(operation, call, mode, self.settings.duration_of(operation.operation_id))
        body = {"id": job.id, "stateLocation": f"{call.origin}{BACKGROUND}/{job.id}"}
        return Result(202, body, headers=self._retry_after(job))

    def defer(self, operation: Operation, call: Call, delay: float) -> Result:
        """Run an action ``delay`` seconds from now and answer 202 with its queued result.

        What Visma's ``.../action/...`` endpoints do without ``erp-api-background``: the
        answer names the action; the document shows when it is done; a failure is seen only
        as a document that did not change.
        """
        job = self._queue(operation, call, BackgroundHeader("none"), delay, hidden=True)
        return Result(202, {"actionId": job.id, "actionResult": "Queued"})

    def _queue(
        self,
        operation: Operation,
        call: Call,
        mode: BackgroundHeader,
        delay: float,
        *,
        hidden: bool = False,
    ) -> Job:
        job = Job(
            id=str(uuid.uuid4()),
            seq=next(self._seq),
            operation=operation,
            call=call,
            mode=mode,
            received=utc_now(),
            due=self.clock() + delay,
            hidden=hidden,
        )
        self._jobs[job.id] = job
        # Without a running loop the job runs when the next request finds it overdue.
        with contextlib.suppress(RuntimeError):
            job.timer = asyncio.get_running_loop().call_later(delay, self._run, job.id)
        return job

    def _retry_after(self, job: Job) -> dict[str, str]:
        """``Retry-After``: when a queued job is due (the spec allows it on the 202 and on the
        state while ``Started``), so a client can wait exactly as long as it must."""
        if not self.settings.job_retry_after_hint or job.status != "Started":
            return {}
        remaining = max(0.0, job.due - time.monotonic())
        # RFC 9110 wants whole seconds; the millisecond header carries the precise hint.
        return {
            "Retry-After": str(math.ceil(remaining)),
            "Retry-After-Ms": str(round(remaining * 1000)),
        }

    def run_due(self) -> None:
        """Run every queued job whose time has come, oldest first."""
        now = self.clock()
        due = [j for j in self._jobs.values() if j.status == "Started" and j.due <= now]
        for job in sorted(due, key=lambda j: (j.due, j.seq)):
            self._run(job.id)

    def _run(self, job_id: str) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.status != "Started" or job.started is not None:
            return
        job.started = utc_now()
        op = job.operation
        if op.operation_id in self.settings.failing_job_operations:
            self._finish(job, "Failed", error=f"Simulated processing failure of {op.operation_id}.")
            return
        try:
            ctx = Context(self._company_of(job.tenant), job.call)
            result = op.run(ctx, op.parse(job.call))
        except VismaError as exc:
            result = exc.to_result()
        except Exception as exc:
            logger.exception("background job %s (%s) crashed", job.id, op.operation_id)
            self._finish(job, "Failed", error=f"Processing error: {type(exc).__name__}.")
            return
        self._finish(job, "Finished", result=result)

    def _finish(
        self, job: Job, status: str, *, result: Result | None = None, error: str | None = None
    ) -> None:
        job.status, job.result, job.error = status, result, error
        job.finished = utc_now()
        job.finished_at = self.clock()
        self._notify(job)

    # -- reading -------------------------------------------------------------------------------

    def _get(self, ctx: Context, job_id: str) -> Job:
        self._expire()
        owner = self._expired.get(job_id)
        job = self._jobs.get(job_id)
        if job is not None and job.hidden:
            job, owner = None, None
        if job is not None:
            owner = job.tenant
        if owner is None:
            raise VismaError(404, f"No background operation {job_id} was found.")
        if owner != ctx.call.tenant:
            raise VismaError(
                403, "The request was not made by the company that queued the operation."
            )
        if job is None:
            raise VismaError(410, f"The state of background operation {job_id} has been removed.")
        return job

    def _expire(self) -> None:
        limit = self.clock() - self.settings.job_retention
        for job in list(self._jobs.values()):
            if job.finished_at is not None and job.finished_at <= limit:
                self._expired[job.id] = job.tenant
                del self._jobs[job.id]

    def _state(self, ctx: Context, job_id: str) -> Result:
        job = self._get(ctx, job_id)
        return Result(200, self.state_dto(job, ctx.call.origin), headers=self._retry_after(job))

    def state_dto(self, job: Job, origin: str) -> dict[str, Any]:
        result = job.result
        body: dict[str, Any] = {
            "id": job.id,
            "status": job.status,
            "statusCode": result.status if result is not None else 0,
            "receivedUtc": dt(job.received),
            "webhookAddress": job.mode.address,
            "originalUri": job.call.uri,
            "hasRequestContent": bool(job.call.body),
            "contentLocation": f"{origin}{BACKGROUND}/{job.id}/content",
        }
        reference = next(iter(job.call.path_params.values()), None)
        if reference:
            body["reference"] = reference
        if job.started is not None:
            body["startedUtc"] = dt(job.started)
        if job.finished is not None:
            body["finishedUtc"] = dt(job.finished)
            body["hasResponseContent"] = result is not None and result.has_content
        if job.error is not None:
            body["errorMessage"] = job.error
        if result is not None:
            headers = dict(result.headers)
            if result.has_content:
                headers["Content-Type"] = result.media_type or "application/json; charset=utf-8"
            form = self.settings.job_response_headers
            if form == "sent":
                body["responseHeaders"] = headers
            elif form == "null":
                body["responseHeaders"] = None
        return body

    def _content(self, ctx: Context, job_id: str) -> Result:
        job = self._get(ctx, job_id)
        if job.status == "Started":
            raise VismaError(404, f"Background operation {job_id} has not finished yet.")
        result = job.result
        if result is None:
            raise VismaError(404, f"Background operation {job_id} failed: {job.error}")
        if not result.has_content:
            # The vendor's Background spec: 404 when the inner call had no body.
            raise VismaError(404, "No background operation response content was found.")
        if isinstance(result.body, bytes):
            return Result(200, result.body, media_type="application/octet-stream")
        return Result(200, result.body)

    def operations(self) -> list[Operation]:
        def parse(call: Call) -> str:
            job_id: str = _requests.path(call, "id")
            return job_id.lower()

        return [
            Operation(
                "backgroundGetState",
                "GET",
                f"{BACKGROUND}/{{id}}",
                "read",
                parse,
                self._state,
                background=False,
            ),
            Operation(
                "backgroundGetContent",
                "GET",
                f"{BACKGROUND}/{{id}}/content",
                "read",
                parse,
                self._content,
                background=False,
            ),
        ]

    def snapshot(self, tenant: str) -> list[dict[str, Any]]:
        return [
            {
                "id": job.id,
                "operation": job.operation.operation_id,
                "status": job.status,
                "statusCode": job.result.status if job.result else 0,
                "webhook": job.webhook,
            }
            for job in sorted(self._jobs.values(), key=lambda j: j.seq)
            if job.tenant == tenant and not job.hidden
        ]

    # -- notifications -------------------------------------------------------------------------

    def _notify(self, job: Job) -> None:
        if job.hidden:
            return
        mode = job.mode
        url = mode.url if mode.kind == "url" else None
        if mode.kind == "subscription":
            url = self.settings.webhook_url
            if url is None:
                job.webhook = "skipped: no webhook subscription is set up"
                return
        if url is None:
            return
        if not webhook.is_loopback(url):
            logger.info("refusing to post a webhook to non-loopback %s", url)
            job.webhook = "refused: not a loopback address"
            return
        origin = job.call.origin
        payload = {
            "event": webhook.EVENT,
            "tenantId": job.tenant,
            "id": job.id,
            "requestId": job.id,
            "status": job.status,
            "statusCode": job.result.status if job.result else 0,
            "stateLocation": f"{origin}{BACKGROUND}/{job.id}",
            "contentLocation": f"{origin}{BACKGROUND}/{job.id}/content",
            "originalUri": job.call.uri,
            "timestamp": dt(job.finished),
        }
        if self.settings.webhook_payload == "documented":
            payload = {
                "referenceId": job.id,
                "statusCode": payload["statusCode"],
                "stateLocation": payload["stateLocation"],
            }
        body = dumps(payload)
        headers = dict(mode.headers)
        headers.update(
            {
                "Content-Type": "application/json",
                webhook.SIGNATURE_HEADER: webhook.sign(body, self.settings.webhook_secret),
                "X-Vwd-Event-Id": str(uuid.uuid4()),
                "X-Vwd-Notification-Id": str(uuid.uuid4()),
                "X-Vwd-Notification-Timestamp": str(int(time.time() * 1000)),
                "X-Vwd-Tenant-Id": job.tenant,
            }
        )
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            job.webhook = "skipped: no event loop to deliver from"
            return
        job.webhook = "pending"
        task = loop.create_task(self._deliver(job, url, body, headers))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, job: Job, url: str, body: bytes, headers: dict[str, str]) -> None:
        job.webhook = await webhook.deliver(url, body, headers, self.settings.webhook_timeout)
