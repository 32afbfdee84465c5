from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    local_datetime_from_json,
    local_datetime_to_json,
)

T = TypeVar("T", bound="SubaccountDto")


@_attrs_define
class SubaccountDto:
    """The subaccount used for the transaction.

    Attributes:
        subaccount_number (str | Unset): The subaccount number (format 9-XX).
        subaccount_id (int | Unset): The identifier of the subaccount.
        description (str | Unset):
        last_modified_date_time (datetime.datetime | Unset): A date-time as Visma writes it: local time without an
            offset (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an
            offset (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-
            time` is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        active (bool | Unset):
        segments (list[SegmentDto] | Unset):
        time_stamp (str | Unset): Version of the subaccount (base64).
        error_info (str | Unset):
        metadata (MetadataDto | Unset): Pagination info carried by every item of a list page: total number of matching
            records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    subaccount_number: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    description: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    active: bool | Unset = UNSET
    segments: list[SegmentDto] | Unset = UNSET
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        subaccount_id = self.subaccount_id

        description = self.description

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = local_datetime_to_json(
                self.last_modified_date_time
            )

        active = self.active

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccountNumber"] = subaccount_number
        if subaccount_id is not UNSET:
            field_dict["subaccountId"] = subaccount_id
        if description is not UNSET:
            field_dict["description"] = description
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if active is not UNSET:
            field_dict["active"] = active
        if segments is not UNSET:
            field_dict["segments"] = segments
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SubaccountDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subaccount_number = d.pop("subaccountNumber", UNSET)
        if subaccount_number is None:
            subaccount_number = UNSET

        subaccount_id = d.pop("subaccountId", UNSET)
        if subaccount_id is None:
            subaccount_id = UNSET

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET

        _last_modified_date_time = d.pop("lastModifiedDateTime", None)
        last_modified_date_time: datetime.datetime | Unset
        if _last_modified_date_time is None or _last_modified_date_time == "":
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = local_datetime_from_json(_last_modified_date_time)

        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET

        _segments = d.pop("segments", None)
        segments: list[SegmentDto] | Unset
        if _segments is None:
            segments = UNSET
        else:
            if not isinstance(_segments, list):
                raise TypeError(
                    f"SubaccountDto.segments: expected an array, got {type(_segments).__name__}"
                )
            segments = []
            for segments_item_data in _segments:
                segments_item = SegmentDto.from_dict(segments_item_data)

                segments.append(segments_item)

        time_stamp = d.pop("timeStamp", UNSET)
        if time_stamp is None:
            time_stamp = UNSET

        error_info = d.pop("errorInfo", UNSET)
        if error_info is None:
            error_info = UNSET

        _metadata = d.pop("metadata", None)
        metadata: MetadataDto | Unset
        if _metadata is None:
            metadata = UNSET
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
