"""Contains all the data models used in inputs/outputs"""

from .credit_note import CreditNote
from .credit_note_envelope import CreditNoteEnvelope
from .credit_note_list_envelope import CreditNoteListEnvelope
from .credit_note_page import CreditNotePage
from .credit_note_payment import CreditNotePayment
from .credit_note_payment_create import CreditNotePaymentCreate
from .credit_note_payment_create_request import CreditNotePaymentCreateRequest
from .credit_note_payment_envelope import CreditNotePaymentEnvelope
from .credit_note_payment_list_envelope import CreditNotePaymentListEnvelope
from .credit_note_payment_page import CreditNotePaymentPage
from .credit_note_status import CreditNoteStatus
from .error_messages import ErrorMessages
from .error_response import ErrorResponse
from .net_gross import NetGross
from .payment_type import PaymentType
from .recorded_payment_type import RecordedPaymentType
from .response_format import ResponseFormat

__all__ = (
    "CreditNote",
    "CreditNoteEnvelope",
    "CreditNoteListEnvelope",
    "CreditNotePage",
    "CreditNotePayment",
    "CreditNotePaymentCreate",
    "CreditNotePaymentCreateRequest",
    "CreditNotePaymentEnvelope",
    "CreditNotePaymentListEnvelope",
    "CreditNotePaymentPage",
    "CreditNoteStatus",
    "ErrorMessages",
    "ErrorResponse",
    "NetGross",
    "PaymentType",
    "RecordedPaymentType",
    "ResponseFormat",
)
