from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDto")


@_attrs_define
class ErrorDto:
    """Error body. Business-rule and validation errors (and the stored content of a failed background call) use
    `{"message": "..."}`; authentication/company errors may use the legacy IPP envelope (`ExceptionType`,
    `ExceptionMessage`, `ExceptionFaultCode`, `ExceptionMessageID`, `ExceptionDetails`; fault code 12027 = no license
    for this company, 12002 = company context missing). The sandbox always sends `message`.

        Attributes:
            message (str | Unset):
            status_code (int | Unset):
            exception_type (str | Unset):
            exception_message (str | Unset):
            exception_fault_code (str | Unset):
            exception_message_id (str | Unset):
            exception_details (str | Unset):
    """

    message: str | Unset = UNSET
    status_code: int | Unset = UNSET
    exception_type: str | Unset = UNSET
    exception_message: str | Unset = UNSET
    exception_fault_code: str | Unset = UNSET
    exception_message_id: str | Unset = UNSET
    exception_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if message is not UNSET:
            field_dict["message"] = message
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if exception_type is not UNSET:
            field_dict["ExceptionType"] = exception_type
        if exception_message is not UNSET:
            field_dict["ExceptionMessage"] = exception_message
        if exception_fault_code is not UNSET:
            field_dict["ExceptionFaultCode"] = exception_fault_code
        if exception_message_id is not UNSET:
            field_dict["ExceptionMessageID"] = exception_message_id
        if exception_details is not UNSET:
            field_dict["ExceptionDetails"] = exception_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ErrorDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        message = d.pop("message", UNSET)
        if message is None:
            message = UNSET

        status_code = d.pop("statusCode", UNSET)
        if status_code is None:
            status_code = UNSET

        exception_type = d.pop("ExceptionType", UNSET)
        if exception_type is None:
            exception_type = UNSET

        exception_message = d.pop("ExceptionMessage", UNSET)
        if exception_message is None:
            exception_message = UNSET

        exception_fault_code = d.pop("ExceptionFaultCode", UNSET)
        if exception_fault_code is None:
            exception_fault_code = UNSET

        exception_message_id = d.pop("ExceptionMessageID", UNSET)
        if exception_message_id is None:
            exception_message_id = UNSET

        exception_details = d.pop("ExceptionDetails", UNSET)
        if exception_details is None:
            exception_details = UNSET

        error_dto = cls(
            message=message,
            status_code=status_code,
            exception_type=exception_type,
            exception_message=exception_message,
            exception_fault_code=exception_fault_code,
            exception_message_id=exception_message_id,
            exception_details=exception_details,
        )

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
