from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, wire_keys

T = TypeVar("T", bound="DtoValueOfPercent")


@_attrs_define
class DtoValueOfPercent:
    """Update wrapper for a percentage (`DtoValueOfDecimal` in the vendor's spec).

    Attributes:
        value (Decimal | None): A percentage the client sends (0-100, at most 6 decimals).
    """

    value: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "value": "value",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "value": DecimalLimits(
            multiple_of=Decimal("0.000001"),
            minimum=Decimal(0),
            maximum=Decimal(100),
        ),
    }

    def to_dict(self) -> dict[str, Any]:
        value: Decimal | None = None
        if self.value is not None:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DtoValueOfPercent: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _value = d.pop("value", UNSET)
        value: Decimal | None
        if isinstance(_value, Unset):
            value = None
        else:
            value = decimal_from_json(_value)

        dto_value_of_percent = cls(
            value=value,
        )
        dto_value_of_percent._wire_keys = keys_seen

        dto_value_of_percent.additional_properties = d
        return dto_value_of_percent

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
