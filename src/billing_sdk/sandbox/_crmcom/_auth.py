"""Tokens of the simulated CRM.COM: issue, check, release, absolute expiry, rate limit.

Tokens look like R12+ JWTs (three base64url parts) but carry nothing a client may rely on;
the sandbox only looks them up. They are random (``secrets``) and never logged.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from dataclasses import dataclass

from billing_sdk.sandbox._crmcom._params import is_token_text
from billing_sdk.sandbox._crmcom._settings import CrmComSettings
from billing_sdk.sandbox._crmcom._wire import HTTP_STATUS, ApiError
from billing_sdk.sandbox._ratelimit import FixedWindowLimiter

_JWT_HEADER = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
# Expired tokens are remembered this long (to answer EXPIRED_TOKEN, not INVALID_TOKEN).
_EXPIRED_MEMORY = 24 * 3600.0


@dataclass(frozen=True)
class Session:
    """Who a token belongs to and when it stops working (``time.monotonic`` seconds)."""

    user_id: str
    unit_id: str
    expires_at: float


class TokenStore:
    """Issued tokens plus the per-token rate limiter."""

    def __init__(self, settings: CrmComSettings) -> None:
        self._settings = settings
        self._sessions: dict[str, Session] = {}
        self._static = frozenset(settings.static_tokens)
        self._used: dict[str, float] = {}
        self.limiter = FixedWindowLimiter(settings.rate_limit, settings.rate_window)

    def issue(self, user_id: str, unit_id: str) -> str:
        now = time.monotonic()
        self._forget_expired(now)
        claims = {"iat": int(time.time()), "jti": secrets.token_hex(8)}
        payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
        token = f"{_JWT_HEADER}.{payload}.{secrets.token_urlsafe(32)}"
        self._sessions[token] = Session(user_id, unit_id, now + self._settings.token_ttl)
        self._used[token] = now
        return token

    def check(self, token: object, static_session: Session) -> Session:
        """The session of a usable token (401 INVALID_TOKEN / EXPIRED_TOKEN otherwise)."""
        if not is_token_text(token):
            raise ApiError("INVALID_TOKEN", "The token is malformed")
        assert isinstance(token, str)
        if token in self._static:
            session = static_session
        else:
            found = self._sessions.get(token)
            if found is None:
                raise ApiError("INVALID_TOKEN", "The token is not valid")
            now = time.monotonic()
            idle = self._settings.token_idle_timeout
            if now >= found.expires_at or (
                idle is not None and now - self._used.get(token, now) >= idle
            ):
                raise self._expired()
            self._used[token] = now
            session = found
        state = self.limiter.hit(token)
        if not state.allowed:
            raise ApiError(
                "RATE_LIMITED", "Too many requests", None, {"Retry-After": str(state.retry_after)}
            )
        return session

    def _expired(self) -> ApiError:
        code = self._settings.expired_token_code
        status = self._settings.expired_token_status or HTTP_STATUS.get(code, 200)
        return ApiError(code, "The token has expired", status=status)

    def release(self, token: str) -> None:
        # Static tokens (conformance tests) stay valid whatever a test releases.
        self._sessions.pop(token, None)
        self._used.pop(token, None)

    def _forget_expired(self, now: float) -> None:
        stale = [t for t, s in self._sessions.items() if now - s.expires_at > _EXPIRED_MEMORY]
        for token in stale:
            del self._sessions[token]
            self._used.pop(token, None)
