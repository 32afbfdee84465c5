"""Money on the way out: exact decimals, checked against the spec's limits before any request.

One rule for every vendor. An amount is a ``Decimal``, an ``int`` or a string in plain decimal
notation (``"10.00"``); a ``float`` cannot hold cents exactly, a ``bool`` is not a number, and
a string in exponent form (``"1e5"``) is refused rather than read as 100000. It must be finite
and inside the limits the vendor's spec states for that field (JSON Schema's ``multipleOf``,
``minimum``/``exclusiveMinimum``, ``maximum``/``exclusiveMaximum``, carried by the generated
models as ``DecimalLimits``): more decimal places than the API keeps is a ``ValidationError``,
never a silent rounding. The sandbox applies :func:`problem` to the same limits, so it refuses
what the SDK refuses, in the vendor's own error shape.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import MAX_EMAX, MIN_EMIN, Decimal, Inexact, InvalidOperation, localcontext
from typing import Any, Protocol

import attrs

from billing_sdk._errors import ValidationError
from billing_sdk._presence import wire_positions

#: Plain decimal notation: an optional minus, digits, optionally a point and more digits.
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
#: Digits of precision for the multiple-of test (amounts within any limit fit easily).
_PRECISION = 200


class Limits(Protocol):
    """A generated ``DecimalLimits`` (each generated package has its own class)."""

    @property
    def multiple_of(self) -> Decimal | None: ...
    @property
    def minimum(self) -> Decimal | None: ...
    @property
    def exclusive_minimum(self) -> Decimal | None: ...
    @property
    def maximum(self) -> Decimal | None: ...
    @property
    def exclusive_maximum(self) -> Decimal | None: ...
    @property
    def not_zero(self) -> bool: ...


def to_decimal(value: object, field: str) -> Decimal:
    """``value`` as an exact ``Decimal``: a Decimal, an int or a plain decimal string."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ValidationError(
            f"{field} must be a Decimal, an int or a decimal string like '10.00', "
            f"not {type(value).__name__}",
            field=field,
        )
    if isinstance(value, str):
        text = value.strip()
        if not _PLAIN.fullmatch(text):
            raise ValidationError(
                f"{field} must be written as a plain decimal like '10.00', not {value[:40]!r}",
                field=field,
            )
        return Decimal(text)
    return Decimal(value)


def _places(step: Decimal) -> int | None:
    """How many decimal places a power-of-ten step allows (``0.01`` -> 2), else None."""
    digits = step.normalize().as_tuple()
    exponent = digits.exponent
    if digits.digits == (1,) and isinstance(exponent, int):
        return max(0, -exponent)
    return None


def _is_multiple(value: Decimal, step: Decimal) -> bool:
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        # The widest exponent range, and an inexact remainder counts as "not a multiple": under
        # the default range ``1e-999999999 % 0.01`` underflows to 0 and would pass as a cent.
        ctx.Emin, ctx.Emax = MIN_EMIN, MAX_EMAX
        ctx.traps[Inexact] = True
        try:
            return value % step == 0
        except (InvalidOperation, Inexact):
            return False


def problem(value: Decimal, limits: Limits) -> str | None:
    """What is wrong with ``value`` under ``limits`` (a sentence fragment), or None."""
    if not value.is_finite():
        return "must be a finite number"
    if limits.not_zero and value == 0:
        return "must not be zero"
    low, high = limits.exclusive_minimum, limits.exclusive_maximum
    if low is not None and value <= low:
        return f"must be greater than {low}"
    if limits.minimum is not None and value < limits.minimum:
        return f"must be at least {limits.minimum}"
    if high is not None and value >= high:
        return f"must be less than {high}"
    if limits.maximum is not None and value > limits.maximum:
        return f"must be at most {limits.maximum}"
    step = limits.multiple_of
    if step is not None and not _is_multiple(value, step):
        places = _places(step)
        if places is not None:
            return f"has more than {places} decimal places ({value}); it is not rounded"
        return f"must be a multiple of {step}"
    return None


