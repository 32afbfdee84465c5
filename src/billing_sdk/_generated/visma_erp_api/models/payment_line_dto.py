from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_document_types import CustomerDocumentTypes
from ..types import (
    DecimalLimits,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
    wire_keys,
)

T = TypeVar("T", bound="PaymentLineDto")


@_attrs_define
class PaymentLineDto:
    """A document the payment is applied to.

    Attributes:
        document_type (CustomerDocumentTypes | str | None): Customer ledger document type.
        ref_nbr (str | None): Reference number of the invoice or note the payment is applied to.
        amount_paid (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        cash_discount_taken (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        balance_write_off (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        write_off_reason_code (IdDescriptionDto | None): Reference to a setup entity by id and description (payment
            method, credit terms, VAT zone, VAT code, salesperson, write-off reason code).
        date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        due_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        cash_discount_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        balance (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        cash_discount_balance (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        description (str | None):
        currency (str | None):
        post_period (str | None): Post period of the document (vendor text says MMYYYY).
        customer_order (str | None): Customer's reference such as a purchase order number.
        cross_rate (Decimal | None): Cross rate between payment and document currency.
    """

    document_type: CustomerDocumentTypes | str | None = None
    ref_nbr: str | None = None
    amount_paid: Decimal | None = None
    cash_discount_taken: Decimal | None = None
    balance_write_off: Decimal | None = None
    write_off_reason_code: IdDescriptionDto | None = None
    date: datetime.datetime | None = None
    due_date: datetime.datetime | None = None
    cash_discount_date: datetime.datetime | None = None
    balance: Decimal | None = None
    cash_discount_balance: Decimal | None = None
    description: str | None = None
    currency: str | None = None
    post_period: str | None = None
    customer_order: str | None = None
    cross_rate: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "documentType": "document_type",
        "refNbr": "ref_nbr",
        "amountPaid": "amount_paid",
        "cashDiscountTaken": "cash_discount_taken",
        "balanceWriteOff": "balance_write_off",
        "writeOffReasonCode": "write_off_reason_code",
        "date": "date",
        "dueDate": "due_date",
        "cashDiscountDate": "cash_discount_date",
        "balance": "balance",
        "cashDiscountBalance": "cash_discount_balance",
        "description": "description",
        "currency": "currency",
        "postPeriod": "post_period",
        "customerOrder": "customer_order",
        "crossRate": "cross_rate",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "amount_paid": DecimalLimits(),
        "cash_discount_taken": DecimalLimits(),
        "balance_write_off": DecimalLimits(),
        "balance": DecimalLimits(),
        "cash_discount_balance": DecimalLimits(),
        "cross_rate": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        document_type: str | None = None
        if self.document_type is not None:
            document_type = str(self.document_type)

        ref_nbr = self.ref_nbr

        amount_paid: Decimal | None = None
        if self.amount_paid is not None:
            amount_paid = self.amount_paid

        cash_discount_taken: Decimal | None = None
        if self.cash_discount_taken is not None:
            cash_discount_taken = self.cash_discount_taken

        balance_write_off: Decimal | None = None
        if self.balance_write_off is not None:
            balance_write_off = self.balance_write_off

        write_off_reason_code: dict[str, Any] | None = None
        if self.write_off_reason_code is not None:
            write_off_reason_code = self.write_off_reason_code.to_dict()

        date: str | None = None
        if self.date is not None:
            date = local_datetime_to_json(self.date)

        due_date: str | None = None
        if self.due_date is not None:
            due_date = local_datetime_to_json(self.due_date)

        cash_discount_date: str | None = None
        if self.cash_discount_date is not None:
            cash_discount_date = local_datetime_to_json(self.cash_discount_date)

        balance: Decimal | None = None
        if self.balance is not None:
            balance = self.balance

        cash_discount_balance: Decimal | None = None
        if self.cash_discount_balance is not None:
            cash_discount_balance = self.cash_discount_balance

        description = self.description

        currency = self.currency

        post_period = self.post_period

        customer_order = self.customer_order

        cross_rate: Decimal | None = None
        if self.cross_rate is not None:
            cross_rate = self.cross_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not None:
            field_dict["documentType"] = document_type
        if ref_nbr is not None:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not None:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not None:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance_write_off is not None:
            field_dict["balanceWriteOff"] = balance_write_off
        if write_off_reason_code is not None:
            field_dict["writeOffReasonCode"] = write_off_reason_code
        if date is not None:
            field_dict["date"] = date
        if due_date is not None:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not None:
            field_dict["cashDiscountDate"] = cash_discount_date
        if balance is not None:
            field_dict["balance"] = balance
        if cash_discount_balance is not None:
            field_dict["cashDiscountBalance"] = cash_discount_balance
        if description is not None:
            field_dict["description"] = description
        if currency is not None:
            field_dict["currency"] = currency
        if post_period is not None:
            field_dict["postPeriod"] = post_period
        if customer_order is not None:
            field_dict["customerOrder"] = customer_order
        if cross_rate is not None:
            field_dict["crossRate"] = cross_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentLineDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _document_type = d.pop("documentType", None)
        document_type: CustomerDocumentTypes | str | None
        if _document_type is None:
            document_type = None
        else:
            document_type = open_enum(
                CustomerDocumentTypes, _document_type, "PaymentLineDto.documentType"
            )

        ref_nbr = d.pop("refNbr", None)

        _amount_paid = d.pop("amountPaid", None)
        amount_paid: Decimal | None
        if _amount_paid is None or _amount_paid.__class__ is str and not _amount_paid:
            amount_paid = None
        else:
            amount_paid = decimal_from_json(_amount_paid)

        _cash_discount_taken = d.pop("cashDiscountTaken", None)
        cash_discount_taken: Decimal | None
        if (
            _cash_discount_taken is None
            or _cash_discount_taken.__class__ is str
            and not _cash_discount_taken
        ):
            cash_discount_taken = None
        else:
            cash_discount_taken = decimal_from_json(_cash_discount_taken)

        _balance_write_off = d.pop("balanceWriteOff", None)
        balance_write_off: Decimal | None
        if (
            _balance_write_off is None
            or _balance_write_off.__class__ is str
            and not _balance_write_off
        ):
            balance_write_off = None
        else:
            balance_write_off = decimal_from_json(_balance_write_off)

        _write_off_reason_code = d.pop("writeOffReasonCode", None)
        write_off_reason_code: IdDescriptionDto | None
        if _write_off_reason_code is None:
            write_off_reason_code = None
        else:
            write_off_reason_code = IdDescriptionDto.from_dict(_write_off_reason_code)

        _date = d.pop("date", None)
        date: datetime.datetime | None
        if _date is None or _date == "":
            date = None
        else:
            date = local_datetime_from_json(_date)

        _due_date = d.pop("dueDate", None)
        due_date: datetime.datetime | None
        if _due_date is None or _due_date == "":
            due_date = None
        else:
            due_date = local_datetime_from_json(_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", None)
        cash_discount_date: datetime.datetime | None
        if _cash_discount_date is None or _cash_discount_date == "":
            cash_discount_date = None
        else:
            cash_discount_date = local_datetime_from_json(_cash_discount_date)

        _balance = d.pop("balance", None)
        balance: Decimal | None
        if _balance is None or _balance.__class__ is str and not _balance:
            balance = None
        else:
            balance = decimal_from_json(_balance)

        _cash_discount_balance = d.pop("cashDiscountBalance", None)
        cash_discount_balance: Decimal | None
        if (
            _cash_discount_balance is None
            or _cash_discount_balance.__class__ is str
            and not _cash_discount_balance
        ):
            cash_discount_balance = None
        else:
            cash_discount_balance = decimal_from_json(_cash_discount_balance)

        description = d.pop("description", None)

        currency = d.pop("currency", None)

        post_period = d.pop("postPeriod", None)

        customer_order = d.pop("customerOrder", None)

        _cross_rate = d.pop("crossRate", None)
        cross_rate: Decimal | None
        if _cross_rate is None or _cross_rate.__class__ is str and not _cross_rate:
            cross_rate = None
        else:
            cross_rate = decimal_from_json(_cross_rate)

        payment_line_dto = cls(
            document_type=document_type,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            balance_write_off=balance_write_off,
            write_off_reason_code=write_off_reason_code,
            date=date,
            due_date=due_date,
            cash_discount_date=cash_discount_date,
            balance=balance,
            cash_discount_balance=cash_discount_balance,
            description=description,
            currency=currency,
            post_period=post_period,
            customer_order=customer_order,
            cross_rate=cross_rate,
        )
        payment_line_dto._wire_keys = keys_seen

        payment_line_dto.additional_properties = d
        return payment_line_dto

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
from ..models.id_description_dto import IdDescriptionDto
