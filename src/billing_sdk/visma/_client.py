"""``VismaClient``: Visma.net ERP customer payments, customer invoices and background jobs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from billing_sdk._auth import StaticBearer
from billing_sdk._client import BaseClient, sandbox_options
from billing_sdk._errors import ValidationError
from billing_sdk._locks import KeyedLock
from billing_sdk.visma._actions import ActionLedger
from billing_sdk.visma._auth import OAuth2ClientCredentials
from billing_sdk.visma._background import BackgroundJobs
from billing_sdk.visma._errors import parse_visma_error
from billing_sdk.visma._generated import Client
from billing_sdk.visma._invoices import CustomerInvoices
from billing_sdk.visma._jobs import JobKind
from billing_sdk.visma._payments import CustomerPayments
from billing_sdk.visma._webhooks import BackgroundWebhooks

if TYPE_CHECKING:
    from billing_sdk.sandbox import Sandbox

DEFAULT_BASE_URL = "https://api.finance.visma.net"
DEFAULT_TOKEN_URL = "https://connect.visma.com/connect/token"
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

    Args:
        base_url: the API origin (default ``https://api.finance.visma.net``).
        client_id, client_secret, tenant_id, scopes, token_url: OAuth2 client credentials.
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
        base_url: str = DEFAULT_BASE_URL,
        client_id: str | None = None,
        client_secret: str | None = None,
        tenant_id: str | None = None,
        scopes: Sequence[str] = DEFAULT_SCOPES,
        token_url: str = DEFAULT_TOKEN_URL,
        token: str | None = None,
        webhook_secret: str | None = None,
        **options: Any,
    ) -> None:
        auth: httpx.Auth
        if token is not None:
            auth = StaticBearer(token)
        elif client_id and client_secret and tenant_id:
            auth = OAuth2ClientCredentials(
                http=lambda: self.http,
                token_url=token_url,
                client_id=client_id,
                client_secret=client_secret,
                tenant_id=tenant_id,
                scopes=scopes,
            )
        else:
            raise ValidationError("give client_id, client_secret and tenant_id, or a token")
        self._job_kinds: dict[str, JobKind[Any]] = {}
        self._write_locks = KeyedLock()
        #: The void body's ``type`` form this server takes (plain first; see ``void``).
        self._void_type_wrapped = False
        #: Reverse/correct calls this client made, by (operation, invoice): sent once.
        self._actions: ActionLedger = ActionLedger()
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
        self.customer_payments = CustomerPayments(self)
        self.customer_invoices = CustomerInvoices(self)
        self.background = BackgroundJobs(self)

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
