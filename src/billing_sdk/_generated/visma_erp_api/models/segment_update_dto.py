from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="SegmentUpdateDto")


@_attrs_define
class SegmentUpdateDto:
    """One subaccount segment value (not wrapped).

    Attributes:
        segment_id (int | None):
        segment_value (str | None):
    """

    segment_id: int | None = None
    segment_value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "segmentId": "segment_id",
        "segmentValue": "segment_value",
    }

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_value = self.segment_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not None:
            field_dict["segmentId"] = segment_id
        if segment_value is not None:
            field_dict["segmentValue"] = segment_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SegmentUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        segment_id = d.pop("segmentId", None)

        segment_value = d.pop("segmentValue", None)

        segment_update_dto = cls(
            segment_id=segment_id,
            segment_value=segment_value,
        )
        segment_update_dto._wire_keys = keys_seen

        segment_update_dto.additional_properties = d
        return segment_update_dto

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
