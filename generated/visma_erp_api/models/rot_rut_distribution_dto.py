from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RotRutDistributionDto")


@_attrs_define
class RotRutDistributionDto:
    """Distribution of the ROT/RUT deduction over one person.

    Attributes:
        line_nbr (int | Unset):
        personal_id (str | Unset):
        amount (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        extra (bool | Unset):
    """

    line_nbr: int | Unset = UNSET
    personal_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    extra: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        personal_id = self.personal_id

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
        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        personal_id = d.pop("personalId", UNSET)

        amount = d.pop("amount", UNSET)

        extra = d.pop("extra", UNSET)

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
