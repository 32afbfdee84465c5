"""Visma document numbers (real-wire-evidence.md V8): no invented character pattern, any number
of 1-15 characters is addressable, and it always travels as one encoded path segment."""

from __future__ import annotations

from decimal import Decimal

import pytest

from billing_sdk import ValidationError, VismaClient
from billing_sdk.sandbox import Sandbox
from tests.facade._recorder import Recorder

NUMBERS = [
    "2024/17",
    "A.B",
    ".",
    "..",
    "x y",
    "a?b",
    "c#d",
    "50%",
    "%2F",
    "ÆØÅ-1",
    "DUELL-119141-78",
]


@pytest.mark.parametrize("number", NUMBERS)
async def test_any_number_the_erp_holds_is_created_read_updated_and_released(
    sandbox: Sandbox, number: str
) -> None:
    recorder = Recorder(sandbox.transport())
    async with VismaClient.for_sandbox(sandbox, transport=recorder) as visma:
        created = await visma.customer_payments.create(
            {
                "type": "Payment",
                "customer": "10001",
                "payment_amount": Decimal("10.00"),
                "override_number_series": True,
                "reference_number": number,
            }
        )
        assert created.ref_nbr == number  # read back through Location
        again = await visma.customer_payments.get(number)
        assert again.ref_nbr == number
        await visma.customer_payments.update(number, {"invoice_text": "renamed"})
        assert (await visma.customer_payments.get(number)).invoice_text == "renamed"
    # Each call addressed exactly one segment under /v1/customerPayment/.
    by_number = [
        r.url.raw_path.split(b"?")[0].decode()
        for r in recorder.requests
        if r.url.path.startswith("/v1/customerPayment/")
    ]
    assert by_number and all(p.count("/") == 3 for p in by_number), by_number
    assert all(p.split("/")[-1] not in (".", "..") for p in by_number)


async def test_a_number_longer_than_the_erp_column_is_refused_before_sending() -> None:
    recorder = Recorder(Sandbox().transport())
    async with VismaClient.for_sandbox(Sandbox(), transport=recorder) as visma:
        with pytest.raises(ValidationError) as caught:
            await visma.customer_invoices.get("DUELL-119141-78-789554")  # 22 characters
    assert caught.value.field == "invoice_number"
    assert recorder.requests == []


@pytest.mark.parametrize("number", ["", "a\r\nX-Evil: 1", "\x00"])
async def test_empty_numbers_and_control_characters_are_refused(number: str) -> None:
    async with VismaClient.for_sandbox(Sandbox()) as visma:
        with pytest.raises(ValidationError):
            await visma.customer_payments.get(number)
