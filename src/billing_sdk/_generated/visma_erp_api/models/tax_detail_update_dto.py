from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="TaxDetailUpdateDto")


@_attrs_define
class TaxDetailUpdateDto:
    """A VAT line in an update body.

    Attributes:
        tax_id (DtoValueOfString | None): Update wrapper for a string.
        taxable_amount (DtoValueOfNullableOfAmount | None): Update wrapper for an optional monetary amount; `null`
            clears it (`DtoValueOfNullableOfDecimal` in the vendor's spec).
        vat_amount (DtoValueOfNullableOfAmount | None): Update wrapper for an optional monetary amount; `null` clears it
            (`DtoValueOfNullableOfDecimal` in the vendor's spec).
        expense_amount (DtoValueOfNullableOfAmount | None): Update wrapper for an optional monetary amount; `null`
            clears it (`DtoValueOfNullableOfDecimal` in the vendor's spec).
    """

    tax_id: DtoValueOfString | None = None
    taxable_amount: DtoValueOfNullableOfAmount | None = None
    vat_amount: DtoValueOfNullableOfAmount | None = None
    expense_amount: DtoValueOfNullableOfAmount | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "taxId": "tax_id",
        "taxableAmount": "taxable_amount",
        "vatAmount": "vat_amount",
        "expenseAmount": "expense_amount",
    }

    def to_dict(self) -> dict[str, Any]:
        tax_id: dict[str, Any] | None = None
        if self.tax_id is not None:
            tax_id = self.tax_id.to_dict()

        taxable_amount: dict[str, Any] | None = None
        if self.taxable_amount is not None:
            taxable_amount = self.taxable_amount.to_dict()

        vat_amount: dict[str, Any] | None = None
        if self.vat_amount is not None:
            vat_amount = self.vat_amount.to_dict()

        expense_amount: dict[str, Any] | None = None
        if self.expense_amount is not None:
            expense_amount = self.expense_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not None:
            field_dict["taxId"] = tax_id
        if taxable_amount is not None:
            field_dict["taxableAmount"] = taxable_amount
        if vat_amount is not None:
            field_dict["vatAmount"] = vat_amount
        if expense_amount is not None:
            field_dict["expenseAmount"] = expense_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TaxDetailUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _tax_id = d.pop("taxId", UNSET)
        tax_id: DtoValueOfString | None
        if isinstance(_tax_id, Unset):
            tax_id = None
        else:
            tax_id = DtoValueOfString.from_dict(_tax_id)

        _taxable_amount = d.pop("taxableAmount", UNSET)
        taxable_amount: DtoValueOfNullableOfAmount | None
        if isinstance(_taxable_amount, Unset):
            taxable_amount = None
        else:
            taxable_amount = DtoValueOfNullableOfAmount.from_dict(_taxable_amount)

        _vat_amount = d.pop("vatAmount", UNSET)
        vat_amount: DtoValueOfNullableOfAmount | None
        if isinstance(_vat_amount, Unset):
            vat_amount = None
        else:
            vat_amount = DtoValueOfNullableOfAmount.from_dict(_vat_amount)

        _expense_amount = d.pop("expenseAmount", UNSET)
        expense_amount: DtoValueOfNullableOfAmount | None
        if isinstance(_expense_amount, Unset):
            expense_amount = None
        else:
            expense_amount = DtoValueOfNullableOfAmount.from_dict(_expense_amount)

        tax_detail_update_dto = cls(
            tax_id=tax_id,
            taxable_amount=taxable_amount,
            vat_amount=vat_amount,
            expense_amount=expense_amount,
        )
        tax_detail_update_dto._wire_keys = keys_seen

        tax_detail_update_dto.additional_properties = d
        return tax_detail_update_dto

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
from ..models.dto_value_of_nullable_of_amount import DtoValueOfNullableOfAmount
from ..models.dto_value_of_string import DtoValueOfString
