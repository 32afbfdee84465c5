from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_result import ActionResult
from ..types import open_enum, wire_keys

T = TypeVar("T", bound="ReleasePaymentActionResultDto")


@_attrs_define
class ReleasePaymentActionResultDto:
    """Result of the payment release action.

    Attributes:
        action_id (UUID | None):
        action_result (ActionResult | str | None): Progress of an action; a 202 only means accepted, `Done` means
            completed.
        error_info (str | None):
    """

    action_id: UUID | None = None
    action_result: ActionResult | str | None = None
    error_info: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "actionId": "action_id",
        "actionResult": "action_result",
        "errorInfo": "error_info",
    }

    def to_dict(self) -> dict[str, Any]:
        action_id: str | None = None
        if self.action_id is not None:
            action_id = str(self.action_id)

        action_result: str | None = None
        if self.action_result is not None:
            action_result = str(self.action_result)

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_id is not None:
            field_dict["actionId"] = action_id
        if action_result is not None:
            field_dict["actionResult"] = action_result
        if error_info is not None:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ReleasePaymentActionResultDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _action_id = d.pop("actionId", None)
        action_id: UUID | None
        if _action_id is None or _action_id == "":
            action_id = None
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", None)
        action_result: ActionResult | str | None
        if _action_result is None:
            action_result = None
        else:
            action_result = open_enum(
                ActionResult,
                _action_result,
                "ReleasePaymentActionResultDto.actionResult",
            )

        error_info = d.pop("errorInfo", None)

        release_payment_action_result_dto = cls(
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )
        release_payment_action_result_dto._wire_keys = keys_seen

        release_payment_action_result_dto.additional_properties = d
        return release_payment_action_result_dto

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
