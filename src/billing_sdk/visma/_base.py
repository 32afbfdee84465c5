"""What every Visma resource shares: versions, ids, background mode, the call funnel."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from billing_sdk import _validation as v
from billing_sdk._engine import Result, expect
from billing_sdk._errors import DecodeError, ValidationError
from billing_sdk._retry import RetryPolicy, server_advised_wait
from billing_sdk.visma import _generated as g
from billing_sdk.visma._jobs import Job, JobKind

if TYPE_CHECKING:
    from billing_sdk.visma._client import VismaClient

T = TypeVar("T")

#: Visma document numbers (the spec's pattern): letters, digits, ``_`` and ``-``.
NUMBER_PATTERN = r"[A-Za-z0-9_-]{1,15}"
_SUBSCRIPTION = re.compile(r"subscription(:[^=,\s]+=[^,\s]*(,[^=,\s]+=[^,\s]*)*)?")

#: ``background=`` takes False (direct call), True (fire-and-poll) or a subscription string.
Background = bool | str


def number(value: str, field: str) -> str:
    """A document number that is safe in a URL path."""
    return v.path_id(value, field, pattern=NUMBER_PATTERN)


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
    segment = httpx.URL(location).path.rstrip("/").rsplit("/", 1)[-1]
    if not segment:
        raise DecodeError(f"cannot read a document number from Location {location!r}")
    return segment


def etag_of(result: Result[Any]) -> str | None:
    """The new version a write answered with (``ETag``), if any."""
    etag: str | None = result.headers.get("etag")
    return etag


class Resource:
    """Base of the Visma resources: sends calls directly or as background jobs."""

    def __init__(self, client: VismaClient) -> None:
        self._client = client
        self._engine = client._engine

    def _kind(
        self,
        name: str,
        parse: Callable[..., Any],
        finish: Callable[[Result[Any]], Awaitable[T]],
        method: str = "POST",
        *,
        needs_headers: bool = False,
    ) -> JobKind[T]:
        """Register how jobs of one operation finish (needed again by ``Job.resume``)."""
        kind = JobKind(
            name=name, parse=parse, finish=finish, method=method, needs_headers=needs_headers
        )
        self._client._job_kinds[name] = kind
        return kind

    async def _call(
        self,
        request: dict[str, Any],
        kind: JobKind[T],
        background: Background,
        *,
        retry: RetryPolicy | None = None,
    ) -> T | Job[T]:
        """Send ``request``; return the direct result, or a :class:`Job` when backgrounded."""
        if background is False:
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
        )


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
