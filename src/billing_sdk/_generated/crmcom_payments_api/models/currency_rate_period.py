from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, wire_keys

T = TypeVar("T", bound="CurrencyRatePeriod")


@_attrs_define
class CurrencyRatePeriod:
    """A currency rate period (R10+).

    Attributes:
        id (str | None):
        rate (Decimal | None): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an exact decimal
            whatever its number of decimals).
        inverse_rate (Decimal | None): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an exact
            decimal whatever its number of decimals).
        from_date (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
        to_date (None | str): A LocalDateTime, or null when not (yet) set.
        currency (CurrencyShort | None): A currency.
    """

    id: str | None = None
    rate: Decimal | None = None
    inverse_rate: Decimal | None = None
    from_date: str | None = None
    to_date: None | str = None
    currency: CurrencyShort | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "rate": "rate",
        "inverse_rate": "inverse_rate",
        "from_date": "from_date",
        "to_date": "to_date",
        "currency": "currency",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "rate": DecimalLimits(),
        "inverse_rate": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rate: Decimal | None = None
        if self.rate is not None:
            rate = self.rate

        inverse_rate: Decimal | None = None
        if self.inverse_rate is not None:
            inverse_rate = self.inverse_rate

        from_date = self.from_date

        to_date: None | str = None
        if self.to_date is not None:
            to_date = self.to_date

        currency: dict[str, Any] | None = None
        if self.currency is not None:
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if rate is not None:
            field_dict["rate"] = rate
        if inverse_rate is not None:
            field_dict["inverse_rate"] = inverse_rate
        if from_date is not None:
            field_dict["from_date"] = from_date
        if to_date is not None or "to_date" in self._wire_keys:
            field_dict["to_date"] = to_date
        if currency is not None:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CurrencyRatePeriod: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        _rate = d.pop("rate", None)
        rate: Decimal | None
        if _rate is None or _rate.__class__ is str and not _rate:
            rate = None
        else:
            rate = decimal_from_json(_rate)

        _inverse_rate = d.pop("inverse_rate", None)
        inverse_rate: Decimal | None
        if (
            _inverse_rate is None
            or _inverse_rate.__class__ is str
            and not _inverse_rate
        ):
            inverse_rate = None
        else:
            inverse_rate = decimal_from_json(_inverse_rate)

        from_date = d.pop("from_date", None)

        to_date = d.pop("to_date", UNSET)
        if isinstance(to_date, Unset):
            to_date = None

        _currency = d.pop("currency", None)
        currency: CurrencyShort | None
        if _currency is None:
            currency = None
        else:
            currency = CurrencyShort.from_dict(_currency)

        currency_rate_period = cls(
            id=id,
            rate=rate,
            inverse_rate=inverse_rate,
            from_date=from_date,
            to_date=to_date,
            currency=currency,
        )
        currency_rate_period._wire_keys = keys_seen

        currency_rate_period.additional_properties = d
        return currency_rate_period

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.currency_short import CurrencyShort
