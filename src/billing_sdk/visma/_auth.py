"""Visma Connect's OAuth2 client-credentials grant, renewed before expiry and on 401.

A form-encoded grant with ``tenant_id``; the token is cached, renewed shortly before it
expires, fetched by exactly one request however many calls wait for it, and renewed once more
if the API answers 401 (:class:`billing_sdk._auth._SingleFlightToken`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Sequence

import httpx

from billing_sdk import _json
from billing_sdk._auth import (
    NO_AUTH,
    HeldCredential,
    HttpGetter,
    _cut_loose,
    _refused,
    _SingleFlightToken,
    _take_off,
    _Token,
    header_safe,
    put_authorization,
)
from billing_sdk._constants import TOKEN_REFRESH_MARGIN
from billing_sdk._errors import DecodeError
from billing_sdk._transport import REPEATABLE


class OAuth2ClientCredentials(HeldCredential):
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
        put_authorization(request, token.bearer)
        response: httpx.Response | None = None
        try:
            response = yield request
            if self.rejects(response):
                token = await self.tokens.renew_if_current(token)
                put_authorization(request, token.bearer)
                response = yield request
        finally:
            # The request (and so every response and error that points at it) keeps no token.
            _take_off(("Authorization",), request, response)

    # The flow above, its usual case run by the engine without the generator (HeldCredential).

    def attach(self, request: httpx.Request) -> _Token | None:
        if type(self).async_auth_flow is not OAuth2ClientCredentials.async_auth_flow:
            return None  # a subclass's own flow runs as it is
        token = self.tokens.current
        if token is None or not token.usable(self.tokens.margin):
            return None  # none yet, or due for renewal: the flow fetches one
        put_authorization(request, token.bearer)
        return token

    def rejects(self, response: httpx.Response) -> bool:
        return response.status_code == 401

    async def renewed(
        self, request: httpx.Request, held: object
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        assert isinstance(held, _Token)
        response: httpx.Response | None = None
        try:
            token = await self.tokens.renew_if_current(held)
            put_authorization(request, token.bearer)
            response = yield request
        finally:
            _take_off(("Authorization",), request, response)

    def detach(self, request: httpx.Request, response: httpx.Response | None) -> None:
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
