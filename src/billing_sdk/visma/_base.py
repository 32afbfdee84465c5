"""What every Visma resource shares: versions, ids, background mode, the call funnel.

The funnel (:meth:`Resource._call`) also reconciles writes whose answer was lost. A write the
server refuses to apply twice is sent again under a guard, never blindly: a DELETE (a repeat
answers 404), a PUT with ``If-Match`` and the release and void actions (a repeat carries the
document's current version as ``If-Match``, so it is refused if the first send moved it). If
the re-send goes through, that is the truth (the first send provably did not land, or a late
first send is refused in its turn); if it is refused in a way the first send may have caused,
the call raises ``OutcomeUnknown`` (a DELETE whose re-send answers 404 has done its job). The
same holds for the POST that starts a background job: a lost 202 is re-sent under the same
guard, and the job remembers it was a re-send, so an inner refusal the first job may have
caused is ``OutcomeUnknown`` too. Other writes (creates, attachments, the other actions) are
never re-sent after a lost answer: a create reports ``landed=None`` (payments reconcile by
``paymentRef``), and a background start whose 202 was lost raises ``OutcomeUnknown``.

Actions (:meth:`Resource._act`) go through the same funnel. Visma answers them 202 with an
action result or a job, read from the body's keys, and the caller gets an ``Action`` (or a
``Job`` of one), never an error once the server accepted it. Release and void are guarded as
above; reverse, correct and sendToAutoInvoice always run as a background job (only the job
names what they made), so a lost answer to them is ``OutcomeUnknown``, never a second send.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

import anyio
import httpx

from billing_sdk import _json
from billing_sdk import _validation as v
from billing_sdk._engine import Result, expect, operation_name
from billing_sdk._errors import (
    BillingError,
    DecodeError,
    NotFound,
    OutcomeUnknown,
    ValidationError,
)
from billing_sdk._modify import Modified
from billing_sdk._modify import modify as modify_loop
from billing_sdk._pagination import Page, paginate
from billing_sdk._retry import (
    READ_METHODS,
    Resend,
    RetryPolicy,
    may_still_land,
    resend_wait,
    server_advised_wait,
)
from billing_sdk._safe_create import DEFAULT_SETTLE, DEFAULT_WRITE_ATTEMPTS
from billing_sdk.visma import _generated as g
from billing_sdk.visma._actions import Action, ActionKind
from billing_sdk.visma._jobs import Job, JobKind

if TYPE_CHECKING:
    from billing_sdk.visma._client import VismaClient

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")
D = TypeVar("D")
#: Reads a success whose shape only its body tells (an action: a result or a job); gets
#: whether it answered a re-send.
_Answer = Callable[[Result[Any], bool], T | Job[T]]

#: Visma document numbers: 1-15 characters (the ERP column); no character set is imposed.
MAX_NUMBER_LENGTH = 15
_SUBSCRIPTION = re.compile(r"subscription(:[^=,\s]+=[^,\s]*(,[^=,\s]+=[^,\s]*)*)?")

#: ``background=`` takes False (direct call), True (fire-and-poll) or a subscription string.
BackgroundMode = bool | str
#: An action on one document: its URL is the document's followed by ``/action/<name>``.
_ACTION_URL = re.compile(r"(?P<document>.+)/action/(?P<name>[^/]+)")
#: Actions the server refuses to apply twice (a released or voided document cannot be
#: released or voided again), so a re-send under ``If-Match`` cannot apply them twice. The
#: others (correct, reverse, sendToAutoInvoice) may create or send something again.
_REPEAT_REFUSED_ACTIONS = frozenset({"release", "void"})
#: Header values an ``If-Match`` can hold: visible ASCII and spaces.
_IF_MATCH = re.compile(r"[\x20-\x7e]+")


def number(value: str, field: str) -> str:
    """A document number: any 1-15 characters but control characters (numbering series may
    hold ``/``, ``.`` or spaces); percent-encoded on the way, so it can never change the
    resource addressed."""
    text = v.path_id(value, field)
    if len(text) > MAX_NUMBER_LENGTH:
        raise ValidationError(
            f"{field} {text[:40]!r} is longer than {MAX_NUMBER_LENGTH} characters", field=field
        )
    return text


def if_match_header(version: str | None) -> str | g.Unset:
    """A version from a read (``time_stamp`` or an ``ETag``) as an ``If-Match`` value."""
    if version is None:
        return g.UNSET
    version = version.strip() if isinstance(version, str) else ""
    if not version or not _IF_MATCH.fullmatch(version):
        raise ValidationError(
            "if_match must be a version string from a read (visible ASCII, no control characters)",
            field="if_match",
        )
    if version == "*" or version.startswith(('"', 'W/"')):
        return version
    return f'"{version}"'


def background_header(background: BackgroundMode) -> str | g.Unset:
    """The ``erp-api-background`` value: ``none`` to poll, ``subscription[:k=v]`` for webhooks."""
    if background is False:
        return g.UNSET
    if background is True:
        return "none"
    if isinstance(background, str) and _SUBSCRIPTION.fullmatch(background):
        return background
    raise ValidationError(
        "background must be True, False or 'subscription[:name=value,...]'", field="background"
    )


def number_from_location(headers: httpx.Headers) -> str:
    """The new document's number: the last path segment of ``Location``."""
    location = headers.get("location")
    if not location:
        raise DecodeError("the create response has no Location header")
    # The raw (still encoded) path: a number holding "/" arrives as "%2F" inside its segment.
    raw = httpx.URL(location).raw_path.split(b"?", 1)[0].decode("ascii", "replace")
    segment = unquote(raw.rstrip("/").rsplit("/", 1)[-1])
    if not segment:
        raise DecodeError(f"cannot read a document number from Location {location!r}")
    return segment


