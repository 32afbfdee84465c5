from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitMandateDto")


@_attrs_define
class DirectDebitMandateDto:
    """Customer direct debit mandate.

    Attributes:
        id (UUID | Unset):
        mandate_id (str | Unset):
        mandate_description (str | Unset):
    """

    id: UUID | Unset = UNSET
    mandate_id: str | Unset = UNSET
    mandate_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        mandate_id = self.mandate_id

        mandate_description = self.mandate_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mandate_id is not UNSET:
            field_dict["mandateId"] = mandate_id
        if mandate_description is not UNSET:
            field_dict["mandateDescription"] = mandate_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DirectDebitMandateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _id = d.pop("id", None)
        id: UUID | Unset
        if _id is None or _id == "":
            id = UNSET
        else:
            id = UUID(_id)

        mandate_id = d.pop("mandateId", UNSET)
        if mandate_id is None:
            mandate_id = UNSET

        mandate_description = d.pop("mandateDescription", UNSET)
        if mandate_description is None:
            mandate_description = UNSET

        direct_debit_mandate_dto = cls(
            id=id,
            mandate_id=mandate_id,
            mandate_description=mandate_description,
        )

        direct_debit_mandate_dto.additional_properties = d
        return direct_debit_mandate_dto

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
