from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyIdentifier")


@_attrs_define
class CurrencyIdentifier:
    """Currency identifier: exactly one of id, code (ISO 4217 code, e.g. EUR).

    Attributes:
        id (str | Unset): A value of an identifier field (ID, number, name, code ...).
        code (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET
    code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CurrencyIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        currency_identifier = cls(
            id=id,
            code=code,
        )

        return currency_identifier
