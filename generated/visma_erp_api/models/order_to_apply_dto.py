from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_to_apply_status import OrderToApplyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderToApplyDto")


@_attrs_define
class OrderToApplyDto:
    """A sales order the payment is reserved for.

    Attributes:
        order_type (str | Unset):
        order_no (str | Unset):
        status (OrderToApplyStatus | Unset): Status of a sales order a payment is reserved for.
        applied_to_order (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        transferred_to_invoice (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as
            Decimal.
        date (str | Unset): A date-time as Visma writes it: local time without an offset (`2024-01-31T00:00:00`),
            optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset.
        due_date (str | Unset): A date-time as Visma writes it: local time without an offset (`2024-01-31T00:00:00`),
            optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset.
        cash_discount_date (str | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset.
        balance (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        description (str | Unset):
        order_total (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        currency (str | Unset):
        invoice_nbr (str | Unset):
        invoice_date (str | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset.
    """

    order_type: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: OrderToApplyStatus | Unset = UNSET
    applied_to_order: float | Unset = UNSET
    transferred_to_invoice: float | Unset = UNSET
    date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    cash_discount_date: str | Unset = UNSET
    balance: float | Unset = UNSET
    description: str | Unset = UNSET
    order_total: float | Unset = UNSET
    currency: str | Unset = UNSET
    invoice_nbr: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        order_no = self.order_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        applied_to_order = self.applied_to_order

        transferred_to_invoice = self.transferred_to_invoice

        date = self.date

        due_date = self.due_date

        cash_discount_date = self.cash_discount_date

        balance = self.balance

        description = self.description

        order_total = self.order_total

        currency = self.currency

        invoice_nbr = self.invoice_nbr

        invoice_date = self.invoice_date

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
        d = dict(src_dict)
        order_type = d.pop("orderType", UNSET)

        order_no = d.pop("orderNo", UNSET)

        _status = d.pop("status", UNSET)
        status: OrderToApplyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderToApplyStatus(_status)

        applied_to_order = d.pop("appliedToOrder", UNSET)

        transferred_to_invoice = d.pop("transferredToInvoice", UNSET)

        date = d.pop("date", UNSET)

        due_date = d.pop("dueDate", UNSET)

        cash_discount_date = d.pop("cashDiscountDate", UNSET)

        balance = d.pop("balance", UNSET)

        description = d.pop("description", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        currency = d.pop("currency", UNSET)

        invoice_nbr = d.pop("invoiceNbr", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

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
