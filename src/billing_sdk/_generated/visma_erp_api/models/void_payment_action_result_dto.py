from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_result import ActionResult
from ..models.payment_types import PaymentTypes
from ..types import open_enum, wire_keys

T = TypeVar("T", bound="VoidPaymentActionResultDto")


@_attrs_define
class VoidPaymentActionResultDto:
    """Result of the payment void action.

    Attributes:
        type_ (PaymentTypes | str | None): Customer payment document type.
        ref_nbr (str | None):
        void_payment (PaymentDto | None): A customer payment (read). In list pages every item carries `metadata`. All
            date-times are naive local timestamps (e.g. `2024-01-31T00:00:00`).
        action_id (UUID | None):
        action_result (ActionResult | str | None): Progress of an action; a 202 only means accepted, `Done` means
            completed.
        error_info (str | None):
    """

    type_: PaymentTypes | str | None = None
    ref_nbr: str | None = None
    void_payment: PaymentDto | None = None
    action_id: UUID | None = None
    action_result: ActionResult | str | None = None
    error_info: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "refNbr": "ref_nbr",
        "voidPayment": "void_payment",
        "actionId": "action_id",
        "actionResult": "action_result",
        "errorInfo": "error_info",
    }

    def to_dict(self) -> dict[str, Any]:
        type_: str | None = None
        if self.type_ is not None:
            type_ = str(self.type_)

        ref_nbr = self.ref_nbr

        void_payment: dict[str, Any] | None = None
        if self.void_payment is not None:
            void_payment = self.void_payment.to_dict()

        action_id: str | None = None
        if self.action_id is not None:
            action_id = str(self.action_id)

        action_result: str | None = None
        if self.action_result is not None:
            action_result = str(self.action_result)

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if ref_nbr is not None:
            field_dict["refNbr"] = ref_nbr
        if void_payment is not None:
            field_dict["voidPayment"] = void_payment
        if action_id is not None:
            field_dict["actionId"] = action_id
        if action_result is not None:
            field_dict["actionResult"] = action_result
        if error_info is not None:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VoidPaymentActionResultDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _type_ = d.pop("type", None)
        type_: PaymentTypes | str | None
        if _type_ is None:
            type_ = None
        else:
            type_ = open_enum(PaymentTypes, _type_, "VoidPaymentActionResultDto.type")

        ref_nbr = d.pop("refNbr", None)

        _void_payment = d.pop("voidPayment", None)
        void_payment: PaymentDto | None
        if _void_payment is None:
            void_payment = None
        else:
            void_payment = PaymentDto.from_dict(_void_payment)

        _action_id = d.pop("actionId", None)
        action_id: UUID | None
        if _action_id is None or _action_id == "":
            action_id = None
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", None)
        action_result: ActionResult | str | None
        if _action_result is None:
            action_result = None
        else:
            action_result = open_enum(
                ActionResult, _action_result, "VoidPaymentActionResultDto.actionResult"
            )

        error_info = d.pop("errorInfo", None)

        void_payment_action_result_dto = cls(
            type_=type_,
            ref_nbr=ref_nbr,
            void_payment=void_payment,
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )
        void_payment_action_result_dto._wire_keys = keys_seen

        void_payment_action_result_dto.additional_properties = d
        return void_payment_action_result_dto

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
from ..models.payment_dto import PaymentDto
