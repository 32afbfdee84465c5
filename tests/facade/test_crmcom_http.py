"""CRM.COM facade on the wire (respx): envelopes, error classes, token placement, re-login."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import anyio
import httpx
import pytest
import respx

from billing_sdk import CrmComError
from billing_sdk._errors import (
    APIStatusError,
    BadRequest,
    Conflict,
    DecodeError,
    Forbidden,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    ValidationError,
)
from billing_sdk._retry import RetryPolicy
from billing_sdk.crmcom import CODE_STATUS, CrmComClient, PaymentLifeCycleState, as_decimal
from billing_sdk.crmcom._auth import CRMCOM_TOKEN_PLACEHOLDER
from tests._specs import load

BASE = "https://crm.example.test"
API = f"{BASE}/crmapi/rest/v2"
PASSWORD = "pw-s3cret"

PAYMENT = {
    "id": "7C5B8E9E5A8D1733EBFE75D89C10D8FC",
    "number": None,
    "reference_number": "24",
    "life_cycle_state": "DRAFT",
    "issued_on": "2014-05-21T16:12:29",
    "posted_on": None,
    "payment_amount": 41.5,
}
CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}


def ok(data: Any) -> httpx.Response:
    return httpx.Response(
        200, json={"status": {"code": "OK", "message": None, "description": None}, "data": data}
    )


def failure(
    code: str, message: str = "it failed", *, http: int = 200, description: str | None = None
) -> httpx.Response:
    body = {"status": {"code": code, "message": message, "description": description}}
    return httpx.Response(http, json={**body, "data": None})


class Logins:
    """A login endpoint handing out T1, T2, ..."""

    def __init__(self) -> None:
        self.issued = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.issued += 1
        return ok({"token": f"T{self.issued}"})


@pytest.fixture
async def crm() -> AsyncIterator[CrmComClient]:
    # One attempt per request: these tests look at single exchanges, not at retries.
    client = CrmComClient(
        base_url=BASE,
        username="webapi",
        password=PASSWORD,
        organisation="Org",
        retry=RetryPolicy(max_attempts=1),
    )
    async with client:
        yield client


@pytest.fixture
def wire() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        router.post(f"{API}/authentication/token", name="login").mock(side_effect=Logins())
        router.post(f"{API}/authentication/token/release", name="release").mock(
            return_value=ok(None)
        )
        yield router


# -- success: unwrapped data ---------------------------------------------------------------


async def test_show_returns_the_data_model_not_the_envelope(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))
    payment = await crm.payments.show(reference_number="24")
    assert type(payment).__name__ == "PaymentComplete"
    assert payment.id == PAYMENT["id"]
    assert payment.life_cycle_state is PaymentLifeCycleState.DRAFT
    assert as_decimal(payment.payment_amount) == Decimal("41.5")  # type: ignore[arg-type]


def test_as_decimal_recovers_the_wire_amount() -> None:
    assert as_decimal(0.1) == Decimal("0.1")
    assert as_decimal(999999999999.99) == Decimal("999999999999.99")
    assert as_decimal(138) == Decimal(138)
    with pytest.raises(ValidationError):
        as_decimal(True)


# -- errors: the envelope decides ----------------------------------------------------------


@pytest.mark.parametrize(("code", "status"), sorted(CODE_STATUS.items()))
async def test_non_ok_envelope_on_http_200_raises_the_class_its_code_stands_for(
    crm: CrmComClient, wire: respx.MockRouter, code: str, status: int
) -> None:
    wire.get(f"{API}/payments/show").mock(
        return_value=failure(code, "Payment not found", description="payment_identifier")
    )
    with pytest.raises(CrmComError) as caught:
        await crm.payments.show(number="PAY1")
    error = caught.value
    expected = {
        400: BadRequest,
        401: Unauthorized,
        404: NotFound,
        409: Conflict,
        429: RateLimited,
        500: ServerError,
    }[status]
    assert isinstance(error, expected)
    assert error.code == code
    assert error.status == 200  # what the wire said; the class says what the code means
    assert error.vendor_message == "Payment not found (payment_identifier)"
    assert error.landed is (False if status < 500 else None)
    assert error.path == "/crmapi/rest/v2/payments/show"


async def test_non_ok_envelope_on_4xx_raises_crmcom_error_and_status_class(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.post(f"{API}/payments/post").mock(
        return_value=failure(
            "INVALID_LIFE_CYCLE_STATE",
            "Only payments in DRAFT state can be posted",
            http=409,
            description="POSTED",
        )
    )
    with pytest.raises(Conflict) as caught:
        await crm.payments.post({"number": "31"}, expect=None)  # no state read first
    error = caught.value
    assert isinstance(error, CrmComError)
    assert error.status == 409
    assert error.code == "INVALID_LIFE_CYCLE_STATE"
    assert error.vendor_message == "Only payments in DRAFT state can be posted (POSTED)"
    assert error.landed is False
    assert "INVALID_LIFE_CYCLE_STATE" in str(error)


async def test_the_code_wins_over_a_mismatched_http_status(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=failure("NOT_FOUND", http=400))
    with pytest.raises(NotFound) as caught:
        await crm.payments.show(number="PAY1")
    assert isinstance(caught.value, CrmComError)
    assert not isinstance(caught.value, BadRequest)


async def test_unknown_code_on_http_200_is_still_a_crmcom_error(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=failure("SOMETHING_NEW", "new"))
    with pytest.raises(CrmComError) as caught:
        await crm.payments.show(number="PAY1")
    error = caught.value
    assert type(error) is CrmComError
    assert (error.code, error.status, error.landed) == ("SOMETHING_NEW", 200, None)


async def test_unknown_code_on_an_error_status_is_classed_by_that_status(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=failure("NO_ACCESS", http=403))
    with pytest.raises(Forbidden) as caught:
        await crm.payments.show(number="PAY1")
    assert isinstance(caught.value, CrmComError)
    assert caught.value.code == "NO_ACCESS"


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[]",
        b'{"status": "OK", "data": {}}',
        b'{"status": {"code": "OK", "message": null, "description": null}}',
        b'{"status": {"code": "OK", "message": null, "description": null}, "data": 5}',
        b'{"status": {"message": "no code"}, "data": {}}',
        b"<html>proxy page</html>",
        b"\xff\xfe\x00garbage",
    ],
)
async def test_malformed_success_bodies_become_decode_errors(
    crm: CrmComClient, wire: respx.MockRouter, body: bytes
) -> None:
    wire.get(f"{API}/payments/show").mock(
        return_value=httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    with pytest.raises(DecodeError):
        await crm.payments.show(number="PAY1")


async def test_a_non_envelope_error_body_is_classed_by_http_status_alone(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    create = wire.post(f"{API}/payments/create").mock(
        return_value=httpx.Response(502, content=b"<html>Bad gateway</html>")
    )
    # Safe creates look the payment up by its back office code after each lost answer.
    wire.get(f"{API}/payments/show").mock(return_value=failure("NOT_FOUND", http=404))
    with pytest.raises(ServerError) as caught:
        await crm.payments.create(accounts_receivable={"number": "AR1"}, amount=1, **CASH)
    assert not isinstance(caught.value, CrmComError)
    assert caught.value.landed is False  # every send was looked up and found absent
    assert create.call_count == 3


async def test_an_ok_envelope_with_an_error_status_is_not_reported_as_ok(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.get(f"{API}/payments/show").mock(
        return_value=httpx.Response(
            404, json={"status": {"code": "OK", "message": None, "description": None}}
        )
    )
    with pytest.raises(NotFound) as caught:
        await crm.payments.show(number="PAY1")
    assert not isinstance(caught.value, CrmComError)


def test_code_table_is_the_specs_x_http_status() -> None:
    error_code = load("crmcom-payments.yaml")["components"]["schemas"]["ErrorCode"]
    assert error_code["x-http-status"] == CODE_STATUS
    assert set(error_code["enum"]) == set(CODE_STATUS)


# -- the token -------------------------------------------------------------------------------


async def test_token_goes_in_the_query_for_get_and_in_the_body_for_post(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    show = wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))
    post = wire.post(f"{API}/payments/post").mock(return_value=ok(PAYMENT))
    await crm.payments.show(number="PAY1")
    await crm.payments.post({"number": "PAY1"})
    assert wire["login"].call_count == 1
    assert json.loads(wire["login"].calls.last.request.content) == {
        "username": "webapi",
        "password": PASSWORD,
        "organisation": "Org",
    }
    assert show.calls.last.request.url.params["token"] == "T1"
    assert json.loads(post.calls.last.request.content)["token"] == "T1"
    for call in wire.calls:
        sent = str(call.request.url) + call.request.content.decode()
        assert CRMCOM_TOKEN_PLACEHOLDER not in sent


async def test_concurrent_first_calls_share_one_login(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    show = wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))

    async def show_one(n: int) -> None:
        await crm.payments.show(number=f"PAY{n}")

    async with anyio.create_task_group() as tg:
        for i in range(50):
            tg.start_soon(show_one, i)
    assert wire["login"].call_count == 1
    assert {c.request.url.params["token"] for c in show.calls} == {"T1"}
    assert show.call_count == 50


async def test_unit_is_sent_with_the_login() -> None:
    with respx.mock(assert_all_called=False) as wire:
        login = wire.post(f"{API}/authentication/token").mock(side_effect=Logins())
        wire.post(f"{API}/authentication/token/release").mock(return_value=ok(None))
        wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))
        async with CrmComClient(
            base_url=BASE, username="u", password="p", organisation="O", unit="U1"
        ) as crm:
            await crm.payments.show(number="PAY1")
        assert json.loads(login.calls.last.request.content)["unit"] == "U1"


@pytest.mark.parametrize(
    ("code", "http"),
    [
        ("EXPIRED_TOKEN", 401),
        ("INVALID_TOKEN", 401),
        ("EXPIRED_TOKEN", 200),
        ("INVALID_TOKEN", 200),
    ],
)
async def test_a_rejected_token_means_one_relogin_and_one_retry(
    crm: CrmComClient, wire: respx.MockRouter, http: int, code: str
) -> None:
    show = wire.get(f"{API}/payments/show").mock(
        side_effect=[failure(code, http=http), ok(PAYMENT)]
    )
    payment = await crm.payments.show(number="PAY1")
    assert payment.id == PAYMENT["id"]
    assert wire["login"].call_count == 2
    assert [c.request.url.params["token"] for c in show.calls] == ["T1", "T2"]


async def test_a_token_rejected_twice_raises_after_one_relogin(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    create = wire.post(f"{API}/payments/create").mock(
        return_value=failure("INVALID_TOKEN", http=401)
    )
    with pytest.raises(Unauthorized) as caught:
        await crm.payments.create(accounts_receivable={"number": "AR1"}, amount=5, **CASH)
    assert isinstance(caught.value, CrmComError)
    assert caught.value.code == "INVALID_TOKEN"
    assert wire["login"].call_count == 2
    assert [json.loads(c.request.content)["token"] for c in create.calls] == ["T1", "T2"]


async def test_a_refused_login_raises_unauthorized_without_the_password(
    wire: respx.MockRouter,
) -> None:
    wire["login"].mock(return_value=failure("INVALID_LOGIN", "Invalid login", http=401))
    show = wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))
    async with CrmComClient(
        base_url=BASE, username="u", password=PASSWORD, organisation="O"
    ) as crm:
        with pytest.raises(Unauthorized) as caught:
            await crm.payments.show(number="PAY1")
    assert PASSWORD not in str(caught.value)
    assert PASSWORD not in repr(crm)
    assert show.call_count == 0
    assert wire["release"].call_count == 0  # no token was ever issued


async def test_web_api_key_login_uses_http_basic() -> None:
    with respx.mock(assert_all_called=False) as wire:
        login = wire.post(f"{API}/authentication/web_api_key/token").mock(
            return_value=ok({"token": "W1"})
        )
        release = wire.post(f"{API}/authentication/token/release").mock(return_value=ok(None))
        latest = wire.get(f"{API}/payments/get_latest").mock(return_value=ok([PAYMENT]))
        async with CrmComClient(base_url=BASE, web_api_key="KEY1", unit="U7") as crm:
            found = await crm.payments.get_latest(1, wallet={"number": "W0001"})
        assert [p.id for p in found] == [PAYMENT["id"]]
        # The bare key, no colon: what the public integrations send (evidence C4).
        assert login.calls.last.request.headers["authorization"] == "Basic S0VZMQ=="
        assert json.loads(login.calls.last.request.content) == {"unit": "U7"}
        assert latest.calls.last.request.url.params["token"] == "W1"
        assert json.loads(release.calls.last.request.content) == {"token": "W1"}


async def test_close_releases_the_token_once_and_then_closes_the_pool(
    wire: respx.MockRouter,
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))
    crm = CrmComClient(base_url=BASE, username="u", password="p", organisation="O")
    await crm.payments.show(number="PAY1")
    await crm.aclose()
    await crm.aclose()
    assert wire["release"].call_count == 1
    assert json.loads(wire["release"].calls.last.request.content) == {"token": "T1"}
    assert crm.http.is_closed


async def test_close_without_a_login_sends_nothing(wire: respx.MockRouter) -> None:
    async with CrmComClient(base_url=BASE, username="u", password="p", organisation="O"):
        pass
    assert wire.calls.call_count == 0


@pytest.mark.parametrize(
    "outcome",
    [httpx.Response(500, content=b"oops"), httpx.ConnectError("refused")],
    ids=["500", "connect-error"],
)
async def test_a_failing_release_does_not_fail_the_close(
    wire: respx.MockRouter, outcome: Any
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=ok(PAYMENT))
    wire["release"].mock(side_effect=[outcome])
    crm = CrmComClient(
        base_url=BASE,
        username="u",
        password="p",
        organisation="O",
        retry=RetryPolicy(max_attempts=1),
    )
    await crm.payments.show(number="PAY1")
    await crm.aclose()
    assert crm.http.is_closed


# -- what goes on the wire -----------------------------------------------------------------


async def test_get_identifiers_are_flattened_and_filters_sent(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    latest = wire.get(f"{API}/payments/get_latest").mock(return_value=ok([]))
    assert (
        await crm.payments.get_latest(
            2,
            accounts_receivable={"name": "A=B & Co"},
            type={"name": "Invoices Balance Payment"},
            category={"code": "PAYCAT"},
            payment_method={"alternative_code": "CA"},
            fields_set=["id", "number", "reference_number"],
        )
        == []
    )
    params = latest.calls.last.request.url.params
    assert params["accounts_receivable_identifier"] == "name=A=B & Co"
    assert params["type_identifier"] == "name=Invoices Balance Payment"
    assert params["category_identifier"] == "code=PAYCAT"
    assert params["payment_method_identifier"] == "alternative_code=CA"
    assert params["number"] == "2"
    assert params["fields_set"] == "id,number,reference_number"
    assert "wallet_identifier" not in params


async def test_create_body_carries_exact_amount_typed_dates_and_nested_identifiers(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    create = wire.post(f"{API}/payments/create").mock(return_value=ok(PAYMENT))
    # The allocation is read back (its field names are unconfirmed): here the server took it.
    allocated = {
        **PAYMENT,
        "invoices_to_pay_set": [{"id": "I1", "number": "I00000301"}],
        "bills_to_pay_set": [{"id": "B1", "number": "B7"}],
    }
    # First the idempotent create's look for ERP-PAY-1 (none yet), then the read-back.
    show = wire.get(f"{API}/payments/show").mock(
        side_effect=[failure("NOT_FOUND", http=404), ok(allocated)]
    )
    await crm.payments.create(
        accounts_receivable={"number": "9"},
        type={"name": "Payment 2"},
        payment_method={"name": "Direct Debit"},
        category={"name": "Payment Categories"},
        amount=Decimal("1234567890.12"),
        received_on=dt.datetime(2014, 4, 19, 9, 12, 54, 999),
        received_by_user={"id": "40928D9B96FE6CB963D2DD8955814774"},
        received_by_unit={"id": "C4370788B2630BC8A99E8C7397406C09"},
        invoices=[{"number": "I00000301"}],
        bills=[{"bill": {"number": "B7"}, "bill_number_check_digit": 3}],
        back_office_code="ERP-PAY-1",
        udf={"udf_string_1": "x", "udf_float_1": 1.5, "udf_date_1": dt.date(2024, 1, 2)},
        fields_set="id,number",
    )
    raw = create.calls.last.request.content.decode()
    assert '"payment_amount":1234567890.12' in raw  # exactly its digits, never via float
    body = json.loads(raw, parse_float=Decimal)
    assert body == {
        "token": "T1",
        "accounts_receivable_identifier": {"number": "9"},
        "type_identifier": {"name": "Payment 2"},
        "life_cycle_state": "DRAFT",
        "payment_method_identifier": {"name": "Direct Debit"},
        "category_identifier": {"name": "Payment Categories"},
        "payment_amount": Decimal("1234567890.12"),
        "received_on": "2014-04-19T09:12:54",
        "received_by_user_identifier": {"id": "40928D9B96FE6CB963D2DD8955814774"},
        "received_by_unit_identifier": {"id": "C4370788B2630BC8A99E8C7397406C09"},
        "invoices_to_pay_set": [{"invoice_identifier": {"number": "I00000301"}}],
        "bills_to_pay_set": [{"bill_identifier": {"number": "B7"}, "bill_number_check_digit": 3}],
        "back_office_code": "ERP-PAY-1",
        "udf_string_1": "x",
        "udf_float_1": 1.5,
        "udf_date_1": "2024-01-02T00:00:00",
        "fields_set": "id,number",
    }
    assert show.calls.last.request.url.params["payment_identifier"] == "back_office_code=ERP-PAY-1"


async def test_write_methods_send_the_payment_identifier_and_their_fields(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    routes = {
        name: wire.post(f"{API}/payments/{name}").mock(return_value=ok(PAYMENT))
        for name in ("update", "post", "reject", "cancel", "pay_bill", "pay_invoice")
    }
    # expect=None: no state read before the transitions (this test is about the bodies).
    draft = await crm.payments.post({"back_office_code": "ERP-1"}, expect=None)
    await crm.payments.update(draft, notes="n", wallet={"id": "W"}, expect=None)
    await crm.payments.reject(
        {"reference_number": "118"}, rejection_reason={"name": "R"}, expect=None
    )
    await crm.payments.cancel(
        {"number": "31"},
        type={"name": "Payment Cancellation"},
        issue_reason="Cheque bounced",
        expect=None,
    )
    await crm.payments.pay_bill(
        wallet={"number": "W0003"},
        bill={"id": "B"},
        payment_code=100001,
        bill_number_check_digit=0,
        accounts_receivable_check_digit=99,
        bill_amount_check_digit=5,
        **CASH,
    )
    await crm.payments.pay_invoice(
        accounts_receivable={"number": "AR1"},
        invoice={"back_office_code": "ERP-INV-I00000307"},
        received_by_business_unit={"name": "Nicosia Branch"},
        **CASH,
    )

    def body(name: str) -> dict[str, Any]:
        sent: dict[str, Any] = json.loads(routes[name].calls.last.request.content)
        assert sent.pop("token") == "T1"
        if name.startswith("pay_"):  # creates carry a fresh back office code (safe writes)
            assert sent.pop("back_office_code").startswith("SDK-")
        return sent

    assert body("post") == {"payment_identifier": {"back_office_code": "ERP-1"}}
    assert body("update") == {
        "payment_identifier": {"id": PAYMENT["id"]},
        "wallet_identifier": {"id": "W"},
        "notes": "n",
    }
    assert body("reject") == {
        "payment_identifier": {"reference_number": "118"},
        "rejection_reason_identifier": {"name": "R"},
    }
    assert body("cancel") == {
        "payment_identifier": {"number": "31"},
        "type_identifier": {"name": "Payment Cancellation"},
        "issue_reason": "Cheque bounced",
    }
    assert body("pay_bill") == {
        "wallet_identifier": {"number": "W0003"},
        "type_identifier": {"name": "Payment"},
        "payment_method_identifier": {"name": "Cash"},
        "bill_identifier": {"id": "B"},
        "payment_code": 100001,
        "bill_number_check_digit": 0,
        "accounts_receivable_check_digit": 99,
        "bill_amount_check_digit": 5,
    }
    assert body("pay_invoice") == {
        "accounts_receivable_identifier": {"number": "AR1"},
        "type_identifier": {"name": "Payment"},
        "payment_method_identifier": {"name": "Cash"},
        "invoice_identifier": {"back_office_code": "ERP-INV-I00000307"},
        "received_by_business_unit_identifier": {"name": "Nicosia Branch"},
    }


async def test_list_pages_by_offset_lazily(crm: CrmComClient, wire: respx.MockRouter) -> None:
    each = [{**PAYMENT, "id": f"P{i}", "life_cycle_state": "POSTED"} for i in range(5)]
    pages = {"0": each[0:2], "2": each[2:4], "4": each[4:]}
    listing = wire.get(f"{API}/payments/list").mock(
        side_effect=lambda r: ok(pages[r.url.params["offset"]])
    )
    found = [
        p
        async for p in crm.payments.list(
            accounts_receivable={"number": "AR0001"}, life_cycle_state="POSTED", page_size=2
        )
    ]
    assert len(found) == 5
    sent = [c.request.url.params for c in listing.calls]
    assert [(p["offset"], p["number_of_results"]) for p in sent] == [
        ("0", "2"),
        ("2", "2"),
        ("4", "2"),
    ]
    assert {p["life_cycle_state"] for p in sent} == {"POSTED"}
    assert {p["accounts_receivable_identifier"] for p in sent} == {"number=AR0001"}

    listing.reset()
    async for _ in crm.payments.list(wallet={"number": "W0001"}, page_size=2):
        break
    assert listing.call_count == 1


async def test_rejection_reasons_are_unwrapped(crm: CrmComClient, wire: respx.MockRouter) -> None:
    reasons = wire.get(f"{API}/payments/configuration/rejection_reasons/list").mock(
        return_value=ok(
            [{"default": True, "rejection_reason": {"id": "1", "name": "Reject Due to Error"}}]
        )
    )
    (entry,) = await crm.payments.rejection_reasons(fields_set=["default", "rejection_reason"])
    assert entry.default is True
    assert entry.rejection_reason.name == "Reject Due to Error"  # type: ignore[union-attr]
    assert reasons.calls.last.request.url.params["fields_set"] == "default,rejection_reason"


async def test_error_messages_never_carry_the_token(
    crm: CrmComClient, wire: respx.MockRouter
) -> None:
    wire.get(f"{API}/payments/show").mock(return_value=failure("NOT_FOUND", http=404))
    with pytest.raises(APIStatusError) as caught:
        await crm.payments.show(number="PAY1")
    assert "T1" not in str(caught.value)
    assert "token" not in caught.value.path


def test_missing_credentials_are_refused() -> None:
    with pytest.raises(ValueError):
        CrmComClient(base_url=BASE, username="u", password="p")
    with pytest.raises(ValueError):
        CrmComClient(base_url=BASE, web_api_key="")
    with pytest.raises(ValueError):
        CrmComClient(base_url=BASE, web_api_key="k", token_ttl=0)
    with pytest.raises(ValueError):
        CrmComClient(base_url="http://crm.example.test", web_api_key="k")


def test_public_surface() -> None:
    import billing_sdk.crmcom as public

    assert sorted(public.__all__) == [
        "AccountsReceivableId",
        "BillId",
        "CODE_STATUS",
        "CardId",
        "CategoryId",
        "CreatablePaymentLifeCycleState",
        "CrmComClient",
        "CurrencyId",
        "ErrorCode",
        "InvoiceId",
        "PaymentComplete",
        "PaymentFields",
        "PaymentId",
        "PaymentLifeCycleState",
        "PaymentLookup",
        "PaymentMethodId",
        "PaymentPreferenceId",
        "PaymentShort",
        "Payments",
        "RejectionReason",
        "RejectionReasonEntry",
        "RejectionReasonId",
        "TypeId",
        "UnitId",
        "UserId",
        "WalletId",
        "as_decimal",
    ]
    # The generated enums carry no docstrings; the facade's own names do.
    for name in ("CrmComClient", "Payments", "as_decimal"):
        assert getattr(public, name).__doc__
