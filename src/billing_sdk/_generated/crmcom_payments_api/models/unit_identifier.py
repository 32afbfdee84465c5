from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="UnitIdentifier")


@_attrs_define
class UnitIdentifier:
    """Unit identifier, also used for business units (the vendor includes the unit identifier page for both): exactly one
    of id, name, alternative_code.

        Attributes:
            id (str | None): A value of an identifier field (ID, number, name, code ...).
            name (str | None): A value of an identifier field (ID, number, name, code ...).
            alternative_code (str | None): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | None = None
    name: str | None = None
    alternative_code: str | None = None
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "alternative_code": "alternative_code",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        alternative_code = self.alternative_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if alternative_code is not None:
            field_dict["alternative_code"] = alternative_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UnitIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        name = d.pop("name", None)

        alternative_code = d.pop("alternative_code", None)

        unit_identifier = cls(
            id=id,
            name=name,
            alternative_code=alternative_code,
        )
        unit_identifier._wire_keys = keys_seen

        return unit_identifier
