from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_types import PaymentTypes
from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="VoidPaymentActionDto")


@_attrs_define
class VoidPaymentActionDto:
    """Body of the payment void action.

    Attributes:
        type_ (DtoValueOfNullableOfPaymentTypes | PaymentTypes | None):
        return_void_payment (bool | None): Return the created void payment in the result.
    """

    type_: DtoValueOfNullableOfPaymentTypes | PaymentTypes | None = None
    return_void_payment: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "returnVoidPayment": "return_void_payment",
    }

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any] | str | None = None
        if self.type_ is not None:
            if isinstance(self.type_, PaymentTypes):
                type_ = str(self.type_)
            else:
                type_ = self.type_.to_dict()

        return_void_payment = self.return_void_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if return_void_payment is not None:
            field_dict["returnVoidPayment"] = return_void_payment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VoidPaymentActionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)

        def _parse_type_(
            data: object,
        ) -> DtoValueOfNullableOfPaymentTypes | PaymentTypes | None:
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PaymentTypes(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_1 = DtoValueOfNullableOfPaymentTypes.from_dict(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"type: no member of the union accepts {type(data).__name__}"
            )

        type_ = _parse_type_(d.pop("type", UNSET))

        return_void_payment = d.pop("returnVoidPayment", None)

        void_payment_action_dto = cls(
            type_=type_,
            return_void_payment=return_void_payment,
        )
        void_payment_action_dto._wire_keys = keys_seen

        void_payment_action_dto.additional_properties = d
        return void_payment_action_dto

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
