from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCreateDto")


@_attrs_define
class PaymentCreateDto:
    """Create body of a payment: a PaymentUpdateDto whose `customer` (the customer number) is required and not empty.
    `type`, `applicationDate` (or `applicationPeriod`), `paymentRef`, `cashAccount` and `location` are defaulted by the
    server when left out (the UI calls them mandatory); the customer is the one it cannot default.

        Attributes:
            customer (DtoValueOfString): Update wrapper for a string that must be given and not be empty.
            reference_number (DtoValueOfString | Unset): Update wrapper for a string.
            type_ (DtoValueOfPaymentTypes | Unset): Update wrapper for a payment type.
            hold (DtoValueOfBoolean | Unset): Update wrapper for a boolean.
            application_date (DtoValueOfDateTime | Unset): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            application_period (DtoValueOfString | Unset): Update wrapper for a string.
            payment_ref (DtoValueOfString | Unset): Update wrapper for a string.
            location (DtoValueOfString | Unset): Update wrapper for a string.
            payment_method (DtoValueOfString | Unset): Update wrapper for a string.
            cash_account (DtoValueOfString | Unset): Update wrapper for a string.
            currency (DtoValueOfString | Unset): Update wrapper for a string.
            payment_amount (DtoValueOfAmount | Unset): Update wrapper for a monetary amount (`DtoValueOfDecimal` in the
                vendor's spec).
            invoice_text (DtoValueOfString | Unset): Update wrapper for a string.
            branch (DtoValueOfString | Unset): Update wrapper for a string.
            override_number_series (DtoValueOfBoolean | Unset): Update wrapper for a boolean.
            orders_to_apply (list[PaymentOrdersLinesUpdateDto] | Unset):
            finance_charges (list[FinanceChargesUpdateDto] | Unset):
            payment_lines (list[PaymentLineUpdateDto] | Unset):
    """

    customer: DtoValueOfString
    reference_number: DtoValueOfString | Unset = UNSET
    type_: DtoValueOfPaymentTypes | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    application_date: DtoValueOfDateTime | Unset = UNSET
    application_period: DtoValueOfString | Unset = UNSET
    payment_ref: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    payment_method: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    payment_amount: DtoValueOfAmount | Unset = UNSET
    invoice_text: DtoValueOfString | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    orders_to_apply: list[PaymentOrdersLinesUpdateDto] | Unset = UNSET
    finance_charges: list[FinanceChargesUpdateDto] | Unset = UNSET
    payment_lines: list[PaymentLineUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        application_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = self.application_date.to_dict()

        application_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_period, Unset):
            application_period = self.application_period.to_dict()

        payment_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_ref, Unset):
            payment_ref = self.payment_ref.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        invoice_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_text, Unset):
            invoice_text = self.invoice_text.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        orders_to_apply: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders_to_apply, Unset):
            orders_to_apply = []
            for orders_to_apply_item_data in self.orders_to_apply:
                orders_to_apply_item = orders_to_apply_item_data.to_dict()
                orders_to_apply.append(orders_to_apply_item)

        finance_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finance_charges, Unset):
            finance_charges = []
            for finance_charges_item_data in self.finance_charges:
                finance_charges_item = finance_charges_item_data.to_dict()
                finance_charges.append(finance_charges_item)

        payment_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_lines, Unset):
            payment_lines = []
            for payment_lines_item_data in self.payment_lines:
                payment_lines_item = payment_lines_item_data.to_dict()
                payment_lines.append(payment_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if hold is not UNSET:
            field_dict["hold"] = hold
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if location is not UNSET:
            field_dict["location"] = location
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text
        if branch is not UNSET:
            field_dict["branch"] = branch
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if orders_to_apply is not UNSET:
            field_dict["ordersToApply"] = orders_to_apply
        if finance_charges is not UNSET:
            field_dict["financeCharges"] = finance_charges
        if payment_lines is not UNSET:
            field_dict["paymentLines"] = payment_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentCreateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        customer = DtoValueOfString.from_dict(d.pop("customer"))

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: DtoValueOfString | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = DtoValueOfString.from_dict(_reference_number)

        _type_ = d.pop("type", UNSET)
        type_: DtoValueOfPaymentTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DtoValueOfPaymentTypes.from_dict(_type_)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _application_date = d.pop("applicationDate", UNSET)
        application_date: DtoValueOfDateTime | Unset
        if isinstance(_application_date, Unset):
            application_date = UNSET
        else:
            application_date = DtoValueOfDateTime.from_dict(_application_date)

        _application_period = d.pop("applicationPeriod", UNSET)
        application_period: DtoValueOfString | Unset
        if isinstance(_application_period, Unset):
            application_period = UNSET
        else:
            application_period = DtoValueOfString.from_dict(_application_period)

        _payment_ref = d.pop("paymentRef", UNSET)
        payment_ref: DtoValueOfString | Unset
        if isinstance(_payment_ref, Unset):
            payment_ref = UNSET
        else:
            payment_ref = DtoValueOfString.from_dict(_payment_ref)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: DtoValueOfString | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = DtoValueOfString.from_dict(_payment_method)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | Unset
        if isinstance(_cash_account, Unset):
            cash_account = UNSET
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _payment_amount = d.pop("paymentAmount", UNSET)
        payment_amount: DtoValueOfAmount | Unset
        if isinstance(_payment_amount, Unset):
            payment_amount = UNSET
        else:
            payment_amount = DtoValueOfAmount.from_dict(_payment_amount)

        _invoice_text = d.pop("invoiceText", UNSET)
        invoice_text: DtoValueOfString | Unset
        if isinstance(_invoice_text, Unset):
            invoice_text = UNSET
        else:
            invoice_text = DtoValueOfString.from_dict(_invoice_text)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(
                _override_number_series
            )

        _orders_to_apply = d.pop("ordersToApply", UNSET)
        orders_to_apply: list[PaymentOrdersLinesUpdateDto] | Unset
        if isinstance(_orders_to_apply, Unset):
            orders_to_apply = UNSET
        else:
            if not isinstance(_orders_to_apply, list):
                raise TypeError(
                    f"orders_to_apply: expected an array, got {type(_orders_to_apply).__name__}"
                )
            orders_to_apply = []
            for orders_to_apply_item_data in _orders_to_apply:
                orders_to_apply_item = PaymentOrdersLinesUpdateDto.from_dict(
                    orders_to_apply_item_data
                )

                orders_to_apply.append(orders_to_apply_item)

        _finance_charges = d.pop("financeCharges", UNSET)
        finance_charges: list[FinanceChargesUpdateDto] | Unset
        if isinstance(_finance_charges, Unset):
            finance_charges = UNSET
        else:
            if not isinstance(_finance_charges, list):
                raise TypeError(
                    f"finance_charges: expected an array, got {type(_finance_charges).__name__}"
                )
            finance_charges = []
            for finance_charges_item_data in _finance_charges:
                finance_charges_item = FinanceChargesUpdateDto.from_dict(
                    finance_charges_item_data
                )

                finance_charges.append(finance_charges_item)

        _payment_lines = d.pop("paymentLines", UNSET)
        payment_lines: list[PaymentLineUpdateDto] | Unset
        if isinstance(_payment_lines, Unset):
            payment_lines = UNSET
        else:
            if not isinstance(_payment_lines, list):
                raise TypeError(
                    f"payment_lines: expected an array, got {type(_payment_lines).__name__}"
                )
            payment_lines = []
            for payment_lines_item_data in _payment_lines:
                payment_lines_item = PaymentLineUpdateDto.from_dict(
                    payment_lines_item_data
                )

                payment_lines.append(payment_lines_item)

        payment_create_dto = cls(
            customer=customer,
            reference_number=reference_number,
            type_=type_,
            hold=hold,
            application_date=application_date,
            application_period=application_period,
            payment_ref=payment_ref,
            location=location,
            payment_method=payment_method,
            cash_account=cash_account,
            currency=currency,
            payment_amount=payment_amount,
            invoice_text=invoice_text,
            branch=branch,
            override_number_series=override_number_series,
            orders_to_apply=orders_to_apply,
            finance_charges=finance_charges,
            payment_lines=payment_lines,
        )

        payment_create_dto.additional_properties = d
        return payment_create_dto

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
from ..models.dto_value_of_amount import DtoValueOfAmount
from ..models.dto_value_of_boolean import DtoValueOfBoolean
from ..models.dto_value_of_date_time import DtoValueOfDateTime
from ..models.dto_value_of_payment_types import DtoValueOfPaymentTypes
from ..models.dto_value_of_string import DtoValueOfString
from ..models.finance_charges_update_dto import FinanceChargesUpdateDto
from ..models.payment_line_update_dto import PaymentLineUpdateDto
from ..models.payment_orders_lines_update_dto import PaymentOrdersLinesUpdateDto
