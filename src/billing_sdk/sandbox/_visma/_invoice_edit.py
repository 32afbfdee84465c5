"""Applying a checked ``CustomerInvoiceUpdateDto`` to an invoice (create and update).

The body has already passed the schema (wrappers removed, numbers as Decimal); these are the
business rules on top. Callers apply the changes to a working copy, so a rule that fails
half-way leaves the stored invoice untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from datetime import timedelta
from decimal import Decimal
from typing import Any

from billing_sdk.sandbox._visma._http import bad_request
from billing_sdk.sandbox._visma._model import (
    MAX_MONEY,
    ZERO,
    Company,
    Customer,
    Invoice,
    InvoiceLine,
    RotRut,
    money,
    period_of,
)
from billing_sdk.sandbox._visma._rotrut import WORK_TYPES

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
CURRENCIES = frozenset({"NOK", "SEK", "DKK", "EUR", "USD", "GBP"})
_PERIOD = re.compile(r"[0-9]{6}")
_REF_NBR = re.compile(r"[^\x00-\x1f\x7f]{1,15}")
#: What a released document still lets you change (texts and delivery flags, never money).
RELEASED_EDITABLE = frozenset(
    {
        "note",
        "invoiceText",
        "customerRefNumber",
        "externalReference",
        "dontPrint",
        "dontEmail",
        "excludeDebtCollection",
        "sendToAutoInvoice",
    }
)
_LINE_TEXT = ("salesperson", "deferralCode", "discountCode", "note", "taskId")
_LINE_OTHER: tuple[str, ...] = ("deferralSchedule", "termStartDate", "termEndDate", "startDate")
_LINE_OTHER += ("endDate", "domesticServicesDeductible", "manualDiscount", "subaccount")
_WORK_TYPE_TAGS = frozenset(tag for _, _, tag in WORK_TYPES)


def period(value: str, what: str) -> str:
    """A six-digit period; ``YYYYMM``, or the ``MMYYYY`` the vendor's text mentions."""
    if _PERIOD.fullmatch(value):
        if 1900 <= int(value[:4]) <= 2999 and 1 <= int(value[4:]) <= 12:
            return value
        if 1 <= int(value[:2]) <= 12 and 1900 <= int(value[2:]) <= 2999:
            return value[2:] + value[:2]
    raise bad_request(f"{what} must be a financial period YYYYMM, not {value[:20]!r}.")


def customer_for_create(
    company: Company, body: dict[str, Any], field: str, what: str
) -> tuple[str, Customer]:
    """The customer a create body names in ``field`` (required, and it must exist)."""
    customer = body.get(field)
    if not customer:
        raise bad_request(f"{field} is required to create {what}.")
    cust = company.customer(customer)
    if cust is None:
        raise bad_request(f"Customer {customer} not found.")
    return str(customer), cust


def new_invoice(company: Company, body: dict[str, Any], document_type: str = "Invoice") -> Invoice:
    """An invoice built from a create body (not stored yet; the caller assigns the number)."""
    customer, cust = customer_for_create(company, body, "customerNumber", "an invoice")
    now = company.clock()
    doc_date = body.get("documentDate") or now.replace(hour=0, minute=0, second=0, microsecond=0)
    inv = Invoice(
        ref_nbr="",
        document_type=document_type,
        customer=customer,
        document_date=doc_date,
        due_date=doc_date + timedelta(days=cust.credit_days),
        currency=cust.currency,
        created=now,
        modified=now,
        version=0,
        financial_period=period_of(doc_date),
        post_period=period_of(doc_date),
        vat_rates=company.vat_rates,
    )
    apply_update(company, inv, body, creating=True)
    return inv


def number_for_create(
    body: dict[str, Any], next_number: Callable[[], str], taken: Container[str], noun: str
) -> str:
    """A new document's number: the next in its series, or the one the body asks for
    (``overrideNumberSeries`` with a ``referenceNumber`` not ``taken`` yet)."""
    if not body.get("overrideNumberSeries"):
        return next_number()
    wanted = body.get("referenceNumber")
    if not wanted or not _REF_NBR.fullmatch(wanted):
        raise bad_request("overrideNumberSeries needs a referenceNumber of 1-15 characters.")
    if wanted in taken:
        raise bad_request(f"A {noun} with number {wanted} already exists.")
    return str(wanted)


def reference_for_create(company: Company, body: dict[str, Any]) -> str:
    """The new invoice's number: the next in the series, or the one asked for."""
    return number_for_create(body, company.new_invoice_number, company.invoices, "document")


