"""Credentials that renew themselves, as ``httpx.Auth`` flows on the client's one httpx client.

* :class:`OAuth2ClientCredentials` (Visma): form-encoded client-credentials grant with
  ``tenant_id``; the token is cached, renewed shortly before it expires, fetched by exactly one
  request however many calls wait for it, and renewed once more if the API answers 401.
* :class:`StaticBearer` (Visma, a token the caller manages).
* :class:`CrmComSession` (CRM.COM): logs in with username/password/organisation or a web API
  key (the bare key in Basic auth, as public integrations send it), puts the token where each
  operation wants it (query for GET, body for POST), logs in again once on an invalid/expired
  token (or an error code outside the spec's vocabulary that speaks of a token or session),
  renews a token left unused longer than ``idle_timeout`` (pre-R12 deployments expire idle
  tokens), and releases the token on close.
* :class:`ApiKeyHeaders` (Billomat): ``X-BillomatApiKey`` and optional app credentials.

Token requests go through the same client (and so the same pacing, deadlines and size cap)
with auth switched off for themselves. They are retried like a GET under the client's policy
(``Resend.REPEATABLE``): a token request or a login only issues another token, so a 5xx, a
dropped connection or a timeout on it must not fail the call that needed the token (the
transport never re-sends an ordinary POST after those).

No secret appears in a repr, a log line or an error, and none stays reachable from a response
or an error: the flows put a credential on a request only for as long as it is sent (the
header comes off again, the CRM.COM token travels on a copy, and every response points back at
the request without it), a token response and a login answer are cut loose from the request
that carried the client secret or the password, and failures are raised without chaining the
library's exception. A token the server hands out that could not travel in a header (control
characters, non-ASCII) is refused as ``DecodeError`` when it arrives.
"""

from __future__ import annotations

import base64
import contextlib
import re
import time
from collections.abc import AsyncGenerator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from billing_sdk import _json
from billing_sdk._constants import TOKEN_REFRESH_MARGIN
from billing_sdk._errors import (
    APIStatusError,
    BillingError,
    DecodeError,
    Unauthorized,
    ValidationError,
    error_class_for_status,
)
from billing_sdk._transport import REPEATABLE

HttpGetter = Callable[[], httpx.AsyncClient]

#: What the facade passes as ``token`` to generated CRM.COM operations; the session swaps in
#: the real token on the way out, so callers and retries never hold it.
CRMCOM_TOKEN_PLACEHOLDER = "billing-sdk-session-token"
_CRMCOM_TOKEN_ERRORS = frozenset({"INVALID_TOKEN", "EXPIRED_TOKEN"})
#: Words that make an error code outside the spec's vocabulary (which is an assumption: no
#: public source shows CRM.COM's codes) read as "the token is dead": log in again once.
_CRMCOM_TOKEN_WORDS = ("TOKEN", "SESSION", "EXPIRED", "AUTHENTICAT", "UNAUTHORI", "LOGGED")
#: Pre-R12 deployments expire a token after an hour without use; renew before that.
CRMCOM_IDLE_TIMEOUT = 3000.0


class _NoAuth(httpx.Auth):
    """Used for the token requests themselves."""


NO_AUTH = _NoAuth()


@dataclass
class _Token:
    value: str = field(repr=False)
    expires_at: float  # time.monotonic() deadline

    def usable(self, margin: float) -> bool:
        return time.monotonic() < self.expires_at - margin


class _SingleFlightToken:
    """A cached token renewed by one fetch at a time, however many callers need it."""

    def __init__(self, fetch: Callable[[], Any], margin: float) -> None:
        self._fetch = fetch
        self._margin = margin
        self._lock = anyio.Lock()
        self.current: _Token | None = None
        self.fetches = 0

    async def get(self) -> _Token:
        token = self.current
        if token is not None and token.usable(self._margin):
            return token
        async with self._lock:
            token = self.current
            if token is not None and token.usable(self._margin):
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


