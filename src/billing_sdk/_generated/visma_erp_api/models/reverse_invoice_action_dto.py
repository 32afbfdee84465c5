from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="ReverseInvoiceActionDto")


@_attrs_define
class ReverseInvoiceActionDto:
    """Body of the reverse actions.

    Attributes:
        return_credit_note (bool | None): Return the created credit note in the result.
    """

    return_credit_note: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "returnCreditNote": "return_credit_note",
    }

    def to_dict(self) -> dict[str, Any]:
        return_credit_note = self.return_credit_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_credit_note is not None:
            field_dict["returnCreditNote"] = return_credit_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ReverseInvoiceActionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        return_credit_note = d.pop("returnCreditNote", None)

        reverse_invoice_action_dto = cls(
            return_credit_note=return_credit_note,
        )
        reverse_invoice_action_dto._wire_keys = keys_seen

        reverse_invoice_action_dto.additional_properties = d
        return reverse_invoice_action_dto

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
