"""Unit tests of the Visma simulator's rules: validation, bad input, versions, payments, seed."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from billing_sdk.sandbox import Sandbox, VismaSettings
from billing_sdk.sandbox._core import build_routes
from billing_sdk.sandbox._faults import FaultInjector
from billing_sdk.sandbox._spec_validation import SpecViolation
from billing_sdk.sandbox._visma import VismaSimulator, _requests
from billing_sdk.sandbox._visma._http import VismaError, check_if_match, etag, version_tag
from billing_sdk.sandbox._visma._requests import parse_datetime
from billing_sdk.sandbox._visma._webhook import is_loopback, sign


@pytest.fixture
async def api() -> AsyncIterator[tuple[VismaSimulator, httpx.AsyncClient]]:
    """The simulator alone behind a bare Starlette app, with a demo-tenant token."""
    sim = VismaSimulator(VismaSettings(max_body_bytes=4096, job_duration=0.0, action_delay=None))
    app = Starlette(routes=build_routes(sim, FaultInjector()))
    headers = {"Authorization": f"Bearer {sim.issue_token()}"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://erp.test", headers=headers
    ) as client:
        yield sim, client


# -- pure helpers -------------------------------------------------------------------------------


def test_version_tag_is_base64_rowversion() -> None:
    assert version_tag(0x4D182222) == "AAAAAE0YIiI="
    assert etag(0x4D182222) == '"AAAAAE0YIiI="'
    for ok in ('"AAAAAE0YIiI="', "AAAAAE0YIiI=", 'W/"AAAAAE0YIiI="', "*", None):
        check_if_match(ok, 0x4D182222)
    with pytest.raises(VismaError) as caught:
        check_if_match('"AAAAAE0YIiM="', 0x4D182222)
    assert caught.value.status == 412


def test_parse_datetime_forms() -> None:
    expected = dt.datetime(2024, 1, 31, 10, 5, 6)
    for text in (
        "2024-01-31T10:05:06",
        "2024-01-31 10:05:06",
        "2024-01-31T10:05:06Z",
        "2024-01-31T10:05:06+02:00",
        "2024-01-31t10:05:06.000",
    ):
        assert parse_datetime(text) == expected, text
    assert parse_datetime("2024-01-31") == dt.datetime(2024, 1, 31)
    assert parse_datetime("2016-12-31T23:59:60Z") == dt.datetime(2016, 12, 31, 23, 59, 59)
    for bad in ("", "31.01.2024", "2024-02-30", "0000-01-01", "2024-01-31T25:00:00", "now"):
        assert parse_datetime(bad) is None, bad


def test_bodies_are_checked_against_the_spec_and_normalised() -> None:
    operation = _requests.spec().operation("customerPaymentPutBypaymentNumber")
    schema = operation.body_schema
    assert schema is not None
    # A wrapper without "value" is absent; properties the spec does not name are dropped.
    assert _requests.normalise({"hold": {}, "other": 1}, schema) == {}
    body = {
        "paymentAmount": {"value": 2},
        "applicationDate": {"value": "2024-01-31T10:00:00+02:00"},
        "financeCharges": [{"lineNbr": {"value": Decimal("3.0")}, "amount": {"value": 1}}],
    }
    operation.body(body)
    assert _requests.normalise(body, schema) == {
        "paymentAmount": Decimal(2),
        "applicationDate": dt.datetime(2024, 1, 31, 10),
        "financeCharges": [{"lineNbr": 3, "amount": Decimal(1)}],
    }
    bad: Any
    for bad in (
        {"hold": True},
        {"hold": {"value": 1}},
        {"paymentAmount": {"value": True}},
        {"paymentAmount": {"value": "1"}},
        {"paymentAmount": {"value": Decimal("1.005")}},
        {"financeCharges": [{"lineNbr": {"value": 2**31}}]},
        {"financeCharges": [{"lineNbr": {"value": Decimal("1.5")}}]},
        {"applicationDate": {"value": "2023-02-29T00:00:00"}},
        [],
    ):
        with pytest.raises(SpecViolation):
            operation.body(bad)


def test_webhook_helpers() -> None:
    # echo -n "{}" | openssl dgst -sha256 -hmac k -binary | base64
    assert sign(b"{}", "k") == "rdhTsQP7zJNqGU+esV4pxP8Ir25H1dG8pPICGOMeT/8="
    assert is_loopback("http://127.0.0.1:8080/x")
    assert is_loopback("http://localhost/x")
    assert is_loopback("http://[::1]:9/x")
    assert not is_loopback("https://example.com/hook")
    assert not is_loopback("http://10.0.0.1/hook")
    assert not is_loopback("ftp://127.0.0.1/x")


def test_settings_validation_and_credentials() -> None:
    creds = VismaSettings().public_credentials()
    assert creds["client_id"] == "sandbox-client"
    assert creds["token_url_path"] == "/connect/token"
    for bad in (
        {"client_secret": ""},
        {"other_tenants": (VismaSettings().tenant_id,)},
        {"scopes": ("admin",)},
        {"job_duration": -1.0},
        {"invoices_max_page_size": 0},
        {"max_body_bytes": 0},
        {"job_durations": {"x": float("nan")}},
    ):
        with pytest.raises(ValueError):
            VismaSettings(**bad)


# -- bad input never changes state --------------------------------------------------------------


async def test_bad_bodies_are_400_and_change_nothing(
    api: tuple[VismaSimulator, httpx.AsyncClient],
) -> None:
    sim, client = api
    before = sim.snapshot()
    raw_bodies: list[bytes] = [
        b"",
        b"{",
        b"[]",
        b'"text"',
        b'{"paymentAmount": {"value": NaN}}',
        b'{"paymentAmount": {"value": 1}, "paymentAmount": {"value": 2}}',
        b"\xff\xfe",
        b"[" * 5000 + b"]" * 5000,
    ]
    for raw in raw_bodies:
        response = await client.put(
            "/v1/customerPayment/000042", content=raw, headers={"Content-Type": "application/json"}
        )
        assert response.status_code in (400, 413), raw[:20]
        assert "message" in response.json()
    json_bodies: list[Any] = [
        {"paymentAmount": {"value": -5}},
        {"paymentAmount": {"value": 1e300}},
        {"type": {"value": "Cheque"}},
        {"type": {"value": "VoidPayment"}},
        {"customer": {"value": "99999"}},
        {
            "paymentLines": [{"operation": "Insert", "refNbr": {"value": "000125"}}]
        },  # other customer
        {"paymentLines": [{"operation": "Update", "refNbr": {"value": "000999"}}]},
        {"paymentLines": [{"operation": "Insert", "refNbr": {"value": "000101"}}]},  # not released
        {"paymentAmount": {"value": 1}},  # less than its lines
        {"applicationPeriod": {"value": "2026-13"}},
        {"referenceNumber": {"value": "000999"}},
        {"branch": {"value": "99"}},
    ]
    for body in json_bodies:
        response = await client.put("/v1/customerPayment/000042", json=body)
        assert response.status_code == 400, body
    assert sim.snapshot() == before


async def test_oversized_bodies_are_400(api: tuple[VismaSimulator, httpx.AsyncClient]) -> None:
    _, client = api
    big = {"invoiceText": {"value": "x" * 5000}}
    response = await client.put("/v1/customerinvoice/000104", json=big)
    assert response.status_code == 400  # the spec documents 400 for every invalid request
    assert "message" in response.json()


async def test_bad_paths_headers_and_queries(api: tuple[VismaSimulator, httpx.AsyncClient]) -> None:
    sim, client = api
    before = sim.snapshot()
    for path in (
        "/v1/customerinvoice/0001010001010001",
        "/v1/customerinvoice/a%0Ab",
        "/v1/customerinvoice/000126/0/attachment",
        "/v1/customerinvoice/000126/99999999999/attachment",
        "/v1/background/xyz",
    ):
        method = "POST" if path.endswith("attachment") else "GET"
        response = await client.request(method, path)
        assert response.status_code == 400, path
    checks = [
        ("GET", "/v1/customerinvoice", {"pageSize": "0"}),
        ("GET", "/v1/customerinvoice", {"pageNumber": "x"}),
        ("GET", "/v1/customerinvoice", {"released": "2"}),
        ("GET", "/v1/customerinvoice", {"status": "open"}),
        ("GET", "/v1/customerinvoice", {"expandApplications": "yes"}),
        ("GET", "/v1/customerinvoice", {"financialPeriod": "2026-01"}),
        ("GET", "/v1/customerinvoice", {"createdDateTime": "2026-01-01T00:00:00Z"}),
        ("GET", "/v1/customerinvoice", {"customer": "x" * 31}),
        ("GET", "/v1/customerPayment", {"docDate": "yesterday", "docDateCondition": ">"}),
    ]
    for method, path, query in checks:
        response = await client.request(method, path, params=query)
        assert response.status_code == 400, query
    repeated = await client.get("/v1/customerinvoice?status=Open&status=Hold")
    assert repeated.status_code == 400
    case_insensitive = await client.get("/v1/customerinvoice?STATUS=Hold&pagesize=2")
    assert [i["referenceNumber"] for i in case_insensitive.json()] == ["000101", "000102"]
    for header, value in (("If-Match", "not a tag"), ("erp-api-background", "later")):
        response = await client.put("/v1/customerinvoice/000104", json={}, headers={header: value})
        assert response.status_code == 400, header
    assert sim.snapshot() == before


# -- business rules -----------------------------------------------------------------------------


async def test_payment_defaults_and_hold(api: tuple[VismaSimulator, httpx.AsyncClient]) -> None:
    sim, client = api
    body = {
        "customer": {"value": "10002"},
        "hold": {"value": True},
        "paymentLines": [{"refNbr": {"value": "000129"}}],
    }
    created = await client.post("/v1/customerPayment", json=body)
    assert created.status_code == 201
    number = created.headers["location"].rsplit("/", 1)[1]
    payment = (await client.get(f"/v1/customerPayment/{number}")).json()
    invoice = (await client.get("/v1/customerinvoice/000129")).json()
    assert payment["status"] == "Hold"
    assert payment["paymentAmount"] == invoice["balance"]  # amount defaults to the lines
    assert payment["paymentRef"] == number
    assert payment["type"] == "Payment"
    hold = await client.post(f"/v1/customerPayment/{number}/action/release", json={})
    assert hold.status_code == 400
    release = await client.put(f"/v1/customerPayment/{number}", json={"hold": {"value": False}})
    assert release.status_code == 204
    wrong_type = await client.post(
        f"/v1/customerPayment/{number}/action/release", json={"type": {"value": "Refund"}}
    )
    assert wrong_type.status_code == 400
    ok = await client.post(
        f"/v1/customerPayment/{number}/action/release", json={"type": {"value": None}}
    )
    assert ok.status_code == 202
    assert sim.company().invoices["000129"].status == "Closed"


async def test_refund_applies_to_an_open_credit_note(
    api: tuple[VismaSimulator, httpx.AsyncClient],
) -> None:
    sim, client = api
    note = sim.company().invoices["000133"]
    body = {
        "type": {"value": "Refund"},
        "customer": {"value": note.customer},
        "paymentLines": [
            {"documentType": {"value": "CreditNote"}, "refNbr": {"value": "000133"},
             "amountPaid": {"value": 750}}
        ],
    }  # fmt: skip
    created = await client.post("/v1/customerPayment", json=body)
    assert created.status_code == 201, created.text
    number = created.headers["location"].rsplit("/", 1)[1]
    await client.post(f"/v1/customerPayment/{number}/action/release", json={})
    assert note.balance == note.amount - 750
    as_invoice = dict(body, type={"value": "Payment"})
    assert (await client.post("/v1/customerPayment", json=as_invoice)).status_code == 400


async def test_void_of_unreleased_payment_restores_nothing(
    api: tuple[VismaSimulator, httpx.AsyncClient],
) -> None:
    sim, client = api
    balance = sim.company().invoices["000122"].balance
    voided = await client.post("/v1/customerPayment/000042/action/void", json={"type": "Payment"})
    assert voided.status_code == 202
    assert sim.company().payments["000042"].status == "Voided"
    assert sim.company().invoices["000122"].balance == balance
    update = await client.put("/v1/customerPayment/000042", json={})
    assert update.status_code == 400


async def test_every_write_changes_the_version(
    api: tuple[VismaSimulator, httpx.AsyncClient],
) -> None:
    sim, client = api
    seen = {sim.company().payments["000042"].version}
    for _ in range(3):
        response = await client.put(
            "/v1/customerPayment/000042", json={"invoiceText": {"value": "x"}}
        )
        assert response.status_code == 204
        seen.add(sim.company().payments["000042"].version)
    assert len(seen) == 4


def test_seed_is_stable_and_reset_restores_it() -> None:
    sim = VismaSimulator()
    first = sim.snapshot()
    tenant = first["tenants"][first["default_tenant"]]
    assert [i["number"] for i in tenant["invoices"]] == [f"000{n}" for n in range(101, 134)]
    assert [p["number"] for p in tenant["payments"]] == [f"0000{n}" for n in range(31, 46)]
    statuses = {i["number"]: i["status"] for i in tenant["invoices"]}
    assert statuses["000101"] == "Hold" and statuses["000104"] == "Balanced"
    assert statuses["000108"] == "Closed" and statuses["000115"] == "Open"
    for invoice in tenant["invoices"]:
        assert Decimal(invoice["balance"]) <= Decimal(invoice["amount"])
    assert VismaSimulator().snapshot() == first
    sim.company().invoices.clear()
    sim.reset()
    assert sim.snapshot() == first
    other = first["tenants"][VismaSettings().other_tenants[0]]
    assert [i["number"] for i in other["invoices"]] == [f"000{n}" for n in range(501, 507)]


def test_each_other_tenant_gets_its_own_company() -> None:
    settings = VismaSettings(other_tenants=("t-2", "t-3"))
    snapshot = VismaSimulator(settings).snapshot()
    assert set(snapshot["tenants"]) == {settings.tenant_id, "t-2", "t-3"}
    amounts = [[i["amount"] for i in snapshot["tenants"][t]["invoices"]] for t in ("t-2", "t-3")]
    assert amounts[0] != amounts[1]


async def test_sandbox_wires_the_simulator() -> None:
    sb = Sandbox()
    assert sb.visma.name == "visma"
    async with httpx.AsyncClient(transport=sb.transport(), base_url=sb.base_url) as http:
        token = sb.visma.issue_token()
        response = await http.get(
            "/v1/customerinvoice/000101", headers={"Authorization": f"Bearer {token}"}
        )
    assert response.status_code == 200
    assert "visma" in sb.snapshot()
    error = sb.visma.error_response(503, "injected")
    assert error.status_code == 503
