"""What every Visma resource shares: versions, ids, background mode, the call funnel."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

import httpx

from billing_sdk import _validation as v
from billing_sdk._engine import Result, expect
from billing_sdk._errors import DecodeError, ValidationError
from billing_sdk._modify import Modified
from billing_sdk._modify import modify as modify_loop
from billing_sdk._pagination import Page, paginate
from billing_sdk._retry import RetryPolicy, server_advised_wait
from billing_sdk._safe_create import PROVEN_ONLY_RETRY
from billing_sdk.visma import _generated as g
from billing_sdk.visma._actions import Action, ActionKind
from billing_sdk.visma._jobs import Job, JobKind

if TYPE_CHECKING:
    from billing_sdk.visma._client import VismaClient

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")
D = TypeVar("D")

#: Visma document numbers: 1-15 characters (the ERP column); no character set is imposed.
MAX_NUMBER_LENGTH = 15
_SUBSCRIPTION = re.compile(r"subscription(:[^=,\s]+=[^,\s]*(,[^=,\s]+=[^,\s]*)*)?")

#: ``background=`` takes False (direct call), True (fire-and-poll) or a subscription string.
Background = bool | str


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
    version = version.strip()
    if not version or any(c in version for c in "\r\n"):
        raise ValidationError("if_match must be a version string from a read", field="if_match")
    if version == "*" or version.startswith(('"', 'W/"')):
        return version
    return f'"{version}"'


def background_header(background: Background) -> str | g.Unset:
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
        background: Background,
        build: Callable[[str | g.Unset], dict[str, Any]],
    ) -> Action[R, D] | Job[Action[R, D]]:
        """Send an action; what comes back is an :class:`Action` (a ``Job`` of one when the
        caller asked for a background call), never an error once the server accepted it.

        Visma answers 202 either way: with the action result (``actionId``...) or with a job
        (``id``); which one is read from the keys, not from the header that was sent."""
        header = background_header(background)
        if background is False and kind.via_job:
            header = "none"  # only the job says when it is done and what it made
        result = await self._engine.send(build(header), parse_json_body)
        body = result.parsed if isinstance(result.parsed, dict) else {}
        accepted_job = _job_id_of(body)
        if accepted_job is not None:
            job = Job(
                self._client,
                accepted_job,
                job_kind,
                first_wait=server_advised_wait(result.headers, result.status),
                webhook=background not in (False, True),
                reference={"document": document},
            )
            return job if background is not False else Action(self._client, kind, document, job=job)
        action = Action(self._client, kind, document, body, version=etag_of(result))
        if background is False:
            return action
        return Job.answered(self._client, action.action_id or str(uuid.uuid4()), job_kind, action)

    async def _call(
        self,
        request: dict[str, Any],
        kind: JobKind[T],
        background: Background,
        *,
        retry: RetryPolicy | None = None,
        reference: Mapping[str, Any] | None = None,
    ) -> T | Job[T]:
        """Send ``request``; return the direct result, or a :class:`Job` when backgrounded
        (``reference``: what the job needs to know about the call, see ``Job.reference``)."""
        if background is False:
            assert kind.finish is not None  # every directly called kind has one
            result = await self._engine.send(request, kind.parse, retry=retry)
            return await kind.finish(result)
        result = await self._engine.send(request, _parse_accepted, ok=_accepted, retry=retry)
        accepted = expect(result.parsed, g.BackgroundApiAcceptedDto, result)
        if isinstance(accepted.id, g.Unset):
            raise DecodeError("the 202 answer carries no job id", status=result.status)
        return Job(
            self._client,
            str(accepted.id),
            kind,
            first_wait=server_advised_wait(result.headers, result.status),
            webhook=background is not True,
            reference=reference,
        )

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
            meta = getattr(items[0], "metadata", g.UNSET) if items else g.UNSET
            if isinstance(meta, g.Unset):
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
        background: Background = False,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """The versioned PUT (``update`` and ``modify`` both end here)."""
        request = self._put_operation._get_kwargs(
            key,
            body=body,
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._update_kind, background, retry=retry)

    async def _locked_put(
        self, key: str, body: Any, if_match: str | None, background: Background
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
        blindly (``PROVEN_ONLY_RETRY``), so a lost answer is reconciled, not doubled."""

        async def write(changes: Any, version: str) -> str | None:
            result = await self._put(key, to_body(changes), version, retry=PROVEN_ONLY_RETRY)
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


def _time_stamp(resource: Any) -> str | None:
    """A read model's version (``timeStamp``, the same value as its ``ETag``)."""
    stamp = getattr(resource, "time_stamp", None)
    return stamp if isinstance(stamp, str) else None


def parse_json_body(*, client: Any, response: httpx.Response) -> Any:
    """The body as JSON (``None`` when empty): action answers are read by their keys."""
    return response.json() if response.content else None


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
    return g.BackgroundApiAcceptedDto.from_dict(response.json())


def job_id(value: str | uuid.UUID) -> uuid.UUID:
    """A background job id (a UUID)."""
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise ValidationError(f"not a job id: {value!r}", field="job_id") from None
