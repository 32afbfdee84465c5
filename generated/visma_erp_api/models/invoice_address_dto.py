from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceAddressDto")


@_attrs_define
class InvoiceAddressDto:
    """Invoice address of the document.

    Attributes:
        address_id (int | Unset):
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        postal_code (str | Unset):
        city (str | Unset):
        country (CountryDto | Unset): Country (ISO 3166 two-letter id and name).
        county (IdNameDto | Unset): Reference by id and name (county).
        override_address (bool | Unset): The address is not the customer's default invoice address.
    """

    address_id: int | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: CountryDto | Unset = UNSET
    county: IdNameDto | Unset = UNSET
    override_address: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city = self.city

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        county: dict[str, Any] | Unset = UNSET
        if not isinstance(self.county, Unset):
            county = self.county.to_dict()

        override_address = self.override_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if county is not UNSET:
            field_dict["county"] = county
        if override_address is not UNSET:
            field_dict["overrideAddress"] = override_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InvoiceAddressDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        address_id = d.pop("addressId", UNSET)
        if address_id is None:
            address_id = UNSET

        address_line_1 = d.pop("addressLine1", UNSET)
        if address_line_1 is None:
            address_line_1 = UNSET

        address_line_2 = d.pop("addressLine2", UNSET)
        if address_line_2 is None:
            address_line_2 = UNSET

        address_line_3 = d.pop("addressLine3", UNSET)
        if address_line_3 is None:
            address_line_3 = UNSET

        postal_code = d.pop("postalCode", UNSET)
        if postal_code is None:
            postal_code = UNSET

        city = d.pop("city", UNSET)
        if city is None:
            city = UNSET

        _country = d.pop("country", None)
        country: CountryDto | Unset
        if _country is None:
            country = UNSET
        else:
            country = CountryDto.from_dict(_country)

        _county = d.pop("county", None)
        county: IdNameDto | Unset
        if _county is None:
            county = UNSET
        else:
            county = IdNameDto.from_dict(_county)

        override_address = d.pop("overrideAddress", UNSET)
        if override_address is None:
            override_address = UNSET

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
