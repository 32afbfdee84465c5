from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """The `status` part of every response envelope.

    Attributes:
        code (Literal['OK']): Always `OK` in a success response. A real deployment may send a non-OK code (see
            ErrorCode) with HTTP 200; clients check the raw `status.code` before trusting `data`.
        message (None | str): Human-readable message; null (wiki examples) or "" (other examples) on success.
        description (None | str): Further detail; null or "" on success.
    """

    code: Literal["OK"]
    message: None | str
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "description": "description",
    }

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str
        message = self.message

        description: None | str
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"Status: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        code = cast(Literal["OK"], d.pop("code"))
        if code != "OK":
            raise ValueError(f"code must match const 'OK', got '{code}'")

        message = d.pop("message")

        description = d.pop("description")

        status = cls(
            code=code,
            message=message,
            description=description,
        )
        status._wire_keys = keys_seen

        status.additional_properties = d
        return status

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
