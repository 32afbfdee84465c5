"""The two list operations: filters from the spec's query parameters and forced paging.

The query is checked against the spec by :func:`._requests.query` (names match in any case,
unknown ones are ignored, a condition needs its date); these are the filters' meanings.

Paging is forced: ``pageSize`` is clamped to the endpoint's maximum (no error), a missing one
takes the configured default, ``numberToRead``/``skipRecords`` are accepted and ignored. The
answer is a bare array; every item carries ``metadata {totalCount, maxPageSize}``; a page past
the end is ``[]``. Lists carry no ETag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol, TypeVar

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import Result
from billing_sdk.sandbox._visma._model import Invoice, Payment
from billing_sdk.sandbox._visma._ops import Context, Operation
from billing_sdk.sandbox._visma._settings import VismaSettings
from billing_sdk.sandbox._visma._wire import ALL_EXPANSIONS, invoice_dto, payment_dto


class _Listed(Protocol):
    @property
    def ref_nbr(self) -> str: ...


_T = TypeVar("_T", bound=_Listed)

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


def _listing(
    records: Callable[[Context], Iterable[_T]],
    matches: Callable[[_T, dict[str, Any]], bool],
    order: Callable[[dict[str, Any]], Callable[[_T], Any]],
    maximum: int,
    dto: Callable[[Context, _T, dict[str, Any]], Any],
    default_page_size: int | None,
) -> Callable[[Context, dict[str, Any]], Result]:
    """One list operation: filter, sort (then by ``refNbr``), force the page, add metadata."""

    def run(ctx: Context, q: dict[str, Any]) -> Result:
        key = order(q)
        found = sorted(
            (item for item in records(ctx) if matches(item, q)),
            key=lambda item: (key(item), item.ref_nbr),
        )
        page = _page(found, q, maximum, default_page_size)
        dtos = [dto(ctx, item, q) for item in page]
        return Result(200, _with_metadata(dtos, len(found), maximum))

    return run


def _payments(ctx: Context) -> Iterable[Payment]:
    return ctx.company.payments.values()


def _invoices(ctx: Context) -> Iterable[Invoice]:
    return ctx.company.invoices.values()


def _invoice_order(q: dict[str, Any]) -> Callable[[Invoice], Any]:
    return lambda inv: inv.ref_nbr


def _payment_order(q: dict[str, Any]) -> Callable[[Payment], Any]:
    return _PAYMENT_ORDER.get((q.get("orderBy") or "refNbr").lower(), _PAYMENT_ORDER["refnbr"])


def _list_payments(settings: VismaSettings) -> Callable[[Context, dict[str, Any]], Result]:
    def dto(ctx: Context, pay: Payment, q: dict[str, Any]) -> Any:
        return payment_dto(ctx.company, pay)

    return _listing(
        _payments,
        _payment_matches,
        _payment_order,
        settings.payments_max_page_size,
        dto,
        settings.default_page_size,
    )


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


def _expansions(q: dict[str, Any]) -> set[str]:
    return {name for name in ALL_EXPANSIONS if q.get(f"expand{name[0].upper()}{name[1:]}")}


def _list_invoices(settings: VismaSettings) -> Callable[[Context, dict[str, Any]], Result]:
    def dto(ctx: Context, inv: Invoice, q: dict[str, Any]) -> Any:
        return invoice_dto(ctx.company, inv, _expansions(q))

    return _listing(
        _invoices,
        _invoice_matches,
        _invoice_order,
        settings.invoices_max_page_size,
        dto,
        settings.default_page_size,
    )


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
