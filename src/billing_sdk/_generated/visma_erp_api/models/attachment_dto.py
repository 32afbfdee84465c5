from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="AttachmentDto")


@_attrs_define
class AttachmentDto:
    """An attachment of a document or line.

    Attributes:
        name (str | None): The name of the attachment.
        id (UUID | None): The ID of the attachment.
        revision (int | None): The version of the attachment.
    """

    name: str | None = None
    id: UUID | None = None
    revision: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "id": "id",
        "revision": "revision",
    }

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if id is not None:
            field_dict["id"] = id
        if revision is not None:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AttachmentDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        name = d.pop("name", None)

        _id = d.pop("id", None)
        id: UUID | None
        if _id is None or _id == "":
            id = None
        else:
            id = UUID(_id)

        revision = d.pop("revision", None)

        attachment_dto = cls(
            name=name,
            id=id,
            revision=revision,
        )
        attachment_dto._wire_keys = keys_seen

        attachment_dto.additional_properties = d
        return attachment_dto

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
