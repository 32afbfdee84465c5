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

from billing_sdk import _headers, _json
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
from billing_sdk.visma._filters import build_filters
from billing_sdk.visma._jobs import Job, JobKind
from billing_sdk.visma._operations import (
    DIRECT,
    OPERATIONS,
    BackgroundMode,
    CallMode,
    IfMatch,
    Operation,
    Queueing,
    Returns,
    VismaCall,
    call_mode,
)
from billing_sdk.visma._updates import build_update

if TYPE_CHECKING:
    from billing_sdk.visma._context import VismaContext

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")
D = TypeVar("D")
#: Reads a success whose shape only its body tells (an action: a result or a job); gets
#: whether it answered a re-send.
_Answer = Callable[[Result[Any], bool], T | Job[T]]

#: Visma document numbers: 1-15 characters (the ERP column); no character set is imposed.
MAX_NUMBER_LENGTH = 15
#: Header values an ``If-Match`` can hold: visible ASCII and spaces.
_IF_MATCH = re.compile(r"[\x20-\x7e]+")
ACTION = Returns.ACTION


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
    return _headers.value(result.headers, b"etag")  # headers.get("etag"), without its copies


async def _version(result: Result[Any]) -> str | None:
    """What an update returns: the new version (``ETag``)."""
    return etag_of(result)


