from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_status import DocumentStatus
from ..models.payment_types import PaymentTypes
from ..types import (
    UNSET,
    DecimalLimits,
    Unset,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
)

T = TypeVar("T", bound="PaymentDto")


@_attrs_define
class PaymentDto:
    """A customer payment (read). In list pages every item carries `metadata`. All date-times are naive local timestamps
    (e.g. `2024-01-31T00:00:00`).

        Attributes:
            type_ (PaymentTypes | str | Unset): Customer payment document type.
            ref_nbr (str | Unset): The payment number, generated from the number series (AR101000).
            status (DocumentStatus | str | Unset): Status of a customer ledger document.
            hold (bool | Unset): The document is a draft with the On hold status.
            application_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            application_period (str | Unset): Financial period the payment is applied to (mandatory on create).
            payment_ref (str | Unset): Secondary payment reference, system-generated or external (mandatory on create).
            customer (NumberNameDto | Unset): Reference to an entity by number and name (customer, branch, child customer).
            location (LocationDto | Unset): Customer location.
            payment_method (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            cash_account (str | Unset): Cash account of the payment method; not available for credit notes.
            currency (str | Unset): The currency of the payment document.
            payment_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            invoice_text (str | Unset): User-defined description of the payment (50 characters).
            applied_to_documents (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            applied_to_orders (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            available_balance (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            write_off_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            finance_charges (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            deducted_charges (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            branch (str | Unset): Branch number.
            last_modified_date_time (datetime.datetime | Unset): A date-time as Visma writes it: local time without an
                offset (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an
                offset (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-
                time` is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            payment_lines (list[PaymentLineDto] | Unset): Documents to apply.
            orders_to_apply (list[OrderToApplyDto] | Unset): Orders to apply.
            financial_details (PaymentFinancialDetailsDto | Unset): Financial details of a payment.
            payment_amount_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            available_balance_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            time_stamp (str | Unset): Version of the resource (base64 rowversion); the same value as the ETag header.
            error_info (str | Unset):
            metadata (MetadataDto | Unset): Pagination info carried by every item of a list page: total number of matching
                records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    type_: PaymentTypes | str | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    status: DocumentStatus | str | Unset = UNSET
    hold: bool | Unset = UNSET
    application_date: datetime.datetime | Unset = UNSET
    application_period: str | Unset = UNSET
    payment_ref: str | Unset = UNSET
    customer: NumberNameDto | Unset = UNSET
    location: LocationDto | Unset = UNSET
    payment_method: IdDescriptionDto | Unset = UNSET
    cash_account: str | Unset = UNSET
    currency: str | Unset = UNSET
    payment_amount: Decimal | Unset = UNSET
    invoice_text: str | Unset = UNSET
    applied_to_documents: Decimal | Unset = UNSET
    applied_to_orders: Decimal | Unset = UNSET
    available_balance: Decimal | Unset = UNSET
    write_off_amount: Decimal | Unset = UNSET
    finance_charges: Decimal | Unset = UNSET
    deducted_charges: Decimal | Unset = UNSET
    branch: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    payment_lines: list[PaymentLineDto] | Unset = UNSET
    orders_to_apply: list[OrderToApplyDto] | Unset = UNSET
    financial_details: PaymentFinancialDetailsDto | Unset = UNSET
    payment_amount_in_currency: Decimal | Unset = UNSET
    available_balance_in_currency: Decimal | Unset = UNSET
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "payment_amount": DecimalLimits(),
        "applied_to_documents": DecimalLimits(),
        "applied_to_orders": DecimalLimits(),
        "available_balance": DecimalLimits(),
        "write_off_amount": DecimalLimits(),
        "finance_charges": DecimalLimits(),
        "deducted_charges": DecimalLimits(),
        "payment_amount_in_currency": DecimalLimits(),
        "available_balance_in_currency": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        ref_nbr = self.ref_nbr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        hold = self.hold

        application_date: str | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = local_datetime_to_json(self.application_date)

        application_period = self.application_period

        payment_ref = self.payment_ref

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account = self.cash_account

        currency = self.currency

        payment_amount: Decimal | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount

        invoice_text = self.invoice_text

        applied_to_documents: Decimal | Unset = UNSET
        if not isinstance(self.applied_to_documents, Unset):
            applied_to_documents = self.applied_to_documents

        applied_to_orders: Decimal | Unset = UNSET
        if not isinstance(self.applied_to_orders, Unset):
            applied_to_orders = self.applied_to_orders

        available_balance: Decimal | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = self.available_balance

        write_off_amount: Decimal | Unset = UNSET
        if not isinstance(self.write_off_amount, Unset):
            write_off_amount = self.write_off_amount

        finance_charges: Decimal | Unset = UNSET
        if not isinstance(self.finance_charges, Unset):
            finance_charges = self.finance_charges

        deducted_charges: Decimal | Unset = UNSET
        if not isinstance(self.deducted_charges, Unset):
            deducted_charges = self.deducted_charges

        branch = self.branch

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = local_datetime_to_json(
                self.last_modified_date_time
            )

        payment_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_lines, Unset):
            payment_lines = []
            for payment_lines_item_data in self.payment_lines:
                payment_lines_item = payment_lines_item_data.to_dict()
                payment_lines.append(payment_lines_item)

        orders_to_apply: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders_to_apply, Unset):
            orders_to_apply = []
            for orders_to_apply_item_data in self.orders_to_apply:
                orders_to_apply_item = orders_to_apply_item_data.to_dict()
                orders_to_apply.append(orders_to_apply_item)

        financial_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_details, Unset):
            financial_details = self.financial_details.to_dict()

        payment_amount_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.payment_amount_in_currency, Unset):
            payment_amount_in_currency = self.payment_amount_in_currency

        available_balance_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.available_balance_in_currency, Unset):
            available_balance_in_currency = self.available_balance_in_currency

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if customer is not UNSET:
            field_dict["customer"] = customer
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
        if applied_to_documents is not UNSET:
            field_dict["appliedToDocuments"] = applied_to_documents
        if applied_to_orders is not UNSET:
            field_dict["appliedToOrders"] = applied_to_orders
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if write_off_amount is not UNSET:
            field_dict["writeOffAmount"] = write_off_amount
        if finance_charges is not UNSET:
            field_dict["financeCharges"] = finance_charges
        if deducted_charges is not UNSET:
            field_dict["deductedCharges"] = deducted_charges
        if branch is not UNSET:
            field_dict["branch"] = branch
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if payment_lines is not UNSET:
            field_dict["paymentLines"] = payment_lines
        if orders_to_apply is not UNSET:
            field_dict["ordersToApply"] = orders_to_apply
        if financial_details is not UNSET:
            field_dict["financialDetails"] = financial_details
        if payment_amount_in_currency is not UNSET:
            field_dict["paymentAmountInCurrency"] = payment_amount_in_currency
        if available_balance_in_currency is not UNSET:
            field_dict["availableBalanceInCurrency"] = available_balance_in_currency
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", None)
        type_: PaymentTypes | str | Unset
        if _type_ is None:
            type_ = UNSET
        else:
            type_ = open_enum(PaymentTypes, _type_, "PaymentDto.type")

        ref_nbr = d.pop("refNbr", UNSET)
        if ref_nbr is None:
            ref_nbr = UNSET

        _status = d.pop("status", None)
        status: DocumentStatus | str | Unset
        if _status is None:
            status = UNSET
        else:
            status = open_enum(DocumentStatus, _status, "PaymentDto.status")

        hold = d.pop("hold", UNSET)
        if hold is None:
            hold = UNSET

        _application_date = d.pop("applicationDate", None)
        application_date: datetime.datetime | Unset
        if _application_date is None or _application_date == "":
            application_date = UNSET
        else:
            application_date = local_datetime_from_json(_application_date)

        application_period = d.pop("applicationPeriod", UNSET)
        if application_period is None:
            application_period = UNSET

        payment_ref = d.pop("paymentRef", UNSET)
        if payment_ref is None:
            payment_ref = UNSET

        _customer = d.pop("customer", None)
        customer: NumberNameDto | Unset
        if _customer is None:
            customer = UNSET
        else:
            customer = NumberNameDto.from_dict(_customer)

        _location = d.pop("location", None)
        location: LocationDto | Unset
        if _location is None:
            location = UNSET
        else:
            location = LocationDto.from_dict(_location)

        _payment_method = d.pop("paymentMethod", None)
        payment_method: IdDescriptionDto | Unset
        if _payment_method is None:
            payment_method = UNSET
        else:
            payment_method = IdDescriptionDto.from_dict(_payment_method)

        cash_account = d.pop("cashAccount", UNSET)
        if cash_account is None:
            cash_account = UNSET

        currency = d.pop("currency", UNSET)
        if currency is None:
            currency = UNSET

        _payment_amount = d.pop("paymentAmount", None)
        payment_amount: Decimal | Unset
        if _payment_amount is None or _payment_amount == "":
            payment_amount = UNSET
        else:
            payment_amount = decimal_from_json(_payment_amount)

        invoice_text = d.pop("invoiceText", UNSET)
        if invoice_text is None:
            invoice_text = UNSET

        _applied_to_documents = d.pop("appliedToDocuments", None)
        applied_to_documents: Decimal | Unset
        if _applied_to_documents is None or _applied_to_documents == "":
            applied_to_documents = UNSET
        else:
            applied_to_documents = decimal_from_json(_applied_to_documents)

        _applied_to_orders = d.pop("appliedToOrders", None)
        applied_to_orders: Decimal | Unset
        if _applied_to_orders is None or _applied_to_orders == "":
            applied_to_orders = UNSET
        else:
            applied_to_orders = decimal_from_json(_applied_to_orders)

        _available_balance = d.pop("availableBalance", None)
        available_balance: Decimal | Unset
        if _available_balance is None or _available_balance == "":
            available_balance = UNSET
        else:
            available_balance = decimal_from_json(_available_balance)

        _write_off_amount = d.pop("writeOffAmount", None)
        write_off_amount: Decimal | Unset
        if _write_off_amount is None or _write_off_amount == "":
            write_off_amount = UNSET
        else:
            write_off_amount = decimal_from_json(_write_off_amount)

        _finance_charges = d.pop("financeCharges", None)
        finance_charges: Decimal | Unset
        if _finance_charges is None or _finance_charges == "":
            finance_charges = UNSET
        else:
            finance_charges = decimal_from_json(_finance_charges)

        _deducted_charges = d.pop("deductedCharges", None)
        deducted_charges: Decimal | Unset
        if _deducted_charges is None or _deducted_charges == "":
            deducted_charges = UNSET
        else:
            deducted_charges = decimal_from_json(_deducted_charges)

        branch = d.pop("branch", UNSET)
        if branch is None:
            branch = UNSET

        _last_modified_date_time = d.pop("lastModifiedDateTime", None)
        last_modified_date_time: datetime.datetime | Unset
        if _last_modified_date_time is None or _last_modified_date_time == "":
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = local_datetime_from_json(_last_modified_date_time)

        _payment_lines = d.pop("paymentLines", None)
        payment_lines: list[PaymentLineDto] | Unset
        if _payment_lines is None:
            payment_lines = UNSET
        else:
            if not isinstance(_payment_lines, list):
                raise TypeError(
                    f"PaymentDto.paymentLines: expected an array, got {type(_payment_lines).__name__}"
                )
            payment_lines = []
            for payment_lines_item_data in _payment_lines:
                payment_lines_item = PaymentLineDto.from_dict(payment_lines_item_data)

                payment_lines.append(payment_lines_item)

        _orders_to_apply = d.pop("ordersToApply", None)
        orders_to_apply: list[OrderToApplyDto] | Unset
        if _orders_to_apply is None:
            orders_to_apply = UNSET
        else:
            if not isinstance(_orders_to_apply, list):
                raise TypeError(
                    f"PaymentDto.ordersToApply: expected an array, got {type(_orders_to_apply).__name__}"
                )
            orders_to_apply = []
            for orders_to_apply_item_data in _orders_to_apply:
                orders_to_apply_item = OrderToApplyDto.from_dict(
                    orders_to_apply_item_data
                )

                orders_to_apply.append(orders_to_apply_item)

        _financial_details = d.pop("financialDetails", None)
        financial_details: PaymentFinancialDetailsDto | Unset
        if _financial_details is None:
            financial_details = UNSET
        else:
            financial_details = PaymentFinancialDetailsDto.from_dict(_financial_details)

        _payment_amount_in_currency = d.pop("paymentAmountInCurrency", None)
        payment_amount_in_currency: Decimal | Unset
        if _payment_amount_in_currency is None or _payment_amount_in_currency == "":
            payment_amount_in_currency = UNSET
        else:
            payment_amount_in_currency = decimal_from_json(_payment_amount_in_currency)

        _available_balance_in_currency = d.pop("availableBalanceInCurrency", None)
        available_balance_in_currency: Decimal | Unset
        if (
            _available_balance_in_currency is None
            or _available_balance_in_currency == ""
        ):
            available_balance_in_currency = UNSET
        else:
            available_balance_in_currency = decimal_from_json(
                _available_balance_in_currency
            )

        time_stamp = d.pop("timeStamp", UNSET)
        if time_stamp is None:
            time_stamp = UNSET

        error_info = d.pop("errorInfo", UNSET)
        if error_info is None:
            error_info = UNSET

        _metadata = d.pop("metadata", None)
        metadata: MetadataDto | Unset
        if _metadata is None:
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        payment_dto = cls(
            type_=type_,
            ref_nbr=ref_nbr,
            status=status,
            hold=hold,
            application_date=application_date,
            application_period=application_period,
            payment_ref=payment_ref,
            customer=customer,
            location=location,
            payment_method=payment_method,
            cash_account=cash_account,
            currency=currency,
            payment_amount=payment_amount,
            invoice_text=invoice_text,
            applied_to_documents=applied_to_documents,
            applied_to_orders=applied_to_orders,
            available_balance=available_balance,
            write_off_amount=write_off_amount,
            finance_charges=finance_charges,
            deducted_charges=deducted_charges,
            branch=branch,
            last_modified_date_time=last_modified_date_time,
            payment_lines=payment_lines,
            orders_to_apply=orders_to_apply,
            financial_details=financial_details,
            payment_amount_in_currency=payment_amount_in_currency,
            available_balance_in_currency=available_balance_in_currency,
            time_stamp=time_stamp,
            error_info=error_info,
            metadata=metadata,
        )

        payment_dto.additional_properties = d
        return payment_dto

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
from ..models.location_dto import LocationDto
from ..models.metadata_dto import MetadataDto
from ..models.number_name_dto import NumberNameDto
from ..models.order_to_apply_dto import OrderToApplyDto
from ..models.payment_financial_details_dto import PaymentFinancialDetailsDto
from ..models.payment_line_dto import PaymentLineDto
