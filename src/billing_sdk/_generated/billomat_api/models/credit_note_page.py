from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="CreditNotePage")


@_attrs_define
class CreditNotePage:
    """Content of the plural key: the credit notes plus pagination. `credit-note` is an array for two or more hits, a
    single object for exactly one hit, and absent for no hits.

        Attributes:
            page (str): Current page number, as a string of digits (e.g. "1").
            per_page (str): Entries per page, as a string of digits (e.g. "100").
            total (str): Total number of matching entries across all pages, as a string of digits.
            credit_note (CreditNote | list[CreditNote] | None):
    """

    page: str
    per_page: str
    total: str
    credit_note: CreditNote | list[CreditNote] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "@page": "page",
        "@per_page": "per_page",
        "@total": "total",
        "credit-note": "credit_note",
    }

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        total = self.total

        credit_note: dict[str, Any] | list[dict[str, Any]] | None = None
        if self.credit_note is not None:
            if isinstance(self.credit_note, list):
                credit_note = []
                for credit_note_type_0_item_data in self.credit_note:
                    credit_note_type_0_item = credit_note_type_0_item_data.to_dict()
                    credit_note.append(credit_note_type_0_item)

            else:
                credit_note = self.credit_note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@page": page,
                "@per_page": per_page,
                "@total": total,
            }
        )
        if credit_note is not None:
            field_dict["credit-note"] = credit_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreditNotePage: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        page = d.pop("@page")

        per_page = d.pop("@per_page")

        total = d.pop("@total")

        def _parse_credit_note(data: object) -> CreditNote | list[CreditNote] | None:
            if isinstance(data, Unset) or data is None:
                return None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _credit_note_type_0 = data
                if not isinstance(_credit_note_type_0, list):
                    raise TypeError(
                        f"credit_note_type_0: expected an array, got {type(_credit_note_type_0).__name__}"
                    )
                credit_note_type_0 = []
                for credit_note_type_0_item_data in _credit_note_type_0:
                    credit_note_type_0_item = CreditNote.from_dict(
                        credit_note_type_0_item_data
                    )

                    credit_note_type_0.append(credit_note_type_0_item)

                return credit_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_note_type_1 = CreditNote.from_dict(data)

                return credit_note_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"credit-note: no member of the union accepts {type(data).__name__}"
            )

        credit_note = _parse_credit_note(d.pop("credit-note", UNSET))

        credit_note_page = cls(
            page=page,
            per_page=per_page,
            total=total,
            credit_note=credit_note,
        )
        credit_note_page._wire_keys = keys_seen

        credit_note_page.additional_properties = d
        return credit_note_page

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
from ..models.credit_note import CreditNote
