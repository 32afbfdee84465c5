"""Unit tests for the CRM.COM simulator's tricky rules (allocation, reversal, checks, tokens)."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.datastructures import QueryParams

from billing_sdk.sandbox import CrmComSettings, FaultPlan, FaultRule, Sandbox
from billing_sdk.sandbox._crmcom import CrmComSimulator
from billing_sdk.sandbox._crmcom._auth import TokenStore
from billing_sdk.sandbox._crmcom._params import Query, parse_fields_set
from billing_sdk.sandbox._crmcom._wire import ApiError, dumps
from tests.sandbox.conftest_crmcom import by_number, envelope, http, reach, snapshot

TOKEN = "STATIC-TEST-TOKEN"
SETTINGS = CrmComSettings(static_tokens=(TOKEN,))


def _body(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "token": TOKEN,
        "type_identifier": {"name": "Payment"},
        "payment_method_identifier": {"name": "Cash"},
    }
    base.update(fields)
    return base


async def _ok(response: httpx.Response) -> dict[str, Any]:
    data = envelope(response)
    assert response.status_code == 200, response.text
    assert data["status"] == {"code": "OK", "message": None, "description": None}
    result: dict[str, Any] = data["data"]
    return result


def _code(response: httpx.Response) -> tuple[int, str, str | None]:
    status = envelope(response)["status"]
    return response.status_code, status["code"], status["description"]


async def test_cancel_gives_back_wallet_funds_bill_and_balance() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        before = snapshot(sb)
        paid = await _ok(
            await client.post(
                "payments/pay_bill",
                json=_body(
                    wallet_identifier={"number": "W0001"},
                    type_identifier={"name": "Payment 2"},  # no check-digit verification
                    bill_identifier={"number": "B0001"},
                ),
            )
        )
        middle = snapshot(sb)
        assert by_number(middle["wallets"], "W0001")["funds"] == "250.00"
        assert by_number(middle["bills"], "B0001")["outstanding_amount"] == "0.00"
        cancel = {
            "token": TOKEN,
            "payment_identifier": {"id": paid["id"]},
            "type_identifier": {"alternative_code": "PC"},
        }
        await _ok(await client.post("payments/cancel", json=cancel))
        after = snapshot(sb)
        for table in ("wallets", "bills", "accounts_receivable"):
            assert after[table] == before[table], table
        assert [c["payment_id"] for c in after["payment_cancellations"]][-1] == paid["id"]


async def test_create_posted_allocates_to_intended_invoices_in_order() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        created = await _ok(
            await client.post(
                "payments/create",
                json=_body(
                    accounts_receivable_identifier={"number": "AR0003"},
                    life_cycle_state="POSTED",
                    payment_amount=1800,
                    invoices_to_pay_set=[{"invoice_identifier": {"number": "I00000304"}}],
                    bills_to_pay_set=[
                        {"bill_identifier": {"number": "B0003"}, "bill_number_check_digit": 0}
                    ],
                    type_identifier={"name": "Payment 2"},
                ),
            )
        )
        state = snapshot(sb)
        # 1690.00 clears the invoice, the remaining 110.00 goes to the bill.
        assert by_number(state["invoices"], "I00000304")["outstanding_amount"] == "0.00"
        assert by_number(state["bills"], "B0003")["outstanding_amount"] == "1090.00"
        shown = await client.get(
            "payments/show", params={"token": TOKEN, "payment_identifier": f"id={created['id']}"}
        )
        assert (await _ok(shown))["invoices_to_pay_set"][0]["outstanding_amount"] == 0
        foreign = await client.post(
            "payments/create",
            json=_body(
                accounts_receivable_identifier={"number": "AR0003"},
                life_cycle_state="DRAFT",
                payment_amount=1,
                invoices_to_pay_set=[{"invoice_identifier": {"number": "I00000302"}}],
            ),
        )
        assert _code(foreign) == (404, "NOT_FOUND", "invoices_to_pay_set")


async def test_check_digits_are_mandatory_and_must_match() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        pay = _body(
            accounts_receivable_identifier={"number": "AR1"},
            bill_identifier={"number": "B7"},
            bill_number_check_digit=3,
            accounts_receivable_check_digit=5,
        )
        missing = await client.post("payments/pay_bill", json=pay)
        assert _code(missing) == (400, "INVALID_CHECK_DIGIT", "bill_amount_check_digit")
        wrong = await client.post("payments/pay_bill", json={**pay, "bill_amount_check_digit": 9})
        assert _code(wrong) == (400, "INVALID_CHECK_DIGIT", "bill_amount_check_digit")
        assert by_number(snapshot(sb)["bills"], "B7")["outstanding_amount"] == "41.50"
        # B0001 also has a payment code; "Payment 2" does not verify check digits at all.
        lax = _body(
            accounts_receivable_identifier={"number": "AR0001"},
            bill_identifier={"number": "B0001"},
            type_identifier={"name": "Payment 2"},
        )
        await _ok(await client.post("payments/pay_bill", json=lax))
        # A bill without check digits ignores the fields.
        plain = _body(
            accounts_receivable_identifier={"number": "AR0002"},
            bill_identifier={"id": by_number(snapshot(sb)["bills"], "B0002")["id"]},
            bill_number_check_digit=1,
        )
        await _ok(await client.post("payments/pay_bill", json=plain))
        draft_bill = _body(
            accounts_receivable_identifier={"number": "AR0003"},
            bill_identifier={"number": "B0006"},
            type_identifier={"name": "Payment 2"},
        )
        refused = await client.post("payments/pay_bill", json=draft_bill)
        assert _code(refused) == (409, "NO_OUTSTANDING_AMOUNT", "DRAFT")


async def test_update_changes_only_what_is_sent_and_checks_gateway_cards() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        created = await _ok(
            await client.post(
                "payments/create",
                json=_body(
                    accounts_receivable_identifier={"number": "AR0001"},
                    life_cycle_state="DRAFT",
                    payment_amount=12.34,
                    notes="first",
                    udf_string_1="keep me",
                    received_on="2024-02-29T23:59:59",
                ),
            )
        )
        ident = {"id": created["id"]}
        update = {"token": TOKEN, "payment_identifier": ident}
        to_card = {**update, "payment_method_identifier": {"name": "Credit Card"}}
        no_card = await client.post("payments/update", json=to_card)
        assert _code(no_card) == (400, "MISSING_PARAMETER", "card_identifier")
        other_card = await client.post(
            "payments/update", json={**to_card, "card_identifier": {"last_digits": "4242"}}
        )
        assert _code(other_card) == (404, "NOT_FOUND", "card_identifier")
        await _ok(
            await client.post(
                "payments/update",
                json={**to_card, "card_identifier": {"last_digits": "1881"}, "notes": "second"},
            )
        )
        await _ok(
            await client.post(
                "payments/update", json={**update, "wallet_identifier": {"number": "W0001"}}
            )
        )
        shown = await _ok(
            await client.get(
                "payments/show", params={"token": TOKEN, "payment_identifier": f"id={ident['id']}"}
            )
        )
        assert shown["payment_amount"] == Decimal("12.34")
        assert shown["notes"] == "second" and shown["udf_string_1"] == "keep me"
        assert shown["received_on"] == "2024-02-29T23:59:59"
        assert shown["payment_method"]["name"] == "Credit Card"
        assert shown["accounts_receivable"] is None and shown["wallet"]["number"] == "W0001"
        posted = await _ok(
            await client.post("payments/post", json={"token": TOKEN, "payment_identifier": ident})
        )
        assert posted["processed_by_payment_gateway"] == "JCC"
        assert posted["payment_gateway_reference_number"]


async def test_pending_and_classification_rules() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        pending = {"token": TOKEN, "payment_identifier": {"reference_number": "106"}}
        for path in ("payments/post", "payments/reject", "payments/update"):
            response = await client.post(path, json=pending)
            assert _code(response) == (409, "INVALID_LIFE_CYCLE_STATE", "PENDING_VERIFICATION")
        cancel = {**pending, "payment_identifier": {"number": "31"}}
        wrong_type = await client.post(
            "payments/cancel", json={**cancel, "type_identifier": {"name": "Payment"}}
        )
        assert _code(wrong_type) == (400, "INVALID_PARAMETER", "type_identifier")
        used_code = await client.post(
            "payments/cancel",
            json={
                **cancel,
                "type_identifier": {"name": "Payment Cancellation"},
                "back_office_code": "ERP-CAN-000002",
            },
        )
        assert _code(used_code) == (409, "DUPLICATE_BACK_OFFICE_CODE", "back_office_code")
        cancel_type = await client.post(
            "payments/create",
            json=_body(
                accounts_receivable_identifier={"number": "AR0001"},
                life_cycle_state="DRAFT",
                payment_amount=1,
                type_identifier={"name": "Payment Cancellation"},
            ),
        )
        assert _code(cancel_type) == (400, "INVALID_PARAMETER", "type_identifier")
        paypal = await client.post(
            "payments/create",
            json=_body(
                accounts_receivable_identifier={"number": "AR0001"},
                life_cycle_state="DRAFT",
                payment_amount=1,
                payment_method_identifier={"name": "PayPal"},
            ),
        )
        assert _code(paypal) == (
            400,
            "MISSING_PARAMETER",
            "accounts_receivable_payment_preference_identifier",
        )


async def test_amounts_are_exact_decimals_on_the_wire() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:

        def create(amount: bytes) -> bytes:
            return (
                b'{"token": "%s", "accounts_receivable_identifier": {"number": "AR0004"},'
                b' "type_identifier": {"name": "Payment"}, "life_cycle_state": "POSTED",'
                b' "payment_method_identifier": {"name": "Cash"},'
                b' "payment_amount": %s, "udf_float_1": 0.1}'
            ) % (TOKEN.encode(), amount)

        headers = {"Content-Type": "application/json"}
        # More decimals than the spec's PaymentAmount allows: refused, not rounded.
        refused = await client.post(
            "payments/create",
            content=create(b"0.1000000000000000055511151231257827"),
            headers=headers,
        )
        assert _code(refused) == (400, "INVALID_PARAMETER", "payment_amount")
        # The trailing zero survives: no float ever held the amount.
        response = await client.post("payments/create", content=create(b"0.10"), headers=headers)
        assert b'"payment_amount":0.10' in response.content
        balance = by_number(snapshot(sb)["accounts_receivable"], "AR0004")["balance"]
        assert balance == "-0.10"
    assert dumps({"a": Decimal("1E+3"), "b": [Decimal("-0.50"), None, True]}) == (
        '{"a":1000,"b":[-0.50,null,true]}'
    )


async def test_concurrent_pay_bill_pays_once() -> None:
    async with reach("in_process", SETTINGS) as sb, http(sb) as client:
        body = _body(
            accounts_receivable_identifier={"number": "AR0006"},
            bill_identifier={"number": "B0005"},
        )
        responses = await asyncio.gather(
            *(client.post("payments/pay_bill", json=body) for _ in range(20))
        )
        assert sorted(r.status_code for r in responses) == [200] + [409] * 19
        paid = [p for p in snapshot(sb)["payments"] if p["amount"] == "99.90"]
        assert [p["life_cycle_state"] for p in paid] == ["PENDING_VERIFICATION", "POSTED"]


async def test_lost_create_response_is_found_by_back_office_code() -> None:
    sb = Sandbox(
        crmcom=SETTINGS,
        faults=FaultPlan(operations={"paymentsCreate": FaultRule(commit_then_fail_rate=1.0)}),
    )
    async with http(sb) as client:
        outcome: object
        try:
            outcome = (
                await client.post(
                    "payments/create",
                    json=_body(
                        accounts_receivable_identifier={"number": "AR0001"},
                        life_cycle_state="POSTED",
                        payment_amount=5,
                        back_office_code="ERP-LOST-1",
                    ),
                )
            ).status_code
        except httpx.TransportError:
            outcome = "dropped"
        assert outcome in (502, "dropped") or (isinstance(outcome, int) and outcome >= 500)
        found = await _ok(
            await client.get(
                "payments/show",
                params={"token": TOKEN, "payment_identifier": "back_office_code=ERP-LOST-1"},
            )
        )
        assert found["life_cycle_state"] == "POSTED" and found["payment_amount"] == 5


async def test_reset_restores_the_seed_but_keeps_tokens() -> None:
    async with reach("in_process") as sb, http(sb) as client:
        login = await client.post(
            "authentication/token",
            json={
                "username": "sandbox",
                "password": "sandbox-password",
                "organisation": "Sandbox Ltd",
            },
        )
        token = (await _ok(login))["token"]
        seeded = snapshot(sb)
        await _ok(
            await client.post(
                "payments/post",
                json={"token": token, "payment_identifier": {"reference_number": "24"}},
            )
        )
        assert snapshot(sb) != seeded
        sb.reset()
        assert snapshot(sb) == seeded
        json.dumps(snapshot(sb))  # JSON-ready
        again = await client.get(
            "payments/show", params={"token": token, "payment_identifier": "reference_number=24"}
        )
        assert (await _ok(again))["life_cycle_state"] == "DRAFT"


def test_error_response_for_injected_faults() -> None:
    sim = CrmComSimulator(CrmComSettings())
    limited = sim.error_response(429, "injected fault", {"Retry-After": "2"})
    assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
    assert json.loads(bytes(limited.body))["status"]["code"] == "RATE_LIMITED"
    unavailable = sim.error_response(503, "injected fault")
    assert json.loads(bytes(unavailable.body)) == {
        "status": {"code": "INTERNAL_ERROR", "message": "injected fault", "description": None},
        "data": None,
    }


def test_tokens_expire_absolutely_and_static_tokens_survive_release(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = CrmComSettings(token_ttl=60, static_tokens=("STATIC",))
    store = TokenStore(settings)
    sim = CrmComSimulator(settings)
    static_session = sim._static_session()
    clock = [1000.0]
    monkeypatch.setattr("billing_sdk.sandbox._crmcom._auth.time.monotonic", lambda: clock[0])
    token = store.issue("user", "unit")
    clock[0] += 59.9
    assert store.check(token, static_session).user_id == "user"  # use does not extend it
    clock[0] += 0.1
    with pytest.raises(ApiError) as expired:
        store.check(token, static_session)
    assert expired.value.code == "EXPIRED_TOKEN"
    store.release("STATIC")
    assert store.check("STATIC", static_session) == static_session
    other = store.issue("user", "unit")
    store.release(other)
    with pytest.raises(ApiError) as released:
        store.check(other, static_session)
    assert released.value.code == "INVALID_TOKEN"


def test_settings_validate_and_hide_secrets() -> None:
    settings = CrmComSettings()
    assert settings.public_credentials() == {
        "username": "sandbox",
        "password": "sandbox-password",
        "organisation": "Sandbox Ltd",
        "web_api_key": settings.web_api_key,
    }
    assert "sandbox-password" not in repr(settings)
    assert settings.web_api_key not in repr(settings)
    bad_settings: list[dict[str, Any]] = [
        {"token_ttl": 0},
        {"web_api_key": "a:b"},
        {"password": ""},
        {"rate_limit": -1},
        {"static_tokens": ("has space",)},
    ]
    for bad in bad_settings:
        with pytest.raises(ValueError):
            CrmComSettings(**bad)


def test_query_identifiers_split_at_the_first_equals_sign() -> None:
    query = Query(QueryParams("a=number%3DX%3DY&b=id%3D+&f=id,wallet.number"))
    assert tuple(query.ident("a") or ()) == ("number", "X=Y")
    assert tuple(query.ident("b") or ()) == ("id", " ")
    assert parse_fields_set("id,wallet.number") == frozenset({"id", "wallet"})
