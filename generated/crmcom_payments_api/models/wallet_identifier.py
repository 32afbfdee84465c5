from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletIdentifier")


@_attrs_define
class WalletIdentifier:
    """Wallet identifier (R14+): exactly one of id, number.

    Attributes:
        id (str | Unset): A value of an identifier field (ID, number, name, code ...).
        number (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET
    number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WalletIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        wallet_identifier = cls(
            id=id,
            number=number,
        )

        return wallet_identifier
