"""CrmComClient against the sandbox, in-process and over loopback: every operation end to end."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import anyio
import httpx
import pytest

from billing_sdk import CrmComError, fields_present
from billing_sdk._errors import (
    BadRequest,
    Conflict,
    NotFound,
    ReferenceConflict,
    StateError,
    Unauthorized,
)
from billing_sdk.crmcom import (
    CrmComClient,
    PaymentLifeCycleState,
    PaymentShort,
    as_decimal,
)
from billing_sdk.sandbox import CrmComSettings, Sandbox

CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
API = "/crmapi/rest/v2"


class Recorder(httpx.AsyncBaseTransport):
    """Passes requests to the sandbox and keeps them, to see what went over the wire."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def sent(self, operation: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == f"{API}/{operation}"]


@dataclass
class Target:
    """A fresh sandbox and how to reach it."""

    sandbox: Sandbox
    mode: str
    recorders: list[Recorder] = field(default_factory=list)

    def client(self, **options: Any) -> CrmComClient:
        recorder = Recorder(self.sandbox.transport())
        self.recorders.append(recorder)
        return CrmComClient.for_sandbox(self.sandbox, transport=recorder, **options)

    @property
    def recorder(self) -> Recorder:
        return self.recorders[-1]


async def _target(mode: str, sandbox: Sandbox) -> AsyncIterator[Target]:
    if mode == "in_process":
        yield Target(sandbox, mode)
    else:
        async with sandbox.running():
            yield Target(sandbox, mode)


@pytest.fixture(params=["in_process", "loopback"])
async def target(request: pytest.FixtureRequest) -> AsyncIterator[Target]:
    async for t in _target(request.param, Sandbox()):
        yield t


# Tokens that expire on the server after 0.3 s while the client believes they live 2 hours.
SHORT_TTL = 0.3


@pytest.fixture(params=["in_process", "loopback"])
async def short_lived(request: pytest.FixtureRequest) -> AsyncIterator[Target]:
    async for t in _target(request.param, Sandbox(crmcom=CrmComSettings(token_ttl=SHORT_TTL))):
        yield t


def _bills(sandbox: Sandbox) -> dict[str, dict[str, Any]]:
    return {b["number"]: b for b in sandbox.crmcom.snapshot()["bills"]}


def _invoices(sandbox: Sandbox) -> dict[str, dict[str, Any]]:
    return {i["number"]: i for i in sandbox.crmcom.snapshot()["invoices"]}


# -- life cycles -----------------------------------------------------------------------------


async def test_draft_is_updated_posted_and_cancelled(target: Target) -> None:
    async with target.client() as crm:
        draft = await crm.payments.create(
            accounts_receivable={"number": "AR0004"},
            amount=Decimal("25.10"),
            notes="first",
            back_office_code="ERP-LC-1",
            **CASH,
        )
        assert draft.life_cycle_state is PaymentLifeCycleState.DRAFT
        assert draft.number is None
        assert as_decimal(draft.payment_amount) == Decimal("25.10")  # type: ignore[arg-type]

        updated = await crm.payments.update(draft, amount="30.05", notes="corrected")
        assert as_decimal(updated.payment_amount) == Decimal("30.05")  # type: ignore[arg-type]

        posted = await crm.payments.post({"back_office_code": "ERP-LC-1"})
        assert posted.life_cycle_state is PaymentLifeCycleState.POSTED
        assert isinstance(posted.number, str) and posted.posted_on

        with pytest.raises(StateError) as refused:  # checked before sending (safe writes)
            await crm.payments.post(posted)
        assert (refused.value.expected, refused.value.actual) == ("DRAFT", "POSTED")
        with pytest.raises(Conflict) as caught:  # unchecked: the server's own rule
            await crm.payments.post(posted, expect=None)
        assert isinstance(caught.value, CrmComError)
        assert caught.value.code == "INVALID_LIFE_CYCLE_STATE"
        assert caught.value.landed is False

        cancelled = await crm.payments.cancel(
            {"number": posted.number},
            type={"name": "Payment Cancellation"},
            issue_reason="Cheque bounced",
            back_office_code="ERP-CAN-LC-1",
        )
        assert cancelled.life_cycle_state is PaymentLifeCycleState.CANCELLED

        shown = await crm.payments.show(back_office_code="ERP-LC-1")
        assert shown.id == draft.id
        assert shown.notes == "corrected"
        assert shown.life_cycle_state is PaymentLifeCycleState.CANCELLED
        assert shown.accounts_receivable.number == "AR0004"  # type: ignore[union-attr]
    cancellations = target.sandbox.crmcom.snapshot()["payment_cancellations"]
    codes = {c["payment_id"]: c["back_office_code"] for c in cancellations}
    assert codes[draft.id] == "ERP-CAN-LC-1"


