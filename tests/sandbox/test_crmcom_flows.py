"""CRM.COM payment life cycles through the generated client, in-process and over loopback."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import httpx
import pytest

from billing_sdk._generated.crmcom_payments_api import AuthenticatedClient
from billing_sdk._generated.crmcom_payments_api.api.authentication import (
    authentication_token_release,
    authentication_web_api_key_token,
)
from billing_sdk._generated.crmcom_payments_api.api.payments import (
    payments_cancel,
    payments_create,
    payments_get_latest,
    payments_list,
    payments_pay_bill,
    payments_pay_invoice,
    payments_post,
    payments_reject,
    payments_show,
    payments_update,
)
from billing_sdk._generated.crmcom_payments_api.api.payments_configuration import (
    payments_configuration_rejection_reasons_list as rejection_reasons_list,
)
from billing_sdk._generated.crmcom_payments_api.models import (
    AccountsReceivableIdentifier,
    AuthenticationTokenReleaseRequest,
    BillIdentifier,
    CreatablePaymentLifeCycleState,
    ErrorCode,
    ErrorResponse,
    InvoiceIdentifier,
    PaymentCancelRequest,
    PaymentCreateRequest,
    PaymentIdentifier,
    PaymentLifeCycleState,
    PaymentListResponse,
    PaymentMethodIdentifier,
    PaymentPayBillRequest,
    PaymentPayInvoiceRequest,
    PaymentPostRequest,
    PaymentRejectRequest,
    PaymentResponse,
    PaymentShortResponse,
    PaymentUpdateRequest,
    RejectionReason,
    RejectionReasonIdentifier,
    RejectionReasonListResponse,
    TokenResponse,
    TypeIdentifier,
    WalletIdentifier,
    WalletShort,
    WebApiKeyTokenRequest,
)
from billing_sdk.sandbox import CrmComSettings
from tests.sandbox.conftest_crmcom import (
    BASIC,
    MODES,
    by_number,
    envelope,
    generated,
    login,
    reach,
    snapshot,
)

pytestmark = pytest.mark.parametrize("mode", MODES)

CASH = PaymentMethodIdentifier(name="Cash")
PAYMENT = TypeIdentifier(name="Payment")


def _error(parsed: object, code: ErrorCode) -> ErrorResponse:
    assert isinstance(parsed, ErrorResponse), parsed
    assert parsed.status.code == code
    assert parsed.data is None
    return parsed


def _draft(token: str, amount: Decimal = Decimal("120.5"), **kw: object) -> PaymentCreateRequest:
    return PaymentCreateRequest(
        token=token,
        accounts_receivable_identifier=AccountsReceivableIdentifier(number="AR0002"),
        type_identifier=PAYMENT,
        life_cycle_state=CreatablePaymentLifeCycleState.DRAFT,
        payment_method_identifier=CASH,
        payment_amount=amount,
        **kw,  # type: ignore[arg-type]
    )


async def _short(response: object) -> PaymentShortResponse:
    parsed = getattr(response, "parsed", None)
    assert isinstance(parsed, PaymentShortResponse), getattr(response, "content", response)
    return parsed


async def test_create_update_post_cancel(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        created = await _short(
            await payments_create.asyncio_detailed(client=client, body=_draft(token))
        )
        payment_id = created.data.id
        assert isinstance(payment_id, str) and len(payment_id) == 32
        assert created.data.life_cycle_state == PaymentLifeCycleState.DRAFT
        assert created.data.number is None and created.data.posted_on is None
        ident = PaymentIdentifier(id=payment_id)

        update = PaymentUpdateRequest(
            token=token,
            payment_identifier=ident,
            payment_amount=Decimal("99.99"),
            notes="corrected",
        )
        updated = await payments_update.asyncio_detailed(client=client, body=update)
        assert envelope(updated)["data"]["payment_amount"] == Decimal("99.99")

        posted = await _short(
            await payments_post.asyncio_detailed(
                client=client, body=PaymentPostRequest(token=token, payment_identifier=ident)
            )
        )
        assert posted.data.life_cycle_state == PaymentLifeCycleState.POSTED
        assert isinstance(posted.data.number, str) and posted.data.posted_on
        # Only DRAFT payments can be updated or posted again; description = current state.
        again = await payments_post.asyncio_detailed(
            client=client, body=PaymentPostRequest(token=token, payment_identifier=ident)
        )
        assert again.status_code == 409
        assert (
            _error(again.parsed, ErrorCode.INVALID_LIFE_CYCLE_STATE).status.description == "POSTED"
        )
        late = await payments_update.asyncio_detailed(client=client, body=update)
        assert late.status_code == 409

        balance_before = by_number(snapshot(sb)["accounts_receivable"], "AR0002")["balance"]
        cancel = PaymentCancelRequest(
            token=token,
            payment_identifier=PaymentIdentifier(number=posted.data.number),
            type_identifier=TypeIdentifier(name="Payment Cancellation"),
            back_office_code="CAN-1",
        )
        cancelled = await _short(await payments_cancel.asyncio_detailed(client=client, body=cancel))
        assert cancelled.data.life_cycle_state == PaymentLifeCycleState.CANCELLED
        balance_after = by_number(snapshot(sb)["accounts_receivable"], "AR0002")["balance"]
        assert Decimal(balance_after) - Decimal(balance_before) == Decimal("99.99")
        twice = await payments_cancel.asyncio_detailed(client=client, body=cancel)
        assert (
            _error(twice.parsed, ErrorCode.INVALID_LIFE_CYCLE_STATE).status.description
            == "CANCELLED"
        )

        shown = await payments_show.asyncio_detailed(
            client=client, token=token, payment_identifier=f"id={payment_id}"
        )
        assert isinstance(shown.parsed, PaymentResponse)
        assert shown.parsed.data.life_cycle_state == PaymentLifeCycleState.CANCELLED
        assert shown.parsed.data.notes == "corrected"


async def test_reject_with_and_without_reason(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        reasons = await rejection_reasons_list.asyncio_detailed(client=client, token=token)
        assert isinstance(reasons.parsed, RejectionReasonListResponse)
        defaults = [e for e in reasons.parsed.data if e.default]
        assert len(defaults) == 1
        default_reason = defaults[0].rejection_reason
        assert isinstance(default_reason, RejectionReason)
        default_name = default_reason.name

        for reason, expected in [
            (RejectionReasonIdentifier(alternative_code="RDTBR"), "Reject Due to Business Request"),
            (None, default_name),
        ]:
            created = await _short(
                await payments_create.asyncio_detailed(client=client, body=_draft(token))
            )
            ident = PaymentIdentifier(reference_number=created.data.reference_number)
            body = PaymentRejectRequest(token=token, payment_identifier=ident)
            if reason is not None:
                body.rejection_reason_identifier = reason
            rejected = await _short(
                await payments_reject.asyncio_detailed(client=client, body=body)
            )
            assert rejected.data.life_cycle_state == PaymentLifeCycleState.REJECTED
            shown = await payments_show.asyncio_detailed(
                client=client,
                token=token,
                payment_identifier=f"reference_number={created.data.reference_number}",
                fields_set="rejection_reason,life_cycle_state",
            )
            data = envelope(shown)["data"]
            assert set(data) == {"rejection_reason", "life_cycle_state"}
            assert data["rejection_reason"]["name"] == expected
            # A rejected payment can be neither posted nor rejected again.
            post = await payments_post.asyncio_detailed(
                client=client, body=PaymentPostRequest(token=token, payment_identifier=ident)
            )
            assert (
                _error(post.parsed, ErrorCode.INVALID_LIFE_CYCLE_STATE).status.description
                == "REJECTED"
            )


async def test_pay_bill_pays_everything_once(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        before = snapshot(sb)
        body = PaymentPayBillRequest(
            token=token,
            accounts_receivable_identifier=AccountsReceivableIdentifier(number="AR1"),
            type_identifier=PAYMENT,
            payment_method_identifier=CASH,
            bill_identifier=BillIdentifier(number="B7"),
            bill_number_check_digit=3,
            accounts_receivable_check_digit=5,
            bill_amount_check_digit=8,
            back_office_code="ERP-B7",
        )
        paid = await payments_pay_bill.asyncio_detailed(client=client, body=body)
        data = envelope(paid)["data"]
        assert data["life_cycle_state"] == "POSTED" and data["number"]
        assert data["payment_amount"] == Decimal("41.50")
        after = snapshot(sb)
        assert by_number(after["bills"], "B7")["outstanding_amount"] == "0.00"
        old = Decimal(by_number(before["accounts_receivable"], "AR1")["balance"])
        new = Decimal(by_number(after["accounts_receivable"], "AR1")["balance"])
        assert old - new == Decimal("41.50")

        body.back_office_code = "ERP-B7-retry"
        second = await payments_pay_bill.asyncio_detailed(client=client, body=body)
        assert second.status_code == 409
        _error(second.parsed, ErrorCode.NO_OUTSTANDING_AMOUNT)
        # The same back office code is reported as a duplicate first (a retried request).
        body.back_office_code = "ERP-B7"
        retried = await payments_pay_bill.asyncio_detailed(client=client, body=body)
        _error(retried.parsed, ErrorCode.DUPLICATE_BACK_OFFICE_CODE)


async def test_pay_invoice_pays_everything_once(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        body = PaymentPayInvoiceRequest(
            token=token,
            accounts_receivable_identifier=AccountsReceivableIdentifier(number="AR0001"),
            type_identifier=PAYMENT,
            payment_method_identifier=CASH,
            invoice_identifier=InvoiceIdentifier(number="I00000302"),
        )
        paid = await payments_pay_invoice.asyncio_detailed(client=client, body=body)
        assert envelope(paid)["data"]["payment_amount"] == Decimal("500.00")
        assert by_number(snapshot(sb)["invoices"], "I00000302")["outstanding_amount"] == "0.00"
        shown = await payments_show.asyncio_detailed(
            client=client, token=token, payment_identifier=f"id={envelope(paid)['data']['id']}"
        )
        invoices = envelope(shown)["data"]["invoices_to_pay_set"]
        assert [(i["number"], i["outstanding_amount"]) for i in invoices] == [("I00000302", 0)]
        second = await payments_pay_invoice.asyncio_detailed(client=client, body=body)
        assert second.status_code == 409
        _error(second.parsed, ErrorCode.NO_OUTSTANDING_AMOUNT)
        # The fully paid seeded invoice is refused too; another customer's invoice is not found.
        body.invoice_identifier = InvoiceIdentifier(number="I00000303")
        foreign = await payments_pay_invoice.asyncio_detailed(client=client, body=body)
        assert (
            _error(foreign.parsed, ErrorCode.NOT_FOUND).status.description == "invoice_identifier"
        )


async def test_wallet_payments_use_wallet_funds(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        body = PaymentPayBillRequest(
            token=token,
            wallet_identifier=WalletIdentifier(number="W0002"),  # 25.00 for a 180.50 bill
            type_identifier=TypeIdentifier(name="Payment 2"),
            payment_method_identifier=CASH,
            bill_identifier=BillIdentifier(number="B0002"),
        )
        short = await payments_pay_bill.asyncio_detailed(client=client, body=body)
        assert short.status_code == 409
        _error(short.parsed, ErrorCode.INSUFFICIENT_WALLET_FUNDS)
        assert by_number(snapshot(sb)["bills"], "B0002")["outstanding_amount"] == "180.50"

        body.wallet_identifier = WalletIdentifier(number="W0001")  # 500.00, AR0001's
        body.bill_identifier = BillIdentifier(number="B0001")
        paid = await payments_pay_bill.asyncio_detailed(client=client, body=body)
        assert paid.status_code == 200, paid.content
        assert by_number(snapshot(sb)["wallets"], "W0001")["funds"] == "250.00"
        listed = await payments_list.asyncio_detailed(
            client=client, token=token, wallet_identifier="number=W0001"
        )
        assert isinstance(listed.parsed, PaymentListResponse)
        wallets = [p.wallet for p in listed.parsed.data]
        assert all(isinstance(w, WalletShort) and w.number == "W0001" for w in wallets)


async def test_back_office_code_is_unique_and_finds_the_payment(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        first = await payments_create.asyncio_detailed(
            client=client, body=_draft(token, back_office_code="ERP=PAY 7/1")
        )
        assert first.status_code == 200
        duplicate = await payments_create.asyncio_detailed(
            client=client, body=_draft(token, back_office_code="ERP=PAY 7/1")
        )
        assert duplicate.status_code == 409
        _error(duplicate.parsed, ErrorCode.DUPLICATE_BACK_OFFICE_CODE)
        # The value contains "=" and a space: split at the first "=", percent-decoded.
        shown = await payments_show.asyncio_detailed(
            client=client, token=token, payment_identifier="back_office_code=ERP=PAY 7/1"
        )
        assert isinstance(shown.parsed, PaymentResponse)
        assert shown.parsed.data.id == envelope(first)["data"]["id"]
        payments = snapshot(sb)["payments"]
        assert sum(p["back_office_code"] == "ERP=PAY 7/1" for p in payments) == 1


async def test_list_pages_oldest_first_and_get_latest_newest_first(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        for amount in (1.0, 2.0, 3.0):
            await payments_create.asyncio_detailed(client=client, body=_draft(token, amount))
        pages: list[list[str]] = []
        offset = 0
        while True:
            page = await payments_list.asyncio_detailed(
                client=client,
                token=token,
                accounts_receivable_identifier="number=AR0002",
                number_of_results=2,
                offset=offset,
                fields_set="id,issued_on",
            )
            assert isinstance(page.parsed, PaymentListResponse)
            pages.append([str(p.id) for p in page.parsed.data])
            if len(page.parsed.data) < 2:
                break
            offset += 2
        ids = [i for page_ids in pages for i in page_ids]
        assert len(ids) == len(set(ids)) == 4  # the seeded draft "118" plus three new ones
        latest = await payments_get_latest.asyncio_detailed(
            client=client,
            token=token,
            accounts_receivable_identifier="name=Elena Papadopoulou",
            number=2,
        )
        assert isinstance(latest.parsed, PaymentListResponse)
        assert [p.id for p in latest.parsed.data] == ids[::-1][:2]
        assert [p.payment_amount for p in latest.parsed.data] == [3.0, 2.0]
        drafts = await payments_list.asyncio_detailed(
            client=client,
            token=token,
            accounts_receivable_identifier="number=AR0002",
            life_cycle_state=PaymentLifeCycleState.POSTED,
        )
        assert isinstance(drafts.parsed, PaymentListResponse) and drafts.parsed.data == []
        both = await payments_list.asyncio_detailed(
            client=client,
            token=token,
            accounts_receivable_identifier="number=AR0002",
            wallet_identifier="number=W0002",
        )
        assert both.status_code == 400
        neither = await payments_get_latest.asyncio_detailed(client=client, token=token, number=1)
        _error(neither.parsed, ErrorCode.INVALID_PARAMETER)


async def test_expired_token_then_login_again(mode: str) -> None:
    async with reach(mode, CrmComSettings(token_ttl=0.2)) as sb:
        client = generated(sb)
        token = await login(client)
        ok = await payments_show.asyncio_detailed(
            client=client, token=token, payment_identifier="number=96"
        )
        assert ok.status_code == 200
        await asyncio.sleep(0.3)
        expired = await payments_show.asyncio_detailed(
            client=client, token=token, payment_identifier="number=96"
        )
        assert expired.status_code == 401
        _error(expired.parsed, ErrorCode.EXPIRED_TOKEN)
        fresh = await login(client)
        assert fresh != token
        again = await payments_show.asyncio_detailed(
            client=client, token=fresh, payment_identifier="number=96"
        )
        assert again.status_code == 200


async def test_release_makes_the_token_unusable(mode: str) -> None:
    async with reach(mode) as sb:
        client = generated(sb)
        token = await login(client)
        released = await authentication_token_release.asyncio_detailed(
            client=client, body=AuthenticationTokenReleaseRequest(token=token)
        )
        assert released.status_code == 200 and envelope(released)["data"] is None
        after = await payments_show.asyncio_detailed(
            client=client, token=token, payment_identifier="number=96"
        )
        assert after.status_code == 401
        _error(after.parsed, ErrorCode.INVALID_TOKEN)
        created = await payments_create.asyncio_detailed(client=client, body=_draft(token))
        _error(created.parsed, ErrorCode.INVALID_TOKEN)


async def test_web_api_key_login(mode: str) -> None:
    async with reach(mode) as sb:
        # The spec declares HTTP Basic for this method, so the generated function wants an
        # AuthenticatedClient; the injected httpx client carries the header itself.
        client = AuthenticatedClient(base_url=sb.base_url, token="", prefix="Basic")
        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=sb.base_url, transport=sb.transport(), headers={"Authorization": BASIC}
            )
        )
        response = await authentication_web_api_key_token.asyncio_detailed(client=client)
        assert isinstance(response.parsed, TokenResponse), response.content
        token = response.parsed.data.token
        assert len(token) > 32 and token.count(".") == 2  # JWT-like (R12+)
        created = await payments_create.asyncio_detailed(client=client, body=_draft(token))
        assert created.status_code == 200
        shown = await payments_show.asyncio_detailed(
            client=client,
            token=token,
            payment_identifier=f"id={envelope(created)['data']['id']}",
            fields_set="received_by_user",
        )
        assert envelope(shown)["data"]["received_by_user"]["username"] == "webapi"
        with_unit = await authentication_web_api_key_token.asyncio_detailed(
            client=client, body=WebApiKeyTokenRequest(unit="C4370788B2630BC8A99E8C7397406C09")
        )
        assert with_unit.status_code == 200

        bad_key = "Basic " + __import__("base64").b64encode(b"nope:").decode()
        for headers in ({"Authorization": bad_key}, {}):
            async with httpx.AsyncClient(
                base_url=sb.base_url, transport=sb.transport(), headers=headers
            ) as raw:
                refused = await raw.post("/crmapi/rest/v2/authentication/web_api_key/token")
            assert refused.status_code == 401
            assert refused.headers["www-authenticate"] == 'Basic realm="crmapi"'
            assert envelope(refused)["status"]["code"] == "INVALID_LOGIN"


async def test_rate_limit_answers_429_with_retry_after(mode: str) -> None:
    async with reach(mode, CrmComSettings(rate_limit=3, rate_window=60)) as sb:
        client = generated(sb)
        token = await login(client)
        statuses = []
        for _ in range(5):
            response = await payments_show.asyncio_detailed(
                client=client, token=token, payment_identifier="number=96"
            )
            statuses.append(response.status_code)
        assert statuses == [200, 200, 200, 429, 429]
        assert 1 <= int(response.headers["retry-after"]) <= 60
        _error(response.parsed, ErrorCode.RATE_LIMITED)
