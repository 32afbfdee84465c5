"""Money is exact, end to end: every amount a user meets is a ``Decimal``, and what goes out is
checked against the spec's limits before anything is sent.

* Every money field of every response schema of the three specs: a body from the spec gives
  each one its own 24-digit value (no float holds it); read through the facade in-process
  and over 127.0.0.1, each must come back as exactly that ``Decimal``.
* The sandbox's real answers, in-process and over loopback: every decimal attribute of every
  model the facade returns is a ``Decimal`` (or absent), and no float is anywhere.
* Round trip (hypothesis): any amount the spec allows, sent through create and read back, is
  equal exactly; any amount outside the rules is a ``ValidationError`` and nothing is sent.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import anyio
import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from billing_sdk import BillomatClient, CrmComClient, ValidationError, VismaClient
from billing_sdk.billomat import CreditNote, CreditNotePayment
from billing_sdk.sandbox import Sandbox
from tests._spec_bodies import generate
from tests._specs import SPECS
from tests.facade._canned import FACADE_READS, READS, Canned, clients, prepare

# The Billomat facade's own models expose these amounts (the rest stay in the raw layer).
BILLOMAT_FACADE_AMOUNTS = {"amount", "total_net", "total_gross", "paid_amount", "open_amount"}
# Not money: CRM.COM's user-defined Float fields are floats by the vendor's definition.
FLOAT_FIELDS = {f"udf_float_{i}" for i in range(1, 5)}


def _walk(value: Any, name: str = "") -> Iterator[tuple[str, Any]]:
    """(attribute name, value) of everything reachable from a facade result."""
    yield name, value
    if isinstance(value, list | tuple):
        for item in value:
            yield from _walk(item, name)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, str(key))
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name), field.name)


def _decimals(result: Any) -> set[tuple[Any, ...]]:
    """Every Decimal in a result, by its exact digits (``1.10`` is not ``1.1``)."""
    return {v.as_tuple() for _, v in _walk(result) if isinstance(v, Decimal)}


# -- every money field of every response schema -------------------------------------------------


def test_the_specs_mark_money_in_every_read_of_the_three_apis() -> None:
    found = {
        spec: sum(len(generate(r.spec, r.schema, "full").money) for r in READS if r.spec == spec)
        for spec in SPECS
    }
    # Invoices and payments carry dozens of amounts; every API has some in its reads.
    assert found["visma-erp.yaml"] >= 60
    assert found["crmcom-payments.yaml"] >= 10
    assert found["billomat-credit-note-payments.yaml"] >= 10


@pytest.mark.parametrize("transport", ["in_process", "loopback"])
async def test_every_money_field_of_every_response_arrives_as_that_exact_decimal(
    transport: str,
) -> None:
    app = Canned()
    checked = 0
    async with clients(app, transport) as c:
        results = {}
        bodies = {}
        for read in READS:
            body = generate(read.spec, read.schema, "full")
            if body.money:
                prepare(app, read, body.value)
                results[read.operation_id] = await FACADE_READS[read.operation_id](c)
                bodies[read.operation_id] = body
    for read in READS:
        if read.operation_id not in bodies:
            continue
        body, result = bodies[read.operation_id], results[read.operation_id]
        expected = body.money
        if read.spec == "billomat-credit-note-payments.yaml":
            expected = [(n, v) for n, v in body.money if n in BILLOMAT_FACADE_AMOUNTS]
        got = _decimals(result)
        missing = [f"{n}={v}" for n, v in expected if v.as_tuple() not in got]
        assert missing == [], f"{read.operation_id}: not an exact Decimal: {missing}"
        floats = [n for n, v in _walk(result) if isinstance(v, float) and n not in FLOAT_FIELDS]
        assert floats == [], f"{read.operation_id}: floats in {floats}"
        checked += len(expected)
    assert checked >= 90


def test_every_billomat_money_field_is_a_decimal_in_the_raw_layer_too() -> None:
    # The facade's Billomat models expose five amounts; the generated models it reads hold
    # every other one (quote, the unreduced totals) as Decimal as well.
    for read in READS:
        if read.spec != "billomat-credit-note-payments.yaml":
            continue
        body = generate(read.spec, read.schema, "full")
        module = importlib.import_module(
            "billing_sdk._generated.billomat_api.api."
            + ("credit_notes." if "credit-notes" in read.path else "credit_note_payments.")
            + _snake(read.operation_id)
        )
        response = httpx.Response(
            200, content=_dumps(body.value), request=httpx.Request("GET", "http://x/")
        )
        parsed = module._parse_response(client=None, response=response)
        got = _decimals(parsed)
        assert [v for _, v in body.money if v.as_tuple() not in got] == [], read.operation_id


def _snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def _dumps(value: Any) -> bytes:
    from billing_sdk import _json

    return _json.dumps(value).encode()


# -- the sandbox's own answers ---------------------------------------------------------------------


def _decimal_attributes(result: Any) -> Iterator[tuple[str, Any]]:
    """(model.attribute, value) of every decimal attribute of every model in a result."""
    for _, value in _walk(result):
        cls = type(value)
        if not attrs.has(cls):
            continue
        for name in getattr(cls, "DECIMAL_LIMITS", {}):
            yield f"{cls.__name__}.{name}", getattr(value, name)
        if cls in (CreditNotePayment, CreditNote):
            for name in BILLOMAT_FACADE_AMOUNTS & {f.name for f in attrs.fields(cls)}:
                yield f"{cls.__name__}.{name}", getattr(value, name)


async def _sandbox_reads(sandbox: Sandbox) -> AsyncIterator[tuple[str, Any]]:
    async with VismaClient.for_sandbox(sandbox) as visma:
        invoices = [i async for i in visma.customer_invoices.list(page_size=50)]
        yield "visma invoices", invoices
        yield "visma invoice", await visma.customer_invoices.get("000101")
        yield "visma payments", [p async for p in visma.customer_payments.list(page_size=50)]
        rot_rut = [i for i in invoices if i.is_rot_rut_deductible is True]
        if rot_rut:
            yield (
                "visma rot/rut",
                await visma.customer_invoices.rot_rut(str(rot_rut[0].reference_number)),
            )
    async with CrmComClient.for_sandbox(sandbox) as crm:
        ar = {"number": "AR0001"}
        listed = [p async for p in crm.payments.list(accounts_receivable=ar)]
        yield "crmcom payments", listed
        yield "crmcom latest", await crm.payments.get_latest(5, accounts_receivable=ar)
        yield "crmcom show", await crm.payments.show(id=str(listed[0].id))
    async with BillomatClient.for_sandbox(sandbox) as billomat:
        yield "billomat payments", [p async for p in billomat.credit_note_payments.list()]
        yield "billomat notes", [n async for n in billomat.credit_notes.list()]


async def test_the_sandbox_answers_reach_the_caller_as_decimals(sandbox: Sandbox) -> None:
    seen = 0
    async for label, result in _sandbox_reads(sandbox):
        for where, value in _decimal_attributes(result):
            assert isinstance(value, Decimal) or not value, f"{label}: {where} = {value!r}"
            seen += isinstance(value, Decimal)
        floats = [n for n, v in _walk(result) if isinstance(v, float) and n not in FLOAT_FIELDS]
        assert floats == [], f"{label}: floats in {floats}"
    assert seen >= 500  # the seeded companies have hundreds of amounts


# -- round trip and refusals ----------------------------------------------------------------------

CENTS = Decimal("0.01")


def _amounts(low: Decimal, high: Decimal) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=low, max_value=high, places=2, allow_nan=False)


def _as_given(amount: Decimal) -> st.SearchStrategy[Any]:
    """The forms a caller may pass: the Decimal, its plain text, an int when whole."""
    forms: list[Any] = [amount, format(amount, "f")]
    if amount == amount.to_integral_value():
        forms.append(int(amount))
    return st.sampled_from(forms)


class Counting(httpx.AsyncBaseTransport):
    """Counts the requests that reach the sandbox (token requests and logins included)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await self.inner.handle_async_request(request)


