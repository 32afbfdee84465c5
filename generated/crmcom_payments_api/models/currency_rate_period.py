from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_short import CurrencyShort


T = TypeVar("T", bound="CurrencyRatePeriod")


@_attrs_define
class CurrencyRatePeriod:
    """A currency rate period (R10+).

    Attributes:
        id (str | Unset):
        rate (float | Unset):
        inverse_rate (float | Unset):
        from_date (str | Unset): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
        to_date (None | str | Unset): A LocalDateTime, or null when not (yet) set.
        currency (CurrencyShort | Unset): A currency.
    """

    id: str | Unset = UNSET
    rate: float | Unset = UNSET
    inverse_rate: float | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: None | str | Unset = UNSET
    currency: CurrencyShort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rate = self.rate

        inverse_rate = self.inverse_rate

        from_date = self.from_date

        to_date: None | str | Unset
        if isinstance(self.to_date, Unset):
            to_date = UNSET
        else:
            to_date = self.to_date

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rate is not UNSET:
            field_dict["rate"] = rate
        if inverse_rate is not UNSET:
            field_dict["inverse_rate"] = inverse_rate
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_short import CurrencyShort

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        rate = d.pop("rate", UNSET)

        inverse_rate = d.pop("inverse_rate", UNSET)

        from_date = d.pop("from_date", UNSET)

        def _parse_to_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_date = _parse_to_date(d.pop("to_date", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: CurrencyShort | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
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
