from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_document_types import CustomerDocumentTypes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_description_dto import IdDescriptionDto


T = TypeVar("T", bound="PaymentLineDto")


@_attrs_define
class PaymentLineDto:
    """A document the payment is applied to.

    Attributes:
        document_type (CustomerDocumentTypes | Unset): Customer ledger document type.
        ref_nbr (str | Unset): Reference number of the invoice or note the payment is applied to.
        amount_paid (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        cash_discount_taken (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        balance_write_off (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        write_off_reason_code (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment
            method, credit terms, VAT zone, VAT code, salesperson, write-off reason code).
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
        cash_discount_balance (float | Unset): Monetary amount; a JSON number on the wire, the SDK treats it as Decimal.
        description (str | Unset):
        currency (str | Unset):
        post_period (str | Unset): Post period of the document (vendor text says MMYYYY).
        customer_order (str | Unset): Customer's reference such as a purchase order number.
        cross_rate (float | Unset): Cross rate between payment and document currency (decimal).
    """

    document_type: CustomerDocumentTypes | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    amount_paid: float | Unset = UNSET
    cash_discount_taken: float | Unset = UNSET
    balance_write_off: float | Unset = UNSET
    write_off_reason_code: IdDescriptionDto | Unset = UNSET
    date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    cash_discount_date: str | Unset = UNSET
    balance: float | Unset = UNSET
    cash_discount_balance: float | Unset = UNSET
    description: str | Unset = UNSET
    currency: str | Unset = UNSET
    post_period: str | Unset = UNSET
    customer_order: str | Unset = UNSET
    cross_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        ref_nbr = self.ref_nbr

        amount_paid = self.amount_paid

        cash_discount_taken = self.cash_discount_taken

        balance_write_off = self.balance_write_off

        write_off_reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_reason_code, Unset):
            write_off_reason_code = self.write_off_reason_code.to_dict()

        date = self.date

        due_date = self.due_date

        cash_discount_date = self.cash_discount_date

        balance = self.balance

        cash_discount_balance = self.cash_discount_balance

        description = self.description

        currency = self.currency

        post_period = self.post_period

        customer_order = self.customer_order

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
        from ..models.id_description_dto import IdDescriptionDto

        d = dict(src_dict)
        _document_type = d.pop("documentType", UNSET)
        document_type: CustomerDocumentTypes | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = CustomerDocumentTypes(_document_type)

        ref_nbr = d.pop("refNbr", UNSET)

        amount_paid = d.pop("amountPaid", UNSET)

        cash_discount_taken = d.pop("cashDiscountTaken", UNSET)

        balance_write_off = d.pop("balanceWriteOff", UNSET)

        _write_off_reason_code = d.pop("writeOffReasonCode", UNSET)
        write_off_reason_code: IdDescriptionDto | Unset
        if isinstance(_write_off_reason_code, Unset):
            write_off_reason_code = UNSET
        else:
            write_off_reason_code = IdDescriptionDto.from_dict(_write_off_reason_code)

        date = d.pop("date", UNSET)

        due_date = d.pop("dueDate", UNSET)

        cash_discount_date = d.pop("cashDiscountDate", UNSET)

        balance = d.pop("balance", UNSET)

        cash_discount_balance = d.pop("cashDiscountBalance", UNSET)

        description = d.pop("description", UNSET)

        currency = d.pop("currency", UNSET)

        post_period = d.pop("postPeriod", UNSET)

        customer_order = d.pop("customerOrder", UNSET)

        cross_rate = d.pop("crossRate", UNSET)

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
