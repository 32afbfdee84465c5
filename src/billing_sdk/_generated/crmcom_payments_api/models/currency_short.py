from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="CurrencyShort")


@_attrs_define
class CurrencyShort:
    """A currency.

    Attributes:
        id (str | None):
        code (str | None): ISO 4217 code.
        description (None | str):
    """

    id: str | None = None
    code: str | None = None
    description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "code": "code",
        "description": "description",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        description: None | str = None
        if self.description is not None:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if code is not None:
            field_dict["code"] = code
        if description is not None or "description" in self._wire_keys:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CurrencyShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        code = d.pop("code", None)

        description = d.pop("description", UNSET)
        if isinstance(description, Unset):
            description = None

        currency_short = cls(
            id=id,
            code=code,
            description=description,
        )
        currency_short._wire_keys = keys_seen

        currency_short.additional_properties = d
        return currency_short

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
