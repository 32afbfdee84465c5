from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, wire_keys

T = TypeVar("T", bound="CreditNotePaymentCreate")


@_attrs_define
class CreditNotePaymentCreate:
    """Fields of a new credit-note payment.

    Attributes:
        credit_note_id (str): A Billomat ID, serialised as a JSON string of digits.
        amount (Decimal): Paid amount as a decimal string with at most 2 decimals, not zero (e.g. "12.34"); `format:
            decimal`: written from an exact decimal in plain notation.
        date (datetime.date | None): Date of payment (YYYY-MM-DD); default today.
        comment (str | None): Comment text.
        transaction_purpose (str | None): Transaction purpose (remittance information).
        type_ (PaymentType | None): Payment type of a credit-note payment.
        mark_credit_note_as_paid (int | None): Indicates whether the associated credit note should be marked as paid
            (set status to PAID): 1 or 0. Default 0. Default: 0.
    """

    credit_note_id: str
    amount: Decimal
    date: datetime.date | None = None
    comment: str | None = None
    transaction_purpose: str | None = None
    type_: PaymentType | None = None
    mark_credit_note_as_paid: int | None = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "credit_note_id": "credit_note_id",
        "amount": "amount",
        "date": "date",
        "comment": "comment",
        "transaction_purpose": "transaction_purpose",
        "type": "type_",
        "mark_credit_note_as_paid": "mark_credit_note_as_paid",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "amount": DecimalLimits(
            multiple_of=Decimal("0.01"),
            minimum=Decimal("-9999999999.99"),
            maximum=Decimal("9999999999.99"),
            not_zero=True,
        ),
    }

    def to_dict(self) -> dict[str, Any]:
        credit_note_id = self.credit_note_id

        amount = format(self.amount, "f")

        date: str | None = None
        if self.date is not None:
            date = self.date.isoformat()

        comment = self.comment

        transaction_purpose = self.transaction_purpose

        type_: str | None = None
        if self.type_ is not None:
            type_ = str(self.type_)

        mark_credit_note_as_paid = self.mark_credit_note_as_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_note_id": credit_note_id,
                "amount": amount,
            }
        )
        if date is not None:
            field_dict["date"] = date
        if comment is not None:
            field_dict["comment"] = comment
        if transaction_purpose is not None:
            field_dict["transaction_purpose"] = transaction_purpose
        if type_ is not None:
            field_dict["type"] = type_
        if mark_credit_note_as_paid is not None:
            field_dict["mark_credit_note_as_paid"] = mark_credit_note_as_paid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreditNotePaymentCreate: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        credit_note_id = d.pop("credit_note_id")

        amount = decimal_from_json(d.pop("amount"))

        _date = d.pop("date", UNSET)
        date: datetime.date | None
        if isinstance(_date, Unset):
            date = None
        else:
            date = datetime.date.fromisoformat(_date)

        comment = d.pop("comment", None)

        transaction_purpose = d.pop("transaction_purpose", None)

        _type_ = d.pop("type", UNSET)
        type_: PaymentType | None
        if isinstance(_type_, Unset):
            type_ = None
        else:
            type_ = PaymentType(_type_)

        mark_credit_note_as_paid = d.pop("mark_credit_note_as_paid", None)

        credit_note_payment_create = cls(
            credit_note_id=credit_note_id,
            amount=amount,
            date=date,
            comment=comment,
            transaction_purpose=transaction_purpose,
            type_=type_,
            mark_credit_note_as_paid=mark_credit_note_as_paid,
        )
        credit_note_payment_create._wire_keys = keys_seen

        credit_note_payment_create.additional_properties = d
        return credit_note_payment_create

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
