from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="CountryDto")


@_attrs_define
class CountryDto:
    """Country (ISO 3166 two-letter id and name).

    Attributes:
        id (str | None):
        name (str | None):
        error_info (str | None):
        metadata (MetadataDto | None): Pagination info carried by every item of a list page: total number of matching
            records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    id: str | None = None
    name: str | None = None
    error_info: str | None = None
    metadata: MetadataDto | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "errorInfo": "error_info",
        "metadata": "metadata",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        error_info = self.error_info

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if error_info is not None:
            field_dict["errorInfo"] = error_info
        if metadata is not None:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CountryDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        name = d.pop("name", None)

        error_info = d.pop("errorInfo", None)

        _metadata = d.pop("metadata", None)
        metadata: MetadataDto | None
        if _metadata is None:
            metadata = None
        else:
            metadata = MetadataDto.from_dict(_metadata)

        country_dto = cls(
            id=id,
            name=name,
            error_info=error_info,
            metadata=metadata,
        )
        country_dto._wire_keys = keys_seen

        country_dto.additional_properties = d
        return country_dto

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
from ..models.metadata_dto import MetadataDto
