from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="UnitShort")


@_attrs_define
class UnitShort:
    """A unit, as in the vendor's received_by_unit example.

    Attributes:
        id (str | None):
        name (str | None):
        alternative_code (str | None):
        description (None | str):
        community_name (None | str):
        group_name (None | str):
    """

    id: str | None = None
    name: str | None = None
    alternative_code: str | None = None
    description: None | str = None
    community_name: None | str = None
    group_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "alternative_code": "alternative_code",
        "description": "description",
        "community_name": "community_name",
        "group_name": "group_name",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        alternative_code = self.alternative_code

        description: None | str = None
        if self.description is not None:
            description = self.description

        community_name: None | str = None
        if self.community_name is not None:
            community_name = self.community_name

        group_name: None | str = None
        if self.group_name is not None:
            group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if alternative_code is not None:
            field_dict["alternative_code"] = alternative_code
        if description is not None or "description" in self._wire_keys:
            field_dict["description"] = description
        if community_name is not None or "community_name" in self._wire_keys:
            field_dict["community_name"] = community_name
        if group_name is not None or "group_name" in self._wire_keys:
            field_dict["group_name"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UnitShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        name = d.pop("name", None)

        alternative_code = d.pop("alternative_code", None)

        description = d.pop("description", UNSET)
        if isinstance(description, Unset):
            description = None

        community_name = d.pop("community_name", UNSET)
        if isinstance(community_name, Unset):
            community_name = None

        group_name = d.pop("group_name", UNSET)
        if isinstance(group_name, Unset):
            group_name = None

        unit_short = cls(
            id=id,
            name=name,
            alternative_code=alternative_code,
            description=description,
            community_name=community_name,
            group_name=group_name,
        )
        unit_short._wire_keys = keys_seen

        unit_short.additional_properties = d
        return unit_short

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
