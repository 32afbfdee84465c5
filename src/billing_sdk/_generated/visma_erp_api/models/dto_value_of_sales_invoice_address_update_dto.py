from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="DtoValueOfSalesInvoiceAddressUpdateDto")


@_attrs_define
class DtoValueOfSalesInvoiceAddressUpdateDto:
    """Update wrapper for the billing address object.

    Attributes:
        value (SalesInvoiceAddressUpdateDto | None): Billing address fields (each wrapped); carried inside
            DtoValueOfSalesInvoiceAddressUpdateDto.
    """

    value: SalesInvoiceAddressUpdateDto | None = None
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
        value: dict[str, Any] | None = None
        if self.value is not None:
            value = self.value.to_dict()

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
                f"DtoValueOfSalesInvoiceAddressUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _value = d.pop("value", UNSET)
        value: SalesInvoiceAddressUpdateDto | None
        if isinstance(_value, Unset):
            value = None
        else:
            value = SalesInvoiceAddressUpdateDto.from_dict(_value)

        dto_value_of_sales_invoice_address_update_dto = cls(
            value=value,
        )
        dto_value_of_sales_invoice_address_update_dto._wire_keys = keys_seen

        dto_value_of_sales_invoice_address_update_dto.additional_properties = d
        return dto_value_of_sales_invoice_address_update_dto

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
from ..models.sales_invoice_address_update_dto import SalesInvoiceAddressUpdateDto