def check(value: Decimal, limits: Limits, field: str) -> Decimal:
    """``value`` if it keeps ``limits``; otherwise a ``ValidationError`` naming ``field``."""
    found = problem(value, limits)
    if found is not None:
        raise ValidationError(f"{field} {found}", field=field)
    return value


def amount(value: object, limits: Limits, field: str) -> Decimal:
    """A caller's amount (Decimal, int or plain decimal string), checked: :func:`to_decimal`
    then :func:`check`."""
    return check(to_decimal(value, field), limits, field)


def check_body(model: object, path: str = "", *, fresh: bool = False) -> None:
    """Check every decimal in a generated request model (nested models and lists included).

    Each generated model lists its decimal attributes and their limits in
    ``DECIMAL_LIMITS``; a value there must be a finite ``Decimal`` (or an int) within them.
    The ``value`` of a ``{"value": ...}`` wrapper is reported under the wrapper's name.
    ``fresh``: the model (and every model in it) was just built by ``from_dict``, so only
    the attributes whose keys it saw can hold a value, and only those are visited.
    """
    plan = _plan(type(model))
    if plan is None:
        return
    if fresh:
        plan = tuple([plan[i] for i in wire_positions(model)])
    for name, limits in plan:
        value = getattr(model, name)
        if value is None:
            continue  # not sent: nothing to check
        if limits is None and not isinstance(value, list):
            inner = _plan(type(value))
            if inner is None:
                continue  # neither an amount, nor a list or a model that may hold one
            if _unlimited_wrapper(type(value)) and _is_leaf(value.value):
                continue  # a {"value": ...} wrapper of a plain value (a string, a date...)
        where = path if name == "value" and path else f"{path}.{name}" if path else name
        if limits is not None:
            for item in value if isinstance(value, list) else [value]:
                _check_value(item, limits, where)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                check_body(item, f"{where}[{index}]", fresh=fresh)
        else:
            check_body(value, where, fresh=fresh)


#: Per class: its attributes with their limits (``None``: no limits); ``None`` when the class
#: is not a generated attrs model. A write's body walks ~50 attributes, nearly all unset
#: (``None``): working out each class's once keeps that walk to a lookup and a comparison.
_Plan = tuple[tuple[str, "Limits | None"], ...]
_PLANS: dict[type, _Plan | None] = {}
#: Per class: a ``{"value": ...}`` wrapper with no limits (``DtoValueOfString``).
_UNLIMITED_WRAPPERS: dict[type, bool] = {}


def unlimited_wrapper(cls: type) -> bool:
    """Whether ``cls`` is a ``{"value": ...}`` wrapper with no limits: :func:`check_body` does
    not look into one holding a plain value (a string, a number, a bool, ``None``)."""
    return _unlimited_wrapper(cls)


def _unlimited_wrapper(cls: type) -> bool:
    known = _UNLIMITED_WRAPPERS.get(cls)
    if known is None:
        known = _UNLIMITED_WRAPPERS[cls] = getattr(cls, "FIELD_NAMES", None) == {
            "value": "value"
        } and not getattr(cls, "DECIMAL_LIMITS", None)
    return known


def _is_leaf(value: object) -> bool:
    """Neither a list nor a generated model: nothing in it can be an amount with limits."""
    return not isinstance(value, list) and _plan(type(value)) is None


def _plan(cls: type) -> _Plan | None:
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    plan: _Plan | None = None
    if attrs.has(cls):
        limits: Mapping[str, Limits] = getattr(cls, "DECIMAL_LIMITS", {})
        fields = attrs.fields(cls)
        plan = tuple((f.name, limits.get(f.name)) for f in fields)
    _PLANS[cls] = plan
    return plan


def _check_value(value: Any, limits: Limits, field: str) -> None:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        check(Decimal(value), limits, field)
    elif value is not None:  # None: absent
        raise ValidationError(
            f"{field} must be a Decimal or an int, not {type(value).__name__}", field=field
        )
