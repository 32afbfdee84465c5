from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_result import ActionResult
from ..types import UNSET, Unset, open_enum

T = TypeVar("T", bound="ReleaseInvoiceActionResultDto")


@_attrs_define
class ReleaseInvoiceActionResultDto:
    """Result of the invoice release action (a reference to the started release).

    Attributes:
        action_id (UUID | Unset):
        action_result (ActionResult | str | Unset): Progress of an action; a 202 only means accepted, `Done` means
            completed.
        error_info (str | Unset):
    """

    action_id: UUID | Unset = UNSET
    action_result: ActionResult | str | Unset = UNSET
    error_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id: str | Unset = UNSET
        if not isinstance(self.action_id, Unset):
            action_id = str(self.action_id)

        action_result: str | Unset = UNSET
        if not isinstance(self.action_result, Unset):
            action_result = str(self.action_result)

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if action_result is not UNSET:
            field_dict["actionResult"] = action_result
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ReleaseInvoiceActionResultDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _action_id = d.pop("actionId", None)
        action_id: UUID | Unset
        if _action_id is None or _action_id == "":
            action_id = UNSET
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", None)
        action_result: ActionResult | str | Unset
        if _action_result is None:
            action_result = UNSET
        else:
            action_result = open_enum(
                ActionResult,
                _action_result,
                "ReleaseInvoiceActionResultDto.actionResult",
            )

        error_info = d.pop("errorInfo", UNSET)
        if error_info is None:
            error_info = UNSET

        release_invoice_action_result_dto = cls(
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )

        release_invoice_action_result_dto.additional_properties = d
        return release_invoice_action_result_dto

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
