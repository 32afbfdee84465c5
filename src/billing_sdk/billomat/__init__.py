"""Billomat credit-note payments: :class:`BillomatClient` and its typed models."""

import typing

from billing_sdk._registry import lazy_exports as _lazy_exports

if typing.TYPE_CHECKING:
    from billing_sdk.billomat._client import BillomatClient
    from billing_sdk.billomat._generated import CreditNoteStatus, PaymentType, RecordedPaymentType
    from billing_sdk.billomat._models import CreditNote, CreditNotePayment
    from billing_sdk.billomat._resources import CreditNotePaymentFields

#: Public names loaded on first use (name -> defining module), so importing this package (or
#: its ``_errors`` module, for an ``except``) does not load the client and its generated code.
_LAZY = {
    "BillomatClient": "billing_sdk.billomat._client",
    "CreditNoteStatus": "billing_sdk.billomat._generated",
    "PaymentType": "billing_sdk.billomat._generated",
    "RecordedPaymentType": "billing_sdk.billomat._generated",
    "CreditNote": "billing_sdk.billomat._models",
    "CreditNotePayment": "billing_sdk.billomat._models",
    "CreditNotePaymentFields": "billing_sdk.billomat._resources",
}

__all__ = [
    "BillomatClient",
    "CreditNote",
    "CreditNotePayment",
    "CreditNotePaymentFields",
    "CreditNoteStatus",
    "PaymentType",
    "RecordedPaymentType",
]


__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
