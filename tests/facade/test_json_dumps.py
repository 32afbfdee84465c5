"""The generated packages' ``json_dumps``: what ``json.dumps`` writes with the same options,
every ``Decimal`` with exactly its digits, and the same refusals (it encodes with one C
encoder made once, not one made per call)."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

PACKAGES = ["visma_erp_api", "crmcom_payments_api", "billomat_api"]


def _types(package: str) -> Any:
    return importlib.import_module(f"billing_sdk._generated.{package}.types")


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@pytest.mark.parametrize("package", PACKAGES)
@given(value=_json_values)
def test_json_dumps_writes_what_json_dumps_writes(package: str, value: Any) -> None:
    expected = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    assert _types(package).json_dumps(value) == expected.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("package", PACKAGES)
def test_json_dumps_keeps_decimals_exact_and_refuses_what_json_dumps_refuses(
    package: str,
) -> None:
    json_dumps = _types(package).json_dumps
    body = {"amount": {"value": Decimal("10.10")}, "lines": [Decimal("-0.000"), "\ud800"]}
    assert json_dumps(body) == b'{"amount":{"value":10.10},"lines":[-0.000,"\xed\xa0\x80"]}'
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular reference"):
        json_dumps({"lines": cycle})
    for bad in (float("nan"), Decimal("Infinity")):
        with pytest.raises(ValueError):
            json_dumps({"value": bad})
    with pytest.raises(TypeError):
        json_dumps({"value": object()})
