from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="InvoiceContactDto")


@_attrs_define
class InvoiceContactDto:
    """Invoice contact of the document.

    Attributes:
        contact_id (int | None):
        business_name (str | None):
        attention (str | None):
        email (str | None):
        phone1 (str | None):
        override_contact (bool | None):
    """

    contact_id: int | None = None
    business_name: str | None = None
    attention: str | None = None
    email: str | None = None
    phone1: str | None = None
    override_contact: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "contactId": "contact_id",
        "businessName": "business_name",
        "attention": "attention",
        "email": "email",
        "phone1": "phone1",
        "overrideContact": "override_contact",
    }

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        business_name = self.business_name

        attention = self.attention

        email = self.email

        phone1 = self.phone1

        override_contact = self.override_contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not None:
            field_dict["contactId"] = contact_id
        if business_name is not None:
            field_dict["businessName"] = business_name
        if attention is not None:
            field_dict["attention"] = attention
        if email is not None:
            field_dict["email"] = email
        if phone1 is not None:
            field_dict["phone1"] = phone1
        if override_contact is not None:
            field_dict["overrideContact"] = override_contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InvoiceContactDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        contact_id = d.pop("contactId", None)

        business_name = d.pop("businessName", None)

        attention = d.pop("attention", None)

        email = d.pop("email", None)

        phone1 = d.pop("phone1", None)

        override_contact = d.pop("overrideContact", None)

        invoice_contact_dto = cls(
            contact_id=contact_id,
            business_name=business_name,
            attention=attention,
            email=email,
            phone1=phone1,
            override_contact=override_contact,
        )
        invoice_contact_dto._wire_keys = keys_seen

        invoice_contact_dto.additional_properties = d
        return invoice_contact_dto

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
