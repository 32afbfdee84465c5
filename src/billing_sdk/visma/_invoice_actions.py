"""The action endpoints of ``visma.customer_invoices``: release, reverse, correct, auto-invoice."""

from __future__ import annotations

from typing import Any, Literal, overload

from billing_sdk._engine import Result, expect
from billing_sdk.visma import _generated as g
from billing_sdk.visma._base import Background, Resource, background_header, if_match_header, number
from billing_sdk.visma._jobs import Job

_RELEASE = g.customer_invoice_release_invoice_byinvoice_number
_AUTO = g.customer_invoice_send_to_auto_invoice_byinvoice_number
_CORRECT = g.customer_invoice_correct_invoice_byinvoice_number
_REVERSE = g.customer_invoice_reverse_invoice_byinvoice_number
_REVERSE_APPLY = g.customer_invoice_reverse_invoice_and_apply_to_note_byinvoice_number


class InvoiceActions(Resource):
    """Invoice actions. Each takes ``if_match`` (a version from a read) and ``background``."""

    def _register_actions(self) -> None:
        self._release_kind = self._kind(
            "customer_invoices.release", _RELEASE._parse_response, self._released
        )
        self._auto_kind = self._kind(
            "customer_invoices.send_to_auto_invoice", _AUTO._parse_response, self._auto_sent
        )
        self._correct_kind = self._kind(
            "customer_invoices.correct", _CORRECT._parse_response, self._corrected
        )
        self._reverse_kind = self._kind(
            "customer_invoices.reverse", _REVERSE._parse_response, self._reversed
        )
        self._reverse_apply_kind = self._kind(
            "customer_invoices.reverse_and_apply_to_note",
            _REVERSE_APPLY._parse_response,
            self._reversed,
        )

    async def _released(self, result: Result[Any]) -> g.ReleaseInvoiceActionResultDto:
        return expect(result.parsed, g.ReleaseInvoiceActionResultDto, result)

    async def _auto_sent(self, result: Result[Any]) -> g.SendToAutoInvoiceArDocumentActionResultDto:
        return expect(result.parsed, g.SendToAutoInvoiceArDocumentActionResultDto, result)

    async def _corrected(self, result: Result[Any]) -> g.CorrectArDocumentActionResultDto:
        return expect(result.parsed, g.CorrectArDocumentActionResultDto, result)

    async def _reversed(self, result: Result[Any]) -> g.ReverseInvoiceActionResultDto:
        return expect(result.parsed, g.ReverseInvoiceActionResultDto, result)

    @overload
    async def release(
        self,
        invoice_number: str,
        *,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> g.ReleaseInvoiceActionResultDto: ...
    @overload
    async def release(
        self, invoice_number: str, *, if_match: str | None = None, background: Literal[True] | str
    ) -> Job[g.ReleaseInvoiceActionResultDto]: ...
    async def release(
        self, invoice_number: str, *, if_match: str | None = None, background: Background = False
    ) -> g.ReleaseInvoiceActionResultDto | Job[g.ReleaseInvoiceActionResultDto]:
        """Release an invoice (Hold/Balanced -> Open)."""
        request = _RELEASE._get_kwargs(
            number(invoice_number, "invoice_number"),
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._release_kind, background)

    @overload
    async def send_to_auto_invoice(
        self,
        invoice_number: str,
        *,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> g.SendToAutoInvoiceArDocumentActionResultDto: ...
    @overload
    async def send_to_auto_invoice(
        self, invoice_number: str, *, if_match: str | None = None, background: Literal[True] | str
    ) -> Job[g.SendToAutoInvoiceArDocumentActionResultDto]: ...
    async def send_to_auto_invoice(
        self, invoice_number: str, *, if_match: str | None = None, background: Background = False
    ) -> (
        g.SendToAutoInvoiceArDocumentActionResultDto
        | Job[g.SendToAutoInvoiceArDocumentActionResultDto]
    ):
        """Send an invoice to AutoInvoice (electronic delivery)."""
        request = _AUTO._get_kwargs(
            number(invoice_number, "invoice_number"),
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._auto_kind, background)

    @overload
    async def correct(
        self,
        invoice_number: str,
        *,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> g.CorrectArDocumentActionResultDto: ...
    @overload
    async def correct(
        self, invoice_number: str, *, if_match: str | None = None, background: Literal[True] | str
    ) -> Job[g.CorrectArDocumentActionResultDto]: ...
    async def correct(
        self, invoice_number: str, *, if_match: str | None = None, background: Background = False
    ) -> g.CorrectArDocumentActionResultDto | Job[g.CorrectArDocumentActionResultDto]:
        """Correct a released invoice: creates a new, editable corrected document."""
        request = _CORRECT._get_kwargs(
            number(invoice_number, "invoice_number"),
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._correct_kind, background)

    @overload
    async def reverse(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> g.ReverseInvoiceActionResultDto: ...
    @overload
    async def reverse(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        background: Literal[True] | str,
    ) -> Job[g.ReverseInvoiceActionResultDto]: ...
    async def reverse(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        background: Background = False,
    ) -> g.ReverseInvoiceActionResultDto | Job[g.ReverseInvoiceActionResultDto]:
        """Reverse an invoice: creates a credit note for it."""
        request = _REVERSE._get_kwargs(
            number(invoice_number, "invoice_number"),
            body=g.ReverseInvoiceActionDto(return_credit_note=bool(return_credit_note)),
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._reverse_kind, background)

    @overload
    async def reverse_and_apply_to_note(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> g.ReverseInvoiceActionResultDto: ...
    @overload
    async def reverse_and_apply_to_note(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        background: Literal[True] | str,
    ) -> Job[g.ReverseInvoiceActionResultDto]: ...
    async def reverse_and_apply_to_note(
        self,
        invoice_number: str,
        *,
        return_credit_note: bool = True,
        if_match: str | None = None,
        background: Background = False,
    ) -> g.ReverseInvoiceActionResultDto | Job[g.ReverseInvoiceActionResultDto]:
        """Reverse an invoice and apply the credit note to it (the invoice is settled)."""
        request = _REVERSE_APPLY._get_kwargs(
            number(invoice_number, "invoice_number"),
            body=g.ReverseInvoiceActionDto(return_credit_note=bool(return_credit_note)),
            if_match=if_match_header(if_match),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._reverse_apply_kind, background)
