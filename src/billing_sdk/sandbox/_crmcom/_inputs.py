"""The payment-writing request bodies (create, update, pay_bill, pay_invoice, cancel), parsed.

Parsing checks everything the spec's schemas say (types, lengths, identifier objects, the
semi-optional pair, the unit alternatives) before anything is looked up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from billing_sdk.sandbox._crmcom._params import (
    ACCOUNTS_RECEIVABLE_ID,
    BILL_ID,
    CARD_ID,
    CATEGORY_ID,
    CURRENCY_ID,
    INVOICE_ID,
    PAYMENT_ID,
    PAYMENT_METHOD_ID,
    PREFERENCE_ID,
    TYPE_ID,
    UNIT_ID,
    USER_ID,
    WALLET_ID,
    Body,
    Ident,
)
from billing_sdk.sandbox._crmcom._wire import invalid

_PAIR = ("accounts_receivable_identifier", "wallet_identifier")
_UNITS = ("received_by_unit_identifier", "received_by_business_unit_identifier")
_MAX_SET_ITEMS = 100
_MAX_CODE = 9007199254740991


@dataclass
class BillInput:
    """A bill to pay and the R14 payment code / check digits sent with it."""

    ident: Ident
    payment_code: int | None = None
    bill_number_check_digit: int | None = None
    accounts_receivable_check_digit: int | None = None
    bill_amount_check_digit: int | None = None


@dataclass
class PaymentInput:
    """The fields of one payment-writing request; ``None`` means "not sent"."""

    payment: Ident | None = None
    accounts_receivable: Ident | None = None
    wallet: Ident | None = None
    type: Ident | None = None
    category: Ident | None = None
    method: Ident | None = None
    amount: Decimal | None = None
    currency: Ident | None = None
    received_on: datetime | None = None
    user: Ident | None = None
    unit: Ident | None = None
    card: Ident | None = None
    preference: Ident | None = None
    notes: str | None = None
    back_office_code: str | None = None
    issue_reason: str | None = None
    life_cycle_state: str | None = None
    invoice: Ident | None = None
    bill: BillInput | None = None
    invoices: list[Ident] = field(default_factory=list)
    bills: list[BillInput] = field(default_factory=list)
    udf: dict[str, object] = field(default_factory=dict)
    fields: frozenset[str] | None = None


def _udf(body: Body) -> dict[str, object]:
    values: dict[str, object] = {}
    for i in range(1, 9):
        values[f"udf_string_{i}"] = body.notes(f"udf_string_{i}")
    for i in range(1, 5):
        values[f"udf_float_{i}"] = body.float_value(f"udf_float_{i}")
    for i in range(1, 5):
        values[f"udf_date_{i}"] = body.date(f"udf_date_{i}")
    return {name: value for name, value in values.items() if value is not None}


def _pair(body: Body, *, required: bool) -> tuple[Ident | None, Ident | None]:
    account = body.ident(_PAIR[0], ACCOUNTS_RECEIVABLE_ID)
    wallet = body.ident(_PAIR[1], WALLET_ID)
    if account is not None and wallet is not None:
        raise invalid(" / ".join(_PAIR), "are alternatives: send only one of them")
    if required and account is None and wallet is None:
        raise invalid(" / ".join(_PAIR), "one of them is mandatory")
    return account, wallet


def _received_by(body: Body, values: PaymentInput) -> None:
    unit = body.ident(_UNITS[0], UNIT_ID)
    business_unit = body.ident(_UNITS[1], UNIT_ID)
    if unit is not None and business_unit is not None:
        raise invalid(" / ".join(_UNITS), "are alternatives: send only one of them")
    values.unit = unit or business_unit
    values.user = body.ident("received_by_user_identifier", USER_ID)
    values.received_on = body.date("received_on")


def _bill_input(item: Body) -> BillInput:
    ident = item.ident("bill_identifier", BILL_ID, required=True)
    assert ident is not None
    return BillInput(
        ident,
        payment_code=item.integer("payment_code", 0, _MAX_CODE),
        bill_number_check_digit=item.integer("bill_number_check_digit", 0, 99),
        accounts_receivable_check_digit=item.integer("accounts_receivable_check_digit", 0, 99),
        bill_amount_check_digit=item.integer("bill_amount_check_digit", 0, 99),
    )


def _writing(body: Body, *, pair_required: bool, mandatory: bool) -> PaymentInput:
    """Fields shared by create, update, pay_bill and pay_invoice."""
    values = PaymentInput()
    values.accounts_receivable, values.wallet = _pair(body, required=pair_required)
    values.type = body.ident("type_identifier", TYPE_ID, required=mandatory)
    values.method = body.ident("payment_method_identifier", PAYMENT_METHOD_ID, required=mandatory)
    values.category = body.ident("category_identifier", CATEGORY_ID)
    _received_by(body, values)
    values.card = body.ident("card_identifier", CARD_ID)
    values.preference = body.ident(
        "accounts_receivable_payment_preference_identifier", PREFERENCE_ID
    )
    values.notes = body.notes("notes")
    values.back_office_code = body.text("back_office_code")
    values.udf = _udf(body)
    values.fields = body.fields_set()
    return values


def parse_create(body: Body) -> PaymentInput:
    values = _writing(body, pair_required=True, mandatory=True)
    values.life_cycle_state = body.choice("life_cycle_state", ("DRAFT", "POSTED"), required=True)
    values.amount = body.amount("payment_amount", required=True)
    values.currency = body.ident("intended_currency_identifier", CURRENCY_ID)
    for item in body.objects("invoices_to_pay_set", _MAX_SET_ITEMS):
        ident = Body(item).ident("invoice_identifier", INVOICE_ID, required=True)
        assert ident is not None
        values.invoices.append(ident)
    values.bills = [
        _bill_input(Body(item)) for item in body.objects("bills_to_pay_set", _MAX_SET_ITEMS)
    ]
    return values


def parse_update(body: Body) -> PaymentInput:
    values = _writing(body, pair_required=False, mandatory=False)
    values.payment = body.ident("payment_identifier", PAYMENT_ID, required=True)
    values.amount = body.amount("payment_amount")
    values.currency = body.ident("intended_currency_identifier", CURRENCY_ID)
    return values


def parse_pay_bill(body: Body) -> PaymentInput:
    values = _writing(body, pair_required=True, mandatory=True)
    values.bill = _bill_input(body)
    return values


def parse_pay_invoice(body: Body) -> PaymentInput:
    # The vendor example also sends life_cycle_state and payment_amount; they are ignored.
    values = _writing(body, pair_required=True, mandatory=True)
    values.invoice = body.ident("invoice_identifier", INVOICE_ID, required=True)
    return values


def parse_cancel(body: Body) -> PaymentInput:
    values = PaymentInput()
    values.payment = body.ident("payment_identifier", PAYMENT_ID, required=True)
    values.type = body.ident("type_identifier", TYPE_ID, required=True)
    values.category = body.ident("category_identifier", CATEGORY_ID)
    values.notes = body.notes("notes")
    values.back_office_code = body.text("back_office_code")
    values.issue_reason = body.notes("issue_reason")
    values.udf = _udf(body)
    values.fields = body.fields_set()
    return values


def parse_payment_ident(body: Body) -> Ident:
    ident = body.ident("payment_identifier", PAYMENT_ID, required=True)
    assert ident is not None
    return ident
