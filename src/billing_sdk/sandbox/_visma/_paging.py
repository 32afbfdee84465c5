"""The two list operations: filters from the spec's query parameters and forced paging.

The query is checked against the spec by :func:`._requests.query` (names match in any case,
unknown ones are ignored, a condition needs its date); these are the filters' meanings.

Paging is forced: ``pageSize`` is clamped to the endpoint's maximum (no error), a missing one
takes the configured default, ``numberToRead``/``skipRecords`` are accepted and ignored. The
answer is a bare array; every item carries ``metadata {totalCount, maxPageSize}``; a page past
the end is ``[]``. Lists carry no ETag.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import Result
from billing_sdk.sandbox._visma._model import Invoice, Payment
from billing_sdk.sandbox._visma._ops import Context, Operation
from billing_sdk.sandbox._visma._settings import VismaSettings
from billing_sdk.sandbox._visma._wire import ALL_EXPANSIONS, invoice_dto, payment_dto

_PAYMENT_ORDER: dict[str, Callable[[Payment], Any]] = {
    "refnbr": lambda pay: pay.ref_nbr,
    "paymentref": lambda pay: pay.payment_ref,
    "applicationdate": lambda pay: pay.application_date,
    "lastmodifieddatetime": lambda pay: pay.modified,
    "paymentamount": lambda pay: pay.amount,
    "customer": lambda pay: pay.customer,
    "status": lambda pay: pay.status,
}


def _dated(q: dict[str, Any], name: str, when: Any) -> bool:
    """Whether ``when`` passes the date filter ``name`` (``>=`` when no condition is sent)."""
    if name not in q:
        return True
    return _compare(when, q.get(f"{name}Condition", ">="), q[name])


def _compare(when: datetime | None, condition: str, bound: datetime) -> bool:
    """``when <condition> bound`` for a date filter (a missing date never matches)."""
    if when is None:
        return False
    return {
        ">": when > bound,
        "<": when < bound,
        ">=": when >= bound,
        "<=": when <= bound,
    }[condition]


def _page(items: Sequence[Any], q: dict[str, Any], maximum: int, default: int | None) -> list[Any]:
    size = min(q.get("pageSize") or default or maximum, maximum)
    start = (q.get("pageNumber", 1) - 1) * size
    return list(items[start : start + size])


def _with_metadata(dtos: list[dict[str, Any]], total: int, maximum: int) -> list[dict[str, Any]]:
    for dto in dtos:
        dto["metadata"] = {"totalCount": total, "maxPageSize": maximum}
    return dtos


def _payment_matches(pay: Payment, q: dict[str, Any]) -> bool:
    checks = (
        q.get("paymentNbr") in (None, pay.ref_nbr),
        q.get("paymentType") in (None, pay.type),
        q.get("customer") in (None, pay.customer),
        q.get("status") in (None, pay.status),
        q.get("branch") in (None, pay.branch),
        q.get("financialPeriod") in (None, pay.application_period),
        q.get("greaterThanValue") is None or pay.ref_nbr > q["greaterThanValue"],
        q.get("invoiceRefNbr") is None
        or any(line.ref_nbr == q["invoiceRefNbr"] for line in pay.lines),
        _dated(q, "lastModifiedDateTime", pay.modified),
        _dated(q, "docDate", pay.application_date),
    )
    return all(checks)


def _list_payments(settings: VismaSettings) -> Callable[[Context, dict[str, Any]], Result]:
    def run(ctx: Context, q: dict[str, Any]) -> Result:
        company = ctx.company
        key = _PAYMENT_ORDER.get((q.get("orderBy") or "refNbr").lower(), _PAYMENT_ORDER["refnbr"])
        found = sorted(
            (pay for pay in company.payments.values() if _payment_matches(pay, q)),
            key=lambda pay: (key(pay), pay.ref_nbr),
        )
        maximum = settings.payments_max_page_size
        page = _page(found, q, maximum, settings.default_page_size)
        dtos = [payment_dto(company, pay) for pay in page]
        return Result(200, _with_metadata(dtos, len(found), maximum))

    return run


def _invoice_matches(inv: Invoice, q: dict[str, Any]) -> bool:
    fields = inv.fields
    closed = max((a.date for a in inv.applications if not a.voided), default=None)
    closed_period = f"{closed:%Y%m}" if closed and inv.status == "Closed" else None
    checks = (
        q.get("documentType") in (None, inv.document_type),
        q.get("released") in (None, int(inv.released)),
        q.get("dunningLevel") in (None, inv.dunning_level),
        q.get("closedFinancialPeriod") in (None, closed_period),
        q.get("project") in (None, fields.get("project")),
        q.get("financialPeriod") in (None, inv.financial_period),
        q.get("status") in (None, inv.status),
        q.get("externalReference") in (None, fields.get("externalReference")),
        q.get("paymentReference") in (None, fields.get("paymentReference")),
        q.get("customerRefNumber") in (None, fields.get("customerRefNumber")),
        q.get("customer") in (None, inv.customer),
        q.get("branch") in (None, inv.branch_number),
        q.get("greaterThanValue") is None or inv.ref_nbr > q["greaterThanValue"],
        _dated(q, "dunningLetterDateTime", inv.dunning_letter_date),
        _dated(q, "documentDueDate", inv.due_date),
        _dated(q, "documentDate", inv.document_date),
        _dated(q, "lastModifiedDateTime", inv.modified),
        _dated(q, "createdDateTime", inv.created),
    )
    return all(checks)


def _list_invoices(settings: VismaSettings) -> Callable[[Context, dict[str, Any]], Result]:
    def run(ctx: Context, q: dict[str, Any]) -> Result:
        company = ctx.company
        found = sorted(
            (inv for inv in company.invoices.values() if _invoice_matches(inv, q)),
            key=lambda inv: inv.ref_nbr,
        )
        maximum = settings.invoices_max_page_size
        page = _page(found, q, maximum, settings.default_page_size)
        expand = {name for name in ALL_EXPANSIONS if q.get(f"expand{name[0].upper()}{name[1:]}")}
        dtos = [invoice_dto(company, inv, expand) for inv in page]
        return Result(200, _with_metadata(dtos, len(found), maximum))

    return run


def operations(settings: VismaSettings) -> list[Operation]:
    return [
        Operation(
            "customerPaymentGetAllPayments",
            "GET",
            "/v1/customerPayment",
            "read",
            _requests.query,
            _list_payments(settings),
        ),
        Operation(
            "customerInvoiceGetAll",
            "GET",
            "/v1/customerinvoice",
            "read",
            _requests.query,
            _list_invoices(settings),
        ),
    ]