def etag_of(result: Result[Any]) -> str | None:
    """The new version a write answered with (``ETag``), if any."""
    etag: str | None = result.headers.get("etag")
    return etag


class Resource:
    """Base of the Visma resources: sends calls directly or as background jobs."""

    #: Set by resources with versioned (``If-Match``) updates: their noun for the write
    #: locks, the generated PUT operation and its job kind.
    _noun: str = ""
    _put_operation: Any = None
    _update_kind: JobKind[Any]

    def __init__(self, client: VismaClient) -> None:
        self._client = client
        self._engine = client._engine

    def _kind(
        self,
        name: str,
        parse: Callable[..., Any],
        finish: Callable[[Result[Any]], Awaitable[T]] | None,
        method: str = "POST",
        *,
        needs_headers: bool = False,
        finish_call: Callable[[Result[Any], Mapping[str, Any]], Awaitable[T]] | None = None,
    ) -> JobKind[T]:
        """Register how jobs of one operation finish (needed again by ``Job.resume``)."""
        kind = JobKind(
            name=name,
            parse=parse,
            finish=finish,
            method=method,
            needs_headers=needs_headers,
            finish_call=finish_call,
        )
        self._client._job_kinds[name] = kind
        return kind

    def _action_kind(self, kind: ActionKind[R, D]) -> JobKind[Action[R, D]]:
        """Register the job kind of an action: its content is the final action result."""

        async def finish(result: Result[Any], reference: Mapping[str, Any]) -> Action[R, D]:
            raw = result.parsed if isinstance(result.parsed, dict) else {}
            document = str(reference.get("document", ""))
            return Action(self._client, kind, document, raw, version=etag_of(result))

        return self._kind(kind.name, parse_json_body, None, finish_call=finish)

    async def _act(
        self,
        kind: ActionKind[R, D],
        job_kind: JobKind[Action[R, D]],
        document: str,
        background: BackgroundMode,
        build: Callable[[str | g.Unset], dict[str, Any]],
    ) -> Action[R, D] | Job[Action[R, D]]:
        """Send an action; what comes back is an :class:`Action` (a ``Job`` of one when the
        caller asked for a background call), never an error once the server accepted it.

        Visma answers 202 either way: with the action result (``actionId``...) or with a job
        (``id``); which one is read from the keys, not from the header that was sent. The
        action goes through the one funnel (:meth:`_call`), so a lost answer is handled like
        any write's: release and void are re-sent under ``If-Match``, the others (queued as a
        job) end in ``OutcomeUnknown``."""
        header = background_header(background)
        if background is False and kind.via_job:
            header = "none"  # only the job says when it is done and what it made

        def answer(result: Result[Any], resent: bool) -> Action[R, D] | Job[Action[R, D]]:
            body = result.parsed if isinstance(result.parsed, dict) else {}
            accepted_job = _job_id_of(body)
            if accepted_job is not None:
                job = Job(
                    self._client,
                    accepted_job,
                    job_kind,
                    first_wait=server_advised_wait(result.headers, result.status),
                    webhook=background not in (False, True),
                    resent=resent,
                    reference={"document": document},
                )
                if background is not False:
                    return job
                return Action(self._client, kind, document, job=job)
            action = Action(self._client, kind, document, body, version=etag_of(result))
            if background is False:
                return action
            return Job.answered(
                self._client, action.action_id or str(uuid.uuid4()), job_kind, action
            )

        return await self._call(build(header), job_kind, background, answer=answer)

    async def _call(
        self,
        request: dict[str, Any],
        kind: JobKind[T],
        background: BackgroundMode,
        *,
        retry: RetryPolicy | None = None,
        resend: Resend = Resend.BY_METHOD,
        reference: str | None = None,
        job_reference: Mapping[str, Any] | None = None,
        answer: _Answer[T] | None = None,
    ) -> T | Job[T]:
        """Send ``request``; return the direct result, or a :class:`Job` when backgrounded.

        A write whose answer is lost is reconciled as the module docstring says (not when the
        caller reconciles it itself: ``resend=Resend.PROVEN_UNSENT``). ``reference`` names
        the write in an ``OutcomeUnknown`` (default: the request's path); ``job_reference``
        is what a job needs to know about the call (see ``Job.reference``); ``answer`` reads
        a success whose shape only its body tells (an action: a result or a job).
        """
        method = str(request.get("method", "GET")).upper()
        if method in READ_METHODS or resend is not Resend.BY_METHOD or _repeatable(request):
            return await self._send(
                request,
                kind,
                background,
                retry=retry,
                resend=resend,
                job_reference=job_reference,
                answer=answer,
            )
        guarded = _guarded(method, request)
        if guarded is None and not _queues(request):
            # A create (or an action that may repeat): sent once; a lost answer keeps
            # ``landed=None`` for the caller (payments reconcile by their paymentRef).
            return await self._send(
                request, kind, background, retry=retry, job_reference=job_reference, answer=answer
            )
        where = reference or str(request.get("url", ""))
        try:
            return await self._send(
                request,
                kind,
                background,
                retry=retry,
                resend=Resend.PROVEN_UNSENT,
                job_reference=job_reference,
                answer=answer,
            )
        except BillingError as exc:
            if exc.landed is not None:
                raise
            lost = exc
        if guarded is None:
            raise _unknown(
                f"the answer to the start of a background job ({method} {where}) was lost: "
                "a job may have been queued, and this write cannot be sent again safely",
                where,
            ) from lost
        return await self._send_again(
            guarded,
            kind,
            background,
            lost=lost,
            retry=retry,
            reference=where,
            job_reference=job_reference,
            answer=answer,
        )

    async def _send(
        self,
        request: dict[str, Any],
        kind: JobKind[T],
        background: BackgroundMode,
        *,
        retry: RetryPolicy | None,
        resend: Resend = Resend.BY_METHOD,
        resent: bool = False,
        job_reference: Mapping[str, Any] | None = None,
        answer: _Answer[T] | None = None,
    ) -> T | Job[T]:
        """One send: the direct result, or the started :class:`Job`."""
        if answer is not None:
            result = await self._engine.send(request, kind.parse, retry=retry, resend=resend)
            answered = answer(result, resent)
            # An action queued as a job (the job itself, or awaited through an Action).
            started = answered if isinstance(answered, Job) else getattr(answered, "job", None)
            if isinstance(started, Job) and started._answered is None:
                await self._client._record_job(started)
            return answered
        if background is False:
            assert kind.finish is not None  # every directly called kind has one
            result = await self._engine.send(request, kind.parse, retry=retry, resend=resend)
            return await kind.finish(result)
        result = await self._engine.send(
            request,
            _parse_accepted,
            ok=_accepted,
            retry=retry,
            resend=resend,
            operation=operation_name(kind.parse),
        )
        accepted = expect(result.parsed, g.BackgroundApiAcceptedDto, result)
        if accepted.id is None:
            raise DecodeError("the 202 answer carries no job id", status=result.status)
        job = Job(
            self._client,
            str(accepted.id),
            kind,
            first_wait=server_advised_wait(result.headers, result.status),
            webhook=background is not True,
            resent=resent,
            reference=job_reference,
        )
        await self._client._record_job(job)
        return job

    async def _send_again(
        self,
        guarded: _Guard,
        kind: JobKind[T],
        background: BackgroundMode,
        *,
        lost: BillingError,
        retry: RetryPolicy | None,
        reference: str,
        job_reference: Mapping[str, Any] | None = None,
        answer: _Answer[T] | None = None,
    ) -> T | Job[T]:
        """Re-send a write whose answer was lost, under its guard (the module docstring)."""
        error = lost
        for resend_number in range(DEFAULT_WRITE_ATTEMPTS - 1):
            if may_still_land(error):
                # The first send may still be under way: let it land (and move the version)
                # before the guard is read.
                await anyio.sleep(DEFAULT_SETTLE)
            else:
                await anyio.sleep(resend_wait(resend_number))
            try:
                request = await self._with_guard(guarded)
                return await self._send(
                    request,
                    kind,
                    background,
                    retry=retry,
                    resend=Resend.PROVEN_UNSENT,
                    resent=True,
                    job_reference=job_reference,
                    answer=answer,
                )
            except NotFound as exc:
                if guarded.method == "DELETE" and background is False and kind.finish:
                    return await kind.finish(_gone(exc))  # gone: the delete has done its job
                error = exc
            except BillingError as exc:
                error = exc
            if error.landed is None and not isinstance(error, OutcomeUnknown):
                continue  # lost again: the guard still holds, send once more
            break
        # Refused (a 412 or "already released" the first send may have caused, or anything
        # else: the first send's own outcome is still open), or lost every time.
        raise _unknown(
            f"the answer to {guarded.method} {reference} was lost ({type(lost).__name__}) "
            f"and sending it again under a guard ended in {type(error).__name__}: the first "
            "send may have landed",
            reference,
        ) from error

    async def _with_guard(self, guarded: _Guard) -> dict[str, Any]:
        """The request to re-send: as it was, or with the document's current version as
        ``If-Match`` when it carried none."""
        if guarded.document is None:
            return guarded.request
        response = await self._engine.send_raw({"method": "GET", "url": guarded.document})
        if response.status_code != 200:
            raise self._engine.failure_for(response)
        etag = response.headers.get("etag")
        if not etag:
            raise DecodeError(
                f"the document {guarded.document} carries no ETag to guard a re-send with",
                status=response.status_code,
            )
        headers = {**guarded.request.get("headers", {}), "If-Match": if_match_header(etag)}
        return {**guarded.request, "headers": headers}

    def _paginate(
        self,
        get_page: Callable[..., Awaitable[list[M]]],
        page_size: int,
        params: dict[str, Any],
        key: Callable[[M], Hashable],
    ) -> AsyncIterator[M]:
        """``list``: pages fetched lazily; each item's ``metadata`` says the total and the
        server's ``maxPageSize`` (a bare list has no envelope), which the paginator learns."""

        async def fetch(page_number: int, size: int) -> Page[M]:
            items = await get_page(page_number, size, **params)
            meta = getattr(items[0], "metadata", None) if items else None
            if meta is None:
                return Page(items)
            total, largest = meta.total_count, meta.max_page_size
            return Page(
                items,
                total=total if isinstance(total, int) else None,
                max_page_size=largest if isinstance(largest, int) else None,
            )

        return paginate(fetch, page_size=page_size, key=key)

    async def _put(
        self,
        key: str,
        body: Any,
        if_match: str | None,
        background: BackgroundMode = False,
        resend: Resend = Resend.BY_METHOD,
    ) -> Any:
        """The versioned PUT (``update`` and ``modify`` both end here)."""
        request = self._put_operation._get_kwargs(
            key,
            body=body,
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._update_kind, background, resend=resend)

    async def _locked_put(
        self, key: str, body: Any, if_match: str | None, background: BackgroundMode
    ) -> str | Job[str | None] | None:
        """``update``: writes to one document from this client queue up (no 412 races)."""
        async with self._client._write_locks.hold((self._noun, key)):
            result: str | Job[str | None] | None = await self._put(key, body, if_match, background)
            return result

    async def _modify(
        self,
        key: str,
        read: Callable[[], Awaitable[M]],
        to_body: Callable[[Any], Any],
        change: Callable[[M], Any],
        attempts: int,
    ) -> Modified[M]:
        """``modify`` for one document: the shared loop, with a PUT that is never re-sent
        blindly (``Resend.PROVEN_UNSENT``): the loop reconciles a lost answer itself."""

        async def write(changes: Any, version: str) -> str | None:
            result = await self._put(key, to_body(changes), version, resend=Resend.PROVEN_UNSENT)
            return result if isinstance(result, str) else None

        return await modify_loop(
            key=(self._noun, key),
            locks=self._client._write_locks,
            read=read,
            version_of=_time_stamp,
            write=write,
            change=change,
            attempts=attempts,
            reference=key,
        )


