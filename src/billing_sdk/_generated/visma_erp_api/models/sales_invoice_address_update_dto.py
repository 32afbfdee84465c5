from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="SalesInvoiceAddressUpdateDto")


@_attrs_define
class SalesInvoiceAddressUpdateDto:
    """Billing address fields (each wrapped); carried inside DtoValueOfSalesInvoiceAddressUpdateDto.

    Attributes:
        override_address (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean; `null` clears it.
        address_line_1 (DtoValueOfString | None): Update wrapper for a string.
        address_line_2 (DtoValueOfString | None): Update wrapper for a string.
        address_line_3 (DtoValueOfString | None): Update wrapper for a string.
        postal_code (DtoValueOfString | None): Update wrapper for a string.
        city (DtoValueOfString | None): Update wrapper for a string.
        country_id (DtoValueOfString | None): Update wrapper for a string.
        county (DtoValueOfString | None): Update wrapper for a string.
    """

    override_address: DtoValueOfNullableOfBoolean | None = None
    address_line_1: DtoValueOfString | None = None
    address_line_2: DtoValueOfString | None = None
    address_line_3: DtoValueOfString | None = None
    postal_code: DtoValueOfString | None = None
    city: DtoValueOfString | None = None
    country_id: DtoValueOfString | None = None
    county: DtoValueOfString | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "overrideAddress": "override_address",
        "addressLine1": "address_line_1",
        "addressLine2": "address_line_2",
        "addressLine3": "address_line_3",
        "postalCode": "postal_code",
        "city": "city",
        "countryId": "country_id",
        "county": "county",
    }

    def to_dict(self) -> dict[str, Any]:
        override_address: dict[str, Any] | None = None
        if self.override_address is not None:
            override_address = self.override_address.to_dict()

        address_line_1: dict[str, Any] | None = None
        if self.address_line_1 is not None:
            address_line_1 = self.address_line_1.to_dict()

        address_line_2: dict[str, Any] | None = None
        if self.address_line_2 is not None:
            address_line_2 = self.address_line_2.to_dict()

        address_line_3: dict[str, Any] | None = None
        if self.address_line_3 is not None:
            address_line_3 = self.address_line_3.to_dict()

        postal_code: dict[str, Any] | None = None
        if self.postal_code is not None:
            postal_code = self.postal_code.to_dict()

        city: dict[str, Any] | None = None
        if self.city is not None:
            city = self.city.to_dict()

        country_id: dict[str, Any] | None = None
        if self.country_id is not None:
            country_id = self.country_id.to_dict()

        county: dict[str, Any] | None = None
        if self.county is not None:
            county = self.county.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_address is not None:
            field_dict["overrideAddress"] = override_address
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
        if country_id is not None:
            field_dict["countryId"] = country_id
        if county is not None:
            field_dict["county"] = county

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SalesInvoiceAddressUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _override_address = d.pop("overrideAddress", UNSET)
        override_address: DtoValueOfNullableOfBoolean | None
        if isinstance(_override_address, Unset):
            override_address = None
        else:
            override_address = DtoValueOfNullableOfBoolean.from_dict(_override_address)

        _address_line_1 = d.pop("addressLine1", UNSET)
        address_line_1: DtoValueOfString | None
        if isinstance(_address_line_1, Unset):
            address_line_1 = None
        else:
            address_line_1 = DtoValueOfString.from_dict(_address_line_1)

        _address_line_2 = d.pop("addressLine2", UNSET)
        address_line_2: DtoValueOfString | None
        if isinstance(_address_line_2, Unset):
            address_line_2 = None
        else:
            address_line_2 = DtoValueOfString.from_dict(_address_line_2)

        _address_line_3 = d.pop("addressLine3", UNSET)
        address_line_3: DtoValueOfString | None
        if isinstance(_address_line_3, Unset):
            address_line_3 = None
        else:
            address_line_3 = DtoValueOfString.from_dict(_address_line_3)

        _postal_code = d.pop("postalCode", UNSET)
        postal_code: DtoValueOfString | None
        if isinstance(_postal_code, Unset):
            postal_code = None
        else:
            postal_code = DtoValueOfString.from_dict(_postal_code)

        _city = d.pop("city", UNSET)
        city: DtoValueOfString | None
        if isinstance(_city, Unset):
            city = None
        else:
            city = DtoValueOfString.from_dict(_city)

        _country_id = d.pop("countryId", UNSET)
        country_id: DtoValueOfString | None
        if isinstance(_country_id, Unset):
            country_id = None
        else:
            country_id = DtoValueOfString.from_dict(_country_id)

        _county = d.pop("county", UNSET)
        county: DtoValueOfString | None
        if isinstance(_county, Unset):
            county = None
        else:
            county = DtoValueOfString.from_dict(_county)

        sales_invoice_address_update_dto = cls(
            override_address=override_address,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city=city,
            country_id=country_id,
            county=county,
        )
        sales_invoice_address_update_dto._wire_keys = keys_seen

        sales_invoice_address_update_dto.additional_properties = d
        return sales_invoice_address_update_dto

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
