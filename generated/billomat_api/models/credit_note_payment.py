from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recorded_payment_type import RecordedPaymentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditNotePayment")


@_attrs_define
class CreditNotePayment:
    """A payment booked against a credit note (all scalars are JSON strings).

    Attributes:
        id (str): A Billomat ID, serialised as a JSON string of digits.
        created (datetime.datetime): Server timestamp of creation (ISO 8601 with offset).
        credit_note_id (str): A Billomat ID, serialised as a JSON string of digits.
        user_id (str): A Billomat ID, serialised as a JSON string of digits.
        date (datetime.date): Date of payment (YYYY-MM-DD).
        amount (str): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it as
            Decimal.
        comment (str): Comment text (`""` when empty).
        transaction_purpose (str): Transaction purpose (remittance information), `""` when empty.
        type_ (RecordedPaymentType): Payment type as returned by the API; `""` when no type was recorded.
        currency_code (str | Unset): Currency of the payment (ISO 4217) or `""`.
        quote (str | Unset): A decimal number serialised as a JSON string (e.g. "12.34", "-17", "1"). The SDK treats it
            as Decimal.
        customfield (str | Unset): Free per-object metadata (`""` when empty).
        payment_group (str | Unset): Undocumented; groups payments booked together (`""` when none).
        finapi_transaction_id (str | Unset): Undocumented; the finAPI bank transaction the payment was matched to (`""`
            when none).
        finapi_transaction_amount (str | Unset): Undocumented; that bank transaction's amount as a decimal string (`""`
            when none).
        updated (str | Unset): Undocumented; when the payment was last changed (ISO 8601 with offset).
    """

    id: str
    created: datetime.datetime
    credit_note_id: str
    user_id: str
    date: datetime.date
    amount: str
    comment: str
    transaction_purpose: str
    type_: RecordedPaymentType
    currency_code: str | Unset = UNSET
    quote: str | Unset = UNSET
    customfield: str | Unset = UNSET
    payment_group: str | Unset = UNSET
    finapi_transaction_id: str | Unset = UNSET
    finapi_transaction_amount: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        credit_note_id = self.credit_note_id

        user_id = self.user_id

        date = self.date.isoformat()

        amount = self.amount

        comment = self.comment

        transaction_purpose = self.transaction_purpose

        type_ = self.type_.value

        currency_code = self.currency_code

        quote = self.quote

        customfield = self.customfield

        payment_group = self.payment_group

        finapi_transaction_id = self.finapi_transaction_id

        finapi_transaction_amount = self.finapi_transaction_amount

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "credit_note_id": credit_note_id,
                "user_id": user_id,
                "date": date,
                "amount": amount,
                "comment": comment,
                "transaction_purpose": transaction_purpose,
                "type": type_,
            }
        )
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if quote is not UNSET:
            field_dict["quote"] = quote
        if customfield is not UNSET:
            field_dict["customfield"] = customfield
        if payment_group is not UNSET:
            field_dict["payment_group"] = payment_group
        if finapi_transaction_id is not UNSET:
            field_dict["finapi_transaction_id"] = finapi_transaction_id
        if finapi_transaction_amount is not UNSET:
            field_dict["finapi_transaction_amount"] = finapi_transaction_amount
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        credit_note_id = d.pop("credit_note_id")

        user_id = d.pop("user_id")

        date = datetime.date.fromisoformat(d.pop("date"))

        amount = d.pop("amount")

        comment = d.pop("comment")

        transaction_purpose = d.pop("transaction_purpose")

        type_ = RecordedPaymentType(d.pop("type"))

        currency_code = d.pop("currency_code", UNSET)

        quote = d.pop("quote", UNSET)

        customfield = d.pop("customfield", UNSET)

        payment_group = d.pop("payment_group", UNSET)

        finapi_transaction_id = d.pop("finapi_transaction_id", UNSET)

        finapi_transaction_amount = d.pop("finapi_transaction_amount", UNSET)

        updated = d.pop("updated", UNSET)

        credit_note_payment = cls(
            id=id,
            created=created,
            credit_note_id=credit_note_id,
            user_id=user_id,
            date=date,
            amount=amount,
            comment=comment,
            transaction_purpose=transaction_purpose,
            type_=type_,
            currency_code=currency_code,
            quote=quote,
            customfield=customfield,
            payment_group=payment_group,
            finapi_transaction_id=finapi_transaction_id,
            finapi_transaction_amount=finapi_transaction_amount,
            updated=updated,
        )

        credit_note_payment.additional_properties = d
        return credit_note_payment

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
