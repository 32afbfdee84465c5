"""Visma.net ERP: :class:`VismaClient`, background :class:`Job` objects and the models."""

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
from billing_sdk.visma._typed import InvoiceFields, InvoiceFilters, PaymentFields, PaymentFilters

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
    "VismaClient",
]
