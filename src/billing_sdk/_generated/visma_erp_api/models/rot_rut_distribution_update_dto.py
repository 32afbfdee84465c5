from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="RotRutDistributionUpdateDto")


@_attrs_define
class RotRutDistributionUpdateDto:
    """A ROT/RUT distribution line in an update body.

    Attributes:
        operation (LineOperation | None): What to do with a line in an update body (plain value, not wrapped).
        line_nbr (DtoValueOfNullableOfInt32 | None): Update wrapper for an optional 32-bit integer; `null` clears it.
        personal_id (DtoValueOfString | None): Update wrapper for a string.
        amount (DtoValueOfNullableOfAmount | None): Update wrapper for an optional monetary amount; `null` clears it
            (`DtoValueOfNullableOfDecimal` in the vendor's spec).
        extra (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean; `null` clears it.
    """

    operation: LineOperation | None = None
    line_nbr: DtoValueOfNullableOfInt32 | None = None
    personal_id: DtoValueOfString | None = None
    amount: DtoValueOfNullableOfAmount | None = None
    extra: DtoValueOfNullableOfBoolean | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "operation": "operation",
        "lineNbr": "line_nbr",
        "personalId": "personal_id",
        "amount": "amount",
        "extra": "extra",
    }

    def to_dict(self) -> dict[str, Any]:
        operation: str | None = None
        if self.operation is not None:
            operation = str(self.operation)

        line_nbr: dict[str, Any] | None = None
        if self.line_nbr is not None:
            line_nbr = self.line_nbr.to_dict()

        personal_id: dict[str, Any] | None = None
        if self.personal_id is not None:
            personal_id = self.personal_id.to_dict()

        amount: dict[str, Any] | None = None
        if self.amount is not None:
            amount = self.amount.to_dict()

        extra: dict[str, Any] | None = None
        if self.extra is not None:
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not None:
            field_dict["operation"] = operation
        if line_nbr is not None:
            field_dict["lineNbr"] = line_nbr
        if personal_id is not None:
            field_dict["personalId"] = personal_id
        if amount is not None:
            field_dict["amount"] = amount
        if extra is not None:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RotRutDistributionUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | None
        if isinstance(_operation, Unset):
            operation = None
        else:
            operation = LineOperation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | None
        if isinstance(_line_nbr, Unset):
            line_nbr = None
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _personal_id = d.pop("personalId", UNSET)
        personal_id: DtoValueOfString | None
        if isinstance(_personal_id, Unset):
            personal_id = None
        else:
            personal_id = DtoValueOfString.from_dict(_personal_id)

        _amount = d.pop("amount", UNSET)
        amount: DtoValueOfNullableOfAmount | None
        if isinstance(_amount, Unset):
            amount = None
        else:
            amount = DtoValueOfNullableOfAmount.from_dict(_amount)

        _extra = d.pop("extra", UNSET)
        extra: DtoValueOfNullableOfBoolean | None
        if isinstance(_extra, Unset):
            extra = None
        else:
            extra = DtoValueOfNullableOfBoolean.from_dict(_extra)

        rot_rut_distribution_update_dto = cls(
            operation=operation,
            line_nbr=line_nbr,
            personal_id=personal_id,
            amount=amount,
            extra=extra,
        )
        rot_rut_distribution_update_dto._wire_keys = keys_seen

        rot_rut_distribution_update_dto.additional_properties = d
        return rot_rut_distribution_update_dto

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
from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
from ..models.dto_value_of_string import DtoValueOfString
