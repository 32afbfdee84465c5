"""Visma.net ERP: :class:`VismaClient`, background :class:`Job` objects and the models."""

import typing

from billing_sdk._registry import lazy_exports as _lazy_exports

if typing.TYPE_CHECKING:
    from billing_sdk.visma._actions import Action
    from billing_sdk.visma._background import JobOutcome
    from billing_sdk.visma._client import VismaClient
    from billing_sdk.visma._generated import (
        BackgroundRequestStateDto,
        BackgroundRequestStatus,
        CustomerDocumentTypes,
        CustomerInvoiceDto,
        CustomerInvoiceUpdateDto,
        DocumentStatus,
        PaymentDto,
        PaymentTypes,
        PaymentUpdateDto,
    )
    from billing_sdk.visma._jobs import Job
    from billing_sdk.visma._operations import VismaCall
    from billing_sdk.visma._typed import (
        InvoiceFields,
        InvoiceFilters,
        PaymentFields,
        PaymentFilters,
    )

#: Public names loaded on first use (name -> defining module), so importing this package (or
#: its ``_errors`` module, for an ``except``) does not load the client and its generated code.
_LAZY = {
    "Action": "billing_sdk.visma._actions",
    "VismaClient": "billing_sdk.visma._client",
    "BackgroundRequestStateDto": "billing_sdk.visma._generated",
    "BackgroundRequestStatus": "billing_sdk.visma._generated",
    "CustomerDocumentTypes": "billing_sdk.visma._generated",
    "CustomerInvoiceDto": "billing_sdk.visma._generated",
    "CustomerInvoiceUpdateDto": "billing_sdk.visma._generated",
    "DocumentStatus": "billing_sdk.visma._generated",
    "PaymentDto": "billing_sdk.visma._generated",
    "PaymentTypes": "billing_sdk.visma._generated",
    "PaymentUpdateDto": "billing_sdk.visma._generated",
    "Job": "billing_sdk.visma._jobs",
    "VismaCall": "billing_sdk.visma._operations",
    "JobOutcome": "billing_sdk.visma._background",
    "InvoiceFields": "billing_sdk.visma._typed",
    "InvoiceFilters": "billing_sdk.visma._typed",
    "PaymentFields": "billing_sdk.visma._typed",
    "PaymentFilters": "billing_sdk.visma._typed",
}

__all__ = [
    "Action",
    "BackgroundRequestStateDto",
    "BackgroundRequestStatus",
    "CustomerDocumentTypes",
    "CustomerInvoiceDto",
    "CustomerInvoiceUpdateDto",
    "DocumentStatus",
    "InvoiceFields",
    "InvoiceFilters",
    "Job",
    "JobOutcome",
    "PaymentDto",
    "PaymentFields",
    "PaymentFilters",
    "PaymentTypes",
    "PaymentUpdateDto",
    "VismaCall",
    "VismaClient",
]


__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
