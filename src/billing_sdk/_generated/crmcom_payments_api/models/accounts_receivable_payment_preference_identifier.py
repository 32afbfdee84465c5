from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="AccountsReceivablePaymentPreferenceIdentifier")


@_attrs_define
class AccountsReceivablePaymentPreferenceIdentifier:
    """Accounts receivable payment preference identifier (exactly one field: id). The preference must belong to the
    payment's accounts receivable.

        Attributes:
            id (str | None): A value of an identifier field (ID, number, name, code ...).
    """

    id: str | None = None
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not None:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AccountsReceivablePaymentPreferenceIdentifier: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        accounts_receivable_payment_preference_identifier = cls(
            id=id,
        )
        accounts_receivable_payment_preference_identifier._wire_keys = keys_seen

        return accounts_receivable_payment_preference_identifier
