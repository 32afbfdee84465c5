"""CRM.COM payments: :class:`CrmComClient` and the models its calls return.

Calls return the generated models taken out of CRM.COM's ``status/data`` envelope:
:class:`PaymentComplete` (show, list, get_latest), :class:`PaymentShort` (every write) and
:class:`RejectionReasonEntry`. A non-OK envelope raises :class:`~billing_sdk.CrmComError`
(also an instance of the status class its code stands for, e.g. ``NotFound``), even when
CRM.COM sent it with HTTP 200. Amounts arrive as floats in the generated models;
:func:`as_decimal` gives back the exact decimal that was on the wire.

Identifier arguments are TypedDicts with exactly one field given (``AccountsReceivableId``:
``{"number": "AR0001"}``), so mypy catches a misspelt field.
"""

from billing_sdk.crmcom._client import CrmComClient
from billing_sdk.crmcom._errors import CODE_STATUS
from billing_sdk.crmcom._generated import (
    CreatablePaymentLifeCycleState,
    ErrorCode,
    PaymentComplete,
    PaymentLifeCycleState,
    PaymentShort,
    RejectionReason,
    RejectionReasonEntry,
)
from billing_sdk.crmcom._inputs import (
    AccountsReceivableId,
    BillId,
    CardId,
    CategoryId,
    CurrencyId,
    InvoiceId,
    PaymentId,
    PaymentMethodId,
    PaymentPreferenceId,
    RejectionReasonId,
    TypeId,
    UnitId,
    UserId,
    WalletId,
    as_decimal,
)
from billing_sdk.crmcom._payments import Payments

__all__ = [
    "CODE_STATUS",
    "AccountsReceivableId",
    "BillId",
    "CardId",
    "CategoryId",
    "CreatablePaymentLifeCycleState",
    "CrmComClient",
    "CurrencyId",
    "ErrorCode",
    "InvoiceId",
    "PaymentComplete",
    "PaymentId",
    "PaymentLifeCycleState",
    "PaymentMethodId",
    "PaymentPreferenceId",
    "PaymentShort",
    "Payments",
    "RejectionReason",
    "RejectionReasonEntry",
    "RejectionReasonId",
    "TypeId",
    "UnitId",
    "UserId",
    "WalletId",
    "as_decimal",
]