async def test_drafts_are_rejected_with_a_reason_or_the_default(target: Target) -> None:
    async with target.client() as crm:
        reasons = await crm.payments.rejection_reasons()
        defaults = [r.rejection_reason.name for r in reasons if r.default]  # type: ignore[union-attr]
        assert defaults == ["Reject Due to Error"]

        first = await crm.payments.create(wallet={"number": "W0001"}, amount=5, **CASH)
        second = await crm.payments.create(wallet={"number": "W0001"}, amount=6, **CASH)
        rejected = await crm.payments.reject(first, rejection_reason={"name": "Insufficient Funds"})
        assert rejected.life_cycle_state is PaymentLifeCycleState.REJECTED
        await crm.payments.reject({"reference_number": second.reference_number})  # type: ignore[dict-item]

        one = await crm.payments.show(id=first.id)  # type: ignore[arg-type]
        two = await crm.payments.show(id=second.id)  # type: ignore[arg-type]
        assert one.rejection_reason.name == "Insufficient Funds"  # type: ignore[union-attr]
        assert two.rejection_reason.name == "Reject Due to Error"  # type: ignore[union-attr]
        assert one.wallet.number == "W0001"  # type: ignore[union-attr]


async def test_pay_bill_and_pay_invoice_leave_nothing_outstanding(target: Target) -> None:
    sandbox = target.sandbox
    assert _bills(sandbox)["B7"]["outstanding_amount"] == "41.50"
    assert _invoices(sandbox)["I00000307"]["outstanding_amount"] == "75.00"
    async with target.client() as crm:
        with pytest.raises(BadRequest) as caught:
            await crm.payments.pay_bill(
                accounts_receivable={"number": "AR1"},
                bill={"number": "B7"},
                bill_number_check_digit=4,
                accounts_receivable_check_digit=5,
                bill_amount_check_digit=8,
                **CASH,
            )
        assert caught.value.code == "INVALID_CHECK_DIGIT"

        bill_payment = await crm.payments.pay_bill(
            accounts_receivable={"number": "AR1"},
            bill={"number": "B7"},
            bill_number_check_digit=3,
            accounts_receivable_check_digit=5,
            bill_amount_check_digit=8,
            back_office_code="ERP-PAY-BILL-7",
            **CASH,
        )
        assert bill_payment.life_cycle_state is PaymentLifeCycleState.POSTED
        assert as_decimal(bill_payment.payment_amount) == Decimal("41.50")  # type: ignore[arg-type]

        invoice_payment = await crm.payments.pay_invoice(
            accounts_receivable={"number": "AR1"},
            invoice={"number": "I00000307"},
            **CASH,
        )
        assert as_decimal(invoice_payment.payment_amount) == Decimal(75)  # type: ignore[arg-type]
        shown = await crm.payments.show(id=invoice_payment.id)  # type: ignore[arg-type]
        (paid,) = shown.invoices_to_pay_set  # type: ignore[misc]
        assert paid.number == "I00000307" and paid.outstanding_amount == 0

        with pytest.raises(Conflict) as again:
            await crm.payments.pay_invoice(
                accounts_receivable={"number": "AR1"}, invoice={"number": "I00000307"}, **CASH
            )
        assert again.value.code == "NO_OUTSTANDING_AMOUNT"
    assert Decimal(_bills(sandbox)["B7"]["outstanding_amount"]) == 0
    assert Decimal(_invoices(sandbox)["I00000307"]["outstanding_amount"]) == 0


# -- reads ---------------------------------------------------------------------------------


async def test_list_get_latest_and_show_by_back_office_code(target: Target) -> None:
    async with target.client() as crm:
        created: list[PaymentShort] = []
        for i in range(5):
            created.append(
                await crm.payments.create(
                    accounts_receivable={"number": "AR0008"},
                    amount=Decimal(10 + i),
                    life_cycle_state="POSTED" if i % 2 else "DRAFT",
                    back_office_code=f"ERP-LIST-{i}",
                    **CASH,
                )
            )
        everything = [
            p.id
            async for p in crm.payments.list(accounts_receivable={"number": "AR0008"}, page_size=2)
        ]
        assert everything == [p.id for p in created]  # oldest first
        offsets = [r.url.params["offset"] for r in target.recorder.sent("payments/list")]
        assert offsets == ["0", "2", "4"]

        posted = [
            p.back_office_code
            async for p in crm.payments.list(
                accounts_receivable={"number": "AR0008"},
                life_cycle_state=PaymentLifeCycleState.POSTED,
                type={"name": "Payment"},
                payment_method={"alternative_code": "CA"},
            )
        ]
        assert posted == ["ERP-LIST-1", "ERP-LIST-3"]

        latest = await crm.payments.get_latest(
            2, accounts_receivable={"number": "AR0008"}, fields_set=["id", "number"]
        )
        assert [p.id for p in latest] == [created[4].id, created[3].id]  # newest first
        assert latest[0].payment_amount is None
        assert "payment_amount" not in fields_present(latest[0])  # left out, not null

        shown = await crm.payments.show(back_office_code="ERP-LIST-2", fields_set="id,notes")
        assert shown.id == created[2].id
        assert shown.life_cycle_state is None
        assert "id" in fields_present(shown)
        assert "life_cycle_state" not in fields_present(shown)  # left out, not null

        with pytest.raises(NotFound) as caught:
            await crm.payments.show(back_office_code="ERP-NO-SUCH")
        assert isinstance(caught.value, CrmComError) and caught.value.code == "NOT_FOUND"

        # A code already used: with another amount it is a conflict, nothing sent (the
        # server would answer DUPLICATE_BACK_OFFICE_CODE); the same payment again is returned.
        with pytest.raises(ReferenceConflict) as duplicate:
            await crm.payments.create(
                accounts_receivable={"number": "AR0008"},
                amount=1,
                back_office_code="ERP-LIST-0",
                **CASH,
            )
        assert duplicate.value.existing == created[0].id
        assert duplicate.value.differences == ("amount",)
        assert duplicate.value.landed is False


