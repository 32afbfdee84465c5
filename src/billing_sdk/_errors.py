"""Every error the SDK raises, in one tree rooted at :class:`BillingError`.

::

    BillingError
    ├── ValidationError             bad input caught before any request was sent
    │   └── ConfigurationError      a client lacks a credential or base URL (argument or
    │                               environment variable; both are named, no value is)
    ├── TransportError              no (complete) HTTP response
    │   ├── ConnectError            the connection was never established: nothing was sent
    │   └── RequestTimeout          connect/read/write/pool timeout
    ├── ResponseError               a response arrived but cannot be understood or used
    │   ├── DecodeError             malformed JSON/XML, wrong content type or shape, truncated
    │   ├── ResponseTooLarge        the body (decompressed) is larger than ``max_response_bytes``
    │   └── PaginationError         a list the server will not page through (a page repeated,
    │                               or more pages than ``max_pages``)
    ├── APIStatusError              the server answered with an error
    │   ├── BadRequest              400
    │   ├── Unauthorized            401
    │   ├── Forbidden               403
    │   ├── NotFound                404
    │   ├── Conflict                409 (and a vendor's life-cycle/duplicate errors)
    │   ├── Gone                    410
    │   ├── PreconditionFailed      412: the If-Match version is stale
    │   ├── UnprocessableEntity     422
    │   ├── RateLimited             429, or a wait longer than the retry cap (``retry_after``)
    │   ├── ServerError             5xx and other unknown statuses >= 500 (e.g. 520)
    │   └── (a vendor's envelope error, also an instance of the status class its code maps to)
    ├── StateError                  an object is not in the state the call needs
    ├── OutcomeUnknown              a write's answer was lost (or a re-send was refused in a way
    │                               the first send may have caused) and the SDK could not tell
    │                               whether it landed (``reference`` says what to look for)
    ├── WriteNotApplied             the server took a write but, read back, part of it did not
    │                               take effect (an allocation, a "mark as paid")
    ├── WebhookSignatureError       a webhook whose signature does not match (not from the vendor)
    ├── CoordinationUnavailable     the shared coordination store (Redis) did not answer in time;
    │                               nothing was sent to the vendor
    ├── ReferenceConflict           a create's reference already names a different record
    │                               (``existing`` says which); nothing was booked
    └── (each vendor's own errors, defined in its package and registered in ``_registry``)

Every error carries what a person needs to act (method, path, status, vendor code and
message, request id) and never a secret: paths are logged without their query string and
bodies are never copied into messages. An :class:`APIStatusError` keeps a bounded excerpt of
its body in ``exc.response`` (:class:`ErrorResponse`), with every secret-looking value
redacted, next to the safe headers only.

``landed`` says whether a write reached the server's state: ``True`` (it did), ``False`` (it
provably did not) or ``None`` (unknown; reconcile before re-sending). Errors of a write that
carries a unique reference (a safe create, a transition) also carry it as ``reference``.

No error holds a credential: errors are built from the method, the path and whitelisted
headers, and never chain the underlying library's exception (whose request would hold the
``Authorization`` header, the API key or the session token).

Not an error: :class:`UnknownValueWarning` (a ``UserWarning``) is issued once per field and
value when a response carries an enum value the spec does not list; the read goes on and the
value reaches the caller as a plain ``str``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    import httpx

#: The most of an error body an error keeps (characters, after redaction).
BODY_EXCERPT_CHARS = 1000
_SECRET_KEY = re.compile(
    r"(pass(word)?|secret|token|api_?key|authori[sz]ation|credential|session|cookie)", re.I
)
_SECRET_TEXT = re.compile(
    r"(?i)((?:pass(?:word)?|secret|token|api_?key|authori[sz]ation|bearer)[\"']?\s*[:=]?\s*)"
    r"(?:bearer\s+)?[\"']?[^\s\"',;&<>]+"
)


@dataclass(frozen=True)
class ErrorResponse:
    """The sanitised response an :class:`APIStatusError` came from (``exc.response``).

    Attributes:
        status: the HTTP status.
        headers: the safe headers only (content type, ``Retry-After``, rate-limit headers,
            request ids, ``ETag``, ``Location``); never ``Set-Cookie`` or anything else.
        body: at most :data:`BODY_EXCERPT_CHARS` characters of the body, with every value
            under a secret-looking key (password, token, key, secret, ...) replaced by
            ``"[redacted]"``; ``truncated`` says whether it was cut.
    """

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str = ""
    truncated: bool = False

    @classmethod
    def sanitised(cls, status: int, headers: Mapping[str, str], content: bytes) -> ErrorResponse:
        """The excerpt of ``content`` with secrets redacted (JSON by key, text by pattern)."""
        text = content[: BODY_EXCERPT_CHARS * 4].decode("utf-8", "replace")
        try:
            # Numbers stay their digits (strings here, never floats); an untouched body is
            # kept as it came.
            parsed = json.loads(content, parse_float=str, parse_int=str)
            redacted = _redacted(parsed)
            if redacted != parsed:
                text = json.dumps(redacted, ensure_ascii=False)
        except (ValueError, RecursionError):
            text = _SECRET_TEXT.sub(r"\1[redacted]", text)
        truncated = len(text) > BODY_EXCERPT_CHARS or len(content) > BODY_EXCERPT_CHARS * 4
        return cls(status, dict(headers), text[:BODY_EXCERPT_CHARS], truncated)


def _redacted(value: Any, depth: int = 0) -> Any:
    if depth > 20:
        return "[...]"
    if isinstance(value, dict):
        return {
            k: "[redacted]" if _SECRET_KEY.search(str(k)) else _redacted(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redacted(v, depth + 1) for v in value]
    if isinstance(value, str):
        return _SECRET_TEXT.sub(r"\1[redacted]", value)
    return value


class BillingError(Exception):
    """Base class of every error raised by billing-sdk."""

    #: Did the write this error belongs to land? ``None`` when unknown or not a write.
    landed: bool | None = None
    #: The vendor's background job this error came out of, if any.
    job_id: str | None = None
    #: The unique reference of the write this error belongs to (what to look it up by), if any.
    reference: str | None = None

    def __init__(self, message: str, *, landed: bool | None = None) -> None:
        super().__init__(message)
        self.message = message
        if landed is not None:
            self.landed = landed


class ValidationError(BillingError, ValueError):
    """Input that can never be valid, refused before any request was sent."""

    landed = False

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, landed=False)
        self.field = field


class ConfigurationError(ValidationError):
    """A client constructor was given neither an argument nor its environment variable.

    ``missing`` lists ``(argument, variable)`` pairs; the message names them all and never
    a value. A ``ValueError`` too (through :class:`ValidationError`).
    """

    def __init__(self, client: str, missing: list[tuple[str, str]], *, hint: str = "") -> None:
        names = ", ".join(f"{argument} (or {variable})" for argument, variable in missing)
        super().__init__(f"{client} is missing {names}{hint}", field=missing[0][0])
        self.client = client
        self.missing = tuple(missing)


class _RequestContextError(BillingError):
    """An error tied to one HTTP request (method and secret-free path)."""

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        landed: bool | None = None,
    ) -> None:
        super().__init__(message, landed=landed)
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f"{self.method} {self.path}".strip()
        return f"{self.message} ({where})" if where else self.message


class TransportError(_RequestContextError):
    """The request did not get a complete HTTP response (network, protocol, timeout)."""


class ConnectError(TransportError):
    """The connection was never established, so the server cannot have processed anything."""

    landed = False


class RequestTimeout(TransportError):
    """A connect, read, write or pool timeout expired."""


class ResponseError(_RequestContextError):
    """A response arrived but its body or headers cannot be understood."""

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        status: int | None = None,
        landed: bool | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path, landed=landed)
        self.status = status


class DecodeError(ResponseError):
    """The body is malformed (bad JSON/XML, invalid UTF-8, truncated) or of the wrong type."""


class ResponseTooLarge(ResponseError):
    """The body, decompressed, is larger than the client's ``max_response_bytes`` (``limit``).

    Reading stopped at the limit, so the body was never held whole in memory.
    """

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit


class PaginationError(ResponseError):
    """A list the server will not page through; the items yielded before it are valid.

    Raised when a page brings no item that was not yielded already while the list is not
    known to be complete (the server ignores the paging position, so the rest cannot be
    reached), or after ``max_pages`` pages. ``pages`` and ``items`` say how far it got.
    """

    def __init__(self, message: str, *, pages: int, items: int) -> None:
        super().__init__(message)
        self.pages = pages
        self.items = items


class APIStatusError(_RequestContextError):
    """The server answered with an error status (or a vendor's non-OK envelope).

    Attributes:
        status: the HTTP status code (may be a non-IANA code such as 499 or 520).
        code: the vendor's error code, when the body carries one.
        vendor_message: the vendor's human-readable message, when the body carries one.
        request_id: the server's request id header, when present.
        headers: the response headers with secrets removed.
        response: the sanitised response (status, safe headers, a bounded, redacted body
            excerpt), or ``None`` for an error not built from a response.

    ``repr(exc)`` names the status, the request and the vendor's code and message, e.g.
    ``NotFound(status=404, request='GET /v1/customerinvoice/999999', vendor_message='...',
    landed=False)``.
    """

    status_code: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        status: int,
        code: str | None = None,
        vendor_message: str | None = None,
        request_id: str | None = None,
        headers: dict[str, str] | None = None,
        landed: bool | None = None,
        response: ErrorResponse | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path, landed=landed)
        self.status = status
        self.code = code
        self.vendor_message = vendor_message
        self.request_id = request_id
        self.headers = headers or {}
        self.response = response

    def __repr__(self) -> str:
        parts = [f"status={self.status}"]
        where = f"{self.method} {self.path}".strip()
        if where:
            parts.append(f"request={where!r}")
        if self.code:
            parts.append(f"code={self.code!r}")
        parts.append(f"vendor_message={(self.vendor_message or self.message)!r}")
        if self.request_id:
            parts.append(f"request_id={self.request_id!r}")
        if self.reference:
            parts.append(f"reference={self.reference!r}")
        parts.append(f"landed={self.landed!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __str__(self) -> str:
        parts = [f"HTTP {self.status}"]
        if self.code:
            parts.append(self.code)
        parts.append(self.vendor_message or self.message)
        text = ": ".join(parts)
        where = f"{self.method} {self.path}".strip()
        if where:
            text += f" ({where})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class BadRequest(APIStatusError):
    """400: the server rejected the request as invalid."""

    status_code = 400


class Unauthorized(APIStatusError):
    """401: missing, wrong or expired credentials (after one automatic renewal)."""

    status_code = 401


class Forbidden(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""

    status_code = 403


class NotFound(APIStatusError):
    """404: no such resource."""

    status_code = 404


class Conflict(APIStatusError):
    """409: the request conflicts with the resource's current state."""

    status_code = 409


class Gone(APIStatusError):
    """410: the resource existed but is gone for good."""

    status_code = 410


class PreconditionFailed(APIStatusError):
    """412: the ``If-Match`` version is stale; someone else changed the resource.

    Recover by reading the resource again (its new version is in ``time_stamp``/``ETag``) and
    re-applying the change, which is what ``modify`` does.
    """

    status_code = 412

    def __init__(self, message: str, *, if_match: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.if_match = if_match


class UnprocessableEntity(APIStatusError):
    """422: the request was understood but cannot be processed."""

    status_code = 422


class RateLimited(APIStatusError):
    """429 (after retries), or a server-advised wait longer than the client's cap.

    ``retry_after`` is the advised wait in seconds, when the server gave one.
    """

    status_code = 429

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx, or any other status >= 500 (non-IANA ones such as 520 included)."""


class StateError(BillingError):
    """A vendor's object is not in the state the operation expects.

    Raised before the transition is sent, so nothing was written (``landed`` is False).
    """

    landed = False

    def __init__(self, message: str, *, expected: str, actual: str) -> None:
        super().__init__(message, landed=False)
        self.expected = expected
        self.actual = actual


class WebhookSignatureError(BillingError):
    """A webhook notification whose HMAC signature is missing or wrong: ignore its content."""


class CoordinationUnavailable(BillingError):
    """The shared coordination store (``coordination=``, e.g. Redis) was down, slow or refused.

    Raised before the vendor request is sent, so nothing was written (``landed`` is False).
    Pass ``on_unavailable="local"`` to the coordination to pace locally instead.
    """

    landed = False

    def __init__(self, message: str) -> None:
        super().__init__(message, landed=False)


class ReferenceConflict(BillingError):
    """A create names a reference that an existing record already carries, but that record
    differs from the create (another customer or amount): nothing was booked.

    Attributes:
        existing: the vendor's identifier of the record that carries the reference.
        differences: the fields that differ (e.g. ``("customer", "amount")``).
    """

    landed = False

    def __init__(
        self, message: str, *, reference: str, existing: str, differences: tuple[str, ...]
    ) -> None:
        super().__init__(message, landed=False)
        self.reference = reference
        self.existing = existing
        self.differences = differences


class OutcomeUnknown(BillingError):
    """A write may or may not have landed, and the SDK could not find out.

    Raised by the safe-write loop when an answer was lost (timeout, dropped connection, 5xx)
    and the lookup by the write's unique ``reference`` (the vendor field that carries it, or
    the payment a transition acts on) failed or could not decide. ``landed`` is ``None``: look
    the record up by ``reference`` before sending the write again. ``attempts`` is the number
    of sends made.
    """

    landed = None

    def __init__(self, message: str, *, reference: str, attempts: int) -> None:
        super().__init__(message)
        self.reference = reference
        self.attempts = attempts


class WriteNotApplied(BillingError):
    """The server accepted a write, but reading it back shows part of it did not take effect.

    The write itself landed (``landed`` is True: do not send it again); what it should also
    have done did not happen, e.g. a payment created without the allocation to the invoices
    it names, or a payment booked without marking its credit note paid.
    ``field`` names the part that was ignored, ``reference`` the record that was written and
    ``written`` is that record as the server stored it.
    """

    landed = True

    def __init__(self, message: str, *, field: str, reference: str, written: Any = None) -> None:
        super().__init__(message, landed=True)
        self.field = field
        self.reference = reference
        self.written = written


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        Gone,
        PreconditionFailed,
        UnprocessableEntity,
        RateLimited,
    )
    if cls.status_code is not None
}


def error_class_for_status(status: int) -> type[APIStatusError]:
    """The most specific :class:`APIStatusError` subclass for an HTTP status."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return APIStatusError


def status_variants(
    base: type[APIStatusError], prefix: str, doc: str
) -> Callable[[int], type[APIStatusError]]:
    """For a vendor's own error class ``base``, one subclass per status class (``prefix`` +
    the status class's name, e.g. ``NotFound``), so ``except NotFound`` also catches the
    vendor's error that means it; returns the lookup status -> class (``base`` itself for a
    status without a class). ``doc`` is formatted with ``{name}``, the status class's name."""

    def variant(cls: type[APIStatusError]) -> type[APIStatusError]:
        namespace = {"__doc__": doc.format(name=cls.__name__), "__module__": base.__module__}
        made: type[APIStatusError] = type(f"{prefix}{cls.__name__}", (base, cls), namespace)
        return made

    by_status = {status: variant(cls) for status, cls in _BY_STATUS.items()}
    server_error = variant(ServerError)

    def class_for(status: int) -> type[APIStatusError]:
        if status in by_status:
            return by_status[status]
        return server_error if status >= 500 else base

    return class_for


# -- what a vendor's parser hands the engine ------------------------------------------------


@dataclass(frozen=True)
class VendorError:
    """What a vendor's error body says."""

    code: str | None = None
    message: str | None = None
    #: The vendor's own error class for this error, by status (an envelope error, raised even
    #: on HTTP 200, classed by the status its code stands for: ``status_hint``, not the HTTP
    #: status it came with). ``None``: the engine's class for the HTTP status.
    raise_as: Callable[[int], type[APIStatusError]] | None = None
    status_hint: int | None = None


#: Error bodies are short; a parser never reads more than this (a hostile server could send
#: gigabytes).
MAX_ERROR_BODY = 64 * 1024


def error_body(response: httpx.Response) -> bytes | None:
    """The start of an error response's body for a vendor's parser; ``None`` when it is blank
    (a 412, a 503 from a proxy), so the error is classed by its status alone."""
    content = response.content[:MAX_ERROR_BODY]
    return content if content.strip() else None


class ErrorParser(Protocol):
    """Reads a vendor's error body; must never raise."""

    def __call__(self, response: httpx.Response) -> VendorError: ...


class UnknownValueWarning(UserWarning):
    """A response carried an enum value the spec does not list (issued once per field and
    value); the value was kept as a plain ``str`` and the read went on.

    Turn it into an error in a test suite with ``warnings.simplefilter("error",
    UnknownValueWarning)``; silence it with ``"ignore"``.
    """
