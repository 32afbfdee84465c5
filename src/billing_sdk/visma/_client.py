"""``VismaClient``: Visma.net ERP customer payments, customer invoices and background jobs."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from billing_sdk._auth import StaticBearer
from billing_sdk._client import BaseClient, sandbox_options
from billing_sdk._environment import require, setting
from billing_sdk._locks import KeyedLock
from billing_sdk.visma._actions import ActionLedger
from billing_sdk.visma._auth import OAuth2ClientCredentials
from billing_sdk.visma._background import BackgroundJobs
from billing_sdk.visma._context import Learned, VismaContext
from billing_sdk.visma._environment import (
    VISMA_DEFAULT_BASE_URL,
    VISMA_DEFAULT_TOKEN_URL,
    VISMA_ENV,
    visma_token_url,
)
from billing_sdk.visma._errors import parse_visma_error
from billing_sdk.visma._generated import Client
from billing_sdk.visma._invoices import CustomerInvoices
from billing_sdk.visma._payments import CustomerPayments
from billing_sdk.visma._webhooks import BackgroundWebhooks

if TYPE_CHECKING:
    from billing_sdk.sandbox import Sandbox

DEFAULT_BASE_URL = VISMA_DEFAULT_BASE_URL
DEFAULT_TOKEN_URL = VISMA_DEFAULT_TOKEN_URL
DEFAULT_SCOPES = (
    "vismanet_erp_service_api:read",
    "vismanet_erp_service_api:create",
    "vismanet_erp_service_api:update",
    "vismanet_erp_service_api:delete",
)


class VismaClient(BaseClient):
    """Async client for Visma.net ERP (CustomerPayment, CustomerInvoice, Background).

    Authenticate with OAuth2 client credentials (``client_id``, ``client_secret``,
    ``tenant_id``; the token is fetched once, shared and renewed before it expires) or with a
    ``token`` you manage yourself.

    Every argument left out is read from the environment, with the names the CLI uses:
    ``VISMA_BASE_URL``, ``VISMA_CLIENT_ID``, ``VISMA_CLIENT_SECRET``, ``VISMA_TENANT_ID``,
    ``VISMA_TOKEN_URL``; what is still missing raises :class:`~billing_sdk.ConfigurationError`
    naming the argument and its variable.

    Args:
        base_url: the API origin (default ``https://api.finance.visma.net``).
        client_id, client_secret, tenant_id, scopes, token_url: OAuth2 client credentials
            (``token_url`` defaults to Visma Connect's, or the sandbox's for a loopback
            ``base_url``).
        token: a static bearer token instead of client credentials.
        webhook_secret: the secret of your webhook subscription, to verify background-job
            notifications (``background="subscription"`` calls then finish without polling).
        options: the shared client options (``BaseClient``): ``timeout``,
            ``attempt_timeout``, ``call_timeout``, ``max_response_bytes``, ``limits``,
            ``retry``, ``transport``, ``allow_insecure_http``, ...

    Example::

        async with VismaClient(client_id=..., client_secret=..., tenant_id=...) as visma:
            invoice = await visma.customer_invoices.get("000123")
    """

    _vendor = "visma"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        tenant_id: str | None = None,
        scopes: Sequence[str] = DEFAULT_SCOPES,
        token_url: str | None = None,
        token: str | None = None,
        webhook_secret: str | None = None,
        **options: Any,
    ) -> None:
        base_url = setting(VISMA_ENV, "base_url", base_url) or DEFAULT_BASE_URL
        auth: httpx.Auth
        if token is not None:
            auth = StaticBearer(token)
        else:
            client_id = setting(VISMA_ENV, "client_id", client_id)
            client_secret = setting(VISMA_ENV, "client_secret", client_secret)
            tenant_id = setting(VISMA_ENV, "tenant_id", tenant_id)
            require(
                "VismaClient",
                VISMA_ENV,
                {"client_id": client_id, "client_secret": client_secret, "tenant_id": tenant_id},
                hint=" (or pass token=...)",
            )
            assert client_id and client_secret and tenant_id  # checked by require()
            auth = OAuth2ClientCredentials(
                http=lambda: self.http,
                token_url=visma_token_url(base_url, token_url),
                client_id=client_id,
                client_secret=client_secret,
                tenant_id=tenant_id,
                scopes=scopes,
            )
        # The budget Visma counts: per company (tenant) and client; a static token stands
        # for its own (hashed: the name goes into shared keys).
        if options.get("account") is None:
            options["account"] = (
                f"visma:{tenant_id}:{client_id}"
                if token is None
                else "visma:token:" + hashlib.sha256(token.encode()).hexdigest()[:16]
            )
        # Shared by the client and its ``with_options`` views (see ``VismaContext``).
        self._write_locks = KeyedLock()
        self._actions: ActionLedger = ActionLedger()
        self._learned = Learned()
        super().__init__(
            base_url=base_url,
            generated_client=Client(base_url=base_url),
            parse_error=parse_visma_error,
            auth=auth,
            **options,
        )
        self.auth = auth
        #: Background-job notifications (webhook mode); mount ``webhooks.asgi_app``.
        self.webhooks = BackgroundWebhooks(webhook_secret)
        self._bind_resources()

    def _bind_resources(self) -> None:
        #: The account's durable record of started jobs (``background.resume_all``).
        self.job_registry = self.coordination.jobs(self.account)
        self.webhooks.relay = self.job_registry
        shared = (self._write_locks, self._actions, self._learned)
        context = VismaContext(self._engine, self.webhooks, self.job_registry, *shared)
        self._context = context
        self.customer_payments = CustomerPayments(context)
        self.customer_invoices = CustomerInvoices(context)
        self.background = BackgroundJobs(context)

    @classmethod
    def for_sandbox(cls, sandbox: Sandbox, **options: Any) -> VismaClient:
        """A client for the embedded sandbox (in-process, or its loopback server if running)."""
        creds = sandbox.visma.settings.public_credentials()
        sandbox_options(sandbox, options)
        return cls(
            base_url=sandbox.base_url,
            client_id=creds["client_id"],
            client_secret=creds["client_secret"],
            tenant_id=creds["tenant_id"],
            token_url=sandbox.base_url + creds["token_url_path"],
            **options,
        )
