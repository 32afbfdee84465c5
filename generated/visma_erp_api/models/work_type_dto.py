from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rut_rot_types import RutRotTypes
from ..types import UNSET, Unset, open_enum

T = TypeVar("T", bound="WorkTypeDto")


@_attrs_define
class WorkTypeDto:
    """A ROT/RUT work type.

    Attributes:
        rut_rot_type (RutRotTypes | str | Unset): Swedish household-service deduction type.
        description (str | Unset):
        xml_tag (str | Unset):
    """

    rut_rot_type: RutRotTypes | str | Unset = UNSET
    description: str | Unset = UNSET
    xml_tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rut_rot_type: str | Unset = UNSET
        if not isinstance(self.rut_rot_type, Unset):
            rut_rot_type = str(self.rut_rot_type)

        description = self.description

        xml_tag = self.xml_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rut_rot_type is not UNSET:
            field_dict["rutRotType"] = rut_rot_type
        if description is not UNSET:
            field_dict["description"] = description
        if xml_tag is not UNSET:
            field_dict["xmlTag"] = xml_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WorkTypeDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _rut_rot_type = d.pop("rutRotType", None)
        rut_rot_type: RutRotTypes | str | Unset
        if _rut_rot_type is None:
            rut_rot_type = UNSET
        else:
            rut_rot_type = open_enum(
                RutRotTypes, _rut_rot_type, "WorkTypeDto.rutRotType"
            )

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET

        xml_tag = d.pop("xmlTag", UNSET)
        if xml_tag is None:
            xml_tag = UNSET

        work_type_dto = cls(
            rut_rot_type=rut_rot_type,
            description=description,
            xml_tag=xml_tag,
        )

        work_type_dto.additional_properties = d
        return work_type_dto

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
