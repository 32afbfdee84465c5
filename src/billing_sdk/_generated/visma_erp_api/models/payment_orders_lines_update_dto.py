from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="PaymentOrdersLinesUpdateDto")


@_attrs_define
class PaymentOrdersLinesUpdateDto:
    """An "order to apply" line of a payment update.

    Attributes:
        operation (LineOperation | None): What to do with a line in an update body (plain value, not wrapped).
        order_type (DtoValueOfString | None): Update wrapper for a string.
        order_number (DtoValueOfString | None): Update wrapper for a string.
        applied_to_order (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal` in the
            vendor's spec).
    """

    operation: LineOperation | None = None
    order_type: DtoValueOfString | None = None
    order_number: DtoValueOfString | None = None
    applied_to_order: DtoValueOfAmount | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "operation": "operation",
        "orderType": "order_type",
        "orderNumber": "order_number",
        "appliedToOrder": "applied_to_order",
    }

    def to_dict(self) -> dict[str, Any]:
        operation: str | None = None
        if self.operation is not None:
            operation = str(self.operation)

        order_type: dict[str, Any] | None = None
        if self.order_type is not None:
            order_type = self.order_type.to_dict()

        order_number: dict[str, Any] | None = None
        if self.order_number is not None:
            order_number = self.order_number.to_dict()

        applied_to_order: dict[str, Any] | None = None
        if self.applied_to_order is not None:
            applied_to_order = self.applied_to_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not None:
            field_dict["operation"] = operation
        if order_type is not None:
            field_dict["orderType"] = order_type
        if order_number is not None:
            field_dict["orderNumber"] = order_number
        if applied_to_order is not None:
            field_dict["appliedToOrder"] = applied_to_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentOrdersLinesUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | None
        if isinstance(_operation, Unset):
            operation = None
        else:
            operation = LineOperation(_operation)

        _order_type = d.pop("orderType", UNSET)
        order_type: DtoValueOfString | None
        if isinstance(_order_type, Unset):
            order_type = None
        else:
            order_type = DtoValueOfString.from_dict(_order_type)

        _order_number = d.pop("orderNumber", UNSET)
        order_number: DtoValueOfString | None
        if isinstance(_order_number, Unset):
            order_number = None
        else:
            order_number = DtoValueOfString.from_dict(_order_number)

        _applied_to_order = d.pop("appliedToOrder", UNSET)
        applied_to_order: DtoValueOfAmount | None
        if isinstance(_applied_to_order, Unset):
            applied_to_order = None
        else:
            applied_to_order = DtoValueOfAmount.from_dict(_applied_to_order)

        payment_orders_lines_update_dto = cls(
            operation=operation,
            order_type=order_type,
            order_number=order_number,
            applied_to_order=applied_to_order,
        )
        payment_orders_lines_update_dto._wire_keys = keys_seen

        payment_orders_lines_update_dto.additional_properties = d
        return payment_orders_lines_update_dto

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
from ..models.dto_value_of_amount import DtoValueOfAmount
from ..models.dto_value_of_string import DtoValueOfString
