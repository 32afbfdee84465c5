from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recorded_payment_type import RecordedPaymentType
from ..types import DecimalLimits, decimal_from_json, open_enum, wire_keys

T = TypeVar("T", bound="CreditNotePayment")


@_attrs_define
class CreditNotePayment:
    """A payment booked against a credit note (all scalars are JSON strings).

    Attributes:
        id (str): A Billomat ID, serialised as a JSON string of digits.
        credit_note_id (str): A Billomat ID, serialised as a JSON string of digits.
        amount (Decimal): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17", "1");
            `format: decimal`: read as an exact decimal.
        created (datetime.datetime | None): Server timestamp of creation (ISO 8601 with offset).
        user_id (str | None): A Billomat ID, serialised as a JSON string of digits.
        date (datetime.date | None): Date of payment (YYYY-MM-DD).
        comment (str | None): Comment text (`""` when empty).
        transaction_purpose (str | None): Transaction purpose (remittance information), `""` when empty.
        type_ (RecordedPaymentType | str | None): Payment type as returned by the API; `""` when no type was recorded.
            Billomat's payment types are shared by invoice and credit-note payments, so a payment booked in the web
            interface can carry any of them, not only the seven a create accepts.
        currency_code (str | None): Currency of the payment (ISO 4217) or `""`.
        quote (Decimal | None): A decimal number serialised as a JSON string in plain notation (e.g. "12.34", "-17",
            "1"); `format: decimal`: read as an exact decimal.
        customfield (str | None): Free per-object metadata (`""` when empty).
        payment_group (str | None): Undocumented; groups payments booked together (`""` when none).
        finapi_transaction_id (str | None): Undocumented; the finAPI bank transaction the payment was matched to (`""`
            when none).
        finapi_transaction_amount (Decimal | None): A DecimalString, or `""` when there is none (read as absent;
            `format: decimal`: read as an exact decimal).
        updated (str | None): Undocumented; when the payment was last changed (ISO 8601 with offset).
    """

    id: str
    credit_note_id: str
    amount: Decimal
    created: datetime.datetime | None = None
    user_id: str | None = None
    date: datetime.date | None = None
    comment: str | None = None
    transaction_purpose: str | None = None
    type_: RecordedPaymentType | str | None = None
    currency_code: str | None = None
    quote: Decimal | None = None
    customfield: str | None = None
    payment_group: str | None = None
    finapi_transaction_id: str | None = None
    finapi_transaction_amount: Decimal | None = None
    updated: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "credit_note_id": "credit_note_id",
        "amount": "amount",
        "created": "created",
        "user_id": "user_id",
        "date": "date",
        "comment": "comment",
        "transaction_purpose": "transaction_purpose",
        "type": "type_",
        "currency_code": "currency_code",
        "quote": "quote",
        "customfield": "customfield",
        "payment_group": "payment_group",
        "finapi_transaction_id": "finapi_transaction_id",
        "finapi_transaction_amount": "finapi_transaction_amount",
        "updated": "updated",
    }
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

        created: str | None = None
        if self.created is not None:
            created = self.created.isoformat()

        user_id = self.user_id

        date: str | None = None
        if self.date is not None:
            date = self.date.isoformat()

        comment = self.comment

        transaction_purpose = self.transaction_purpose

        type_: str | None = None
        if self.type_ is not None:
            type_ = str(self.type_)

        currency_code = self.currency_code

        quote: str | None = None
        if self.quote is not None:
            quote = format(self.quote, "f")

        customfield = self.customfield

        payment_group = self.payment_group

        finapi_transaction_id = self.finapi_transaction_id

        finapi_transaction_amount: str | None = None
        if self.finapi_transaction_amount is not None:
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
        if created is not None:
            field_dict["created"] = created
        if user_id is not None:
            field_dict["user_id"] = user_id
        if date is not None:
            field_dict["date"] = date
        if comment is not None:
            field_dict["comment"] = comment
        if transaction_purpose is not None:
            field_dict["transaction_purpose"] = transaction_purpose
        if type_ is not None:
            field_dict["type"] = type_
        if currency_code is not None:
            field_dict["currency_code"] = currency_code
        if quote is not None:
            field_dict["quote"] = quote
        if customfield is not None:
            field_dict["customfield"] = customfield
        if payment_group is not None:
            field_dict["payment_group"] = payment_group
        if finapi_transaction_id is not None:
            field_dict["finapi_transaction_id"] = finapi_transaction_id
        if finapi_transaction_amount is not None:
            field_dict["finapi_transaction_amount"] = finapi_transaction_amount
        if updated is not None:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreditNotePayment: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id")

        credit_note_id = d.pop("credit_note_id")

        amount = decimal_from_json(d.pop("amount"))

        _created = d.pop("created", None)
        created: datetime.datetime | None
        if _created is None or _created == "":
            created = None
        else:
            created = datetime.datetime.fromisoformat(_created)

        user_id = d.pop("user_id", None)

        _date = d.pop("date", None)
        date: datetime.date | None
        if _date is None or _date == "":
            date = None
        else:
            date = datetime.date.fromisoformat(_date)

        comment = d.pop("comment", None)

        transaction_purpose = d.pop("transaction_purpose", None)

        _type_ = d.pop("type", None)
        type_: RecordedPaymentType | str | None
        if _type_ is None:
            type_ = None
        else:
            type_ = open_enum(RecordedPaymentType, _type_, "CreditNotePayment.type")

        currency_code = d.pop("currency_code", None)

        _quote = d.pop("quote", None)
        quote: Decimal | None
        if _quote is None or _quote.__class__ is str and not _quote:
            quote = None
        else:
            quote = decimal_from_json(_quote)

        customfield = d.pop("customfield", None)

        payment_group = d.pop("payment_group", None)

        finapi_transaction_id = d.pop("finapi_transaction_id", None)

        _finapi_transaction_amount = d.pop("finapi_transaction_amount", None)
        finapi_transaction_amount: Decimal | None
        if (
            _finapi_transaction_amount is None
            or _finapi_transaction_amount.__class__ is str
            and not _finapi_transaction_amount
        ):
            finapi_transaction_amount = None
        else:
            finapi_transaction_amount = decimal_from_json(_finapi_transaction_amount)

        updated = d.pop("updated", None)

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
        credit_note_payment._wire_keys = keys_seen

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
