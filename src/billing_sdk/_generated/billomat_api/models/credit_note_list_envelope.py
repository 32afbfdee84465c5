from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="CreditNoteListEnvelope")


@_attrs_define
class CreditNoteListEnvelope:
    """List response: {"credit-notes": {"credit-note": [...], "@page": ..., "@per_page": ..., "@total": ...}}.

    Attributes:
        credit_notes (CreditNotePage): Content of the plural key: the credit notes plus pagination. `credit-note` is an
            array for two or more hits, a single object for exactly one hit, and absent for no hits.
    """

    credit_notes: CreditNotePage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "credit-notes": "credit_notes",
    }

    def to_dict(self) -> dict[str, Any]:
        credit_notes = self.credit_notes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit-notes": credit_notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreditNoteListEnvelope: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        credit_notes = CreditNotePage.from_dict(d.pop("credit-notes"))

        credit_note_list_envelope = cls(
            credit_notes=credit_notes,
        )
        credit_note_list_envelope._wire_keys = keys_seen

        credit_note_list_envelope.additional_properties = d
        return credit_note_list_envelope

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
from ..models.credit_note_page import CreditNotePage
