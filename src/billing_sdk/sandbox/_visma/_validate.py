"""A small schema checker for request bodies, mirroring the spec's DTO schemas.

Each :class:`Spec` checks one JSON value and returns it normalised: numbers as ``Decimal``,
date-times as naive ``datetime``, and every ``{"value": X}`` wrapper replaced by ``X``. An
object keeps only the properties it knows (the spec's DTOs allow unknown ones, which are
ignored). A wrapper without ``value`` counts as absent, so ``{"hold": {}}`` changes nothing.
Violations raise :class:`SchemaError` with the JSON path of the offending value.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from billing_sdk import _money

_INT32 = (-(2**31), 2**31 - 1)
_NUM_LIMIT = Decimal("1e15")
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?"
)


#: The spec's ``DateTime``: a full date and time, an optional fraction of up to 7 digits and
#: an optional offset; years 0001-9999 and months of their length (February 29 is checked
#: by the parse).
_YEAR = r"(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
_MONTH_DAY = (
    r"(((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8]))|((0[13-9]|1[0-2])-(29|30))"
    r"|((0[13578]|1[02])-31)|(02-29))"
)
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
SPEC_DATE_TIME = re.compile(
    rf"{_YEAR}-{_MONTH_DAY}T{_TIME}(\.[0-9]{{1,7}})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?"
)


class SchemaError(ValueError):
    """A request value that the spec's schema does not allow."""


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


class Spec:
    """Checks one JSON value; subclasses say which."""

    def check(self, value: Any, path: str) -> Any:
        raise NotImplementedError


def _fail(path: str, expected: str) -> SchemaError:
    return SchemaError(f"{path or 'body'}: expected {expected}")


class Str(Spec):
    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise _fail(path, "a string")
        return value


class Num(Spec):
    """A JSON number (``format: decimal``), returned as ``Decimal``, within the spec's limits.

    ``limits`` are the field's limits as the spec states them (the generated
    ``DECIMAL_COMPONENTS``, e.g. ``Amount``: cents, 0 to 10^12): the same numbers the SDK
    checks before sending. A value outside them is refused, never rounded. Without limits,
    magnitudes of 1e15 and more are refused, so no value can blow up a response or a sum.
    """

    def __init__(self, limits: _money.Limits | None = None) -> None:
        self.limits = limits

    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise _fail(path, "a number")
        number = Decimal(value)
        if self.limits is not None:
            problem = _money.problem(number, self.limits)
            if problem is not None:
                raise SchemaError(f"{path or 'body'}: {problem}")
        if not number.is_finite() or abs(number) >= _NUM_LIMIT:
            raise _fail(path, "a number below 1e15")
        return number


class Int32(Spec):
    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, Decimal) and value == value.to_integral_value():
            value = int(value)  # 3.0 is an integer in JSON Schema
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, "an integer")
        if not _INT32[0] <= value <= _INT32[1]:
            raise _fail(path, "a 32-bit integer")
        return value


class Bool(Spec):
    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, bool):
            raise _fail(path, "true or false")
        return value


class DateTime(Spec):
    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str) or not SPEC_DATE_TIME.fullmatch(value):
            raise _fail(path, "a date-time such as 2024-01-31T00:00:00")
        parsed = parse_datetime(value)
        if parsed is None:
            raise _fail(path, "a date-time such as 2024-01-31T00:00:00")
        return parsed


class Uuid(Spec):
    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, str):
            try:
                return str(uuid.UUID(value))
            except ValueError:
                pass
        raise _fail(path, "a UUID")


class Enum(Spec):
    def __init__(self, values: Sequence[str]) -> None:
        self.values = tuple(values)

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str) or value not in self.values:
            raise _fail(path, "one of " + ", ".join(self.values))
        return value


class Nullable(Spec):
    def __init__(self, inner: Spec) -> None:
        self.inner = inner

    def check(self, value: Any, path: str) -> Any:
        return None if value is None else self.inner.check(value, path)


class AnyOf(Spec):
    """The first alternative that accepts the value wins."""

    def __init__(self, *options: Spec) -> None:
        self.options = options

    def check(self, value: Any, path: str) -> Any:
        errors = []
        for option in self.options:
            try:
                return option.check(value, path)
            except SchemaError as exc:
                errors.append(str(exc))
        raise SchemaError(" or ".join(errors))


class _Absent:
    """Marks a wrapper sent without ``value`` (left unchanged, like an absent property)."""


ABSENT = _Absent()


class Wrap(Spec):
    """A ``DtoValueOf*`` wrapper ``{"value": X}``; checks and returns ``X``."""

    def __init__(self, inner: Spec) -> None:
        self.inner = inner

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise _fail(path, 'an object {"value": ...}')
        if "value" not in value:
            return ABSENT
        return self.inner.check(value["value"], f"{path}.value")


class Obj(Spec):
    """An object of optional properties; unknown properties are ignored."""

    def __init__(self, fields: Mapping[str, Spec]) -> None:
        self.fields = dict(fields)

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise _fail(path, "an object")
        result: dict[str, Any] = {}
        for name, spec in self.fields.items():
            if name in value:
                checked = spec.check(value[name], f"{path}.{name}" if path else name)
                if checked is not ABSENT:
                    result[name] = checked
        return result


class Arr(Spec):
    def __init__(self, items: Spec) -> None:
        self.items = items

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, list):
            raise _fail(path, "an array")
        return [self.items.check(item, f"{path}[{i}]") for i, item in enumerate(value)]


def validate(spec: Spec, value: Any) -> Any:
    """Check a whole body against ``spec`` (raises :class:`SchemaError`)."""
    return spec.check(value, "")
