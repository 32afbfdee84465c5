"""The request DTOs of ``openapi/visma-erp.yaml``, as :mod:`._validate` specs, and the enums.

Numbers carry the limits the spec gives them (``Amount``, ``ExchangeRate``, ``Quantity``,
``UnitPrice``, ``Percent``), read from the generated client: the SDK checks the same ones.
"""

from __future__ import annotations

from billing_sdk._generated.visma_erp_api.types import DECIMAL_COMPONENTS
from billing_sdk.sandbox._visma._validate import (
    AnyOf,
    Arr,
    Bool,
    DateTime,
    Enum,
    Int32,
    Nullable,
    Num,
    Obj,
    Spec,
    Str,
    Uuid,
    Wrap,
)

PAYMENT_TYPES = (
    "Payment",
    "CreditNote",
    "Prepayment",
    "Refund",
    "VoidPayment",
    "SmallBalanceWo",
    "VoidRefund",
    "Undefined",
)
DOCUMENT_STATUSES = (
    "Hold",
    "Balanced",
    "Voided",
    "Scheduled",
    "Open",
    "Closed",
    "PendingPrint",
    "PendingEmail",
    "CreditHold",
    "CcHold",
    "Reserved",
)
DOCUMENT_TYPES = (
    "Invoice",
    "DebitNote",
    "CreditNote",
    "Payment",
    "VoidPayment",
    "Prepayment",
    "Refund",
    "FinCharge",
    "SmallBalanceWo",
    "SmallCreditWo",
    "CashSale",
    "CashReturn",
    "Undefined",
    "NoUpdate",
)
LINE_OPERATIONS = ("Insert", "Update", "Delete")
DATE_CONDITIONS = (">", "<", ">=", "<=")
RUT_ROT_TYPES = ("Rut", "Rot")
ITEM_TYPES = ("Service", "MaterialCost", "OtherCost")


def _s() -> Spec:
    return Wrap(Str())


def _amount() -> Spec:
    return Wrap(Num(DECIMAL_COMPONENTS["Amount"]))


def _rate() -> Spec:
    return Wrap(Num(DECIMAL_COMPONENTS["ExchangeRate"]))


def _opt_amount() -> Spec:
    return Wrap(Nullable(Num(DECIMAL_COMPONENTS["Amount"])))


def _b() -> Spec:
    return Wrap(Bool())


def _opt_b() -> Spec:
    return Wrap(Nullable(Bool()))


PAYMENT_LINE = Obj(
    {
        "operation": Enum(LINE_OPERATIONS),
        "documentType": Wrap(Enum(DOCUMENT_TYPES)),
        "refNbr": _s(),
        "amountPaid": _amount(),
        "cashDiscountTaken": _amount(),
        "balanceWriteOff": _amount(),
        "writeOffReasonCode": _s(),
        "crossRate": _rate(),
    }
)

PAYMENT_UPDATE = Obj(
    {
        "referenceNumber": _s(),
        "type": Wrap(Enum(PAYMENT_TYPES)),
        "hold": _b(),
        "applicationDate": Wrap(DateTime()),
        "applicationPeriod": _s(),
        "paymentRef": _s(),
        "customer": _s(),
        "location": _s(),
        "paymentMethod": _s(),
        "cashAccount": _s(),
        "currency": _s(),
        "paymentAmount": _amount(),
        "invoiceText": _s(),
        "branch": _s(),
        "overrideNumberSeries": _b(),
        "ordersToApply": Arr(
            Obj(
                {
                    "operation": Enum(LINE_OPERATIONS),
                    "orderType": _s(),
                    "orderNumber": _s(),
                    "appliedToOrder": _amount(),
                }
            )
        ),
        "financeCharges": Arr(
            Obj(
                {
                    "operation": Enum(LINE_OPERATIONS),
                    "entryType": _s(),
                    "offsetAccount": _s(),
                    "offsetSubAccount": _s(),
                    "description": _s(),
                    "amount": _amount(),
                    "lineNbr": Wrap(Int32()),
                }
            )
        ),
        "paymentLines": Arr(PAYMENT_LINE),
    }
)

RELEASE_PAYMENT = Obj({"type": Wrap(Nullable(Enum(PAYMENT_TYPES)))})

#: The vendor schema has ``type`` unwrapped; clients send it wrapped: both are accepted.
VOID_PAYMENT = Obj(
    {
        "type": AnyOf(Enum(PAYMENT_TYPES), Wrap(Nullable(Enum(PAYMENT_TYPES)))),
        "returnVoidPayment": Bool(),
    }
)

REVERSE_INVOICE = Obj({"returnCreditNote": Bool()})

