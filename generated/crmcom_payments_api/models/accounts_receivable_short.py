from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounts_receivable_life_cycle_state import (
    AccountsReceivableLifeCycleState,
)
from ..types import UNSET, Unset, open_enum

T = TypeVar("T", bound="AccountsReceivableShort")


@_attrs_define
class AccountsReceivableShort:
    """The accounts receivable a payment is allocated to.

    Attributes:
        id (str | Unset):
        number (str | Unset):
        name (str | Unset):
        life_cycle_state (AccountsReceivableLifeCycleState | str | Unset):
        account_owner (AccountOwnerShort | Unset): The contact that owns the accounts receivable.
    """

    id: str | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    life_cycle_state: AccountsReceivableLifeCycleState | str | Unset = UNSET
    account_owner: AccountOwnerShort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name = self.name

        life_cycle_state: str | Unset = UNSET
        if not isinstance(self.life_cycle_state, Unset):
            life_cycle_state = str(self.life_cycle_state)

        account_owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_owner, Unset):
            account_owner = self.account_owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if life_cycle_state is not UNSET:
            field_dict["life_cycle_state"] = life_cycle_state
        if account_owner is not UNSET:
            field_dict["account_owner"] = account_owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountsReceivableShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET

        number = d.pop("number", UNSET)
        if number is None:
            number = UNSET

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET

        _life_cycle_state = d.pop("life_cycle_state", None)
        life_cycle_state: AccountsReceivableLifeCycleState | str | Unset
        if _life_cycle_state is None:
            life_cycle_state = UNSET
        else:
            life_cycle_state = open_enum(
                AccountsReceivableLifeCycleState,
                _life_cycle_state,
                "AccountsReceivableShort.life_cycle_state",
            )

        _account_owner = d.pop("account_owner", None)
        account_owner: AccountOwnerShort | Unset
        if _account_owner is None:
            account_owner = UNSET
        else:
            account_owner = AccountOwnerShort.from_dict(_account_owner)

        accounts_receivable_short = cls(
            id=id,
            number=number,
            name=name,
            life_cycle_state=life_cycle_state,
            account_owner=account_owner,
        )

        accounts_receivable_short.additional_properties = d
        return accounts_receivable_short

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


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.account_owner_short import AccountOwnerShort
