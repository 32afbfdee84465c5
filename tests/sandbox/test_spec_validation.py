"""The sandbox's one request validator: the specs' own words (money, local date-times, query
text, x-requires) and its answers to input no validator should choke on."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from billing_sdk.sandbox._spec_validation import ApiSpec, SpecViolation

ROOT = Path(__file__).resolve().parents[2]


def _doc(schemas: dict[str, Any], parameters: list[Any] | None = None) -> ApiSpec:
    """A one-operation spec: ``op`` takes ``parameters`` and a ``Body`` JSON body."""
    operation: dict[str, Any] = {"operationId": "op", "parameters": parameters or []}
    if "Body" in schemas:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}},
        }
    return ApiSpec({"paths": {"/x": {"post": operation}}, "components": {"schemas": schemas}})


def _reasons(spec: ApiSpec, body: Any) -> list[str]:
    try:
        spec.operation("op").body(body, all_problems=True)
    except SpecViolation as exc:
        return [f"{p.name}: {p.reason}" for p in exc.problems]
    return []


def test_decimal_numbers_are_exact_and_keep_their_limits() -> None:
    spec = _doc(
        {
            "Body": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            "A": {
                "type": "number",
                "format": "decimal",
                "minimum": 0,
                "maximum": 1000000000000,
                "multipleOf": 0.01,
            },
        }
    )
    for good in ("0", "0.1", "100.10", "999999999999.99", "1000000000000"):
        assert _reasons(spec, {"a": Decimal(good)}) == [], good
    assert _reasons(spec, {"a": 7}) == []
    # The SDK's own money rule words the answer (never rounded, never via float).
    assert _reasons(spec, {"a": Decimal("0.105")}) == [
        "a: 0.105 has more than 2 decimal places (0.105); it is not rounded"
    ]
    assert _reasons(spec, {"a": Decimal("-0.01")}) == ["a: -0.01 must be at least 0"]
    assert _reasons(spec, {"a": Decimal("1000000000000.01")}) != []
    # So small it would underflow the multiple-of test: refused by its scale.
    assert _reasons(spec, {"a": Decimal("1e-999999999")}) == [
        "a: 1E-999999999 is out of range for a decimal"
    ]
    assert _reasons(spec, {"a": "1"}) != [] and _reasons(spec, {"a": True}) != []


def test_unbounded_decimals_fit_a_dotnet_decimal() -> None:
    spec = _doc(
        {"Body": {"type": "object", "properties": {"a": {"type": "number", "format": "decimal"}}}}
    )
    assert _reasons(spec, {"a": Decimal("79228162514264337593543950335")}) == []
    assert _reasons(spec, {"a": Decimal("79228162514264337593543950336")}) != []
    assert _reasons(spec, {"a": Decimal("0." + "1" * 29)}) != []


def test_decimal_strings_keep_their_x_decimal_limits() -> None:
    spec = _doc(
        {
            "Body": {
                "type": "object",
                "properties": {
                    "a": {
                        "type": "string",
                        "format": "decimal",
                        "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                        "x-decimal-limits": {"multipleOf": 0.01, "maximum": 10, "notZero": True},
                    }
                },
            }
        }
    )
    assert _reasons(spec, {"a": "9.99"}) == []
    assert _reasons(spec, {"a": "0.00"}) == ["a: '0.00' must not be zero"]
    assert _reasons(spec, {"a": "10.01"}) == ["a: '10.01' must be at most 10"]
    assert _reasons(spec, {"a": "1.001"}) != []
    assert len(_reasons(spec, {"a": "1e5"})) == 1  # the pattern says it; the limits stay out


def test_openapi_integer_formats_and_local_date_times() -> None:
    spec = _doc(
        {
            "Body": {
                "type": "object",
                "properties": {
                    "n": {"type": "integer", "format": "int32"},
                    "when": {
                        "type": "string",
                        "format": "local-date-time",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$",
                    },
                },
            }
        }
    )
    assert _reasons(spec, {"n": 2**31 - 1, "when": "2024-02-29T00:00:00"}) == []
    assert _reasons(spec, {"n": Decimal("3.0")}) == []
    assert _reasons(spec, {"n": 2**31}) != [] and _reasons(spec, {"n": Decimal("1.5")}) != []
    assert _reasons(spec, {"when": "2023-02-29T00:00:00"}) != []
    assert _reasons(spec, {"when": "2023-02-28"}) != []


def test_required_body_and_text_no_validator_can_read() -> None:
    spec = _doc({"Body": {"type": "object", "required": ["a"], "properties": {"a": {}}}})
    assert _reasons(spec, None) == [": the request body is required"]
    assert _reasons(spec, {}) == [': "a" is a required property']
    # A property name with a lone surrogate ("\udc80" in the JSON) that the validator has
    # to read is a problem, not a crash.
    assert _reasons(spec, {"\udc80": 1}) in (
        [": is not valid Unicode JSON"],
        [': "a" is a required property'],
    )


def test_query_text_is_read_as_its_type() -> None:
    parameters = [
        {"in": "query", "name": "pageSize", "schema": {"type": "integer", "minimum": 1}},
        {"in": "query", "name": "flag", "schema": {"type": "boolean"}},
        {"in": "query", "name": "since", "schema": {"type": "string"}},
        {
            "in": "query",
            "name": "sinceCondition",
            "schema": {"enum": [">", "<"]},
            "x-requires": "since",
        },
        {"in": "query", "name": "must", "required": True, "schema": {"type": "string"}},
        {"in": "path", "name": "id", "schema": {"type": "integer", "maximum": 9}},
    ]
    operation = _doc({}, parameters).operation("op")
    read = operation.query(
        [("PageSize", "5"), ("FLAG", "True"), ("must", ""), ("other", "x")], case_insensitive=True
    )
    assert read == {"pageSize": 5, "flag": True, "must": ""}
    assert operation.path({"id": "7"}) == {"id": 7}
    bad: list[tuple[str, str]]
    for bad in (
        [("must", "x"), ("pageSize", "0")],
        [("must", "x"), ("pageSize", "1e3")],
        [("must", "x"), ("flag", "yes")],
        [("must", "x"), ("sinceCondition", ">")],
        [("must", "x"), ("must", "y")],
        [],
    ):
        with pytest.raises(SpecViolation):
            operation.query(bad, case_insensitive=True)
    # Names match exactly by default: PAGESIZE is then an unknown parameter, ignored.
    assert operation.query([("must", "x"), ("PAGESIZE", "0")]) == {"must": "x"}
    for bad_id in ("10", "x", "-"):
        with pytest.raises(SpecViolation):
            operation.path({"id": bad_id})


def test_the_shipped_copies_match_the_specs() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import sandbox_specs
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for spec_file in sandbox_specs.SPECS:
        assert sandbox_specs.target(spec_file).read_bytes() == sandbox_specs.render(spec_file)
        copy = json.loads(sandbox_specs.target(spec_file).read_text(encoding="utf-8"))
        assert copy["paths"] and "description" not in json.dumps(copy["paths"])
