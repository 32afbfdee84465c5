"""Bad input never reaches the CRM.COM rules: a 4xx envelope, never a 500, state unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from billing_sdk.sandbox import CrmComSettings
from tests.sandbox.conftest_crmcom import MODES, envelope, http, reach, snapshot

TOKEN = "STATIC-TEST-TOKEN"
SETTINGS = CrmComSettings(static_tokens=(TOKEN,), max_body_bytes=64 * 1024)


def _create(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "token": TOKEN,
        "accounts_receivable_identifier": {"number": "AR0001"},
        "type_identifier": {"name": "Payment"},
        "life_cycle_state": "POSTED",
        "payment_method_identifier": {"name": "Cash"},
        "payment_amount": 10,
    }
    for key, value in changes.items():
        if value is _DROP:
            body.pop(key)
        else:
            body[key] = value
    return body


_DROP = object()

#: (label, path, JSON body or raw bytes, expected status.code)
BAD_POSTS: list[tuple[str, str, Any, str]] = [
    ("malformed JSON", "payments/create", b'{"token": ', "INVALID_PARAMETER"),
    ("not an object", "payments/create", b"[1, 2]", "INVALID_PARAMETER"),
    (
        "NaN amount",
        "payments/create",
        b'{"token": "x", "payment_amount": NaN}',
        "INVALID_PARAMETER",
    ),
    ("deep nesting", "payments/create", b"[" * 30_000 + b"]" * 30_000, "INVALID_PARAMETER"),
    (
        "oversized body",
        "payments/create",
        {"token": TOKEN, "notes": "x" * 70_000},
        "INVALID_PARAMETER",
    ),
    ("not UTF-8", "payments/create", b'{"token": "\xff\xfe"}', "INVALID_PARAMETER"),
    ("missing token", "payments/create", _create(token=_DROP), "INVALID_TOKEN"),
    ("missing amount", "payments/create", _create(payment_amount=_DROP), "MISSING_PARAMETER"),
    ("zero amount", "payments/create", _create(payment_amount=0), "INVALID_PARAMETER"),
    ("negative amount", "payments/create", _create(payment_amount=-5), "INVALID_PARAMETER"),
    ("text amount", "payments/create", _create(payment_amount="10"), "INVALID_PARAMETER"),
    ("boolean amount", "payments/create", _create(payment_amount=True), "INVALID_PARAMETER"),
    ("huge amount", "payments/create", _create(payment_amount=10**13), "INVALID_PARAMETER"),
    (
        "amount with three decimals",
        "payments/create",
        _create(payment_amount=10.001),
        "INVALID_PARAMETER",
    ),
    (
        "tiny exponent",
        "payments/create",
        b'{"token":"%s","payment_amount":1e-999999999,'
        b'"accounts_receivable_identifier":{"number":"AR0001"},"type_identifier":{"name":"Payment"},'
        b'"life_cycle_state":"DRAFT","payment_method_identifier":{"name":"Cash"}}' % TOKEN.encode(),
        "INVALID_PARAMETER",
    ),
    (
        "unknown state",
        "payments/create",
        _create(life_cycle_state="CANCELLED"),
        "INVALID_PARAMETER",
    ),
    (
        "lower-case state",
        "payments/create",
        _create(life_cycle_state="posted"),
        "INVALID_PARAMETER",
    ),
    (
        "empty identifier",
        "payments/create",
        _create(accounts_receivable_identifier={}),
        "INVALID_PARAMETER",
    ),
    (
        "two identifier fields",
        "payments/create",
        _create(accounts_receivable_identifier={"number": "AR0001", "name": "x"}),
        "INVALID_PARAMETER",
    ),
    (
        "unknown identifier field",
        "payments/create",
        _create(type_identifier={"code": "P"}),
        "INVALID_PARAMETER",
    ),
    (
        "identifier not an object",
        "payments/create",
        _create(type_identifier="Payment"),
        "INVALID_PARAMETER",
    ),
    (
        "empty identifier value",
        "payments/create",
        _create(type_identifier={"name": ""}),
        "INVALID_PARAMETER",
    ),
    ("null optional field", "payments/create", _create(notes=None), "INVALID_PARAMETER"),
    (
        "both of the pair",
        "payments/create",
        _create(wallet_identifier={"number": "W0001"}),
        "INVALID_PARAMETER",
    ),
    (
        "neither of the pair",
        "payments/create",
        _create(accounts_receivable_identifier=_DROP),
        "INVALID_PARAMETER",
    ),
    (
        "both unit alternatives",
        "payments/create",
        _create(
            received_by_unit_identifier={"alternative_code": "AU"},
            received_by_business_unit_identifier={"alternative_code": "NB"},
        ),
        "INVALID_PARAMETER",
    ),
    (
        "February 30",
        "payments/create",
        _create(received_on="2024-02-30T10:00:00"),
        "INVALID_PARAMETER",
    ),
    (
        "February 29, 2023",
        "payments/create",
        _create(received_on="2023-02-29T10:00:00"),
        "INVALID_PARAMETER",
    ),
    (
        "date with zone",
        "payments/create",
        _create(received_on="2024-02-01T10:00:00Z"),
        "INVALID_PARAMETER",
    ),
    ("bad fields_set", "payments/create", _create(fields_set="id, number"), "INVALID_PARAMETER"),
    ("udf float overflow", "payments/create", _create(udf_float_1=10**400), "INVALID_PARAMETER"),
    (
        "too many invoices",
        "payments/create",
        _create(invoices_to_pay_set=[{"invoice_identifier": {"number": "I1"}}] * 101),
        "INVALID_PARAMETER",
    ),
    (
        "check digit out of range",
        "payments/pay_bill",
        {
            "token": TOKEN,
            "accounts_receivable_identifier": {"number": "AR1"},
            "type_identifier": {"name": "Payment"},
            "payment_method_identifier": {"name": "Cash"},
            "bill_identifier": {"number": "B7"},
            "bill_number_check_digit": 100,
        },
        "INVALID_PARAMETER",
    ),
    (
        "check digit as float",
        "payments/pay_bill",
        {
            "token": TOKEN,
            "accounts_receivable_identifier": {"number": "AR1"},
            "type_identifier": {"name": "Payment"},
            "payment_method_identifier": {"name": "Cash"},
            "bill_identifier": {"number": "B7"},
            "bill_number_check_digit": 3.5,
        },
        "INVALID_PARAMETER",
    ),
    ("missing payment", "payments/post", {"token": TOKEN}, "MISSING_PARAMETER"),
    (
        "unknown token",
        "payments/post",
        {"token": "not-a-token", "payment_identifier": {"number": "96"}},
        "INVALID_TOKEN",
    ),
    (
        "malformed token",
        "payments/post",
        {"token": "bad token!", "payment_identifier": {"number": "96"}},
        "INVALID_TOKEN",
    ),
    (
        "token of the wrong type",
        "payments/post",
        {"token": 42, "payment_identifier": {"number": "96"}},
        "INVALID_TOKEN",
    ),
    (
        "login without password",
        "authentication/token",
        {"username": "sandbox", "organisation": "Sandbox Ltd"},
        "MISSING_PARAMETER",
    ),
    (
        "wrong password",
        "authentication/token",
        {"username": "sandbox", "password": "x", "organisation": "Sandbox Ltd"},
        "INVALID_LOGIN",
    ),
    (
        "unit the user may not use",
        "authentication/token",
        {
            "username": "sandbox",
            "password": "sandbox-password",
            "organisation": "Sandbox Ltd",
            "unit": "0000",
        },
        "INVALID_LOGIN",
    ),
]

#: (label, path, query, expected status.code)
BAD_GETS: list[tuple[str, str, list[tuple[str, str | int | float | bool | None]], str]] = [
    ("no token", "payments/show", [("payment_identifier", "number=96")], "INVALID_TOKEN"),
    ("no identifier", "payments/show", [("token", TOKEN)], "MISSING_PARAMETER"),
    (
        "identifier without =",
        "payments/show",
        [("token", TOKEN), ("payment_identifier", "96")],
        "INVALID_PARAMETER",
    ),
    (
        "identifier without value",
        "payments/show",
        [("token", TOKEN), ("payment_identifier", "number=")],
        "INVALID_PARAMETER",
    ),
    (
        "unknown identifier field",
        "payments/show",
        [("token", TOKEN), ("payment_identifier", "name=96")],
        "INVALID_PARAMETER",
    ),
    (
        "doubled identifier",
        "payments/show",
        [("token", TOKEN), ("payment_identifier", "number=96"), ("payment_identifier", "id=X")],
        "INVALID_PARAMETER",
    ),
    (
        "unknown payment",
        "payments/show",
        [("token", TOKEN), ("payment_identifier", "number=nope")],
        "NOT_FOUND",
    ),
    (
        "odd characters",
        "payments/show",
        [("token", TOKEN), ("payment_identifier", "id=../../\u00e9\u2603%00")],
        "NOT_FOUND",
    ),
    (
        "page size 0",
        "payments/list",
        [
            ("token", TOKEN),
            ("accounts_receivable_identifier", "number=AR0001"),
            ("number_of_results", "0"),
        ],
        "INVALID_PARAMETER",
    ),
    (
        "page size text",
        "payments/list",
        [
            ("token", TOKEN),
            ("accounts_receivable_identifier", "number=AR0001"),
            ("number_of_results", "ten"),
        ],
        "INVALID_PARAMETER",
    ),
    (
        "negative offset",
        "payments/list",
        [("token", TOKEN), ("accounts_receivable_identifier", "number=AR0001"), ("offset", "-1")],
        "INVALID_PARAMETER",
    ),
    (
        "unknown state filter",
        "payments/list",
        [
            ("token", TOKEN),
            ("accounts_receivable_identifier", "number=AR0001"),
            ("life_cycle_state", "OPEN"),
        ],
        "INVALID_PARAMETER",
    ),
    (
        "unknown type filter",
        "payments/list",
        [
            ("token", TOKEN),
            ("accounts_receivable_identifier", "number=AR0001"),
            ("type_identifier", "name=Nope"),
        ],
        "NOT_FOUND",
    ),
    (
        "number missing",
        "payments/get_latest",
        [("token", TOKEN), ("accounts_receivable_identifier", "number=AR0001")],
        "MISSING_PARAMETER",
    ),
    (
        "number too big",
        "payments/get_latest",
        [("token", TOKEN), ("accounts_receivable_identifier", "number=AR0001"), ("number", "1001")],
        "INVALID_PARAMETER",
    ),
    (
        "fields_set with space",
        "payments/configuration/rejection_reasons/list",
        [("token", TOKEN), ("fields_set", "default, rejection_reason")],
        "INVALID_PARAMETER",
    ),
]

STATUS = {
    "MISSING_PARAMETER": 400,
    "INVALID_PARAMETER": 400,
    "INVALID_LOGIN": 401,
    "INVALID_TOKEN": 401,
    "NOT_FOUND": 404,
}


@pytest.mark.parametrize("mode", MODES)
async def test_bad_posts_get_an_envelope_and_change_nothing(mode: str) -> None:
    async with reach(mode, SETTINGS) as sb:
        before = snapshot(sb)
        async with http(sb) as client:
            for label, path, body, code in BAD_POSTS:
                if isinstance(body, bytes):
                    response = await client.post(
                        path, content=body, headers={"Content-Type": "application/json"}
                    )
                else:
                    response = await client.post(path, json=body)
                assert response.status_code == STATUS[code], (label, response.text)
                data = envelope(response)
                assert data["status"]["code"] == code, (label, data)
                assert data["data"] is None and data["status"]["message"]
        assert snapshot(sb) == before


@pytest.mark.parametrize("mode", MODES)
async def test_bad_gets_get_an_envelope(mode: str) -> None:
    async with reach(mode, SETTINGS) as sb, http(sb) as client:
        for label, path, query, code in BAD_GETS:
            response = await client.get(path, params=query)
            assert response.status_code == STATUS[code], (label, response.text)
            assert envelope(response)["status"]["code"] == code, label


async def test_wrong_content_type_and_method() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        text = await client.post(
            "payments/post",
            content=b'{"token": "%s", "payment_identifier": {"number": "96"}}' % TOKEN.encode(),
            headers={"Content-Type": "text/plain"},
        )
        assert text.status_code == 400
        assert envelope(text)["status"]["description"] == "Content-Type"
        wrong_method = await client.get("payments/create")
        assert wrong_method.status_code == 405
        assert "POST" in wrong_method.headers["allow"]


async def test_error_descriptions_name_the_parameter() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        missing = await client.post("payments/create", json=_create(type_identifier=_DROP))
        assert envelope(missing)["status"]["description"] == "type_identifier"
        unknown = await client.post(
            "payments/create", json=_create(payment_method_identifier={"name": "Gold bars"})
        )
        assert unknown.status_code == 404
        assert envelope(unknown)["status"]["description"] == "payment_method_identifier"
