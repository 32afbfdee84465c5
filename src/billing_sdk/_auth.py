"""The shared machinery of credentials, as ``httpx.Auth`` flows on the client's one httpx client.

Each vendor's own flow (a token grant, a login session, API-key headers) lives in its vendor
package and is built from the pieces here:

* :class:`_SingleFlightToken`: a cached token renewed shortly before it expires, fetched by
  exactly one request however many calls wait for it, renewed again after a rejection.
* :func:`_credential` / :func:`header_safe`: the one check that a credential (given by the caller
  or handed out by the server) can travel in a header.
* :func:`_cut_loose`, :func:`_take_off`: no secret stays reachable from a response or an error.
* :func:`_refused`: the typed error for a failed token request or login.
* :class:`StaticBearer`: a bearer token the caller manages.

Token requests go through the same client (and so the same pacing, deadlines and size cap)
with auth switched off for themselves (:data:`NO_AUTH`). They are retried like a GET under the
client's policy (``Resend.REPEATABLE``): a token request or a login only issues another token,
so a 5xx, a dropped connection or a timeout on it must not fail the call that needed the token
(the transport never re-sends an ordinary POST after those).

No secret appears in a repr, a log line or an error, and none stays reachable from a response
or an error: the flows put a credential on a request only for as long as it is sent (the
header comes off again, a token in a query or body travels on a copy, and every response points
back at the request without it), a token response and a login answer are cut loose from the
request that carried the client secret or the password, and failures are raised without
chaining the library's exception. A token the server hands out that could not travel in a
header (control characters, non-ASCII) is refused as ``DecodeError`` when it arrives.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from billing_sdk import _headers, _json
from billing_sdk._errors import (
    APIStatusError,
    Unauthorized,
    ValidationError,
    error_class_for_status,
)

HttpGetter = Callable[[], httpx.AsyncClient]


class _NoAuth(httpx.Auth):
    """Used for the token requests themselves."""


NO_AUTH = _NoAuth()


@dataclass
class _Token:
    value: str = field(repr=False)
    expires_at: float  # time.monotonic() deadline

    def usable(self, margin: float) -> bool:
        return time.monotonic() < self.expires_at - margin

    @functools.cached_property
    def bearer(self) -> bytes:
        """The ``Authorization`` value, as the header's bytes (the value is visible ASCII)."""
        return b"Bearer " + self.value.encode("ascii")


class _SingleFlightToken:
    """A cached token renewed by one fetch at a time, however many callers need it."""

    def __init__(self, fetch: Callable[[], Any], margin: float) -> None:
        self._fetch = fetch
        #: Seconds before its expiry a token counts as due for renewal.
        self.margin = margin
        self._lock = anyio.Lock()
        self.current: _Token | None = None
        self.fetches = 0

    def cached(self) -> _Token | None:
        """The current token if it is usable now (no renewal needed), else ``None``."""
        token = self.current
        if token is not None and token.usable(self.margin):
            return token
        return None

    async def get(self) -> _Token:
        token = self.cached()
        if token is not None:
            return token
        async with self._lock:
            token = self.current
            if token is not None and token.usable(self.margin):
                return token
            return await self._renew()

    async def renew_if_current(self, stale: _Token) -> _Token:
        """Renew after a rejection, unless another caller already did."""
        async with self._lock:
            if self.current is not None and self.current is not stale:
                return self.current
            return await self._renew()

    async def _renew(self) -> _Token:
        self.fetches += 1
        token: _Token = await self._fetch()
        self.current = token
        return token

    def forget(self) -> _Token | None:
        token, self.current = self.current, None
        return token


#: A token or key that can travel in a header: visible ASCII, no spaces or control characters.
_HEADER_TOKEN = re.compile(r"[\x21-\x7e]+")


def header_safe(value: str) -> bool:
    """Can ``value`` be sent as a credential in a header (``Bearer <value>``, an API key)?"""
    return isinstance(value, str) and _HEADER_TOKEN.fullmatch(value) is not None


def _credential(value: str, field: str) -> str:
    """A credential the caller gave, refused before anything is sent if it cannot travel."""
    if not header_safe(value):
        raise ValidationError(
            f"{field} must be visible ASCII without spaces or control characters", field=field
        )
    return value


def _cut_loose(response: httpx.Response) -> httpx.Response:
    """``response`` without the request that carried a secret (the client secret, the
    password, the web API key): it stays for method and path only."""
    response.request = httpx.Request(response.request.method, response.request.url.copy_with())
    return response


