from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="CardIdentifier")


@_attrs_define
class CardIdentifier:
    """Payment gateway card identifier: exactly one of id, payment_gateway_reference_number, last_digits. Cards are looked
    up among the cards of the accounts receivable owner.

        Attributes:
            id (str | None): A value of an identifier field (ID, number, name, code ...).
            payment_gateway_reference_number (str | None): A value of an identifier field (ID, number, name, code ...).
            last_digits (str | None): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | None = None
    payment_gateway_reference_number: str | None = None
    last_digits: str | None = None
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "payment_gateway_reference_number": "payment_gateway_reference_number",
        "last_digits": "last_digits",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payment_gateway_reference_number = self.payment_gateway_reference_number

        last_digits = self.last_digits

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if payment_gateway_reference_number is not None:
            field_dict["payment_gateway_reference_number"] = (
                payment_gateway_reference_number
            )
        if last_digits is not None:
            field_dict["last_digits"] = last_digits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CardIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        payment_gateway_reference_number = d.pop(
            "payment_gateway_reference_number", None
        )

        last_digits = d.pop("last_digits", None)

        card_identifier = cls(
            id=id,
            payment_gateway_reference_number=payment_gateway_reference_number,
            last_digits=last_digits,
        )
        card_identifier._wire_keys = keys_seen

        return card_identifier
