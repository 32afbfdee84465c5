from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="DirectDebitMandateDto")


@_attrs_define
class DirectDebitMandateDto:
    """Customer direct debit mandate.

    Attributes:
        id (UUID | None):
        mandate_id (str | None):
        mandate_description (str | None):
    """

    id: UUID | None = None
    mandate_id: str | None = None
    mandate_description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "mandateId": "mandate_id",
        "mandateDescription": "mandate_description",
    }

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        mandate_id = self.mandate_id

        mandate_description = self.mandate_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if mandate_id is not None:
            field_dict["mandateId"] = mandate_id
        if mandate_description is not None:
            field_dict["mandateDescription"] = mandate_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DirectDebitMandateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _id = d.pop("id", None)
        id: UUID | None
        if _id is None or _id == "":
            id = None
        else:
            id = UUID(_id)

        mandate_id = d.pop("mandateId", None)

        mandate_description = d.pop("mandateDescription", None)

        direct_debit_mandate_dto = cls(
            id=id,
            mandate_id=mandate_id,
            mandate_description=mandate_description,
        )
        direct_debit_mandate_dto._wire_keys = keys_seen

        direct_debit_mandate_dto.additional_properties = d
        return direct_debit_mandate_dto

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
