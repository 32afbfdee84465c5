"""The generated clients cover every operation, and the seeds' examples round-trip."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, snake_case

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
