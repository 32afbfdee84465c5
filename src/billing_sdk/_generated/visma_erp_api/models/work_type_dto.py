from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rut_rot_types import RutRotTypes
from ..types import open_enum, wire_keys

T = TypeVar("T", bound="WorkTypeDto")


@_attrs_define
class WorkTypeDto:
    """A ROT/RUT work type.

    Attributes:
        rut_rot_type (RutRotTypes | str | None): Swedish household-service deduction type.
        description (str | None):
        xml_tag (str | None):
    """

    rut_rot_type: RutRotTypes | str | None = None
    description: str | None = None
    xml_tag: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "rutRotType": "rut_rot_type",
        "description": "description",
        "xmlTag": "xml_tag",
    }

    def to_dict(self) -> dict[str, Any]:
        rut_rot_type: str | None = None
        if self.rut_rot_type is not None:
            rut_rot_type = str(self.rut_rot_type)

        description = self.description

        xml_tag = self.xml_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rut_rot_type is not None:
            field_dict["rutRotType"] = rut_rot_type
        if description is not None:
            field_dict["description"] = description
        if xml_tag is not None:
            field_dict["xmlTag"] = xml_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WorkTypeDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _rut_rot_type = d.pop("rutRotType", None)
        rut_rot_type: RutRotTypes | str | None
        if _rut_rot_type is None:
            rut_rot_type = None
        else:
            rut_rot_type = open_enum(
                RutRotTypes, _rut_rot_type, "WorkTypeDto.rutRotType"
            )

        description = d.pop("description", None)

        xml_tag = d.pop("xmlTag", None)

        work_type_dto = cls(
            rut_rot_type=rut_rot_type,
            description=description,
            xml_tag=xml_tag,
        )
        work_type_dto._wire_keys = keys_seen

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
