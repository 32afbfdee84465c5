from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserShort")


@_attrs_define
class UserShort:
    """A user.

    Attributes:
        id (str | Unset):
        username (str | Unset):
        person_name (None | str | Unset):
    """

    id: str | Unset = UNSET
    username: str | Unset = UNSET
    person_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        person_name: None | str | Unset
        if isinstance(self.person_name, Unset):
            person_name = UNSET
        else:
            person_name = self.person_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if person_name is not UNSET:
            field_dict["person_name"] = person_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UserShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET

        username = d.pop("username", UNSET)
        if username is None:
            username = UNSET

        person_name = d.pop("person_name", UNSET)

        user_short = cls(
            id=id,
            username=username,
            person_name=person_name,
        )

        user_short.additional_properties = d
        return user_short

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
