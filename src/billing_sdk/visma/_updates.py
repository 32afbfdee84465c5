"""Visma ``*UpdateDto`` bodies built from plain values (``hold=False`` -> ``{"value": false}``).

Visma wraps every scalar of an update in ``{"value": ...}`` and treats an absent property as
"unchanged". Callers give only the fields they change, by their Python names, with plain
values (``str``, ``bool``, ``int``, ``Decimal``, ``date``/``datetime``, enums); line lists and
nested objects take the generated models or dicts. The generated ``from_dict`` does the typing,
so an unknown field or an invalid enum value is refused here, before any request; every amount,
quantity and rate is then checked against the limits the spec gives it (``_money``: exact
decimals, the field's scale and range; ``10.001`` for a cent amount is refused, not rounded).

The usual body, a few of the DTO's own wrapped fields given plain ``str``/``int``/``bool``/
``Decimal``/``None``, is built from its wrappers directly (each by its own ``from_dict``):
nothing in it can be unknown or a float, so those walks are skipped; the amounts are checked
all the same (the walk runs when one of its wrappers has limits: ``exchange_rate``,
``payment_amount``; a wrapper without them holding a plain value has nothing to check).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol, Self, TypeVar

import attrs

from billing_sdk import _money
from billing_sdk._errors import ValidationError
from billing_sdk._presence import wire_positions

D = TypeVar("D", bound="_UpdateDto")

#: Fields that are lists of line objects (not wrapped; their own scalars are).
_LINE_SUFFIXES = ("lines", "_to_apply", "charges")
#: Nested objects sent as they are.
_UNWRAPPED_SUFFIXES = ("rot_rut_details",)
#: Inside a line, these travel as plain values.
_PLAIN_LINE_FIELDS = frozenset({"operation"})


class _UpdateDto(Protocol):
    additional_properties: dict[str, Any]
    _wire_keys: frozenset[str]

    def __init__(self, **fields: Any) -> None: ...

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


class _Wrapper(Protocol):
    """A generated ``{"value": ...}`` wrapper model (``DtoValueOfString``)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def _camel(name: str) -> str:
    name = name.rstrip("_")  # `type_` is `type` on the wire
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _wire(value: Any) -> Any:
    """A plain value as it travels in JSON."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Decimal):
        return value  # written by the generated client as a JSON number with exactly its digits
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()).isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_wire(v) for v in value]
    return value


def _as_list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise ValidationError(f"{name} must be a list of lines", field=name)
    return list(value)


def _line(item: Any, name: str) -> Any:
    """One line: a generated line model as is, or a mapping of plain values by Python name."""
    if hasattr(item, "to_dict"):
        return item.to_dict()
    if not isinstance(item, Mapping):
        raise ValidationError(f"each of {name} must be a mapping or a line model", field=name)
    line: dict[str, Any] = {}
    for key, value in item.items():
        if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise ValidationError(f"{name}: not a field name: {key!r}", field=name)
        if isinstance(value, float):
            raise ValidationError(f"{name}.{key}: use Decimal or int, not float", field=name)
        line[_camel(key)] = _wire(value) if key in _PLAIN_LINE_FIELDS else {"value": _wire(value)}
    return line


def build_update(dto_cls: type[D], changes: Mapping[str, Any] | D) -> D:
    """An update DTO carrying exactly ``changes`` (absent fields stay unchanged on the server)."""
    if isinstance(changes, dto_cls):
        _money.check_body(changes)
        return changes
    if not isinstance(changes, Mapping):
        raise ValidationError("changes must be a mapping of field name to new value")
    wire: dict[str, Any] = {}
    known = _WRAPPED.get(dto_cls)
    if known is None:
        known = _wrapped_scalars(dto_cls)
    # Whether every key is one of the DTO's own wrapped fields and every value a plain
    # scalar: then the body holds nothing from_dict could keep as unknown (the wrappers are
    # built here), and the walk that looks for unknown keys has nothing to find.
    plain = True
    # Whether a plain body holds a wrapper _money.check_body looks into (one with limits).
    limited = False
    wrappers: dict[str, tuple[type[_Wrapper], dict[str, Any]]] = {}
    for name, value in changes.items():
        field = known.get(name) if type(name) is str else None
        if field is not None and type(value) in _PLAIN_SCALARS:
            key, wrapper, has_limits = field
            wire[key] = wrapped = {"value": value}  # a plain scalar: as _wire would write it
            wrappers[name] = (wrapper, wrapped)
            limited = limited or has_limits
            continue
        plain = False
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ValidationError(f"not a field name: {name!r}", field=str(name))
        _refuse_floats(value, name)
        # The DTO's own key for its own field (``sales_person_id`` is ``salesPersonID``);
        # anything else as it would be spelt, for from_dict to keep as unknown.
        wire_key = _json_keys(dto_cls).get(name) or _camel(name)
        if name.endswith(_LINE_SUFFIXES):
            wire[wire_key] = [_line(item, name) for item in _as_list(value, name)]
        elif name.endswith(_UNWRAPPED_SUFFIXES):
            wire[wire_key] = _wire(value)
        else:
            wire[wire_key] = {"value": _wire(value)}
    try:
        if plain:
            # What from_dict makes of `wire`, made directly: each wrapper by its own
            # generated from_dict (which types its value), the DTO from those alone (from_dict
            # would look up each of its ~50 keys to find them).
            fields = {}
            for name, (wrapper, value) in wrappers.items():  # (no comprehension: every write)
                fields[name] = wrapper.from_dict(value)
            dto = dto_cls(**fields)
            dto._wire_keys = frozenset(wire)
        else:
            dto = dto_cls.from_dict(wire)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValidationError(f"invalid value in {dto_cls.__name__}: {exc}") from None
    # Just built from `wire`: the walks visit only the attributes it set (wire_positions).
    unknown = [] if plain else _unknown_fields(dto, dto_cls.__name__)
    if unknown:
        raise ValidationError(f"unknown field(s): {', '.join(unknown)}", field=unknown[0])
    if limited or not plain:
        # (A plain body of wrappers without limits, the usual text or flag change, holds
        # nothing check_body would look at.)
        _money.check_body(dto, fresh=True)
    return dto


#: Values that travel as they are (``_wire`` returns them unchanged; no float among them):
#: exact types, so an enum or a subclass takes the general path.
_PLAIN_SCALARS = frozenset({str, int, bool, Decimal, type(None)})


def _wrapped_scalars(dto_cls: type) -> dict[str, tuple[str, type[_Wrapper], bool]]:
    """Python name -> (JSON key, wrapper model, whether ``_money.check_body`` looks into it)
    of the DTO's fields typed as a ``{"value": ...}`` wrapper (``DtoValueOf...``: its one key
    is ``value``), worked out once per DTO.

    A wrapper built from ``{"value": <plain scalar>}`` keeps no unknown key: its one key is
    its own, and a wrapper of an object refuses a scalar (``from_dict`` raises). One without
    limits holding a plain scalar has nothing ``check_body`` would check.
    """
    known = _WRAPPED.get(dto_cls)
    if known is None:
        models = sys.modules.get(dto_cls.__module__.rpartition(".")[0])
        names: dict[str, str] = getattr(dto_cls, "FIELD_NAMES", {})
        types = {f.name: str(f.type) for f in attrs.fields(dto_cls)} if attrs.has(dto_cls) else {}
        own_limits = getattr(dto_cls, "DECIMAL_LIMITS", {})
        known = {}
        for key, attr in names.items():
            wrapper = getattr(models, types.get(attr, "").removesuffix(" | None"), None)
            if (
                isinstance(wrapper, type)
                and getattr(wrapper, "FIELD_NAMES", None) == {"value": "value"}
                and re.fullmatch(r"[a-z][a-z0-9_]*", attr)
                and not attr.endswith(_LINE_SUFFIXES + _UNWRAPPED_SUFFIXES)
            ):
                checked = attr in own_limits or not _money.unlimited_wrapper(wrapper)
                known[attr] = (key, wrapper, checked)
        _WRAPPED[dto_cls] = known
    return known


def _json_keys(dto_cls: type) -> dict[str, str]:
    """Python name -> JSON key of every field of the DTO (``FIELD_NAMES`` the other way)."""
    keys = _KEYS.get(dto_cls)
    if keys is None:
        names: dict[str, str] = getattr(dto_cls, "FIELD_NAMES", {})
        keys = _KEYS[dto_cls] = {attr: key for key, attr in names.items()}
    return keys


def _refuse_floats(value: Any, name: str) -> None:
    """A float anywhere in a caller's value: it cannot carry an amount exactly."""
    if isinstance(value, float):
        raise ValidationError(f"{name}: use Decimal or int for amounts, not float", field=name)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _refuse_floats(item, f"{name}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _refuse_floats(item, f"{name}[{index}]")


def _unknown_fields(obj: Any, path: str) -> list[str]:
    """Keys the generated models did not recognise, anywhere in the body (built by
    ``from_dict`` just now: only the attributes whose keys it saw can hold a value)."""
    found = [f"{path}.{key}" for key in getattr(obj, "additional_properties", {})]
    fields = _fields_of(type(obj))
    for name in [fields[i] for i in wire_positions(obj)] if fields else ():
        value = getattr(obj, name)
        if value is None:
            continue
        if isinstance(value, list):
            for index, item in enumerate(value):
                if _has_extras(type(item)):
                    found += _unknown_fields(item, f"{path}.{name}[{index}]")
        elif _has_extras(type(value)):
            found += _unknown_fields(value, f"{path}.{name}")
    return found


def _has_extras(cls: type) -> bool:
    """Whether instances of ``cls`` keep the keys they did not recognise (a generated model)."""
    known = _EXTRAS.get(cls)
    if known is None:
        known = _EXTRAS[cls] = hasattr(cls, "additional_properties")
    return known


def _fields_of(cls: type) -> tuple[str, ...]:
    """A generated model's attribute names, worked out once (none for anything else)."""
    known = _FIELDS.get(cls)
    if known is None:
        known = _FIELDS[cls] = tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else ()
    return known


_EXTRAS: dict[type, bool] = {}
_KEYS: dict[type, dict[str, str]] = {}
_WRAPPED: dict[type, dict[str, tuple[str, type[_Wrapper], bool]]] = {}
_FIELDS: dict[type, tuple[str, ...]] = {}
