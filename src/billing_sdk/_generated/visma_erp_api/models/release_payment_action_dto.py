from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="ReleasePaymentActionDto")


@_attrs_define
class ReleasePaymentActionDto:
    """Body of the payment release action (the type of the payment, wrapped).

    Attributes:
        type_ (DtoValueOfNullableOfPaymentTypes | None): Update wrapper for an optional payment type.
    """

    type_: DtoValueOfNullableOfPaymentTypes | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any] | None = None
        if self.type_ is not None:
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ReleasePaymentActionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _type_ = d.pop("type", UNSET)
        type_: DtoValueOfNullableOfPaymentTypes | None
        if isinstance(_type_, Unset):
            type_ = None
        else:
            type_ = DtoValueOfNullableOfPaymentTypes.from_dict(_type_)

        release_payment_action_dto = cls(
            type_=type_,
        )
        release_payment_action_dto._wire_keys = keys_seen

        release_payment_action_dto.additional_properties = d
        return release_payment_action_dto

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
from ..models.dto_value_of_nullable_of_payment_types import (
    DtoValueOfNullableOfPaymentTypes,
)
