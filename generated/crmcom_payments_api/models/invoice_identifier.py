from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceIdentifier")


@_attrs_define
class InvoiceIdentifier:
    """Invoice identifier: exactly one of id, number, reference_number, back_office_code (R9.1+).

    Attributes:
        id (str | Unset): A value of an identifier field (ID, number, name, code ...).
        number (str | Unset): A value of an identifier field (ID, number, name, code ...).
        reference_number (str | Unset): A value of an identifier field (ID, number, name, code ...).
        back_office_code (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET
    number: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    back_office_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        reference_number = self.reference_number

        back_office_code = self.back_office_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if back_office_code is not UNSET:
            field_dict["back_office_code"] = back_office_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InvoiceIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        back_office_code = d.pop("back_office_code", UNSET)

        invoice_identifier = cls(
            id=id,
            number=number,
            reference_number=reference_number,
            back_office_code=back_office_code,
        )

        return invoice_identifier
