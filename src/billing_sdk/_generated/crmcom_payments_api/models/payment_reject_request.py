from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="PaymentRejectRequest")


@_attrs_define
class PaymentRejectRequest:
    """Body of payments/reject (DRAFT payments only).

    Attributes:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex characters before.
        payment_identifier (PaymentIdentifier): Payment identifier: exactly one of id, number, reference_number,
            back_office_code (R9.1+).
        rejection_reason_identifier (RejectionReasonIdentifier | None): Financial transaction rejection reason
            identifier: exactly one of id, name, alternative_code.
        fields_set (str | None): Comma-separated list of response fields to include, e.g. `id,number,reference_number`.
            All fields are returned when absent.
    """

    token: str
    payment_identifier: PaymentIdentifier
    rejection_reason_identifier: RejectionReasonIdentifier | None = None
    fields_set: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "token": "token",
        "payment_identifier": "payment_identifier",
        "rejection_reason_identifier": "rejection_reason_identifier",
        "fields_set": "fields_set",
    }

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        payment_identifier = self.payment_identifier.to_dict()

        rejection_reason_identifier: dict[str, Any] | None = None
        if self.rejection_reason_identifier is not None:
            rejection_reason_identifier = self.rejection_reason_identifier.to_dict()

        fields_set = self.fields_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "payment_identifier": payment_identifier,
            }
        )
        if rejection_reason_identifier is not None:
            field_dict["rejection_reason_identifier"] = rejection_reason_identifier
        if fields_set is not None:
            field_dict["fields_set"] = fields_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentRejectRequest: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        token = d.pop("token")

        payment_identifier = PaymentIdentifier.from_dict(d.pop("payment_identifier"))

        _rejection_reason_identifier = d.pop("rejection_reason_identifier", UNSET)
        rejection_reason_identifier: RejectionReasonIdentifier | None
        if isinstance(_rejection_reason_identifier, Unset):
            rejection_reason_identifier = None
        else:
            rejection_reason_identifier = RejectionReasonIdentifier.from_dict(
                _rejection_reason_identifier
            )

        fields_set = d.pop("fields_set", None)

        payment_reject_request = cls(
            token=token,
            payment_identifier=payment_identifier,
            rejection_reason_identifier=rejection_reason_identifier,
            fields_set=fields_set,
        )
        payment_reject_request._wire_keys = keys_seen

        payment_reject_request.additional_properties = d
        return payment_reject_request

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
from ..models.payment_identifier import PaymentIdentifier
from ..models.rejection_reason_identifier import RejectionReasonIdentifier
