"""The payment-writing request bodies (create, update, pay_bill, pay_invoice, cancel), read.

The spec has checked each body (types, lengths, identifier objects, the semi-optional pair,
the unit alternatives: ``_params.check_body``) before it gets here; this turns it into a
:class:`PaymentInput` for the business rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from billing_sdk.sandbox._crmcom._params import Body, Ident


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
        values[f"udf_string_{i}"] = body.text(f"udf_string_{i}")
    for i in range(1, 5):
        values[f"udf_float_{i}"] = body.float_value(f"udf_float_{i}")
    for i in range(1, 5):
        values[f"udf_date_{i}"] = body.date(f"udf_date_{i}")
    return {name: value for name, value in values.items() if value is not None}


def _received_by(body: Body, values: PaymentInput) -> None:
    values.unit = body.ident("received_by_unit_identifier") or body.ident(
        "received_by_business_unit_identifier"
    )
    values.user = body.ident("received_by_user_identifier")
    values.received_on = body.date("received_on")


def _bill_input(item: Body) -> BillInput:
    ident = item.ident("bill_identifier")
    assert ident is not None  # required by the spec
    return BillInput(
        ident,
        payment_code=item.integer("payment_code"),
        bill_number_check_digit=item.integer("bill_number_check_digit"),
        accounts_receivable_check_digit=item.integer("accounts_receivable_check_digit"),
        bill_amount_check_digit=item.integer("bill_amount_check_digit"),
    )


def _writing(body: Body) -> PaymentInput:
    """Fields shared by create, update, pay_bill and pay_invoice."""
    values = PaymentInput()
    values.accounts_receivable = body.ident("accounts_receivable_identifier")
    values.wallet = body.ident("wallet_identifier")
    values.type = body.ident("type_identifier")
    values.method = body.ident("payment_method_identifier")
    values.category = body.ident("category_identifier")
    _received_by(body, values)
    values.card = body.ident("card_identifier")
    values.preference = body.ident("accounts_receivable_payment_preference_identifier")
    values.notes = body.text("notes")
    values.back_office_code = body.text("back_office_code")
    values.udf = _udf(body)
    values.fields = body.fields_set()
    return values


def parse_create(body: Body) -> PaymentInput:
    values = _writing(body)
    values.life_cycle_state = body.text("life_cycle_state")
    values.amount = body.amount("payment_amount")
    values.currency = body.ident("intended_currency_identifier")
    for item in body.objects("invoices_to_pay_set"):
        ident = Body(item).ident("invoice_identifier")
        assert ident is not None  # required by the spec
        values.invoices.append(ident)
    values.bills = [_bill_input(Body(item)) for item in body.objects("bills_to_pay_set")]
    return values


def parse_update(body: Body) -> PaymentInput:
    values = _writing(body)
    values.payment = body.ident("payment_identifier")
    values.amount = body.amount("payment_amount")
    values.currency = body.ident("intended_currency_identifier")
    return values


def parse_pay_bill(body: Body) -> PaymentInput:
    values = _writing(body)
    values.bill = _bill_input(body)
    return values


def parse_pay_invoice(body: Body) -> PaymentInput:
    # The vendor example also sends life_cycle_state and payment_amount; they are ignored.
    values = _writing(body)
    values.invoice = body.ident("invoice_identifier")
    return values


def parse_cancel(body: Body) -> PaymentInput:
    values = PaymentInput()
    values.payment = body.ident("payment_identifier")
    values.type = body.ident("type_identifier")
    values.category = body.ident("category_identifier")
    values.notes = body.text("notes")
    values.back_office_code = body.text("back_office_code")
    values.issue_reason = body.text("issue_reason")
    values.udf = _udf(body)
    values.fields = body.fields_set()
    return values


def parse_payment_ident(body: Body) -> Ident:
    ident = body.ident("payment_identifier")
    assert ident is not None  # required by the spec
    return ident
