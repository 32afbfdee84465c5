from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="CurrencyIdentifier")


@_attrs_define
class CurrencyIdentifier:
    """Currency identifier: exactly one of id, code (ISO 4217 code, e.g. EUR).

    Attributes:
        id (str | None): A value of an identifier field (ID, number, name, code ...).
        code (str | None): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | None = None
    code: str | None = None
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "code": "code",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if code is not None:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CurrencyIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        code = d.pop("code", None)

        currency_identifier = cls(
            id=id,
            code=code,
        )
        currency_identifier._wire_keys = keys_seen

        return currency_identifier
