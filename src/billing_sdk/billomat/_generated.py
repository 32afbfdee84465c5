"""The one module that imports the generated Billomat client (a regeneration breaks here only)."""

from billing_sdk._errors import UnknownValueWarning
from billing_sdk._generated.billomat_api import Client
from billing_sdk._generated.billomat_api import types as _types
from billing_sdk._generated.billomat_api.api.credit_note_payments import (
    create_credit_note_payment,
    delete_credit_note_payment,
    get_credit_note_payment,
    list_credit_note_payments,
)
from billing_sdk._generated.billomat_api.api.credit_notes import get_credit_note, list_credit_notes
from billing_sdk._generated.billomat_api.models import (
    CreditNote as GenCreditNote,
)
from billing_sdk._generated.billomat_api.models import (
    CreditNoteEnvelope,
    CreditNoteListEnvelope,
    CreditNotePaymentCreate,
    CreditNotePaymentCreateRequest,
    CreditNotePaymentEnvelope,
    CreditNotePaymentListEnvelope,
    CreditNoteStatus,
    PaymentType,
    RecordedPaymentType,
)
from billing_sdk._generated.billomat_api.models import (
    CreditNotePayment as GenCreditNotePayment,
)
from billing_sdk._generated.billomat_api.types import DECIMAL_COMPONENTS, UNSET, Unset

# Unknown enum values in responses are reported under the SDK's own warning category.
_types.unknown_value_category = UnknownValueWarning

__all__ = [
    "DECIMAL_COMPONENTS",
    "UNSET",
    "Client",
    "CreditNoteEnvelope",
    "CreditNoteListEnvelope",
    "CreditNotePaymentCreate",
    "CreditNotePaymentCreateRequest",
    "CreditNotePaymentEnvelope",
    "CreditNotePaymentListEnvelope",
    "CreditNoteStatus",
    "GenCreditNote",
    "GenCreditNotePayment",
    "PaymentType",
    "RecordedPaymentType",
    "Unset",
    "create_credit_note_payment",
    "delete_credit_note_payment",
    "get_credit_note",
    "get_credit_note_payment",
    "list_credit_note_payments",
    "list_credit_notes",
]
