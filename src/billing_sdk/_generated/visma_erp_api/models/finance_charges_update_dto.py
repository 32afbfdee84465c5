from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="FinanceChargesUpdateDto")


@_attrs_define
class FinanceChargesUpdateDto:
    """A finance charge line of a payment update.

    Attributes:
        operation (LineOperation | None): What to do with a line in an update body (plain value, not wrapped).
        entry_type (DtoValueOfString | None): Update wrapper for a string.
        offset_account (DtoValueOfString | None): Update wrapper for a string.
        offset_sub_account (DtoValueOfString | None): Update wrapper for a string.
        description (DtoValueOfString | None): Update wrapper for a string.
        amount (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal` in the vendor's
            spec).
        line_nbr (DtoValueOfInt32 | None): Update wrapper for a 32-bit integer.
    """

    operation: LineOperation | None = None
    entry_type: DtoValueOfString | None = None
    offset_account: DtoValueOfString | None = None
    offset_sub_account: DtoValueOfString | None = None
    description: DtoValueOfString | None = None
    amount: DtoValueOfAmount | None = None
    line_nbr: DtoValueOfInt32 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "operation": "operation",
        "entryType": "entry_type",
        "offsetAccount": "offset_account",
        "offsetSubAccount": "offset_sub_account",
        "description": "description",
        "amount": "amount",
        "lineNbr": "line_nbr",
    }

    def to_dict(self) -> dict[str, Any]:
        operation: str | None = None
        if self.operation is not None:
            operation = str(self.operation)

        entry_type: dict[str, Any] | None = None
        if self.entry_type is not None:
            entry_type = self.entry_type.to_dict()

        offset_account: dict[str, Any] | None = None
        if self.offset_account is not None:
            offset_account = self.offset_account.to_dict()

        offset_sub_account: dict[str, Any] | None = None
        if self.offset_sub_account is not None:
            offset_sub_account = self.offset_sub_account.to_dict()

        description: dict[str, Any] | None = None
        if self.description is not None:
            description = self.description.to_dict()

        amount: dict[str, Any] | None = None
        if self.amount is not None:
            amount = self.amount.to_dict()

        line_nbr: dict[str, Any] | None = None
        if self.line_nbr is not None:
            line_nbr = self.line_nbr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not None:
            field_dict["operation"] = operation
        if entry_type is not None:
            field_dict["entryType"] = entry_type
        if offset_account is not None:
            field_dict["offsetAccount"] = offset_account
        if offset_sub_account is not None:
            field_dict["offsetSubAccount"] = offset_sub_account
        if description is not None:
            field_dict["description"] = description
        if amount is not None:
            field_dict["amount"] = amount
        if line_nbr is not None:
            field_dict["lineNbr"] = line_nbr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FinanceChargesUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | None
        if isinstance(_operation, Unset):
            operation = None
        else:
            operation = LineOperation(_operation)

        _entry_type = d.pop("entryType", UNSET)
        entry_type: DtoValueOfString | None
        if isinstance(_entry_type, Unset):
            entry_type = None
        else:
            entry_type = DtoValueOfString.from_dict(_entry_type)

        _offset_account = d.pop("offsetAccount", UNSET)
        offset_account: DtoValueOfString | None
        if isinstance(_offset_account, Unset):
            offset_account = None
        else:
            offset_account = DtoValueOfString.from_dict(_offset_account)

        _offset_sub_account = d.pop("offsetSubAccount", UNSET)
        offset_sub_account: DtoValueOfString | None
        if isinstance(_offset_sub_account, Unset):
            offset_sub_account = None
        else:
            offset_sub_account = DtoValueOfString.from_dict(_offset_sub_account)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | None
        if isinstance(_description, Unset):
            description = None
        else:
            description = DtoValueOfString.from_dict(_description)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfAmount | None
        if isinstance(_amount, Unset):
            amount = None
        else:
            amount = DtoValueOfAmount.from_dict(_amount)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfInt32 | None
        if isinstance(_line_nbr, Unset):
            line_nbr = None
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
        finance_charges_update_dto._wire_keys = keys_seen

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


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.dto_value_of_amount import DtoValueOfAmount
from ..models.dto_value_of_int_32 import DtoValueOfInt32
from ..models.dto_value_of_string import DtoValueOfString
