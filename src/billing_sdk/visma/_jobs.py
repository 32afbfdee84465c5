"""Visma background jobs as awaitable, resumable :class:`Job` objects.

A call made with ``background=True`` is answered 202 with a job id; the work runs later on the
server. ``Job[T]`` waits for it and returns exactly what the direct call returns, parsed by the
same code from ``/v1/background/{id}/content`` (an inner 4xx/5xx raises the same typed error the
direct call would, with ``job_id`` attached).

What the state says is read as a real server writes it: ``status`` is compared as text (any
value but Finished/Failed means "not done yet"), ``/content`` is read only when
``hasResponseContent`` is true (the vendor answers 404 for an inner call without a body) and
``responseHeaders`` may be missing: a create whose new number no ``Location`` carries is found
by the reference the call sent (the job keeps it, also in its continuation token).

Polling follows the server's ``Retry-After`` when it gives one. Without it, the first job of a
kind polls fast and backs off (capped, jittered); later jobs of that kind poll around the
time the recent ones took (:class:`PollSchedule`, :class:`JobDurations`), so they are seen
within about a tenth of their duration with a few polls. Each poll is an ordinary GET under
the client's retry policy. The timeout of :meth:`Job.wait`
bounds the waiting only: cancelling or timing out a wait never cancels the server's job.
"""

from __future__ import annotations

import json
import logging
import random
import statistics
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio
import httpx

from billing_sdk._constants import LOGGER_NAME
from billing_sdk._coordination import JobRegistry
from billing_sdk._engine import Result, expect
from billing_sdk._errors import (
    APIStatusError,
    BillingError,
    CoordinationUnavailable,
    Gone,
    OutcomeUnknown,
    ValidationError,
)
from billing_sdk._retry import caused_by_an_earlier_send, server_advised_wait
from billing_sdk.visma import _generated as g
from billing_sdk.visma._errors import JobError, JobExpired, JobFailed, JobTimeout
from billing_sdk.visma._operations import OPERATIONS, Operation

logger = logging.getLogger(LOGGER_NAME)

if TYPE_CHECKING:
    from billing_sdk.visma._client import VismaClient
    from billing_sdk.visma._context import VismaContext

T = TypeVar("T")

#: First poll after this many seconds, then each wait grows by ``POLL_FACTOR`` up to ``POLL_MAX``.
POLL_FIRST = 0.05
POLL_FACTOR = 1.5
POLL_MAX = 5.0
#: A server-advised wait longer than this is capped (the job may finish sooner).
POLL_MAX_ADVISED = 30.0
#: In webhook mode, poll once after this long without a notification (it may have been lost).
WEBHOOK_FALLBACK_POLL = 60.0
#: Seconds one blocking read of relayed webhook news lasts before it is asked again.
RELAY_WAIT = 5.0
#: Learned schedules aim to see a job within this share of its duration, and never need to be
#: closer than ``LEARN_MIN_TOLERANCE`` seconds.
LEARN_TOLERANCE = 0.1
LEARN_MIN_TOLERANCE = 0.1
#: Polls around the expected end come this share of the tolerance apart: the rest is room for
#: the poll's own round trip and the sleep's lateness.
LEARN_STEP = 0.5
#: How many recent jobs of a kind the schedule learns from, and how many polls it spreads
#: over the window their durations span.
LEARN_HISTORY = 4
LEARN_WINDOW_POLLS = 5
_TOKEN_VERSION = 1


