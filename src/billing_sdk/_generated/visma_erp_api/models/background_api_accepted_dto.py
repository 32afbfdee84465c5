from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="BackgroundApiAcceptedDto")


@_attrs_define
class BackgroundApiAcceptedDto:
    """Answer (202) for a request queued with `erp-api-background`.

    Attributes:
        id (UUID): Id of the background operation (GUID).
        state_location (str | None): URL of `GET /v1/background/{id}`.
    """

    id: UUID
    state_location: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "stateLocation": "state_location",
    }

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        state_location = self.state_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if state_location is not None:
            field_dict["stateLocation"] = state_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"BackgroundApiAcceptedDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = UUID(d.pop("id"))

        state_location = d.pop("stateLocation", None)

        background_api_accepted_dto = cls(
            id=id,
            state_location=state_location,
        )
        background_api_accepted_dto._wire_keys = keys_seen

        background_api_accepted_dto.additional_properties = d
        return background_api_accepted_dto

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