# -- the session -----------------------------------------------------------------------------


async def test_password_and_web_api_key_logins_act_as_their_users(target: Target) -> None:
    async with target.client() as crm:
        by_password = await crm.payments.create(wallet={"number": "W0003"}, amount=1, **CASH)
        user = (await crm.payments.show(id=by_password.id)).received_by_user  # type: ignore[arg-type]
        assert user.username == target.sandbox.crmcom.settings.username  # type: ignore[union-attr]
    assert len(target.recorder.sent("authentication/token")) == 1

    async with target.client(login="web_api_key") as crm:
        by_key = await crm.payments.create(wallet={"number": "W0003"}, amount=1, **CASH)
        user = (await crm.payments.show(id=by_key.id)).received_by_user  # type: ignore[arg-type]
        assert user.username == "webapi"  # type: ignore[union-attr]
    logins = target.recorder.sent("authentication/web_api_key/token")
    assert len(logins) == 1
    assert logins[0].headers["authorization"].startswith("Basic ")
    assert not target.recorder.sent("authentication/token")


async def test_an_expired_token_means_a_transparent_relogin(short_lived: Target) -> None:
    async with short_lived.client() as crm:
        await crm.payments.show(number="PAY0001")
        await anyio.sleep(SHORT_TTL + 0.2)
        payment = await crm.payments.show(number="PAY0001")
        assert payment.back_office_code == "ERP-PAY-000001"
    recorder = short_lived.recorder
    assert len(recorder.sent("authentication/token")) == 2
    # The first show, the one the server refused as expired, and its one retry.
    tokens = [r.url.params["token"] for r in recorder.sent("payments/show")]
    assert len(tokens) == 3 and tokens[0] == tokens[1] != tokens[2]


async def test_a_short_client_token_ttl_renews_before_the_server_refuses(
    short_lived: Target,
) -> None:
    async with short_lived.client(token_ttl=SHORT_TTL) as crm:
        await crm.payments.get_latest(1, accounts_receivable={"number": "AR0001"})
        await anyio.sleep(SHORT_TTL + 0.2)
        await crm.payments.get_latest(1, accounts_receivable={"number": "AR0001"})
    recorder = short_lived.recorder
    assert len(recorder.sent("authentication/token")) == 2
    assert len(recorder.sent("payments/get_latest")) == 2  # no refused request


async def test_close_releases_the_token_so_it_no_longer_works(target: Target) -> None:
    crm = target.client()
    async with crm:
        await crm.payments.show(number="PAY0001")
    (release,) = target.recorder.sent("authentication/token/release")
    token = json.loads(release.content)["token"]
    (show,) = target.recorder.sent("payments/show")
    assert show.url.params["token"] == token

    async with httpx.AsyncClient(
        base_url=target.sandbox.base_url, transport=target.sandbox.transport()
    ) as raw:
        response = await raw.get(
            f"{API}/payments/show",
            params={"token": token, "payment_identifier": "number=PAY0001"},
        )
    assert response.status_code == 401
    assert response.json()["status"]["code"] == "INVALID_TOKEN"
    await crm.aclose()  # idempotent: nothing more is sent
    assert len(target.recorder.sent("authentication/token/release")) == 1


async def test_wrong_credentials_raise_unauthorized(target: Target) -> None:
    options: dict[str, Any] = {"transport": target.sandbox.transport()}
    if target.mode == "in_process":
        options["allow_insecure_http"] = True
    async with CrmComClient(
        base_url=target.sandbox.base_url,
        username="sandbox",
        password="wrong",
        organisation="Sandbox Ltd",
        **options,
    ) as crm:
        with pytest.raises(Unauthorized) as caught:
            await crm.payments.show(number="PAY0001")
    assert "wrong" not in str(caught.value)
