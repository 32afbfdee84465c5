from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_to_apply_status import OrderToApplyStatus
from ..types import (
    DecimalLimits,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
    wire_keys,
)

T = TypeVar("T", bound="OrderToApplyDto")


@_attrs_define
class OrderToApplyDto:
    """A sales order the payment is reserved for.

    Attributes:
        order_type (str | None):
        order_no (str | None):
        status (OrderToApplyStatus | str | None): Status of a sales order a payment is reserved for.
        applied_to_order (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        transferred_to_invoice (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
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
        description (str | None):
        order_total (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        currency (str | None):
        invoice_nbr (str | None):
        invoice_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
    """

    order_type: str | None = None
    order_no: str | None = None
    status: OrderToApplyStatus | str | None = None
    applied_to_order: Decimal | None = None
    transferred_to_invoice: Decimal | None = None
    date: datetime.datetime | None = None
    due_date: datetime.datetime | None = None
    cash_discount_date: datetime.datetime | None = None
    balance: Decimal | None = None
    description: str | None = None
    order_total: Decimal | None = None
    currency: str | None = None
    invoice_nbr: str | None = None
    invoice_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "orderType": "order_type",
        "orderNo": "order_no",
        "status": "status",
        "appliedToOrder": "applied_to_order",
        "transferredToInvoice": "transferred_to_invoice",
        "date": "date",
        "dueDate": "due_date",
        "cashDiscountDate": "cash_discount_date",
        "balance": "balance",
        "description": "description",
        "orderTotal": "order_total",
        "currency": "currency",
        "invoiceNbr": "invoice_nbr",
        "invoiceDate": "invoice_date",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "applied_to_order": DecimalLimits(),
        "transferred_to_invoice": DecimalLimits(),
        "balance": DecimalLimits(),
        "order_total": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        order_no = self.order_no

        status: str | None = None
        if self.status is not None:
            status = str(self.status)

        applied_to_order: Decimal | None = None
        if self.applied_to_order is not None:
            applied_to_order = self.applied_to_order

        transferred_to_invoice: Decimal | None = None
        if self.transferred_to_invoice is not None:
            transferred_to_invoice = self.transferred_to_invoice

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

        description = self.description

        order_total: Decimal | None = None
        if self.order_total is not None:
            order_total = self.order_total

        currency = self.currency

        invoice_nbr = self.invoice_nbr

        invoice_date: str | None = None
        if self.invoice_date is not None:
            invoice_date = local_datetime_to_json(self.invoice_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not None:
            field_dict["orderType"] = order_type
        if order_no is not None:
            field_dict["orderNo"] = order_no
        if status is not None:
            field_dict["status"] = status
        if applied_to_order is not None:
            field_dict["appliedToOrder"] = applied_to_order
        if transferred_to_invoice is not None:
            field_dict["transferredToInvoice"] = transferred_to_invoice
        if date is not None:
            field_dict["date"] = date
        if due_date is not None:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not None:
            field_dict["cashDiscountDate"] = cash_discount_date
        if balance is not None:
            field_dict["balance"] = balance
        if description is not None:
            field_dict["description"] = description
        if order_total is not None:
            field_dict["orderTotal"] = order_total
        if currency is not None:
            field_dict["currency"] = currency
        if invoice_nbr is not None:
            field_dict["invoiceNbr"] = invoice_nbr
        if invoice_date is not None:
            field_dict["invoiceDate"] = invoice_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"OrderToApplyDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        order_type = d.pop("orderType", None)

        order_no = d.pop("orderNo", None)

        _status = d.pop("status", None)
        status: OrderToApplyStatus | str | None
        if _status is None:
            status = None
        else:
            status = open_enum(OrderToApplyStatus, _status, "OrderToApplyDto.status")

        _applied_to_order = d.pop("appliedToOrder", None)
        applied_to_order: Decimal | None
        if (
            _applied_to_order is None
            or _applied_to_order.__class__ is str
            and not _applied_to_order
        ):
            applied_to_order = None
        else:
            applied_to_order = decimal_from_json(_applied_to_order)

        _transferred_to_invoice = d.pop("transferredToInvoice", None)
        transferred_to_invoice: Decimal | None
        if (
            _transferred_to_invoice is None
            or _transferred_to_invoice.__class__ is str
            and not _transferred_to_invoice
        ):
            transferred_to_invoice = None
        else:
            transferred_to_invoice = decimal_from_json(_transferred_to_invoice)

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

        description = d.pop("description", None)

        _order_total = d.pop("orderTotal", None)
        order_total: Decimal | None
        if _order_total is None or _order_total.__class__ is str and not _order_total:
            order_total = None
        else:
            order_total = decimal_from_json(_order_total)

        currency = d.pop("currency", None)

        invoice_nbr = d.pop("invoiceNbr", None)

        _invoice_date = d.pop("invoiceDate", None)
        invoice_date: datetime.datetime | None
        if _invoice_date is None or _invoice_date == "":
            invoice_date = None
        else:
            invoice_date = local_datetime_from_json(_invoice_date)

        order_to_apply_dto = cls(
            order_type=order_type,
            order_no=order_no,
            status=status,
            applied_to_order=applied_to_order,
            transferred_to_invoice=transferred_to_invoice,
            date=date,
            due_date=due_date,
            cash_discount_date=cash_discount_date,
            balance=balance,
            description=description,
            order_total=order_total,
            currency=currency,
            invoice_nbr=invoice_nbr,
            invoice_date=invoice_date,
        )
        order_to_apply_dto._wire_keys = keys_seen

        order_to_apply_dto.additional_properties = d
        return order_to_apply_dto

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
