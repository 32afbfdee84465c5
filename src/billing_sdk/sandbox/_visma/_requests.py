"""Visma requests checked against ``openapi/visma-erp.yaml``, answered in Visma's error shape.

The checking is the sandbox's one validator (:mod:`billing_sdk.sandbox._spec_validation`); this
module says how Visma reads what passed and how it answers what did not:

* every problem is a 400 ``{"message": ...}`` naming the parameter or the body path;
* query parameter names match case-insensitively (ASP.NET binding), an empty string filter
  means no filter, and a date filter is read as a naive ``datetime``;
* a checked body is handed to the operation normalised: every ``{"value": X}`` wrapper
  (``DtoValueOf*``, an object whose only property is ``value``) replaced by ``X`` (a wrapper
  without ``value`` counts as absent, so ``{"hold": {}}`` changes nothing), local date-times
  as naive ``datetime``, numbers as ``Decimal`` (integers as ``int``), and only the properties
  the spec names (the DTOs allow others, which are ignored).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from billing_sdk.sandbox._spec_validation import ApiSpec, OperationSpec, SpecViolation
from billing_sdk.sandbox._visma._http import Call, VismaError, bad_request, parse_json

_SPEC_NAME = "visma-erp"
_DATE_FILTER = "#/components/schemas/DateTimeFilter"
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?"
)


def spec() -> ApiSpec:
    return ApiSpec.load(_SPEC_NAME)


def parse_datetime(text: str) -> datetime | None:
    """Parse ``yyyy-MM-dd``, naive ``yyyy-MM-dd[T ]HH:mm[:ss[.f]]`` or RFC 3339 with an offset.

    The API works in naive company-local time, so an offset is dropped and the wall-clock
    time kept (``...T10:00:00+02:00`` means 10:00). A leap second (``:60``) reads as ``:59``.
    """
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            min(int(second or 0), 59),
            micro,
        )
    except ValueError:
        return None


def error(exc: SpecViolation) -> VismaError:
    """Visma's 400 for the first problem of ``exc``."""
    problem = exc.problems[0]
    text = "" if problem.text is None else f" {problem.text[:60]!r}"
    if problem.location == "body":
        return bad_request(f"Invalid request body: {problem.name or 'body'}: {problem.reason}")
    if problem.location == "query":
        return bad_request(
            f"Invalid value{text} for query parameter {problem.name}: {problem.reason}."
        )
    if problem.location == "header":
        return bad_request(f"Invalid {problem.name} header{text}: {problem.reason}.")
    return bad_request(f"Invalid {problem.name}{text}: {problem.reason}.")


def _operation(call: Call) -> OperationSpec:
    return spec().operation(call.operation_id)


def path(call: Call, name: str) -> Any:
    """The path parameter ``name``, checked against its schema (400 if it breaks it)."""
    try:
        return _operation(call).path(call.path_params)[name]
    except SpecViolation as exc:
        raise error(exc) from None


def headers(operation_id: str, get: Callable[[str], str | None]) -> dict[str, Any]:
    """The operation's header parameters that were sent, checked (400 if one breaks its schema)."""
    try:
        return spec().operation(operation_id).headers(get)
    except SpecViolation as exc:
        raise error(exc) from None


def query(call: Call) -> dict[str, Any]:
    """The operation's query parameters, checked; date filters as ``datetime``, ``""`` as None."""
    operation = _operation(call)
    try:
        found = operation.query(call.query, case_insensitive=True)
    except SpecViolation as exc:
        raise error(exc) from None
    for name, value in found.items():
        if value == "":
            found[name] = None  # an empty string filter filters nothing
        elif name in _date_filters(operation):
            when = parse_datetime(value)
            if when is None:  # the pattern lets February 29 of any year through
                raise bad_request(
                    f"Invalid value {value!r} for query parameter {name}: not a calendar date."
                )
            found[name] = when
    return found


def _date_filters(operation: OperationSpec) -> frozenset[str]:
    cached = _DATE_FILTERS.get(operation.operation_id)
    if cached is None:
        document = spec()
        cached = frozenset(
            p.name
            for p in operation.parameters
            if p.location == "query" and _refers_to(document, p.schema, _DATE_FILTER)
        )
        _DATE_FILTERS[operation.operation_id] = cached
    return cached