def apply_update(company: Company, inv: Invoice, body: dict[str, Any], *, creating: bool) -> None:
    """Apply every present property of ``body`` to ``inv`` (a working copy)."""
    if inv.released:
        locked = sorted(set(body) - RELEASED_EDITABLE)
        if locked:
            raise bad_request(
                f"Invoice {inv.ref_nbr} is released (status {inv.status}); only "
                f"{', '.join(sorted(RELEASED_EDITABLE))} can be changed, not {', '.join(locked)}."
            )
    ref = body.get("referenceNumber")
    if not creating and ref is not None and ref != inv.ref_nbr:
        raise bad_request("The reference number of an existing invoice cannot be changed.")
    if not creating and "customerNumber" in body:
        if company.customer(body["customerNumber"]) is None:
            raise bad_request(f"Customer {body['customerNumber']} not found.")
        inv.customer = body["customerNumber"]
    _apply_header(company, inv, body)
    if "billingAddress" in body:
        inv.billing_address.update(body["billingAddress"])
    if "invoiceContact" in body:
        inv.invoice_contact.update(body["invoiceContact"])
    if "rotRutDetails" in body:
        _apply_rot_rut(inv, body["rotRutDetails"])
    for number, line in enumerate(body.get("invoiceLines", []), start=1):
        _apply_line(company, inv, line, number)
    for tax in body.get("taxDetailLines", []):
        _apply_tax(company, inv, tax)
    if not ZERO <= inv.amount <= MAX_MONEY:
        raise bad_request("The document total must be between 0 and 1,000,000,000,000.")


def _apply_header(company: Company, inv: Invoice, body: dict[str, Any]) -> None:
    for name in (*INVOICE_TEXT_FIELDS, *INVOICE_FLAG_FIELDS, *INVOICE_OPTIONAL_FLAG_FIELDS):
        if name in body:
            inv.fields[name] = body[name]
    for name in ("contact", "startDate", "endDate", "directDebitMandateId", "salesPersonID"):
        if name in body:
            inv.fields[name] = body[name]
    if "hold" in body:
        inv.hold = body["hold"]
    if "documentDate" in body:
        inv.document_date = body["documentDate"]
        if "financialPeriod" not in body:
            inv.financial_period = period_of(inv.document_date)
        if "postPeriod" not in body:
            inv.post_period = period_of(inv.document_date)
        if "documentDueDate" not in body and inv.due_date < inv.document_date:
            inv.due_date = inv.document_date
    if "documentDueDate" in body:
        inv.due_date = body["documentDueDate"]
    if inv.due_date < inv.document_date:
        raise bad_request("documentDueDate cannot be before documentDate.")
    if "origInvoiceDate" in body:
        inv.orig_invoice_date = body["origInvoiceDate"]
    if "cashDiscountDate" in body:
        inv.cash_discount_date = body["cashDiscountDate"]
    if "financialPeriod" in body:
        inv.financial_period = period(body["financialPeriod"], "financialPeriod")
    if "postPeriod" in body:
        inv.post_period = period(body["postPeriod"], "postPeriod")
    if "currencyId" in body:
        if body["currencyId"] not in CURRENCIES:
            raise bad_request(f"Unknown currency {body['currencyId'][:10]!r}.")
        inv.currency = body["currencyId"]
    if "exchangeRate" in body:
        rate = body["exchangeRate"]
        if not rate.is_finite() or not Decimal(0) < rate <= Decimal(100000):
            raise bad_request("exchangeRate must be a positive number.")
        inv.exchange_rate = rate
    if "branchNumber" in body:
        if body["branchNumber"] not in company.branches:
            raise bad_request(f"Branch {body['branchNumber'][:30]!r} not found.")
        inv.branch_number = body["branchNumber"]


def _apply_line(company: Company, inv: Invoice, data: dict[str, Any], position: int) -> None:
    operation = data.get("operation", "Insert")
    number = data.get("lineNumber")
    existing = {line.line_number: line for line in inv.lines}
    where = f"invoiceLines[{position - 1}]"
    if operation == "Insert":
        if number is not None and number in existing:
            raise bad_request(f"{where}: line {number} already exists.")
        if number is not None and number < 1:
            raise bad_request(f"{where}: lineNumber must be at least 1.")
        line = InvoiceLine(line_number=number or max(existing, default=0) + 1)
        inv.lines.append(line)
    else:
        if number is None:
            raise bad_request(f"{where}: lineNumber is required for {operation}.")
        if number not in existing:
            raise bad_request(f"{where}: line {number} not found on {inv.ref_nbr or 'invoice'}.")
        line = existing[number]
        if operation == "Delete":
            inv.lines.remove(line)
            return
    _apply_line_fields(company, line, data, where)