@contextlib.asynccontextmanager
async def _counted(sandbox: Sandbox) -> AsyncIterator[tuple[Counting, Any, Any, Any]]:
    counting = Counting(sandbox.transport())
    options = {"transport": counting}
    async with (
        VismaClient.for_sandbox(sandbox, **options) as visma,
        CrmComClient.for_sandbox(sandbox, **options) as crm,
        BillomatClient.for_sandbox(sandbox, **options) as billomat,
    ):
        yield counting, visma, crm, billomat


SLOW = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
AR = {"number": "AR0001"}
CASH = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}


@SLOW
@given(data=st.data())
def test_any_valid_amount_goes_out_and_comes_back_equal(data: st.DataObject) -> None:
    visma_amount = data.draw(_amounts(Decimal(0), Decimal("999999999999.99")), "visma")
    crm_amount = data.draw(_amounts(CENTS, Decimal("1000000000000")), "crmcom")
    bm_amount = data.draw(
        _amounts(Decimal("-9999999999.99"), Decimal("9999999999.99")).filter(bool), "billomat"
    )
    forms = [data.draw(_as_given(a)) for a in (visma_amount, crm_amount, bm_amount)]

    async def run() -> None:
        async with _counted(Sandbox()) as (_, visma, crm, billomat):
            payment = await visma.customer_payments.create(
                {"type": "Payment", "customer": "10001", "payment_amount": forms[0]}
            )
            again = await visma.customer_payments.get(str(payment.ref_nbr))
            assert again.payment_amount == visma_amount
            assert isinstance(again.payment_amount, Decimal)

            created = await crm.payments.create(accounts_receivable=AR, amount=forms[1], **CASH)
            shown = await crm.payments.show(id=str(created.id))
            assert shown.payment_amount == crm_amount
            assert isinstance(shown.payment_amount, Decimal)

            booked = await billomat.credit_note_payments.create(credit_note_id=1, amount=forms[2])
            read = await billomat.credit_note_payments.get(booked.id)
            assert read.amount == bm_amount and isinstance(read.amount, Decimal)

    anyio.run(run)