class _Guard:
    """How a write is re-sent after a lost answer: ``request`` as it is, or (``document``
    set) with that document's current version as ``If-Match``."""

    __slots__ = ("document", "method", "request")

    def __init__(self, method: str, request: dict[str, Any], document: str | None) -> None:
        self.method = method
        self.request = request
        self.document = document


def _has_if_match(request: dict[str, Any]) -> bool:
    return any(k.lower() == "if-match" for k in request.get("headers", {}))


def _queues(request: dict[str, Any]) -> bool:
    """The request asks the server to queue it as a background job (``erp-api-background``):
    a lost answer may leave a job running, so it is never sent again blindly."""
    return any(k.lower() == "erp-api-background" for k in request.get("headers", {}))


def _repeatable(request: dict[str, Any]) -> bool:
    """A PUT without ``If-Match`` sets the same fields however often it lands: the transport
    may re-send it (and the start of its background job) blindly."""
    return str(request.get("method", "")).upper() == "PUT" and not _has_if_match(request)


def _guarded(method: str, request: dict[str, Any]) -> _Guard | None:
    """The guard a write can be re-sent under, or ``None`` when it has none (a create, an
    attachment, an action that may repeat)."""
    url = str(request.get("url", ""))
    has_if_match = _has_if_match(request)
    if method == "DELETE" or (method == "PUT" and has_if_match):
        return _Guard(method, request, None)
    action = _ACTION_URL.fullmatch(url)
    if method == "POST" and action and action["name"] in _REPEAT_REFUSED_ACTIONS:
        return _Guard(method, request, None if has_if_match else action["document"])
    return None


