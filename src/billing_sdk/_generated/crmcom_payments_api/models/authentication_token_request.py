from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="AuthenticationTokenRequest")


@_attrs_define
class AuthenticationTokenRequest:
    """Body of authentication/token.

    Attributes:
        username (str): The user name.
        password (str): The user's password.
        organisation (str): The organisation to log in to (British spelling on the wire).
        unit (str | None): The ID of the unit to log in as; the user's default unit when absent.
    """

    username: str
    password: str
    organisation: str
    unit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "username": "username",
        "password": "password",
        "organisation": "organisation",
        "unit": "unit",
    }

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        organisation = self.organisation

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "organisation": organisation,
            }
        )
        if unit is not None:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuthenticationTokenRequest: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        username = d.pop("username")

        password = d.pop("password")

        organisation = d.pop("organisation")

        unit = d.pop("unit", None)

        authentication_token_request = cls(
            username=username,
            password=password,
            organisation=organisation,
            unit=unit,
        )
        authentication_token_request._wire_keys = keys_seen

        authentication_token_request.additional_properties = d
        return authentication_token_request

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
