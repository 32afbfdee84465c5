from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_to_apply_status import OrderToApplyStatus
from ..types import (
    UNSET,
    DecimalLimits,
    Unset,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
)

T = TypeVar("T", bound="OrderToApplyDto")


@_attrs_define
class OrderToApplyDto:
    """A sales order the payment is reserved for.

    Attributes:
        order_type (str | Unset):
        order_no (str | Unset):
        status (OrderToApplyStatus | str | Unset): Status of a sales order a payment is reserved for.
        applied_to_order (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        transferred_to_invoice (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
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
        description (str | Unset):
        order_total (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        currency (str | Unset):
        invoice_nbr (str | Unset):
        invoice_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
    """

    order_type: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: OrderToApplyStatus | str | Unset = UNSET
    applied_to_order: Decimal | Unset = UNSET
    transferred_to_invoice: Decimal | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    balance: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    order_total: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    invoice_nbr: str | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        applied_to_order: Decimal | Unset = UNSET
        if not isinstance(self.applied_to_order, Unset):
            applied_to_order = self.applied_to_order

        transferred_to_invoice: Decimal | Unset = UNSET
        if not isinstance(self.transferred_to_invoice, Unset):
            transferred_to_invoice = self.transferred_to_invoice

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

        description = self.description

        order_total: Decimal | Unset = UNSET
        if not isinstance(self.order_total, Unset):
            order_total = self.order_total

        currency = self.currency

        invoice_nbr = self.invoice_nbr

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = local_datetime_to_json(self.invoice_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no
        if status is not UNSET:
            field_dict["status"] = status
        if applied_to_order is not UNSET:
            field_dict["appliedToOrder"] = applied_to_order
        if transferred_to_invoice is not UNSET:
            field_dict["transferredToInvoice"] = transferred_to_invoice
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if balance is not UNSET:
            field_dict["balance"] = balance
        if description is not UNSET:
            field_dict["description"] = description
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_nbr is not UNSET:
            field_dict["invoiceNbr"] = invoice_nbr
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"OrderToApplyDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_type = d.pop("orderType", UNSET)
        if order_type is None:
            order_type = UNSET

        order_no = d.pop("orderNo", UNSET)
        if order_no is None:
            order_no = UNSET

        _status = d.pop("status", None)
        status: OrderToApplyStatus | str | Unset
        if _status is None:
            status = UNSET
        else:
            status = open_enum(OrderToApplyStatus, _status, "OrderToApplyDto.status")

        _applied_to_order = d.pop("appliedToOrder", None)
        applied_to_order: Decimal | Unset
        if _applied_to_order is None or _applied_to_order == "":
            applied_to_order = UNSET
        else:
            applied_to_order = decimal_from_json(_applied_to_order)

        _transferred_to_invoice = d.pop("transferredToInvoice", None)
        transferred_to_invoice: Decimal | Unset
        if _transferred_to_invoice is None or _transferred_to_invoice == "":
            transferred_to_invoice = UNSET
        else:
            transferred_to_invoice = decimal_from_json(_transferred_to_invoice)

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

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET

        _order_total = d.pop("orderTotal", None)
        order_total: Decimal | Unset
        if _order_total is None or _order_total == "":
            order_total = UNSET
        else:
            order_total = decimal_from_json(_order_total)

        currency = d.pop("currency", UNSET)
        if currency is None:
            currency = UNSET

        invoice_nbr = d.pop("invoiceNbr", UNSET)
        if invoice_nbr is None:
            invoice_nbr = UNSET

        _invoice_date = d.pop("invoiceDate", None)
        invoice_date: datetime.datetime | Unset
        if _invoice_date is None or _invoice_date == "":
            invoice_date = UNSET
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
