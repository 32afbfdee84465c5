from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="ErrorDto")


@_attrs_define
class ErrorDto:
    """Error body. Business-rule and validation errors (and the stored content of a failed background call) use
    `{"message": "..."}`; authentication/company errors may use the legacy IPP envelope (`ExceptionType`,
    `ExceptionMessage`, `ExceptionFaultCode`, `ExceptionMessageID`, `ExceptionDetails`; fault code 12027 = no license
    for this company, 12002 = company context missing). The sandbox always sends `message`.

        Attributes:
            message (str | None):
            status_code (int | None):
            exception_type (str | None):
            exception_message (str | None):
            exception_fault_code (str | None):
            exception_message_id (str | None):
            exception_details (str | None):
    """

    message: str | None = None
    status_code: int | None = None
    exception_type: str | None = None
    exception_message: str | None = None
    exception_fault_code: str | None = None
    exception_message_id: str | None = None
    exception_details: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "message": "message",
        "statusCode": "status_code",
        "ExceptionType": "exception_type",
        "ExceptionMessage": "exception_message",
        "ExceptionFaultCode": "exception_fault_code",
        "ExceptionMessageID": "exception_message_id",
        "ExceptionDetails": "exception_details",
    }

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status_code = self.status_code

        exception_type = self.exception_type

        exception_message = self.exception_message

        exception_fault_code = self.exception_fault_code

        exception_message_id = self.exception_message_id

        exception_details = self.exception_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not None:
            field_dict["message"] = message
        if status_code is not None:
            field_dict["statusCode"] = status_code
        if exception_type is not None:
            field_dict["ExceptionType"] = exception_type
        if exception_message is not None:
            field_dict["ExceptionMessage"] = exception_message
        if exception_fault_code is not None:
            field_dict["ExceptionFaultCode"] = exception_fault_code
        if exception_message_id is not None:
            field_dict["ExceptionMessageID"] = exception_message_id
        if exception_details is not None:
            field_dict["ExceptionDetails"] = exception_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ErrorDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        message = d.pop("message", None)

        status_code = d.pop("statusCode", None)

        exception_type = d.pop("ExceptionType", None)

        exception_message = d.pop("ExceptionMessage", None)

        exception_fault_code = d.pop("ExceptionFaultCode", None)

        exception_message_id = d.pop("ExceptionMessageID", None)

        exception_details = d.pop("ExceptionDetails", None)

        error_dto = cls(
            message=message,
            status_code=status_code,
            exception_type=exception_type,
            exception_message=exception_message,
            exception_fault_code=exception_fault_code,
            exception_message_id=exception_message_id,
            exception_details=exception_details,
        )
        error_dto._wire_keys = keys_seen

        error_dto.additional_properties = d
        return error_dto

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
