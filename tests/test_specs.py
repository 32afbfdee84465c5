"""The hand-written specs are valid OpenAPI 3.1 and describe the APIs in full."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests._specs import SPEC_DIR, SPECS, load, operations, resolve

# Operation counts the issue fixes: Visma 6 payment + 15 invoice + v2 create + 2 background.
MIN_OPERATIONS = {
    "visma-erp.yaml": 24,
    "crmcom-payments.yaml": 14,
    "billomat-credit-note-payments.yaml": 4,
}


@pytest.mark.parametrize("spec", SPECS)
def test_spec_is_valid_openapi_31(spec: str) -> None:
    document = load(spec)
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize("spec", SPECS)
def test_operation_count(spec: str) -> None:
    ops = list(operations(spec))
    if spec == "visma-erp.yaml":
        assert len(ops) == MIN_OPERATIONS[spec]
    else:
        assert len(ops) >= MIN_OPERATIONS[spec]


@pytest.mark.parametrize("spec", SPECS)
def test_operation_ids_unique_and_single_tag(spec: str) -> None:
    ids = [op.operation_id for op in operations(spec)]
    assert len(ids) == len(set(ids))
    for op in operations(spec):
        assert len(op.body["tags"]) == 1, op.operation_id


@pytest.mark.parametrize("spec", SPECS)
def test_application_json_listed_first(spec: str) -> None:
    """The generator uses the first media type; JSON must win everywhere."""
    for op in operations(spec):
        contents = []
        if "requestBody" in op.body:
            contents.append(resolve(spec, op.body["requestBody"]).get("content", {}))
        for response in op.body["responses"].values():
            contents.append(resolve(spec, response).get("content", {}))
        for content in contents:
            types = list(content)
            json_like = [t for t in types if "json" in t]
            if json_like:
                assert types[0] == "application/json", (op.operation_id, types)


def _params(spec: str, operation_id: str) -> list[dict[str, str]]:
    for op in operations(spec):
        if op.operation_id == operation_id:
            return [resolve(spec, p) for p in op.body.get("parameters", [])]
    raise AssertionError(f"no operation {operation_id}")


def _query_params(spec: str, operation_id: str) -> list[str]:
    return [p["name"] for p in _params(spec, operation_id) if p["in"] == "query"]


@pytest.mark.parametrize(
    ("operation_id", "seed_rows"),
    [("customerPaymentGetAllPayments", 18), ("customerInvoiceGetAll", 33)],
)
def test_visma_list_parameters_match_the_seed_tables(operation_id: str, seed_rows: int) -> None:
    """The seeds' parameter tables: every query parameter plus the erp-api-background header."""
    params = _params("visma-erp.yaml", operation_id)
    query = [p for p in params if p["in"] == "query"]
    headers = [p["name"] for p in params if p["in"] == "header"]
    assert headers == ["erp-api-background"]
    assert len(query) + len(headers) == seed_rows
    # The date filters come with their condition partner.
    names = {p["name"] for p in query}
    for name in names:
        if name.endswith("Condition"):
            assert name.removesuffix("Condition") in names, name


def test_visma_background_header_and_if_match() -> None:
    spec = "visma-erp.yaml"
    for op in operations(spec):
        headers = {
            resolve(spec, p)["name"].lower()
            for p in op.body.get("parameters", [])
            if resolve(spec, p)["in"] == "header"
        }
        if op.tag == "Background":
            assert "erp-api-background" not in headers, op.operation_id
        else:
            assert "erp-api-background" in headers, op.operation_id
            assert "202" in op.body["responses"], op.operation_id
        if "if-match" in headers:
            assert "412" in op.body["responses"], op.operation_id


def test_crmcom_operations_named_in_the_issue_exist() -> None:
    paths = {op.path.removeprefix("/crmapi/rest/v2/") for op in operations("crmcom-payments.yaml")}
    wanted = {
        "authentication/token",
        "authentication/token/release",
        "authentication/web_api_key/token",
        "payments/show",
        "payments/list",
        "payments/get_latest",
        "payments/create",
        "payments/update",
        "payments/post",
        "payments/reject",
        "payments/cancel",
        "payments/pay_bill",
        "payments/pay_invoice",
        "payments/configuration/rejection_reasons/list",
    }
    assert wanted <= paths


