from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecimalLimits, decimal_from_json, wire_keys

T = TypeVar("T", bound="RotRutDistributionDto")


@_attrs_define
class RotRutDistributionDto:
    """Distribution of the ROT/RUT deduction over one person.

    Attributes:
        line_nbr (int | None):
        personal_id (str | None):
        amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        extra (bool | None):
    """

    line_nbr: int | None = None
    personal_id: str | None = None
    amount: Decimal | None = None
    extra: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "lineNbr": "line_nbr",
        "personalId": "personal_id",
        "amount": "amount",
        "extra": "extra",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        personal_id = self.personal_id

        amount: Decimal | None = None
        if self.amount is not None:
            amount = self.amount

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
                f"RotRutDistributionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        line_nbr = d.pop("lineNbr", None)

        personal_id = d.pop("personalId", None)

        _amount = d.pop("amount", None)
        amount: Decimal | None
        if _amount is None or _amount.__class__ is str and not _amount:
            amount = None
        else:
            amount = decimal_from_json(_amount)

        extra = d.pop("extra", None)

        rot_rut_distribution_dto = cls(
            line_nbr=line_nbr,
            personal_id=personal_id,
            amount=amount,
            extra=extra,
        )
        rot_rut_distribution_dto._wire_keys = keys_seen

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