INVOICE_LINE = Obj(
    {
        "operation": Enum(LINE_OPERATIONS),
        "lineNumber": Wrap(Int32()),
        "inventoryNumber": _s(),
        "description": _s(),
        "quantity": Wrap(Num(DECIMAL_COMPONENTS["Quantity"])),
        "unitPriceInCurrency": Wrap(Num(DECIMAL_COMPONENTS["UnitPrice"])),
        "manualAmountInCurrency": _amount(),
        "accountNumber": _s(),
        "vatCodeId": _s(),
        "uom": _s(),
        "discountPercent": Wrap(Num(DECIMAL_COMPONENTS["Percent"])),
        "discountAmountInCurrency": _amount(),
        "manualDiscount": _b(),
        "subaccount": Arr(Obj({"segmentId": Int32(), "segmentValue": Str()})),
        "salesperson": _s(),
        "deferralSchedule": Wrap(Int32()),
        "deferralCode": _s(),
        "discountCode": _s(),
        "termStartDate": Wrap(DateTime()),
        "termEndDate": Wrap(DateTime()),
        "note": _s(),
        "branchNumber": _s(),
        "taskId": _s(),
        "domesticServicesDeductible": _opt_b(),
        "itemType": Wrap(Enum(ITEM_TYPES)),
        "typeOfWork": _s(),
        "startDate": Wrap(Nullable(DateTime())),
        "endDate": Wrap(Nullable(DateTime())),
    }
)

ROT_RUT_UPDATE = Obj(
    {
        "distributedAutomaticaly": _opt_b(),
        "type": Wrap(Nullable(Enum(RUT_ROT_TYPES))),
        "appartment": _s(),
        "estate": _s(),
        "organizationNbr": _s(),
        "distribution": Arr(
            Obj(
                {
                    "operation": Enum(LINE_OPERATIONS),
                    "lineNbr": Wrap(Nullable(Int32())),
                    "personalId": _s(),
                    "amount": _opt_amount(),
                    "extra": _opt_b(),
                }
            )
        ),
    }
)

#: Simple string fields of CustomerInvoiceUpdateDto (stored as-is on the invoice).
INVOICE_TEXT_FIELDS = (
    "childCustomerNumber",
    "customerRefNumber",
    "externalReference",
    "paymentReference",
    "customerProject",
    "project",
    "customerVatZoneId",
    "invoiceText",
    "locationId",
    "note",
    "salesperson",
    "accountingCostRef",
    "originatorDocRef",
    "contractDocRef",
    "debtCollectionCaseNbr",
    "debtCollectionCaseStatus",
    "debtCollectionCaseType",
    "debtCollectionCaseUrl",
    "creditTermsId",
    "paymentMethodId",
    "cashAccount",
)
INVOICE_FLAG_FIELDS = ("revoked", "dontPrint", "dontEmail", "excludeDebtCollection")
INVOICE_OPTIONAL_FLAG_FIELDS = (
    "sendToAutoInvoice",
    "consolidateInvoices",
    "domesticServicesDeductibleDocument",
)

INVOICE_UPDATE = Obj(
    {
        **{name: _s() for name in INVOICE_TEXT_FIELDS},
        **{name: _b() for name in INVOICE_FLAG_FIELDS},
        **{name: _opt_b() for name in INVOICE_OPTIONAL_FLAG_FIELDS},
        "customerNumber": _s(),
        "referenceNumber": _s(),
        "overrideNumberSeries": _b(),
        "documentDate": Wrap(DateTime()),
        "origInvoiceDate": Wrap(DateTime()),
        "documentDueDate": Wrap(DateTime()),
        "cashDiscountDate": Wrap(DateTime()),
        "hold": _b(),
        "postPeriod": _s(),
        "financialPeriod": _s(),
        "currencyId": _s(),
        "exchangeRate": _rate(),
        "branchNumber": _s(),
        "salesPersonID": Wrap(Int32()),
        "contact": Wrap(Nullable(Int32())),
        "startDate": Wrap(Nullable(DateTime())),
        "endDate": Wrap(Nullable(DateTime())),
        "directDebitMandateId": Wrap(Nullable(Uuid())),
        "billingAddress": Wrap(
            Obj(
                {
                    "overrideAddress": _opt_b(),
                    **{
                        name: _s()
                        for name in (
                            "addressLine1",
                            "addressLine2",
                            "addressLine3",
                            "postalCode",
                            "city",
                            "countryId",
                            "county",
                        )
                    },
                }
            )
        ),
        "invoiceContact": Wrap(
            Obj(
                {
                    "overrideContact": _opt_b(),
                    **{name: _s() for name in ("name", "attention", "email", "phone1")},
                }
            )
        ),
        "rotRutDetails": ROT_RUT_UPDATE,
        "taxDetailLines": Arr(
            Obj(
                {
                    "taxId": _s(),
                    "taxableAmount": _opt_amount(),
                    "vatAmount": _opt_amount(),
                    "expenseAmount": _opt_amount(),
                }
            )
        ),
        "invoiceLines": Arr(INVOICE_LINE),
    }
)

ATTACHMENT_METADATA = Obj(
    {"includeAttachmentInvoiceEmail": Bool(), "sendToAutoinvoice": Wrap(Bool())}
)
