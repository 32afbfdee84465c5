"""One request validator for every simulated vendor: the vendor's OpenAPI spec decides.

Each vendor's spec (a compact JSON copy of ``openapi/<vendor>.yaml`` in ``_specs/``, written by
``make generate``) is compiled once per process with jsonschema_rs: one validator per
parameter and per JSON request body, built on first use. A vendor asks its operation
(:meth:`ApiSpec.operation`) to check a request's path, query, headers and body; what the spec
forbids comes back as :class:`Problem` values (where, which parameter or JSON path, why), which
the vendor turns into its own error shape. Business rules (state, balances, duplicates) stay in
the simulators; this only knows shapes, types, formats, required properties and enums.

The spec's own words, beyond JSON Schema, that this validator gives meaning to:

* ``format: decimal`` (money): a JSON number read as an exact ``Decimal`` (bodies are parsed
  with ``parse_float=Decimal``, never through a float) or, on a string, its digits. Its limits
  are the schema's ``multipleOf``/``minimum``/``maximum``/exclusive bounds on a number and
  ``x-decimal-limits`` on a string (which may add ``notZero``); they are checked by the SDK's
  own money rule (:func:`billing_sdk._money.problem`), so the sandbox refuses exactly what the
  SDK refuses, with the same words. A number without limits must still fit a .NET ``decimal``
  (what the vendors' servers store): below 7.9e28 with at most 28 decimal places; none may be
  written with more than 100 decimal places.
* ``format: int32``/``int64``: OpenAPI's signed integer ranges.
* ``format: local-date-time``: the spec's pattern gives the shape; the date must exist
  (February 29 only in a leap year).
* ``x-requires: <name>`` on a query parameter: sent only together with ``<name>``.

Query text is turned into the parameter's type before it is checked (an ``integer`` must be
digits, a ``boolean`` ``true``/``false``); a known query parameter given twice is refused and
unknown ones are ignored, as the vendors do.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import jsonschema_rs

from billing_sdk import _money

#: The largest magnitude and scale of a .NET ``decimal``: the outer range of ``format: decimal``.
_DOTNET_DECIMAL_MAX = Decimal("79228162514264337593543950335")
_DOTNET_DECIMAL_PLACES = 28
#: More decimal places than any ledger keeps (the exponent a JSON number may carry).
_MAX_PLACES = 100
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_LIMIT_KEYWORDS = ("multipleOf", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")
_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_INTEGER_TEXT = re.compile(r"-?[0-9]{1,30}")
_DATE_PART = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
#: The keyword this module adds to every ``format: decimal`` schema of its compiled copy.
_DECIMAL_KEYWORD = "x-sandbox-decimal"


@dataclass(frozen=True)
class Problem:
    """One thing the spec forbids in a request."""

    #: ``path``, ``query``, ``header`` or ``body``.
    location: str
    #: The parameter's name, or the JSON path in the body (``""`` for the body itself), e.g.
    #: ``paymentLines[0].amountPaid.value``.
    name: str
    #: Why, in words (a sentence fragment such as ``-1 is less than the minimum of 1``).
    reason: str
    #: The offending parameter text (``None`` for a body problem or a missing parameter).
    text: str | None = None


class SpecViolation(ValueError):
    """A request the spec forbids; ``problems`` says every reason found (at least one)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.name or p.location}: {p.reason}" for p in problems))
        self.problems = tuple(problems)


# -- formats and keywords -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Limits:
    """The spec's limits of one decimal, in the shape :func:`billing_sdk._money.problem` reads."""

    multiple_of: Decimal | None = None
    minimum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    maximum: Decimal | None = None
    exclusive_maximum: Decimal | None = None
    not_zero: bool = False

    @classmethod
    def from_spec(cls, source: Mapping[str, Any]) -> _Limits:
        def number(key: str) -> Decimal | None:
            value = source.get(key)
            if value is None or isinstance(value, bool):
                return None
            # JSON reads 0.01 as a float; its shortest repr is the decimal the spec wrote.
            return Decimal(repr(value) if isinstance(value, float) else str(value))

        return cls(
            multiple_of=number("multipleOf"),
            minimum=number("minimum"),
            exclusive_minimum=number("exclusiveMinimum"),
            maximum=number("maximum"),
            exclusive_maximum=number("exclusiveMaximum"),
            not_zero=bool(source.get("notZero")),
        )

    @property
    def bounded(self) -> bool:
        return any(
            v is not None
            for v in (self.minimum, self.exclusive_minimum, self.maximum, self.exclusive_maximum)
        )


