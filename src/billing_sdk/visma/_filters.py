"""List filters for Visma GET-all operations, checked against the generated signature."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from billing_sdk import _validation as v
from billing_sdk._errors import ValidationError
from billing_sdk.visma import _generated as g

#: Parameters the facade sets itself (paging, background) or that paging makes meaningless.
_RESERVED = frozenset(
    {"page_number", "page_size", "erp_api_background", "number_to_read", "skip_records"}
)
_ENUMS: dict[str, type[Enum]] = {
    "status": g.DocumentStatus,
    "payment_type": g.PaymentTypes,
    "document_type": g.CustomerDocumentTypes,
}


def filter_names(get_kwargs: Callable[..., Any]) -> dict[str, str]:
    """The filters an operation accepts, with their generated type annotations (as text)."""
    params = inspect.signature(get_kwargs).parameters
    return {name: str(param.annotation) for name, param in params.items() if name not in _RESERVED}


def build_filters(allowed: Mapping[str, str], filters: Mapping[str, Any]) -> dict[str, Any]:
    """Validated generated-call arguments for ``filters``.

    Dates go with their condition (``doc_date=..., doc_date_condition=">="``) or not at all.
    """
    unknown = set(filters) - set(allowed)
    if unknown:
        raise ValidationError(
            f"unknown filter(s) {sorted(unknown)}; available: {sorted(allowed)}",
            field=sorted(unknown)[0],
        )
    given = {k: val for k, val in filters.items() if val is not None}
    out: dict[str, Any] = {}
    for name, value in given.items():
        if name.endswith("_condition"):
            partner = name.removesuffix("_condition")
            v.both_or_neither((partner, given.get(partner)), (name, value))
            out[name] = v.enum_value(g.DateTimeCondition, value, name)
        elif f"{name}_condition" in allowed:
            v.both_or_neither((name, value), (f"{name}_condition", given.get(f"{name}_condition")))
            out[name] = _date_filter(name, value)
        elif name in _ENUMS:
            out[name] = v.enum_value(_ENUMS[name], value, name)
        elif isinstance(value, bool | int) and not isinstance(value, str):
            out[name] = value
        else:
            out[name] = v.text(str(value), name, max_length=255)
    return out


def _date_filter(name: str, value: Any) -> str:
    """A date filter as Visma documents it: ``yyyy-MM-dd`` for a date, ``yyyy-MM-dd
    HH:mm:ss[.FFF]`` for a time of day (the company's local time, so no offset)."""
    if isinstance(value, str):
        try:
            text = value.strip()
            value = (
                dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
            )
        except ValueError:
            raise ValidationError(f"{name} must be a date or datetime", field=name) from None
    if isinstance(value, dt.datetime):
        when = value.replace(tzinfo=None)
        if not when.year >= 1000:
            raise ValidationError(f"{name} must be in the years 1000-9999", field=name)
        spec = "milliseconds" if when.microsecond else "seconds"
        return when.isoformat(sep=" ", timespec=spec)
    if isinstance(value, dt.date):
        if not value.year >= 1000:
            raise ValidationError(f"{name} must be in the years 1000-9999", field=name)
        return value.isoformat()
    raise ValidationError(f"{name} must be a date or datetime", field=name)
