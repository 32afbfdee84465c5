"""CustomerInvoice operations: read, create (v1, v2), update, delete, print, ROT/RUT, work types."""

from __future__ import annotations

from typing import Any

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import (
    Call,
    Result,
    VismaError,
    check_if_match,
    etag,
    segment,
)
from billing_sdk.sandbox._visma._invoice_edit import apply_update, new_invoice, reference_for_create
from billing_sdk.sandbox._visma._model import Invoice
from billing_sdk.sandbox._visma._ops import (
    Context,
    Operation,
    invoice_or_404,
    json_body,
    no_body,
    working_copy,
)
from billing_sdk.sandbox._visma._rotrut import rot_rut_dto, work_types_dto
from billing_sdk.sandbox._visma._wire import invoice_dto

INVOICES = "/v1/customerinvoice"


def invoice_location(call: Call, ref_nbr: str) -> str:
    return f"{call.origin}{INVOICES}/{segment(ref_nbr)}"


def _number(call: Call, name: str = "invoiceNumber") -> str:
    number: str = _requests.path(call, name)
    return number


# -- read -----------------------------------------------------------------------------------------


def _get(ctx: Context, ref_nbr: str) -> Result:
    inv = invoice_or_404(ctx.company, ref_nbr)
    return Result(200, invoice_dto(ctx.company, inv), headers={"ETag": etag(inv.version)})


def _work_types(ctx: Context, _: None) -> Result:
    return Result(200, work_types_dto())


def _rot_rut(ctx: Context, ref_nbr: str) -> Result:
    inv = invoice_or_404(ctx.company, ref_nbr)
    if inv.rot_rut is None:
        raise VismaError(404, f"Customer invoice {ref_nbr} has no ROT/RUT details.")
    return Result(200, rot_rut_dto(inv, inv.rot_rut))


def _print(ctx: Context, ref_nbr: str) -> Result:
    inv = invoice_or_404(ctx.company, ref_nbr)
    return Result(200, render_pdf(ctx, inv), media_type="application/pdf")


def render_pdf(ctx: Context, inv: Invoice) -> bytes:
    """A small, valid one-page PDF naming the document, customer and amounts."""
    cust = ctx.company.customers.get(inv.customer)
    lines = [
        f"{ctx.company.name}",
        f"{inv.document_type} {inv.ref_nbr} ({inv.status})",
        f"Customer {inv.customer} {cust.name if cust else ''}",
        f"Date {inv.document_date:%Y-%m-%d}  Due {inv.due_date:%Y-%m-%d}",
        f"Amount {inv.amount} {inv.currency}  Balance {inv.balance} {inv.currency}",
    ]
    safe = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    escaped = [s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for s in safe]
    text = "BT /F1 12 Tf 50 780 Td 16 TL " + " ".join(f"({s}) Tj T*" for s in escaped) + " ET"
    stream = text.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


# -- write ----------------------------------------------------------------------------------------


def _parse_create(call: Call) -> dict[str, Any]:
    body: dict[str, Any] = json_body(call)
    return body


def _create(with_etag: bool) -> Any:
    def run(ctx: Context, body: dict[str, Any]) -> Result:
        company = ctx.company
        inv = new_invoice(company, body)
        inv.ref_nbr = reference_for_create(company, body)
        inv.version = company.next_version()
        company.invoices[inv.ref_nbr] = inv
        headers = {"Location": invoice_location(ctx.call, inv.ref_nbr)}
        if with_etag:
            headers["ETag"] = etag(inv.version)
        return Result(201, None, headers=headers)

    return run


def _parse_update(call: Call) -> tuple[str, dict[str, Any]]:
    return _number(call), json_body(call)


def _update(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> Result:
    ref_nbr, body = parsed
    company = ctx.company
    inv = invoice_or_404(company, ref_nbr)
    check_if_match(ctx.call.if_match, inv.version)
    changed = working_copy(inv)
    apply_update(company, changed, body, creating=False)
    company.touch(changed)
    company.invoices[ref_nbr] = changed
    return Result(204, None, headers={"ETag": etag(changed.version)})


def _delete(ctx: Context, ref_nbr: str) -> Result:
    company = ctx.company
    inv = invoice_or_404(company, ref_nbr)
    if inv.released:
        raise VismaError(
            400, f"Invoice {ref_nbr} is released (status {inv.status}) and cannot be deleted."
        )
    original = company.invoices.get(inv.original_ref or "")
    if original is not None:
        # A deleted draft no longer reverses or corrects its original.
        if original.reversed_by == ref_nbr:
            original.reversed_by = None
        if original.corrected_by == ref_nbr:
            original.corrected_by = None
    del company.invoices[ref_nbr]
    return Result(204)


def operations() -> list[Operation]:
    """The CustomerInvoice read/write operations (literal paths before templated ones)."""
    by_number = f"{INVOICES}/{{invoiceNumber}}"
    return [
        Operation(
            "customerInvoiceGetWorkTypes",
            "GET",
            f"{INVOICES}/worktypes",
            "read",
            no_body,
            _work_types,
        ),
        Operation("customerInvoiceGetByinvoiceNumber", "GET", by_number, "read", _number, _get),
        Operation(
            "customerInvoiceUpdateByinvoiceNumber",
            "PUT",
            by_number,
            "update",
            _parse_update,
            _update,
            if_match=True,
        ),
        Operation(
            "customerInvoiceDeleteByinvoiceNumber", "DELETE", by_number, "delete", _number, _delete
        ),
        Operation(
            "customerInvoiceGetRotRutByrefNbr",
            "GET",
            f"{INVOICES}/{{refNbr}}/rotrut",
            "read",
            lambda call: _number(call, "refNbr"),
            _rot_rut,
        ),
        Operation(
            "customerInvoicePrintInvoiceByrefNbr",
            "GET",
            f"{INVOICES}/{{refNbr}}/print",
            "read",
            lambda call: _number(call, "refNbr"),
            _print,
        ),
        Operation(
            "customerInvoiceCreate", "POST", INVOICES, "create", _parse_create, _create(False)
        ),
        Operation(
            "customerInvoiceV2Create",
            "POST",
            "/v2/customerinvoice",
            "create",
            _parse_create,
            _create(True),
        ),
    ]