_DATE_FILTERS: dict[str, frozenset[str]] = {}


def _refers_to(document: ApiSpec, schema: Mapping[str, Any], pointer: str) -> bool:
    while "$ref" in schema:
        if schema["$ref"] == pointer:
            return True
        schema = document.resolve({"$ref": schema["$ref"]})
    return False


def body(call: Call) -> Any:
    """The call's JSON body, checked against the operation's schema and normalised."""
    operation = _operation(call)
    value = parse_json(call.body)
    try:
        operation.body(value)
    except SpecViolation as exc:
        raise error(exc) from None
    assert operation.body_schema is not None
    return normalise(value, operation.body_schema)


class _Absent:
    """A wrapper sent without ``value`` (left out, like an absent property)."""


_ABSENT = _Absent()
_Reader = Callable[[Any], Any]
#: One compiled reader per schema object of the spec (the spec lives as long as the process).
_READERS: dict[int, _Reader] = {}


def normalise(value: Any, schema: Mapping[str, Any]) -> Any:
    """A checked JSON value as the operations read it (see the module docstring)."""
    result = _reader(spec(), schema)(value)
    return None if result is _ABSENT else result


def _merged(document: ApiSpec, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema`` with its ``allOf`` parts' properties merged in (later parts win)."""
    schema = document.resolve(schema)
    if "allOf" not in schema:
        return schema
    properties: dict[str, Any] = {}
    for part in schema["allOf"]:
        properties.update(_merged(document, part).get("properties", {}))
    properties.update(schema.get("properties", {}))
    return {**schema, "properties": properties}


def _reader(document: ApiSpec, schema: Mapping[str, Any]) -> _Reader:
    """The function that normalises a checked value of ``schema`` (built once, then reused)."""
    key = id(schema)
    found = _READERS.get(key)
    if found is None:
        # A placeholder first: a recursive schema reads itself through the cache.
        _READERS[key] = lambda value: _READERS[key](value)
        found = _READERS[key] = _build(document, schema)
    return found


def _build(document: ApiSpec, schema: Mapping[str, Any]) -> _Reader:
    schema = _merged(document, schema)
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        options = [(document.resolve(o), _reader(document, o)) for o in alternatives]

        def read_any(value: Any) -> Any:
            for option, read in options:
                if _fits(option, value):
                    return read(value)
            return value

        return read_any
    properties: Mapping[str, Any] | None = schema.get("properties")
    if properties is not None and properties.keys() == {"value"}:  # a DtoValueOf* wrapper
        inner = _reader(document, properties["value"])

        def read_wrapper(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            return inner(value["value"]) if "value" in value else _ABSENT

        return read_wrapper
    if properties is not None:
        fields = {name: _reader(document, sub) for name, sub in properties.items()}

        def read_object(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            result = {}
            for name, item in value.items():
                read = fields.get(name)
                if read is not None:
                    item = read(item)
                    if item is not _ABSENT:
                        result[name] = item
            return result

        return read_object
    if "items" in schema:
        read_item = _reader(document, schema["items"])
        return lambda value: [read_item(v) for v in value] if isinstance(value, list) else value
    if schema.get("format") == "local-date-time":
        return lambda value: parse_datetime(value) if isinstance(value, str) else value
    kinds = _kinds(schema)
    if "integer" in kinds:
        return lambda value: int(value) if isinstance(value, Decimal) else value
    if "number" in kinds:
        return lambda value: (
            Decimal(value) if isinstance(value, int) and not isinstance(value, bool) else value
        )
    return _same


def _same(value: Any) -> Any:
    return value


def _kinds(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    return {kind} if isinstance(kind, str) else set(kind or ())


_JSON_KINDS: dict[type, set[str]] = {
    dict: {"object"},
    list: {"array"},
    str: {"string"},
    bool: {"boolean"},
    int: {"integer", "number"},
    Decimal: {"number", "integer"},
    type(None): {"null"},
}


def _fits(schema: Mapping[str, Any], value: Any) -> bool:
    """Whether an ``anyOf`` alternative takes ``value``'s JSON type (the body is checked)."""
    kinds = _kinds(schema)
    if not kinds:
        kinds = {"object"} if "properties" in schema else {"string"} if "enum" in schema else set()
    return not kinds or bool(kinds & _JSON_KINDS.get(type(value), set()))
