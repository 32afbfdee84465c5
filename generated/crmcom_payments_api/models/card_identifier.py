from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardIdentifier")


@_attrs_define
class CardIdentifier:
    """Payment gateway card identifier: exactly one of id, payment_gateway_reference_number, last_digits. Cards are looked
    up among the cards of the accounts receivable owner.

        Attributes:
            id (str | Unset): A value of an identifier field (ID, number, name, code ...).
            payment_gateway_reference_number (str | Unset): A value of an identifier field (ID, number, name, code ...).
            last_digits (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET
    payment_gateway_reference_number: str | Unset = UNSET
    last_digits: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payment_gateway_reference_number = self.payment_gateway_reference_number

        last_digits = self.last_digits

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if payment_gateway_reference_number is not UNSET:
            field_dict["payment_gateway_reference_number"] = (
                payment_gateway_reference_number
            )
        if last_digits is not UNSET:
            field_dict["last_digits"] = last_digits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CardIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        payment_gateway_reference_number = d.pop(
            "payment_gateway_reference_number", UNSET
        )

        last_digits = d.pop("last_digits", UNSET)

        card_identifier = cls(
            id=id,
            payment_gateway_reference_number=payment_gateway_reference_number,
            last_digits=last_digits,
        )

        return card_identifier
