from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_request_status import BackgroundRequestStatus
from ..types import (
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
    wire_keys,
)

T = TypeVar("T", bound="BackgroundRequestStateDto")


@_attrs_define
class BackgroundRequestStateDto:
    """State of a background operation. Timestamps are UTC, with or without an offset. When `Finished`, `statusCode` is the
    inner call's HTTP status (may be 4xx/5xx: read `contentLocation` for the error body), `hasResponseContent` says
    whether `/content` has a body, and `responseHeaders` holds its headers (e.g. ETag, Location) when the server reports
    them.

        Attributes:
            id (UUID | None): Identifies the background operation.
            status (BackgroundRequestStatus | str | None): `Started` until the operation is done (also while queued),
                `Finished` when the inner call completed (whatever its statusCode), `Failed` on a processing error.
            status_code (int | None): HTTP status code of the finished operation; 0 while not done.
            received_utc (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            started_utc (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            finished_utc (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            webhook_address (str | None): Webhook URI notified on completion, or `none`.
            error_message (str | None): Processing error, if any (not the endpoint's own error body).
            reference (str | None):
            original_uri (str | None): The endpoint that was queued.
            has_response_content (bool | None): The finished operation has response content: read /content only then (set
                when finished).
            has_request_content (bool | None): The request had a body.
            content_location (str | None): URL of `GET /v1/background/{id}/content`.
            response_headers (BackgroundRequestStateDtoResponseHeaders | None): Response headers of the finished operation.
    """

    id: UUID | None = None
    status: BackgroundRequestStatus | str | None = None
    status_code: int | None = None
    received_utc: datetime.datetime | None = None
    started_utc: datetime.datetime | None = None
    finished_utc: datetime.datetime | None = None
    webhook_address: str | None = None
    error_message: str | None = None
    reference: str | None = None
    original_uri: str | None = None
    has_response_content: bool | None = None
    has_request_content: bool | None = None
    content_location: str | None = None
    response_headers: BackgroundRequestStateDtoResponseHeaders | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "statusCode": "status_code",
        "receivedUtc": "received_utc",
        "startedUtc": "started_utc",
        "finishedUtc": "finished_utc",
        "webhookAddress": "webhook_address",
        "errorMessage": "error_message",
        "reference": "reference",
        "originalUri": "original_uri",
        "hasResponseContent": "has_response_content",
        "hasRequestContent": "has_request_content",
        "contentLocation": "content_location",
        "responseHeaders": "response_headers",
    }

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        status: str | None = None
        if self.status is not None:
            status = str(self.status)

        status_code = self.status_code

        received_utc: str | None = None
        if self.received_utc is not None:
            received_utc = local_datetime_to_json(self.received_utc)

        started_utc: str | None = None
        if self.started_utc is not None:
            started_utc = local_datetime_to_json(self.started_utc)

        finished_utc: str | None = None
        if self.finished_utc is not None:
            finished_utc = local_datetime_to_json(self.finished_utc)

        webhook_address = self.webhook_address

        error_message = self.error_message

        reference = self.reference

        original_uri = self.original_uri

        has_response_content = self.has_response_content

        has_request_content = self.has_request_content

        content_location = self.content_location

        response_headers: dict[str, Any] | None = None
        if self.response_headers is not None:
            response_headers = self.response_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if status is not None:
            field_dict["status"] = status
        if status_code is not None:
            field_dict["statusCode"] = status_code
        if received_utc is not None:
            field_dict["receivedUtc"] = received_utc
        if started_utc is not None:
            field_dict["startedUtc"] = started_utc
        if finished_utc is not None:
            field_dict["finishedUtc"] = finished_utc
        if webhook_address is not None:
            field_dict["webhookAddress"] = webhook_address
        if error_message is not None:
            field_dict["errorMessage"] = error_message
        if reference is not None:
            field_dict["reference"] = reference
        if original_uri is not None:
            field_dict["originalUri"] = original_uri
        if has_response_content is not None:
            field_dict["hasResponseContent"] = has_response_content
        if has_request_content is not None:
            field_dict["hasRequestContent"] = has_request_content
        if content_location is not None:
            field_dict["contentLocation"] = content_location
        if response_headers is not None:
            field_dict["responseHeaders"] = response_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"BackgroundRequestStateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _id = d.pop("id", None)
        id: UUID | None
        if _id is None or _id == "":
            id = None
        else:
            id = UUID(_id)

        _status = d.pop("status", None)
        status: BackgroundRequestStatus | str | None
        if _status is None:
            status = None
        else:
            status = open_enum(
                BackgroundRequestStatus, _status, "BackgroundRequestStateDto.status"
            )

        status_code = d.pop("statusCode", None)

        _received_utc = d.pop("receivedUtc", None)
        received_utc: datetime.datetime | None
        if _received_utc is None or _received_utc == "":
            received_utc = None
        else:
            received_utc = local_datetime_from_json(_received_utc)

        _started_utc = d.pop("startedUtc", None)
        started_utc: datetime.datetime | None
        if _started_utc is None or _started_utc == "":
            started_utc = None
        else:
            started_utc = local_datetime_from_json(_started_utc)

        _finished_utc = d.pop("finishedUtc", None)
        finished_utc: datetime.datetime | None
        if _finished_utc is None or _finished_utc == "":
            finished_utc = None
        else:
            finished_utc = local_datetime_from_json(_finished_utc)

        webhook_address = d.pop("webhookAddress", None)

        error_message = d.pop("errorMessage", None)

        reference = d.pop("reference", None)

        original_uri = d.pop("originalUri", None)

        has_response_content = d.pop("hasResponseContent", None)

        has_request_content = d.pop("hasRequestContent", None)

        content_location = d.pop("contentLocation", None)

        _response_headers = d.pop("responseHeaders", None)
        response_headers: BackgroundRequestStateDtoResponseHeaders | None
        if _response_headers is None:
            response_headers = None
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
        background_request_state_dto._wire_keys = keys_seen

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
