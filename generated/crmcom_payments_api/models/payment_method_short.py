from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodShort")


@_attrs_define
class PaymentMethodShort:
    """A payment method (e.g. "Cash", "Direct Debit").

    Attributes:
        id (str | Unset):
        name (str | Unset):
        alternative_code (str | Unset):
        description (None | str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    alternative_code: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        alternative_code = self.alternative_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if alternative_code is not UNSET:
            field_dict["alternative_code"] = alternative_code
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentMethodShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET

        alternative_code = d.pop("alternative_code", UNSET)
        if alternative_code is None:
            alternative_code = UNSET

        description = d.pop("description", UNSET)

        payment_method_short = cls(
            id=id,
            name=name,
            alternative_code=alternative_code,
            description=description,
        )

        payment_method_short.additional_properties = d
        return payment_method_short

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
