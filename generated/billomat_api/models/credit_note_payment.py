from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recorded_payment_type import RecordedPaymentType
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, open_enum

T = TypeVar("T", bound="CreditNotePayment")


@_attrs_define
class CreditNotePayment:
    """A payment booked against a credit note (all scalars are JSON strings).

    Attributes:
        id (str): A Billomat ID, serialised as a JSON string of digits.
        credit_note_id (str): A Billomat ID, serialised as a JSON string of digits.
        amount (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17", "1");
            `format: decimal`: read as an exact decimal.
        created (datetime.datetime | Unset): Server timestamp of creation (ISO 8601 with offset).
        user_id (str | Unset): A Billomat ID, serialised as a JSON string of digits.
        date (datetime.date | Unset): Date of payment (YYYY-MM-DD).
        comment (str | Unset): Comment text (`""` when empty).
        transaction_purpose (str | Unset): Transaction purpose (remittance information), `""` when empty.
        type_ (RecordedPaymentType | str | Unset): Payment type as returned by the API; `""` when no type was recorded.
            Billomat's payment types are shared by invoice and credit-note payments, so a payment booked in the web
            interface can carry any of them, not only the seven a create accepts.
        currency_code (str | Unset): Currency of the payment (ISO 4217) or `""`.
        quote (Decimal | Unset): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17",
            "1"); `format: decimal`: read as an exact decimal.
        customfield (str | Unset): Free per-object metadata (`""` when empty).
        payment_group (str | Unset): Undocumented; groups payments booked together (`""` when none).
        finapi_transaction_id (str | Unset): Undocumented; the finAPI bank transaction the payment was matched to (`""`
            when none).
        finapi_transaction_amount (Decimal | Unset): A DecimalString, or `""` when there is none (read as absent;
            `format: decimal`: read as an exact decimal).
        updated (str | Unset): Undocumented; when the payment was last changed (ISO 8601 with offset).
    """

    id: str
    credit_note_id: str
    amount: Decimal
    created: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    comment: str | Unset = UNSET
    transaction_purpose: str | Unset = UNSET
    type_: RecordedPaymentType | str | Unset = UNSET
    currency_code: str | Unset = UNSET
    quote: Decimal | Unset = UNSET
    customfield: str | Unset = UNSET
    payment_group: str | Unset = UNSET
    finapi_transaction_id: str | Unset = UNSET
    finapi_transaction_amount: Decimal | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "amount": DecimalLimits(),
        "quote": DecimalLimits(),
        "finapi_transaction_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credit_note_id = self.credit_note_id

        amount = format(self.amount, "f")

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        user_id = self.user_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        comment = self.comment

        transaction_purpose = self.transaction_purpose

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        currency_code = self.currency_code

        quote: str | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = format(self.quote, "f")

        customfield = self.customfield

        payment_group = self.payment_group

        finapi_transaction_id = self.finapi_transaction_id

        finapi_transaction_amount: str | Unset = UNSET
        if not isinstance(self.finapi_transaction_amount, Unset):
            finapi_transaction_amount = format(self.finapi_transaction_amount, "f")

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "credit_note_id": credit_note_id,
                "amount": amount,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date is not UNSET:
            field_dict["date"] = date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if transaction_purpose is not UNSET:
            field_dict["transaction_purpose"] = transaction_purpose
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreditNotePayment: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        credit_note_id = d.pop("credit_note_id")

        amount = decimal_from_json(d.pop("amount"))

        _created = d.pop("created", None)
        created: datetime.datetime | Unset
        if _created is None or _created == "":
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        user_id = d.pop("user_id", UNSET)
        if user_id is None:
            user_id = UNSET

        _date = d.pop("date", None)
        date: datetime.date | Unset
        if _date is None or _date == "":
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        comment = d.pop("comment", UNSET)
        if comment is None:
            comment = UNSET

        transaction_purpose = d.pop("transaction_purpose", UNSET)
        if transaction_purpose is None:
            transaction_purpose = UNSET

        _type_ = d.pop("type", None)
        type_: RecordedPaymentType | str | Unset
        if _type_ is None:
            type_ = UNSET
        else:
            type_ = open_enum(RecordedPaymentType, _type_, "CreditNotePayment.type")

        currency_code = d.pop("currency_code", UNSET)
        if currency_code is None:
            currency_code = UNSET

        _quote = d.pop("quote", None)
        quote: Decimal | Unset
        if _quote is None or _quote == "":
            quote = UNSET
        else:
            quote = decimal_from_json(_quote)

        customfield = d.pop("customfield", UNSET)
        if customfield is None:
            customfield = UNSET

        payment_group = d.pop("payment_group", UNSET)
        if payment_group is None:
            payment_group = UNSET

        finapi_transaction_id = d.pop("finapi_transaction_id", UNSET)
        if finapi_transaction_id is None:
            finapi_transaction_id = UNSET

        _finapi_transaction_amount = d.pop("finapi_transaction_amount", None)
        finapi_transaction_amount: Decimal | Unset
        if _finapi_transaction_amount is None or _finapi_transaction_amount == "":
            finapi_transaction_amount = UNSET
        else:
            finapi_transaction_amount = decimal_from_json(_finapi_transaction_amount)

        updated = d.pop("updated", UNSET)
        if updated is None:
            updated = UNSET

        credit_note_payment = cls(
            id=id,
            credit_note_id=credit_note_id,
            amount=amount,
            created=created,
            user_id=user_id,
            date=date,
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
