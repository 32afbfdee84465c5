"""The generated clients cover every operation, and the seeds' examples round-trip."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, snake_case

from billing_sdk import fields_present
from tests._specs import SPECS, all_operations, load, operations, resolve


@pytest.mark.parametrize("op", all_operations(), ids=lambda op: op.operation_id)
def test_every_operation_has_a_generated_async_function(op: Any) -> None:
    package = SPECS[op.spec]
    module = importlib.import_module(
        f"{package}.api.{snake_case(op.tag)}.{snake_case(op.operation_id)}"
    )
    assert callable(module.asyncio_detailed)
    assert callable(module.asyncio)


@pytest.mark.parametrize("package", SPECS.values())
def test_generated_package_is_typed_and_clean(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__file__ is not None
    from pathlib import Path

    root = Path(module.__file__).parent
    assert (root / "py.typed").is_file()
    assert not (root / ".ruff_cache").exists()


def _examples(spec: str) -> list[tuple[str, str, Any]]:
    """(label, schema name, example value) for every example attached to a $ref'd schema."""
    found: list[tuple[str, str, Any]] = []
    for op in operations(spec):
        media: list[tuple[str, dict[str, Any]]] = []
        if "requestBody" in op.body:
            body = resolve(spec, op.body["requestBody"])
            media += [(f"{op.operation_id} request", c) for c in body.get("content", {}).values()]
        for status, response in op.body["responses"].items():
            content = resolve(spec, response).get("content", {})
            media += [(f"{op.operation_id} {status}", c) for c in content.values()]
        for label, content in media:
            ref = content.get("schema", {}).get("$ref", "")
            if not ref.startswith("#/components/schemas/"):
                continue
            schema = ref.rsplit("/", 1)[1]
            if "example" in content:
                found.append((label, schema, content["example"]))
            for name, example in content.get("examples", {}).items():
                value = resolve(spec, example).get("value")
                if value is not None:
                    found.append((f"{label} {name}", schema, value))
    return found


EXAMPLES = [(spec, *example) for spec in SPECS for example in _examples(spec)]


def test_the_seed_examples_are_present() -> None:
    specs_with_examples = {spec for spec, *_ in EXAMPLES}
    assert "crmcom-payments.yaml" in specs_with_examples
    assert "billomat-credit-note-payments.yaml" in specs_with_examples
    crm_labels = " ".join(label for spec, label, *_ in EXAMPLES if spec == "crmcom-payments.yaml")
    for operation in ("paymentsCreate", "paymentsPost", "paymentsReject"):
        assert operation in crm_labels


@pytest.mark.parametrize(
    ("spec", "label", "schema", "example"), EXAMPLES, ids=[e[1] for e in EXAMPLES]
)
def test_example_round_trips_through_generated_model(
    spec: str, label: str, schema: str, example: Any
) -> None:
    assert "schemas" in load(spec)["components"]
    models = importlib.import_module(f"{SPECS[spec]}.models")
    model = getattr(models, ClassName(schema, ""))
    parsed = model.from_dict(example)
    assert parsed.to_dict() == example


# -- Visma's local date-times: a pattern in the spec, a datetime in the models -----------------

_LOCAL_DATE_TIMES = ("#/components/schemas/DateTime", "#/components/schemas/NullableDateTime")


def _local_date_time_fields() -> list[tuple[str, str]]:
    """(schema, property) for every Visma schema property that is a date-time on the wire."""
    found = []
    for schema, body in load("visma-erp.yaml")["components"]["schemas"].items():
        for name, prop in (body.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("$ref") in _LOCAL_DATE_TIMES:
                found.append((schema, name))
    return found


def test_the_visma_date_time_schemas_carry_the_local_format() -> None:
    schemas = load("visma-erp.yaml")["components"]["schemas"]
    assert schemas["DateTime"]["format"] == schemas["NullableDateTime"]["format"]
    assert schemas["DateTime"]["format"] == "local-date-time"
    assert len(_local_date_time_fields()) >= 30  # every field main had as date-time


@pytest.mark.parametrize(("schema", "prop"), _local_date_time_fields())
def test_every_visma_date_time_field_is_a_datetime(schema: str, prop: str) -> None:
    models = importlib.import_module("billing_sdk._generated.visma_erp_api.models")
    model = getattr(models, ClassName(schema, ""))
    field = next(f for f in model.__attrs_attrs__ if f.name == snake_case(prop))
    assert "datetime.datetime" in str(field.type), (schema, prop, field.type)


def test_a_real_background_state_reads_its_timestamps_as_naive_datetimes() -> None:
    import datetime as dt

    from billing_sdk._generated.visma_erp_api.models import BackgroundRequestStateDto

    # As a real company's state has them (ON-IT/Visma.Net): a fraction and an offset; a
    # queued job's startedUtc null; 7 fraction digits, as .NET writes them.
    state = BackgroundRequestStateDto.from_dict(
        {
            "id": "5b5b7f53-4d3b-4c05-9a3e-8f0c1d8f2a11",
            "status": "Started",
            "receivedUtc": "2022-11-10T10:20:53.75+01:00",
            "startedUtc": None,
            "finishedUtc": "2022-11-10T10:20:54.1234567",
            "responseHeaders": None,
        }
    )
    assert state.received_utc == dt.datetime(2022, 11, 10, 10, 20, 53, 750000)
    assert state.finished_utc == dt.datetime(2022, 11, 10, 10, 20, 54, 123456)
    assert state.received_utc.tzinfo is None  # the wall-clock time as Visma wrote it
    # Both null: read as absent (None), but the answer did carry both keys.
    assert state.started_utc is None and state.response_headers is None
    assert {"started_utc", "response_headers"} <= fields_present(state)
    # Written as Visma writes them: seconds, no offset, no fraction.
    assert state.to_dict()["receivedUtc"] == "2022-11-10T10:20:53"


def test_a_local_date_time_is_written_without_offset_or_fraction() -> None:
    import datetime as dt

    from billing_sdk._generated.visma_erp_api.models import (
        DtoValueOfDateTime,
        DtoValueOfNullableOfDateTime,
    )

    aware = dt.datetime(2024, 1, 31, 23, 30, 5, 99, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert DtoValueOfDateTime(aware).to_dict() == {"value": "2024-01-31T23:30:05"}
    # A null is written where the spec allows it and from_dict saw it (None alone is absent).
    assert DtoValueOfNullableOfDateTime.from_dict({"value": None}).to_dict() == {"value": None}
    assert DtoValueOfNullableOfDateTime(None).to_dict() == {}
    with pytest.raises((TypeError, ValueError)):
        DtoValueOfDateTime.from_dict({"value": "not a date"})
