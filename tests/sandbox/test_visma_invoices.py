"""Invoice lifecycles through the generated client: create, lines, release, reverse, correct,
sendToAutoInvoice, delete, print, ROT/RUT, work types and attachments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import BytesIO
from typing import Any

import pytest

from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
    customer_invoice_correct_invoice_byinvoice_number as correct_op,
)
from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
    customer_invoice_create,
    customer_invoice_create_header_attachment_byinvoice_number,
    customer_invoice_delete_byinvoice_number,
    customer_invoice_get_byinvoice_number,
    customer_invoice_get_rot_rut_byref_nbr,
    customer_invoice_get_work_types,
    customer_invoice_print_invoice_byref_nbr,
    customer_invoice_release_invoice_byinvoice_number,
    customer_invoice_send_to_auto_invoice_byinvoice_number,
    customer_invoice_update_byinvoice_number,
)
from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
    customer_invoice_create_line_attachment_byinvoice_numberline_number as line_attachment_op,
)
from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
    customer_invoice_reverse_invoice_and_apply_to_note_byinvoice_number as reverse_apply_op,
)
from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
    customer_invoice_reverse_invoice_byinvoice_number as reverse_op,
)
from billing_sdk._generated.visma_erp_api.api.customer_invoice_v2 import customer_invoice_v2_create
from billing_sdk._generated.visma_erp_api.client import Client
from billing_sdk._generated.visma_erp_api.models import (
    AttachmentMetadataDto,
    AttachmentUploadForm,
    CorrectArDocumentActionResultDto,
    CustomerDocumentTypes,
    CustomerInvoiceDto,
    CustomerInvoiceLineUpdateDto,
    CustomerInvoiceUpdateDto,
    DocumentStatus,
    DtoValueOfBoolean,
    DtoValueOfDateTime,
    DtoValueOfInt32,
    DtoValueOfQuantity,
    DtoValueOfString,
    DtoValueOfUnitPrice,
    ErrorDto,
    LineOperation,
    ReleaseInvoiceActionResultDto,
    ReverseInvoiceActionDto,
    ReverseInvoiceActionResultDto,
    RotRutDto,
    RutRotTypes,
    SendToAutoInvoiceArDocumentActionResultDto,
    WorkTypeDto,
)
from billing_sdk._generated.visma_erp_api.types import File
from tests.sandbox.conftest_visma import MODES, reach

pytestmark = pytest.mark.parametrize("mode", MODES)


async def _get(client: Client, number: str) -> tuple[CustomerInvoiceDto, str]:
    response = await customer_invoice_get_byinvoice_number.asyncio_detailed(number, client=client)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, CustomerInvoiceDto)
    return response.parsed, response.headers["etag"]


def _new_invoice(**extra: Any) -> CustomerInvoiceUpdateDto:
    return CustomerInvoiceUpdateDto(
        customer_number=DtoValueOfString("10002"),
        document_date=DtoValueOfDateTime(dt.datetime(2026, 9, 1)),
        invoice_text=DtoValueOfString("September services"),
        invoice_lines=[
            CustomerInvoiceLineUpdateDto(
                operation=LineOperation.INSERT,
                inventory_number=DtoValueOfString("CONSULT"),
                description=DtoValueOfString("Consulting"),
                quantity=DtoValueOfQuantity(Decimal("2.0")),
                unit_price_in_currency=DtoValueOfUnitPrice(Decimal("500.0")),
            ),
            CustomerInvoiceLineUpdateDto(
                operation=LineOperation.INSERT,
                description=DtoValueOfString("Catering"),
                quantity=DtoValueOfQuantity(Decimal("1.0")),
                unit_price_in_currency=DtoValueOfUnitPrice(Decimal("200.0")),
                vat_code_id=DtoValueOfString("2"),
            ),
        ],
        **extra,
    )


async def _create(client: Client, **extra: Any) -> tuple[str, str]:
    created = await customer_invoice_v2_create.asyncio_detailed(
        client=client, body=_new_invoice(**extra)
    )
    assert created.status_code == 201, created.content
    return created.headers["location"].rsplit("/", 1)[1], created.headers["etag"]


async def test_create_release_and_lines(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        created = await customer_invoice_v2_create.asyncio_detailed(
            client=client, body=_new_invoice()
        )
        assert created.status_code == 201
        location = created.headers["location"]
        assert location == f"{r.base_url}/v1/customerinvoice/000134"
        invoice, etag = await _get(client, "000134")
        assert etag == created.headers["etag"]
        assert invoice.status == DocumentStatus.BALANCED
        # 2 x 500 at 25 % VAT + 200 at 15 % VAT
        assert (invoice.detail_total, invoice.vat_total, invoice.amount) == (1200, 280, 1480)
        # A naive local timestamp on the wire (the spec's DateTime pattern), a naive datetime
        # in the model (`format: local-date-time`).
        assert invoice.document_due_date == dt.datetime(2026, 10, 1)  # 30 days
        v1 = await customer_invoice_create.asyncio_detailed(client=client, body=_new_invoice())
        assert v1.status_code == 201
        assert "etag" not in v1.headers
        assert v1.headers["location"].endswith("/000135")
        lines = CustomerInvoiceUpdateDto(
            invoice_lines=[
                CustomerInvoiceLineUpdateDto(
                    operation=LineOperation.UPDATE,
                    line_number=DtoValueOfInt32(1),
                    quantity=DtoValueOfQuantity(Decimal("3.0")),
                ),
                CustomerInvoiceLineUpdateDto(
                    operation=LineOperation.DELETE, line_number=DtoValueOfInt32(2)
                ),
            ]
        )
        updated = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000134", client=client, body=lines, if_match=etag
        )
        assert updated.status_code == 204
        invoice, etag = await _get(client, "000134")
        assert invoice.amount == 1875
        assert [line.line_number for line in invoice.invoice_lines or []] == [1]
        missing = CustomerInvoiceUpdateDto(
            invoice_lines=[
                CustomerInvoiceLineUpdateDto(
                    operation=LineOperation.DELETE, line_number=DtoValueOfInt32(9)
                )
            ]
        )
        refused = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000134", client=client, body=missing
        )
        assert refused.status_code == 400
        released = await customer_invoice_release_invoice_byinvoice_number.asyncio_detailed(
            "000134", client=client, if_match=etag
        )
        assert released.status_code == 202
        assert isinstance(released.parsed, ReleaseInvoiceActionResultDto)
        assert released.parsed.action_result == "Done"
        invoice, etag = await _get(client, "000134")
        assert released.headers["etag"] == etag
        assert invoice.status == DocumentStatus.OPEN and invoice.balance == invoice.amount
        again = await customer_invoice_release_invoice_byinvoice_number.asyncio_detailed(
            "000134", client=client
        )
        assert again.status_code == 400
        locked = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000134", client=client, body=lines
        )
        assert locked.status_code == 400
        note_only = CustomerInvoiceUpdateDto(note=DtoValueOfString("paid by card"))
        allowed = await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000134", client=client, body=note_only
        )
        assert allowed.status_code == 204


async def test_hold_and_delete_rules(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        hold = await customer_invoice_release_invoice_byinvoice_number.asyncio_detailed(
            "000101", client=client
        )
        assert hold.status_code == 400
        assert isinstance(hold.parsed, ErrorDto) and "hold" in str(hold.parsed.message)
        off_hold = CustomerInvoiceUpdateDto(hold=DtoValueOfBoolean(False))
        await customer_invoice_update_byinvoice_number.asyncio_detailed(
            "000101", client=client, body=off_hold
        )
        invoice, _ = await _get(client, "000101")
        assert invoice.status == DocumentStatus.BALANCED
        open_delete = await customer_invoice_delete_byinvoice_number.asyncio_detailed(
            "000125", client=client
        )
        assert open_delete.status_code == 400
        deleted = await customer_invoice_delete_byinvoice_number.asyncio_detailed(
            "000105", client=client
        )
        assert deleted.status_code == 204
        gone = await customer_invoice_get_byinvoice_number.asyncio_detailed("000105", client=client)
        assert gone.status_code == 404


async def test_reverse_creates_a_credit_note(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        before, etag = await _get(client, "000126")
        reversed_ = await reverse_op.asyncio_detailed(
            "000126",
            client=client,
            body=ReverseInvoiceActionDto(return_credit_note=True),
            if_match=etag,
        )
        assert reversed_.status_code == 202, reversed_.content
        result = reversed_.parsed
        assert isinstance(result, ReverseInvoiceActionResultDto)
        assert result.reference_number == "000134"
        assert isinstance(result.credit_note_dto, CustomerInvoiceDto)
        assert result.credit_note_dto.document_type == CustomerDocumentTypes.CREDITNOTE
        note, note_etag = await _get(client, "000134")
        assert reversed_.headers["etag"] == note_etag
        assert note.status == DocumentStatus.BALANCED and note.amount == before.amount
        after, _ = await _get(client, "000126")
        assert after.balance == before.balance  # reverse alone applies nothing
        twice = await reverse_op.asyncio_detailed(
            "000126", client=client, body=ReverseInvoiceActionDto()
        )
        assert twice.status_code == 400
        draft = await reverse_op.asyncio_detailed(
            "000104", client=client, body=ReverseInvoiceActionDto()
        )
        assert draft.status_code == 400


async def test_reverse_and_apply_closes_the_invoice(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        partly, _ = await _get(client, "000115")  # half paid by 000037
        applied = await reverse_apply_op.asyncio_detailed(
            "000115", client=client, body=ReverseInvoiceActionDto(return_credit_note=False)
        )
        assert applied.status_code == 202, applied.content
        assert isinstance(applied.parsed, ReverseInvoiceActionResultDto)
        number = applied.parsed.reference_number
        assert isinstance(number, str)
        invoice, _ = await _get(client, "000115")
        assert invoice.status == DocumentStatus.CLOSED and invoice.balance == 0
        note, etag = await _get(client, number)
        assert applied.headers["etag"] == etag
        assert note.status == DocumentStatus.OPEN  # credit left for the paid half
        assert isinstance(partly.amount, Decimal) and isinstance(partly.balance, Decimal)
        assert note.balance == partly.amount - partly.balance
        closed = await reverse_apply_op.asyncio_detailed(
            "000109", client=client, body=ReverseInvoiceActionDto()
        )
        assert closed.status_code == 400


async def test_correct_replaces_the_invoice(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        original, etag = await _get(client, "000127")
        corrected = await correct_op.asyncio_detailed("000127", client=client, if_match=etag)
        assert corrected.status_code == 202, corrected.content
        result = corrected.parsed
        assert isinstance(result, CorrectArDocumentActionResultDto)
        assert result.document_type == "Invoice"
        assert isinstance(result.ref_nbr, str)
        copy, copy_etag = await _get(client, result.ref_nbr)
        assert corrected.headers["etag"] == copy_etag
        assert copy.status == DocumentStatus.HOLD and copy.amount == original.amount
        closed, _ = await _get(client, "000127")
        assert closed.status == DocumentStatus.CLOSED and closed.balance == 0
        stale = await correct_op.asyncio_detailed(
            "000128", client=client, if_match='"AAAAAAAAAAE="'
        )
        assert stale.status_code == 412
        paid = await correct_op.asyncio_detailed("000116", client=client)
        assert paid.status_code == 400


async def test_send_to_auto_invoice(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        sent = await customer_invoice_send_to_auto_invoice_byinvoice_number.asyncio_detailed(
            "000129", client=client
        )
        assert sent.status_code == 202
        assert isinstance(sent.parsed, SendToAutoInvoiceArDocumentActionResultDto)
        assert sent.parsed.ref_nbr == "000129"
        invoice, etag = await _get(client, "000129")
        assert invoice.send_to_auto_invoice is True and sent.headers["etag"] == etag
        twice = await customer_invoice_send_to_auto_invoice_byinvoice_number.asyncio_detailed(
            "000129", client=client
        )
        assert twice.status_code == 400
        draft = await customer_invoice_send_to_auto_invoice_byinvoice_number.asyncio_detailed(
            "000104", client=client
        )
        assert draft.status_code == 400


async def test_print_rot_rut_and_work_types(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        printed = await customer_invoice_print_invoice_byref_nbr.asyncio_detailed(
            "000130", client=client
        )
        assert printed.status_code == 200
        assert printed.headers["content-type"] == "application/pdf"
        assert printed.content.startswith(b"%PDF-1.4") and printed.content.endswith(b"%%EOF\n")
        assert b"000130" in printed.content
        rot = await customer_invoice_get_rot_rut_byref_nbr.asyncio_detailed("000130", client=client)
        assert isinstance(rot.parsed, RotRutDto)
        assert rot.parsed.type_ == RutRotTypes.ROT
        assert (rot.parsed.work_price, rot.parsed.material_cost, rot.parsed.other_cost) == (
            26000,
            18500,
            1200,
        )
        assert rot.parsed.total_deductable_amount == 7800
        assert [d.personal_id for d in rot.parsed.distribution or []] == [
            "198001011234",
            "198202022345",
        ]
        none = await customer_invoice_get_rot_rut_byref_nbr.asyncio_detailed(
            "000101", client=client
        )
        assert none.status_code == 404
        types = await customer_invoice_get_work_types.asyncio_detailed(client=client)
        assert isinstance(types.parsed, list)
        assert all(isinstance(t, WorkTypeDto) for t in types.parsed)
        assert {t.rut_rot_type for t in types.parsed} == {RutRotTypes.ROT, RutRotTypes.RUT}


async def test_attachments_and_revisions(mode: str) -> None:
    async with reach(mode) as r, await r.client() as client:
        _, etag = await _get(client, "000126")

        def form(name: str, metadata: AttachmentMetadataDto | None = None) -> AttachmentUploadForm:
            upload = File(
                payload=BytesIO(b"%PDF-1.4 test"), file_name=name, mime_type="application/pdf"
            )
            if metadata is None:
                return AttachmentUploadForm(file=upload)
            return AttachmentUploadForm(file=upload, metadata=metadata)

        first = await customer_invoice_create_header_attachment_byinvoice_number.asyncio_detailed(
            "000126",
            client=client,
            body=form("order.pdf", AttachmentMetadataDto(include_attachment_invoice_email=True)),
            if_match=etag,
        )
        assert first.status_code == 201, first.content
        attachment_id = first.headers["location"].rsplit("/", 1)[1]
        assert first.headers["location"].startswith(f"{r.base_url}/v1/attachment/")
        invoice, new_etag = await _get(client, "000126")
        assert first.headers["etag"] == new_etag != etag
        assert [(a.name, a.revision) for a in invoice.attachments or []] == [("order.pdf", 1)]
        stale = await customer_invoice_create_header_attachment_byinvoice_number.asyncio_detailed(
            "000126", client=client, body=form("order.pdf"), if_match=etag
        )
        assert stale.status_code == 412
        second = await customer_invoice_create_header_attachment_byinvoice_number.asyncio_detailed(
            "000126", client=client, body=form("order.pdf")
        )
        assert second.headers["location"].rsplit("/", 1)[1] == attachment_id
        invoice, _ = await _get(client, "000126")
        assert [(a.name, a.revision) for a in invoice.attachments or []] == [("order.pdf", 2)]
        line = await line_attachment_op.asyncio_detailed(
            "000126", 1, client=client, body=form("timesheet.pdf")
        )
        assert line.status_code == 201
        invoice, _ = await _get(client, "000126")
        assert invoice.invoice_lines and invoice.invoice_lines[0].attachments
        no_line = await line_attachment_op.asyncio_detailed(
            "000126", 99, client=client, body=form("x.pdf")
        )
        assert no_line.status_code == 404
        async with await r.authed() as http:
            # The metadata part is JSON of known settings (the spec: additionalProperties false,
            # at least one); anything else is refused, whatever its declared type.
            for metadata in ("not json", "{}", '{"unknownSetting": true}', "[]", "5"):
                bad_meta = await http.post(
                    "/v1/customerinvoice/000126/attachment",
                    files={
                        "file": ("y.pdf", b"%PDF-1.4", "application/pdf"),
                        "metadata": (None, metadata, "application/json"),
                    },
                )
                assert bad_meta.status_code == 400, metadata
            no_file = await http.post(
                "/v1/customerinvoice/000126/attachment", files={"metadata": (None, "{}")}
            )
            assert no_file.status_code == 400
            not_multipart = await http.post("/v1/customerinvoice/000126/attachment", json={})
            assert not_multipart.status_code == 400