class Resource:
    """Base of the Visma resources: each call is a row of the operations table, sent through
    one funnel (:meth:`_call`) directly or as a background job."""

    #: The prefix of this resource's rows in the operations table (``customer_payments.``):
    #: their job kinds are registered when the resource is made (``Job.resume`` needs them).
    _prefix: str = ""
    #: Set by resources with versioned (``If-Match``) updates: their noun for the write locks
    #: and their PUT operation.
    _noun: str = ""
    _put_op: Operation

    def __init__(self, context: VismaContext) -> None:
        self._context = context
        self._engine = context.engine
        for op in OPERATIONS.values():
            # Actions register theirs with their ``ActionKind`` (``_action_kind``).
            if self._prefix and op.name.startswith(self._prefix) and op.returns is not ACTION:
                context.kinds[op.name] = JobKind.of(op, self._finisher(op), self._job_finisher(op))

    # -- how a response becomes the returned value (direct or from a job) ---------------------

    async def _read(self, number: str) -> Any:
        """Read one document by number (the resource's ``get``)."""
        raise NotImplementedError

    async def _created_in_job(self, result: Result[Any], reference: Mapping[str, Any]) -> Any:
        """A backgrounded create whose job's state reports no ``Location``."""
        raise NotImplementedError

    def _finisher(self, op: Operation) -> Callable[[Result[Any]], Awaitable[Any]]:
        """What the direct call returns, from the checked and parsed response (``op.returns``)."""
        returns, model = op.returns, op.model
        if returns is Returns.VERSION:
            return _version  # an update

        async def finish(result: Result[Any]) -> Any:
            if returns is Returns.MODEL and model is not None:
                return expect(result.parsed, model, result)
            if returns is Returns.ITEMS:
                return list(result.parsed or [])
            if returns is Returns.BYTES:
                return result.content
            if returns is Returns.LOCATION:
                return number_from_location(result.headers)
            if returns is Returns.CREATED:
                return await self._read(number_from_location(result.headers))
            return None

        return finish

    def _job_finisher(
        self, op: Operation
    ) -> Callable[[Result[Any], Mapping[str, Any]], Awaitable[Any]] | None:
        """How a job's result is read when the job's state may lack the ``Location`` a
        create or an attachment answers with."""
        if op.returns is Returns.CREATED:

            async def created(result: Result[Any], reference: Mapping[str, Any]) -> Any:
                if result.headers.get("location"):
                    return await self._read(number_from_location(result.headers))
                return await self._created_in_job(result, reference)

            return created
        if op.returns is Returns.LOCATION:
            return _attached_in_job
        return None

    def _action_kind(
        self,
        name: str,
        done: Callable[[D], bool] | None = None,
        *,
        produced: Callable[[Any], str | None] | None = None,
        carried: Callable[[Any], D | None] | None = None,
    ) -> ActionKind[Any, D]:
        """The action ``name`` of the table, and the job kind whose content is its final result."""
        kind: ActionKind[Any, D] = ActionKind(
            OPERATIONS[name], self._read, done, produced=produced, carried=carried
        )
        context = self._context

        async def finish(result: Result[Any], reference: Mapping[str, Any]) -> Action[Any, D]:
            raw = result.parsed if isinstance(result.parsed, dict) else {}
            document = str(reference.get("document", ""))
            return Action(context, kind, document, raw, version=etag_of(result))

        context.kinds[name] = JobKind.of(kind.op, None, finish_call=finish)
        return kind

    # -- the funnel ---------------------------------------------------------------------------

    def _run(
        self,
        op: Operation,
        background: BackgroundMode,
        build: Callable[[CallMode], dict[str, Any]],
        **options: Any,
    ) -> VismaCall[Any, Any]:
        """A call of ``op``: its mode decided once, its request built now (bad arguments
        raise here), sent when awaited."""
        # A direct call of an operation queued only on request: the usual mode, decided already.
        direct = background is False and op.queueing is not Queueing.ALWAYS
        mode = DIRECT if direct else call_mode(op, background)
        return VismaCall(self._call(op, build(mode), mode, **options))

    def _by_number(
        self, op: Operation, value: str, field: str, background: BackgroundMode
    ) -> VismaCall[Any, Any]:
        """A call whose one argument is a document number (a read, a print, a delete)."""
        key = number(value, field)
        return self._run(
            op, background, lambda mode: op.module._get_kwargs(key, erp_api_background=mode.header)
        )

    def _page(
        self,
        op: Operation,
        allowed: Mapping[str, str],
        page_number: int,
        page_size: int,
        background: BackgroundMode,
        filters: Mapping[str, Any],
    ) -> VismaCall[Any, Any]:
        """One page of a list (``list`` iterates over them): the page and the filters checked."""
        number_ = v.positive_int(page_number, "page_number")
        size = v.positive_int(page_size, "page_size")
        params = build_filters(allowed, filters)
        return self._run(
            op,
            background,
            lambda mode: op.module._get_kwargs(
                page_number=number_, page_size=size, erp_api_background=mode.header, **params
            ),
        )

    async def _act(
        self, kind: ActionKind[R, D], document: str, mode: CallMode, request: dict[str, Any]
    ) -> Action[R, D] | Job[Action[R, D]]:
        """Send an action; what comes back is an :class:`Action` (a ``Job`` of one when the
        caller asked for a background call), never an error once the server accepted it.

        Visma answers 202 either way (``Answer.ACTION_OR_JOB``): with the action result
        (``actionId``...) or with a job (``id``); which one is read from the keys, not from the
        header that was sent. The action goes through the one funnel (:meth:`_call`), so a
        lost answer is handled like any write's: release and void are re-sent under
        ``If-Match``, the others (queued as a job) end in ``OutcomeUnknown``."""
        context = self._context
        job_kind: JobKind[Action[R, D]] = context.kinds[kind.name]

        def answer(result: Result[Any], resent: bool) -> Action[R, D] | Job[Action[R, D]]:
            body = result.parsed if isinstance(result.parsed, dict) else {}
            accepted_job = _job_id_of(body)
            if accepted_job is not None:
                job = Job(
                    context,
                    accepted_job,
                    job_kind,
                    first_wait=server_advised_wait(result.headers, result.status),
                    webhook=mode.webhook,
                    resent=resent,
                    reference={"document": document},
                )
                return job if mode.returns_job else Action(context, kind, document, job=job)
            action = Action(context, kind, document, body, version=etag_of(result))
            if not mode.returns_job:
                return action
            return Job.answered(context, action.action_id or str(uuid.uuid4()), job_kind, action)

        result: Action[R, D] | Job[Action[R, D]] = await self._call(
            kind.op, request, mode, document=document, answer=answer
        )
        return result

    async def _call(
        self,
        op: Operation,
        request: dict[str, Any],
        mode: CallMode,
        *,
        retry: RetryPolicy | None = None,
        resend: Resend = Resend.BY_METHOD,
        reference: str | None = None,
        document: str | None = None,
        job_reference: Mapping[str, Any] | None = None,
        answer: _Answer[Any] | None = None,
    ) -> Any:
        """Send ``request`` of ``op``; return the direct result, or a :class:`Job` when the
        call was backgrounded (``mode``).

        A write whose answer is lost is reconciled as the module docstring says, by the row's
        method and ``If-Match`` rule (not when the caller reconciles it itself:
        ``resend=Resend.PROVEN_UNSENT``). ``reference`` names the write in an
        ``OutcomeUnknown`` (default: the request's path); ``document`` is the number an
        action acts on; ``job_reference`` is what a job needs to know about the call (see
        ``Job.reference``); ``answer`` reads a success whose shape only its body tells.
        """
        kind = self._context.kinds[op.name]
        # Sent as it is (the transport applies ``resend``): a read, a write its caller
        # reconciles, a PUT without ``If-Match``.
        as_is = op.method in READ_METHODS or resend is not Resend.BY_METHOD
        if answer is None and not mode.queued and (as_is or _repeatable(op, request)):
            # A direct call sent as it is: what ``_send`` and the row's finisher do for it,
            # without their bookkeeping (and, for a model or a version, without a coroutine).
            assert kind.finish is not None  # every directly called kind has one
            result = await self._engine.send(request, kind.parse, retry=retry, resend=resend)
            returns = op.returns
            if returns is Returns.MODEL and op.model is not None:
                return expect(result.parsed, op.model, result)
            if returns is Returns.VERSION:
                return etag_of(result)
            return await kind.finish(result)
        send = _Send(kind, mode, retry, job_reference, answer)
        if as_is or _repeatable(op, request):
            return await self._send(request, send, resend=resend)
        guarded = _guarded(op, request, document)
        if guarded is None and not mode.queued:
            # A create (or an action that may repeat): sent once; a lost answer keeps
            # ``landed=None`` for the caller (payments reconcile by their paymentRef).
            return await self._send(request, send)
        where = reference or str(request.get("url", ""))
        try:
            return await self._send(request, send, resend=Resend.PROVEN_UNSENT)
        except BillingError as exc:
            if exc.landed is not None:
                raise
            lost = exc
        if guarded is None:
            raise _unknown(
                f"the answer to the start of a background job ({op.method} {where}) was lost: "
                "a job may have been queued, and this write cannot be sent again safely",
                where,
            ) from lost
        return await self._send_again(guarded, send, lost=lost, reference=where)

    async def _send(
        self,
        request: dict[str, Any],
        send: _Send,
        *,
        resend: Resend = Resend.BY_METHOD,
        resent: bool = False,
    ) -> Any:
        """One send: the direct result, or the started :class:`Job`."""
        kind, mode, engine = send.kind, send.mode, self._engine
        if send.answer is not None:
            result = await engine.send(request, kind.parse, retry=send.retry, resend=resend)
            answered = send.answer(result, resent)
            # An action queued as a job (the job itself, or awaited through an Action).
            started = answered if isinstance(answered, Job) else getattr(answered, "job", None)
            if isinstance(started, Job) and started._answered is None:
                await self._context.record_job(started)
            return answered
        if not mode.queued:
            assert kind.finish is not None  # every directly called kind has one
            result = await engine.send(request, kind.parse, retry=send.retry, resend=resend)
            return await kind.finish(result)
        result = await engine.send(
            request,
            _parse_accepted,
            ok=_accepted,
            retry=send.retry,
            resend=resend,
            operation=operation_name(kind.parse),
        )
        accepted = expect(result.parsed, g.BackgroundApiAcceptedDto, result)
        if accepted.id is None:
            raise DecodeError("the 202 answer carries no job id", status=result.status)
        job = Job(
            self._context,
            str(accepted.id),
            kind,
            first_wait=server_advised_wait(result.headers, result.status),
            webhook=mode.webhook,
            resent=resent,
            reference=send.job_reference,
        )
        await self._context.record_job(job)
        return job

    async def _send_again(
        self, guarded: _Guard, send: _Send, *, lost: BillingError, reference: str
    ) -> Any:
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
                return await self._send(request, send, resend=Resend.PROVEN_UNSENT, resent=True)
            except NotFound as exc:
                if guarded.method == "DELETE" and not send.mode.queued and send.kind.finish:
                    return await send.kind.finish(_gone(exc))  # gone: the delete did its job
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

    async def _updated(
        self,
        dto: type[Any],
        changes: Any,
        document: str,
        field: str,
        if_match: str | None,
        background: BackgroundMode,
    ) -> Any:
        """``update``, awaited as ``VismaCall(self._updated(...))``: the versioned PUT of
        ``changes`` (a mapping or a ``dto``) to the document numbered ``document`` (the
        argument ``field``); writes to one document from this client queue up (no 412 races).

        Like an ``@on_await`` method, nothing runs until the call is awaited (a bad argument
        raises from the ``await``), but in one coroutine: the body, the number, the mode and
        the request, then the lock and the funnel."""
        body = build_update(dto, changes)
        key = number(document, field)
        mode = call_mode(self._put_op, background)
        request = self._put_request(key, body, if_match, mode)
        # ``async with write_locks.hold(...)``, with a free key (nearly always) taken by a
        # plain call: no enter and exit coroutines per write.
        hold = self._context.write_locks.hold((self._noun, key))
        if not hold.take():
            await hold.wait()
        try:
            if mode is DIRECT and if_match is None:
                # A PUT without ``If-Match``, direct: what the funnel does for it (sent as it
                # is, the transport may re-send it; its ETag returned), in this coroutine.
                kind = self._context.kinds[self._put_op.name]
                return etag_of(await self._engine.send(request, kind.parse))
            return await self._call(self._put_op, request, mode)
        finally:
            hold.release()

    def _put_request(
        self, key: str, body: Any, if_match: str | None, mode: CallMode
    ) -> dict[str, Any]:
        version = g.UNSET if if_match is None else if_match_header(if_match)
        return self._put_op.module._get_kwargs(  # type: ignore[no-any-return]
            key, body=body, if_match=version, erp_api_background=mode.header
        )

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
            request = self._put_request(key, to_body(changes), version, DIRECT)
            result = await self._call(self._put_op, request, DIRECT, resend=Resend.PROVEN_UNSENT)
            return result if isinstance(result, str) else None

        return await modify_loop(
            key=(self._noun, key),
            locks=self._context.write_locks,
            read=read,
            version_of=_time_stamp,
            write=write,
            change=change,
            attempts=attempts,
            reference=key,
        )


