from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="DtoValueOfNullableOfBoolean")


@_attrs_define
class DtoValueOfNullableOfBoolean:
    """Update wrapper for an optional boolean; `null` clears it.

    Attributes:
        value (bool | None):
    """

    value: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "value": "value",
    }

    def to_dict(self) -> dict[str, Any]:
        value: bool | None = None
        if self.value is not None:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not None or "value" in self._wire_keys:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DtoValueOfNullableOfBoolean: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        value = d.pop("value", UNSET)
        if isinstance(value, Unset):
            value = None

        dto_value_of_nullable_of_boolean = cls(
            value=value,
        )
        dto_value_of_nullable_of_boolean._wire_keys = keys_seen

        dto_value_of_nullable_of_boolean.additional_properties = d
        return dto_value_of_nullable_of_boolean

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
