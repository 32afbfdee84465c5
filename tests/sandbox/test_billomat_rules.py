"""The Billomat simulator's rules: validation, business rules, filters, auth, quota, state."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from billing_sdk.sandbox import BillomatSettings, FaultPlan, FaultRule
from billing_sdk.sandbox._billomat import BillomatSimulator
from billing_sdk.sandbox._core import build_routes
from billing_sdk.sandbox._faults import FaultInjector
from tests.sandbox.conftest_billomat import JSON_HEADERS, KEY, Reach, bm_local, reach

__all__ = ["bm_local"]  # the fixture, imported for pytest

PAYMENTS = "/api/credit-note-payments"
NOTES = "/api/credit-notes"


def payment(**fields: Any) -> dict[str, Any]:
    return {"credit-note-payment": {"credit_note_id": "1", "amount": "10.00", **fields}}


async def post_json(reach_: Reach, body: Any) -> httpx.Response:
    async with reach_.http(JSON_HEADERS) as http:
        return await http.post(PAYMENTS, json=body)


async def get_json(reach_: Reach, url: str, **params: str) -> Any:
    async with reach_.http(JSON_HEADERS) as http:
        response = await http.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def listed_ids(data: dict[str, Any], plural: str, singular: str) -> list[str]:
    hits = data[plural].get(singular, [])
    return [hits["id"]] if isinstance(hits, dict) else [h["id"] for h in hits]


# -- create validation ----------------------------------------------------------------------------

BAD_JSON_BODIES: list[tuple[str, bytes | Any]] = [
    ("malformed", b'{"credit-note-payment": {'),
    ("not an object", b"[1, 2]"),
    ("no wrapper", {"credit_note_id": "1", "amount": "1"}),
    ("wrapper not an object", {"credit-note-payment": "x"}),
    ("zero amount", payment(amount="0")),
    ("zero cents", payment(amount="0.00")),
    ("text amount", payment(amount="ten")),
    ("number amount", payment(amount=12.34)),
    ("three decimals", payment(amount="1.234")),
    ("eleven digits", payment(amount="12345678901")),
    ("amount with newline", payment(amount="12\n")),
    ("null amount", payment(amount=None)),
    ("number id", payment(credit_note_id=1)),
    ("text id", payment(credit_note_id="one")),
    ("twenty-digit id", payment(credit_note_id="1" * 20)),
    ("missing amount", {"credit-note-payment": {"credit_note_id": "1"}}),
    ("missing id", {"credit-note-payment": {"amount": "1"}}),
    ("unknown type", payment(type="WIRE")),
    ("empty type", payment(type="")),
    ("padded type", payment(type=" CASH")),
    ("impossible date", payment(date="2025-02-30")),
    ("german date", payment(date="03.11.2009")),
    ("long comment", payment(comment="x" * 4001)),
    ("long purpose", payment(transaction_purpose="x" * 256)),
    ("flag as text", payment(mark_credit_note_as_paid="1")),
    ("flag as a JSON boolean", payment(mark_credit_note_as_paid=True)),
    ("flag out of range", payment(mark_credit_note_as_paid=2)),
    (
        "duplicate key",
        b'{"credit-note-payment": {"amount": "1", "amount": "2", "credit_note_id": "1"}}',
    ),
    ("NaN", b'{"credit-note-payment": {"credit_note_id": "1", "amount": NaN}}'),
    (
        "lone surrogate",
        b'{"credit-note-payment": {"credit_note_id": "1", "amount": "1", "comment": "\\ud800"}}',
    ),
    ("deep nesting", b'{"credit-note-payment": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ("not utf-8", b'{"credit-note-payment": {"comment": "\xff"}}'),
    ("empty", b""),
]


@pytest.mark.parametrize(("case", "body"), BAD_JSON_BODIES, ids=[c for c, _ in BAD_JSON_BODIES])
async def test_invalid_create_bodies_are_400_and_change_nothing(
    bm_local: Reach, case: str, body: bytes | Any
) -> None:
    before = bm_local.sandbox.billomat.snapshot()
    async with bm_local.http(JSON_HEADERS) as http:
        if isinstance(body, bytes):
            headers = {"Content-Type": "application/json"}
            response = await http.post(PAYMENTS, content=body, headers=headers)
        else:
            response = await http.post(PAYMENTS, json=body)
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"errors"}
    assert response.headers["X-Rate-Limit-Remaining"].isdigit()
    assert bm_local.sandbox.billomat.snapshot() == before


async def test_all_field_errors_are_reported_together(bm_local: Reach) -> None:
    response = await post_json(bm_local, payment(amount="0", type="WIRE", date="soon"))
    assert response.status_code == 400
    errors = response.json()["errors"]["error"]
    assert isinstance(errors, list) and len(errors) == 3


@pytest.mark.parametrize(("note_id", "status"), [("4", "PAID"), ("6", "DRAFT"), ("7", "CANCELED")])
async def test_payments_only_on_open_credit_notes(
    bm_local: Reach, note_id: str, status: str
) -> None:
    before = bm_local.sandbox.billomat.snapshot()
    response = await post_json(bm_local, payment(credit_note_id=note_id))
    assert response.status_code == 400
    assert status in response.json()["errors"]["error"]
    assert bm_local.sandbox.billomat.snapshot() == before


async def test_unknown_credit_note_in_the_body_is_400_not_404(bm_local: Reach) -> None:
    response = await post_json(bm_local, payment(credit_note_id="999"))
    assert response.status_code == 400
    assert "does not exist" in response.json()["errors"]["error"]


async def test_amounts_are_exact_decimals_and_corrections_allowed(bm_local: Reach) -> None:
    for amount in ("0.10", "0.20", "-0.05", "0.01"):
        assert (await post_json(bm_local, payment(credit_note_id="12", amount=amount))).is_success
    note = (await get_json(bm_local, f"{NOTES}/12"))["credit-note"]
    assert (note["paid_amount"], note["open_amount"]) == ("0.26", "2999.74")
    over = await post_json(bm_local, payment(credit_note_id="12", amount="9999999999.99"))
    assert over.status_code == 201  # over-payments are accepted (no check against open amount)
    note = (await get_json(bm_local, f"{NOTES}/12"))["credit-note"]
    expected_open = Decimal("3000") - Decimal("0.26") - Decimal("9999999999.99")
    assert Decimal(note["open_amount"]) == expected_open
    assert note["currency_code"] == "USD"
    created = over.json()["credit-note-payment"]
    assert (created["currency_code"], created["quote"]) == ("USD", "1.0842")


async def test_delete_reopens_only_a_paid_note(bm_local: Reach) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        assert (await http.delete(f"{PAYMENTS}/10")).status_code == 200  # note 11 was PAID
        assert (await http.delete(f"{PAYMENTS}/1")).status_code == 200  # note 1 stays OPEN
    state = bm_local.sandbox.billomat.state
    assert (state.credit_notes[11].status, state.credit_notes[11].paid_amount) == (
        "OPEN",
        Decimal(0),
    )
    assert (state.credit_notes[1].status, state.credit_notes[1].paid_amount) == (
        "OPEN",
        Decimal(250),
    )


# -- paths and queries ----------------------------------------------------------------------------


@pytest.mark.parametrize("raw_id", ["0", "-1", "abc", "1.0", "9223372036854775808", "%20"])
async def test_ids_out_of_range_are_400(bm_local: Reach, raw_id: str) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        for url in (f"{PAYMENTS}/{raw_id}", f"{NOTES}/{raw_id}"):
            response = await http.get(url)
            assert response.status_code == 400, url
        assert (await http.delete(f"{PAYMENTS}/{raw_id}")).status_code == 400


async def test_unknown_ids_are_404(bm_local: Reach) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        for url in (f"{PAYMENTS}/9223372036854775807", f"{NOTES}/13"):
            response = await http.get(url)
            assert response.status_code == 404
            assert response.json() == {"errors": {"error": "Resource not found"}}


@pytest.mark.parametrize(
    "query",
    [
        "per_page=0",
        "per_page=1001",
        "page=0",
        "page=2147483648",
        "type=WIRE",
        "type=CASH,",
        "order_by=date%2BDESC",
        "order_by=comment",
        "order_by=date%20desc",
        "from=2025-13-01",
        "to=yesterday",
        "user_id=",
        "credit_note_id=1&credit_note_id=2",
        "format=yaml",
    ],
)
async def test_invalid_list_parameters_are_400(bm_local: Reach, query: str) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        response = await http.get(f"{PAYMENTS}?{query}")
    assert response.status_code == 400
    assert "errors" in response.json()


async def test_order_by_with_a_literal_plus_and_several_fields(bm_local: Reach) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        response = await http.get(f"{PAYMENTS}?order_by=user_id+DESC,amount&per_page=5")
    data = response.json()
    assert listed_ids(data, "credit-note-payments", "credit-note-payment") == [
        "2",
        "5",
        "7",
        "10",
        "4",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"client_id": "485051"}, ["1", "7"]),
        ({"contact_id": "20011"}, ["1", "7"]),
        ({"credit_note_number": "gs100"}, ["1", "2", "3", "4", "5", "7", "8", "10", "11"]),
        ({"status": "DRAFT,CANCELED"}, ["6", "7", "9"]),
        ({"from": "2025-09-01", "to": "2025-10-06"}, ["6", "11", "12"]),
        ({"label": "RETOURE"}, ["1"]),
        ({"note": "ausfuhr"}, ["12"]),
        ({"intro": "folgende"}, [str(i) for i in range(1, 13)]),
        ({"tags": "Rabatt,export"}, ["8", "12"]),
        ({"article_id": "5030"}, ["4", "10"]),
        ({"tags": "retoure", "status": "PAID", "order_by": "date DESC"}, ["11", "5"]),
        ({"client_id": "485053", "status": "PAID"}, []),
    ],
)
async def test_credit_note_filters(
    bm_local: Reach, params: dict[str, str], expected: list[str]
) -> None:
    data = await get_json(bm_local, NOTES, **params)
    assert listed_ids(data, "credit-notes", "credit-note") == expected
    assert data["credit-notes"]["@total"] == str(len(expected))
    if not expected:
        assert "credit-note" not in data["credit-notes"]


async def test_head_on_a_list_counts_the_hits(bm_local: Reach) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        response = await http.head(PAYMENTS, params={"type": "CASH,DEBIT"})
    assert response.status_code == 200
    assert response.headers["X-Total-Count"] == "3"


# -- authentication, quota, app credentials -------------------------------------------------------


async def test_header_key_wins_over_the_query_key(bm_local: Reach) -> None:
    async with bm_local.http() as http:
        url = f"{NOTES}/1?format=json"
        good_header = await http.get(f"{url}&api_key=wrong", headers={"X-BillomatApiKey": KEY})
        bad_header = await http.get(f"{url}&api_key={KEY}", headers={"X-BillomatApiKey": "wrong"})
        doubled = await http.get(f"{url}&api_key={KEY}&api_key={KEY}")
        non_ascii = await http.get(
            url, headers={b"X-BillomatApiKey": "schlüssel".encode("latin-1")}
        )
    assert good_header.status_code == 200
    assert [r.status_code for r in (bad_header, doubled, non_ascii)] == [401, 401, 401]
    assert "X-Rate-Limit-Remaining" not in bad_header.headers  # no account identified


async def test_valid_app_credentials_get_their_own_bigger_bucket() -> None:
    settings = BillomatSettings()
    app = {"X-AppId": settings.app_id, "X-AppSecret": settings.app_secret}
    async with reach("in_process", rate_limit=3) as bm, bm.http(JSON_HEADERS) as http:
        assert (await http.get(f"{NOTES}/1", headers=app)).headers["X-Rate-Limit-Remaining"] == "9"
        wrong = {**app, "X-AppSecret": "nope"}
        assert (await http.get(f"{NOTES}/1", headers=wrong)).headers[
            "X-Rate-Limit-Remaining"
        ] == "2"
        assert (await http.get(f"{NOTES}/1")).headers["X-Rate-Limit-Remaining"] == "1"
        malformed = await http.get(f"{NOTES}/1", headers={"X-AppId": "two words"})
        assert malformed.status_code == 400
        assert (await http.get(f"{NOTES}/1")).status_code == 429
        assert (await http.get(f"{NOTES}/1", headers=app)).status_code == 200


async def test_realistic_settings_and_credentials() -> None:
    real = BillomatSettings.realistic(billomat_id="acme")
    assert (real.rate_limit, real.effective_app_rate_limit, real.rate_window) == (300, 1000, 900)
    assert BillomatSettings().effective_app_rate_limit == 33_333
    assert real.public_credentials() == {
        "api_key": "sandbox-billomat-key",
        "app_id": "sandbox-billomat-app",
        "app_secret": "sandbox-billomat-app-secret",
        "billomat_id": "acme",
    }
    with pytest.raises(ValueError):
        BillomatSettings(rate_limit=0)
    with pytest.raises(ValueError):
        BillomatSettings(api_key="")


async def test_oversized_bodies_are_400() -> None:
    async with reach("in_process", max_body_bytes=200) as bm, bm.http(JSON_HEADERS) as http:
        big = payment(comment="x" * 300)
        response = await http.post(PAYMENTS, json=big)
        assert response.status_code == 400
        assert "exceeds 200 bytes" in response.json()["errors"]["error"]

        async def chunks() -> Any:  # no Content-Length: the cap applies while streaming
            yield b'{"credit-note-payment": {"comment": "'
            for _ in range(10):
                yield b"x" * 50
            yield b'"}}'

        streamed = await http.post(PAYMENTS, content=chunks())
        assert streamed.status_code == 400
    assert len(bm.sandbox.billomat.state.payments) == 10


async def test_unsupported_content_type_is_400(bm_local: Reach) -> None:
    async with bm_local.http(JSON_HEADERS) as http:
        response = await http.post(
            PAYMENTS, content=b"credit_note_id=1&amount=1", headers={"Content-Type": "text/plain"}
        )
    assert response.status_code == 400
    assert "Content-Type" in response.json()["errors"]["error"]


# -- the Vendor protocol --------------------------------------------------------------------------


async def test_injected_faults_use_billomat_shape_and_quota_headers() -> None:
    plan = FaultPlan(
        operations={"getCreditNote": FaultRule(status_rates={429: 1.0}, retry_after=3)}
    )
    simulator = BillomatSimulator(BillomatSettings())
    app = Starlette(routes=build_routes(simulator, FaultInjector(plan)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        response = await http.get(f"{NOTES}/1", headers=JSON_HEADERS)
    assert response.status_code == 429
    assert response.json() == {"errors": {"error": "injected fault"}}
    assert response.headers["Retry-After"] == "3"
    assert response.headers["X-Rate-Limit-Remaining"] == "0"
    assert int(response.headers["X-Rate-Limit-Reset"]) > 0


async def test_snapshot_and_reset(bm_local: Reach) -> None:
    simulator = bm_local.sandbox.billomat
    seeded = simulator.snapshot()
    assert len(seeded["credit_note_payments"]) == 10
    assert len(seeded["credit_notes"]) == 12
    json.dumps(seeded)  # JSON-ready
    assert (await post_json(bm_local, payment())).status_code == 201
    grown = simulator.snapshot()
    assert grown["credit_note_payments"][-1]["id"] == "11"
    assert grown["credit_notes"][0]["paid_amount"] == "1760"
    simulator.reset()
    assert simulator.snapshot() == seeded
    assert (await post_json(bm_local, payment())).json()["credit-note-payment"]["id"] == "11"
