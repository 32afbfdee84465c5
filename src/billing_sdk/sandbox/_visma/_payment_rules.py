"""Business rules of customer payments: building, editing, releasing and voiding them.

Decisions (the spec leaves them open):

* A payment is created Balanced (Hold with ``hold: true``); only Payment, Prepayment and
  Refund can be created (the other types are made by the system). ``paymentRef`` defaults to
  the payment number.
* Lines apply the payment to released, open documents of the same customer: Payment and
  Prepayment to Invoices and DebitNotes, Refund to CreditNotes. ``amountPaid`` defaults to
  the document's balance (capped by what is left of the payment). The lines of a payment must
  not add up to more than its amount.
* Applications take effect on RELEASE (the ERP semantic): only then are document balances
  reduced; release re-checks every line against the current balances and refuses (400,
  nothing changed) if any would overdraw. A released payment is Closed when fully applied,
  else Open.
* VOID marks the payment Voided and, if it was released, voids its applications, which
  restores every balance it reduced (balances are derived from live applications).
* A released or voided payment cannot be updated (400, the vendor's message).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from billing_sdk.sandbox._visma._http import bad_request
from billing_sdk.sandbox._visma._invoice_edit import (
    CURRENCIES,
    customer_for_create,
    number_for_create,
    period,
)
from billing_sdk.sandbox._visma._model import (
    ZERO,
    Application,
    Company,
    OrderLine,
    Payment,
    PaymentLine,
    money,
    period_of,
)

CREATABLE_TYPES = ("Payment", "Prepayment", "Refund")
_TARGETS = {
    "Payment": ("Invoice", "DebitNote"),
    "Prepayment": ("Invoice", "DebitNote"),
    "Refund": ("CreditNote",),
}


def new_payment(company: Company, body: dict[str, Any]) -> Payment:
    """A payment built from a create body (numbered, not stored yet)."""
    customer, cust = customer_for_create(company, body, "customer", "a payment")
    now = company.clock()
    when: datetime = body.get("applicationDate") or now.replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    pay = Payment(
        ref_nbr="",
        type="Payment",
        customer=customer,
        application_date=when,
        payment_ref="",
        amount=ZERO,
        currency=cust.currency,
        created=now,
        modified=now,
        version=0,
        application_period=period_of(when),
        payment_method=cust.payment_method,
    )
    apply_update(company, pay, body, creating=True)
    pay.ref_nbr = number_for_create(body, company.new_payment_number, company.payments, "payment")
    pay.payment_ref = pay.payment_ref or pay.ref_nbr
    return pay


def apply_update(company: Company, pay: Payment, body: dict[str, Any], *, creating: bool) -> None:
    """Apply a checked ``PaymentUpdateDto`` to ``pay`` (a working copy)."""
    if pay.voided:
        raise bad_request("Payment can't be updated because it is voided.")
    if pay.released:
        raise bad_request("Payment can't be updated because it is already released.")
    ref = body.get("referenceNumber")
    if not creating and ref is not None and ref != pay.ref_nbr:
        raise bad_request("The reference number of an existing payment cannot be changed.")
    if "type" in body:
        if body["type"] not in CREATABLE_TYPES:
            raise bad_request(
                f"A {body['type']} cannot be entered; use {', '.join(CREATABLE_TYPES)}."
            )
        pay.type = body["type"]
    if "customer" in body:
        if company.customer(body["customer"]) is None:
            raise bad_request(f"Customer {body['customer'][:30]!r} not found.")
        pay.customer = body["customer"]
    if "hold" in body:
        pay.hold = body["hold"]
    if "applicationDate" in body:
        pay.application_date = body["applicationDate"]
        if "applicationPeriod" not in body:
            pay.application_period = period_of(pay.application_date)
    if "applicationPeriod" in body:
        pay.application_period = period(body["applicationPeriod"], "applicationPeriod")
    if "currency" in body:
        if body["currency"] not in CURRENCIES:
            raise bad_request(f"Unknown currency {body['currency'][:10]!r}.")
        pay.currency = body["currency"]
    if "branch" in body:
        if body["branch"] not in company.branches:
            raise bad_request(f"Branch {body['branch'][:30]!r} not found.")
        pay.branch = body["branch"]
    if "paymentAmount" in body:
        pay.amount = money(body["paymentAmount"])
    for name, attr in (("paymentRef", "payment_ref"), ("location", "location")):
        if name in body:
            setattr(pay, attr, body[name])
    for name, attr in (("paymentMethod", "payment_method"), ("cashAccount", "cash_account")):
        if name in body:
            setattr(pay, attr, body[name])
    if "invoiceText" in body:
        pay.invoice_text = body["invoiceText"]
    for order in body.get("ordersToApply", []):
        _apply_order(pay, order)
    for charge in body.get("financeCharges", []):
        _apply_charge(pay, charge)
    # A create without paymentAmount pays exactly what its lines apply.
    auto_amount = creating and "paymentAmount" not in body
    lines = body.get("paymentLines", [])
    touched = [_apply_line(company, pay, line, auto_amount) for line in lines]
    if auto_amount:
        pay.amount = pay.applied_to_documents + pay.applied_to_orders
    if "customer" in body:
        touched = [line.ref_nbr for line in pay.lines]  # every line must suit the new customer
    for line in pay.lines:
        if line.ref_nbr in touched:
            check_line(company, pay, line)
    if pay.applied_to_documents + pay.applied_to_orders > pay.amount:
        raise bad_request(
            f"The applied amount {pay.applied_to_documents + pay.applied_to_orders} exceeds "
            f"the payment amount {pay.amount}."
        )


def _apply_line(company: Company, pay: Payment, data: dict[str, Any], auto_amount: bool) -> str:
    operation = data.get("operation", "Insert")
    ref_nbr: str = data.get("refNbr") or ""
    if not ref_nbr:
        raise bad_request(f"paymentLines: refNbr is required for {operation}.")
    current = next((line for line in pay.lines if line.ref_nbr == ref_nbr), None)
    if operation == "Insert":
        if current is not None:
            raise bad_request(f"paymentLines: document {ref_nbr} is already applied.")
        doc = company.invoices.get(ref_nbr)
        left = pay.amount - pay.applied_to_documents - pay.applied_to_orders
        default = ZERO
        if doc is not None:
            default = doc.balance if auto_amount else min(doc.balance, max(left, ZERO))
        current = PaymentLine(data.get("documentType", "Invoice"), ref_nbr, default)
        pay.lines.append(current)
    elif current is None:
        raise bad_request(f"paymentLines: document {ref_nbr} is not applied to this payment.")
    elif operation == "Delete":
        pay.lines.remove(current)
        return ref_nbr
    if "documentType" in data:
        current.document_type = data["documentType"]
    for name, attr in (
        ("amountPaid", "amount_paid"),
        ("cashDiscountTaken", "cash_discount_taken"),
        ("balanceWriteOff", "balance_write_off"),
    ):
        if name in data:
            setattr(current, attr, money(data[name]))
    if "crossRate" in data:
        current.cross_rate = data["crossRate"]
    if "writeOffReasonCode" in data:
        current.write_off_reason_code = data["writeOffReasonCode"]
    return ref_nbr


def check_line(company: Company, pay: Payment, line: PaymentLine) -> None:
    """Whether ``line`` may apply ``pay`` to its document now (400 if not)."""
    doc = company.invoices.get(line.ref_nbr)
    where = f"paymentLines {line.ref_nbr}"
    if doc is None:
        raise bad_request(f"{where}: document not found.")
    if doc.document_type != line.document_type:
        raise bad_request(
            f"{where}: the document is a {doc.document_type}, not {line.document_type}."
        )
    if doc.document_type not in _TARGETS.get(pay.type, ()):
        raise bad_request(f"{where}: a {pay.type} cannot be applied to a {doc.document_type}.")
    if doc.customer != pay.customer:
        raise bad_request(f"{where}: the document belongs to customer {doc.customer}.")
    if not doc.released or doc.balance <= 0:
        raise bad_request(f"{where}: the document is not open (status {doc.status}).")
    if line.amount_paid <= 0:
        raise bad_request(f"{where}: amountPaid must be positive.")
    if line.applied > doc.balance:
        raise bad_request(f"{where}: {line.applied} exceeds the document balance {doc.balance}.")


def _apply_order(pay: Payment, data: dict[str, Any]) -> None:
    operation = data.get("operation", "Insert")
    key = (data.get("orderType") or "SO", data.get("orderNumber"))
    if not key[1]:
        raise bad_request("ordersToApply: orderNumber is required.")
    current = next((o for o in pay.orders if (o.order_type, o.order_number) == key), None)
    if operation == "Insert":
        if current is not None:
            raise bad_request(f"ordersToApply: order {key[1]} is already applied.")
        current = OrderLine(key[0], str(key[1]), ZERO)
        pay.orders.append(current)
    elif current is None:
        raise bad_request(f"ordersToApply: order {key[1]} is not applied to this payment.")
    elif operation == "Delete":
        pay.orders.remove(current)
        return
    if "appliedToOrder" in data:
        current.applied_to_order = money(data["appliedToOrder"])


def _apply_charge(pay: Payment, data: dict[str, Any]) -> None:
    operation = data.get("operation", "Insert")
    numbers = {int(c["lineNbr"]): c for c in pay.finance_charges}
    number = data.get("lineNbr")
    if operation == "Insert":
        number = number if number is not None else max(numbers, default=0) + 1
        if number in numbers or number < 1:
            raise bad_request(f"financeCharges: line {number} cannot be inserted.")
        charge: dict[str, Any] = {"lineNbr": number, "amount": ZERO}
        pay.finance_charges.append(charge)
    elif number is None or number not in numbers:
        raise bad_request(f"financeCharges: line {number} not found.")
    elif operation == "Delete":
        pay.finance_charges.remove(numbers[number])
        return
    else:
        charge = numbers[number]
    for name in ("entryType", "offsetAccount", "offsetSubAccount", "description"):
        if name in data:
            charge[name] = data[name]
    if "amount" in data:
        charge["amount"] = money(data["amount"])


def check_release(company: Company, pay: Payment, type_: str | None = None) -> None:
    """The rules a release must pass (400 otherwise); changes nothing."""
    _same_type(pay, type_)
    if pay.voided:
        raise bad_request(f"Payment {pay.ref_nbr} is voided.")
    if pay.released:
        raise bad_request(f"Payment {pay.ref_nbr} is already released.")
    if pay.hold:
        raise bad_request(f"Payment {pay.ref_nbr} is on hold and cannot be released.")
    for line in pay.lines:
        check_line(company, pay, line)


def release(company: Company, pay: Payment, type_: str | None = None) -> None:
    """Release ``pay``: apply every line to its document (all or nothing)."""
    check_release(company, pay, type_)
    for line in pay.lines:
        doc = company.invoices[line.ref_nbr]
        doc.applications.append(
            Application(pay.type, pay.ref_nbr, line.applied, pay.application_date, pay.payment_ref)
        )
        company.touch(doc)
    pay.released = True
    company.touch(pay)


def check_void(pay: Payment, type_: str | None = None) -> None:
    """The rules a void must pass (400 otherwise); changes nothing."""
    _same_type(pay, type_)
    if pay.voided:
        raise bad_request(f"Payment {pay.ref_nbr} is already voided.")


def void(company: Company, pay: Payment, type_: str | None = None) -> None:
    """Void ``pay``; a released payment's applications are voided (balances restored)."""
    check_void(pay, type_)
    if pay.released:
        for line in pay.lines:
            doc = company.invoices.get(line.ref_nbr)
            if doc is None:
                continue
            for app in doc.applications:
                if app.ref_nbr == pay.ref_nbr and app.doc_type == pay.type and not app.voided:
                    app.voided = True
            company.touch(doc)
    pay.voided = True
    company.touch(pay)


def _same_type(pay: Payment, type_: str | None) -> None:
    if type_ is not None and type_ != pay.type:
        raise bad_request(f"Payment {pay.ref_nbr} is a {pay.type}, not a {type_}.")
