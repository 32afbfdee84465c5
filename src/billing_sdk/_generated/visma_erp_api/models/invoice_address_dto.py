from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="InvoiceAddressDto")


@_attrs_define
class InvoiceAddressDto:
    """Invoice address of the document.

    Attributes:
        address_id (int | None):
        address_line_1 (str | None):
        address_line_2 (str | None):
        address_line_3 (str | None):
        postal_code (str | None):
        city (str | None):
        country (CountryDto | None): Country (ISO 3166 two-letter id and name).
        county (IdNameDto | None): Reference by id and name (county).
        override_address (bool | None): The address is not the customer's default invoice address.
    """

    address_id: int | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_line_3: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: CountryDto | None = None
    county: IdNameDto | None = None
    override_address: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "addressId": "address_id",
        "addressLine1": "address_line_1",
        "addressLine2": "address_line_2",
        "addressLine3": "address_line_3",
        "postalCode": "postal_code",
        "city": "city",
        "country": "country",
        "county": "county",
        "overrideAddress": "override_address",
    }

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city = self.city

        country: dict[str, Any] | None = None
        if self.country is not None:
            country = self.country.to_dict()

        county: dict[str, Any] | None = None
        if self.county is not None:
            county = self.county.to_dict()

        override_address = self.override_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_id is not None:
            field_dict["addressId"] = address_id
        if address_line_1 is not None:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not None:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not None:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not None:
            field_dict["postalCode"] = postal_code
        if city is not None:
            field_dict["city"] = city
        if country is not None:
            field_dict["country"] = country
        if county is not None:
            field_dict["county"] = county
        if override_address is not None:
            field_dict["overrideAddress"] = override_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InvoiceAddressDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        address_id = d.pop("addressId", None)

        address_line_1 = d.pop("addressLine1", None)

        address_line_2 = d.pop("addressLine2", None)

        address_line_3 = d.pop("addressLine3", None)

        postal_code = d.pop("postalCode", None)

        city = d.pop("city", None)

        _country = d.pop("country", None)
        country: CountryDto | None
        if _country is None:
            country = None
        else:
            country = CountryDto.from_dict(_country)

        _county = d.pop("county", None)
        county: IdNameDto | None
        if _county is None:
            county = None
        else:
            county = IdNameDto.from_dict(_county)

        override_address = d.pop("overrideAddress", None)

        invoice_address_dto = cls(
            address_id=address_id,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city=city,
            country=country,
            county=county,
            override_address=override_address,
        )
        invoice_address_dto._wire_keys = keys_seen

        invoice_address_dto.additional_properties = d
        return invoice_address_dto

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
from ..models.country_dto import CountryDto
from ..models.id_name_dto import IdNameDto
