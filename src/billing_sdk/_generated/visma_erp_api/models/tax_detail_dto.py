from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecimalLimits, decimal_from_json, wire_keys

T = TypeVar("T", bound="TaxDetailDto")


@_attrs_define
class TaxDetailDto:
    """A VAT detail line of a document.

    Attributes:
        tax_id (str | None): The ID of the VAT applied.
        record_id (int | None): Database id; used to update a VAT record.
        vat_id (NumberDescriptionDto | None): Reference by number and description (VAT id).
        vat_rate (Decimal | None): The VAT rate.
        taxable_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        vat_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        expense_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
    """

    tax_id: str | None = None
    record_id: int | None = None
    vat_id: NumberDescriptionDto | None = None
    vat_rate: Decimal | None = None
    taxable_amount: Decimal | None = None
    vat_amount: Decimal | None = None
    expense_amount: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "taxId": "tax_id",
        "recordId": "record_id",
        "vatId": "vat_id",
        "vatRate": "vat_rate",
        "taxableAmount": "taxable_amount",
        "vatAmount": "vat_amount",
        "expenseAmount": "expense_amount",
    }
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

        vat_id: dict[str, Any] | None = None
        if self.vat_id is not None:
            vat_id = self.vat_id.to_dict()

        vat_rate: Decimal | None = None
        if self.vat_rate is not None:
            vat_rate = self.vat_rate

        taxable_amount: Decimal | None = None
        if self.taxable_amount is not None:
            taxable_amount = self.taxable_amount

        vat_amount: Decimal | None = None
        if self.vat_amount is not None:
            vat_amount = self.vat_amount

        expense_amount: Decimal | None = None
        if self.expense_amount is not None:
            expense_amount = self.expense_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not None:
            field_dict["taxId"] = tax_id
        if record_id is not None:
            field_dict["recordId"] = record_id
        if vat_id is not None:
            field_dict["vatId"] = vat_id
        if vat_rate is not None:
            field_dict["vatRate"] = vat_rate
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
                f"TaxDetailDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        tax_id = d.pop("taxId", None)

        record_id = d.pop("recordId", None)

        _vat_id = d.pop("vatId", None)
        vat_id: NumberDescriptionDto | None
        if _vat_id is None:
            vat_id = None
        else:
            vat_id = NumberDescriptionDto.from_dict(_vat_id)

        _vat_rate = d.pop("vatRate", None)
        vat_rate: Decimal | None
        if _vat_rate is None or _vat_rate.__class__ is str and not _vat_rate:
            vat_rate = None
        else:
            vat_rate = decimal_from_json(_vat_rate)

        _taxable_amount = d.pop("taxableAmount", None)
        taxable_amount: Decimal | None
        if (
            _taxable_amount is None
            or _taxable_amount.__class__ is str
            and not _taxable_amount
        ):
            taxable_amount = None
        else:
            taxable_amount = decimal_from_json(_taxable_amount)

        _vat_amount = d.pop("vatAmount", None)
        vat_amount: Decimal | None
        if _vat_amount is None or _vat_amount.__class__ is str and not _vat_amount:
            vat_amount = None
        else:
            vat_amount = decimal_from_json(_vat_amount)

        _expense_amount = d.pop("expenseAmount", None)
        expense_amount: Decimal | None
        if (
            _expense_amount is None
            or _expense_amount.__class__ is str
            and not _expense_amount
        ):
            expense_amount = None
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
        tax_detail_dto._wire_keys = keys_seen

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