def _past_the_scale(amount: Decimal) -> Decimal:
    return amount + Decimal("0.001")


INVALID_ANY: list[Any] = [
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    "1e5",
    "1E+2",
    "10.0.0",
    "ten",
    " ",
    1.5,
    0.1,
    True,
    None,
]


def _invalid(low: Decimal, high: Decimal, *, zero: bool) -> st.SearchStrategy[Any]:
    """Amounts outside [low, high], past two decimals, or not amounts at all."""
    bad = [
        _amounts(low, high).map(_past_the_scale),
        st.decimals(min_value=high + CENTS, max_value=high * 10, places=2),
        st.sampled_from(INVALID_ANY),
    ]
    if low > Decimal("-1"):
        bad.append(st.decimals(max_value=low - CENTS, min_value=Decimal(-(10**6)), places=2))
    if not zero:
        bad.append(st.sampled_from([Decimal(0), Decimal("-0.00"), "0", 0, "0.00"]))
    return st.one_of(*bad)


@SLOW
@given(data=st.data())
def test_any_amount_outside_the_rules_is_refused_with_nothing_sent(data: st.DataObject) -> None:
    visma_bad = data.draw(_invalid(Decimal(0), Decimal(10**12), zero=True), "visma")
    crm_bad = data.draw(_invalid(CENTS, Decimal(10**12), zero=False), "crmcom")
    bm_bad = data.draw(
        _invalid(Decimal("-9999999999.99"), Decimal("9999999999.99"), zero=False), "billomat"
    )

    async def run() -> None:
        async with _counted(Sandbox()) as (counting, visma, crm, billomat):
            with pytest.raises(ValidationError):
                await visma.customer_payments.create(
                    {"type": "Payment", "customer": "10001", "payment_amount": visma_bad}
                )
            with pytest.raises(ValidationError):
                await visma.customer_payments.update("000045", {"payment_amount": visma_bad})
            with pytest.raises(ValidationError):
                await crm.payments.create(accounts_receivable=AR, amount=crm_bad, **CASH)
            with pytest.raises(ValidationError):
                await crm.payments.update({"number": "PAY1"}, amount=crm_bad)
            with pytest.raises(ValidationError):
                await billomat.credit_note_payments.create(credit_note_id=1, amount=bm_bad)
            assert counting.requests == 0  # not even a token request or a login

    anyio.run(run)


