from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="ErrorMessages")


@_attrs_define
class ErrorMessages:
    """The `errors` object; `error` is one message or a list of messages.

    Attributes:
        error (list[str] | str):
    """

    error: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "error": "error",
    }

    def to_dict(self) -> dict[str, Any]:
        error: list[str] | str
        if isinstance(self.error, list):
            error = self.error

        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ErrorMessages: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)

        def _parse_error(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _error_type_1 = data
                if not isinstance(_error_type_1, list):
                    raise TypeError(
                        f"error_type_1: expected an array, got {type(_error_type_1).__name__}"
                    )
                error_type_1 = cast(list[str], _error_type_1)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        error = _parse_error(d.pop("error"))

        error_messages = cls(
            error=error,
        )
        error_messages._wire_keys = keys_seen

        error_messages.additional_properties = d
        return error_messages

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
