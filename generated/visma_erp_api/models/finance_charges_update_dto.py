from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="FinanceChargesUpdateDto")


@_attrs_define
class FinanceChargesUpdateDto:
    """A finance charge line of a payment update.

    Attributes:
        operation (LineOperation | Unset): What to do with a line in an update body (plain value, not wrapped).
        entry_type (DtoValueOfString | Unset): Update wrapper for a string.
        offset_account (DtoValueOfString | Unset): Update wrapper for a string.
        offset_sub_account (DtoValueOfString | Unset): Update wrapper for a string.
        description (DtoValueOfString | Unset): Update wrapper for a string.
        amount (DtoValueOfDecimal | Unset): Update wrapper for a decimal (JSON number; the SDK treats it as Decimal).
            Magnitudes of 1e15 and more are refused (400); digits below 1e-12 are rounded off.
        line_nbr (DtoValueOfInt32 | Unset): Update wrapper for a 32-bit integer.
    """

    operation: LineOperation | Unset = UNSET
    entry_type: DtoValueOfString | Unset = UNSET
    offset_account: DtoValueOfString | Unset = UNSET
    offset_sub_account: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    amount: DtoValueOfDecimal | Unset = UNSET
    line_nbr: DtoValueOfInt32 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        entry_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry_type, Unset):
            entry_type = self.entry_type.to_dict()

        offset_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_account, Unset):
            offset_account = self.offset_account.to_dict()

        offset_sub_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_sub_account, Unset):
            offset_sub_account = self.offset_sub_account.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if entry_type is not UNSET:
            field_dict["entryType"] = entry_type
        if offset_account is not UNSET:
            field_dict["offsetAccount"] = offset_account
        if offset_sub_account is not UNSET:
            field_dict["offsetSubAccount"] = offset_sub_account
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = LineOperation(_operation)

        _entry_type = d.pop("entryType", UNSET)
        entry_type: DtoValueOfString | Unset
        if isinstance(_entry_type, Unset):
            entry_type = UNSET
        else:
            entry_type = DtoValueOfString.from_dict(_entry_type)

        _offset_account = d.pop("offsetAccount", UNSET)
        offset_account: DtoValueOfString | Unset
        if isinstance(_offset_account, Unset):
            offset_account = UNSET
        else:
            offset_account = DtoValueOfString.from_dict(_offset_account)

        _offset_sub_account = d.pop("offsetSubAccount", UNSET)
        offset_sub_account: DtoValueOfString | Unset
        if isinstance(_offset_sub_account, Unset):
            offset_sub_account = UNSET
        else:
            offset_sub_account = DtoValueOfString.from_dict(_offset_sub_account)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfDecimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = DtoValueOfDecimal.from_dict(_amount)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfInt32.from_dict(_line_nbr)

        finance_charges_update_dto = cls(
            operation=operation,
            entry_type=entry_type,
            offset_account=offset_account,
            offset_sub_account=offset_sub_account,
            description=description,
            amount=amount,
            line_nbr=line_nbr,
        )

        finance_charges_update_dto.additional_properties = d
        return finance_charges_update_dto

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
