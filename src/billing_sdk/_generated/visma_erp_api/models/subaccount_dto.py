from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    local_datetime_from_json,
    local_datetime_to_json,
    wire_keys,
)

T = TypeVar("T", bound="SubaccountDto")


@_attrs_define
class SubaccountDto:
    """The subaccount used for the transaction.

    Attributes:
        subaccount_number (str | None): The subaccount number (format 9-XX).
        subaccount_id (int | None): The identifier of the subaccount.
        description (str | None):
        last_modified_date_time (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        active (bool | None):
        segments (list[SegmentDto] | None):
        time_stamp (str | None): Version of the subaccount (base64).
        error_info (str | None):
        metadata (MetadataDto | None): Pagination info carried by every item of a list page: total number of matching
            records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    subaccount_number: str | None = None
    subaccount_id: int | None = None
    description: str | None = None
    last_modified_date_time: datetime.datetime | None = None
    active: bool | None = None
    segments: list[SegmentDto] | None = None
    time_stamp: str | None = None
    error_info: str | None = None
    metadata: MetadataDto | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "subaccountNumber": "subaccount_number",
        "subaccountId": "subaccount_id",
        "description": "description",
        "lastModifiedDateTime": "last_modified_date_time",
        "active": "active",
        "segments": "segments",
        "timeStamp": "time_stamp",
        "errorInfo": "error_info",
        "metadata": "metadata",
    }

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        subaccount_id = self.subaccount_id

        description = self.description

        last_modified_date_time: str | None = None
        if self.last_modified_date_time is not None:
            last_modified_date_time = local_datetime_to_json(
                self.last_modified_date_time
            )

        active = self.active

        segments: list[dict[str, Any]] | None = None
        if self.segments is not None:
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not None:
            field_dict["subaccountNumber"] = subaccount_number
        if subaccount_id is not None:
            field_dict["subaccountId"] = subaccount_id
        if description is not None:
            field_dict["description"] = description
        if last_modified_date_time is not None:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if active is not None:
            field_dict["active"] = active
        if segments is not None:
            field_dict["segments"] = segments
        if time_stamp is not None:
            field_dict["timeStamp"] = time_stamp
        if error_info is not None:
            field_dict["errorInfo"] = error_info
        if metadata is not None:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SubaccountDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        subaccount_number = d.pop("subaccountNumber", None)

        subaccount_id = d.pop("subaccountId", None)

        description = d.pop("description", None)

        _last_modified_date_time = d.pop("lastModifiedDateTime", None)
        last_modified_date_time: datetime.datetime | None
        if _last_modified_date_time is None or _last_modified_date_time == "":
            last_modified_date_time = None
        else:
            last_modified_date_time = local_datetime_from_json(_last_modified_date_time)

        active = d.pop("active", None)

        _segments = d.pop("segments", None)
        segments: list[SegmentDto] | None
        if _segments is None:
            segments = None
        else:
            if not isinstance(_segments, list):
                raise TypeError(
                    f"SubaccountDto.segments: expected an array, got {type(_segments).__name__}"
                )
            segments = []
            for segments_item_data in _segments:
                segments_item = SegmentDto.from_dict(segments_item_data)

                segments.append(segments_item)

        time_stamp = d.pop("timeStamp", None)

        error_info = d.pop("errorInfo", None)

        _metadata = d.pop("metadata", None)
        metadata: MetadataDto | None
        if _metadata is None:
            metadata = None
        else:
            metadata = MetadataDto.from_dict(_metadata)

        subaccount_dto = cls(
            subaccount_number=subaccount_number,
            subaccount_id=subaccount_id,
            description=description,
            last_modified_date_time=last_modified_date_time,
            active=active,
            segments=segments,
            time_stamp=time_stamp,
            error_info=error_info,
            metadata=metadata,
        )
        subaccount_dto._wire_keys = keys_seen

        subaccount_dto.additional_properties = d
        return subaccount_dto

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
from ..models.metadata_dto import MetadataDto
from ..models.segment_dto import SegmentDto
