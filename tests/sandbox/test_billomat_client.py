"""Billomat lifecycles through the generated client, in-process and over a loopback server."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from billing_sdk._generated.billomat_api import Client
from billing_sdk._generated.billomat_api.api.credit_note_payments import (
    create_credit_note_payment,
    delete_credit_note_payment,
    get_credit_note_payment,
    list_credit_note_payments,
)
from billing_sdk._generated.billomat_api.api.credit_notes import get_credit_note, list_credit_notes
from billing_sdk._generated.billomat_api.models import (
    CreditNote,
    CreditNoteEnvelope,
    CreditNoteListEnvelope,
    CreditNotePayment,
    CreditNotePaymentCreate,
    CreditNotePaymentCreateRequest,
    CreditNotePaymentEnvelope,
    CreditNotePaymentListEnvelope,
    CreditNoteStatus,
    ErrorResponse,
    PaymentType,
    RecordedPaymentType,
)
from tests.sandbox.conftest import SandboxTarget
from tests.sandbox.conftest_billomat import (
    BILLION_LAUGHS,
    JSON_HEADERS,
    KEY,
    SEED_XML_CREATE,
    generated_client,
    reach,
)


def client_for(target: SandboxTarget, headers: dict[str, str] | None = None) -> Client:
    http = target.httpx_client(headers=JSON_HEADERS if headers is None else headers)
    return generated_client(target.base_url, http)


async def note(client: Client, note_id: int) -> CreditNote:
    response = await get_credit_note.asyncio_detailed(id=note_id, client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, CreditNoteEnvelope)
    return response.parsed.credit_note


async def payments_page(client: Client, **filters: object) -> CreditNotePaymentListEnvelope:
    response = await list_credit_note_payments.asyncio_detailed(client=client, **filters)  # type: ignore[arg-type]
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, CreditNotePaymentListEnvelope)
    assert response.headers["X-Rate-Limit-Remaining"].isdigit()
    return response.parsed


def ids(page: CreditNotePaymentListEnvelope) -> list[str]:
    hits = page.credit_note_payments.credit_note_payment
    if hits is None:
        return []
    if isinstance(hits, CreditNotePayment):
        return [hits.id]
    return [p.id for p in hits]


def create_body(note_id: str, amount: str, **fields: object) -> CreditNotePaymentCreateRequest:
    return CreditNotePaymentCreateRequest(
        CreditNotePaymentCreate(credit_note_id=note_id, amount=Decimal(amount), **fields)  # type: ignore[arg-type]
    )


async def test_json_lifecycle_create_get_list_mark_paid_delete_reopens(
    target: SandboxTarget,
) -> None:
    async with client_for(target) as client:
        before = await note(client, 3)
        assert (before.status, before.paid_amount, before.open_amount) == (
            CreditNoteStatus.OPEN,
            Decimal("0"),
            Decimal("12495"),
        )
        first = await create_credit_note_payment.asyncio_detailed(
            client=client,
            body=create_body(
                "3",
                "495.50",
                date=dt.date(2025, 11, 3),
                comment="Erstattung Wartung",
                type_=PaymentType.BANK_TRANSFER,
                transaction_purpose="GS1003",
            ),
        )
        assert first.status_code == 201
        assert isinstance(first.parsed, CreditNotePaymentEnvelope)
        created = first.parsed.credit_note_payment
        assert (created.credit_note_id, created.amount, created.user_id) == (
            "3",
            Decimal("495.50"),
            "1",
        )
        assert created.date == dt.date(2025, 11, 3)
        assert created.type_ is RecordedPaymentType.BANK_TRANSFER
        assert created.created.tzinfo is not None

        fetched = await get_credit_note_payment.asyncio_detailed(id=int(created.id), client=client)
        assert isinstance(fetched.parsed, CreditNotePaymentEnvelope)
        assert fetched.parsed.credit_note_payment.to_dict() == created.to_dict()

        # Exactly one payment on the note: the list holds an object, not a one-item array.
        one = await list_credit_note_payments.asyncio_detailed(client=client, credit_note_id=3)
        raw = json.loads(one.content)["credit-note-payments"]
        assert isinstance(raw["credit-note-payment"], dict)
        assert raw["@total"] == "1"
        assert isinstance(one.parsed, CreditNotePaymentListEnvelope)
        assert isinstance(one.parsed.credit_note_payments.credit_note_payment, CreditNotePayment)

        paying = await create_credit_note_payment.asyncio_detailed(
            client=client,
            body=create_body("3", "11999.50", type_=PaymentType.CASH, mark_credit_note_as_paid=1),
        )
        assert paying.status_code == 201
        assert isinstance(paying.parsed, CreditNotePaymentEnvelope)
        second_id = int(paying.parsed.credit_note_payment.id)
        # Without a date the payment is dated today (the account's day, within a day of UTC's).
        booked_on = paying.parsed.credit_note_payment.date
        assert abs(booked_on - dt.datetime.now(dt.UTC).date()) <= dt.timedelta(days=1)
        paid = await note(client, 3)
        assert (paid.status, paid.paid_amount, paid.open_amount) == (
            CreditNoteStatus.PAID,
            Decimal("12495"),
            Decimal("0"),
        )

        refused = await create_credit_note_payment.asyncio_detailed(
            client=client, body=create_body("3", "1.00")
        )
        assert refused.status_code == 400
        assert isinstance(refused.parsed, ErrorResponse)
        assert "OPEN" in str(refused.parsed.errors.error)

        two = await payments_page(client, credit_note_id=3, order_by="amount DESC")
        assert ids(two) == [str(second_id), created.id]

        deleted = await delete_credit_note_payment.asyncio_detailed(id=second_id, client=client)
        assert (deleted.status_code, deleted.content) == (200, b"")
        reopened = await note(client, 3)
        assert (reopened.status, reopened.paid_amount, reopened.open_amount) == (
            CreditNoteStatus.OPEN,
            Decimal("495.5"),
            Decimal("11999.5"),
        )
        gone = await get_credit_note_payment.asyncio_detailed(id=second_id, client=client)
        assert gone.status_code == 404
        assert isinstance(gone.parsed, ErrorResponse)
        again = await delete_credit_note_payment.asyncio_detailed(id=second_id, client=client)
        assert again.status_code == 404


async def test_seed_xml_create_reads_back_as_xml_and_json(target: SandboxTarget) -> None:
    async with target.httpx_client(headers={"X-BillomatApiKey": KEY}) as http:
        response = await http.post(
            "/api/credit-note-payments",
            content=SEED_XML_CREATE,
            headers={"Content-Type": "application/xml"},
        )
        assert response.status_code == 201
        assert response.headers["content-type"].startswith("application/xml")
        created = ET.fromstring(response.content)
        assert created.tag == "credit-note-payment"
        assert created.find("id[@type='integer']") is not None
        payment_id = int(created.findtext("id", ""))
        assert created.findtext("credit_note_id") == "1"
        assert created.findtext("amount") == "12.34"
        assert created.findtext("date") == "2009-11-03"
        assert created.findtext("comment") == "via bank transfer"
        assert created.findtext("transaction_purpose") == ""
        assert created.findtext("type") == "BANK_TRANSFER"

        as_xml = await http.get(f"/api/credit-note-payments/{payment_id}")
        assert as_xml.headers["content-type"].startswith("application/xml")
        assert ET.fromstring(as_xml.content).findtext("amount") == "12.34"

    async with client_for(target) as client:
        as_json = await get_credit_note_payment.asyncio_detailed(
            id=int(payment_id or 0), client=client
        )
        assert isinstance(as_json.parsed, CreditNotePaymentEnvelope)
        payment = as_json.parsed.credit_note_payment
        assert (payment.credit_note_id, payment.amount, payment.comment) == (
            "1",
            Decimal("12.34"),
            "via bank transfer",
        )
        assert payment.date == dt.date(2009, 11, 3)
        assert payment.type_ is RecordedPaymentType.BANK_TRANSFER
        assert Decimal((await note(client, 1)).paid_amount) == Decimal("1750") + Decimal("12.34")


async def test_list_quirks_filters_and_paging(target: SandboxTarget) -> None:
    async with client_for(target) as client:
        none = await payments_page(client, credit_note_id=10)
        assert none.credit_note_payments.credit_note_payment is None
        assert none.credit_note_payments.total == "0"

        single = await payments_page(client, credit_note_id=2)
        assert ids(single) == ["3"]
        assert isinstance(single.credit_note_payments.credit_note_payment, CreditNotePayment)

        assert ids(await payments_page(client, type_="CASH,PAYPAL")) == ["2", "3", "10"]
        assert ids(await payments_page(client, user_id=2)) == ["2", "5", "7", "10"]
        assert ids(await payments_page(client, credit_note_id=8, type_="DEBIT,CREDIT_CARD")) == [
            "7",
            "8",
        ]
        in_spring = await payments_page(
            client, from_=dt.date(2025, 3, 10), to=dt.date(2025, 4, 2), order_by="date DESC"
        )
        assert ids(in_spring) == ["5", "3"]

        seen: list[str] = []
        for page in range(1, 7):
            chunk = await payments_page(client, per_page=2, page=page)
            assert (chunk.credit_note_payments.page, chunk.credit_note_payments.per_page) == (
                str(page),
                "2",
            )
            assert chunk.credit_note_payments.total == "10"
            seen += ids(chunk)
        assert seen == [str(i) for i in range(1, 11)]  # page 6 is past the end: no key at all

        notes = await list_credit_notes.asyncio_detailed(
            client=client, status="OPEN", order_by="total_gross DESC"
        )
        assert isinstance(notes.parsed, CreditNoteListEnvelope)
        open_notes = notes.parsed.credit_notes.credit_note
        assert isinstance(open_notes, list)
        assert [n.id for n in open_notes] == ["10", "8", "1", "3", "2", "12"]
        assert all(n.status is CreditNoteStatus.OPEN for n in open_notes)


async def test_missing_or_wrong_key_is_401(target: SandboxTarget) -> None:
    async with client_for(target, headers={"Accept": "application/json"}) as anonymous:
        response = await list_credit_note_payments.asyncio_detailed(client=anonymous)
        assert response.status_code == 401
        assert isinstance(response.parsed, ErrorResponse)
    wrong = {"X-BillomatApiKey": "not-the-key", "Accept": "application/json"}
    async with client_for(target, headers=wrong) as client:
        refused = await get_credit_note.asyncio_detailed(id=1, client=client)
        assert refused.status_code == 401
    async with target.httpx_client() as http:
        by_query = await http.get("/api/credit-notes/1", params={"api_key": KEY, "format": "json"})
        assert by_query.status_code == 200
        bad_query = await http.get("/api/credit-notes/1", params={"api_key": "x", "format": "json"})
        assert bad_query.status_code == 401
        assert bad_query.json() == {
            "errors": {"error": "Unauthorized: missing or invalid API key."}
        }


@pytest.mark.parametrize("mode", ["in_process", "loopback"])
async def test_quota_exhaustion_answers_429_with_retry_after(mode: str) -> None:
    async with reach(mode, rate_limit=3, rate_window=600) as bm, bm.client() as client:
        remaining = []
        for _ in range(3):
            response = await get_credit_note.asyncio_detailed(id=1, client=client)
            assert response.status_code == 200
            remaining.append(response.headers["X-Rate-Limit-Remaining"])
        assert remaining == ["2", "1", "0"]
        limited = await get_credit_note.asyncio_detailed(id=1, client=client)
        assert limited.status_code == 429
        assert isinstance(limited.parsed, ErrorResponse)
        assert "Maximum number of requests (3 per 10 minutes)" in str(limited.parsed.errors.error)
        assert limited.headers["X-Rate-Limit-Remaining"] == "0"
        assert 0 < int(limited.headers["Retry-After"]) <= 600
        assert int(limited.headers["X-Rate-Limit-Reset"]) >= int(limited.headers["Retry-After"])


@pytest.mark.parametrize("mode", ["in_process", "loopback"])
async def test_xml_bomb_is_rejected_and_changes_nothing(mode: str) -> None:
    async with reach(mode) as bm, bm.http(JSON_HEADERS) as http:
        before = bm.sandbox.billomat.snapshot()
        response = await http.post(
            "/api/credit-note-payments",
            content=BILLION_LAUGHS,
            headers={"Content-Type": "application/xml"},
        )
        assert response.status_code == 400
        assert "DTD" in response.json()["errors"]["error"]
        assert bm.sandbox.billomat.snapshot() == before
