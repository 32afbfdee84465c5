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

import typing

from billing_sdk._registry import lazy_exports as _lazy_exports

if typing.TYPE_CHECKING:
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
        PaymentFields,
        PaymentId,
        PaymentLookup,
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

#: Public names loaded on first use (name -> defining module), so importing this package (or
#: its ``_errors`` module, for an ``except``) does not load the client and its generated code.
_LAZY = {
    "CrmComClient": "billing_sdk.crmcom._client",
    "CODE_STATUS": "billing_sdk.crmcom._errors",
    "CreatablePaymentLifeCycleState": "billing_sdk.crmcom._generated",
    "ErrorCode": "billing_sdk.crmcom._generated",
    "PaymentComplete": "billing_sdk.crmcom._generated",
    "PaymentLifeCycleState": "billing_sdk.crmcom._generated",
    "PaymentShort": "billing_sdk.crmcom._generated",
    "RejectionReason": "billing_sdk.crmcom._generated",
    "RejectionReasonEntry": "billing_sdk.crmcom._generated",
    "AccountsReceivableId": "billing_sdk.crmcom._inputs",
    "BillId": "billing_sdk.crmcom._inputs",
    "CardId": "billing_sdk.crmcom._inputs",
    "CategoryId": "billing_sdk.crmcom._inputs",
    "CurrencyId": "billing_sdk.crmcom._inputs",
    "InvoiceId": "billing_sdk.crmcom._inputs",
    "PaymentFields": "billing_sdk.crmcom._inputs",
    "PaymentId": "billing_sdk.crmcom._inputs",
    "PaymentLookup": "billing_sdk.crmcom._inputs",
    "PaymentMethodId": "billing_sdk.crmcom._inputs",
    "PaymentPreferenceId": "billing_sdk.crmcom._inputs",
    "RejectionReasonId": "billing_sdk.crmcom._inputs",
    "TypeId": "billing_sdk.crmcom._inputs",
    "UnitId": "billing_sdk.crmcom._inputs",
    "UserId": "billing_sdk.crmcom._inputs",
    "WalletId": "billing_sdk.crmcom._inputs",
    "as_decimal": "billing_sdk.crmcom._inputs",
    "Payments": "billing_sdk.crmcom._payments",
}

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
    "PaymentFields",
    "PaymentId",
    "PaymentLifeCycleState",
    "PaymentLookup",
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


__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
