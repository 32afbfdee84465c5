"""Validation of Billomat requests against the spec: query, path, headers and create bodies.

Everything the spec forbids is a 400 with a message naming the parameter; everything it allows
is accepted. Known query parameters given twice are rejected (which value would win is not
defined); unknown ones are ignored, as the real API does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from starlette.requests import Request

from billing_sdk import _money
from billing_sdk._generated.billomat_api.types import DECIMAL_COMPONENTS
from billing_sdk.sandbox._billomat._model import CREDIT_NOTE_STATUSES, PAYMENT_TYPES
from billing_sdk.sandbox._billomat._state import (
    CREDIT_NOTE_SORT_KEYS,
    PAYMENT_SORT_KEYS,
    CreditNoteFilter,
    NewPayment,
    Ordering,
    PaymentFilter,
)

MAX_ID = 2**63 - 1
MAX_PAGE = 2**31 - 1
MAX_PER_PAGE = 1000
DEFAULT_PER_PAGE = 100

_DIGITS = re.compile(r"[0-9]{1,25}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WIRE_ID = re.compile(r"[0-9]{1,19}")
_AMOUNT = re.compile(r"-?(?:[1-9][0-9]{0,9}(?:\.[0-9]{1,2})?|0\.(?:0[1-9]|[1-9][0-9]?))")
_PAYMENT_TYPE = re.compile("|".join(PAYMENT_TYPES))
_APP_HEADER = re.compile(r"[!-~]{1,128}")
_TRUE = ("1", "true")
_FALSE = ("0", "false")


class RequestError(Exception):
    """Invalid input; answered with 400 and these messages."""

    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = list(messages)


# -- scalar parsers -----------------------------------------------------------------------------


def _integer(name: str, value: str, low: int, high: int) -> int:
    if not _DIGITS.fullmatch(value) or not low <= int(value) <= high:
        raise RequestError(f"Parameter {name} must be an integer from {low} to {high}.")
    return int(value)


def _id(name: str, value: str) -> int:
    return _integer(name, value, 1, MAX_ID)


def _date(name: str, value: str) -> dt.date:
    try:
        if _DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise RequestError(f"Parameter {name} must be a date in the format YYYY-MM-DD.")


def _text(low: int, high: int) -> Callable[[str, str], str]:
    def parse(name: str, value: str) -> str:
        if not low <= len(value) <= high:
            raise RequestError(f"Parameter {name} must be {low} to {high} characters long.")
        return value

    return parse


def _choices(allowed: tuple[str, ...], max_length: int) -> Callable[[str, str], frozenset[str]]:
    def parse(name: str, value: str) -> frozenset[str]:
        items = value.split(",")
        if len(value) > max_length or any(item not in allowed for item in items):
            raise RequestError(
                f"Parameter {name} must be a comma-separated list of {', '.join(allowed)}."
            )
        return frozenset(items)

    return parse


def _ordering(fields: Mapping[str, object]) -> Callable[[str, str], Ordering]:
    def parse(name: str, value: str) -> Ordering:
        result: list[tuple[str, bool]] = []
        for item in value.split(","):
            field, *direction = item.split(" ")
            if len(value) > 200 or field not in fields or direction not in ([], ["ASC"], ["DESC"]):
                raise RequestError(
                    f"Parameter {name} must be 'field ASC|DESC' (comma-separated) with a field"
                    f" out of {', '.join(fields)}."
                )
            result.append((field, direction == ["DESC"]))
        return result

    return parse


def _format(name: str, value: str) -> str:
    if value not in ("json", "xml"):
        raise RequestError(f"Parameter {name} must be json or xml.")
    return value


#: Parameters every operation takes (``api_key`` is checked by the authentication step).
SINGLE_PARAMS: dict[str, Callable[[str, str], Any]] = {"format": _format}
_PAGING: dict[str, Callable[[str, str], Any]] = {
    **SINGLE_PARAMS,
    "page": lambda n, v: _integer(n, v, 1, MAX_PAGE),
    "per_page": lambda n, v: _integer(n, v, 1, MAX_PER_PAGE),
}

PAYMENT_LIST_PARAMS: dict[str, Callable[[str, str], Any]] = {
    "credit_note_id": _id,
    "from": _date,
    "to": _date,
    "type": _choices(PAYMENT_TYPES, 200),
    "user_id": _id,
    "order_by": _ordering(PAYMENT_SORT_KEYS),
    **_PAGING,
}
CREDIT_NOTE_LIST_PARAMS: dict[str, Callable[[str, str], Any]] = {
    "client_id": _id,
    "contact_id": _id,
    "credit_note_number": _text(1, 64),
    "status": _choices(CREDIT_NOTE_STATUSES, 64),
    "from": _date,
    "to": _date,
    "label": _text(1, 255),
    "intro": _text(1, 255),
    "note": _text(1, 255),
    "tags": _text(1, 255),
    "article_id": _id,
    "order_by": _ordering(CREDIT_NOTE_SORT_KEYS),
    **_PAGING,
}


# -- request parts ------------------------------------------------------------------------------


def query(request: Request, spec: Mapping[str, Callable[[str, str], Any]]) -> dict[str, Any]:
    """The known query parameters of an operation, parsed (absent ones are left out)."""
    parsed: dict[str, Any] = {}
    for name, parse in spec.items():
        values = request.query_params.getlist(name)
        if len(values) > 1:
            raise RequestError(f"Parameter {name} must not be given more than once.")
        if values:
            parsed[name] = parse(name, values[0])
    return parsed


def path_id(request: Request) -> int:
    """The ``{id}`` path segment (1 to 2^63-1)."""
    return _id("id", str(request.path_params["id"]))


def check_app_headers(request: Request) -> None:
    """``X-AppId``/``X-AppSecret``: optional, but if sent: visible ASCII, 1-128 characters."""
    for name in ("X-AppId", "X-AppSecret"):
        values = request.headers.getlist(name)
        if len(values) > 1 or (values and not _APP_HEADER.fullmatch(values[0])):
            raise RequestError(f"Header {name} must be 1 to 128 visible ASCII characters.")


def paging(params: Mapping[str, Any]) -> tuple[int, int]:
    return params.get("page", 1), params.get("per_page", DEFAULT_PER_PAGE)


def payment_filter(params: Mapping[str, Any]) -> PaymentFilter:
    return PaymentFilter(
        credit_note_id=params.get("credit_note_id"),
        date_from=params.get("from"),
        date_to=params.get("to"),
        types=params.get("type"),
        user_id=params.get("user_id"),
    )


def credit_note_filter(params: Mapping[str, Any]) -> CreditNoteFilter:
    tags = params.get("tags")
    return CreditNoteFilter(
        client_id=params.get("client_id"),
        contact_id=params.get("contact_id"),
        credit_note_number=params.get("credit_note_number"),
        statuses=params.get("status"),
        date_from=params.get("from"),
        date_to=params.get("to"),
        label=params.get("label"),
        intro=params.get("intro"),
        note=params.get("note"),
        tags=None if tags is None else frozenset(t.strip().casefold() for t in tags.split(",")),
        article_id=params.get("article_id"),
    )


# -- create body --------------------------------------------------------------------------------


def _is_unicode_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from "\udXXX" escapes
        return False
    return True


def new_payment(fields: Mapping[str, Any], *, from_xml: bool) -> NewPayment:
    """Validate the fields of ``credit-note-payment`` (all errors at once).

    JSON follows the spec's types strictly (ids and amounts as strings, the flag the integer
    ``1``/``0`` as the docs type it). XML carries only text, so there the flag is the text
    ``1``/``0`` and empty optional elements count as absent.
    """
    errors: list[str] = []
    values = dict(fields)
    if from_xml:
        for optional in ("date", "type", "mark_credit_note_as_paid"):
            if values.get(optional) == "":
                del values[optional]

    def text(
        name: str, pattern: re.Pattern[str] | None = None, max_length: int = 0, rule: str = ""
    ) -> str | None:
        if name not in values:
            return None
        value = values[name]
        if not isinstance(value, str):
            errors.append(f"Field {name} must be a string.")
            return None
        if from_xml and pattern is not None:
            value = value.strip()  # XML pretty-printing may wrap scalar values in whitespace
        if pattern is not None and not pattern.fullmatch(value):
            errors.append(f"Field {name} {rule or 'has an invalid value'}.")
        elif max_length and len(value) > max_length:
            errors.append(f"Field {name} must be at most {max_length} characters long.")
        elif not _is_unicode_text(value):
            errors.append(f"Field {name} contains invalid characters.")
        else:
            return value
        return None

    for required in ("credit_note_id", "amount"):
        if required not in values:
            errors.append(f"Field {required} is required.")
    credit_note_id = text("credit_note_id", _WIRE_ID, rule="must be a string of 1 to 19 digits")
    amount = text("amount", _AMOUNT, rule="must be a non-zero decimal string like 12.34")
    if amount is not None:
        # The pattern is the spec's; its x-decimal-limits say the same as numbers, and the SDK
        # checks them before sending: both must refuse the same amounts.
        problem = _money.problem(Decimal(amount), DECIMAL_COMPONENTS["PaymentAmount"])
        if problem is not None:
            errors.append(f"Field amount {problem}.")
            amount = None
    date_text = text("date", _DATE, rule="must be a date in the format YYYY-MM-DD")
    date: dt.date | None = None
    if date_text is not None:
        try:
            date = dt.date.fromisoformat(date_text)
        except ValueError:
            errors.append("Field date must be a date in the format YYYY-MM-DD.")
    comment = text("comment", max_length=4000)
    purpose = text("transaction_purpose", max_length=255)
    payment_type = text("type", _PAYMENT_TYPE, rule=f"must be one of {', '.join(PAYMENT_TYPES)}")
    mark = _flag(values, from_xml, errors)
    if errors or credit_note_id is None or amount is None:
        raise RequestError(*errors)
    return NewPayment(
        credit_note_id=int(credit_note_id),
        amount=Decimal(amount),
        date=date,
        comment=comment or "",
        transaction_purpose=purpose or "",
        type=payment_type or "",
        mark_credit_note_as_paid=mark,
    )


def _flag(values: Mapping[str, Any], from_xml: bool, errors: list[str]) -> bool:
    name = "mark_credit_note_as_paid"
    if name not in values:
        return False
    value = values[name]
    if not from_xml and isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return value == 1
    if from_xml and isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    errors.append(f"Field {name} must be 1 or 0.")
    return False