class _DecimalKeyword:
    """``format: decimal``: an exact decimal within its limits (jsonschema_rs custom keyword)."""

    def __init__(self, parent_schema: Any, value: Any, schema_path: Any) -> None:
        self.limits = _Limits.from_spec(value)

    def validate(self, instance: Any) -> None:
        if isinstance(instance, str):
            if not _PLAIN_DECIMAL.fullmatch(instance):
                return  # the schema's pattern (or its absence) decides the text's shape
            number = Decimal(instance)
        elif isinstance(instance, Decimal | int) and not isinstance(instance, bool):
            number = Decimal(instance)
        else:
            return  # not a number: ``type`` says so
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else 0
        if places > _MAX_PLACES:
            # Checked first: a value this small underflows the decimal context of the money
            # rule's multiple-of test (1e-999999999 % 0.01 rounds to 0) and would pass it.
            problem: str | None = "is out of range for a decimal"
        else:
            problem = _money.problem(number, self.limits)
        unbounded = problem is None and not self.limits.bounded
        too_big = number.copy_abs() > _DOTNET_DECIMAL_MAX  # abs() would round to 28 digits
        if unbounded and (too_big or places > _DOTNET_DECIMAL_PLACES):
            problem = "is out of range for a decimal"
        if problem is not None:
            raise ValueError(f"{_short(instance)} {problem}")


def _is_local_date_time(text: str) -> bool:
    """The date of a ``local-date-time`` exists (the pattern checked the rest)."""
    match = _DATE_PART.match(text)
    if match is None:
        return True  # not the spec's shape at all: the pattern reports it
    try:
        date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True


FORMATS: dict[str, Callable[[str], bool]] = {"local-date-time": _is_local_date_time}


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else str(value)
    return repr(text[:60]) if isinstance(value, str) else text[:60]


