from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="DebtCollectionDto")


@_attrs_define
class DebtCollectionDto:
    """Debt collection case information.

    Attributes:
        case_number (str | None):
        case_type (str | None):
        case_status (str | None):
        case_url (str | None):
    """

    case_number: str | None = None
    case_type: str | None = None
    case_status: str | None = None
    case_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "caseNumber": "case_number",
        "caseType": "case_type",
        "caseStatus": "case_status",
        "caseUrl": "case_url",
    }

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        case_type = self.case_type

        case_status = self.case_status

        case_url = self.case_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if case_number is not None:
            field_dict["caseNumber"] = case_number
        if case_type is not None:
            field_dict["caseType"] = case_type
        if case_status is not None:
            field_dict["caseStatus"] = case_status
        if case_url is not None:
            field_dict["caseUrl"] = case_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DebtCollectionDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        case_number = d.pop("caseNumber", None)

        case_type = d.pop("caseType", None)

        case_status = d.pop("caseStatus", None)

        case_url = d.pop("caseUrl", None)

        debt_collection_dto = cls(
            case_number=case_number,
            case_type=case_type,
            case_status=case_status,
            case_url=case_url,
        )
        debt_collection_dto._wire_keys = keys_seen

        debt_collection_dto.additional_properties = d
        return debt_collection_dto

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
