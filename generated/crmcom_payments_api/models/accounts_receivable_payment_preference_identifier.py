from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsReceivablePaymentPreferenceIdentifier")


@_attrs_define
class AccountsReceivablePaymentPreferenceIdentifier:
    """Accounts receivable payment preference identifier (exactly one field: id). The preference must belong to the
    payment's accounts receivable.

        Attributes:
            id (str | Unset): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountsReceivablePaymentPreferenceIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        accounts_receivable_payment_preference_identifier = cls(
            id=id,
        )

        return accounts_receivable_payment_preference_identifier
