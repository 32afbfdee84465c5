from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsReceivableIdentifier")


@_attrs_define
class AccountsReceivableIdentifier:
    """Accounts receivable identifier: exactly one of id, number, name.

    Attributes:
        id (str | Unset): A value of an identifier field (ID, number, name, code ...).
        number (str | Unset): A value of an identifier field (ID, number, name, code ...).
        name (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountsReceivableIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        accounts_receivable_identifier = cls(
            id=id,
            number=number,
            name=name,
        )

        return accounts_receivable_identifier