class JobDurations:
    """How long recent jobs of one kind took, as the client saw them: what schedules learn from.

    Each entry brackets one job's end, in seconds after it was accepted: ``(running_at,
    finished_by)``, the last poll that found it running and the poll that found it finished.
    ``running_at`` is ``None`` when the first poll already found it done (it may have ended
    long before). One object per job kind and client (:attr:`JobKind.durations`); only the
    client's event loop writes to it.
    """

    def __init__(self) -> None:
        self._seen: deque[tuple[float | None, float]] = deque(maxlen=LEARN_HISTORY)
        #: Learned jobs in a row whose first poll already found them finished: each one moves
        #: the next first poll earlier (doubling), so a kind that got faster is found again.
        self._early = 0

    def __repr__(self) -> str:
        seen = ", ".join(
            f"({lo if lo is None else round(lo, 3)}, {up:.3f}]" for lo, up in self._seen
        )
        return f"JobDurations([{seen}], early={self._early})"

    def record(self, running_at: float | None, finished_by: float, *, learned: bool) -> None:
        """A job of this kind was running at ``running_at`` and done by ``finished_by``.

        ``learned``: its polls followed a learned plan. When that plan's first poll already
        found it done (``running_at`` is ``None``), every longer entry is contradicted and
        dropped, and the next plan looks earlier.
        """
        if learned and running_at is None:
            kept = [entry for entry in self._seen if entry[1] <= finished_by]
            self._seen.clear()
            self._seen.extend(kept)
            self._early = min(self._early + 1, 16)
        elif learned:
            self._early = 0
        self._seen.append((running_at, max(finished_by, 0.0)))

    def plan(self) -> tuple[float, float, float] | None:
        """(first poll, end of the window, step) for the next job; ``None`` before any job.

        When the recent jobs agree (one moment lies after every "running" and before every
        "finished"), the window is that overlap; when they differ, it spans them all. Either
        way it ends a step late, and it starts earlier when a recent job was already done at
        its first poll. The step is ``LEARN_STEP`` of the tolerance (10% of the shortest job,
        at least 100 ms), or wider when the window needs more than ``LEARN_WINDOW_POLLS``.
        """
        if not self._seen:
            return None
        shortest = min(up for _, up in self._seen)
        base = LEARN_STEP * max(LEARN_MIN_TOLERANCE, LEARN_TOLERANCE * shortest)
        bracketed = [(lo, up) for lo, up in self._seen if lo is not None]
        loose = [up for lo, up in self._seen if lo is None]
        if bracketed:
            latest_running = max(lo for lo, _ in bracketed)
            if latest_running < shortest:
                start, top = latest_running, shortest
            else:
                start = min(lo for lo, _ in bracketed)
                top = max(up for _, up in bracketed)
        else:
            start, top = shortest, shortest
        if loose:
            start = min(start, min(loose) - base * 2**self._early)
        start = max(POLL_FIRST, start)
        end = top + base
        step = max(base, (end - start) / LEARN_WINDOW_POLLS)
        return start, end, step

    @property
    def typical(self) -> float | None:
        """The median of the recent jobs' "finished by" times (``None`` before any job)."""
        return statistics.median(up for _, up in self._seen) if self._seen else None


@dataclass(frozen=True)
class JobKind(Generic[T]):
    """How a finished job of one operation becomes ``T``: the direct call's own parser."""

    #: Stable name, stored in continuation tokens (e.g. ``customer_payments.release``).
    name: str
    #: The generated operation's ``_parse_response``.
    parse: Callable[..., Any]
    #: Turns the checked, parsed inner response into what the direct call returns.
    finish: Callable[[Result[Any]], Awaitable[T]] | None
    #: The direct call's HTTP method (for errors raised from the inner response).
    method: str = "POST"
    #: The result needs the inner response's headers (``Location`` of a create).
    needs_headers: bool = False
    #: How long recent jobs of this kind took (what :class:`PollSchedule` learns from).
    durations: JobDurations = field(default_factory=JobDurations, compare=False, repr=False)
    #: Used instead of ``finish`` when the result depends on the call itself (the document an
    #: action acted on, the reference a create carried): gets the job's ``reference``.
    finish_call: Callable[[Result[Any], Mapping[str, Any]], Awaitable[T]] | None = None

    @classmethod
    def of(
        cls,
        op: Operation,
        finish: Callable[[Result[Any]], Awaitable[T]] | None,
        finish_call: Callable[[Result[Any], Mapping[str, Any]], Awaitable[T]] | None = None,
    ) -> JobKind[T]:
        """The kind of one row of the operations table."""
        return cls(
            name=op.name,
            parse=op.parse,
            finish=finish,
            method=op.method,
            needs_headers=op.needs_headers,
            finish_call=finish_call,
        )


