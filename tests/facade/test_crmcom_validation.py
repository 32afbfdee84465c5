"""CRM.COM input that can never be valid raises ValidationError and sends nothing at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
import respx

from billing_sdk._errors import ValidationError
from billing_sdk.crmcom import CrmComClient, PaymentShort
from billing_sdk.crmcom._inputs import wire_fields
from billing_sdk.crmcom._payments import Payments
from tests._specs import load

BASE = "https://crm.example.test"
AR = {"number": "AR0001"}
CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
BILL = {"bill": {"number": "B7"}, "accounts_receivable": {"number": "AR1"}, **CASH}

Call = Callable[[Payments], Awaitable[Any]]


def _create(**changes: Any) -> Call:
    kwargs: dict[str, Any] = {"accounts_receivable": AR, "amount": Decimal("10"), **CASH}
    kwargs.update(changes)
    return lambda p: p.create(**{k: v for k, v in kwargs.items() if v is not ...})


def _pay_bill(**changes: Any) -> Call:
    return lambda p: p.pay_bill(**{**BILL, **changes})


def _list(**kwargs: Any) -> Call:
    async def consume(p: Payments) -> None:
        async for _ in p.list(**kwargs):
            pass

    return consume


CASES: dict[str, Call] = {
    # identifier objects: exactly one known field, a non-empty printable string <= 255
    "show without identifier": lambda p: p.show(),
    "show with two identifiers": lambda p: p.show(number="1", back_office_code="B"),
    "show empty value": lambda p: p.show(number=""),
    "show control characters": lambda p: p.show(number="PAY\n1"),
    "identifier with two fields": _create(accounts_receivable={"number": "1", "name": "x"}),
    "identifier with no field": _create(accounts_receivable={}),
    "identifier with unknown field": _create(accounts_receivable={"code": "AR1"}),
    "identifier field of another kind": _create(payment_method={"number": "1"}),
    "identifier value too long": _create(type={"name": "x" * 256}),
    "identifier value not a string": _create(type={"id": 5}),
    "identifier not a mapping": _create(type="Payment"),
    "payment ref with two fields": lambda p: p.post({"id": "1", "number": "2"}),
    "payment ref of another kind": lambda p: p.reject({"name": "x"}),
    "payment model without id": lambda p: p.post(PaymentShort(number="31")),
    "bad rejection reason": lambda p: p.reject({"id": "1"}, rejection_reason={"code": "R"}),
    "bad cancellation type": lambda p: p.cancel({"id": "1"}, type={}),
    "bad invoice": lambda p: p.pay_invoice(invoice={"name": "I1"}, accounts_receivable=AR, **CASH),
    "bad bill": _pay_bill(bill={"reference_number": "B7"}),
    # the semi-optional pair and the unit alternatives
    "both accounts receivable and wallet": _create(wallet={"number": "W0001"}),
    "neither accounts receivable nor wallet": _create(accounts_receivable=...),
    "pay_bill with neither": _pay_bill(accounts_receivable=None),
    "pay_invoice with both": lambda p: p.pay_invoice(
        invoice={"number": "I1"}, accounts_receivable=AR, wallet={"number": "W"}, **CASH
    ),
    "update with both": lambda p: p.update({"id": "1"}, accounts_receivable=AR, wallet=AR),
    "list with neither": _list(),
    "list with both": _list(accounts_receivable=AR, wallet={"number": "W0001"}),
    "get_latest with neither": lambda p: p.get_latest(1),
    "both unit alternatives": _create(
        received_by_unit={"id": "U"}, received_by_business_unit={"id": "B"}
    ),
    # amounts: positive Decimals, 2 places, at most 10**12; floats refused
    "float amount": _create(amount=10.5),
    "zero amount": _create(amount=0),
    "negative amount": _create(amount=Decimal("-1")),
    "three decimal places": _create(amount=Decimal("1.005")),
    "amount above the maximum": _create(amount=Decimal("1000000000000.01")),
    "amount not a number": _create(amount="ten"),
    "bool amount": _create(amount=True),
    "update with float amount": lambda p: p.update({"id": "1"}, amount=1.5),  # type: ignore[arg-type]
    # dates, enums, counts, digits
    "zone-aware received_on": _create(received_on=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)),
    "unparsable received_on": _create(received_on="yesterday"),
    "received_on before year 1000": _create(received_on=dt.date(999, 1, 1)),
    "unknown life cycle state": _create(life_cycle_state="CANCELLED"),
    "unknown list state": _list(accounts_receivable=AR, life_cycle_state="OPEN"),
    "page size zero": _list(accounts_receivable=AR, page_size=0),
    "page size above 1000": _list(accounts_receivable=AR, page_size=1001),
    "get_latest zero": lambda p: p.get_latest(0, accounts_receivable=AR),
    "get_latest above 1000": lambda p: p.get_latest(1001, accounts_receivable=AR),
    "get_latest bool": lambda p: p.get_latest(True, accounts_receivable=AR),
    "check digit above 99": _pay_bill(bill_number_check_digit=100),
    "negative check digit": _pay_bill(bill_amount_check_digit=-1),
    "negative payment code": _pay_bill(payment_code=-1),
    "payment code as text": _pay_bill(payment_code="100001"),
    # text lengths
    "notes too long": _create(notes="x" * 4001),
    "issue reason too long": lambda p: p.cancel(
        {"id": "1"}, type=CASH["type"], issue_reason="x" * 4001
    ),
    "empty back office code": _create(back_office_code=""),
    "back office code too long": _create(back_office_code="x" * 256),
    # user defined fields
    "unknown udf": _create(udf={"udf_string_9": "x"}),
    "udf string too long": _create(udf={"udf_string_1": "x" * 256}),
    "udf string not text": _create(udf={"udf_string_1": 5}),
    "udf float nan": _create(udf={"udf_float_1": float("nan")}),
    "udf float bool": _create(udf={"udf_float_2": False}),
    "udf date not a date": _create(udf={"udf_date_1": 5}),
    # fields_set
    "fields_set unknown field": lambda p: p.show(number="1", fields_set=["id", "amount"]),
    "fields_set of the other model": _create(fields_set=["received_on"]),
    "fields_set with spaces": lambda p: p.show(number="1", fields_set="id, number"),
    "fields_set empty": lambda p: p.show(number="1", fields_set=[]),
    "fields_set bad rejection reason field": lambda p: p.rejection_reasons(fields_set=["name"]),
    # sets of invoices and bills
    "too many invoices": _create(invoices=[{"number": f"I{i}"} for i in range(101)]),
    "invoices given as one mapping": _create(invoices={"number": "I1"}),
    "bill entry without bill": _create(bills=[{"payment_code": 1}]),
    "bill entry with unknown key": _create(bills=[{"bill": {"number": "B7"}, "digit": 1}]),
    # nothing to change
    "empty update": lambda p: p.update({"number": "1"}),
}


@pytest.fixture
async def payments() -> AsyncIterator[Payments]:
    with respx.mock(assert_all_called=False) as wire:
        anything = wire.route()
        async with CrmComClient(base_url=BASE, username="u", password="p", organisation="O") as crm:
            yield crm.payments
        assert anything.call_count == 0, "a refused call must send nothing, not even a login"


@pytest.mark.parametrize("call", CASES.values(), ids=CASES.keys())
async def test_invalid_input_raises_before_anything_is_sent(payments: Payments, call: Call) -> None:
    with pytest.raises(ValidationError) as caught:
        await call(payments)
    assert caught.value.landed is False


def test_list_refuses_bad_input_when_called_not_when_iterated() -> None:
    crm = CrmComClient(base_url=BASE, web_api_key="k")
    with pytest.raises(ValidationError):
        crm.payments.list(accounts_receivable=AR, wallet=AR)


@pytest.mark.parametrize(
    ("model", "schema"),
    [
        ("PaymentComplete", "PaymentComplete"),
        ("PaymentShort", "PaymentShort"),
        ("RejectionReasonEntry", "RejectionReasonEntry"),
    ],
)
def test_fields_set_knows_exactly_the_specs_fields(model: str, schema: str) -> None:
    from billing_sdk.crmcom import _generated as g

    properties = load("crmcom-payments.yaml")["components"]["schemas"][schema]["properties"]
    assert wire_fields(getattr(g, model)) == set(properties)