async def test_a_visma_amount_past_the_cent_is_refused_not_rounded() -> None:
    # Before: 10.001 was sent as a float and booked as 10.00 (exit 0).
    sandbox = Sandbox()
    async with _counted(sandbox) as (counting, visma, _, _):
        with pytest.raises(ValidationError, match="payment_amount has more than 2 decimal"):
            await visma.customer_payments.create(
                {"type": "Payment", "customer": "10001", "payment_amount": Decimal("10.001")}
            )
        lines = [{"operation": "Insert", "ref_nbr": "000128", "amount_paid": Decimal("1.005")}]
        with pytest.raises(ValidationError, match=r"payment_lines\[0\].amount_paid"):
            await visma.customer_payments.create(
                {"type": "Payment", "customer": "10001", "payment_lines": lines}
            )
        # A remainder past the default exponent range underflowed to 0 and passed as a cent.
        for tiny in (Decimal("1e-999999999"), Decimal("5E-1000000")):
            with pytest.raises(ValidationError, match="payment_amount has more than 2 decimal"):
                await visma.customer_payments.create(
                    {"type": "Payment", "customer": "10001", "payment_amount": tiny}
                )
        rates = {"exchange_rate": Decimal("1.000000001")}  # 9 places; rates keep 8
        with pytest.raises(ValidationError, match="exchange_rate has more than 8 decimal"):
            await visma.customer_invoices.update("000101", rates)
        assert counting.requests == 0


async def test_the_sandbox_refuses_what_the_sdk_refuses_in_each_vendors_shape() -> None:
    # The same limits on the server side: a client that skips the SDK gets the vendor's 400.
    sandbox = Sandbox()
    transport = sandbox.transport()
    async with httpx.AsyncClient(transport=transport, base_url=sandbox.base_url) as http:
        token = await _visma_token(http, sandbox)
        visma = await http.post(
            "/v1/customerPayment",
            content=b'{"type":{"value":"Payment"},"customer":{"value":"10001"},'
            b'"paymentAmount":{"value":10.001}}',
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        assert visma.status_code == 400
        assert "paymentAmount" in visma.json()["message"]
        billomat = await http.post(
            "/api/credit-note-payments",
            json={"credit-note-payment": {"credit_note_id": "1", "amount": "0.00"}},
            headers={
                "X-BillomatApiKey": sandbox.billomat.settings.api_key,
                "Accept": "application/json",
            },
        )
        assert billomat.status_code == 400
        assert "amount" in str(billomat.json()["errors"])


async def _visma_token(http: httpx.AsyncClient, sandbox: Sandbox) -> str:
    creds = sandbox.visma.settings.public_credentials()
    answer = await http.post(
        creds["token_url_path"],
        data={
            "grant_type": "client_credentials",
            "client_id": creds["client_id"],
            "client_secret": creds["client_secret"],
            "tenant_id": creds["tenant_id"],
            "scope": "vismanet_erp_service_api:create",
        },
    )
    token: str = answer.json()["access_token"]
    return token
