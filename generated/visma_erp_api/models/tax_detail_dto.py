from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecimalLimits, Unset, decimal_from_json

T = TypeVar("T", bound="TaxDetailDto")


@_attrs_define
class TaxDetailDto:
    """A VAT detail line of a document.

    Attributes:
        tax_id (str | Unset): The ID of the VAT applied.
        record_id (int | Unset): Database id; used to update a VAT record.
        vat_id (NumberDescriptionDto | Unset): Reference by number and description (VAT id).
        vat_rate (Decimal | Unset): The VAT rate.
        taxable_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        vat_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        expense_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
    """

    tax_id: str | Unset = UNSET
    record_id: int | Unset = UNSET
    vat_id: NumberDescriptionDto | Unset = UNSET
    vat_rate: Decimal | Unset = UNSET
    taxable_amount: Decimal | Unset = UNSET
    vat_amount: Decimal | Unset = UNSET
    expense_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "vat_rate": DecimalLimits(),
        "taxable_amount": DecimalLimits(),
        "vat_amount": DecimalLimits(),
        "expense_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        record_id = self.record_id

        vat_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_id, Unset):
            vat_id = self.vat_id.to_dict()

        vat_rate: Decimal | Unset = UNSET
        if not isinstance(self.vat_rate, Unset):
            vat_rate = self.vat_rate

        taxable_amount: Decimal | Unset = UNSET
        if not isinstance(self.taxable_amount, Unset):
            taxable_amount = self.taxable_amount

        vat_amount: Decimal | Unset = UNSET
        if not isinstance(self.vat_amount, Unset):
            vat_amount = self.vat_amount

        expense_amount: Decimal | Unset = UNSET
        if not isinstance(self.expense_amount, Unset):
            expense_amount = self.expense_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if record_id is not UNSET:
            field_dict["recordId"] = record_id
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if expense_amount is not UNSET:
            field_dict["expenseAmount"] = expense_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TaxDetailDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        tax_id = d.pop("taxId", UNSET)
        if tax_id is None:
            tax_id = UNSET

        record_id = d.pop("recordId", UNSET)
        if record_id is None:
            record_id = UNSET

        _vat_id = d.pop("vatId", None)
        vat_id: NumberDescriptionDto | Unset
        if _vat_id is None:
            vat_id = UNSET
        else:
            vat_id = NumberDescriptionDto.from_dict(_vat_id)

        _vat_rate = d.pop("vatRate", None)
        vat_rate: Decimal | Unset
        if _vat_rate is None or _vat_rate == "":
            vat_rate = UNSET
        else:
            vat_rate = decimal_from_json(_vat_rate)

        _taxable_amount = d.pop("taxableAmount", None)
        taxable_amount: Decimal | Unset
        if _taxable_amount is None or _taxable_amount == "":
            taxable_amount = UNSET
        else:
            taxable_amount = decimal_from_json(_taxable_amount)

        _vat_amount = d.pop("vatAmount", None)
        vat_amount: Decimal | Unset
        if _vat_amount is None or _vat_amount == "":
            vat_amount = UNSET
        else:
            vat_amount = decimal_from_json(_vat_amount)

        _expense_amount = d.pop("expenseAmount", None)
        expense_amount: Decimal | Unset
        if _expense_amount is None or _expense_amount == "":
            expense_amount = UNSET
        else:
            expense_amount = decimal_from_json(_expense_amount)

        tax_detail_dto = cls(
            tax_id=tax_id,
            record_id=record_id,
            vat_id=vat_id,
            vat_rate=vat_rate,
            taxable_amount=taxable_amount,
            vat_amount=vat_amount,
            expense_amount=expense_amount,
        )

        tax_detail_dto.additional_properties = d
        return tax_detail_dto

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
from ..models.number_description_dto import NumberDescriptionDto
