"""Settings of the simulated Billomat account (credentials, rate limit, body cap)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

#: The real API's quotas (Billomat docs, "rate limiting"): per account and 15-minute window.
REAL_RATE_LIMIT = 300
REAL_APP_RATE_LIMIT = 1000
REAL_RATE_WINDOW = 900.0


@dataclass(frozen=True)
class BillomatSettings:
    """Configuration of the simulated Billomat account.

    The defaults are generous so tests and bulk demos are not throttled. The real API allows
    300 calls per 15-minute window for unregistered apps and 1,000 for a registered app
    (``X-AppId`` + ``X-AppSecret``); :meth:`realistic` returns settings with those numbers.

    Attributes:
        api_key: the only valid API key (``X-BillomatApiKey`` header or ``api_key`` query).
        app_id, app_secret: the registered app; a request sending both moves into the
            app's own (larger) rate-limit bucket. A wrong or half pair counts as unregistered.
        billomat_id: the account's sub-domain; used in the customer-portal links.
        rate_limit: calls per window per API key without valid app credentials.
        app_rate_limit: calls per window with valid app credentials; ``None`` means
            ``rate_limit * 10 / 3`` (the real 1,000 : 300 ratio).
        rate_window: window length in seconds (the real API uses 15 minutes).
        max_body_bytes: request bodies above this size are rejected with 400.
        ignored_create_fields: payment-create fields the simulated account ignores, as a real
            one might: ``mark_credit_note_as_paid`` (the docs type it BOOL 1/0 and no source
            shows how the JSON API reads it). The payment is booked, the credit note stays
            OPEN.
    """

    api_key: str = "sandbox-billomat-key"
    app_id: str = "sandbox-billomat-app"
    app_secret: str = "sandbox-billomat-app-secret"
    billomat_id: str = "sandbox"
    rate_limit: int = 10_000
    app_rate_limit: int | None = None
    rate_window: float = 900.0
    max_body_bytes: int = 1024 * 1024
    ignored_create_fields: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = set(self.ignored_create_fields) - {"mark_credit_note_as_paid"}
        if unknown:
            raise ValueError(f"cannot ignore {sorted(unknown)}: not an ignorable field")
        if not self.api_key:
            raise ValueError("api_key must not be empty")
        if not self.app_id or not self.app_secret:
            raise ValueError("app_id and app_secret must not be empty")
        if self.rate_window <= 0 or not math.isfinite(self.rate_window):
            raise ValueError("rate_window must be a positive number of seconds")
        if self.rate_limit < 1 or (self.app_rate_limit is not None and self.app_rate_limit < 1):
            raise ValueError("rate limits must be at least 1 call per window")
        if self.max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")

    @property
    def effective_app_rate_limit(self) -> int:
        """The limit for calls with valid app credentials."""
        if self.app_rate_limit is not None:
            return self.app_rate_limit
        return self.rate_limit * 10 // 3

    @classmethod
    def realistic(cls, **overrides: Any) -> BillomatSettings:
        """Settings with the real API's quotas: 300 (1,000 with app credentials) per 15 min."""
        base = cls(
            rate_limit=REAL_RATE_LIMIT,
            app_rate_limit=REAL_APP_RATE_LIMIT,
            rate_window=REAL_RATE_WINDOW,
        )
        return replace(base, **overrides)

    def public_credentials(self) -> dict[str, str]:
        """The sandbox's own test credentials, for printing (they guard nothing real)."""
        return {
            "api_key": self.api_key,
            "app_id": self.app_id,
            "app_secret": self.app_secret,
            "billomat_id": self.billomat_id,
        }
