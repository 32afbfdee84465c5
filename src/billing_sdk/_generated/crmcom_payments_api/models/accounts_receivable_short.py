from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounts_receivable_life_cycle_state import (
    AccountsReceivableLifeCycleState,
)
from ..types import open_enum, wire_keys

T = TypeVar("T", bound="AccountsReceivableShort")


@_attrs_define
class AccountsReceivableShort:
    """The accounts receivable a payment is allocated to.

    Attributes:
        id (str | None):
        number (str | None):
        name (str | None):
        life_cycle_state (AccountsReceivableLifeCycleState | str | None):
        account_owner (AccountOwnerShort | None): The contact that owns the accounts receivable.
    """

    id: str | None = None
    number: str | None = None
    name: str | None = None
    life_cycle_state: AccountsReceivableLifeCycleState | str | None = None
    account_owner: AccountOwnerShort | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "number": "number",
        "name": "name",
        "life_cycle_state": "life_cycle_state",
        "account_owner": "account_owner",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name = self.name

        life_cycle_state: str | None = None
        if self.life_cycle_state is not None:
            life_cycle_state = str(self.life_cycle_state)

        account_owner: dict[str, Any] | None = None
        if self.account_owner is not None:
            account_owner = self.account_owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if number is not None:
            field_dict["number"] = number
        if name is not None:
            field_dict["name"] = name
        if life_cycle_state is not None:
            field_dict["life_cycle_state"] = life_cycle_state
        if account_owner is not None:
            field_dict["account_owner"] = account_owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountsReceivableShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        number = d.pop("number", None)

        name = d.pop("name", None)

        _life_cycle_state = d.pop("life_cycle_state", None)
        life_cycle_state: AccountsReceivableLifeCycleState | str | None
        if _life_cycle_state is None:
            life_cycle_state = None
        else:
            life_cycle_state = open_enum(
                AccountsReceivableLifeCycleState,
                _life_cycle_state,
                "AccountsReceivableShort.life_cycle_state",
            )

        _account_owner = d.pop("account_owner", None)
        account_owner: AccountOwnerShort | None
        if _account_owner is None:
            account_owner = None
        else:
            account_owner = AccountOwnerShort.from_dict(_account_owner)

        accounts_receivable_short = cls(
            id=id,
            number=number,
            name=name,
            life_cycle_state=life_cycle_state,
            account_owner=account_owner,
        )
        accounts_receivable_short._wire_keys = keys_seen

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
