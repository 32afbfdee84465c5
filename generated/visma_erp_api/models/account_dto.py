from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_types import AccountTypes
from ..types import UNSET, Unset, open_enum

T = TypeVar("T", bound="AccountDto")


@_attrs_define
class AccountDto:
    """General ledger (sales) account used for the transaction.

    Attributes:
        type_ (AccountTypes | str | Unset): General ledger account type.
        external_code_1 (str | Unset): Account class identifier.
        external_code_2 (str | Unset): Account class name.
        active (bool | Unset):
        number (str | Unset): The account number.
        description (str | Unset): The account description.
    """

    type_: AccountTypes | str | Unset = UNSET
    external_code_1: str | Unset = UNSET
    external_code_2: str | Unset = UNSET
    active: bool | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        external_code_1 = self.external_code_1

        external_code_2 = self.external_code_2

        active = self.active

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_code_1 is not UNSET:
            field_dict["externalCode1"] = external_code_1
        if external_code_2 is not UNSET:
            field_dict["externalCode2"] = external_code_2
        if active is not UNSET:
            field_dict["active"] = active
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", None)
        type_: AccountTypes | str | Unset
        if _type_ is None:
            type_ = UNSET
        else:
            type_ = open_enum(AccountTypes, _type_, "AccountDto.type")

        external_code_1 = d.pop("externalCode1", UNSET)
        if external_code_1 is None:
            external_code_1 = UNSET

        external_code_2 = d.pop("externalCode2", UNSET)
        if external_code_2 is None:
            external_code_2 = UNSET

        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET

        number = d.pop("number", UNSET)
        if number is None:
            number = UNSET

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET

        account_dto = cls(
            type_=type_,
            external_code_1=external_code_1,
            external_code_2=external_code_2,
            active=active,
            number=number,
            description=description,
        )

        account_dto.additional_properties = d
        return account_dto

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