class _Send:
    """What every send of one call shares: its job kind, its mode and how it is answered.

    (A plain class: made once per call, and a frozen dataclass costs a ``setattr`` call per
    field to make.)"""

    __slots__ = ("answer", "job_reference", "kind", "mode", "retry")

    def __init__(
        self,
        kind: JobKind[Any],
        mode: CallMode,
        retry: RetryPolicy | None,
        job_reference: Mapping[str, Any] | None,
        answer: _Answer[Any] | None,
    ) -> None:
        self.kind = kind
        self.mode = mode
        self.retry = retry
        self.job_reference = job_reference
        self.answer = answer


class _Guard:
    """How a write is re-sent after a lost answer: ``request`` as it is, or (``document``
    set) with that document's current version as ``If-Match``."""

    __slots__ = ("document", "method", "request")

    def __init__(self, method: str, request: dict[str, Any], document: str | None) -> None:
        self.method = method
        self.request = request
        self.document = document


def _has_if_match(request: dict[str, Any]) -> bool:
    return "if-match" in map(str.lower, request.get("headers", ()))  # (no generator per write)


def _repeatable(op: Operation, request: dict[str, Any]) -> bool:
    """A PUT without ``If-Match`` sets the same fields however often it lands: the transport
    may re-send it (and the start of its background job) blindly."""
    return op.method == "PUT" and not _has_if_match(request)