def test_billomat_operations_named_in_the_issue_exist() -> None:
    ops = {(op.method, op.path) for op in operations("billomat-credit-note-payments.yaml")}
    assert {
        ("get", "/api/credit-note-payments"),
        ("get", "/api/credit-note-payments/{id}"),
        ("post", "/api/credit-note-payments"),
        ("delete", "/api/credit-note-payments/{id}"),
    } <= ops
    list_params = set(
        _query_params(
            "billomat-credit-note-payments.yaml", _op_id("get", "/api/credit-note-payments")
        )
    )
    assert {
        "credit_note_id",
        "from",
        "to",
        "type",
        "user_id",
        "page",
        "per_page",
        "order_by",
    } <= list_params


def _op_id(method: str, path: str) -> str:
    for op in operations("billomat-credit-note-payments.yaml"):
        if (op.method, op.path) == (method, path):
            return op.operation_id
    raise AssertionError(path)


# -- specs other tools can trust (issue 16) ----------------------------------------------------

#: Every BREAKS, RISK and LOSES DATA row of shared/reference/real-wire-evidence.md: each has a
#: decision in the specs (an ``x-evidence`` naming it).
EVIDENCE_ROWS = [
    *(f"V{n}" for n in range(1, 12)),
    "B1",
    "B2",
    "B3",
    "B4",
    "B6",
    *(f"C{n}" for n in range(1, 8)),
]


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def test_every_evidence_row_has_a_decision_in_a_spec() -> None:
    evidence = " ".join(
        str(node["x-evidence"])
        for spec in SPECS
        for node in _nodes(load(spec))
        if "x-evidence" in node
    )
    cited = set(re.findall(r"\b([VBC]\d+)\b", evidence))
    assert "real-wire-evidence.md" in evidence
    assert set(EVIDENCE_ROWS) <= cited, sorted(set(EVIDENCE_ROWS) - cited)


@pytest.mark.parametrize("spec", SPECS)
def test_no_property_is_only_type_null(spec: str) -> None:
    """A property typed only ``"null"`` makes openapi-generator crash on the whole spec (a
    ``null`` alternative inside ``anyOf``/``oneOf`` is fine)."""
    for node in _nodes(load(spec)):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict):
                assert prop.get("type") not in ("null", ["null"]), name


@pytest.mark.parametrize("spec", ["visma-erp.yaml", "crmcom-payments.yaml"])
def test_naive_date_times_are_described_by_patterns_not_rfc3339(spec: str) -> None:
    """Visma and CRM.COM write date-times without an offset; RFC 3339 ``date-time`` demands
    one, so a validator that checks formats would reject ordinary traffic."""
    assert not [n for n in _nodes(load(spec)) if n.get("format") == "date-time"]


def test_schemathesis_validates_formats() -> None:
    toml = tomllib.loads((SPEC_DIR.parent / "schemathesis.toml").read_text())
    assert toml["checks"]["response_schema_conformance"]["validate-formats"] is True


def test_visma_date_time_patterns() -> None:
    schemas = load("visma-erp.yaml")["components"]["schemas"]
    date_time = re.compile(schemas["DateTime"]["pattern"])
    date_filter = re.compile(schemas["DateTimeFilter"]["pattern"])
    for good in ("2026-01-05T00:00:00", "2022-11-10T10:20:53.75+01:00", "2024-02-29T23:59:59Z"):
        assert date_time.search(good), good
    for bad in ("", "2026-01-05", "2026-02-30T00:00:00", "0000-01-01T00:00:00", "2026-1-5T0:0:0"):
        assert not date_time.search(bad), bad
    for good in ("2026-01-05", "2026-01-05 10:00:00", "2026-01-05T10:00:00.123"):
        assert date_filter.search(good), good
    for bad in ("", "0000-01-01", "0999-12-31", "2026-04-31", "2026-01-05T10:00:00+01:00"):
        assert not date_filter.search(bad), bad
