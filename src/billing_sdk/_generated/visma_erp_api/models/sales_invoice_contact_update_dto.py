from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="SalesInvoiceContactUpdateDto")


@_attrs_define
class SalesInvoiceContactUpdateDto:
    """Invoice contact fields (each wrapped); carried inside DtoValueOfSalesInvoiceContactUpdateDto.

    Attributes:
        override_contact (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean; `null` clears it.
        name (DtoValueOfString | None): Update wrapper for a string.
        attention (DtoValueOfString | None): Update wrapper for a string.
        email (DtoValueOfString | None): Update wrapper for a string.
        phone1 (DtoValueOfString | None): Update wrapper for a string.
    """

    override_contact: DtoValueOfNullableOfBoolean | None = None
    name: DtoValueOfString | None = None
    attention: DtoValueOfString | None = None
    email: DtoValueOfString | None = None
    phone1: DtoValueOfString | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "overrideContact": "override_contact",
        "name": "name",
        "attention": "attention",
        "email": "email",
        "phone1": "phone1",
    }

    def to_dict(self) -> dict[str, Any]:
        override_contact: dict[str, Any] | None = None
        if self.override_contact is not None:
            override_contact = self.override_contact.to_dict()

        name: dict[str, Any] | None = None
        if self.name is not None:
            name = self.name.to_dict()

        attention: dict[str, Any] | None = None
        if self.attention is not None:
            attention = self.attention.to_dict()

        email: dict[str, Any] | None = None
        if self.email is not None:
            email = self.email.to_dict()

        phone1: dict[str, Any] | None = None
        if self.phone1 is not None:
            phone1 = self.phone1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_contact is not None:
            field_dict["overrideContact"] = override_contact
        if name is not None:
            field_dict["name"] = name
        if attention is not None:
            field_dict["attention"] = attention
        if email is not None:
            field_dict["email"] = email
        if phone1 is not None:
            field_dict["phone1"] = phone1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SalesInvoiceContactUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _override_contact = d.pop("overrideContact", UNSET)
        override_contact: DtoValueOfNullableOfBoolean | None
        if isinstance(_override_contact, Unset):
            override_contact = None
        else:
            override_contact = DtoValueOfNullableOfBoolean.from_dict(_override_contact)

        _name = d.pop("name", UNSET)
        name: DtoValueOfString | None
        if isinstance(_name, Unset):
            name = None
        else:
            name = DtoValueOfString.from_dict(_name)

        _attention = d.pop("attention", UNSET)
        attention: DtoValueOfString | None
        if isinstance(_attention, Unset):
            attention = None
        else:
            attention = DtoValueOfString.from_dict(_attention)

        _email = d.pop("email", UNSET)
        email: DtoValueOfString | None
        if isinstance(_email, Unset):
            email = None
        else:
            email = DtoValueOfString.from_dict(_email)

        _phone1 = d.pop("phone1", UNSET)
        phone1: DtoValueOfString | None
        if isinstance(_phone1, Unset):
            phone1 = None
        else:
            phone1 = DtoValueOfString.from_dict(_phone1)

        sales_invoice_contact_update_dto = cls(
            override_contact=override_contact,
            name=name,
            attention=attention,
            email=email,
            phone1=phone1,
        )
        sales_invoice_contact_update_dto._wire_keys = keys_seen

        sales_invoice_contact_update_dto.additional_properties = d
        return sales_invoice_contact_update_dto

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
from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
from ..models.dto_value_of_string import DtoValueOfString
