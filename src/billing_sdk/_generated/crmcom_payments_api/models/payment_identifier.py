from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="PaymentIdentifier")


@_attrs_define
class PaymentIdentifier:
    """Payment identifier: exactly one of id, number, reference_number, back_office_code (R9.1+).

    Attributes:
        id (str | None): A value of an identifier field (ID, number, name, code ...).
        number (str | None): A value of an identifier field (ID, number, name, code ...).
        reference_number (str | None): A value of an identifier field (ID, number, name, code ...).
        back_office_code (str | None): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | None = None
    number: str | None = None
    reference_number: str | None = None
    back_office_code: str | None = None
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "number": "number",
        "reference_number": "reference_number",
        "back_office_code": "back_office_code",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        reference_number = self.reference_number

        back_office_code = self.back_office_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if number is not None:
            field_dict["number"] = number
        if reference_number is not None:
            field_dict["reference_number"] = reference_number
        if back_office_code is not None:
            field_dict["back_office_code"] = back_office_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        number = d.pop("number", None)

        reference_number = d.pop("reference_number", None)

        back_office_code = d.pop("back_office_code", None)

        payment_identifier = cls(
            id=id,
            number=number,
            reference_number=reference_number,
            back_office_code=back_office_code,
        )
        payment_identifier._wire_keys = keys_seen

        return payment_identifier
