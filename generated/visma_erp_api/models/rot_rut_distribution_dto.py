from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecimalLimits, Unset, decimal_from_json

T = TypeVar("T", bound="RotRutDistributionDto")


@_attrs_define
class RotRutDistributionDto:
    """Distribution of the ROT/RUT deduction over one person.

    Attributes:
        line_nbr (int | Unset):
        personal_id (str | Unset):
        amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        extra (bool | Unset):
    """

    line_nbr: int | Unset = UNSET
    personal_id: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    extra: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        personal_id = self.personal_id

        amount: Decimal | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if personal_id is not UNSET:
            field_dict["personalId"] = personal_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RotRutDistributionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)
        if line_nbr is None:
            line_nbr = UNSET

        personal_id = d.pop("personalId", UNSET)
        if personal_id is None:
            personal_id = UNSET

        _amount = d.pop("amount", None)
        amount: Decimal | Unset
        if _amount is None or _amount == "":
            amount = UNSET
        else:
            amount = decimal_from_json(_amount)

        extra = d.pop("extra", UNSET)
        if extra is None:
            extra = UNSET

        rot_rut_distribution_dto = cls(
            line_nbr=line_nbr,
            personal_id=personal_id,
            amount=amount,
            extra=extra,
        )

        rot_rut_distribution_dto.additional_properties = d
        return rot_rut_distribution_dto

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
