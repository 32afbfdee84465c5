"""Billomat's XML: content negotiation, the XML shapes, XML request bodies, hostile XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import httpx
import pytest

from tests.sandbox.conftest_billomat import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    JSON_HEADERS,
    KEY,
    XML_HEADERS,
    Reach,
    bm_local,
)

__all__ = ["bm_local"]  # the fixture, imported for pytest

PAYMENTS = "/api/credit-note-payments"


def xml_of(response: httpx.Response) -> ET.Element:
    assert response.headers["content-type"].startswith("application/xml")
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(response.content)


@pytest.mark.parametrize(
    ("query", "accept", "expected"),
    [
        ("", None, "xml"),
        ("", "application/json", "json"),
        ("", "application/json, */*", "json"),
        ("", "application/json;q=0.9, application/xml", "xml"),
        ("", "application/xml, application/json;q=0.5", "xml"),
        ("", "*/*", "xml"),
        ("", "text/html", "xml"),
        ("", "application/json;q=0, */*", "xml"),
        ("", "text/xml, application/json;q=bogus", "xml"),
        ("?format=json", "application/xml", "json"),
        ("?format=xml", "application/json", "xml"),
    ],
)
async def test_format_negotiation(
    bm_local: Reach, query: str, accept: str | None, expected: str
) -> None:
    headers = dict(XML_HEADERS)
    if accept is not None:
        headers["Accept"] = accept
    async with bm_local.http(headers) as http:
        response = await http.get(f"{PAYMENTS}/1{query}")
    assert response.status_code == 200
    media = "application/json" if expected == "json" else "application/xml"
    assert response.headers["content-type"].startswith(media)


async def test_xml_list_shapes_follow_the_seed(bm_local: Reach) -> None:
    async with bm_local.http(XML_HEADERS) as http:
        two = xml_of(await http.get(PAYMENTS, params={"credit_note_id": "1"}))
        one = xml_of(await http.get(PAYMENTS, params={"credit_note_id": "2"}))
        none = xml_of(await http.get(PAYMENTS, params={"credit_note_id": "3"}))
        notes = xml_of(await http.get("/api/credit-notes", params={"status": "DRAFT"}))
    assert two.tag == "credit-note-payments"
    assert two.attrib == {"type": "array", "page": "1", "per_page": "100", "total": "2"}
    assert [p.findtext("id") for p in two.findall("credit-note-payment")] == ["1", "2"]
    assert [p.findtext("id") for p in one.findall("credit-note-payment")] == ["3"]
    assert none.attrib["total"] == "0" and len(none) == 0
    assert notes.tag == "credit-notes"
    assert [n.findtext("status") for n in notes.findall("credit-note")] == ["DRAFT", "DRAFT"]
    first = two[0]
    assert [(c.tag, c.get("type")) for c in first][:6] == [
        ("id", "integer"),
        ("created", "datetime"),
        ("credit_note_id", "integer"),
        ("user_id", "integer"),
        ("date", "date"),
        ("amount", "float"),
    ]


async def test_errors_are_xml_when_answering_xml(bm_local: Reach) -> None:
    async with bm_local.http(XML_HEADERS) as http:
        missing = await http.get(f"{PAYMENTS}/999")
        invalid = await http.get(PAYMENTS, params={"per_page": "0"})
        bad_format = await http.get(PAYMENTS, params={"format": "yaml"})
    async with bm_local.http() as anonymous:
        unauthorised = await anonymous.get(PAYMENTS)
    for response, status in (
        (missing, 404),
        (invalid, 400),
        (bad_format, 400),
        (unauthorised, 401),
    ):
        assert response.status_code == status
        root = xml_of(response)
        assert root.tag == "errors"
        assert root.findtext("error")
    assert xml_of(missing).findtext("error") == "Resource not found"


async def test_text_is_escaped_and_xml_illegal_characters_replaced(bm_local: Reach) -> None:
    comment = '<b>Tom & "Jerry"</b> \x01 line\r\nnext ]]>'
    body = {"credit-note-payment": {"credit_note_id": "1", "amount": "1", "comment": comment}}
    async with bm_local.http(JSON_HEADERS) as http:
        created = await http.post(PAYMENTS, json=body)
        assert created.status_code == 201
        assert created.json()["credit-note-payment"]["comment"] == comment
        payment_id = created.json()["credit-note-payment"]["id"]
        as_xml = await http.get(f"{PAYMENTS}/{payment_id}", params={"format": "xml"})
    assert xml_of(as_xml).findtext("comment") == comment.replace("\x01", "\ufffd")


@pytest.mark.parametrize("content_type", ["application/xml", "text/xml; charset=utf-8", None])
async def test_xml_create_with_flag_marks_the_note_paid(
    bm_local: Reach, content_type: str | None
) -> None:
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<credit-note-payment>\n'
        b"  <credit_note_id>2</credit_note_id>\n  <amount> 7930.00 </amount>\n"
        b"  <type>CASH</type>\n  <date></date>\n  <!-- booked at the counter -->\n"
        b"  <transaction_purpose>GS1002 Rest</transaction_purpose>\n"
        b"  <mark_credit_note_as_paid>1</mark_credit_note_as_paid>\n</credit-note-payment>"
    )
    headers = {} if content_type is None else {"Content-Type": content_type}
    async with bm_local.http(JSON_HEADERS) as http:
        created = await http.post(PAYMENTS, content=body, headers=headers)
        assert created.status_code == 201, created.text
        assert created.headers["content-type"] == "application/json"  # answers as asked
        payment = created.json()["credit-note-payment"]
        assert (payment["amount"], payment["type"], payment["transaction_purpose"]) == (
            "7930",
            "CASH",
            "GS1002 Rest",
        )
        note = (await http.get("/api/credit-notes/2")).json()["credit-note"]
    assert (note["status"], note["paid_amount"], note["open_amount"]) == ("PAID", "8330", "0")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (BILLION_LAUGHS, "DTD"),
        (EXTERNAL_ENTITY, "DTD"),
        (b"<credit-note-payment><amount>1</credit-note-payment>", "Malformed XML"),
        (b"<payment><credit_note_id>1</credit_note_id><amount>1</amount></payment>", "root"),
        (
            b"<credit-note-payment><credit_note_id>1</credit_note_id><amount>1</amount>"
            b"<amount>2</amount></credit-note-payment>",
            "more than once",
        ),
        (
            b"<credit-note-payment><credit_note_id><id>1</id></credit_note_id>"
            b"<amount>1</amount></credit-note-payment>",
            "must not contain",
        ),
        (
            b"<credit-note-payment><credit_note_id>1</credit_note_id><amount>1</amount>"
            b"<mark_credit_note_as_paid>yes</mark_credit_note_as_paid></credit-note-payment>",
            "mark_credit_note_as_paid",
        ),
        (
            b"<credit-note-payment><credit_note_id>1</credit_note_id></credit-note-payment>",
            "amount",
        ),
        (b'<?xml version="1.0" encoding="bogus"?><credit-note-payment/>', "Malformed XML"),
    ],
)
async def test_bad_xml_bodies_are_400_in_xml_and_change_nothing(
    bm_local: Reach, body: bytes, message: str
) -> None:
    before = bm_local.sandbox.billomat.snapshot()
    async with bm_local.http(XML_HEADERS) as http:
        response = await http.post(PAYMENTS, content=body, headers={"Content-Type": "text/xml"})
    assert response.status_code == 400
    errors = [e.text or "" for e in xml_of(response).findall("error")]
    assert any(message in e for e in errors), errors
    assert bm_local.sandbox.billomat.snapshot() == before


async def test_api_key_in_query_works_for_xml_clients(bm_local: Reach) -> None:
    async with bm_local.http() as http:
        response = await http.get("/api/credit-notes/1", params={"api_key": KEY})
    assert xml_of(response).findtext("status") == "OPEN"
