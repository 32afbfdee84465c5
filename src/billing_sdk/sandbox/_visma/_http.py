"""Wire helpers shared by every Visma operation: errors, versions, JSON, bodies, responses.

A request is captured once as a :class:`Call` (everything an operation needs, as plain data),
so the same operation code can run now or later inside a background job; an operation answers
with a :class:`Result`, rendered to a Starlette response only at the edge.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import Response

JSON_MEDIA_TYPE = "application/json; charset=utf-8"
_CONTENT_LENGTH = re.compile(r"[0-9]{1,20}")


class VismaError(Exception):
    """An answer other than success: rendered as ``{"message": ...}`` (412 has no body)."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})

    def to_result(self) -> Result:
        if self.status == 412:
            # The vendor answers a stale If-Match with an empty body.
            return Result(412, None, headers=self.headers)
        return Result(self.status, error_body(self.status, self.message), headers=self.headers)


def error_body(status: int, message: str) -> dict[str, Any]:
    """The ErrorDto the sandbox sends: ``message``, plus the gateway's ``statusCode`` on 429."""
    body: dict[str, Any] = {"message": message}
    if status == 429:
        body["statusCode"] = 429
    return body


def bad_request(message: str) -> VismaError:
    return VismaError(400, message)


# -- versions (rowversion, ETag) ----------------------------------------------------------------


def version_tag(version: int) -> str:
    """The base64 rowversion of ``version`` (an 8-byte counter), e.g. ``AAAAAE0YIiI=``."""
    return base64.b64encode(version.to_bytes(8, "big")).decode("ascii")


def etag(version: int) -> str:
    """The ETag header value: the quoted rowversion."""
    return f'"{version_tag(version)}"'


def check_if_match(if_match: str | None, version: int) -> None:
    """Raise 412 unless ``if_match`` (quoted or not, ``W/`` prefix, or ``*``) names ``version``.

    No header means an unconditional change.
    """
    if if_match is None:
        return
    value = if_match.strip()
    if value == "*":
        return
    value = value.removeprefix("W/").strip('"')
    if value != version_tag(version):
        raise VismaError(412, "Customer invoice version does not match with If-Match header")


# -- JSON ---------------------------------------------------------------------------------------


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate property {key!r}")
        result[key] = value
    return result


def parse_json(body: bytes) -> Any:
    """Decode a JSON body (numbers as Decimal/int; NaN, Infinity and duplicate keys refused)."""
    if not body.strip():
        raise bad_request("The request body is required.")
    try:
        text = body.decode("utf-8")
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_no_constants,
            object_pairs_hook=_unique_keys,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise bad_request(f"The request body is not valid JSON: {exc}") from None


# json.dumps cannot write a Decimal as a number, and float would round it. Each Decimal is
# written as a string between two marks first and the marks (with the quotes around them) are
# then stripped by two str.replace calls, leaving its exact digits: several times faster than
# encoding in Python or a regex pass. Each mark holds a NUL and 16 random hex digits, so no
# string a client sends can collide with it.
_SECRET = secrets.token_hex(8)
_MARK = f"\x00{_SECRET}:"
_END = f"\x00{_SECRET};"
_OPEN = '"' + json.dumps(_MARK)[1:-1]
_CLOSE = json.dumps(_END)[1:-1] + '"'


def _marked_decimal(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{_MARK}{value:f}{_END}"
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def dumps(value: Any) -> bytes:
    """Encode ``value`` as JSON, writing Decimals as exact JSON numbers (never via float)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_marked_decimal)
    return text.replace(_OPEN, "").replace(_CLOSE, "").encode("utf-8")


# -- requests and results -----------------------------------------------------------------------


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 400 once it grows past ``limit`` bytes.

    400, not 413: the spec documents 400 for every invalid request and no 413.
    """
    declared = request.headers.get("content-length")
    if declared is not None and _CONTENT_LENGTH.fullmatch(declared) and int(declared) > limit:
        raise VismaError(400, f"The request body exceeds {limit} bytes.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise VismaError(400, f"The request body exceeds {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def origin_of(request: Request) -> str:
    """``scheme://host[:port]`` of the request, for absolute ``Location`` URLs."""
    return f"{request.url.scheme}://{request.url.netloc}"


@dataclass(frozen=True)
class Call:
    """One captured request: everything an operation reads, so it can also run later."""

    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, str]
    query: tuple[tuple[str, str], ...]
    if_match: str | None
    content_type: str
    body: bytes
    origin: str
    tenant: str

    @property
    def uri(self) -> str:
        """The absolute request URI (``originalUri`` of a background job)."""
        query = f"?{urlencode(self.query)}" if self.query else ""
        return f"{self.origin}{self.path}{query}"


def segment(text: str) -> str:
    """``text`` as one URL path segment (``/``, ``.``, ``..``, ``%``... encoded)."""
    if text in (".", ".."):
        return "%2E" * len(text)
    return quote(text, safe="")


@dataclass
class Result:
    """An operation's answer: status, body (JSON value, bytes or None) and headers."""

    status: int
    body: Any = None
    media_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def has_content(self) -> bool:
        return self.body is not None


def render(result: Result, extra_headers: Mapping[str, str] | None = None) -> Response:
    """The Starlette response for ``result`` (JSON unless it carries bytes)."""
    headers = {**result.headers, **(extra_headers or {})}
    if result.body is None:
        return Response(status_code=result.status, headers=headers)
    if isinstance(result.body, bytes):
        media_type = result.media_type or "application/octet-stream"
        return Response(result.body, result.status, headers=headers, media_type=media_type)
    return Response(dumps(result.body), result.status, headers=headers, media_type=JSON_MEDIA_TYPE)
