"""Settings of the simulated CRM.COM: credentials, token life time, rate limit, body cap."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: The spec's ``Token`` pattern; static tokens must be usable as real ones.
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9._~+/=-]+$")
#: R12+ tokens expire 2 hours after issue, whether used or not.
DEFAULT_TOKEN_TTL = 7200.0
DEFAULT_MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class CrmComSettings:
    """Configuration of the simulated CRM.COM (every field has a sandbox-friendly default).

    Attributes:
        username, password, organisation: the login of ``authentication/token``.
        web_api_key: the key of ``authentication/web_api_key/token`` (HTTP Basic user name).
        token_ttl: seconds a token lives after issue (absolute expiry, as from R12).
        rate_limit: requests allowed per ``rate_window`` seconds per token; 0 switches it off.
        rate_window: length of a rate-limit window in seconds.
        max_body_bytes: larger request bodies are refused with 400 INVALID_PARAMETER.
        static_tokens: tokens that are always valid (conformance tests only; never expire,
            release has no effect on them).
    """

    username: str = "sandbox"
    password: str = field(default="sandbox-password", repr=False)
    organisation: str = "Sandbox Ltd"
    web_api_key: str = field(default="5A4D1C2B3E6F47808192A3B4C5D6E7F8", repr=False)
    token_ttl: float = DEFAULT_TOKEN_TTL
    rate_limit: int = 0
    rate_window: float = 1.0
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    static_tokens: tuple[str, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if not (self.username and self.password and self.organisation and self.web_api_key):
            raise ValueError("CRM.COM credentials must not be empty")
        if ":" in self.web_api_key:
            raise ValueError("the web API key travels as an HTTP Basic user name: no ':' allowed")
        if self.token_ttl <= 0 or self.rate_window <= 0 or self.max_body_bytes <= 0:
            raise ValueError("token_ttl, rate_window and max_body_bytes must be positive")
        if self.rate_limit < 0:
            raise ValueError("rate_limit must be 0 (off) or positive")
        for token in self.static_tokens:
            if not TOKEN_PATTERN.search(token) or len(token) > 4096:
                raise ValueError("static tokens must match the spec's Token pattern")

    def public_credentials(self) -> dict[str, str]:
        """The sandbox's own test credentials, for printing (they protect nothing real)."""
        return {
            "username": self.username,
            "password": self.password,
            "organisation": self.organisation,
            "web_api_key": self.web_api_key,
        }
