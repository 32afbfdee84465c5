"""Settings of the simulated CRM.COM: credentials, token life time, rate limit, body cap."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: The spec's ``Token`` pattern; static tokens must be usable as real ones.
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9._~+/=-]+$")
#: R12+ tokens expire 2 hours after issue, whether used or not.
DEFAULT_TOKEN_TTL = 7200.0
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: ``payments/list`` parameters no public source confirms; a deployment may ignore them.
IGNORABLE_LIST_PARAMETERS = frozenset({"number_of_results", "offset", "life_cycle_state"})
#: Create fields whose names the vendor page lost (the spec's names are assumptions).
IGNORABLE_CREATE_FIELDS = frozenset({"invoices_to_pay_set", "bills_to_pay_set"})


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
        token_idle_timeout: seconds a token may go unused before it expires, as on pre-R12
            deployments (one hour there); ``None``: only the absolute ``token_ttl`` applies.
        expired_token_code, expired_token_status: how an expired token is reported. The
            spec's error vocabulary is an assumption (no public source shows the codes), so a
            deployment may say it another way, e.g. ``("SESSION_EXPIRED", 200)``: a non-OK
            envelope under HTTP 200. ``expired_token_status`` ``None`` means the code's own
            status (200 for a code outside the vocabulary).
        ignored_list_parameters: ``payments/list`` parameters the simulated deployment
            ignores, as a real one may (no public source shows paging or a life-cycle filter
            for this method): ``number_of_results``, ``offset``, ``life_cycle_state``. With
            both paging parameters ignored every request returns the whole list.
        ignored_create_fields: create fields the simulated deployment ignores, as a real one
            does with fields it does not know (their names are lost in the vendor page):
            ``invoices_to_pay_set``, ``bills_to_pay_set``. The payment is created without the
            allocation.
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
    token_idle_timeout: float | None = None
    expired_token_code: str = "EXPIRED_TOKEN"
    expired_token_status: int | None = None
    ignored_list_parameters: frozenset[str] = frozenset()
    ignored_create_fields: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not (self.username and self.password and self.organisation and self.web_api_key):
            raise ValueError("CRM.COM credentials must not be empty")
        if ":" in self.web_api_key:
            raise ValueError("the web API key travels as an HTTP Basic user name: no ':' allowed")
        if self.token_ttl <= 0 or self.rate_window <= 0 or self.max_body_bytes <= 0:
            raise ValueError("token_ttl, rate_window and max_body_bytes must be positive")
        if self.rate_limit < 0:
            raise ValueError("rate_limit must be 0 (off) or positive")
        if self.token_idle_timeout is not None and self.token_idle_timeout <= 0:
            raise ValueError("token_idle_timeout must be positive (or None)")
        if not re.fullmatch(r"[A-Z][A-Z0-9_]{0,99}", self.expired_token_code):
            raise ValueError("expired_token_code must be an upper-case error code")
        if self.expired_token_status is not None and not 200 <= self.expired_token_status < 600:
            raise ValueError("expired_token_status must be an HTTP status")
        unknown = set(self.ignored_list_parameters) - IGNORABLE_LIST_PARAMETERS
        unknown |= set(self.ignored_create_fields) - IGNORABLE_CREATE_FIELDS
        if unknown:
            raise ValueError(f"cannot ignore {sorted(unknown)}: not an ignorable parameter")
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