def _prepare(node: Any) -> Any:
    """A copy of a spec's schemas with the OpenAPI formats made checkable.

    A ``format: decimal`` schema gets the decimal keyword carrying its limits (its own numeric
    keywords move there, so one rule reports them); ``int32``/``int64`` get their ranges.
    """
    if isinstance(node, list):
        return [_prepare(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _prepare(value) for key, value in node.items()}
    fmt = result.get("format")
    if not isinstance(fmt, str):  # absent, or a property named "format" in ``properties``
        return result
    if fmt == "decimal" and isinstance(result.get("type"), str | list):
        limits = dict(result.pop("x-decimal-limits", None) or {})
        if result.get("type") == "number" or "number" in result.get("type", ()):
            limits.update({k: result.pop(k) for k in _LIMIT_KEYWORDS if k in result})
        result[_DECIMAL_KEYWORD] = limits
    elif fmt in _INT_RANGES and "integer" in _types(result):
        low, high = _INT_RANGES[fmt]
        if "minimum" not in result and "exclusiveMinimum" not in result:
            result["minimum"] = low
        if "maximum" not in result and "exclusiveMaximum" not in result:
            result["maximum"] = high
    return result


def _types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return (kind,)
    return tuple(kind) if isinstance(kind, list) else ()


def _where(path: Iterable[str | int]) -> str:
    """``['lines', 0, 'amount']`` as ``lines[0].amount``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


# -- parameters -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, with its compiled schema."""

    name: str
    #: ``path``, ``query`` or ``header``.
    location: str
    required: bool
    #: The JSON type its text is read as (``string``, ``integer``, ``number``, ``boolean``).
    kind: str
    #: Its schema as the spec writes it (``$ref`` kept).
    schema: Mapping[str, Any]
    validator: jsonschema_rs.Validator
    #: ``x-requires``: the parameter that must come with this one.
    requires: str | None = None

    def read(self, text: str) -> Any:
        """The parameter's text as a checked value; raises :class:`SpecViolation`."""
        value: Any = text
        if self.kind in ("integer", "number"):
            if self.kind == "integer" and not _INTEGER_TEXT.fullmatch(text):
                raise self._violation(text, "is not an integer")
            if self.kind == "number" and not _PLAIN_DECIMAL.fullmatch(text):
                raise self._violation(text, "is not a number")
            value = int(text) if self.kind == "integer" else Decimal(text)
        elif self.kind == "boolean":
            if text.lower() not in ("true", "false"):
                raise self._violation(text, "is not true or false")
            value = text.lower() == "true"
        try:
            if self.validator.is_valid(value):
                return value
            errors = [error.message for error in self.validator.iter_errors(value)]
        except (UnicodeError, ValueError, OverflowError):
            errors = ["is not valid Unicode text"]
        if errors:
            raise self._violation(text, errors[0])
        return value

    def _violation(self, text: str, reason: str) -> SpecViolation:
        return SpecViolation([Problem(self.location, self.name, reason, text)])


@dataclass(frozen=True, eq=False)
class OperationSpec:
    """The request side of one operation: its parameters and its JSON body schema."""

    operation_id: str
    parameters: tuple[Parameter, ...]
    #: The JSON request body's schema (``$ref`` kept), or ``None`` when it takes none.
    body_schema: Mapping[str, Any] | None
    body_required: bool
    _body_validator: jsonschema_rs.Validator | None

    def path(self, values: Mapping[str, str]) -> dict[str, Any]:
        """The path parameters, checked and typed."""
        return {
            p.name: p.read(values[p.name])
            for p in self.parameters
            if p.location == "path" and p.name in values
        }

    def headers(self, get: Callable[[str], str | None]) -> dict[str, Any]:
        """The header parameters that were sent (``get`` reads one header by name), checked."""
        found: dict[str, Any] = {}
        for p in self.parameters:
            if p.location != "header":
                continue
            text = get(p.name)
            if text is not None:
                found[p.name] = p.read(text)
            elif p.required:
                raise SpecViolation([Problem("header", p.name, "is required")])
        return found

    def query(
        self, pairs: Iterable[tuple[str, str]], *, case_insensitive: bool = False
    ) -> dict[str, Any]:
        """The known query parameters, checked and typed (by their spec names).

        With ``case_insensitive`` a name matches whatever its case (ASP.NET binding). Unknown
        names are ignored; a known one given twice, a required one missing, or one whose
        ``x-requires`` partner is missing is a violation.
        """
        known = self._query_by_lower_name if case_insensitive else self._query_by_name
        found: dict[str, Any] = {}
        for raw_name, text in pairs:
            param = known.get(raw_name.lower() if case_insensitive else raw_name)
            if param is None:
                continue
            if param.name in found:
                raise SpecViolation([Problem("query", param.name, "is given more than once", text)])
            found[param.name] = param.read(text)
        for p in self._query_rules:
            if p.required and p.name not in found:
                raise SpecViolation([Problem("query", p.name, "is required")])
            if p.requires is not None and p.name in found and p.requires not in found:
                reason = f"requires {p.requires} (they are mutually inclusive)"
                raise SpecViolation([Problem("query", p.name, reason)])
        return found

    @functools.cached_property
    def _query_by_name(self) -> dict[str, Parameter]:
        return {p.name: p for p in self.parameters if p.location == "query"}

    @functools.cached_property
    def _query_by_lower_name(self) -> dict[str, Parameter]:
        return {p.name.lower(): p for p in self.parameters if p.location == "query"}

    @functools.cached_property
    def _query_rules(self) -> tuple[Parameter, ...]:
        """The query parameters that are required or need a partner."""
        return tuple(
            p
            for p in self.parameters
            if p.location == "query" and (p.required or p.requires is not None)
        )

    def body(self, value: Any, *, all_problems: bool = False) -> None:
        """Check a decoded JSON body (numbers as ``Decimal``/``int``; ``None``: no body)."""
        if self._body_validator is None:
            return
        if value is None:
            if self.body_required:
                raise SpecViolation([Problem("body", "", "the request body is required")])
            return
        try:
            if self._body_validator.is_valid(value):
                return
            problems = [
                Problem("body", _where(error.instance_path), error.message)
                for error in self._body_validator.iter_errors(value)
            ]
        except (UnicodeError, ValueError, OverflowError, RecursionError):
            # A property name holding a lone surrogate (a "\udXXX" escape) is no text the
            # validator can read; neither could the vendor.
            problems = [Problem("body", "", "is not valid Unicode JSON")]
        raise SpecViolation(problems if all_problems else problems[:1])


# -- the spec -------------------------------------------------------------------------------------


class ApiSpec:
    """A vendor's spec, compiled on first use of each operation (one instance per process)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._components = _prepare(document.get("components", {}))
        self._operations: dict[str, tuple[str, Mapping[str, Any], list[Any]]] = {}
        for path_item in document.get("paths", {}).values():
            shared = path_item.get("parameters", [])
            for method, operation in path_item.items():
                if method != "parameters":
                    self._operations[operation["operationId"]] = (method, operation, shared)
        self._compiled: dict[str, OperationSpec] = {}

    @classmethod
    @functools.cache
    def load(cls, name: str) -> ApiSpec:
        """The spec ``_specs/<name>.json`` (the spec file's name without ``.yaml``), loaded once."""
        text = resources.files("billing_sdk.sandbox").joinpath(f"_specs/{name}.json").read_text()
        return cls(json.loads(text))

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """``node`` with its ``$ref`` chain followed (a local ``#/components/...`` pointer)."""
        seen = 0
        while "$ref" in node and seen < 32:
            target: Any = self._document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    def validator(self, schema: Mapping[str, Any]) -> jsonschema_rs.Validator:
        """A compiled validator of ``schema`` (its ``$ref``s resolve within this spec)."""
        return jsonschema_rs.validator_for(
            {**_prepare(schema), "components": self._components},
            formats=FORMATS,
            validate_formats=True,
            keywords={_DECIMAL_KEYWORD: _DecimalKeyword},
        )

    def operation(self, operation_id: str) -> OperationSpec:
        """The compiled request side of ``operation_id`` (``KeyError`` if the spec has none)."""
        compiled = self._compiled.get(operation_id)
        if compiled is None:
            compiled = self._compiled[operation_id] = self._compile(operation_id)
        return compiled

    def _compile(self, operation_id: str) -> OperationSpec:
        _, operation, shared = self._operations[operation_id]
        params: dict[tuple[str, str], Parameter] = {}
        for raw in [*shared, *operation.get("parameters", [])]:
            param = self.resolve(raw)
            schema = param.get("schema", {})
            resolved = self.resolve(schema)
            kinds = [k for k in _types(resolved) if k != "null"]
            params[(param["in"], param["name"])] = Parameter(
                name=param["name"],
                location=param["in"],
                required=bool(param.get("required")),
                kind=kinds[0] if kinds else "string",
                schema=schema,
                validator=self.validator(schema),
                requires=param.get("x-requires"),
            )
        body_schema: Mapping[str, Any] | None = None
        body_required = False
        body_validator = None
        request_body = operation.get("requestBody")
        if request_body is not None:
            request_body = self.resolve(request_body)
            media = request_body.get("content", {}).get("application/json")
            if media is not None:
                body_schema = media.get("schema", {})
                body_required = bool(request_body.get("required"))
                body_validator = self.validator(body_schema)
        return OperationSpec(
            operation_id, tuple(params.values()), body_schema, body_required, body_validator
        )