def _guarded(op: Operation, request: dict[str, Any], document: str | None) -> _Guard | None:
    """The guard a write can be re-sent under (its row's method and ``If-Match`` rule), or
    ``None`` when it has none (a create, an attachment, an action that may repeat)."""
    has_if_match = _has_if_match(request)
    if op.method == "DELETE" or (op.if_match is IfMatch.GUARDS_RESEND and has_if_match):
        return _Guard(op.method, request, None)
    if op.if_match is IfMatch.CURRENT_VERSION and op.document is not None:
        if has_if_match or document is None:
            return _Guard(op.method, request, None)
        read = OPERATIONS[op.document].module._get_kwargs(document)
        return _Guard(op.method, request, str(read["url"]))
    return None


async def _attached_in_job(result: Result[Any], reference: Mapping[str, Any]) -> str:
    if result.headers.get("location"):
        return number_from_location(result.headers)
    raise DecodeError(
        f"the attachment was added (HTTP {result.status}), but the job's state reports no "
        "Location, so its id is unknown; do not add it again",
        status=result.status,
        landed=True,
    )


def _gone(error: NotFound) -> Result[None]:
    """A successful "nothing here" result for a DELETE whose re-send found the document gone."""
    return Result(None, error.status, httpx.Headers(), b"")


def _unknown(message: str, reference: str) -> OutcomeUnknown:
    return OutcomeUnknown(message + ": read it to see", reference=reference, attempts=2)


def _time_stamp(resource: Any) -> str | None:
    """A read model's version (``timeStamp``, the same value as its ``ETag``)."""
    stamp = getattr(resource, "time_stamp", None)
    return stamp if isinstance(stamp, str) else None


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
