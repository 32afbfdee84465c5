from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitIdentifier")


@_attrs_define
class UnitIdentifier:
    """Unit identifier, also used for business units (the vendor includes the unit identifier page for both): exactly one
    of id, name, alternative_code.

        Attributes:
            id (str | Unset): A value of an identifier field (ID, number, name, code ...).
            name (str | Unset): A value of an identifier field (ID, number, name, code ...).
            alternative_code (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    alternative_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        alternative_code = self.alternative_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if alternative_code is not UNSET:
            field_dict["alternative_code"] = alternative_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UnitIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        alternative_code = d.pop("alternative_code", UNSET)

        unit_identifier = cls(
            id=id,
            name=name,
            alternative_code=alternative_code,
        )

        return unit_identifier
