from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_types import AccountTypes
from ..types import open_enum, wire_keys

T = TypeVar("T", bound="AccountDto")


@_attrs_define
class AccountDto:
    """General ledger (sales) account used for the transaction.

    Attributes:
        type_ (AccountTypes | str | None): General ledger account type.
        external_code_1 (str | None): Account class identifier.
        external_code_2 (str | None): Account class name.
        active (bool | None):
        number (str | None): The account number.
        description (str | None): The account description.
    """

    type_: AccountTypes | str | None = None
    external_code_1: str | None = None
    external_code_2: str | None = None
    active: bool | None = None
    number: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "externalCode1": "external_code_1",
        "externalCode2": "external_code_2",
        "active": "active",
        "number": "number",
        "description": "description",
    }

    def to_dict(self) -> dict[str, Any]:
        type_: str | None = None
        if self.type_ is not None:
            type_ = str(self.type_)

        external_code_1 = self.external_code_1

        external_code_2 = self.external_code_2

        active = self.active

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if external_code_1 is not None:
            field_dict["externalCode1"] = external_code_1
        if external_code_2 is not None:
            field_dict["externalCode2"] = external_code_2
        if active is not None:
            field_dict["active"] = active
        if number is not None:
            field_dict["number"] = number
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _type_ = d.pop("type", None)
        type_: AccountTypes | str | None
        if _type_ is None:
            type_ = None
        else:
            type_ = open_enum(AccountTypes, _type_, "AccountDto.type")

        external_code_1 = d.pop("externalCode1", None)

        external_code_2 = d.pop("externalCode2", None)

        active = d.pop("active", None)

        number = d.pop("number", None)

        description = d.pop("description", None)

        account_dto = cls(
            type_=type_,
            external_code_1=external_code_1,
            external_code_2=external_code_2,
            active=active,
            number=number,
            description=description,
        )
        account_dto._wire_keys = keys_seen

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
