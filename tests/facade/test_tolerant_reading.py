"""Tolerant reading, from the specs: every GET of the three APIs, through the public facade.

For each read operation the spec's success schema yields bodies with every optional field
null, every optional field absent, every enum value unknown, and (hypothesis) any mix of those
per field; each is answered by a fake vendor in-process and over 127.0.0.1 and read through
the facade call that uses the operation: none may fail. A body that is not the documented
shape at all (HTML, a list for an object, a string for a nested object) is still a
``DecodeError``.
"""

from __future__ import annotations

import uuid
import warnings
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from billing_sdk import DecodeError, UnknownValueWarning
from tests._spec_bodies import MODES, Mode, generate
from tests.facade._canned import (
    BY_ID,
    FACADE_READS,
    READS,
    Answer,
    Canned,
    clients,
    prepare,
)

READ_IDS = sorted(BY_ID)


def test_every_read_operation_of_the_specs_has_a_facade_read() -> None:
    assert {read.operation_id for read in READS} == set(FACADE_READS)
    assert len(READS) == 16  # 8 Visma, 4 CRM.COM, 4 Billomat GETs with a JSON answer


async def _read(app: Canned, operation_id: str, body: Any, mode: str) -> Any:
    prepare(app, BY_ID[operation_id], body)
    async with clients(app, mode) as c:
        return await FACADE_READS[operation_id](c)


@pytest.mark.parametrize("transport", ["in_process", "loopback"])
@pytest.mark.parametrize("mode", MODES)
async def test_generated_bodies_read_through_the_facade(mode: Mode, transport: str) -> None:
    app = Canned()
    failures: list[str] = []
    async with clients(app, transport) as c:  # one server and one set of clients for all
        for operation_id in READ_IDS:
            read = BY_ID[operation_id]
            prepare(app, read, generate(read.spec, read.schema, mode).value)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UnknownValueWarning)
                    result = await FACADE_READS[operation_id](c)
            except Exception as exc:
                failures.append(f"{operation_id}: {type(exc).__name__}: {exc}")
                continue
            assert result is not None or operation_id == "backgroundGetContent", operation_id
    assert failures == [], "\n".join(failures)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(operation_id=st.sampled_from(READ_IDS), data=st.data())
def test_any_mix_of_nulls_absences_and_unknown_values_reads(
    operation_id: str, data: st.DataObject
) -> None:
    read = BY_ID[operation_id]
    choices = st.sampled_from(MODES)
    body = generate(read.spec, read.schema, "full", lambda _: data.draw(choices)).value

    async def run() -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnknownValueWarning)
            return await _read(Canned(), operation_id, body, "in_process")

    anyio.run(run)


async def test_an_unknown_enum_value_is_kept_and_warned_once_per_field_and_value() -> None:
    read = BY_ID["customerInvoiceGetAll"]
    page = generate(read.spec, read.schema, "full").value
    fresh = f"PendingApproval-{uuid.uuid4().hex[:8]}"  # a value no other test has seen
    page = [{**page[0], "status": fresh, "referenceNumber": str(n)} for n in range(25)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        invoices = await _read(Canned(), "customerInvoiceGetAll", page, "in_process")
    assert [inv.status for inv in invoices] == [fresh] * 25  # the raw value, every item
    about_it = [w for w in caught if issubclass(w.category, UnknownValueWarning)]
    assert len(about_it) == 1, [str(w.message) for w in about_it]
    assert "CustomerInvoiceDto.status" in str(about_it[0].message)
    assert fresh in str(about_it[0].message)


async def test_the_billomat_payment_types_beyond_the_create_seven_read_without_a_warning() -> None:
    read = BY_ID["getCreditNotePayment"]
    body = generate(read.spec, read.schema, "full").value
    for kind in ("CHECK", "BANK_CARD", "COUPON", "CREDIT_NOTE", "INVOICE_CORRECTION"):
        body["credit-note-payment"]["type"] = kind
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnknownValueWarning)
            payment = await _read(Canned(), "getCreditNotePayment", body, "in_process")
        assert payment.type == kind


async def test_nulls_in_a_visma_job_state_read() -> None:
    # V3: a real state (ON-IT/Visma.Net test) carries null responseHeaders and reference;
    # dates are null while the job is queued.
    state = {
        "id": "6f1a3c1e-2b4d-4e8f-9a0b-1c2d3e4f5a6b",
        "status": "Started",
        "startedUtc": None,
        "finishedUtc": None,
        "errorMessage": None,
        "reference": None,
        "responseHeaders": None,
        "statusCode": None,
    }
    result = await _read(Canned(), "backgroundGetState", state, "in_process")
    assert result.status == "Started" and not result.response_headers


WRONG_SHAPES: list[tuple[str, Answer]] = [
    ("html", Answer(b"<html><body>Service Unavailable</body></html>", "text/html")),
    ("a JSON string", Answer(b'"hello"')),
    ("a JSON number", Answer(b"42")),
    ("truncated JSON", Answer(b'{"referenceNumber": "1", "amount": 1')),
    ("NaN", Answer(b'{"amount": NaN}')),
]


@pytest.mark.parametrize("operation_id", [i for i in READ_IDS if i != "backgroundGetContent"])
@pytest.mark.parametrize(("label", "answer"), WRONG_SHAPES, ids=[w[0] for w in WRONG_SHAPES])
async def test_a_body_of_the_wrong_shape_is_a_decode_error(
    operation_id: str, label: str, answer: Answer
) -> None:
    app = Canned()
    app.answers[operation_id] = answer
    async with clients(app, "in_process") as c:
        with pytest.raises(DecodeError):
            await FACADE_READS[operation_id](c)


def _swap_first_object(value: Any, replacement: Any) -> bool:
    """Replace the first nested object (inside the top-level one) by ``replacement``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict) and item:
                value[key] = replacement
                return True
            nested = isinstance(item, list) and item and isinstance(item[0], dict)
            if nested and _swap_first_object(item[0], replacement):
                return True
    return False


@pytest.mark.parametrize(
    "operation_id", ["customerInvoiceGetByinvoiceNumber", "paymentsShow", "getCreditNote"]
)
@pytest.mark.parametrize("replacement", ["a string", [1, 2], 7])
async def test_a_nested_object_of_the_wrong_type_is_a_decode_error(
    operation_id: str, replacement: Any
) -> None:
    read = BY_ID[operation_id]
    body = generate(read.spec, read.schema, "full").value
    target = body.get("data") or body  # CRM.COM: inside the envelope's data
    assert _swap_first_object(target, replacement)
    with pytest.raises(DecodeError):
        await _read(Canned(), operation_id, body, "in_process")


@pytest.mark.parametrize(
    ("operation_id", "shape"),
    [
        ("customerInvoiceGetByinvoiceNumber", []),  # a list where an object is due
        ("customerInvoiceGetAll", {"referenceNumber": "1"}),  # an object where a list is due
        ("paymentsShow", {"status": {"code": "OK"}, "data": [1, 2]}),
    ],
)
async def test_a_list_for_an_object_or_the_reverse_is_a_decode_error(
    operation_id: str, shape: Any
) -> None:
    with pytest.raises(DecodeError):
        await _read(Canned(), operation_id, shape, "in_process")
