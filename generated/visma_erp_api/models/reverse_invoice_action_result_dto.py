from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_result import ActionResult
from ..types import UNSET, Unset, open_enum

T = TypeVar("T", bound="ReverseInvoiceActionResultDto")


@_attrs_define
class ReverseInvoiceActionResultDto:
    """Result of the reverse actions; `referenceNumber` is the credit note.

    Attributes:
        reference_number (str | Unset):
        credit_note_dto (CustomerInvoiceDto | Unset): A customer invoice (read). In list pages every item carries
            `metadata`. All date-times are naive local timestamps (e.g. `2024-01-31T00:00:00`).
        action_id (UUID | Unset):
        action_result (ActionResult | str | Unset): Progress of an action; a 202 only means accepted, `Done` means
            completed.
        error_info (str | Unset):
    """

    reference_number: str | Unset = UNSET
    credit_note_dto: CustomerInvoiceDto | Unset = UNSET
    action_id: UUID | Unset = UNSET
    action_result: ActionResult | str | Unset = UNSET
    error_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        credit_note_dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_note_dto, Unset):
            credit_note_dto = self.credit_note_dto.to_dict()

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
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if credit_note_dto is not UNSET:
            field_dict["creditNoteDto"] = credit_note_dto
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
                f"ReverseInvoiceActionResultDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        reference_number = d.pop("referenceNumber", UNSET)
        if reference_number is None:
            reference_number = UNSET

        _credit_note_dto = d.pop("creditNoteDto", None)
        credit_note_dto: CustomerInvoiceDto | Unset
        if _credit_note_dto is None:
            credit_note_dto = UNSET
        else:
            credit_note_dto = CustomerInvoiceDto.from_dict(_credit_note_dto)

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
                "ReverseInvoiceActionResultDto.actionResult",
            )

        error_info = d.pop("errorInfo", UNSET)
        if error_info is None:
            error_info = UNSET

        reverse_invoice_action_result_dto = cls(
            reference_number=reference_number,
            credit_note_dto=credit_note_dto,
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )

        reverse_invoice_action_result_dto.additional_properties = d
        return reverse_invoice_action_result_dto

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
from ..models.customer_invoice_dto import CustomerInvoiceDto
