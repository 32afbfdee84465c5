"""Client-side checks for input that can never be valid; each raises ``ValidationError``.

They run before any request is built, so a refused call sends nothing and writes nothing.
Amounts have their own module, :mod:`billing_sdk._money` (exact decimals, the spec's limits).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Collection, Mapping
from enum import Enum
from typing import Any, TypeVar

from billing_sdk._errors import ValidationError


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine: ``localhost`` or a loopback
    address. The one place plain ``http://`` is allowed, for clients, the CLI and the sandbox."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


E = TypeVar("E", bound=Enum)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def enum_value(enum_cls: type[E], value: E | str, field: str) -> E:
    """``value`` as a member of ``enum_cls``; unknown values are refused with the allowed ones."""
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_cls)
        raise ValidationError(
            f"{field} must be one of {allowed}; got {value!r}", field=field
        ) from None


def exactly_one(
    identifier: Mapping[str, Any], allowed: Collection[str], field: str
) -> dict[str, Any]:
    """An identifier object with exactly one of ``allowed`` set (a semi-optional rule)."""
    if not isinstance(identifier, Mapping):
        raise ValidationError(f"{field} must be a mapping like {{'number': ...}}", field=field)
    given = {k: v for k, v in identifier.items() if v is not None}
    unknown = set(given) - set(allowed)
    if unknown:
        raise ValidationError(
            f"{field} has unknown field(s) {sorted(unknown)}; allowed: {sorted(allowed)}",
            field=field,
        )
    if len(given) != 1:
        raise ValidationError(
            f"{field} needs exactly one of {sorted(allowed)}, got {len(given)}", field=field
        )
    ((key, value),) = given.items()
    text = str(value)
    if not text.strip() or _CONTROL.search(text):
        raise ValidationError(f"{field}.{key} must be non-empty printable text", field=field)
    return dict(given)


def at_most_one(values: Mapping[str, object], *, required: bool) -> str | None:
    """For semi-optional pairs: the one name given, refusing both (and neither if required)."""
    given = [name for name, value in values.items() if value is not None]
    names = " or ".join(values)
    if len(given) > 1:
        raise ValidationError(f"give only one of {names}", field=given[0])
    if required and not given:
        raise ValidationError(f"give one of {names}", field=next(iter(values)))
    return given[0] if given else None


def both_or_neither(first: tuple[str, object], second: tuple[str, object]) -> None:
    """A value and its partner (e.g. a date and its condition) come together or not at all."""
    (a, av), (b, bv) = first, second
    if (av is None) != (bv is None):
        missing, present = (b, a) if bv is None else (a, b)
        raise ValidationError(f"{present} needs {missing} as well", field=missing)


def text(value: str, field: str, *, max_length: int, allow_empty: bool = True) -> str:
    """Free text within the vendor's length limit and without control characters."""
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string", field=field)
    if len(value) > max_length:
        raise ValidationError(f"{field} is longer than {max_length} characters", field=field)
    if not allow_empty and not value.strip():
        raise ValidationError(f"{field} must not be empty", field=field)
    if _CONTROL.search(value.replace("\n", "").replace("\r", "").replace("\t", "")):
        raise ValidationError(f"{field} contains control characters", field=field)
    return value


def path_id(value: str | int, field: str, *, pattern: str | None = None) -> str:
    """An identifier that goes into a URL path: never empty, never control characters.

    Generated code percent-encodes ``/``, ``?``, ``#``, ``%`` and spaces, and the engine
    encodes an id that is exactly ``.`` or ``..`` (which a URL parser would otherwise take
    for a dot segment), so any other text reaches the resource it names.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(f"{field} must be a string or int", field=field)
    text_value = str(value)
    if text_value == "" or _CONTROL.search(text_value):
        raise ValidationError(f"{field} is not a valid identifier: {text_value!r}", field=field)
    if pattern is not None and not re.fullmatch(pattern, text_value):
        raise ValidationError(
            f"{field} {text_value!r} does not match the API's format {pattern}", field=field
        )
    return text_value


def positive_int(value: int, field: str) -> int:
    """A positive integer id (bools and strings refused)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(f"{field} must be a positive integer, got {value!r}", field=field)
    return value


def a_date(value: dt.date | str, field: str) -> dt.date:
    """A calendar date (``date`` or ISO ``YYYY-MM-DD``); datetimes are truncated explicitly."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            f"{field} must be a date (YYYY-MM-DD), got {value!r}", field=field
        ) from None
