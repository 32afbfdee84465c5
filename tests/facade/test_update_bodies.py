"""build_update: the plain-scalar fast path builds what the general path builds and refuses
what it refuses (unknown names, floats, scalars for objects, amounts past their limits)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import pytest

from billing_sdk import ValidationError, _money
from billing_sdk.visma import _generated as g
from billing_sdk.visma._updates import _wire, build_update


def _general(dto_cls: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """The body the general path writes for top-level wrapped values."""
    keys = {attr: key for key, attr in dto_cls.FIELD_NAMES.items()}
    return {keys[name]: {"value": _wire(value)} for name, value in changes.items()}


@pytest.mark.parametrize(
    "changes",
    [
        {"invoice_text": "hello"},
        {"invoice_text": "å ø ü"},
        {"hold": True, "invoice_text": "x"},
        {"payment_amount": Decimal("10.50"), "hold": False},
        {"payment_amount": 12},
        {"type_": "Payment", "payment_ref": "R-1"},
    ],
)
def test_plain_values_travel_wrapped_exactly(changes: dict[str, Any]) -> None:
    dto = build_update(g.PaymentUpdateDto, changes)
    assert dto.to_dict() == _general(g.PaymentUpdateDto, changes)
    amount = changes.get("payment_amount")
    if amount is not None:
        sent = dto.to_dict()["paymentAmount"]["value"]
        assert type(sent) is Decimal and sent == amount  # never a float


def test_a_none_is_kept_as_given() -> None:
    dto = build_update(g.CustomerInvoiceUpdateDto, {"invoice_text": None})
    assert dto.invoice_text is not None and dto.invoice_text.value is None
    assert dto.invoice_text.additional_properties == {}


@pytest.mark.parametrize(
    "name", ["invoice_txt", "invoiceText", "value", "additional_properties", "_wire_keys", "x"]
)
def test_unknown_field_names_are_refused_before_anything_is_sent(name: str) -> None:
    with pytest.raises(ValidationError):
        build_update(g.CustomerInvoiceUpdateDto, {"hold": True, name: "x"})


def test_an_object_field_given_a_scalar_is_refused() -> None:
    with pytest.raises(ValidationError):
        build_update(g.CustomerInvoiceUpdateDto, {"billing_address": "x"})


def test_an_unknown_key_inside_an_object_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown field"):
        build_update(g.CustomerInvoiceUpdateDto, {"billing_address": {"value": {"nope": 1}}})


@pytest.mark.parametrize("value", [10.5, 1e3])
def test_a_float_amount_is_refused(value: float) -> None:
    with pytest.raises(ValidationError, match="float"):
        build_update(g.PaymentUpdateDto, {"payment_amount": value})


@pytest.mark.parametrize("value", [Decimal("10.001"), Decimal("NaN"), Decimal("1e30")])
def test_amounts_keep_their_limits_on_every_path(value: Decimal) -> None:
    with pytest.raises(ValidationError, match="payment_amount"):
        build_update(g.PaymentUpdateDto, {"payment_amount": value})


def test_enums_dates_and_subclasses_take_the_general_path() -> None:
    class Kind(enum.Enum):
        PAYMENT = "Payment"

    class Text(str):
        pass

    dto = build_update(
        g.PaymentUpdateDto,
        {
            "type_": Kind.PAYMENT,
            "application_date": dt.date(2024, 1, 31),
            "invoice_text": Text("t"),
        },
    )
    body = dto.to_dict()
    assert body["type"] == {"value": "Payment"}
    assert body["applicationDate"] == {"value": "2024-01-31T00:00:00"}
    assert body["invoiceText"] == {"value": "t"}


_SAMPLES: list[Any] = [None, "x", "", True, False, 0, 7, Decimal("1.25"), "2024-01-31T00:00:00"]


@pytest.mark.parametrize("dto_cls", [g.CustomerInvoiceUpdateDto, g.PaymentUpdateDto])
def test_the_direct_build_is_what_from_dict_builds(dto_cls: Any) -> None:
    """Plain values build the DTO without its from_dict: the same model, field for field,
    or the same refusal, for every wrapped field and every kind of plain value."""
    from billing_sdk.visma._updates import _wrapped_scalars

    known = _wrapped_scalars(dto_cls)
    assert len(known) >= 15  # the DTO's wrapped scalars, not an empty table
    for name, (key, _wrapper, checked) in known.items():
        for value in _SAMPLES:
            try:
                expected = dto_cls.from_dict({key: {"value": value}})
                expected_error = None
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                expected, expected_error = None, exc
            try:
                built = build_update(dto_cls, {name: value})
            except ValidationError as exc:
                if expected_error is None:  # built by from_dict: only an amount check refuses
                    assert not str(exc).startswith("invalid value"), (name, value, exc)
                    with pytest.raises(ValidationError):
                        build_update(
                            dto_cls,
                            {
                                name: value,
                                "invoice_lines"
                                if "Invoice" in dto_cls.__name__
                                else "payment_lines": [],
                            },
                        )
                continue
            assert expected_error is None, (name, value)
            assert built == expected, (name, value)
            assert built._wire_keys == expected._wire_keys == {key}
            assert built.additional_properties == expected.additional_properties == {}
            assert built.to_dict() == expected.to_dict()
            if not checked:  # the amount check is skipped: it would have found nothing
                _money.check_body(expected, fresh=True)


@pytest.mark.parametrize("extra", [{}, {"invoice_lines": []}])
def test_a_field_whose_key_is_not_its_camel_case_name_is_sent_under_its_own_key(
    extra: dict[str, Any],
) -> None:
    """``sales_person_id`` (an ``InvoiceFields`` key) is ``salesPersonID`` on the wire, on the
    plain path and on the general one."""
    body = build_update(g.CustomerInvoiceUpdateDto, {"sales_person_id": 5, **extra}).to_dict()
    assert body["salesPersonID"] == {"value": 5}
    assert "salesPersonId" not in body
