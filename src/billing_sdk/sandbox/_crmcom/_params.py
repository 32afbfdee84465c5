"""CRM.COM requests: bodies and query strings checked against ``openapi/crmcom-payments.yaml``.

The checking is the sandbox's one validator (:mod:`billing_sdk.sandbox._spec_validation`);
this module reads the body off the wire (size, media type, JSON with exact numbers), says how a
problem is answered (``MISSING_PARAMETER`` for a required property or parameter that is absent,
``INVALID_PARAMETER`` for anything else, ``description`` naming the top-level parameter) and
gives the handlers typed access to what passed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from starlette.datastructures import QueryParams
from starlette.requests import Request

from billing_sdk.sandbox._crmcom._settings import TOKEN_PATTERN
from billing_sdk.sandbox._crmcom._wire import ApiError, invalid, missing
from billing_sdk.sandbox._spec_validation import ApiSpec, Problem, SpecViolation

DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"
_SPEC_NAME = "crmcom-payments"


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


def _error(problem: Problem, pair: tuple[str, ...] = ()) -> ApiError:
    """CRM.COM's answer to one problem the spec found."""
    name = problem.name.split(".")[0].split("[")[0]
    if problem.reason.endswith("is a required property") or problem.reason == "is required":
        absent = name if problem.location == "query" else problem.reason.split('"')[1]
        return missing(absent)
    if not name and pair:  # the body-level rule: exactly one of a semi-optional pair
        return invalid(" / ".join(pair), "are alternatives: send exactly one of them")
    return invalid(name or "body", problem.reason)


def check_body(operation_id: str, data: Mapping[str, Any]) -> None:
    """Check a request body against its operation's schema (``ApiError`` if it breaks it).

    Missing required properties are reported first, as the vendor does.
    """
    spec = ApiSpec.load(_SPEC_NAME)
    operation = spec.operation(operation_id)
    try:
        operation.body(data, all_problems=True)
    except SpecViolation as exc:
        problems = sorted(exc.problems, key=lambda p: "required property" not in p.reason)
        schema = spec.resolve(operation.body_schema or {})
        raise _error(problems[0], tuple(schema.get("x-semi-optional", ()))) from None


def parse_date(name: str, value: str) -> datetime:
    """A checked ``LocalDateTime`` (the pattern lets February 29 of any year through)."""
    try:
        return datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        raise invalid(name, "is not a calendar date") from None


def parse_fields_set(value: str) -> frozenset[str]:
    """The top-level fields a checked ``fields_set`` selects (``wallet.number`` -> ``wallet``)."""
    return frozenset(part.split(".")[0] for part in value.split(","))


def ident_of(value: Mapping[str, str]) -> Ident:
    """A checked identifier object (exactly one field, by the spec) as an :class:`Ident`."""
    ((field, text),) = value.items()
    return Ident(field, text)


class Body:
    """Typed access to the fields of a JSON request body the spec has checked."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __contains__(self, name: str) -> bool:
        return name in self._data

    def text(self, name: str) -> str | None:
        value = self._data.get(name)
        return value if isinstance(value, str) else None

    def amount(self, name: str) -> Decimal | None:
        value = self._data.get(name)
        return None if value is None else Decimal(value)

    def float_value(self, name: str) -> Decimal | None:
        """A ``Float`` user-defined field, stored with float precision (the vendor's column)."""
        value = self._data.get(name)
        if value is None:
            return None
        try:
            as_float = float(value)
        except OverflowError:
            as_float = math.inf
        if not math.isfinite(as_float):
            raise invalid(name, "is out of range")
        return Decimal(repr(as_float))

    def integer(self, name: str) -> int | None:
        value = self._data.get(name)
        return None if value is None else int(value)

    def date(self, name: str) -> datetime | None:
        value = self._data.get(name)
        return None if value is None else parse_date(name, value)

    def ident(self, name: str) -> Ident | None:
        value = self._data.get(name)
        return None if value is None else ident_of(value)

    def objects(self, name: str) -> list[Mapping[str, Any]]:
        value = self._data.get(name)
        return [] if value is None else list(value)

    def fields_set(self) -> frozenset[str] | None:
        value = self._data.get("fields_set")
        return None if value is None else parse_fields_set(value)


class Query:
    """Typed access to GET parameters; :meth:`check` holds them to the operation's spec."""

    def __init__(self, params: QueryParams) -> None:
        self._params = params
        self._checked: dict[str, Any] | None = None

    def check(self, operation_id: str) -> None:
        """Check every parameter the operation knows (each may be given once)."""
        operation = ApiSpec.load(_SPEC_NAME).operation(operation_id)
        try:
            self._checked = operation.query(self._params.multi_items())
        except SpecViolation as exc:
            problem = exc.problems[0]
            if problem.reason == "is given more than once":
                raise invalid(problem.name, "must be given once") from None
            raise _error(problem) from None

    def get(self, name: str) -> Any:
        if self._checked is not None:
            return self._checked.get(name)
        values = self._params.getlist(name)
        if len(values) > 1:  # read before the check (the token): still given once
            raise invalid(name, "must be given once")
        return values[0] if values else None

    def ident(self, name: str) -> Ident | None:
        """A flattened identifier ``field=value``, split at the first ``=``."""
        text = self.get(name)
        if text is None:
            return None
        field, _, value = text.partition("=")
        return Ident(field, value)

    def fields_set(self) -> frozenset[str] | None:
        text = self.get("fields_set")
        return None if text is None else parse_fields_set(text)
