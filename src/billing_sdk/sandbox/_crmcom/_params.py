"""Request validation: JSON bodies, query strings, identifier objects, amounts, dates.

Every rule mirrors the spec's schema (patterns are applied with ``re.search``, as JSON Schema
does), so what the spec forbids gets 400 and what it allows gets through. Problems raise
:class:`ApiError` with the offending parameter in ``description``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from starlette.datastructures import QueryParams
from starlette.requests import Request

from billing_sdk import _money
from billing_sdk._generated.crmcom_payments_api.types import DECIMAL_COMPONENTS
from billing_sdk.sandbox._crmcom._settings import TOKEN_PATTERN
from billing_sdk.sandbox._crmcom._wire import ApiError, invalid, missing

_DATE_PATTERN = re.compile(
    r"^[1-9][0-9]{3}-(((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8]))|((0[13-9]|1[0-2])-(29|30))"
    r"|((0[13578]|1[02])-31)|(02-29))T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
)
_FIELDS_SET_PATTERN = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*(,[a-z0-9_]+(\.[a-z0-9_]+)*)*$")
_INTEGER_TEXT = re.compile(r"^-?[0-9]{1,20}$")
#: The spec's ``PaymentAmount`` limits (positive, two decimals, at most 10^12): what the SDK
#: checks before sending is what this server refuses.
_AMOUNT = DECIMAL_COMPONENTS["PaymentAmount"]
# More decimal places than any ledger keeps; also keeps exact rendering of a number bounded.
_MAX_PLACES = 100
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"

# Fields of each identifier object (exactly one of them per object).
PAYMENT_ID = ("id", "number", "reference_number", "back_office_code")
ACCOUNTS_RECEIVABLE_ID = ("id", "number", "name")
WALLET_ID = ("id", "number")
TYPE_ID = ("id", "name", "alternative_code")
CATEGORY_ID = ("id", "name", "code")
PAYMENT_METHOD_ID = ("id", "name", "alternative_code")
UNIT_ID = ("id", "name", "alternative_code")
USER_ID = ("id", "username")
CURRENCY_ID = ("id", "code")
INVOICE_ID = ("id", "number", "reference_number", "back_office_code")
BILL_ID = ("id", "number")
REJECTION_REASON_ID = ("id", "name", "alternative_code")
CARD_ID = ("id", "payment_gateway_reference_number", "last_digits")
PREFERENCE_ID = ("id",)


class Ident(NamedTuple):
    """A resolved-later identifier object: the one field given and its value."""

    field: str
    value: str


def is_token_text(value: object) -> bool:
    """Whether ``value`` is well-formed as a token (the spec's ``Token`` schema)."""
    return (
        isinstance(value, str)
        and 1 <= len(value) <= 4096
        and TOKEN_PATTERN.search(value) is not None
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


async def read_body(request: Request, max_bytes: int) -> dict[str, Any]:
    """The JSON object of a POST body (an empty body counts as ``{}``)."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > max_bytes):
        raise invalid("body", f"must be a JSON object of at most {max_bytes} bytes")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > max_bytes:
            raise invalid("body", f"must be a JSON object of at most {max_bytes} bytes")
    if not raw.strip():
        return {}
    media_type = request.headers.get("content-type", "application/json").split(";")[0]
    media_type = media_type.strip().lower()
    # JSON only; a body without Content-Type is read as JSON, as lenient servers do.
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise ApiError("INVALID_PARAMETER", "The body must be application/json", "Content-Type")
    try:
        data = json.loads(bytes(raw), parse_float=Decimal, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise ApiError("INVALID_PARAMETER", "The request body is not valid JSON", "body") from None
    if not isinstance(data, dict):
        raise invalid("body", "must be a JSON object")
    return data


def parse_date(name: str, value: object) -> datetime:
    if not isinstance(value, str) or not _DATE_PATTERN.search(value):
        raise invalid(name, "must be a date-time like 2014-07-14T17:06:28")
    try:
        # `$` also matches before a final newline, so the pattern lets one through.
        return datetime.strptime(value.removesuffix("\n"), DATE_FORMAT)
    except ValueError:
        raise invalid(name, "is not a calendar date") from None


def parse_fields_set(value: object) -> frozenset[str]:
    if not isinstance(value, str) or not 1 <= len(value) <= 2000:
        raise invalid("fields_set", "must be a comma-separated list of field names")
    if not _FIELDS_SET_PATTERN.search(value):
        raise invalid("fields_set", "must be a comma-separated list of field names")
    # Dotted names select the top-level field before the dot.
    return frozenset(part.split(".")[0] for part in value.removesuffix("\n").split(","))


def _number(name: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise invalid(name, "must be a number")
    number = Decimal(value)
    exponent = number.as_tuple().exponent
    if not number.is_finite() or (isinstance(exponent, int) and exponent < -_MAX_PLACES):
        raise invalid(name, "is out of range")
    return number


def parse_amount(name: str, value: object) -> Decimal:
    amount = _number(name, value)
    problem = _money.problem(amount, _AMOUNT)
    if problem is not None:
        raise invalid(name, problem)
    return amount


class Body:
    """Typed access to the fields of a JSON request body."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __contains__(self, name: str) -> bool:
        return name in self._data

    def _get(self, name: str, required: bool) -> Any:
        if name not in self._data:
            if required:
                raise missing(name)
            return None
        value = self._data[name]
        if value is None:
            raise invalid(name, "must not be null")
        return value

    def text(self, name: str, *, required: bool = False, max_len: int = 255) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str) or not 1 <= len(value) <= max_len:
            raise invalid(name, f"must be a text of 1 to {max_len} characters")
        return value

    def notes(self, name: str) -> str | None:
        """Free text (``NotesText``/``UdfString``): may be empty."""
        value = self._get(name, False)
        if value is None:
            return None
        limit = 4000 if name in ("notes", "issue_reason") else 255
        if not isinstance(value, str) or len(value) > limit:
            raise invalid(name, f"must be a text of at most {limit} characters")
        return value

    def amount(self, name: str, *, required: bool = False) -> Decimal | None:
        value = self._get(name, required)
        return None if value is None else parse_amount(name, value)

    def float_value(self, name: str) -> Decimal | None:
        """A ``Float`` user-defined field: any finite number, stored with float precision."""
        value = self._get(name, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            raise invalid(name, "must be a number")
        number = Decimal(value)  # any scale: it is stored with float precision
        if not number.is_finite():
            raise invalid(name, "is out of range")
        try:
            as_float = float(number)
        except OverflowError:
            as_float = math.inf
        if not math.isfinite(as_float):
            raise invalid(name, "is out of range")
        return Decimal(repr(as_float))

    def integer(self, name: str, low: int, high: int) -> int | None:
        value = self._get(name, False)
        if value is None:
            return None
        if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise invalid(name, f"must be an integer from {low} to {high}")
        return value

    def date(self, name: str) -> datetime | None:
        value = self._get(name, False)
        return None if value is None else parse_date(name, value)

    def choice(self, name: str, allowed: Sequence[str], *, required: bool = False) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if value not in allowed:
            raise invalid(name, f"must be one of {', '.join(allowed)}")
        assert isinstance(value, str)
        return value

    def ident(self, name: str, fields: Sequence[str], *, required: bool = False) -> Ident | None:
        value = self._get(name, required)
        return None if value is None else parse_ident(name, value, fields)

    def objects(self, name: str, max_items: int) -> list[Mapping[str, Any]]:
        value = self._get(name, False)
        if value is None:
            return []
        if not isinstance(value, list) or len(value) > max_items:
            raise invalid(name, f"must be a list of at most {max_items} objects")
        if not all(isinstance(item, dict) for item in value):
            raise invalid(name, "must be a list of objects")
        return value

    def fields_set(self) -> frozenset[str] | None:
        value = self._get("fields_set", False)
        return None if value is None else parse_fields_set(value)


def parse_ident(name: str, value: object, fields: Sequence[str]) -> Ident:
    """An identifier object: exactly one of ``fields``, a text of 1..255 characters."""
    allowed = ", ".join(fields)
    if not isinstance(value, dict):
        raise invalid(name, f"must be an object with exactly one of {allowed}")
    if len(value) != 1:
        raise invalid(name, f"must have exactly one of {allowed}")
    ((field, text),) = value.items()
    if field not in fields:
        raise invalid(name, f"must have exactly one of {allowed}")
    if not isinstance(text, str) or not 1 <= len(text) <= 255:
        raise invalid(name, f"{field} must be a text of 1 to 255 characters")
    return Ident(field, text)


class Query:
    """Typed access to GET parameters (each may be given once)."""

    def __init__(self, params: QueryParams) -> None:
        self._params = params

    def get(self, name: str, *, required: bool = False) -> str | None:
        values = self._params.getlist(name)
        if not values:
            if required:
                raise missing(name)
            return None
        if len(values) > 1:
            raise invalid(name, "must be given once")
        return values[0]

    def ident(self, name: str, fields: Sequence[str], *, required: bool = False) -> Ident | None:
        """A flattened identifier ``field=value``, split at the first ``=``."""
        text = self.get(name, required=required)
        if text is None:
            return None
        pattern = f"^({'|'.join(fields)})=.+$"
        if len(text) > 300 or not re.search(pattern, text):
            raise invalid(name, f"must be field=value with field one of {', '.join(fields)}")
        field, _, value = text.partition("=")
        return Ident(field, value)

    def integer(self, name: str, low: int, high: int, *, required: bool = False) -> int | None:
        text = self.get(name, required=required)
        if text is None:
            return None
        if not _INTEGER_TEXT.match(text) or not low <= int(text) <= high:
            raise invalid(name, f"must be an integer from {low} to {high}")
        return int(text)

    def choice(self, name: str, allowed: Sequence[str]) -> str | None:
        text = self.get(name)
        if text is not None and text not in allowed:
            raise invalid(name, f"must be one of {', '.join(allowed)}")
        return text

    def fields_set(self) -> frozenset[str] | None:
        text = self.get("fields_set")
        return None if text is None else parse_fields_set(text)
