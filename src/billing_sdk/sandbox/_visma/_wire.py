"""The read DTOs of invoices and payments as JSON-ready dicts (ROT/RUT: see _rotrut).

Dates are naive (``2024-01-31T00:00:00``); money stays ``Decimal`` and is written as a JSON
number by :func:`._http.dumps`. Optional values that are unset are left out, as the vendor does
for null properties.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from decimal import Decimal
from typing import Any

from billing_sdk.sandbox._visma._http import version_tag
from billing_sdk.sandbox._visma._model import (
    ZERO,
    Attachment,
    Company,
    Invoice,
    InvoiceLine,
    Payment,
    money,
)
from billing_sdk.sandbox._visma._rotrut import work_type_dto

#: Every ``expand*`` part of an invoice (the single GET shows all of them).
ALL_EXPANSIONS = frozenset({"applications", "attachments", "taxDetails", "invoiceAddress"})
_VAT_NAMES = {"0": "Exempt", "1": "Standard rate", "2": "Reduced rate (food)", "3": "Low rate"}


def dt(value: datetime | None) -> str | None:
    """A naive timestamp, with milliseconds only when it has a fraction."""
    if value is None:
        return None
    spec = "milliseconds" if value.microsecond else "seconds"
    return value.isoformat(timespec=spec)


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def _in_base(value: Decimal, rate: Decimal) -> Decimal:
    return money(value * rate)


def _attachment(att: Attachment) -> dict[str, Any]:
    return {"name": att.name, "id": att.id, "revision": att.revision}


def _line(
    company: Company, inv: Invoice, line: InvoiceLine, figures: tuple[Decimal, Decimal]
) -> dict[str, Any]:
    discount, amount = figures
    extra = line.extra
    rate = inv.exchange_rate
    branch = extra.get("branchNumber", inv.branch_number)
    return _clean(
        {
            "lineNumber": line.line_number,
            "inventoryNumber": line.inventory_number,
            "lineType": "GN" if line.inventory_number else "MI",
            "description": line.description,
            "quantity": line.quantity,
            "unitPrice": _in_base(line.unit_price, rate),
            "unitPriceInCurrency": money(line.unit_price),
            "manualAmount": _in_base(line.manual_amount, rate) if line.manual_amount else None,
            "manualAmountInCurrency": line.manual_amount,
            "amount": _in_base(amount, rate),
            "amountInCurrency": amount,
            "account": {"type": "Income", "number": line.account_number, "active": True},
            "vatCode": {"id": line.vat_code, "description": _VAT_NAMES.get(line.vat_code, "")},
            "uom": line.uom,
            "discountPercent": line.discount_percent,
            "discountAmount": _in_base(discount, rate),
            "discountAmountInCurrency": discount,
            "manualDiscount": bool(extra.get("manualDiscount", line.discount_amount is not None)),
            "seller": {"id": extra["salesperson"]} if extra.get("salesperson") else None,
            "deferralSchedule": extra.get("deferralSchedule"),
            "deferralCode": extra.get("deferralCode"),
            "discountCode": extra.get("discountCode"),
            "note": extra.get("note"),
            "branchNumber": {"number": branch, "name": company.branches.get(branch, "")},
            "termStartDate": dt(extra.get("termStartDate")),
            "termEndDate": dt(extra.get("termEndDate")),
            "isRotRutDeductible": bool(extra.get("domesticServicesDeductible")),
            "itemType": line.item_type,
            "typeOfWork": work_type_dto(line.type_of_work),
            "attachments": [_attachment(a) for a in line.attachments],
            "projectTask": {"id": extra["taskId"]} if extra.get("taskId") else None,
            "startDate": dt(extra.get("startDate")),
            "endDate": dt(extra.get("endDate")),
        }
    )


def _address(company: Company, inv: Invoice) -> dict[str, Any]:
    cust = company.customers.get(inv.customer)
    addr = inv.billing_address
    country = addr.get("countryId") or (cust.country if cust else "NO")
    return _clean(
        {
            "addressId": 1,
            "addressLine1": addr.get("addressLine1"),
            "addressLine2": addr.get("addressLine2"),
            "addressLine3": addr.get("addressLine3"),
            "postalCode": addr.get("postalCode"),
            "city": addr.get("city"),
            "country": {"id": country, "name": country},
            "county": {"id": addr["county"], "name": addr["county"]}
            if addr.get("county")
            else None,
            "overrideAddress": bool(addr.get("overrideAddress")),
        }
    )


def invoice_dto(
    company: Company, inv: Invoice, expand: Collection[str] = ALL_EXPANSIONS
) -> dict[str, Any]:
    """``CustomerInvoiceDto`` of ``inv``; ``expand`` picks the optional collections."""
    f = inv.fields
    cust = company.customers.get(inv.customer)
    rate = inv.exchange_rate
    totals = inv.totals()
    vat = totals.vat_by_code
    taxable = sum((base for code, (base, _) in vat.items() if code != "0"), ZERO)
    exempt = sum((base for code, (base, _) in vat.items() if code == "0"), ZERO)
    discount = totals.discount_total
    status = totals.status
    closed = max((a.date for a in inv.applications if not a.voided), default=None)
    credit_days = cust.credit_days if cust else 14
    data: dict[str, Any] = {
        "documentType": inv.document_type,
        "referenceNumber": inv.ref_nbr,
        "status": status,
        "hold": inv.hold,
        "customer": {"number": inv.customer, "name": cust.name if cust else ""},
        "documentDate": dt(inv.document_date),
        "origInvoiceDate": dt(inv.orig_invoice_date or inv.document_date),
        "documentDueDate": dt(inv.due_date),
        "cashDiscountDate": dt(inv.cash_discount_date or inv.document_date),
        "postPeriod": inv.post_period,
        "financialPeriod": inv.financial_period,
        "closedFinancialPeriod": f"{closed:%Y%m}" if status == "Closed" and closed else None,
        "currencyId": inv.currency,
        "exchangeRate": rate,
        "amount": _in_base(totals.amount, rate),
        "amountInCurrency": totals.amount,
        "balance": _in_base(totals.balance, rate),
        "balanceInCurrency": totals.balance,
        "cashDiscount": ZERO,
        "cashDiscountInCurrency": ZERO,
        "vatTotal": _in_base(totals.vat_total, rate),
        "vatTotalInCurrency": totals.vat_total,
        "vatTaxableTotal": _in_base(taxable, rate),
        "vatTaxableTotalInCurrency": taxable,
        "vatExemptTotal": _in_base(exempt, rate),
        "vatExemptTotalInCurrency": exempt,
        "detailTotal": _in_base(totals.detail_total, rate),
        "detailTotalInCurrency": totals.detail_total,
        "discountTotal": _in_base(discount, rate),
        "discountTotalInCurrency": discount,
        "roundingDiff": ZERO,
        "creditTerms": {
            "id": f.get("creditTermsId") or f"{credit_days}D",
            "description": f"{credit_days} days",
        },
        "paymentMethod": {"id": f.get("paymentMethodId") or (cust.payment_method if cust else "")},
        "customerVatZone": {"id": f.get("customerVatZoneId") or (cust.vat_zone if cust else "")},
        "salesPerson": {"id": f["salesperson"]} if f.get("salesperson") else None,
        "location": {
            "countryId": cust.country if cust else "NO",
            "id": f.get("locationId") or "MAIN",
            "name": "Primary location",
        },
        "branchNumber": {
            "number": inv.branch_number,
            "name": company.branches.get(inv.branch_number, ""),
        },
        "project": {"id": f["project"]} if f.get("project") else None,
        "account": {"type": "Asset", "number": "1500", "description": "Accounts receivable"},
        "contact": {"id": f["contact"]} if f.get("contact") is not None else None,
        "invoiceContact": _clean(
            {
                "contactId": f.get("contact"),
                "businessName": inv.invoice_contact.get("name") or (cust.name if cust else None),
                "attention": inv.invoice_contact.get("attention"),
                "email": inv.invoice_contact.get("email"),
                "phone1": inv.invoice_contact.get("phone1"),
                "overrideContact": bool(inv.invoice_contact.get("overrideContact")),
            }
        ),
        "isRotRutDeductible": inv.rot_rut is not None
        or bool(f.get("domesticServicesDeductibleDocument")),
        "sendToAutoInvoice": bool(f.get("sendToAutoInvoice")) or inv.sent_to_auto_invoice,
        "dunningLetterDate": dt(inv.dunning_letter_date),
        "dunningLetterLevel": inv.dunning_level,
        "startDate": dt(f.get("startDate")),
        "endDate": dt(f.get("endDate")),
        "invoiceLines": [
            _line(company, inv, line, figures)
            for line, figures in zip(inv.lines, totals.lines, strict=True)
        ],
        "childRecord": {"number": f["childCustomerNumber"]}
        if f.get("childCustomerNumber")
        else None,
        "directDebitMandate": {"id": f["directDebitMandateId"]}
        if f.get("directDebitMandateId")
        else None,
        "lastModifiedDateTime": dt(inv.modified),
        "createdDateTime": dt(inv.created),
        "timeStamp": version_tag(inv.version),
    }
    for name in ("customerRefNumber", "externalReference", "paymentReference", "invoiceText"):
        data[name] = f.get(name)
    for name in ("note", "cashAccount", "customerProject", "accountingCostRef"):
        data[name] = f.get(name)
    for name in ("originatorDocRef", "contractDocRef"):
        data[name] = f.get(name)
    for name in ("dontPrint", "dontEmail", "revoked", "excludeDebtCollection"):
        data[name] = bool(f.get(name))
    case = {k: f.get(f"debtCollectionCase{k.title()}") for k in ("nbr", "type", "status", "url")}
    if any(case.values()):
        data["debtCollection"] = _clean(
            {
                "caseNumber": case["nbr"],
                "caseType": case["type"],
                "caseStatus": case["status"],
                "caseUrl": case["url"],
            }
        )
    if "invoiceAddress" in expand:
        data["invoiceAddress"] = _address(company, inv)
    if "taxDetails" in expand:
        data["taxDetails"] = [
            {
                "taxId": code,
                "recordId": i + 1,
                "vatId": {"number": code, "description": _VAT_NAMES.get(code, "")},
                "vatRate": company.vat_rates.get(code, ZERO),
                "taxableAmount": base,
                "vatAmount": amount,
                "expenseAmount": ZERO,
            }
            for i, (code, (base, amount)) in enumerate(sorted(vat.items()))
        ]
    if "attachments" in expand:
        data["attachments"] = [_attachment(a) for a in inv.attachments]
    if "applications" in expand:
        data["applications"] = [
            _application(company, inv, a, totals.balance) for a in inv.applications
        ]
    return _clean(data)


def _application(company: Company, inv: Invoice, app: Any, balance: Decimal) -> dict[str, Any]:
    payment = company.payments.get(app.ref_nbr) if app.doc_type != "CreditNote" else None
    return _clean(
        {
            "docType": app.doc_type,
            "customerCD": inv.customer,
            "refNbr": app.ref_nbr,
            "amountPaid": app.amount,
            "cashDiscountTaken": ZERO,
            "balance": balance,
            "pendingPPD": False,
            "released": True,
            "hold": False,
            "voided": app.voided,
            "paymentRef": app.payment_ref,
            "status": payment.status if payment else None,
            "applicationDate": dt(app.date),
            "applicationPeriod": f"{app.date:%Y%m}",
            "invoiceText": payment.invoice_text if payment else None,
        }
    )


def payment_dto(company: Company, pay: Payment) -> dict[str, Any]:
    """``PaymentDto`` of ``pay``."""
    cust = company.customers.get(pay.customer)
    write_off = sum((line.balance_write_off for line in pay.lines), ZERO)
    charges = sum((Decimal(c.get("amount", ZERO)) for c in pay.finance_charges), ZERO)
    lines = []
    for line in pay.lines:
        doc = company.invoices.get(line.ref_nbr)
        lines.append(
            _clean(
                {
                    "documentType": line.document_type,
                    "refNbr": line.ref_nbr,
                    "amountPaid": line.amount_paid,
                    "cashDiscountTaken": line.cash_discount_taken,
                    "balanceWriteOff": line.balance_write_off,
                    "writeOffReasonCode": {"id": line.write_off_reason_code}
                    if line.write_off_reason_code
                    else None,
                    "date": dt(doc.document_date) if doc else None,
                    "dueDate": dt(doc.due_date) if doc else None,
                    "cashDiscountDate": dt(doc.cash_discount_date or doc.document_date)
                    if doc
                    else None,
                    "balance": doc.balance if doc else None,
                    "cashDiscountBalance": ZERO,
                    "description": doc.fields.get("invoiceText") if doc else None,
                    "currency": doc.currency if doc else pay.currency,
                    "postPeriod": doc.post_period if doc else None,
                    "customerOrder": doc.fields.get("customerRefNumber") if doc else None,
                    "crossRate": line.cross_rate,
                }
            )
        )
    return _clean(
        {
            "type": pay.type,
            "refNbr": pay.ref_nbr,
            "status": pay.status,
            "hold": pay.hold,
            "applicationDate": dt(pay.application_date),
            "applicationPeriod": pay.application_period,
            "paymentRef": pay.payment_ref,
            "customer": {"number": pay.customer, "name": cust.name if cust else ""},
            "location": {
                "countryId": cust.country if cust else "NO",
                "id": pay.location,
                "name": "Primary location",
            },
            "paymentMethod": {"id": pay.payment_method, "description": pay.payment_method},
            "cashAccount": pay.cash_account,
            "currency": pay.currency,
            "paymentAmount": pay.amount,
            "invoiceText": pay.invoice_text,
            "appliedToDocuments": pay.applied_to_documents,
            "appliedToOrders": pay.applied_to_orders,
            "availableBalance": pay.available_balance,
            "writeOffAmount": write_off,
            "financeCharges": charges,
            "deductedCharges": ZERO,
            "branch": pay.branch,
            "lastModifiedDateTime": dt(pay.modified),
            "paymentLines": lines,
            "ordersToApply": [
                {
                    "orderType": o.order_type,
                    "orderNo": o.order_number,
                    "appliedToOrder": o.applied_to_order,
                }
                for o in pay.orders
            ],
            "financialDetails": {"paymentDate": dt(pay.application_date)},
            "paymentAmountInCurrency": pay.amount,
            "availableBalanceInCurrency": pay.available_balance,
            "timeStamp": version_tag(pay.version),
        }
    )
