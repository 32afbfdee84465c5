"""The bad-input catalogue: every way a caller or a server can hand the SDK something wrong.

Each :class:`Case` is one test. It runs against a fresh sandbox behind a recording
:class:`~tests.reliability._harness.Wire` (an ``answer`` function replaces the server's reply
for the server-side cases) with one-second client timeouts and one attempt per request, and it
must end in the named :class:`~billing_sdk.BillingError` subclass, never in a crash (``KeyError``,
``HTTPStatus(520)``...) or a hang, with every vendor's sandbox state unchanged (no partial
write). Cases from the caller must also send nothing at all, not even a login, unless the case
says it reaches the server (``sends``: values that are legal but hostile, which must travel
encoded and never change the target path).

``docs/reliability.md`` holds this list as a table; ``tools/check_reliability_doc.py`` writes
it from :data:`CASES`, and :func:`test_the_doc_lists_exactly_these_cases` fails when the two
differ.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx
import pytest

from billing_sdk import (
    APIStatusError,
    BadRequest,
    BillingError,
    BillomatClient,
    CrmComClient,
    CrmComError,
    DecodeError,
    NotFound,
    RateLimited,
    RequestTimeout,
    ResponseTooLarge,
    ServerError,
    TransportError,
    Unauthorized,
    ValidationError,
    VismaClient,
)
from billing_sdk._constants import DEFAULT_MAX_RESPONSE_BYTES
from billing_sdk.sandbox import FaultPlan, FaultRule
from tests.reliability._harness import (
    BILLOMAT_API,
    CRMCOM_API,
    EVIL,
    VISMA_API,
    Answer,
    Env,
    answer_on,
    redirect,
    reply,
)
from tests.reliability._secrets import IssuedTokens, find_secrets, sandbox_secrets

Vendor = Literal["visma", "crmcom", "billomat"]
Run = Callable[[Env], Awaitable[object]]

#: A generous guard against a hang, not a speed check: every case is bounded by the 1 s client
#: timeout long before this.
HANG_GUARD = 30.0


@dataclass(frozen=True)
class Case:
    """One catalogue entry (a row of the table in docs/reliability.md)."""

    id: str
    vendor: Vendor
    source: Literal["caller", "server"]
    #: What goes in (the bad value, or what the server answers).
    input: str
    #: The BillingError subclass the call must raise.
    error: type[BillingError]
    #: Where the SDK (or the sandbox) catches it.
    caught: str
    run: Run
    answer: Answer | None = None
    faults: FaultPlan | None = None
    #: A caller case whose value is legal but hostile: it is sent, encoded.
    sends: bool = False
    #: More assertions on the error and the wire.
    check: Callable[[Any, Env], None] | None = None


# -- helpers for the calls -------------------------------------------------------------------

AR = {"number": "AR0001"}
CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
VISMA_PAYMENT = {"type": "Payment", "customer": "10001", "payment_amount": Decimal("10.00")}


async def _drain(items: AsyncIterator[object]) -> None:
    async for _ in items:
        pass


def visma(call: Callable[[Any], Awaitable[object]]) -> Run:
    async def run(env: Env) -> object:
        async with env.visma() as client:
            return await call(client)

    return run


def crmcom(call: Callable[[Any], Awaitable[object]]) -> Run:
    async def run(env: Env) -> object:
        async with env.crmcom() as client:
            return await call(client.payments)

    return run


def billomat(call: Callable[[Any], Awaitable[object]], **options: Any) -> Run:
    async def run(env: Env) -> object:
        async with env.billomat(**options) as client:
            return await call(client)

    return run


async def _client_with(env: Env, vendor: str, **credentials: Any) -> object:
    """Build a client with the given credentials (the build itself must refuse them)."""
    options = env.client_options(allow_insecure_http=True)
    if vendor == "visma":
        return VismaClient(base_url=env.sandbox.base_url, **credentials, **options)
    return BillomatClient(base_url=env.sandbox.base_url, **credentials, **options)


def crm_create(**changes: Any) -> Run:
    kwargs: dict[str, Any] = {"accounts_receivable": AR, "amount": Decimal("10"), **CASH}
    kwargs.update(changes)
    return crmcom(lambda p: p.create(**kwargs))


def bm_create(**changes: Any) -> Run:
    kwargs: dict[str, Any] = {"credit_note_id": 3, "amount": Decimal("5.00"), **changes}
    return billomat(lambda b: b.credit_note_payments.create(**kwargs))


def visma_create(**changes: Any) -> Run:
    return visma(lambda v: v.customer_payments.create({**VISMA_PAYMENT, **changes}))


# -- helpers for the server's answers --------------------------------------------------------

VISMA_PAYMENT_PATH = f"{VISMA_API}/customerPayment/000031"
CRM_SHOW = f"{CRMCOM_API}/payments/show"
CRM_CREATE = f"{CRMCOM_API}/payments/create"
BM_PAYMENT_PATH = f"{BILLOMAT_API}/credit-note-payments/1"


def envelope(code: str, data: str = "null") -> bytes:
    return (
        b'{"status": {"code": "%s", "message": "from the server", "description": null}, '
        b'"data": %s}' % (code.encode(), data.encode())
    )


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE errors ['
    b'<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
    b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
    b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">'
    b'<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">'
    b"]><errors><error>&h;</error></errors>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE errors [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<errors><error>&x;</error></errors>"
)

#: The huge body: 50 MB, streamed in chunks like a network would deliver it.
HUGE_BODY = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
#: Peak memory (tracemalloc) the SDK used while refusing the huge body (read by the report).
huge_body_peak: dict[str, int] = {}


class _Huge(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(HUGE_BODY // _CHUNK):
            yield b"x" * _CHUNK  # a new object per chunk, as a socket read makes


def huge(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, stream=_Huge(), headers={"content-type": "application/json"}, request=request
    )


def stall(operation: str) -> FaultPlan:
    return FaultPlan(operations={operation: FaultRule(stall_rate=1.0, stall_seconds=60.0)})


def drop(operation: str) -> FaultPlan:
    return FaultPlan(operations={operation: FaultRule(drop_rate=1.0)})


# -- checks ----------------------------------------------------------------------------------


def status_is(status: int) -> Callable[[Any, Env], None]:
    def check(error: Any, env: Env) -> None:
        assert error.status == status

    return check


def attribute(name: str, value: object) -> Callable[[Any, Env], None]:
    def check(error: Any, env: Env) -> None:
        assert getattr(error, name) == value

    return check


def also(cls: type[BillingError]) -> Callable[[Any, Env], None]:
    def check(error: Any, env: Env) -> None:
        assert isinstance(error, cls)

    return check


def exactly(cls: type[BillingError]) -> Callable[[Any, Env], None]:
    def check(error: Any, env: Env) -> None:
        assert type(error) is cls

    return check


def never_reached_evil(error: Any, env: Env) -> None:
    assert "evil.example" not in env.wire.hosts()
    assert "redirect" in str(error)


def no_vendor_message(error: Any, env: Env) -> None:
    # defusedxml refused the document: nothing of it (entities, file contents) reaches the error.
    assert error.vendor_message is None
    assert "root:" not in str(error) and "aaaa" not in str(error)


def crm_show_query(env: Env) -> dict[str, list[str]]:
    (show,) = env.wire.to(CRM_SHOW)
    return parse_qs(urlsplit(str(show.url)).query, keep_blank_values=True)


def path_stays(expected_identifier: str) -> Callable[[Any, Env], None]:
    def check(error: Any, env: Env) -> None:
        query = crm_show_query(env)
        assert query["payment_identifier"] == [f"number={expected_identifier}"]
        assert len(query["token"]) == 1 and query["token"] != ["stolen"]
        assert {r.url.path for r in env.wire.requests} <= {
            CRM_SHOW,
            f"{CRMCOM_API}/authentication/token",
            f"{CRMCOM_API}/authentication/token/release",
        }

    return check


def visma_path_is(raw_path: str) -> Callable[[Any, Env], None]:
    """The one Visma API request went to ``raw_path`` exactly (encoded as given)."""

    def check(error: Any, env: Env) -> None:
        sent = [r for r in env.wire.requests if r.url.path.startswith(("/v1/", "/v2/"))]
        assert [r.url.raw_path.split(b"?")[0].decode() for r in sent] == [raw_path]

    return check


def refused_once(path: str) -> Callable[[Any, Env], None]:
    """The write was refused (``landed=False``) and not sent again."""

    def check(error: Any, env: Env) -> None:
        assert error.landed is False
        assert len(env.wire.to(path)) == 1

    return check


def huge_body_measured(error: Any, env: Env) -> None:
    # Read up to the default cap (32 MiB) and no further: the rest never reaches memory.
    assert error.limit == DEFAULT_MAX_RESPONSE_BYTES
    assert 0 < huge_body_peak["bytes"] < DEFAULT_MAX_RESPONSE_BYTES + 16 * 2**20


async def _huge_read(env: Env) -> object:
    # Measure what the SDK holds while it reads (up to its size cap) and refuses the body.
    tracemalloc.start()
    try:
        async with env.billomat() as client:
            return await client.credit_note_payments.get(1)
    finally:
        huge_body_peak["bytes"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


# -- the catalogue ---------------------------------------------------------------------------

CASES: list[Case] = [
    # ---- from the caller: wrong types --------------------------------------------------------
    Case(
        "visma-number-not-a-string",
        "visma",
        "caller",
        "`customer_payments.get(b'000031')` (bytes)",
        ValidationError,
        "`_validation.path_id` (visma `_base.number`)",
        visma(lambda v: v.customer_payments.get(b"000031")),
    ),
    Case(
        "visma-changes-not-a-mapping",
        "visma",
        "caller",
        "`customer_payments.create(['type', 'Payment'])`",
        ValidationError,
        "`visma._updates.build_update`",
        visma(lambda v: v.customer_payments.create(["type", "Payment"])),
    ),
    Case(
        "billomat-id-as-string",
        "billomat",
        "caller",
        "`credit_note_payments.get('1')`",
        ValidationError,
        "`_validation.positive_int`",
        billomat(lambda b: b.credit_note_payments.get("1")),
    ),
    Case(
        "billomat-id-as-bool",
        "billomat",
        "caller",
        "`credit_notes.get(True)`",
        ValidationError,
        "`_validation.positive_int`",
        billomat(lambda b: b.credit_notes.get(True)),
    ),
    Case(
        "crmcom-identifier-not-a-mapping",
        "crmcom",
        "caller",
        "`payments.create(type='Payment', ...)`",
        ValidationError,
        "`_validation.exactly_one` (crmcom `_inputs.identifier`)",
        crm_create(type="Payment"),
    ),
    Case(
        "crmcom-identifier-value-not-a-string",
        "crmcom",
        "caller",
        "`payments.create(type={'id': 5}, ...)`",
        ValidationError,
        "crmcom `_inputs.identifier`",
        crm_create(type={"id": 5}),
    ),
    Case(
        "crmcom-udf-wrong-type",
        "crmcom",
        "caller",
        "`payments.create(udf={'udf_string_1': 5}, ...)`",
        ValidationError,
        "crmcom `_inputs.udf`",
        crm_create(udf={"udf_string_1": 5}),
    ),
    # ---- from the caller: unknown enum values and names --------------------------------------
    Case(
        "visma-unknown-status",
        "visma",
        "caller",
        "`customer_payments.list(status='Bogus')`",
        ValidationError,
        "`_validation.enum_value` (visma `_filters.build_filters`)",
        visma(lambda v: _drain(v.customer_payments.list(status="Bogus"))),
    ),
    Case(
        "visma-unknown-payment-type",
        "visma",
        "caller",
        "`customer_payments.release('000031', payment_type='Cheque')`",
        ValidationError,
        "`_validation.enum_value`",
        visma(lambda v: v.customer_payments.release("000031", payment_type="Cheque")),
    ),
    Case(
        "visma-unknown-date-condition",
        "visma",
        "caller",
        "`customer_payments.list(doc_date=..., doc_date_condition='~=')`",
        ValidationError,
        "`_validation.enum_value` (visma `_filters.build_filters`)",
        visma(
            lambda v: _drain(
                v.customer_payments.list(doc_date=dt.date(2026, 1, 1), doc_date_condition="~=")
            )
        ),
    ),
    Case(
        "visma-unknown-filter",
        "visma",
        "caller",
        "`customer_invoices.list(no_such_filter=1)`",
        ValidationError,
        "visma `_filters.build_filters`",
        visma(lambda v: _drain(v.customer_invoices.list(no_such_filter=1))),
    ),
    Case(
        "visma-unknown-update-field",
        "visma",
        "caller",
        "`customer_invoices.update('000101', {'no_such_field': 1})`",
        ValidationError,
        "visma `_updates.build_update`",
        visma(lambda v: v.customer_invoices.update("000101", {"no_such_field": 1})),
    ),
    Case(
        "visma-unknown-background-mode",
        "visma",
        "caller",
        "`customer_payments.get('000031', background='later')`",
        ValidationError,
        "visma `_operations.background_header`",
        visma(lambda v: v.customer_payments.get("000031", background="later")),
    ),
    Case(
        "crmcom-unknown-life-cycle-state",
        "crmcom",
        "caller",
        "`payments.list(accounts_receivable=..., life_cycle_state='LIMBO')`",
        ValidationError,
        "`_validation.enum_value`",
        crmcom(lambda p: _drain(p.list(accounts_receivable=AR, life_cycle_state="LIMBO"))),
    ),
    Case(
        "crmcom-unknown-udf",
        "crmcom",
        "caller",
        "`payments.create(udf={'udf_string_9': 'x'}, ...)`",
        ValidationError,
        "crmcom `_inputs.udf`",
        crm_create(udf={"udf_string_9": "x"}),
    ),
    Case(
        "billomat-unknown-payment-type",
        "billomat",
        "caller",
        "`credit_note_payments.create(type='BITCOIN', ...)`",
        ValidationError,
        "`_validation.enum_value`",
        bm_create(type="BITCOIN"),
    ),
    Case(
        "billomat-order-by-injection",
        "billomat",
        "caller",
        "`credit_note_payments.list(order_by='id; DROP TABLE payments')`",
        ValidationError,
        "billomat `_resources._order_by`",
        billomat(lambda b: _drain(b.credit_note_payments.list(order_by="id; DROP TABLE x"))),
    ),
    # ---- from the caller: CRM.COM identifier objects -----------------------------------------
    Case(
        "crmcom-identifier-with-no-field",
        "crmcom",
        "caller",
        "`payments.create(accounts_receivable={}, ...)`",
        ValidationError,
        "`_validation.exactly_one`",
        crm_create(accounts_receivable={}),
    ),
    Case(
        "crmcom-identifier-with-two-fields",
        "crmcom",
        "caller",
        "`payments.create(accounts_receivable={'number': 'AR0001', 'name': 'x'}, ...)`",
        ValidationError,
        "`_validation.exactly_one`",
        crm_create(accounts_receivable={"number": "AR0001", "name": "x"}),
    ),
    Case(
        "crmcom-identifier-with-unknown-field",
        "crmcom",
        "caller",
        "`payments.create(payment_method={'number': '1'}, ...)`",
        ValidationError,
        "`_validation.exactly_one`",
        crm_create(payment_method={"number": "1"}),
    ),
    Case(
        "crmcom-show-with-two-identifiers",
        "crmcom",
        "caller",
        "`payments.show(number='96', back_office_code='X')`",
        ValidationError,
        "`_validation.exactly_one`",
        crmcom(lambda p: p.show(number="96", back_office_code="X")),
    ),
    Case(
        "crmcom-both-of-a-semi-optional-pair",
        "crmcom",
        "caller",
        "`payments.create(accounts_receivable=..., wallet=..., ...)`",
        ValidationError,
        "`_validation.at_most_one`",
        crm_create(wallet={"number": "W0001"}),
    ),
    # ---- from the caller: amounts (sign, floats, precision, NaN, exponents) ------------------
    # One rule for the three vendors (`_money`), against the limits each spec states.
    Case(
        "visma-float-amount",
        "visma",
        "caller",
        "`customer_payments.create({... 'payment_amount': 10.5})`",
        ValidationError,
        "visma `_updates.build_update`",
        visma_create(payment_amount=10.5),
    ),
    Case(
        "visma-float-in-a-line",
        "visma",
        "caller",
        "`payment_lines=[{'amount_paid': 1.5, ...}]`",
        ValidationError,
        "visma `_updates._line`",
        visma_create(payment_lines=[{"operation": "Insert", "amount_paid": 1.5}]),
    ),
    Case(
        "visma-negative-amount",
        "visma",
        "caller",
        "`customer_payments.create({... 'payment_amount': Decimal('-10.00')})`",
        ValidationError,
        "`_money.check_body` (spec `Amount`: minimum 0)",
        visma_create(payment_amount=Decimal("-10.00")),
    ),
    Case(
        "visma-amount-past-the-cent",
        "visma",
        "caller",
        "`customer_payments.create({... 'payment_amount': Decimal('10.001')})`",
        ValidationError,
        "`_money.check_body` (spec `Amount`: multipleOf 0.01; never rounded)",
        visma_create(payment_amount=Decimal("10.001")),
    ),
    Case(
        "visma-nan-amount",
        "visma",
        "caller",
        "`customer_payments.create({... 'payment_amount': Decimal('NaN')})`",
        ValidationError,
        "`_money.check_body` (finite numbers only)",
        visma_create(payment_amount=Decimal("NaN")),
    ),
    Case(
        "visma-infinite-rate-in-a-line",
        "visma",
        "caller",
        "`payment_lines=[{'cross_rate': Decimal('Infinity'), ...}]`",
        ValidationError,
        "`_money.check_body` (finite numbers only)",
        visma_create(
            payment_lines=[
                {"operation": "Insert", "ref_nbr": "000101", "cross_rate": Decimal("Infinity")}
            ]
        ),
    ),
    Case(
        "visma-exponent-string-amount",
        "visma",
        "caller",
        "`customer_payments.create({... 'payment_amount': '1e5'})`",
        ValidationError,
        "visma `_updates.build_update` (plain decimal notation only)",
        visma_create(payment_amount="1e5"),
    ),
    Case(
        "crmcom-zero-amount",
        "crmcom",
        "caller",
        "`payments.create(amount='0', ...)`",
        ValidationError,
        "`_money.amount` (spec `PaymentAmount`: exclusiveMinimum 0)",
        crm_create(amount="0"),
    ),
    Case(
        "crmcom-negative-amount",
        "crmcom",
        "caller",
        "`payments.create(amount=Decimal('-5'), ...)`",
        ValidationError,
        "`_money.amount` (spec `PaymentAmount`: exclusiveMinimum 0)",
        crm_create(amount=Decimal("-5")),
    ),
    Case(
        "crmcom-float-amount",
        "crmcom",
        "caller",
        "`payments.create(amount=25.5, ...)`",
        ValidationError,
        "`_money.to_decimal`",
        crm_create(amount=25.5),
    ),
    Case(
        "crmcom-nan-amount",
        "crmcom",
        "caller",
        "`payments.create(amount='NaN', ...)`",
        ValidationError,
        "`_money.to_decimal` (plain decimal notation only)",
        crm_create(amount="NaN"),
    ),
    Case(
        "crmcom-infinite-decimal-amount",
        "crmcom",
        "caller",
        "`payments.create(amount=Decimal('Infinity'), ...)`",
        ValidationError,
        "`_money.amount` (finite numbers only)",
        crm_create(amount=Decimal("Infinity")),
    ),
    Case(
        "crmcom-exponent-string-amount",
        "crmcom",
        "caller",
        "`payments.create(amount='1e5', ...)`",
        ValidationError,
        "`_money.to_decimal` (plain decimal notation only; not read as 100000)",
        crm_create(amount="1e5"),
    ),
    Case(
        "crmcom-amount-past-the-cent",
        "crmcom",
        "caller",
        "`payments.create(amount='10.001', ...)`",
        ValidationError,
        "`_money.amount` (spec `PaymentAmount`: multipleOf 0.01)",
        crm_create(amount="10.001"),
    ),
    Case(
        "billomat-zero-amount",
        "billomat",
        "caller",
        "`credit_note_payments.create(amount='0.00', ...)`",
        ValidationError,
        "`_money.amount` (spec `PaymentAmount`: x-decimal-limits notZero)",
        bm_create(amount="0.00"),
    ),
    Case(
        "billomat-amount-past-the-cent",
        "billomat",
        "caller",
        "`credit_note_payments.create(amount='1.005', ...)`",
        ValidationError,
        "`_money.amount` (spec `PaymentAmount`: multipleOf 0.01)",
        bm_create(amount="1.005"),
    ),
    Case(
        "billomat-float-amount",
        "billomat",
        "caller",
        "`credit_note_payments.create(amount=1.5, ...)`",
        ValidationError,
        "`_money.to_decimal`",
        bm_create(amount=1.5),
    ),
    # ---- from the caller: dates ---------------------------------------------------------------
    Case(
        "visma-date-without-condition",
        "visma",
        "caller",
        "`customer_payments.list(doc_date=date(2026, 1, 1))`",
        ValidationError,
        "`_validation.both_or_neither` (visma `_filters`)",
        visma(lambda v: _drain(v.customer_payments.list(doc_date=dt.date(2026, 1, 1)))),
    ),
    Case(
        "visma-condition-without-date",
        "visma",
        "caller",
        "`customer_invoices.list(document_date_condition='>=')`",
        ValidationError,
        "`_validation.both_or_neither` (visma `_filters`)",
        visma(lambda v: _drain(v.customer_invoices.list(document_date_condition=">="))),
    ),
    Case(
        "visma-date-not-a-date",
        "visma",
        "caller",
        "`customer_invoices.list(document_date='yesterday', document_date_condition='>')`",
        ValidationError,
        "visma `_filters._date_value`",
        visma(
            lambda v: _drain(
                v.customer_invoices.list(document_date="yesterday", document_date_condition=">")
            )
        ),
    ),
    Case(
        "crmcom-zoned-datetime",
        "crmcom",
        "caller",
        "`payments.create(received_on=datetime(..., tzinfo=UTC), ...)`",
        ValidationError,
        "crmcom `_inputs.local_datetime`",
        crm_create(received_on=dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)),
    ),
    Case(
        "billomat-impossible-date",
        "billomat",
        "caller",
        "`credit_note_payments.list(from_date='2024-13-45')`",
        ValidationError,
        "`_validation.a_date`",
        billomat(lambda b: _drain(b.credit_note_payments.list(from_date="2024-13-45"))),
    ),
    # ---- from the caller: over-long strings ---------------------------------------------------
    Case(
        "visma-filter-too-long",
        "visma",
        "caller",
        "`customer_payments.list(customer='1' * 256)`",
        ValidationError,
        "`_validation.text` (visma `_filters`)",
        visma(lambda v: _drain(v.customer_payments.list(customer="1" * 256))),
    ),
    Case(
        "crmcom-notes-too-long",
        "crmcom",
        "caller",
        "`payments.create(notes='x' * 4001, ...)`",
        ValidationError,
        "`_validation.text`",
        crm_create(notes="x" * 4001),
    ),
    Case(
        "crmcom-identifier-too-long",
        "crmcom",
        "caller",
        "`payments.show(number='9' * 256)`",
        ValidationError,
        "crmcom `_inputs.identifier`",
        crmcom(lambda p: p.show(number="9" * 256)),
    ),
    Case(
        "billomat-comment-too-long",
        "billomat",
        "caller",
        "`credit_note_payments.create(comment='x' * 4000, ...)` (no room for the marker)",
        ValidationError,
        "`_validation.text`",
        bm_create(comment="x" * 4000),
    ),
    # ---- from the caller: values that go into a URL ------------------------------------------
    Case(
        "visma-number-too-long",
        "visma",
        "caller",
        "`customer_payments.get('000031/../000032')` (16 characters)",
        ValidationError,
        "visma `_base.number` (1-15 characters, the ERP column)",
        visma(lambda v: v.customer_payments.get("000031/../000032")),
    ),
    Case(
        "visma-number-with-slash-and-dots",
        "visma",
        "caller",
        "`customer_payments.get('31/../32')`: one encoded path segment",
        NotFound,
        "the server (404: no such payment), the path unchanged",
        visma(lambda v: v.customer_payments.get("31/../32")),
        sends=True,
        check=visma_path_is("/v1/customerPayment/31%2F..%2F32"),
    ),
    Case(
        "visma-number-with-question-mark",
        "visma",
        "caller",
        "`customer_invoices.get('000101?x=1#f')`: one encoded path segment",
        NotFound,
        "the server (404: no such invoice), the path unchanged",
        visma(lambda v: v.customer_invoices.get("000101?x=1#f")),
        sends=True,
        check=visma_path_is("/v1/customerinvoice/000101%3Fx%3D1%23f"),
    ),
    Case(
        "visma-number-dot-dot",
        "visma",
        "caller",
        "`customer_payments.void('..')`: sent as `%2E%2E`, never a dot segment",
        NotFound,
        "the server (404: no such payment), the path unchanged",
        visma(lambda v: v.customer_payments.void("..")),
        sends=True,
        check=visma_path_is("/v1/customerPayment/%2E%2E/action/void"),
    ),
    Case(
        "visma-number-with-control-characters",
        "visma",
        "caller",
        "`customer_invoices.get('000101\\r\\nX-Evil: 1')`",
        ValidationError,
        "`_validation.path_id`",
        visma(lambda v: v.customer_invoices.get("000101\r\nX-Evil: 1")),
    ),
    Case(
        "visma-job-id-path-traversal",
        "visma",
        "caller",
        "`background.state('../customerpayment')`",
        ValidationError,
        "visma `_base.job_id` (a UUID)",
        visma(lambda v: v.background.state("../customerpayment")),
    ),
    Case(
        "visma-if-match-header-injection",
        "visma",
        "caller",
        "`customer_invoices.update(..., if_match='v\\r\\nX-Evil: 1')`",
        ValidationError,
        "visma `_base.if_match_header`",
        visma(
            lambda v: v.customer_invoices.update(
                "000101", {"invoice_text": "x"}, if_match="v\r\nX-Evil: 1"
            )
        ),
    ),
    Case(
        "visma-if-match-not-ascii",
        "visma",
        "caller",
        "`customer_invoices.update(..., if_match='vé')` (a header is ASCII)",
        ValidationError,
        "visma `_base.if_match_header`",
        visma(lambda v: v.customer_invoices.update("000101", {"invoice_text": "x"}, if_match="vé")),
    ),
    Case(
        "visma-if-match-control-character",
        "visma",
        "caller",
        "`customer_payments.release('000031', if_match='v\\x00')`",
        ValidationError,
        "visma `_base.if_match_header`",
        visma(lambda v: v.customer_payments.release("000031", if_match="v\x00")),
    ),
    Case(
        "visma-token-with-a-line-break",
        "visma",
        "caller",
        "`VismaClient(token='abc\\r\\nX-Evil: 1')`",
        ValidationError,
        "`_auth.StaticBearer` (checked when the client is built)",
        lambda env: _client_with(env, "visma", token="abc\r\nX-Evil: 1"),
    ),
    Case(
        "billomat-api-key-not-ascii",
        "billomat",
        "caller",
        "`BillomatClient(api_key='schlüssel')`",
        ValidationError,
        "`billomat._auth.ApiKeyHeaders` (checked when the client is built)",
        lambda env: _client_with(env, "billomat", api_key="schlüssel"),
    ),
    Case(
        "billomat-custom-header-with-a-line-break",
        "billomat",
        "caller",
        "`BillomatClient(headers={'X-Trace': 'a\\r\\nX-Evil: 1'})` then `credit_notes.get(1)`",
        ValidationError,
        "`PolicyTransport` (no header value with a control character is sent)",
        billomat(lambda b: b.credit_notes.get(1), headers={"X-Trace": "a\r\nX-Evil: 1"}),
    ),
    Case(
        "visma-note-with-a-lone-surrogate",
        "visma",
        "caller",
        "`customer_invoices.update('000101', {'note': '\\ud800'})` (not encodable as UTF-8)",
        ValidationError,
        "`Engine.send_raw` (the request cannot be encoded; nothing sent)",
        visma(lambda v: v.customer_invoices.update("000101", {"note": "\ud800"})),
    ),
    Case(
        "crmcom-notes-with-a-lone-surrogate",
        "crmcom",
        "caller",
        "`payments.create(notes='\\udfff', ...)` (not encodable as UTF-8)",
        ValidationError,
        "`Engine.send_raw` (the request cannot be encoded; nothing sent)",
        crm_create(notes="\udfff"),
    ),
    Case(
        "crmcom-identifier-with-control-characters",
        "crmcom",
        "caller",
        "`payments.show(number='96\\x00')`",
        ValidationError,
        "`_validation.exactly_one`",
        crmcom(lambda p: p.show(number="96\x00")),
    ),
    Case(
        "crmcom-identifier-path-traversal",
        "crmcom",
        "caller",
        "`payments.show(number='../../authentication/token')`: sent percent-encoded in the "
        "query of `payments/show`",
        NotFound,
        "the server (404 NOT_FOUND envelope -> `CrmComNotFound`)",
        crmcom(lambda p: p.show(number="../../authentication/token")),
        sends=True,
        check=path_stays("../../authentication/token"),
    ),
    Case(
        "crmcom-identifier-query-injection",
        "crmcom",
        "caller",
        "`payments.show(number='96&token=stolen?x=/#f')`: one `token`, the identifier intact",
        NotFound,
        "the server (404 NOT_FOUND envelope -> `CrmComNotFound`)",
        crmcom(lambda p: p.show(number="96&token=stolen?x=/#f")),
        sends=True,
        check=path_stays("96&token=stolen?x=/#f"),
    ),
    Case(
        "billomat-reference-with-slash",
        "billomat",
        "caller",
        "`credit_note_payments.create(reference='a/b', ...)`",
        ValidationError,
        "billomat `_resources._reference`",
        bm_create(reference="a/b"),
    ),
    Case(
        "crmcom-wrong-password",
        "crmcom",
        "caller",
        "`CrmComClient(password='wrong', ...)` then `payments.show(...)`",
        Unauthorized,
        "the server (401 INVALID_LOGIN; `_auth._refused`)",
        lambda env: _wrong_password(env),
        sends=True,
    ),
    # ---- from the server ----------------------------------------------------------------------
    Case(
        "visma-malformed-json",
        "visma",
        "server",
        "200 `{not json` to `GET customerPayment/{n}`",
        DecodeError,
        "`Engine.handle` (generated `_parse_response` fails)",
        visma(lambda v: v.customer_payments.get("000031")),
        answer=answer_on("GET", VISMA_PAYMENT_PATH, reply(200, b"{not json")),
        check=status_is(200),
    ),
    Case(
        "visma-empty-body-where-one-is-required",
        "visma",
        "server",
        "200 with an empty body to `GET customerPayment/{n}`",
        DecodeError,
        "`Engine.handle`",
        visma(lambda v: v.customer_payments.get("000031")),
        answer=answer_on("GET", VISMA_PAYMENT_PATH, reply(200, b"")),
    ),
    Case(
        "visma-list-of-the-wrong-shape",
        "visma",
        "server",
        '200 `{"not": "a list"}` to `GET customerPayment`',
        DecodeError,
        "`Engine.handle`",
        visma(lambda v: v.customer_payments.get_page(1, 10)),
        answer=answer_on("GET", f"{VISMA_API}/customerPayment", reply(200, b'{"not": "a list"}')),
    ),
    Case(
        "visma-status-499",
        "visma",
        "server",
        "499 (not in the IANA registry) with no body",
        APIStatusError,
        "`Engine.error_for` (no `HTTPStatus(499)` crash)",
        visma(lambda v: v.customer_payments.get("000031")),
        answer=answer_on("GET", VISMA_PAYMENT_PATH, reply(499)),
        check=exactly(APIStatusError),
    ),
    Case(
        "visma-html-error-page",
        "visma",
        "server",
        "400 with an HTML page instead of the JSON error",
        BadRequest,
        "`Engine.error_for` + `visma._errors.parse_visma_error` (no vendor message)",
        visma(lambda v: v.customer_payments.get("000031")),
        answer=answer_on(
            "GET", VISMA_PAYMENT_PATH, reply(400, b"<html>oops</html>", content_type="text/html")
        ),
        check=attribute("vendor_message", None),
    ),
    Case(
        "visma-redirect-not-followed",
        "visma",
        "server",
        f"302 `Location: {EVIL}/steal` to `GET customerPayment/{{n}}`",
        APIStatusError,
        "`Engine.error_for` (the client does not follow redirects)",
        visma(lambda v: v.customer_payments.get("000031")),
        answer=answer_on("GET", VISMA_PAYMENT_PATH, redirect(302, f"{EVIL}/steal")),
        check=never_reached_evil,
    ),
    Case(
        "visma-token-response-not-json",
        "visma",
        "server",
        "200 `<html>` from `POST /connect/token`",
        DecodeError,
        "`visma._auth.OAuth2ClientCredentials._fetch`",
        visma(lambda v: v.customer_payments.get("000031")),
        answer=answer_on("POST", "/connect/token", reply(200, b"<html>", content_type="text/html")),
    ),
    Case(
        "visma-stalled-response",
        "visma",
        "server",
        "the server stalls 60 s before answering (sandbox fault)",
        RequestTimeout,
        "`PolicyTransport` attempt deadline (`attempt_timeout`: connect + read, 2 s here)",
        visma(lambda v: v.customer_payments.get("000031")),
        faults=stall("customerPaymentGetBypaymentNumber"),
    ),
    Case(
        "crmcom-200-with-an-error-envelope",
        "crmcom",
        "server",
        "HTTP 200 carrying `status.code = NOT_FOUND`",
        CrmComError,
        "`crmcom._errors.envelope_ok` + `parse_crmcom_error` (also a `NotFound`)",
        crmcom(lambda p: p.show(number="96")),
        answer=answer_on("GET", CRM_SHOW, reply(200, envelope("NOT_FOUND"))),
        check=also(NotFound),
    ),
    Case(
        "crmcom-200-error-envelope-on-a-write",
        "crmcom",
        "server",
        "HTTP 200 carrying `INVALID_PARAMETER` to `payments/create`",
        CrmComError,
        "`crmcom._errors` (a `BadRequest`, `landed=False`; not re-sent)",
        crm_create(),
        answer=answer_on("POST", CRM_CREATE, reply(200, envelope("INVALID_PARAMETER"))),
        check=refused_once(CRM_CREATE),
    ),
    Case(
        "crmcom-status-520",
        "crmcom",
        "server",
        "520 (Cloudflare's unknown error, not IANA) with an HTML body",
        ServerError,
        "`Engine.error_for` (`error_class_for_status`: >= 500)",
        crmcom(lambda p: p.show(number="96")),
        answer=answer_on("GET", CRM_SHOW, reply(520, b"<html/>", content_type="text/html")),
        check=status_is(520),
    ),
    Case(
        "crmcom-invalid-utf8",
        "crmcom",
        "server",
        "200 whose JSON holds the bytes `\\xff\\xfe`",
        DecodeError,
        "`Engine.handle`",
        crmcom(lambda p: p.show(number="96")),
        answer=answer_on(
            "GET", CRM_SHOW, reply(200, b'{"status": {"code": "OK"}, "data": "\xff\xfe"}')
        ),
    ),
    Case(
        "crmcom-truncated-body",
        "crmcom",
        "server",
        "200 whose JSON stops mid-object",
        DecodeError,
        "`Engine.handle`",
        crmcom(lambda p: p.show(number="96")),
        answer=answer_on("GET", CRM_SHOW, reply(200, envelope("OK", '{"id": "7C5B')[:-2])),
    ),
    Case(
        "crmcom-ok-envelope-of-the-wrong-shape",
        "crmcom",
        "server",
        "200 OK envelope whose `data` is a list where an object is due",
        DecodeError,
        "`Engine.handle` / `expect`",
        crmcom(lambda p: p.show(number="96")),
        answer=answer_on("GET", CRM_SHOW, reply(200, envelope("OK", '["x"]'))),
    ),
    Case(
        "crmcom-redirect-of-a-write",
        "crmcom",
        "server",
        f"307 `Location: {EVIL}/create` to `payments/create` (the body holds the token)",
        APIStatusError,
        "`Engine.error_for` (not followed: the token never leaves)",
        crm_create(),
        answer=answer_on("POST", CRM_CREATE, redirect(307, f"{EVIL}/create")),
        check=never_reached_evil,
    ),
    Case(
        "crmcom-login-without-a-token",
        "crmcom",
        "server",
        "`authentication/token` answers an OK envelope without `data.token`",
        DecodeError,
        "`crmcom._auth.CrmComSession._login`",
        crmcom(lambda p: p.show(number="96")),
        answer=answer_on(
            "POST", f"{CRMCOM_API}/authentication/token", reply(200, envelope("OK", "{}"))
        ),
    ),
    Case(
        "billomat-wrong-content-type",
        "billomat",
        "server",
        "200 `text/html` maintenance page",
        DecodeError,
        "`Engine.handle`",
        billomat(lambda b: b.credit_note_payments.get(1)),
        answer=answer_on(
            "GET",
            BM_PAYMENT_PATH,
            reply(200, b"<html>maintenance</html>", content_type="text/html"),
        ),
    ),
    Case(
        "billomat-xml-bomb-in-an-error",
        "billomat",
        "server",
        "400 `application/xml` billion-laughs error body (10^8 characters if expanded)",
        BadRequest,
        "`billomat._errors.parse_billomat_error` (defusedxml refuses entities)",
        billomat(lambda b: b.credit_note_payments.get(1)),
        answer=answer_on(
            "GET", BM_PAYMENT_PATH, reply(400, BILLION_LAUGHS, content_type="application/xml")
        ),
        check=no_vendor_message,
    ),
    Case(
        "billomat-xml-external-entity",
        "billomat",
        "server",
        "404 XML error naming `SYSTEM 'file:///etc/passwd'`",
        NotFound,
        "`billomat._errors.parse_billomat_error` (defusedxml refuses external entities)",
        billomat(lambda b: b.credit_note_payments.get(1)),
        answer=answer_on(
            "GET", BM_PAYMENT_PATH, reply(404, EXTERNAL_ENTITY, content_type="application/xml")
        ),
        check=no_vendor_message,
    ),
    Case(
        "billomat-xml-bomb-as-success",
        "billomat",
        "server",
        "200 `application/xml` billion-laughs body where JSON is due",
        DecodeError,
        "`Engine.handle` (success bodies are never parsed as XML)",
        billomat(lambda b: b.credit_note_payments.get(1)),
        answer=answer_on(
            "GET", BM_PAYMENT_PATH, reply(200, BILLION_LAUGHS, content_type="application/xml")
        ),
    ),
    Case(
        "billomat-huge-body",
        "billomat",
        "server",
        "200 with a 50 MB body (streamed in 1 MB chunks)",
        ResponseTooLarge,
        "`PolicyTransport` (`_body`: reading stops at `max_response_bytes`, 32 MiB by default)",
        _huge_read,
        answer=answer_on("GET", BM_PAYMENT_PATH, huge),
        check=huge_body_measured,
    ),
    Case(
        "billomat-rate-limited-for-an-hour",
        "billomat",
        "server",
        "429 with `Retry-After: 3600`",
        RateLimited,
        "`PolicyTransport` fail-fast (> `max_server_wait`) -> `Engine.error_for`",
        billomat(lambda b: b.credit_note_payments.get(1)),
        answer=answer_on(
            "GET",
            BM_PAYMENT_PATH,
            reply(429, b'{"errors": {"error": "slow down"}}', headers={"Retry-After": "3600"}),
        ),
        check=attribute("retry_after", 3600.0),
    ),
    Case(
        "billomat-connection-cut-mid-body",
        "billomat",
        "server",
        "the response starts, then the connection drops (sandbox fault)",
        TransportError,
        "`Engine.send_raw` (httpx `RemoteProtocolError`)",
        billomat(lambda b: b.credit_note_payments.get(1)),
        faults=drop("getCreditNotePayment"),
    ),
]


async def _wrong_password(env: Env) -> object:
    creds = env.sandbox.crmcom.settings.public_credentials()
    async with CrmComClient(
        base_url=env.sandbox.base_url,
        username=creds["username"],
        password="wrong",
        organisation=creds["organisation"],
        **env.client_options(allow_insecure_http=True),
    ) as crm:
        return await crm.payments.show(number="96")


# -- the tests -------------------------------------------------------------------------------


def test_the_catalogue_is_big_and_named_once() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids)) >= 40
    assert {case.source for case in CASES} == {"caller", "server"}
    assert all(issubclass(case.error, BillingError) for case in CASES)
    assert all(case.error is not BillingError for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_bad_input(case: Case) -> None:
    env = Env.fresh(case.answer, case.faults)
    issued = IssuedTokens(env.sandbox)
    before = env.state()
    with anyio.fail_after(HANG_GUARD), pytest.raises(case.error) as info:
        await case.run(env)
    error = info.value
    leaks = find_secrets([error], [*sandbox_secrets(env.sandbox), *issued.values])
    assert not leaks, f"a secret is reachable from the error: {leaks[0]}"
    # A typed error that says what happened, never a secret-free but useless crash.
    assert isinstance(error, BillingError) and str(error)
    assert env.state() == before, "the sandbox changed: a write (partly) landed"
    if case.source == "caller" and not case.sends:
        assert env.wire.requests == [], "refused input must not send anything, not even a login"
    if case.check is not None:
        case.check(error, env)


def test_the_doc_lists_exactly_these_cases() -> None:
    from tools.check_reliability_doc import check

    problems = check()
    assert not problems, "\n".join(problems)
