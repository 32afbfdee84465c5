from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="RejectionReasonEntry")


@_attrs_define
class RejectionReasonEntry:
    """Item of payments/configuration/rejection_reasons/list.

    Attributes:
        default (bool | None): Whether this is the default rejection reason.
        rejection_reason (RejectionReason | None): A payment rejection reason.
    """

    default: bool | None = None
    rejection_reason: RejectionReason | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "default": "default",
        "rejection_reason": "rejection_reason",
    }

    def to_dict(self) -> dict[str, Any]:
        default = self.default

        rejection_reason: dict[str, Any] | None = None
        if self.rejection_reason is not None:
            rejection_reason = self.rejection_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not None:
            field_dict["default"] = default
        if rejection_reason is not None:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RejectionReasonEntry: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        default = d.pop("default", None)

        _rejection_reason = d.pop("rejection_reason", None)
        rejection_reason: RejectionReason | None
        if _rejection_reason is None:
            rejection_reason = None
        else:
            rejection_reason = RejectionReason.from_dict(_rejection_reason)

        rejection_reason_entry = cls(
            default=default,
            rejection_reason=rejection_reason,
        )
        rejection_reason_entry._wire_keys = keys_seen

        rejection_reason_entry.additional_properties = d
        return rejection_reason_entry

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
from ..models.rejection_reason import RejectionReason
