"""The Visma simulator writes money as exact JSON numbers, fast, and never confuses a string."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from billing_sdk.sandbox._visma._http import _MARK, dumps

DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=None)
SCALARS = st.none() | st.booleans() | st.integers() | st.text() | DECIMALS
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def test_decimals_keep_their_exact_digits() -> None:
    body = {"amount": Decimal("10.10"), "vat": [Decimal("-0.001"), Decimal("1E+3")]}
    assert dumps(body) == b'{"amount":10.10,"vat":[-0.001,1000]}'
    big = Decimal("123456789012345678901234.5678")
    assert json.loads(dumps([big]), parse_float=Decimal) == [big]  # float would round it


def test_a_string_that_looks_like_the_mark_stays_a_string() -> None:
    forged = "\x00" + "0" * 16 + ":12.5"
    assert json.loads(dumps({"text": forged, "mark_prefix": _MARK[:5]})) == {
        "text": forged,
        "mark_prefix": _MARK[:5],
    }


@given(VALUES)
def test_whatever_goes_in_comes_back_equal(value: Any) -> None:
    assert json.loads(dumps(value), parse_float=Decimal) == value
