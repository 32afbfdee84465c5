from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_document_types import CustomerDocumentTypes
from ..types import (
    UNSET,
    DecimalLimits,
    Unset,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
)

T = TypeVar("T", bound="PaymentLineDto")


@_attrs_define
class PaymentLineDto:
    """A document the payment is applied to.

    Attributes:
        document_type (CustomerDocumentTypes | str | Unset): Customer ledger document type.
        ref_nbr (str | Unset): Reference number of the invoice or note the payment is applied to.
        amount_paid (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        cash_discount_taken (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        balance_write_off (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        write_off_reason_code (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment
            method, credit terms, VAT zone, VAT code, salesperson, write-off reason code).
        date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        due_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        cash_discount_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        balance (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        cash_discount_balance (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        description (str | Unset):
        currency (str | Unset):
        post_period (str | Unset): Post period of the document (vendor text says MMYYYY).
        customer_order (str | Unset): Customer's reference such as a purchase order number.
        cross_rate (Decimal | Unset): Cross rate between payment and document currency.
    """

    document_type: CustomerDocumentTypes | str | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    amount_paid: Decimal | Unset = UNSET
    cash_discount_taken: Decimal | Unset = UNSET
    balance_write_off: Decimal | Unset = UNSET
    write_off_reason_code: IdDescriptionDto | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    balance: Decimal | Unset = UNSET
    cash_discount_balance: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    currency: str | Unset = UNSET
    post_period: str | Unset = UNSET
    customer_order: str | Unset = UNSET
    cross_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = str(self.document_type)

        ref_nbr = self.ref_nbr

        amount_paid: Decimal | Unset = UNSET
        if not isinstance(self.amount_paid, Unset):
            amount_paid = self.amount_paid

        cash_discount_taken: Decimal | Unset = UNSET
        if not isinstance(self.cash_discount_taken, Unset):
            cash_discount_taken = self.cash_discount_taken

        balance_write_off: Decimal | Unset = UNSET
        if not isinstance(self.balance_write_off, Unset):
            balance_write_off = self.balance_write_off

        write_off_reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_reason_code, Unset):
            write_off_reason_code = self.write_off_reason_code.to_dict()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = local_datetime_to_json(self.date)

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = local_datetime_to_json(self.due_date)

        cash_discount_date: str | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = local_datetime_to_json(self.cash_discount_date)

        balance: Decimal | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance

        cash_discount_balance: Decimal | Unset = UNSET
        if not isinstance(self.cash_discount_balance, Unset):
            cash_discount_balance = self.cash_discount_balance

        description = self.description

        currency = self.currency

        post_period = self.post_period

        customer_order = self.customer_order

        cross_rate: Decimal | Unset = UNSET
        if not isinstance(self.cross_rate, Unset):
            cross_rate = self.cross_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance_write_off is not UNSET:
            field_dict["balanceWriteOff"] = balance_write_off
        if write_off_reason_code is not UNSET:
            field_dict["writeOffReasonCode"] = write_off_reason_code
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if balance is not UNSET:
            field_dict["balance"] = balance
        if cash_discount_balance is not UNSET:
            field_dict["cashDiscountBalance"] = cash_discount_balance
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if customer_order is not UNSET:
            field_dict["customerOrder"] = customer_order
        if cross_rate is not UNSET:
            field_dict["crossRate"] = cross_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentLineDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _document_type = d.pop("documentType", None)
        document_type: CustomerDocumentTypes | str | Unset
        if _document_type is None:
            document_type = UNSET
        else:
            document_type = open_enum(
                CustomerDocumentTypes, _document_type, "PaymentLineDto.documentType"
            )

        ref_nbr = d.pop("refNbr", UNSET)
        if ref_nbr is None:
            ref_nbr = UNSET

        _amount_paid = d.pop("amountPaid", None)
        amount_paid: Decimal | Unset
        if _amount_paid is None or _amount_paid == "":
            amount_paid = UNSET
        else:
            amount_paid = decimal_from_json(_amount_paid)

        _cash_discount_taken = d.pop("cashDiscountTaken", None)
        cash_discount_taken: Decimal | Unset
        if _cash_discount_taken is None or _cash_discount_taken == "":
            cash_discount_taken = UNSET
        else:
            cash_discount_taken = decimal_from_json(_cash_discount_taken)

        _balance_write_off = d.pop("balanceWriteOff", None)
        balance_write_off: Decimal | Unset
        if _balance_write_off is None or _balance_write_off == "":
            balance_write_off = UNSET
        else:
            balance_write_off = decimal_from_json(_balance_write_off)

        _write_off_reason_code = d.pop("writeOffReasonCode", None)
        write_off_reason_code: IdDescriptionDto | Unset
        if _write_off_reason_code is None:
            write_off_reason_code = UNSET
        else:
            write_off_reason_code = IdDescriptionDto.from_dict(_write_off_reason_code)

        _date = d.pop("date", None)
        date: datetime.datetime | Unset
        if _date is None or _date == "":
            date = UNSET
        else:
            date = local_datetime_from_json(_date)

        _due_date = d.pop("dueDate", None)
        due_date: datetime.datetime | Unset
        if _due_date is None or _due_date == "":
            due_date = UNSET
        else:
            due_date = local_datetime_from_json(_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", None)
        cash_discount_date: datetime.datetime | Unset
        if _cash_discount_date is None or _cash_discount_date == "":
            cash_discount_date = UNSET
        else:
            cash_discount_date = local_datetime_from_json(_cash_discount_date)

        _balance = d.pop("balance", None)
        balance: Decimal | Unset
        if _balance is None or _balance == "":
            balance = UNSET
        else:
            balance = decimal_from_json(_balance)

        _cash_discount_balance = d.pop("cashDiscountBalance", None)
        cash_discount_balance: Decimal | Unset
        if _cash_discount_balance is None or _cash_discount_balance == "":
            cash_discount_balance = UNSET
        else:
            cash_discount_balance = decimal_from_json(_cash_discount_balance)

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET

        currency = d.pop("currency", UNSET)
        if currency is None:
            currency = UNSET

        post_period = d.pop("postPeriod", UNSET)
        if post_period is None:
            post_period = UNSET

        customer_order = d.pop("customerOrder", UNSET)
        if customer_order is None:
            customer_order = UNSET

        _cross_rate = d.pop("crossRate", None)
        cross_rate: Decimal | Unset
        if _cross_rate is None or _cross_rate == "":
            cross_rate = UNSET
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
