from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="MetadataDto")


@_attrs_define
class MetadataDto:
    """Pagination info carried by every item of a list page: total number of matching records and the endpoint's maximum
    page size (the effective page size is min(requested pageSize, maxPageSize)).

        Attributes:
            total_count (int | None):
            max_page_size (int | None):
    """

    total_count: int | None = None
    max_page_size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "totalCount": "total_count",
        "maxPageSize": "max_page_size",
    }

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        max_page_size = self.max_page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not None:
            field_dict["totalCount"] = total_count
        if max_page_size is not None:
            field_dict["maxPageSize"] = max_page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MetadataDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        total_count = d.pop("totalCount", None)

        max_page_size = d.pop("maxPageSize", None)

        metadata_dto = cls(
            total_count=total_count,
            max_page_size=max_page_size,
        )
        metadata_dto._wire_keys = keys_seen

        metadata_dto.additional_properties = d
        return metadata_dto

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
