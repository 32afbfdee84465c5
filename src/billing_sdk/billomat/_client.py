"""``BillomatClient``: the Billomat credit-note payments API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from billing_sdk._client import BaseClient, sandbox_options
from billing_sdk._environment import require, setting
from billing_sdk.billomat._auth import ApiKeyHeaders
from billing_sdk.billomat._environment import BILLOMAT_ENV
from billing_sdk.billomat._errors import parse_billomat_error
from billing_sdk.billomat._generated import Client
from billing_sdk.billomat._resources import CreditNotePayments, CreditNotes

if TYPE_CHECKING:
    from billing_sdk.sandbox import Sandbox


class BillomatClient(BaseClient):
    """Async client for Billomat credit-note payments.

    ``base_url`` and ``api_key`` fall back to ``BILLOMAT_BASE_URL`` and ``BILLOMAT_API_KEY``
    (the CLI's names); what is still missing raises :class:`~billing_sdk.ConfigurationError`.

    Args:
        base_url: ``https://<billomat-id>.billomat.net``.
        api_key: sent as ``X-BillomatApiKey`` (never in the URL, never logged).
        app_id, app_secret: optional registered-app credentials (higher rate limit).
        options: the shared client options (``BaseClient``): ``timeout``,
            ``attempt_timeout``, ``call_timeout``, ``max_response_bytes``, ``limits``,
            ``retry``, ``transport``, ``allow_insecure_http``, ...

    Use it as an async context manager::

        async with BillomatClient(base_url=..., api_key=...) as billomat:
            async for payment in billomat.credit_note_payments.list(credit_note_id=1):
                print(payment.amount)
    """

    _vendor = "billomat"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        app_id: str | None = None,
        app_secret: str | None = None,
        **options: Any,
    ) -> None:
        base_url = setting(BILLOMAT_ENV, "base_url", base_url)
        api_key = setting(BILLOMAT_ENV, "api_key", api_key)
        require("BillomatClient", BILLOMAT_ENV, {"base_url": base_url, "api_key": api_key})
        assert base_url and api_key  # checked by require()
        super().__init__(
            base_url=base_url,
            generated_client=Client(base_url=base_url),
            parse_error=parse_billomat_error,
            auth=ApiKeyHeaders(api_key, app_id, app_secret),
            **options,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.credit_note_payments = CreditNotePayments(self._engine)
        self.credit_notes = CreditNotes(self._engine)

    @classmethod
    def for_sandbox(cls, sandbox: Sandbox, **options: Any) -> BillomatClient:
        """A client for the embedded sandbox (in-process, or its loopback server if running)."""
        creds = sandbox.billomat.settings.public_credentials()
        sandbox_options(sandbox, options)
        return cls(base_url=sandbox.base_url, api_key=creds["api_key"], **options)
