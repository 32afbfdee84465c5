from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wire_keys

T = TypeVar("T", bound="BillParameters")


@_attrs_define
class BillParameters:
    """A bill intended to be paid (bill parameter object). From R14 the payment code and the three check digits are
    "mandatory on conditions": required and checked only when the bill carries them and the payment type enables the
    checks (400 INVALID_CHECK_DIGIT).

        Attributes:
            bill_identifier (BillIdentifier): Bill identifier: exactly one of id, number.
            payment_code (int | None): The bill's payment code (R14); mandatory when the bill has one.
            bill_number_check_digit (int | None): A bill check digit (R14).
            accounts_receivable_check_digit (int | None): A bill check digit (R14).
            bill_amount_check_digit (int | None): A bill check digit (R14).
    """

    bill_identifier: BillIdentifier
    payment_code: int | None = None
    bill_number_check_digit: int | None = None
    accounts_receivable_check_digit: int | None = None
    bill_amount_check_digit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "bill_identifier": "bill_identifier",
        "payment_code": "payment_code",
        "bill_number_check_digit": "bill_number_check_digit",
        "accounts_receivable_check_digit": "accounts_receivable_check_digit",
        "bill_amount_check_digit": "bill_amount_check_digit",
    }

    def to_dict(self) -> dict[str, Any]:
        bill_identifier = self.bill_identifier.to_dict()

        payment_code = self.payment_code

        bill_number_check_digit = self.bill_number_check_digit

        accounts_receivable_check_digit = self.accounts_receivable_check_digit

        bill_amount_check_digit = self.bill_amount_check_digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bill_identifier": bill_identifier,
            }
        )
        if payment_code is not None:
            field_dict["payment_code"] = payment_code
        if bill_number_check_digit is not None:
            field_dict["bill_number_check_digit"] = bill_number_check_digit
        if accounts_receivable_check_digit is not None:
            field_dict["accounts_receivable_check_digit"] = (
                accounts_receivable_check_digit
            )
        if bill_amount_check_digit is not None:
            field_dict["bill_amount_check_digit"] = bill_amount_check_digit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"BillParameters: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        bill_identifier = BillIdentifier.from_dict(d.pop("bill_identifier"))

        payment_code = d.pop("payment_code", None)

        bill_number_check_digit = d.pop("bill_number_check_digit", None)

        accounts_receivable_check_digit = d.pop("accounts_receivable_check_digit", None)

        bill_amount_check_digit = d.pop("bill_amount_check_digit", None)

        bill_parameters = cls(
            bill_identifier=bill_identifier,
            payment_code=payment_code,
            bill_number_check_digit=bill_number_check_digit,
            accounts_receivable_check_digit=accounts_receivable_check_digit,
            bill_amount_check_digit=bill_amount_check_digit,
        )
        bill_parameters._wire_keys = keys_seen

        bill_parameters.additional_properties = d
        return bill_parameters

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
from ..models.bill_identifier import BillIdentifier
