"""Settings of the simulated Visma.net ERP service (credentials, tenants, timings, limits)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

#: The scopes a Visma.net ERP service integration can be granted (Developer Portal names).
ALL_SCOPES: tuple[str, ...] = (
    "vismanet_erp_service_api:read",
    "vismanet_erp_service_api:create",
    "vismanet_erp_service_api:update",
    "vismanet_erp_service_api:delete",
)

DEFAULT_TENANT_ID = "7e5f3c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b"
DEFAULT_OTHER_TENANT_ID = "9c8b7a6f-5e4d-4c3b-8a29-1f0e0d0c0b0a"
TOKEN_URL_PATH = "/connect/token"


@dataclass(frozen=True)
class VismaSettings:
    """Configuration of the simulated Visma.net ERP service.

    Attributes:
        client_id, client_secret: the only valid client credentials at ``POST /connect/token``.
        tenant_id: the company tenant that holds the large seeded company (the demo company).
        other_tenants: further company tenants, each with its own small, different seeded
            company; a token is bound to one tenant and never sees another tenant's data.
        token_ttl: lifetime of an access token in seconds (``expires_in``).
        scopes: the scopes the client may be granted; a token request without ``scope`` gets
            all of them. GET needs ``:read``, creates ``:create``, PUT and actions ``:update``,
            DELETE ``:delete`` (the spec's x-assumption).
        job_duration: seconds between accepting an ``erp-api-background`` request and running
            it; ``job_durations`` overrides it per operation id.
        job_retention: seconds a finished background job stays readable; then 410.
        job_retry_after_hint: send ``Retry-After`` (seconds until the job is due) on the 202
            and on the state while ``Started``.
        failing_job_operations: operation ids whose background jobs end ``Failed`` (a
            processing error) instead of running, for testing the failure path.
        action_delay: what an ``.../action/...`` call without ``erp-api-background`` does.
            Visma answers these 202 at once with ``{actionId, actionResult: "Queued"}`` and
            runs the action in the background; the sandbox does the same and runs it this
            many seconds later (0: right after the answer, before any later request). The
            document shows when it is done. ``None``: run it inside the call and answer 202
            with the complete result (``actionResult: "Done"``), as a fast server might.
        void_type_form: which form of the void body's ``type`` the simulated server takes:
            ``"either"``, ``"plain"`` (``{"type": "Payment"}``, the vendor schema) or
            ``"wrapped"`` (``{"type": {"value": "Payment"}}``, what a public client sends).
            The other form is refused with 400 naming ``type``.
        job_response_headers: how a finished job's state reports the inner response headers:
            ``"sent"`` (an object), ``"omitted"`` (no key) or ``"null"`` (``null``, as in a
            state from a real company). Clients must not need them.
        payments_max_page_size, invoices_max_page_size: the forced-paging maximum of the two
            list endpoints (reported in every item's ``metadata.maxPageSize``).
        default_page_size: page size when a list request sends none; ``None`` means the
            endpoint's maximum.
        rate_limit, rate_window: requests per window per tenant and client (policy
            ``4-fixed-window``); the default is generous so headers look real but nothing
            throttles. ``rate_limit <= 0`` switches limiting (and its headers) off.
        webhook_url: the Developer-Portal webhook subscription that ``erp-api-background:
            subscription[...]`` notifies; ``None`` means no subscription is set up.
        webhook_secret: the subscription secret; notifications carry
            ``X-Vwd-Signature-V1: base64(HMAC-SHA256(secret, raw body))``.
        webhook_timeout: seconds a webhook POST may take before it is abandoned.
        webhook_payload: the notification's shape. No public sample exists: ``"full"`` is
            the sandbox's own (``event``, ids, status, locations); ``"documented"`` only
            what the vendor's text promises, "a reference id, status code and a details
            state location" (``referenceId``, ``statusCode``, ``stateLocation``).
        max_body_bytes: request bodies above this size are refused with 400.
    """

    client_id: str = "sandbox-client"
    client_secret: str = "sandbox-client-secret"
    tenant_id: str = DEFAULT_TENANT_ID
    other_tenants: tuple[str, ...] = (DEFAULT_OTHER_TENANT_ID,)
    token_ttl: float = 3600.0
    scopes: tuple[str, ...] = ALL_SCOPES
    job_duration: float = 0.5
    job_durations: Mapping[str, float] = field(default_factory=dict)
    job_retention: float = 86400.0
    job_retry_after_hint: bool = True
    failing_job_operations: frozenset[str] = frozenset()
    action_delay: float | None = 0.0
    job_response_headers: Literal["sent", "omitted", "null"] = "sent"
    void_type_form: Literal["either", "plain", "wrapped"] = "either"
    payments_max_page_size: int = 100
    invoices_max_page_size: int = 50
    default_page_size: int | None = None
    rate_limit: int = 100_000
    rate_window: float = 3600.0
    webhook_url: str | None = None
    webhook_secret: str = "sandbox-webhook-secret"
    webhook_timeout: float = 5.0
    webhook_payload: Literal["full", "documented"] = "full"
    max_body_bytes: int = 1024 * 1024

    def __post_init__(self) -> None:
        if not self.client_id or not self.client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        tenants = self.all_tenants
        if any(not t for t in tenants) or len(set(tenants)) != len(tenants):
            raise ValueError("tenant ids must be non-empty and distinct")
        unknown = set(self.scopes) - set(ALL_SCOPES)
        if unknown:
            raise ValueError(f"unknown scopes: {sorted(unknown)}")
        durations = [self.token_ttl, self.job_duration, self.job_retention, self.rate_window]
        durations += [self.webhook_timeout, *self.job_durations.values()]
        if self.action_delay is not None:
            durations.append(self.action_delay)
        if self.webhook_payload not in ("full", "documented"):
            raise ValueError("webhook_payload must be 'full' or 'documented'")
        if self.void_type_form not in ("either", "plain", "wrapped"):
            raise ValueError("void_type_form must be 'either', 'plain' or 'wrapped'")
        if self.job_response_headers not in ("sent", "omitted", "null"):
            raise ValueError("job_response_headers must be 'sent', 'omitted' or 'null'")
        if any(not math.isfinite(d) or d < 0 for d in durations):
            raise ValueError("durations must be finite and not negative")
        if self.token_ttl <= 0 or self.rate_window <= 0 or self.webhook_timeout <= 0:
            raise ValueError("token_ttl, rate_window and webhook_timeout must be positive")
        if min(self.payments_max_page_size, self.invoices_max_page_size) < 1:
            raise ValueError("max page sizes must be at least 1")
        if self.default_page_size is not None and self.default_page_size < 1:
            raise ValueError("default_page_size must be at least 1")
        if self.max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")

    @property
    def all_tenants(self) -> tuple[str, ...]:
        """The seeded company tenant first, then the others."""
        return (self.tenant_id, *self.other_tenants)

    def duration_of(self, operation_id: str) -> float:
        """How long a background job of ``operation_id`` waits before it runs."""
        return self.job_durations.get(operation_id, self.job_duration)

    def public_credentials(self) -> dict[str, str]:
        """The sandbox's own test credentials, for printing (they guard nothing real)."""
        return {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "tenant_id": self.tenant_id,
            "token_url_path": TOKEN_URL_PATH,
        }
