"""The action endpoints of ``visma.customer_invoices``: release, reverse, correct, auto-invoice.

Each returns an accepted :class:`~billing_sdk.visma.Action` (see ``_actions``). Reverse,
reverse-and-apply and correct make a new document, and Visma has no idempotency key, so a
repeated call must not make a second one:

* the client records each one it sent (``VismaContext.actions``); calling it again for the
  same invoice returns the first call's action instead of sending;
* across clients and processes the invoice is read first: ``reverse_and_apply_to_note`` and
  ``correct`` need an Open invoice (after either, the invoice is settled by its credit note),
  so anything else is a ``StateError`` with nothing sent; ``reverse`` leaves the invoice as
  it is, so the customer's credit notes are searched for one mirroring the invoice (same
  amount and lines, made since the invoice) and, if found, it is returned (``found=True``)
  instead of making another. ``check=False`` skips the read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from billing_sdk._errors import StateError
from billing_sdk.visma import _generated as g
from billing_sdk.visma._actions import Action, ActionKind, text_of
from billing_sdk.visma._base import Resource, if_match_header, number
from billing_sdk.visma._jobs import Job, JobKind
from billing_sdk.visma._operations import (
    OPERATIONS,
    B,
    BackgroundMode,
    CallMode,
    Operation,
    VismaCall,
    call_mode,
    on_await,
)

if TYPE_CHECKING:
    from billing_sdk.visma._context import VismaContext

_RELEASE = OPERATIONS["customer_invoices.release"]
_AUTO = OPERATIONS["customer_invoices.send_to_auto_invoice"]
_CORRECT = OPERATIONS["customer_invoices.correct"]
_REVERSE = OPERATIONS["customer_invoices.reverse"]
_REVERSE_APPLY = OPERATIONS["customer_invoices.reverse_and_apply_to_note"]

R = TypeVar("R")
#: An invoice action: ``await`` it for the invoice (or the document it made) once done.
InvoiceAction = Action[R, g.CustomerInvoiceDto]


def _released(invoice: g.CustomerInvoiceDto) -> bool:
    return text_of(invoice.status) in ("open", "closed")


def _credit_note_number(result: g.ReverseInvoiceActionResultDto) -> str | None:
    return result.reference_number if isinstance(result.reference_number, str) else None


def _credit_note(result: g.ReverseInvoiceActionResultDto) -> g.CustomerInvoiceDto | None:
    note = result.credit_note_dto
    return note if isinstance(note, g.CustomerInvoiceDto) else None


def _corrected_number(result: g.CorrectArDocumentActionResultDto) -> str | None:
    return result.ref_nbr if isinstance(result.ref_nbr, str) else None


class InvoiceActions(Resource):
    """Invoice actions. Each takes ``if_match`` (a version from a read) and ``background``."""

    async def _read(self, invoice_number: str) -> g.CustomerInvoiceDto:
        raise NotImplementedError  # CustomerInvoices.get

    def _register_actions(self) -> None:
        self._release_action: ActionKind[g.ReleaseInvoiceActionResultDto, g.CustomerInvoiceDto] = (
            self._action_kind(_RELEASE.name, _released)
        )
        self._auto_action: ActionKind[
            g.SendToAutoInvoiceArDocumentActionResultDto, g.CustomerInvoiceDto
        ] = self._action_kind(_AUTO.name)
        self._correct_action: ActionKind[
            g.CorrectArDocumentActionResultDto, g.CustomerInvoiceDto
        ] = self._action_kind(_CORRECT.name, produced=_corrected_number)
        self._reverse_action: ActionKind[g.ReverseInvoiceActionResultDto, g.CustomerInvoiceDto] = (
            self._action_kind(_REVERSE.name, produced=_credit_note_number, carried=_credit_note)
        )
        self._reverse_apply_action: ActionKind[
            g.ReverseInvoiceActionResultDto, g.CustomerInvoiceDto
        ] = self._action_kind(
            _REVERSE_APPLY.name, produced=_credit_note_number, carried=_credit_note
        )

    @on_await
    def release(
        self,
        invoice_number: str,
        *,
        if_match: str | None = None,
        background: B | Literal[False] = False,
    ) -> VismaCall[InvoiceAction[g.ReleaseInvoiceActionResultDto], B]:
        """Release an invoice (Hold/Balanced -> Open); ``await`` the returned action for the
        invoice once it shows released."""
        key, mode, request = _request(_RELEASE, invoice_number, if_match, background)
        return VismaCall(self._act(self._release_action, key, mode, request))

    @on_await
    def send_to_auto_invoice(
        self,
        invoice_number: str,
        *,
        if_match: str | None = None,
        background: B | Literal[False] = False,
    ) -> VismaCall[InvoiceAction[g.SendToAutoInvoiceArDocumentActionResultDto], B]:
        """Send an invoice to AutoInvoice (electronic delivery); runs as a background job,
        whose end says the invoice was sent (the invoice itself does not show it)."""
        key, mode, request = _request(_AUTO, invoice_number, if_match, background)
        return VismaCall(self._act(self._auto_action, key, mode, request))

    @on_await
    def correct(
        self,
        invoice_number: str,
        *,
        if_match: str | None = None,
        check: bool = True,
        background: B | Literal[False] = False,
    ) -> VismaCall[InvoiceAction[g.CorrectArDocumentActionResultDto], B]:
        """Correct a released invoice: it is reversed and settled by a credit note, and a new,
        editable copy is made; ``await`` the returned action for that copy.

        Sent once per invoice from this client; with ``check`` the invoice must be Open
        (``StateError`` otherwise, nothing sent): a corrected invoice is settled already.
        """
        key, mode, request = _request(_CORRECT, invoice_number, if_match, background)
        return VismaCall(self._once(self._correct_action, key, mode, request, check, "correct"))

    @on_await
    def reverse(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        check: bool = True,
        background: B | Literal[False] = False,
    ) -> VismaCall[InvoiceAction[g.ReverseInvoiceActionResultDto], B]:
        """Reverse an invoice: makes a credit note for it; ``await`` the returned action for
        the credit note.

        Sent once per invoice from this client; with ``check`` a credit note of the customer
        that mirrors the invoice (same amount and lines, made since it) is looked for first
        and returned (``action.found``) instead of making a second one.
        """
        body = g.ReverseInvoiceActionDto(return_credit_note=bool(return_credit_note))
        key, mode, request = _request(_REVERSE, invoice_number, if_match, background, body)
        return VismaCall(self._once(self._reverse_action, key, mode, request, check, "reverse"))

    @on_await
    def reverse_and_apply_to_note(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        check: bool = True,
        background: B | Literal[False] = False,
    ) -> VismaCall[InvoiceAction[g.ReverseInvoiceActionResultDto], B]:
        """Reverse an invoice and apply the credit note to it (the invoice is settled);
        ``await`` the returned action for the credit note.

        Sent once per invoice from this client; with ``check`` the invoice must be Open
        (``StateError`` otherwise, nothing sent).
        """
        body = g.ReverseInvoiceActionDto(return_credit_note=bool(return_credit_note))
        key, mode, request = _request(_REVERSE_APPLY, invoice_number, if_match, background, body)
        return VismaCall(
            self._once(self._reverse_apply_action, key, mode, request, check, "reverse and apply")
        )

    # -- never a second credit note -------------------------------------------------------------

    async def _once(
        self,
        kind: ActionKind[R, g.CustomerInvoiceDto],
        key: str,
        mode: CallMode,
        request: dict[str, Any],
        check: bool,
        verb: str,
    ) -> InvoiceAction[R] | Job[InvoiceAction[R]]:
        """Send an action that makes a document at most once (see the module docs)."""
        context = self._context
        ledger = context.actions
        sent = ledger.get(kind.name, key)
        if sent is not None:
            return _as_requested(context, sent, kind, mode)
        if check:
            invoice = await self._read(key)
            if kind.name == "customer_invoices.reverse":
                mirror = await self._mirroring_credit_note(invoice)
                if mirror is not None:
                    found = Action(context, kind, key, made=mirror)
                    return _as_requested(context, found, kind, mode)
            elif text_of(invoice.status) != "open":
                actual = str(getattr(invoice.status, "value", invoice.status))
                raise StateError(
                    f"cannot {verb} invoice {key}: it is {actual}, not Open (nothing was sent; "
                    "a reversed or corrected invoice is settled by its credit note already)",
                    expected="Open",
                    actual=actual,
                )
        answer = await self._act(kind, key, mode, request)
        ledger.put(kind.name, key, answer)
        return answer

    async def _mirroring_credit_note(
        self, invoice: g.CustomerInvoiceDto
    ) -> g.CustomerInvoiceDto | None:
        """A credit note of the invoice's customer, made since the invoice, with its amount
        and lines: the reversal a call before this one (maybe in another process) made."""
        customer = getattr(invoice.customer, "number", None)
        if not isinstance(customer, str) or text_of(invoice.document_type) not in (
            "invoice",
            "debitnote",
        ):
            return None
        wanted = _lines(invoice)
        async for note in self.list(customer=customer, document_type="CreditNote"):  # type: ignore[attr-defined]
            if (
                note.reference_number != invoice.reference_number
                and _amount(note) == _amount(invoice)
                and _lines(note) == wanted
                and _not_older(note, invoice)
            ):
                found: g.CustomerInvoiceDto = note
                return found
        return None


def _decimal(value: object) -> Decimal | None:
    # The generated models hold amounts as exact Decimals; absent is None.
    return value if isinstance(value, Decimal) else None


def _amount(invoice: g.CustomerInvoiceDto) -> Decimal | None:
    return _decimal(invoice.amount)


def _lines(invoice: g.CustomerInvoiceDto) -> list[tuple[object, ...]]:
    lines = invoice.invoice_lines
    if not lines:
        return []
    return [
        (
            line.inventory_number,
            _decimal(line.quantity),
            _decimal(line.unit_price_in_currency),
            line.description,
        )
        for line in lines
    ]


def _not_older(note: g.CustomerInvoiceDto, invoice: g.CustomerInvoiceDto) -> bool:
    made, since = note.created_date_time, invoice.created_date_time
    if not isinstance(made, dt.datetime) or not isinstance(since, dt.datetime):
        return True  # nothing says it is older: the amount and lines decide
    return made >= since  # both naive local times (the spec's local-date-time)


def _request(
    op: Operation,
    invoice_number: str,
    if_match: str | None,
    background: BackgroundMode,
    body: g.ReverseInvoiceActionDto | None = None,
) -> tuple[str, CallMode, dict[str, Any]]:
    """An invoice action's number, mode (decided once) and request."""
    key = number(invoice_number, "invoice_number")
    mode = call_mode(op, background)
    options: dict[str, Any] = {} if body is None else {"body": body}
    request: dict[str, Any] = op.module._get_kwargs(
        key, if_match=if_match_header(if_match), erp_api_background=mode.header, **options
    )
    return key, mode, request


def _as_requested(
    context: VismaContext,
    answer: object,
    kind: ActionKind[R, g.CustomerInvoiceDto],
    mode: CallMode,
) -> InvoiceAction[R] | Job[InvoiceAction[R]]:
    """What was sent (or found) before, in the shape this call asks for."""
    if isinstance(answer, Job):
        if mode.returns_job:
            return answer
        document = str(answer.reference.get("document", ""))
        return Action(context, kind, document, job=answer)
    assert isinstance(answer, Action)
    if not mode.returns_job:
        return answer
    if answer.job is not None:
        return answer.job
    job_kind: JobKind[InvoiceAction[R]] = context.kinds[kind.name]
    return Job.answered(context, answer.action_id or answer.document, job_kind, answer)