def _refused(response: httpx.Response, what: str) -> APIStatusError:
    """The error for a failed token request, classed by its status (401/400 -> Unauthorized)."""
    message = code = None
    try:
        body = _json.loads(response.content)
        if isinstance(body, dict):
            message = body.get("error_description") or body.get("message")
            code = body.get("error")
            status = body.get("status")
            if isinstance(status, dict):
                message, code = status.get("message"), status.get("code")
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


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials grant (Visma Connect), renewed before expiry and on 401."""

    def __init__(
        self,
        *,
        http: HttpGetter,
        token_url: str,
        client_id: str,
        client_secret: str,
        tenant_id: str,
        scopes: Sequence[str] = (),
        margin: float = TOKEN_REFRESH_MARGIN,
    ) -> None:
        self._http = http
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._tenant_id = tenant_id
        self._scopes = tuple(scopes)
        self.tokens = _SingleFlightToken(self._fetch, margin)

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self._client_id!r}, secret=***)"

    async def _post_form(self) -> httpx.Response:
        """The token request; the answer comes back cut loose from the form it sent."""
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "tenant_id": self._tenant_id,
        }
        if self._scopes:
            form["scope"] = " ".join(self._scopes)
        response = await self._http().post(
            self._token_url, data=form, auth=NO_AUTH, extensions=REPEATABLE.extensions()
        )
        return _cut_loose(response)

    async def _fetch(self) -> _Token:
        response = await self._post_form()
        if response.status_code != 200:
            error = _refused(response, "the OAuth2 token request")
            if error.code == "invalid_scope":
                # Scopes are granted per app in the developer portal; asking for one the app
                # lacks fails every call, so say which were asked for and how to change them.
                hint = (
                    f"asked for {' '.join(self._scopes) or 'the default scopes'}; pass "
                    "scopes=[...] with only the scopes your app was granted"
                )
                error.message = f"the OAuth2 token request was refused: {hint}"
                error.vendor_message = f"{error.vendor_message or 'invalid_scope'} ({hint})"
            raise error
        token = _access_token(response.content)
        if token is None:
            raise DecodeError(
                "the OAuth2 token response is not valid (no usable access_token)",
                method="POST",
                path=response.request.url.path,
                status=response.status_code,
            )
        return token

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self.tokens.get()
        request.headers["Authorization"] = f"Bearer {token.value}"
        response: httpx.Response | None = None
        try:
            response = yield request
            if response.status_code == 401:
                token = await self.tokens.renew_if_current(token)
                request.headers["Authorization"] = f"Bearer {token.value}"
                response = yield request
        finally:
            # The request (and so every response and error that points at it) keeps no token.
            _take_off(("Authorization",), request, response)


def _access_token(content: bytes) -> _Token | None:
    """The token of a token response, or ``None`` when it has none that could be sent."""
    try:
        body = _json.loads(content)
        value = body["access_token"]
        lifetime = float(body.get("expires_in", 3600))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not header_safe(value) or not lifetime > 0:
        return None
    return _Token(value, time.monotonic() + min(lifetime, 10 * 365 * 86400.0))


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


class ApiKeyHeaders(httpx.Auth):
    """Billomat: ``X-BillomatApiKey`` plus optional ``X-AppId``/``X-AppSecret``."""

    def __init__(self, api_key: str, app_id: str | None = None, app_secret: str | None = None):
        self._headers = {"X-BillomatApiKey": _credential(api_key, "api_key")}
        if app_id and app_secret:
            self._headers |= {
                "X-AppId": _credential(app_id, "app_id"),
                "X-AppSecret": _credential(app_secret, "app_secret"),
            }
        self._names = tuple(self._headers)

    def __repr__(self) -> str:
        return "ApiKeyHeaders(api_key=***)"

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers.update(self._headers)
        response: httpx.Response | None = None
        try:
            response = yield request
        finally:
            _take_off(self._names, request, response)


def _take_off(names: tuple[str, ...], request: httpx.Request, response: Any) -> None:
    """Remove the credential headers from the request once it has been answered, and from
    the requests of any redirects followed on the way (they carry copies)."""
    for name in names:
        request.headers.pop(name, None)
    if not isinstance(response, httpx.Response):
        return
    response.next_request = None  # a redirect not followed: httpx built it with them
    for sent in (response.request, *(r.request for r in response.history)):
        if sent is not request:
            for name in names:
                sent.headers.pop(name, None)


class CrmComSession(httpx.Auth):
    """A CRM.COM login session: token in, token renewed, token released."""

    def __init__(
        self,
        *,
        http: HttpGetter,
        base_path: str,
        username: str | None = None,
        password: str | None = None,
        organisation: str | None = None,
        web_api_key: str | None = None,
        unit: str | None = None,
        token_ttl: float = 7200.0,
        idle_timeout: float | None = CRMCOM_IDLE_TIMEOUT,
        known_codes: frozenset[str] = frozenset(),
        margin: float = TOKEN_REFRESH_MARGIN,
    ) -> None:
        if web_api_key is None and not (username and password and organisation):
            raise ValidationError(
                "CRM.COM needs username, password and organisation, or a web API key"
            )
        self._http = http
        self._base = base_path.rstrip("/")
        self._username = username
        self._password = password
        self._organisation = organisation
        self._web_api_key = web_api_key
        self._unit = unit
        self._ttl = token_ttl
        self._idle_timeout = idle_timeout
        self._known_codes = known_codes
        self._last_used = 0.0
        self.tokens = _SingleFlightToken(self._login, min(margin, token_ttl / 4))

    def __repr__(self) -> str:
        who = self._username or "web-api-key"
        return f"CrmComSession(user={who!r}, secret=***)"

    async def _post_login(self) -> httpx.Response:
        """The login; the answer comes back cut loose from the password or key it sent."""
        extra: dict[str, Any] = {"unit": self._unit} if self._unit else {}
        if self._web_api_key is not None:
            # The key alone, no colon: what both public integrations send (the wiki's "user
            # name with an empty password" would be "<key>:", which a server reading the
            # whole decoded text as the key refuses).
            basic = base64.b64encode(self._web_api_key.encode()).decode()
            response = await self._http().post(
                f"{self._base}/authentication/web_api_key/token",
                json=extra,
                headers={"Authorization": f"Basic {basic}"},
                auth=NO_AUTH,
                extensions=REPEATABLE.extensions(),
            )
        else:
            body = {
                "username": self._username,
                "password": self._password,
                "organisation": self._organisation,
                **extra,
            }
            response = await self._http().post(
                f"{self._base}/authentication/token",
                json=body,
                auth=NO_AUTH,
                extensions=REPEATABLE.extensions(),
            )
        return _cut_loose(response)

    async def _login(self) -> _Token:
        response = await self._post_login()
        code, data = _envelope(response)
        if response.status_code == 200 and code is None:
            raise DecodeError(
                "the CRM.COM login answer is not an envelope",
                method="POST",
                path=response.request.url.path,
                status=response.status_code,
            )
        if response.status_code != 200 or code != "OK" or not isinstance(data, dict):
            raise _refused(response, "the CRM.COM login")
        token = data.get("token")
        if not isinstance(token, str) or not token or len(token) > _MAX_TOKEN:
            raise DecodeError(
                "the CRM.COM login returned no usable token",
                method="POST",
                path=response.request.url.path,
                status=response.status_code,
            )
        return _Token(token, time.monotonic() + self._ttl)

    async def release(self) -> None:
        """Make the current token unusable on the server (best effort, on close)."""
        token = self.tokens.forget()
        if token is None:
            return
        # Best effort: the token expires on its own; closing must not fail because of it.
        with contextlib.suppress(httpx.HTTPError, BillingError):
            await self._http().post(
                f"{self._base}/authentication/token/release",
                json={"token": token.value},
                auth=NO_AUTH,
                extensions=REPEATABLE.extensions(),
            )

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # The token travels on a copy; every response points back at ``request``, which
        # holds the placeholder only.
        token = await self.tokens.get()
        idle = self._idle_timeout
        if idle is not None and self._last_used and time.monotonic() - self._last_used > idle:
            token = await self.tokens.renew_if_current(token)
        self._last_used = time.monotonic()
        response = yield _with_token(request, token.value)
        _point_back(response, request)
        # Overriding async_auth_flow bypasses `requires_response_body`: read it ourselves,
        # since CRM.COM may report a dead token in an HTTP 200 envelope.
        await response.aread()
        code, message = _envelope_error(response)
        if response.status_code == 401 or self._token_rejected(code, message):
            token = await self.tokens.renew_if_current(token)
            self._last_used = time.monotonic()
            response = yield _with_token(request, token.value)
            _point_back(response, request)

    def _token_rejected(self, code: str | None, message: str) -> bool:
        """Whether a non-OK envelope says the token is dead: the spec's two codes, or a code
        outside the spec's vocabulary whose code or message speaks of a token or session
        (a deployment may name it differently; re-sending a refused call is safe)."""
        if code is None or code == "OK":
            return False
        if code in _CRMCOM_TOKEN_ERRORS:
            return True
        if code in self._known_codes:
            return False
        text = f"{code} {message}".upper()
        return any(word in text for word in _CRMCOM_TOKEN_WORDS)


#: Longer than any session token; a "token" this long is not one.
_MAX_TOKEN = 4096


def _point_back(response: httpx.Response, request: httpx.Request) -> None:
    """Make ``response`` (and the redirects before it) refer to ``request``, not to the copy
    that carried the token."""
    response.request = request
    response.next_request = None  # a redirect not followed: httpx built it with the token
    for earlier in response.history:
        earlier.request = request


def _with_token(request: httpx.Request, token: str) -> httpx.Request:
    """A copy of the request with the session token where CRM.COM expects it."""
    if request.method == "GET":
        if "token" not in request.url.params:
            return request
        url = request.url.copy_set_param("token", token)
        return httpx.Request(
            request.method, url, headers=request.headers, extensions=request.extensions
        )
    content = request.content
    if not content:
        return request
    try:
        body = _json.loads(content)  # exact: the body carries amounts
    except ValueError:
        return request
    if not isinstance(body, dict) or "token" not in body:
        return request
    body["token"] = token
    headers = httpx.Headers(request.headers)
    headers.pop("content-length", None)
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        content=_json.dumps(body).encode(),
        extensions=request.extensions,
    )


def _envelope_error(response: httpx.Response) -> tuple[str | None, str]:
    """(status.code, status.message) of a CRM.COM envelope; (None, "") when it is not one."""
    status = _status(response)
    if status is None:
        return None, ""
    code, message = status.get("code"), status.get("message")
    return (str(code) if code is not None else None), str(message or "")[:1000]


def _status(response: httpx.Response) -> dict[str, Any] | None:
    """The ``status`` object of a CRM.COM envelope, or ``None`` when it is not one."""
    try:
        body = _json.loads(response.content)
    except (ValueError, httpx.ResponseNotRead):
        return None
    if not isinstance(body, dict) or not isinstance(body.get("status"), dict):
        return None
    status: dict[str, Any] = body["status"]
    return status


def _envelope(response: httpx.Response) -> tuple[str | None, Any]:
    """(status.code, data) of a CRM.COM envelope, or (None, None) when it is not one."""
    try:
        body = _json.loads(response.content)
    except (ValueError, httpx.ResponseNotRead):
        return None, None
    if not isinstance(body, dict) or not isinstance(body.get("status"), dict):
        return None, None
    code = body["status"].get("code")
    return (str(code) if code is not None else None), body.get("data")
