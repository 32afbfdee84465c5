"""Models read an absent field as None (no `Unset` in their types), `fields_present` tells
absent from null, and `to_dict` writes only what is set (plus the nulls `from_dict` saw where
the spec allows null)."""

from __future__ import annotations

import importlib
import inspect
from decimal import Decimal

import attrs
import pytest

from billing_sdk import ValidationError, fields_present
from billing_sdk.crmcom import _generated as crm
from billing_sdk.visma import _generated as g
from billing_sdk.visma._updates import build_update
from tests._specs import SPECS

#: The Visma models module (the facade re-exports only the models it uses).
vm = importlib.import_module(f"{SPECS['visma-erp.yaml']}.models")


def _models(package: str) -> list[type]:
    module = importlib.import_module(f"{package}.models")
    return [cls for _, cls in inspect.getmembers(module, attrs.has)]


@pytest.mark.parametrize("package", sorted(SPECS.values()))
def test_no_model_attribute_is_typed_unset(package: str) -> None:
    models = _models(package)
    assert len(models) > 5
    for cls in models:
        for field in attrs.fields(cls):
            assert "Unset" not in str(field.type), f"{cls.__name__}.{field.name}: {field.type}"
        # FIELD_NAMES names every attribute of the spec (and nothing else).
        own = {f.name for f in attrs.fields(cls) if f.init}
        assert set(cls.FIELD_NAMES.values()) == own, cls.__name__


def test_absent_and_null_read_as_none_and_are_told_apart() -> None:
    invoice = g.CustomerInvoiceDto.from_dict({"referenceNumber": "000101", "balance": None})
    assert invoice.balance is None and invoice.amount is None
    present = fields_present(invoice)
    assert "reference_number" in present and "balance" in present  # sent (null)
    assert "amount" not in present  # left out
    assert repr(invoice.amount) == "None"  # no `<... Unset object at 0x...>`


def test_a_model_built_in_code_carries_no_field_and_writes_only_what_is_set() -> None:
    body = vm.DtoValueOfNullableOfAmount()
    assert body.value is None and fields_present(body) == frozenset()
    assert body.to_dict() == {}
    assert vm.DtoValueOfNullableOfAmount(value=Decimal("1.50")).to_dict() == {
        "value": Decimal("1.50")
    }


def test_a_null_the_spec_allows_survives_a_round_trip() -> None:
    # Visma: {"value": null} clears the field; the wrapper's `value` is nullable.
    cleared = vm.DtoValueOfNullableOfAmount.from_dict({"value": None})
    assert cleared.value is None and "value" in fields_present(cleared)
    assert cleared.to_dict() == {"value": None}
    assert vm.DtoValueOfNullableOfAmount.from_dict({}).to_dict() == {}


def test_a_null_the_spec_does_not_allow_is_never_written() -> None:
    # Read tolerantly (null as absent), written strictly: no null in a non-nullable field.
    invoice = g.CustomerInvoiceDto.from_dict({"referenceNumber": "000101", "balance": None})
    assert "balance" not in invoice.to_dict()


def test_the_update_helper_sends_an_explicit_null_where_the_vendor_clears() -> None:
    body = build_update(g.CustomerInvoiceUpdateDto, {"contact": None, "note": "n"})
    wire = body.to_dict()
    assert wire["contact"] == {"value": None}  # cleared
    assert wire["note"] == {"value": "n"}
    assert "hold" not in wire  # untouched fields stay absent (unchanged on the server)


def test_crmcom_fields_left_out_by_fields_set_are_none_and_not_present() -> None:
    payment = crm.PaymentShort.from_dict({"id": "p1", "number": "PAY1"})
    assert payment.payment_amount is None
    assert fields_present(payment) == {"id", "number"}
    assert payment.to_dict() == {"id": "p1", "number": "PAY1"}


def test_fields_present_refuses_what_is_not_a_generated_model() -> None:
    with pytest.raises(ValidationError, match="generated model"):
        fields_present({"id": 1})


def test_models_that_saw_the_same_keys_share_one_key_set() -> None:
    # bulk.map over 100k invoices keeps 100k models: one set of keys per shape, not per model.
    first = vm.IdDescriptionDto.from_dict({"id": "1", "description": "a"})
    second = vm.IdDescriptionDto.from_dict({"description": "b", "id": "2"})
    other = vm.IdDescriptionDto.from_dict({"id": "3"})
    assert first._wire_keys is second._wire_keys
    assert other._wire_keys == frozenset({"id"})
    assert fields_present(second) == {"id", "description"}


def test_a_server_inventing_keys_cannot_grow_the_shared_key_sets() -> None:
    types = importlib.import_module(f"{SPECS['visma-erp.yaml']}.types")
    for i in range(types._KEY_SETS_LIMIT + 50):
        model = vm.IdDescriptionDto.from_dict({"id": "1", f"invented{i}": i})
        assert model.additional_properties == {f"invented{i}": i}
    assert len(types._key_sets) <= types._KEY_SETS_LIMIT
