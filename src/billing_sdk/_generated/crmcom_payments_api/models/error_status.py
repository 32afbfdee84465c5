from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import open_enum, wire_keys

T = TypeVar("T", bound="ErrorStatus")


@_attrs_define
class ErrorStatus:
    """The `status` part of an error envelope.

    Attributes:
        code (ErrorCode | str): Non-OK `status.code` values and the HTTP status that carries each of them.

            | code | HTTP | meaning |
            |---|---|---|
            | MISSING_PARAMETER | 400 | a mandatory parameter other than the token is absent; `description` names it |
            | INVALID_PARAMETER | 400 | wrong type/format/enum/length; identifier object with zero, several or unknown
            fields; both or neither of a semi-optional pair; unparsable JSON body |
            | INVALID_CHECK_DIGIT | 400 | pay_bill: payment code or a check digit is missing (when the bill has one) or does
            not match |
            | INVALID_LOGIN | 401 | wrong username/password/organisation/unit, or unknown web API key |
            | INVALID_TOKEN | 401 | token missing (`description`: token), unknown, malformed or released |
            | EXPIRED_TOKEN | 401 | token expired (2 hours after issue from R12) |
            | NOT_FOUND | 404 | an identifier matches no record; `description` names the parameter |
            | INVALID_LIFE_CYCLE_STATE | 409 | update/post/reject need DRAFT, cancel needs POSTED; `description` holds the
            current state |
            | DUPLICATE_BACK_OFFICE_CODE | 409 | back_office_code already used |
            | NO_OUTSTANDING_AMOUNT | 409 | pay_bill/pay_invoice: the bill/invoice is not posted or has nothing outstanding
            |
            | INSUFFICIENT_WALLET_FUNDS | 409 | the wallet's unconditional funds do not cover the amount |
            | RATE_LIMITED | 429 | too many requests; the response has `Retry-After` (seconds) |
            | INTERNAL_ERROR | 500 | unexpected server error |

            Error responses always have `data: null` and a human-readable `status.message`.
            Checks run in this order: token (401), parameters (400), lookups (404), state (409).
            Real deployments may send any of these codes with HTTP 200; clients must treat a non-OK
            `status.code` as an error whatever the HTTP status, and should map unknown codes by the
            HTTP status class.
        message (str): Human-readable error message.
        description (None | str): Detail: the offending parameter (400/404), the current life-cycle state (409), or
            null.
    """

    code: ErrorCode | str
    message: str
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
        code = str(self.code)

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
                f"ErrorStatus: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        code = open_enum(ErrorCode, d.pop("code"), "ErrorStatus.code")

        message = d.pop("message")

        description = d.pop("description")

        error_status = cls(
            code=code,
            message=message,
            description=description,
        )
        error_status._wire_keys = keys_seen

        error_status.additional_properties = d
        return error_status

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
