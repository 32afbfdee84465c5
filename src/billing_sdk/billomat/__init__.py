"""Billomat credit-note payments: :class:`BillomatClient` and its typed models."""

from billing_sdk.billomat._client import BillomatClient
from billing_sdk.billomat._generated import CreditNoteStatus, PaymentType, RecordedPaymentType
from billing_sdk.billomat._models import CreditNote, CreditNotePayment

__all__ = [
    "BillomatClient",
    "CreditNote",
    "CreditNotePayment",
    "CreditNoteStatus",
    "PaymentType",
    "RecordedPaymentType",
]