def _refused(
    response: httpx.Response,
    what: str,
    *,
    code: str | None = None,
    message: str | None = None,
) -> APIStatusError:
    """The error for a failed token request, classed by its status (401/400 -> Unauthorized).

    ``code`` and ``message`` are what the vendor's own parser read from the body; without them
    the body is read as an OAuth2 error (``error``, ``error_description``) or ``message``.
    """
    if code is None and message is None:
        try:
            body = _json.loads(response.content)
            if isinstance(body, dict):
                message = body.get("error_description") or body.get("message")
                code = body.get("error")
        except ValueError:
            pass
    http_status = response.status_code
    # A rejected login answers 400/401 (OAuth2 invalid_client is a 400); anything else is what
    # its status says (429 after retries, 5xx), not a verdict on the credentials.
    cls = Unauthorized if http_status in (200, 400, 401) else error_class_for_status(http_status)
    return cls(
        f"{what} was refused" if cls is Unauthorized else f"{what} failed",
        method=response.request.method,
        path=response.request.url.path,
        status=http_status,
        code=str(code) if code else None,
        vendor_message=str(message) if message else None,
        landed=False,
    )


class HeldCredential(httpx.Auth):
    """A flow whose usual case the engine runs without its generator.

    While the flow holds a usable credential (a cached token), putting it on the request,
    sending, and taking it off again is all its generator would do; the engine's direct route
    (``_engine._sent``) then does exactly that through :meth:`attach`, :meth:`rejects` and
    :meth:`detach`, and hands a rejected answer to :meth:`renewed`, the rest of the flow. The
    flow itself (``async_auth_flow``) stays what ``http.send`` and every other case run; a
    subclass that overrides it gets no shortcut (:meth:`attach` returns ``None``).
    """

    def attach(self, request: httpx.Request) -> object | None:
        """Put the held credential on ``request``; return it, or ``None`` (and change
        nothing) when the flow has to run (no usable credential, an overridden flow)."""
        return None

    def rejects(self, response: httpx.Response) -> bool:
        """Whether the flow would act on ``response`` (renew and send again)."""
        return False

    def renewed(
        self, request: httpx.Request, held: object
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The flow from a rejection of ``held`` on: what it sends next, and the credential
        taken off at the end."""
        raise NotImplementedError

    def detach(self, request: httpx.Request, response: httpx.Response | None) -> None:
        """Take the credential off ``request`` once it has been answered."""


#: ``Authorization``'s lower-case name, as ``httpx.Headers`` keeps it.
_AUTHORIZATION = (b"authorization",)


def put_authorization(request: httpx.Request, value: bytes) -> None:
    """``request.headers["Authorization"] = value`` for a value that is bytes already: the
    first ``Authorization`` header replaced (any others dropped), or one appended."""
    items = request.headers._list
    header = (b"Authorization", b"authorization", value)
    for _, lower, _ in items:  # (a loop, not a comprehension: it runs on every request)
        if lower == b"authorization":
            break
    else:
        items.append(header)  # the usual case: the request carries none yet
        return
    found = [i for i, (_, lower, _) in enumerate(items) if lower == b"authorization"]
    for index in reversed(found[1:]):
        del items[index]
    items[found[0]] = header


class StaticBearer(httpx.Auth):
    """A bearer token the caller obtained and renews itself."""

    def __init__(self, token: str) -> None:
        self._token = _credential(token, "token")

    def __repr__(self) -> str:
        return "StaticBearer(token=***)"

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {self._token}"
        response: httpx.Response | None = None
        try:
            response = yield request
        finally:
            _take_off(("Authorization",), request, response)


def _take_off(names: tuple[str, ...], request: httpx.Request, response: Any) -> None:
    """Remove the credential headers from the request once it has been answered, and from
    the requests of any redirects followed on the way (they carry copies)."""
    lowered = (
        _AUTHORIZATION
        if names == ("Authorization",)
        else [name.lower().encode("ascii") for name in names]
    )
    _headers.remove(request.headers, lowered)
    if not isinstance(response, httpx.Response):
        return
    response.next_request = None  # a redirect not followed: httpx built it with them
    answered = response._request  # (``response.request``, which raises when unset)
    if answered is not None and answered is not request:
        _headers.remove(answered.headers, lowered)
    for earlier in response.history:
        if earlier.request is not request:
            _headers.remove(earlier.request.headers, lowered)
