from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_request_status import BackgroundRequestStatus
from ..types import (
    UNSET,
    Unset,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
)

T = TypeVar("T", bound="BackgroundRequestStateDto")


@_attrs_define
class BackgroundRequestStateDto:
    """State of a background operation. Timestamps are UTC, with or without an offset. When `Finished`, `statusCode` is the
    inner call's HTTP status (may be 4xx/5xx: read `contentLocation` for the error body), `hasResponseContent` says
    whether `/content` has a body, and `responseHeaders` holds its headers (e.g. ETag, Location) when the server reports
    them.

        Attributes:
            id (UUID | Unset): Identifies the background operation.
            status (BackgroundRequestStatus | str | Unset): `Started` until the operation is done (also while queued),
                `Finished` when the inner call completed (whatever its statusCode), `Failed` on a processing error.
            status_code (int | Unset): HTTP status code of the finished operation; 0 while not done.
            received_utc (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            started_utc (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            finished_utc (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            webhook_address (str | Unset): Webhook URI notified on completion, or `none`.
            error_message (str | Unset): Processing error, if any (not the endpoint's own error body).
            reference (str | Unset):
            original_uri (str | Unset): The endpoint that was queued.
            has_response_content (bool | Unset): The finished operation has response content: read /content only then (set
                when finished).
            has_request_content (bool | Unset): The request had a body.
            content_location (str | Unset): URL of `GET /v1/background/{id}/content`.
            response_headers (BackgroundRequestStateDtoResponseHeaders | Unset): Response headers of the finished operation.
    """

    id: UUID | Unset = UNSET
    status: BackgroundRequestStatus | str | Unset = UNSET
    status_code: int | Unset = UNSET
    received_utc: datetime.datetime | Unset = UNSET
    started_utc: datetime.datetime | Unset = UNSET
    finished_utc: datetime.datetime | Unset = UNSET
    webhook_address: str | Unset = UNSET
    error_message: str | Unset = UNSET
    reference: str | Unset = UNSET
    original_uri: str | Unset = UNSET
    has_response_content: bool | Unset = UNSET
    has_request_content: bool | Unset = UNSET
    content_location: str | Unset = UNSET
    response_headers: BackgroundRequestStateDtoResponseHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        status_code = self.status_code

        received_utc: str | Unset = UNSET
        if not isinstance(self.received_utc, Unset):
            received_utc = local_datetime_to_json(self.received_utc)

        started_utc: str | Unset = UNSET
        if not isinstance(self.started_utc, Unset):
            started_utc = local_datetime_to_json(self.started_utc)

        finished_utc: str | Unset = UNSET
        if not isinstance(self.finished_utc, Unset):
            finished_utc = local_datetime_to_json(self.finished_utc)

        webhook_address = self.webhook_address

        error_message = self.error_message

        reference = self.reference

        original_uri = self.original_uri

        has_response_content = self.has_response_content

        has_request_content = self.has_request_content

        content_location = self.content_location

        response_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_headers, Unset):
            response_headers = self.response_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if received_utc is not UNSET:
            field_dict["receivedUtc"] = received_utc
        if started_utc is not UNSET:
            field_dict["startedUtc"] = started_utc
        if finished_utc is not UNSET:
            field_dict["finishedUtc"] = finished_utc
        if webhook_address is not UNSET:
            field_dict["webhookAddress"] = webhook_address
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if reference is not UNSET:
            field_dict["reference"] = reference
        if original_uri is not UNSET:
            field_dict["originalUri"] = original_uri
        if has_response_content is not UNSET:
            field_dict["hasResponseContent"] = has_response_content
        if has_request_content is not UNSET:
            field_dict["hasRequestContent"] = has_request_content
        if content_location is not UNSET:
            field_dict["contentLocation"] = content_location
        if response_headers is not UNSET:
            field_dict["responseHeaders"] = response_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"BackgroundRequestStateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _id = d.pop("id", None)
        id: UUID | Unset
        if _id is None or _id == "":
            id = UNSET
        else:
            id = UUID(_id)

        _status = d.pop("status", None)
        status: BackgroundRequestStatus | str | Unset
        if _status is None:
            status = UNSET
        else:
            status = open_enum(
                BackgroundRequestStatus, _status, "BackgroundRequestStateDto.status"
            )

        status_code = d.pop("statusCode", UNSET)
        if status_code is None:
            status_code = UNSET

        _received_utc = d.pop("receivedUtc", None)
        received_utc: datetime.datetime | Unset
        if _received_utc is None or _received_utc == "":
            received_utc = UNSET
        else:
            received_utc = local_datetime_from_json(_received_utc)

        _started_utc = d.pop("startedUtc", None)
        started_utc: datetime.datetime | Unset
        if _started_utc is None or _started_utc == "":
            started_utc = UNSET
        else:
            started_utc = local_datetime_from_json(_started_utc)

        _finished_utc = d.pop("finishedUtc", None)
        finished_utc: datetime.datetime | Unset
        if _finished_utc is None or _finished_utc == "":
            finished_utc = UNSET
        else:
            finished_utc = local_datetime_from_json(_finished_utc)

        webhook_address = d.pop("webhookAddress", UNSET)
        if webhook_address is None:
            webhook_address = UNSET

        error_message = d.pop("errorMessage", UNSET)
        if error_message is None:
            error_message = UNSET

        reference = d.pop("reference", UNSET)
        if reference is None:
            reference = UNSET

        original_uri = d.pop("originalUri", UNSET)
        if original_uri is None:
            original_uri = UNSET

        has_response_content = d.pop("hasResponseContent", UNSET)
        if has_response_content is None:
            has_response_content = UNSET

        has_request_content = d.pop("hasRequestContent", UNSET)
        if has_request_content is None:
            has_request_content = UNSET

        content_location = d.pop("contentLocation", UNSET)
        if content_location is None:
            content_location = UNSET

        _response_headers = d.pop("responseHeaders", None)
        response_headers: BackgroundRequestStateDtoResponseHeaders | Unset
        if _response_headers is None:
            response_headers = UNSET
        else:
            response_headers = BackgroundRequestStateDtoResponseHeaders.from_dict(
                _response_headers
            )

        background_request_state_dto = cls(
            id=id,
            status=status,
            status_code=status_code,
            received_utc=received_utc,
            started_utc=started_utc,
            finished_utc=finished_utc,
            webhook_address=webhook_address,
            error_message=error_message,
            reference=reference,
            original_uri=original_uri,
            has_response_content=has_response_content,
            has_request_content=has_request_content,
            content_location=content_location,
            response_headers=response_headers,
        )

        background_request_state_dto.additional_properties = d
        return background_request_state_dto

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
from ..models.background_request_state_dto_response_headers import (
    BackgroundRequestStateDtoResponseHeaders,
)