class PollSchedule:
    """The waits between the polls of one job; a server hint wins when it gives one.

    Without ``durations`` (or before any job of the kind finished): capped, jittered, growing
    waits from ``POLL_FIRST``. With them: the first poll a step before the shortest recent
    job's end, then one every step until a step after the longest one's, then growing waits
    again (a job far longer than its kind usually takes). :meth:`saw` feeds the finished
    job's time back, so the next job of the kind uses it.

    Args:
        rng: jitter source (tests pass a seeded one).
        durations: the kind's recent durations; ``None`` to neither use nor learn them.
        started: when the job started, on ``clock`` (default: now).
        clock: monotonic seconds (tests pass a fake one).
    """

    def __init__(
        self,
        rng: random.Random | None = None,
        *,
        durations: JobDurations | None = None,
        started: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._next = POLL_FIRST
        self._rng = rng or random.Random()
        self._durations = durations
        self._clock = clock
        self._started = clock() if started is None else started
        self._plan = durations.plan() if durations is not None else None
        self._polls = 0
        #: When the coming poll goes out, and when the last one that found the job running
        #: went out (seconds after the start).
        self._poll_at = 0.0
        self._running_at: float | None = None

    def next_wait(self, advised: float | None = None) -> float:
        """Seconds to sleep before the next poll (``advised``: the server's hint, if any)."""
        now = self._clock() - self._started
        if advised is not None:
            wait = min(max(advised, 0.0), POLL_MAX_ADVISED)
        elif self._plan is None:
            wait = self._next * self._rng.uniform(0.9, 1.1)
            self._next = min(self._next * POLL_FACTOR, POLL_MAX)
        else:
            wait = self._learned_wait(now, *self._plan)
        self._polls += 1
        self._poll_at = now + wait
        return wait

    def _learned_wait(self, now: float, start: float, end: float, step: float) -> float:
        if now < start:
            return start - now
        if self._polls == 0:
            return POLL_FIRST  # waiting began late (after the window opened): look soon
        if now < end:
            return step * self._rng.uniform(0.9, 1.0)
        # Past the window: the job takes longer than its kind has lately; back off again.
        self._next = max(self._next, step)
        wait = self._next * self._rng.uniform(0.9, 1.1)
        self._next = min(self._next * POLL_FACTOR, POLL_MAX)
        return wait

    def saw(self, finished: bool) -> None:
        """What the poll just made found; a finished job teaches the kind its duration."""
        if not self._polls:
            return
        if not finished:
            self._running_at = self._poll_at
        elif self._durations is not None:
            self._durations.record(self._running_at, self._poll_at, learned=self._plan is not None)


@dataclass
class JobStats:
    """What waiting on one job cost (for people and the benchmarks)."""

    polls: int = 0
    waited: float = 0.0


class Job(Generic[T]):
    """A Visma background job whose result is a ``T``.

    ``await job`` (or ``await job.wait(timeout=...)``) returns what the direct call returns.
    ``job.continuation_token`` is a JSON string; :meth:`resume` rebuilds the job elsewhere.
    """

    def __init__(
        self,
        context: VismaContext,
        job_id: str,
        kind: JobKind[T],
        *,
        first_wait: float | None = None,
        webhook: bool = False,
        resent: bool = False,
        resumed: bool = False,
        reference: Mapping[str, Any] | None = None,
    ) -> None:
        self._context = context
        self.id = job_id
        self.kind = kind
        #: Started by a re-send after the first start's answer was lost: an earlier job may
        #: have done the work, so an inner refusal it may have caused is ``OutcomeUnknown``.
        self.resent = resent
        #: What the call that started the job was about (JSON values: a document number, a
        #: create's reference); kept in the continuation token.
        self.reference: dict[str, Any] = dict(reference or {})
        #: True when the job was started in subscription mode and a webhook will report it.
        self.webhook = webhook
        self.stats = JobStats()
        self._first_wait = first_wait
        # A job just accepted starts now; a resumed one (a token, a known id) started at some
        # unknown time, so its waits neither use nor teach the kind's durations.
        self._started = time.monotonic()
        self._durations = None if resumed else kind.durations
        self._answered: tuple[T] | None = None
        self._state: g.BackgroundRequestStateDto | None = None
        self._notified = anyio.Event()
        #: The account's job registry while this process holds the job's lease (recorded
        #: when started, or taken over by ``resume_all``); forgotten once the job is final.
        self._registry: JobRegistry | None = None
        self._final = False
        if webhook:
            context.webhooks.register(self)

    def __repr__(self) -> str:
        return f"Job(id={self.id!r}, operation={self.kind.name!r})"

    @classmethod
    def answered(cls, context: VismaContext, job_id: str, kind: JobKind[T], value: T) -> Job[T]:
        """A job the server did not queue: it answered the call at once (an action that
        ignored ``erp-api-background``). Awaiting it returns ``value``; nothing is polled."""
        job = cls(context, job_id, kind)
        job._answered = (value,)
        return job

    # -- state ------------------------------------------------------------------------------

    async def status(self) -> g.BackgroundRequestStateDto:
        """The job's current state (``Started``, ``Finished`` or ``Failed``)."""
        state, _ = await self._poll()
        return state

    async def _poll(self) -> tuple[g.BackgroundRequestStateDto, float | None]:
        op = g.background_get_state
        self.stats.polls += 1
        try:
            # A slot of the client's fan-out budget: polls of many waiting jobs, and bulk
            # jobs beside them, together stay below the connection pool.
            engine = self._context.engine
            async with engine.capacity.slot():
                result = await engine.send(
                    op._get_kwargs(id=uuid.UUID(self.id)), op._parse_response
                )
        except Gone as exc:
            raise JobExpired("the job's state is gone (kept 24 hours)", job_id=self.id) from exc
        state = expect(result.parsed, g.BackgroundRequestStateDto, result)
        self._state = state
        return state, server_advised_wait(result.headers, result.status)

    def notify(self, state: g.BackgroundRequestStateDto | None = None) -> None:
        """Wake a waiting :meth:`wait` now (a webhook said the job is done)."""
        self._state = state
        self._notified.set()

    # -- waiting ----------------------------------------------------------------------------

    # The timeout is part of the public contract (`job.wait(timeout=60)`), as in asyncio.wait_for.
    async def wait(self, timeout: float | None = None) -> T:  # noqa: ASYNC109
        """Wait until the job is done and return its result.

        Raises:
            JobTimeout: ``timeout`` seconds passed (the job keeps running on the server).
            JobFailed: the job's state is ``Failed``.
            JobExpired: the job is older than the server keeps jobs.
            APIStatusError: the inner call failed; the same error the direct call raises.
        """
        if self._answered is not None:
            return self._answered[0]
        started = time.monotonic()
        outcome = "done"
        try:
            with anyio.fail_after(timeout):
                if self._registry is None:
                    return await self._wait_until_done()
                return await self._wait_registered(self._registry)
        except TimeoutError:
            outcome = "JobTimeout"
            raise JobTimeout(
                f"still running after {timeout} s; the job continues on the server",
                job_id=self.id,
            ) from None
        except BaseException as exc:
            outcome = type(exc).__name__
            raise
        finally:
            waited = time.monotonic() - started
            self.stats.waited += waited
            telemetry = self._context.engine.telemetry
            if telemetry is not None:
                telemetry.job_waited("visma", self.kind.name, waited, outcome)

    def __await__(self) -> Generator[Any, None, T]:
        return self.wait().__await__()

    async def _wait_registered(self, registry: JobRegistry) -> T:
        """Wait while holding the job's lease in the registry; forget the job once it is
        final, give the lease up when the wait stops early (another process may go on)."""
        failure: Exception | None = None
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._keep_lease, registry)
                try:
                    value = await self._wait_until_done()
                except Exception as exc:  # handed on below, outside the task group
                    failure = exc
                tg.cancel_scope.cancel()
        except BaseException:  # cancelled (a timeout around the wait included)
            await self._settle_registry(registry, final=False)
            raise
        await self._settle_registry(registry, final=self._final or _is_final(failure))
        if failure is not None:
            raise failure
        return value

    async def _settle_registry(self, registry: JobRegistry, *, final: bool) -> None:
        with anyio.CancelScope(shield=True):
            try:
                if final:
                    await registry.forget_when_final(self.id)
                else:
                    release = getattr(registry, "release", None)
                    if release is not None:
                        await release(self.id)
            except CoordinationUnavailable as exc:
                logger.warning("job %s: %s", self.id, exc.message)
        self._registry = None

    async def _keep_lease(self, registry: JobRegistry) -> None:
        every = max(0.05, getattr(registry, "lease", 30.0) / 3)
        while True:
            await anyio.sleep(every)
            try:
                await registry.renew(self.id)
            except CoordinationUnavailable as exc:
                logger.warning("job %s: %s", self.id, exc.message)

    async def _wait_until_done(self) -> T:
        schedule = PollSchedule(durations=self._durations, started=self._started)
        advised = self._first_wait
        while True:
            if self.webhook:
                state = await self._next_notified_state()
            else:
                await anyio.sleep(schedule.next_wait(advised))
                state, advised = await self._poll()
                schedule.saw(status_text(state) == "finished")
            status = status_text(state)
            if status in ("finished", "failed"):
                self._final = True  # whatever reading the result does, the job is over
            if status == "finished":
                return await self.result(state)
            if status == "failed":
                message = state.error_message if isinstance(state.error_message, str) else None
                raise JobFailed(message or "the background job failed", job_id=self.id)

    async def _next_notified_state(self) -> g.BackgroundRequestStateDto:
        """Webhook mode: sleep until the notification arrives (a lost one costs a slow poll)."""
        with anyio.move_on_after(WEBHOOK_FALLBACK_POLL):
            if self._registry is not None and getattr(self._registry, "relays", False):
                await self._notified_or_relayed(self._registry)
            else:
                await self._notified.wait()
        self._notified = anyio.Event()
        state, self._state = self._state, None
        if state is None or status_text(state) not in ("finished", "failed"):
            # No notification, or one that does not say how the job ended (no public sample
            # of the payload exists): the state says.
            state, _ = await self._poll()
        return state

    async def _notified_or_relayed(self, registry: JobRegistry) -> None:
        """A notification received here, or one another process relayed (``wait_done``)."""

        async def relayed() -> None:
            while True:
                try:
                    news = await registry.wait_done(self.id, RELAY_WAIT)
                except CoordinationUnavailable as exc:
                    logger.warning("job %s: %s", self.id, exc.message)
                    await anyio.sleep(RELAY_WAIT)
                    continue
                if news is not False:
                    self.notify(_state_of(news))
                    return

        async with anyio.create_task_group() as tg:
            tg.start_soon(relayed)
            await self._notified.wait()
            tg.cancel_scope.cancel()

    async def result(self, state: g.BackgroundRequestStateDto | None = None) -> T:
        """The result of a finished job: ``/content`` parsed like the direct call's response."""
        engine = self._context.engine
        # Like a poll, fetching results of many jobs at once stays within the client's budget
        # (``finish`` may read the created document too).
        async with engine.capacity.slot():
            state = state or self._state or await self.status()
            if status_text(state) != "finished" or (
                self.kind.needs_headers and _headers_of(state) is None
            ):
                state = await self.status()  # a notification may say little; the state says more
            status = status_text(state)
            if status == "failed":
                message = state.error_message if isinstance(state.error_message, str) else None
                raise JobFailed(message or "the background job failed", job_id=self.id)
            if status != "finished":
                raise JobError(f"the job has not finished (status {status!r})", job_id=self.id)
            content = await self._content(state)
            inner = _inner_response(state, content, self.kind.method, self.id)
            try:
                result = engine.handle(inner, self.kind.parse)
                if self.kind.finish_call is not None:
                    return await self.kind.finish_call(result, self.reference)
                assert self.kind.finish is not None  # a kind has one of the two
                return await self.kind.finish(result)
            except BillingError as exc:
                exc.job_id = self.id
                if self.resent and isinstance(exc, APIStatusError):
                    unknown = _maybe_done_before(exc, self.id)
                    if unknown is not None:
                        raise unknown from exc
                raise

    async def _content(self, state: g.BackgroundRequestStateDto) -> httpx.Response | None:
        """``/content`` of a finished job, or None when the inner call had no body.

        Read only when the state says there is content; when it does not say, a 404 (the
        vendor's answer for "no content") is taken as no content, not as a failure.
        """
        has_content = state.has_response_content
        if has_content is False:
            return None
        engine = self._context.engine
        op = g.background_get_content
        response = await engine.send_raw(op._get_kwargs(id=uuid.UUID(self.id)))
        if response.status_code == 410:
            raise JobExpired("the job's result is gone (kept 24 hours)", job_id=self.id)
        if response.status_code in (204, 404) and has_content is not True:
            return None
        if response.status_code != 200:
            error = engine.error_for(response)
            error.job_id = self.id
            raise error
        return response

    # -- continuation -----------------------------------------------------------------------

    @property
    def continuation_token(self) -> str:
        """JSON that :meth:`resume` turns back into this job (no pickle, no secrets)."""
        token: dict[str, Any] = {
            "v": _TOKEN_VERSION,
            "job_id": self.id,
            "operation": self.kind.name,
        }
        if self.resent:
            token["resent"] = True
        if self.reference:
            token["reference"] = self.reference
        return json.dumps(token, separators=(",", ":"))

    @staticmethod
    def resume(client: VismaClient, token: str) -> Job[Any]:
        """Rebuild a job from :attr:`continuation_token`, e.g. in another process."""
        return client.background.resume(token)


