"""The CRM.COM login session: token in, token renewed, token released.

Logs in with username/password/organisation or a web API key (the bare key in Basic auth, as
public integrations send it), puts the token where each operation wants it (query for GET,
body for POST), logs in again once on an invalid/expired token (or an error code outside the
spec's vocabulary that speaks of a token or session), renews a token left unused longer than
``idle_timeout`` (pre-R12 deployments expire idle tokens), and releases the token on close.
The token travels on a copy of each request; every response points back at the request that
holds only :data:`CRMCOM_TOKEN_PLACEHOLDER`.
"""

from __future__ import annotations

import base64
import contextlib
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

import httpx

from billing_sdk import _json
from billing_sdk._auth import NO_AUTH, HttpGetter, _cut_loose, _refused, _SingleFlightToken, _Token
from billing_sdk._constants import TOKEN_REFRESH_MARGIN
from billing_sdk._errors import BillingError, DecodeError, ValidationError
from billing_sdk._transport import REPEATABLE
from billing_sdk.crmcom._errors import envelope_status

#: What the facade passes as ``token`` to generated CRM.COM operations; the session swaps in
#: the real token on the way out, so callers and retries never hold it.
CRMCOM_TOKEN_PLACEHOLDER = "billing-sdk-session-token"
_CRMCOM_TOKEN_ERRORS = frozenset({"INVALID_TOKEN", "EXPIRED_TOKEN"})
#: Words that make an error code outside the spec's vocabulary (which is an assumption: no
#: public source shows CRM.COM's codes) read as "the token is dead": log in again once.
_CRMCOM_TOKEN_WORDS = ("TOKEN", "SESSION", "EXPIRED", "AUTHENTICAT", "UNAUTHORI", "LOGGED")
#: Pre-R12 deployments expire a token after an hour without use; renew before that.
CRMCOM_IDLE_TIMEOUT = 3000.0


@dataclass(frozen=True)
class CrmComLogin:
    """What a login sends: username, password and organisation, or a web API key (and the
    optional business ``unit``). Checked when built, before anything is sent: the one
    credential check of the client and the session."""

    username: str | None = None
    password: str | None = field(default=None, repr=False)
    organisation: str | None = None
    web_api_key: str | None = field(default=None, repr=False)
    unit: str | None = None

    def __post_init__(self) -> None:
        user = (self.username, self.password, self.organisation)
        if self.web_api_key is None and not all(user):
            raise ValidationError(
                "CRM.COM needs username, password and organisation, or a web_api_key"
            )
        if self.web_api_key is not None and not self.web_api_key:
            raise ValidationError("web_api_key must not be empty", field="web_api_key")


class CrmComSession(httpx.Auth):
    """A CRM.COM login session: token in, token renewed, token released."""

    def __init__(
        self,
        *,
        http: HttpGetter,
        base_path: str,
        login: CrmComLogin,
        token_ttl: float = 7200.0,
        idle_timeout: float | None = CRMCOM_IDLE_TIMEOUT,
        known_codes: frozenset[str] = frozenset(),
        margin: float = TOKEN_REFRESH_MARGIN,
    ) -> None:
        self._http = http
        self._base = base_path.rstrip("/")
        self._username = login.username
        self._password = login.password
        self._organisation = login.organisation
        self._web_api_key = login.web_api_key
        self._unit = login.unit
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
        status = envelope_status(response.content)
        code = None if status is None or status.get("code") is None else str(status["code"])
        data = _data(response.content)
        if response.status_code == 200 and code is None:
            raise DecodeError(
                "the CRM.COM login answer is not an envelope",
                method="POST",
                path=response.request.url.path,
                status=response.status_code,
            )
        if response.status_code != 200 or code != "OK" or not isinstance(data, dict):
            _, message = _envelope_error(response)
            raise _refused(response, "the CRM.COM login", code=code, message=message or None)
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
    try:
        status = envelope_status(response.content)
    except httpx.ResponseNotRead:
        return None, ""
    if status is None:
        return None, ""
    code, message = status.get("code"), status.get("message")
    return (str(code) if code is not None else None), str(message or "")[:1000]


def _data(content: bytes) -> Any:
    """The ``data`` of an envelope (``None`` when there is none)."""
    try:
        body = _json.loads(content)
    except ValueError:
        return None
    return body.get("data") if isinstance(body, dict) else None