#: Line fields stored as sent (the spec has checked them): wire name -> ``InvoiceLine``
#: attribute. ``inventoryNumber`` comes first: it is the description until one is sent.
_LINE_COPIED = (
    ("description", "description"),
    ("quantity", "quantity"),
    ("unitPriceInCurrency", "unit_price"),
    ("discountPercent", "discount_percent"),
    ("discountAmountInCurrency", "discount_amount"),
    ("accountNumber", "account_number"),
    ("uom", "uom"),
    ("itemType", "item_type"),
)


def _apply_line_fields(
    company: Company, line: InvoiceLine, data: dict[str, Any], where: str
) -> None:
    if "inventoryNumber" in data:
        line.inventory_number = data["inventoryNumber"]
        if not line.description:
            line.description = data["inventoryNumber"]
    for wire, attribute in _LINE_COPIED:
        if wire in data:
            setattr(line, attribute, data[wire])
    if "manualAmountInCurrency" in data:
        line.manual_amount = money(data["manualAmountInCurrency"])
    if "vatCodeId" in data:
        if data["vatCodeId"] not in company.vat_rates:
            raise bad_request(f"{where}: unknown VAT code {data['vatCodeId'][:10]!r}.")
        line.vat_code = data["vatCodeId"]
    if "typeOfWork" in data:
        if data["typeOfWork"] not in _WORK_TYPE_TAGS:
            raise bad_request(f"{where}: unknown work type {data['typeOfWork'][:30]!r}.")
        line.type_of_work = data["typeOfWork"]
    if "branchNumber" in data:
        if data["branchNumber"] not in company.branches:
            raise bad_request(f"{where}: branch {data['branchNumber'][:30]!r} not found.")
        line.extra["branchNumber"] = data["branchNumber"]
    for name in (*_LINE_TEXT, *_LINE_OTHER):
        if name in data:
            line.extra[name] = data[name]
    if line.gross > MAX_MONEY:
        raise bad_request(f"{where}: the line amount is out of range.")
    if line.discount > line.gross:
        raise bad_request(f"{where}: the discount exceeds the line amount.")


def _apply_tax(company: Company, inv: Invoice, tax: dict[str, Any]) -> None:
    code = tax.get("taxId")
    if code is None or code not in company.vat_rates:
        raise bad_request(f"taxDetailLines: unknown taxId {str(code)[:10]!r}.")
    if "vatAmount" in tax:
        if tax["vatAmount"] is None:
            inv.vat_overrides.pop(code, None)
        else:
            inv.vat_overrides[code] = money(tax["vatAmount"])


def _apply_rot_rut(inv: Invoice, data: dict[str, Any]) -> None:
    rot_rut = inv.rot_rut or RotRut()
    if "type" in data:
        rot_rut.type = data["type"]
    if "distributedAutomaticaly" in data:
        rot_rut.distributed_automatically = data["distributedAutomaticaly"]
    for attr, name in (("apartment", "appartment"), ("estate", "estate")):
        if name in data:
            setattr(rot_rut, attr, data[name])
    if "organizationNbr" in data:
        rot_rut.organization_nbr = data["organizationNbr"]
    for row in data.get("distribution", []):
        _apply_distribution(rot_rut, row)
    inv.rot_rut = rot_rut


def _apply_distribution(rot_rut: RotRut, row: dict[str, Any]) -> None:
    operation = row.get("operation", "Insert")
    number = row.get("lineNbr")
    if operation == "Insert":
        number = number if number is not None else max(rot_rut.distribution, default=0) + 1
        if number in rot_rut.distribution or number < 1:
            raise bad_request(f"rotRutDetails.distribution: line {number} cannot be inserted.")
        current: tuple[str | None, Decimal | None, bool | None] = (None, None, None)
    elif number is None or number not in rot_rut.distribution:
        raise bad_request(f"rotRutDetails.distribution: line {number} not found.")
    elif operation == "Delete":
        del rot_rut.distribution[number]
        return
    else:
        current = rot_rut.distribution[number]
    person, amount, extra = current
    person = row.get("personalId", person)
    if "amount" in row:
        amount = row["amount"]
        if amount is not None:
            amount = money(amount)
    extra = row.get("extra", extra)
    rot_rut.distribution[number] = (person, amount if amount is not None else ZERO, extra)