def from_token(context: VismaContext, token: str) -> Job[Any]:
    """The job a continuation token describes: its operation's row of the operations table
    names the job kind (how its content becomes the direct call's result)."""
    try:
        data = json.loads(token)
        if data.get("v") != _TOKEN_VERSION:
            raise ValidationError("unknown token version")
        job_id = str(uuid.UUID(str(data["job_id"])))
        kind = context.kinds[OPERATIONS[str(data["operation"])].name]
        resent = data.get("resent", False) is True
        reference = data.get("reference") or {}
        if not isinstance(reference, dict):
            raise ValidationError("the reference is not an object")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationError(f"not a valid job continuation token: {exc}") from None
    return Job(context, job_id, kind, resent=resent, resumed=True, reference=reference)


def _is_final(error: BaseException | None) -> bool:
    """A wait that ended in this error will never end otherwise: the job is over."""
    return isinstance(error, JobFailed | JobExpired)


def _state_of(news: dict[str, Any] | bool | None) -> g.BackgroundRequestStateDto | None:
    """A relayed state (JSON), or None when it cannot be read (the waiter then polls)."""
    if not isinstance(news, dict):
        return None
    try:
        return g.BackgroundRequestStateDto.from_dict(news)
    except (TypeError, ValueError, KeyError):
        return None


