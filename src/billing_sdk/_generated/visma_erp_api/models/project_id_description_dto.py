from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="ProjectIdDescriptionDto")


@_attrs_define
class ProjectIdDescriptionDto:
    """Project or project task reference.

    Attributes:
        internal_id (int | None): The internal identifier.
        id (str | None): The identifier.
        description (str | None): The description.
    """

    internal_id: int | None = None
    id: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "internalId": "internal_id",
        "id": "id",
        "description": "description",
    }

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not None:
            field_dict["internalId"] = internal_id
        if id is not None:
            field_dict["id"] = id
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectIdDescriptionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        internal_id = d.pop("internalId", None)

        id = d.pop("id", None)

        description = d.pop("description", None)

        project_id_description_dto = cls(
            internal_id=internal_id,
            id=id,
            description=description,
        )
        project_id_description_dto._wire_keys = keys_seen

        project_id_description_dto.additional_properties = d
        return project_id_description_dto

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
