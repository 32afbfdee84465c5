from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="SegmentDto")


@_attrs_define
class SegmentDto:
    """One segment of a subaccount id.

    Attributes:
        segment_id (int | None): The ID of the segment.
        segment_description (str | None): The description of the segment.
        segment_value (str | None): The value of the segment, alphanumeric.
        segment_value_description (str | None): The description of the segment value.
    """

    segment_id: int | None = None
    segment_description: str | None = None
    segment_value: str | None = None
    segment_value_description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "segmentId": "segment_id",
        "segmentDescription": "segment_description",
        "segmentValue": "segment_value",
        "segmentValueDescription": "segment_value_description",
    }

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        segment_description = self.segment_description

        segment_value = self.segment_value

        segment_value_description = self.segment_value_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not None:
            field_dict["segmentId"] = segment_id
        if segment_description is not None:
            field_dict["segmentDescription"] = segment_description
        if segment_value is not None:
            field_dict["segmentValue"] = segment_value
        if segment_value_description is not None:
            field_dict["segmentValueDescription"] = segment_value_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SegmentDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        segment_id = d.pop("segmentId", None)

        segment_description = d.pop("segmentDescription", None)

        segment_value = d.pop("segmentValue", None)

        segment_value_description = d.pop("segmentValueDescription", None)

        segment_dto = cls(
            segment_id=segment_id,
            segment_description=segment_description,
            segment_value=segment_value,
            segment_value_description=segment_value_description,
        )
        segment_dto._wire_keys = keys_seen

        segment_dto.additional_properties = d
        return segment_dto

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
