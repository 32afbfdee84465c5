from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataDto")


@_attrs_define
class MetadataDto:
    """Pagination info carried by every item of a list page: total number of matching records and the endpoint's maximum
    page size (the effective page size is min(requested pageSize, maxPageSize)).

        Attributes:
            total_count (int | Unset):
            max_page_size (int | Unset):
    """

    total_count: int | Unset = UNSET
    max_page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        max_page_size = self.max_page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if max_page_size is not UNSET:
            field_dict["maxPageSize"] = max_page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MetadataDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        total_count = d.pop("totalCount", UNSET)
        if total_count is None:
            total_count = UNSET

        max_page_size = d.pop("maxPageSize", UNSET)
        if max_page_size is None:
            max_page_size = UNSET

        metadata_dto = cls(
            total_count=total_count,
            max_page_size=max_page_size,
        )

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