def _gone(error: NotFound) -> Result[None]:
    """A successful "nothing here" result for a DELETE whose re-send found the document gone."""
    return Result(None, error.status, httpx.Headers(), b"")


def _unknown(message: str, reference: str) -> OutcomeUnknown:
    return OutcomeUnknown(message + ": read it to see", reference=reference, attempts=2)


def _time_stamp(resource: Any) -> str | None:
    """A read model's version (``timeStamp``, the same value as its ``ETag``)."""
    stamp = getattr(resource, "time_stamp", None)
    return stamp if isinstance(stamp, str) else None


def parse_json_body(*, client: Any, response: httpx.Response) -> Any:
    """The body as exact JSON (``None`` when empty): action answers are read by their keys."""
    return _json.loads(response.content) if response.content else None


def _job_id_of(body: Mapping[str, Any]) -> str | None:
    """The job id of a ``BackgroundApiAcceptedDto``; None for an action result."""
    if "actionId" in body or "actionResult" in body:
        return None
    value = body.get("id")
    if not isinstance(value, str):
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def _accepted(response: httpx.Response) -> bool:
    return response.status_code == 202


def _parse_accepted(*, client: Any, response: httpx.Response) -> g.BackgroundApiAcceptedDto:
    return g.BackgroundApiAcceptedDto.from_dict(_json.loads(response.content))


def job_id(value: str | uuid.UUID) -> uuid.UUID:
    """A background job id (a UUID)."""
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise ValidationError(f"not a job id: {value!r}", field="job_id") from None