def _maybe_done_before(error: APIStatusError, job_id: str) -> OutcomeUnknown | None:
    """A re-sent job's inner refusal that an earlier job may have caused, as ``OutcomeUnknown``
    (``None`` for other refusals, which only lose their "not landed")."""
    if not caused_by_an_earlier_send(error.status):
        error.landed = None
        return None
    unknown = OutcomeUnknown(
        f"the job was started again after the first start's answer was lost, and its "
        f"{error.method} was refused with HTTP {error.status}, which a first job may have "
        "caused: read the document to see whether the work was done",
        reference=error.path,
        attempts=2,
    )
    unknown.job_id = job_id
    return unknown


def status_text(state: g.BackgroundRequestStateDto) -> str:
    """A state's ``status`` as lower-case text (an enum member or any raw value)."""
    status = state.status
    return str(getattr(status, "value", status) or "").strip().lower()


def _headers_of(state: g.BackgroundRequestStateDto) -> dict[str, str] | None:
    """The inner response's headers, when the state reports them (null and absent: None)."""
    headers = state.response_headers
    if headers is None:
        return None
    values = getattr(headers, "additional_properties", headers)
    if not isinstance(values, Mapping):
        return None
    return {str(k): str(v) for k, v in values.items() if v is not None}


def _inner_response(
    state: g.BackgroundRequestStateDto, content: httpx.Response | None, method: str, job: str
) -> httpx.Response:
    """The response the direct call would have got, rebuilt from the job's state and content."""
    status = state.status_code if isinstance(state.status_code, int) and state.status_code else 200
    headers = _headers_of(state) or {}
    if content is not None and "content-type" in content.headers:
        headers.setdefault("content-type", content.headers["content-type"])
    uri = state.original_uri if isinstance(state.original_uri, str) else f"/v1/background/{job}"
    return httpx.Response(
        status,
        headers=headers,
        content=content.content if content is not None else b"",
        request=httpx.Request(method, uri),
    )
