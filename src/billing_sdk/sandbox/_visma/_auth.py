"""Visma Connect, simulated: the client-credentials token endpoint and bearer-token checks.

``POST /connect/token`` takes ``application/x-www-form-urlencoded`` (JSON is refused, as the
real endpoint does) with ``grant_type=client_credentials``, the client credentials (form
fields or HTTP Basic, not both), ``tenant_id`` (which company the token opens) and an optional
space-separated ``scope``. Errors use the OAuth 2 shape ``{"error", "error_description"}``.
A token is bound to one tenant: every API call with it sees that company only.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import secrets
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from billing_sdk.sandbox._visma._http import VismaError, read_body
from billing_sdk.sandbox._visma._settings import VismaSettings

_DENIED = "Authorization has been denied for this request."
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Token:
    """An issued access token."""

    value: str
    tenant: str
    client_id: str
    scopes: frozenset[str]
    expires_at: float

    def allows(self, scope: str) -> bool:
        return f"vismanet_erp_service_api:{scope}" in self.scopes


def _oauth_error(status: int, error: str, description: str, basic: bool = False) -> Response:
    headers = {"Cache-Control": "no-store", "Pragma": "no-cache"}
    if status == 401 and basic:
        headers["WWW-Authenticate"] = 'Basic realm="connect"'
    body = json.dumps({"error": error, "error_description": description})
    return Response(body, status, headers=headers, media_type="application/json")


class TokenIssuer:
    """Issues and checks the sandbox's access tokens (kept in memory, expired ones dropped)."""

    def __init__(self, settings: VismaSettings) -> None:
        self.settings = settings
        self._tokens: dict[str, Token] = {}

    def issue(self, tenant: str | None = None, scopes: tuple[str, ...] | None = None) -> Token:
        """A new token for ``tenant`` (default: the seeded company) with ``scopes``."""
        now = time.monotonic()
        self._tokens = {k: t for k, t in self._tokens.items() if t.expires_at > now}
        token = Token(
            value=secrets.token_urlsafe(32),
            tenant=tenant or self.settings.tenant_id,
            client_id=self.settings.client_id,
            scopes=frozenset(self.settings.scopes if scopes is None else scopes),
            expires_at=now + self.settings.token_ttl,
        )
        self._tokens[token.value] = token
        return token

    def authenticate(self, authorization: str | None) -> Token:
        """The live token named by an ``Authorization: Bearer`` header, else 401."""
        scheme, _, value = (authorization or "").partition(" ")
        value = value.strip()
        if scheme.lower() != "bearer" or not value:
            raise VismaError(401, _DENIED, {"WWW-Authenticate": "Bearer"})
        token = self._tokens.get(value)
        if token is None or token.expires_at <= time.monotonic():
            raise VismaError(401, _DENIED, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return token

    async def endpoint(self, request: Request) -> Response:
        """``POST /connect/token``."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != _FORM:
            return _oauth_error(
                400, "invalid_request", f"The token request must be {_FORM} (not JSON)."
            )
        try:
            body = await read_body(request, min(self.settings.max_body_bytes, 65536))
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except VismaError as exc:
            return _oauth_error(400, "invalid_request", exc.message)
        except UnicodeDecodeError:
            return _oauth_error(400, "invalid_request", "The form must be UTF-8.")
        form: dict[str, str] = {}
        for key, value in pairs:
            if key in form:
                return _oauth_error(400, "invalid_request", f"Parameter {key} is repeated.")
            form[key] = value
        return self._grant(form, request.headers.get("authorization"))

    def _grant(self, form: dict[str, str], authorization: str | None) -> Response:
        basic = authorization is not None
        if basic:
            if "client_id" in form or "client_secret" in form:
                return _oauth_error(
                    400, "invalid_request", "Send client credentials once (Basic or form)."
                )
            credentials = _basic(authorization or "")
            if credentials is None:
                return _oauth_error(401, "invalid_client", "Malformed Basic credentials.", True)
            client_id, client_secret = credentials
        else:
            client_id, client_secret = form.get("client_id", ""), form.get("client_secret", "")
        grant_type = form.get("grant_type")
        if not grant_type:
            return _oauth_error(400, "invalid_request", "grant_type is required.")
        if grant_type != "client_credentials":
            return _oauth_error(
                400, "unsupported_grant_type", "Only client_credentials is supported."
            )
        expected = (self.settings.client_id, self.settings.client_secret)
        if not (_same(client_id, expected[0]) & _same(client_secret, expected[1])):
            return _oauth_error(401, "invalid_client", "Unknown client or wrong secret.", basic)
        tenant = form.get("tenant_id", "")
        if not tenant:
            return _oauth_error(400, "invalid_request", "tenant_id is required.")
        if tenant not in self.settings.all_tenants:
            return _oauth_error(
                401, "unauthorized_client", f"The client has no access to tenant {tenant[:64]}."
            )
        requested = tuple(form.get("scope", "").split()) or self.settings.scopes
        refused = sorted(set(requested) - set(self.settings.scopes))
        if refused:
            return _oauth_error(400, "invalid_scope", f"Scope not allowed: {' '.join(refused)}.")
        token = self.issue(tenant, tuple(dict.fromkeys(requested)))
        body = {
            "access_token": token.value,
            "token_type": "Bearer",
            "expires_in": math.ceil(self.settings.token_ttl),
            "scope": " ".join(dict.fromkeys(requested)),
        }
        headers = {"Cache-Control": "no-store", "Pragma": "no-cache"}
        return Response(json.dumps(body), 200, headers=headers, media_type="application/json")


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None
