"""CustomerInvoice actions: release, sendToAutoInvoice, correct, reverse, reverse-and-apply.

Decisions (the spec leaves them open):

* release: Balanced -> Open (Closed at once when the total is 0); Hold or released -> 400.
* reverse: a released Invoice/DebitNote gets a new CreditNote (Balanced, not released) with
  the same lines; the invoice itself is unchanged. One reversal per invoice (400 otherwise,
  until the credit note is deleted).
* reverseandapplytonote: the credit note is created, released and applied to the invoice's
  open balance (the invoice closes; a partly paid invoice leaves credit on the note).
* correct: an Open invoice without payments applied is reversed and applied (it closes) and a
  copy with the same lines is created On Hold for editing; the result names the copy.
* sendToAutoInvoice: released documents only, once.

Every action answers 202, as Visma's do: without ``erp-api-background`` at once with
``{actionId, actionResult: "Queued"}`` while the action runs afterwards
(``VismaSettings.action_delay``); in a background job (or with ``action_delay=None``) with the
complete result, ``actionResult: "Done"``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import Call, Result, VismaError, check_if_match, etag
from billing_sdk.sandbox._visma._model import Application, Company, Invoice
from billing_sdk.sandbox._visma._ops import (
    Context,
    Operation,
    action_id,
    invoice_or_404,
    json_body,
)
from billing_sdk.sandbox._visma._wire import invoice_dto

_ACTION = "/v1/customerinvoice/{invoiceNumber}/action"


def _target(ctx: Context, ref_nbr: str) -> Invoice:
    inv = invoice_or_404(ctx.company, ref_nbr)
    check_if_match(ctx.call.if_match, inv.version)
    return inv


def check_release(company: Company, inv: Invoice) -> None:
    """The rules a release must pass (400 otherwise); changes nothing."""
    if inv.released:
        raise VismaError(400, f"Document {inv.ref_nbr} is already released.")
    if inv.hold:
        raise VismaError(400, f"Document {inv.ref_nbr} is on hold and cannot be released.")


def release(company: Company, inv: Invoice) -> None:
    """Release a Balanced document (business rules shared with the seed)."""
    check_release(company, inv)
    inv.released = True
    company.touch(inv)


def _check_send(company: Company, inv: Invoice) -> None:
    if not inv.released:
        raise VismaError(
            400, f"Document {inv.ref_nbr} must be released before it is sent to AutoInvoice."
        )
    if inv.sent_to_auto_invoice:
        raise VismaError(400, f"Document {inv.ref_nbr} has already been sent to AutoInvoice.")


def _check_reverse(company: Company, inv: Invoice) -> None:
    _reversible(inv, company)


def _check_reverse_and_apply(company: Company, inv: Invoice) -> None:
    _reversible(inv, company)
    if inv.balance <= 0:
        raise VismaError(
            400, f"Invoice {inv.ref_nbr} has no open balance to apply a credit note to."
        )


def _check_correct(company: Company, inv: Invoice) -> None:
    _reversible(inv, company)
    if inv.corrected_by is not None and inv.corrected_by in company.invoices:
        raise VismaError(400, f"Invoice {inv.ref_nbr} is already corrected by {inv.corrected_by}.")
    if any(not app.voided for app in inv.applications):
        raise VismaError(
            400, f"Invoice {inv.ref_nbr} has payments or credit notes applied; reverse it instead."
        )


def _reversible(inv: Invoice, company: Company) -> None:
    if inv.document_type not in ("Invoice", "DebitNote"):
        raise VismaError(
            400, f"Only invoices and debit notes can be reversed, not a {inv.document_type}."
        )
    if not inv.released:
        raise VismaError(400, f"Invoice {inv.ref_nbr} is not released (status {inv.status}).")
    if inv.reversed_by is not None and inv.reversed_by in company.invoices:
        raise VismaError(400, f"Invoice {inv.ref_nbr} is already reversed by {inv.reversed_by}.")


def _copy_of(company: Company, inv: Invoice, document_type: str, text: str) -> Invoice:
    now = company.clock()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    new = Invoice(
        ref_nbr=company.new_invoice_number(),
        document_type=document_type,
        customer=inv.customer,
        document_date=today,
        due_date=today,
        currency=inv.currency,
        created=now,
        modified=now,
        version=company.next_version(),
        exchange_rate=inv.exchange_rate,
        financial_period=f"{today:%Y%m}",
        post_period=f"{today:%Y%m}",
        branch_number=inv.branch_number,
        lines=copy.deepcopy(inv.lines),
        fields={k: v for k, v in inv.fields.items() if k != "sendToAutoInvoice"},
        vat_overrides=dict(inv.vat_overrides),
        billing_address=dict(inv.billing_address),
        invoice_contact=dict(inv.invoice_contact),
        original_ref=inv.ref_nbr,
        vat_rates=company.vat_rates,
    )
    for line in new.lines:
        line.attachments = []
    new.fields["invoiceText"] = text
    company.invoices[new.ref_nbr] = new
    return new


def reverse(company: Company, inv: Invoice, *, apply: bool) -> Invoice:
    """Create the credit note reversing ``inv``; with ``apply``, release and apply it."""
    (_check_reverse_and_apply if apply else _check_reverse)(company, inv)
    note = _copy_of(company, inv, "CreditNote", f"Reversal of {inv.ref_nbr}")
    inv.reversed_by = note.ref_nbr
    if apply:
        note.released = True
        amount = min(note.amount, inv.balance)
        today = note.document_date
        inv.applications.append(Application("CreditNote", note.ref_nbr, amount, today))
        note.applications.append(Application(inv.document_type, inv.ref_nbr, amount, today))
        company.touch(inv)
        company.touch(note)
    return note


def _release(ctx: Context, ref_nbr: str) -> Result:
    inv = _target(ctx, ref_nbr)
    release(ctx.company, inv)
    body = {"actionId": action_id(), "actionResult": "Done"}
    return Result(202, body, headers={"ETag": etag(inv.version)})


def _send(ctx: Context, ref_nbr: str) -> Result:
    inv = _target(ctx, ref_nbr)
    _check_send(ctx.company, inv)
    inv.sent_to_auto_invoice = True
    ctx.company.touch(inv)
    body = {
        "refNbr": ref_nbr,
        "documentType": inv.document_type,
        "actionId": action_id(),
        "actionResult": "Done",
    }
    return Result(202, body, headers={"ETag": etag(inv.version)})


def _correct(ctx: Context, ref_nbr: str) -> Result:
    company = ctx.company
    inv = _target(ctx, ref_nbr)
    _check_correct(company, inv)
    reverse(company, inv, apply=True)
    corrected = _copy_of(company, inv, inv.document_type, inv.fields.get("invoiceText") or "")
    corrected.hold = True
    inv.corrected_by = corrected.ref_nbr
    body = {
        "refNbr": corrected.ref_nbr,
        "documentType": corrected.document_type,
        "actionId": action_id(),
        "actionResult": "Done",
    }
    return Result(202, body, headers={"ETag": etag(corrected.version)})


def _reverse(apply: bool) -> Any:
    def run(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> Result:
        ref_nbr, body = parsed
        inv = _target(ctx, ref_nbr)
        note = reverse(ctx.company, inv, apply=apply)
        result: dict[str, Any] = {
            "referenceNumber": note.ref_nbr,
            "actionId": action_id(),
            "actionResult": "Done",
        }
        if body.get("returnCreditNote"):
            result["creditNoteDto"] = invoice_dto(ctx.company, note)
        return Result(202, result, headers={"ETag": etag(note.version)})

    return run


def _number(call: Call) -> str:
    number: str = _requests.path(call, "invoiceNumber")
    return number


def _parse_reverse(call: Call) -> tuple[str, dict[str, Any]]:
    return _number(call), json_body(call)


_Check = Callable[[Company, Invoice], None]


def _precheck(check: _Check) -> Callable[[Context, Any], None]:
    """What an action checks before its 202: the invoice, If-Match and its rules."""

    def precheck(ctx: Context, parsed: str | tuple[str, dict[str, Any]]) -> None:
        inv = _target(ctx, parsed if isinstance(parsed, str) else parsed[0])
        check(ctx.company, inv)

    return precheck


def operations() -> list[Operation]:
    def action(op_id: str, name: str, parse: Any, run: Any, check: _Check) -> Operation:
        return Operation(
            op_id,
            "POST",
            f"{_ACTION}/{name}",
            "update",
            parse,
            run,
            if_match=True,
            precheck=_precheck(check),
        )

    return [
        action(
            "customerInvoiceReleaseInvoiceByinvoiceNumber",
            "release",
            _number,
            _release,
            check_release,
        ),
        action(
            "customerInvoiceSendToAutoInvoiceByinvoiceNumber",
            "sendToAutoInvoice",
            _number,
            _send,
            _check_send,
        ),
        action(
            "customerInvoiceCorrectInvoiceByinvoiceNumber",
            "correct",
            _number,
            _correct,
            _check_correct,
        ),
        action(
            "customerInvoiceReverseInvoiceByinvoiceNumber",
            "reverse",
            _parse_reverse,
            _reverse(apply=False),
            _check_reverse,
        ),
        action(
            "customerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumber",
            "reverseandapplytonote",
            _parse_reverse,
            _reverse(apply=True),
            _check_reverse_and_apply,
        ),
    ]
