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
    DecimalLimits,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
    wire_keys,
)

T = TypeVar("T", bound="PaymentDto")


@_attrs_define
class PaymentDto:
    """A customer payment (read). In list pages every item carries `metadata`. All date-times are naive local timestamps
    (e.g. `2024-01-31T00:00:00`).

        Attributes:
            type_ (PaymentTypes | str | None): Customer payment document type.
            ref_nbr (str | None): The payment number, generated from the number series (AR101000).
            status (DocumentStatus | str | None): Status of a customer ledger document.
            hold (bool | None): The document is a draft with the On hold status.
            application_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            application_period (str | None): Financial period the payment is applied to (mandatory on create).
            payment_ref (str | None): Secondary payment reference, system-generated or external (mandatory on create).
            customer (NumberNameDto | None): Reference to an entity by number and name (customer, branch, child customer).
            location (LocationDto | None): Customer location.
            payment_method (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            cash_account (str | None): Cash account of the payment method; not available for credit notes.
            currency (str | None): The currency of the payment document.
            payment_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            invoice_text (str | None): User-defined description of the payment (50 characters).
            applied_to_documents (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            applied_to_orders (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            available_balance (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            write_off_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            finance_charges (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            deducted_charges (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            branch (str | None): Branch number.
            last_modified_date_time (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            payment_lines (list[PaymentLineDto] | None): Documents to apply.
            orders_to_apply (list[OrderToApplyDto] | None): Orders to apply.
            financial_details (PaymentFinancialDetailsDto | None): Financial details of a payment.
            payment_amount_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            available_balance_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            time_stamp (str | None): Version of the resource (base64 rowversion); the same value as the ETag header.
            error_info (str | None):
            metadata (MetadataDto | None): Pagination info carried by every item of a list page: total number of matching
                records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    type_: PaymentTypes | str | None = None
    ref_nbr: str | None = None
    status: DocumentStatus | str | None = None
    hold: bool | None = None
    application_date: datetime.datetime | None = None
    application_period: str | None = None
    payment_ref: str | None = None
    customer: NumberNameDto | None = None
    location: LocationDto | None = None
    payment_method: IdDescriptionDto | None = None
    cash_account: str | None = None
    currency: str | None = None
    payment_amount: Decimal | None = None
    invoice_text: str | None = None
    applied_to_documents: Decimal | None = None
    applied_to_orders: Decimal | None = None
    available_balance: Decimal | None = None
    write_off_amount: Decimal | None = None
    finance_charges: Decimal | None = None
    deducted_charges: Decimal | None = None
    branch: str | None = None
    last_modified_date_time: datetime.datetime | None = None
    payment_lines: list[PaymentLineDto] | None = None
    orders_to_apply: list[OrderToApplyDto] | None = None
    financial_details: PaymentFinancialDetailsDto | None = None
    payment_amount_in_currency: Decimal | None = None
    available_balance_in_currency: Decimal | None = None
    time_stamp: str | None = None
    error_info: str | None = None
    metadata: MetadataDto | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "refNbr": "ref_nbr",
        "status": "status",
        "hold": "hold",
        "applicationDate": "application_date",
        "applicationPeriod": "application_period",
        "paymentRef": "payment_ref",
        "customer": "customer",
        "location": "location",
        "paymentMethod": "payment_method",
        "cashAccount": "cash_account",
        "currency": "currency",
        "paymentAmount": "payment_amount",
        "invoiceText": "invoice_text",
        "appliedToDocuments": "applied_to_documents",
        "appliedToOrders": "applied_to_orders",
        "availableBalance": "available_balance",
        "writeOffAmount": "write_off_amount",
        "financeCharges": "finance_charges",
        "deductedCharges": "deducted_charges",
        "branch": "branch",
        "lastModifiedDateTime": "last_modified_date_time",
        "paymentLines": "payment_lines",
        "ordersToApply": "orders_to_apply",
        "financialDetails": "financial_details",
        "paymentAmountInCurrency": "payment_amount_in_currency",
        "availableBalanceInCurrency": "available_balance_in_currency",
        "timeStamp": "time_stamp",
        "errorInfo": "error_info",
        "metadata": "metadata",
    }
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
        type_: str | None = None
        if self.type_ is not None:
            type_ = str(self.type_)

        ref_nbr = self.ref_nbr

        status: str | None = None
        if self.status is not None:
            status = str(self.status)

        hold = self.hold

        application_date: str | None = None
        if self.application_date is not None:
            application_date = local_datetime_to_json(self.application_date)

        application_period = self.application_period

        payment_ref = self.payment_ref

        customer: dict[str, Any] | None = None
        if self.customer is not None:
            customer = self.customer.to_dict()

        location: dict[str, Any] | None = None
        if self.location is not None:
            location = self.location.to_dict()

        payment_method: dict[str, Any] | None = None
        if self.payment_method is not None:
            payment_method = self.payment_method.to_dict()

        cash_account = self.cash_account

        currency = self.currency

        payment_amount: Decimal | None = None
        if self.payment_amount is not None:
            payment_amount = self.payment_amount

        invoice_text = self.invoice_text

        applied_to_documents: Decimal | None = None
        if self.applied_to_documents is not None:
            applied_to_documents = self.applied_to_documents

        applied_to_orders: Decimal | None = None
        if self.applied_to_orders is not None:
            applied_to_orders = self.applied_to_orders

        available_balance: Decimal | None = None
        if self.available_balance is not None:
            available_balance = self.available_balance

        write_off_amount: Decimal | None = None
        if self.write_off_amount is not None:
            write_off_amount = self.write_off_amount

        finance_charges: Decimal | None = None
        if self.finance_charges is not None:
            finance_charges = self.finance_charges

        deducted_charges: Decimal | None = None
        if self.deducted_charges is not None:
            deducted_charges = self.deducted_charges

        branch = self.branch

        last_modified_date_time: str | None = None
        if self.last_modified_date_time is not None:
            last_modified_date_time = local_datetime_to_json(
                self.last_modified_date_time
            )

        payment_lines: list[dict[str, Any]] | None = None
        if self.payment_lines is not None:
            payment_lines = []
            for payment_lines_item_data in self.payment_lines:
                payment_lines_item = payment_lines_item_data.to_dict()
                payment_lines.append(payment_lines_item)

        orders_to_apply: list[dict[str, Any]] | None = None
        if self.orders_to_apply is not None:
            orders_to_apply = []
            for orders_to_apply_item_data in self.orders_to_apply:
                orders_to_apply_item = orders_to_apply_item_data.to_dict()
                orders_to_apply.append(orders_to_apply_item)

        financial_details: dict[str, Any] | None = None
        if self.financial_details is not None:
            financial_details = self.financial_details.to_dict()

        payment_amount_in_currency: Decimal | None = None
        if self.payment_amount_in_currency is not None:
            payment_amount_in_currency = self.payment_amount_in_currency

        available_balance_in_currency: Decimal | None = None
        if self.available_balance_in_currency is not None:
            available_balance_in_currency = self.available_balance_in_currency

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if ref_nbr is not None:
            field_dict["refNbr"] = ref_nbr
        if status is not None:
            field_dict["status"] = status
        if hold is not None:
            field_dict["hold"] = hold
        if application_date is not None:
            field_dict["applicationDate"] = application_date
        if application_period is not None:
            field_dict["applicationPeriod"] = application_period
        if payment_ref is not None:
            field_dict["paymentRef"] = payment_ref
        if customer is not None:
            field_dict["customer"] = customer
        if location is not None:
            field_dict["location"] = location
        if payment_method is not None:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not None:
            field_dict["cashAccount"] = cash_account
        if currency is not None:
            field_dict["currency"] = currency
        if payment_amount is not None:
            field_dict["paymentAmount"] = payment_amount
        if invoice_text is not None:
            field_dict["invoiceText"] = invoice_text
        if applied_to_documents is not None:
            field_dict["appliedToDocuments"] = applied_to_documents
        if applied_to_orders is not None:
            field_dict["appliedToOrders"] = applied_to_orders
        if available_balance is not None:
            field_dict["availableBalance"] = available_balance
        if write_off_amount is not None:
            field_dict["writeOffAmount"] = write_off_amount
        if finance_charges is not None:
            field_dict["financeCharges"] = finance_charges
        if deducted_charges is not None:
            field_dict["deductedCharges"] = deducted_charges
        if branch is not None:
            field_dict["branch"] = branch
        if last_modified_date_time is not None:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if payment_lines is not None:
            field_dict["paymentLines"] = payment_lines
        if orders_to_apply is not None:
            field_dict["ordersToApply"] = orders_to_apply
        if financial_details is not None:
            field_dict["financialDetails"] = financial_details
        if payment_amount_in_currency is not None:
            field_dict["paymentAmountInCurrency"] = payment_amount_in_currency
        if available_balance_in_currency is not None:
            field_dict["availableBalanceInCurrency"] = available_balance_in_currency
        if time_stamp is not None:
            field_dict["timeStamp"] = time_stamp
        if error_info is not None:
            field_dict["errorInfo"] = error_info
        if metadata is not None:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _type_ = d.pop("type", None)
        type_: PaymentTypes | str | None
        if _type_ is None:
            type_ = None
        else:
            type_ = open_enum(PaymentTypes, _type_, "PaymentDto.type")

        ref_nbr = d.pop("refNbr", None)

        _status = d.pop("status", None)
        status: DocumentStatus | str | None
        if _status is None:
            status = None
        else:
            status = open_enum(DocumentStatus, _status, "PaymentDto.status")

        hold = d.pop("hold", None)

        _application_date = d.pop("applicationDate", None)
        application_date: datetime.datetime | None
        if _application_date is None or _application_date == "":
            application_date = None
        else:
            application_date = local_datetime_from_json(_application_date)

        application_period = d.pop("applicationPeriod", None)

        payment_ref = d.pop("paymentRef", None)

        _customer = d.pop("customer", None)
        customer: NumberNameDto | None
        if _customer is None:
            customer = None
        else:
            customer = NumberNameDto.from_dict(_customer)

        _location = d.pop("location", None)
        location: LocationDto | None
        if _location is None:
            location = None
        else:
            location = LocationDto.from_dict(_location)

        _payment_method = d.pop("paymentMethod", None)
        payment_method: IdDescriptionDto | None
        if _payment_method is None:
            payment_method = None
        else:
            payment_method = IdDescriptionDto.from_dict(_payment_method)

        cash_account = d.pop("cashAccount", None)

        currency = d.pop("currency", None)

        _payment_amount = d.pop("paymentAmount", None)
        payment_amount: Decimal | None
        if (
            _payment_amount is None
            or _payment_amount.__class__ is str
            and not _payment_amount
        ):
            payment_amount = None
        else:
            payment_amount = decimal_from_json(_payment_amount)

        invoice_text = d.pop("invoiceText", None)

        _applied_to_documents = d.pop("appliedToDocuments", None)
        applied_to_documents: Decimal | None
        if (
            _applied_to_documents is None
            or _applied_to_documents.__class__ is str
            and not _applied_to_documents
        ):
            applied_to_documents = None
        else:
            applied_to_documents = decimal_from_json(_applied_to_documents)

        _applied_to_orders = d.pop("appliedToOrders", None)
        applied_to_orders: Decimal | None
        if (
            _applied_to_orders is None
            or _applied_to_orders.__class__ is str
            and not _applied_to_orders
        ):
            applied_to_orders = None
        else:
            applied_to_orders = decimal_from_json(_applied_to_orders)

        _available_balance = d.pop("availableBalance", None)
        available_balance: Decimal | None
        if (
            _available_balance is None
            or _available_balance.__class__ is str
            and not _available_balance
        ):
            available_balance = None
        else:
            available_balance = decimal_from_json(_available_balance)

        _write_off_amount = d.pop("writeOffAmount", None)
        write_off_amount: Decimal | None
        if (
            _write_off_amount is None
            or _write_off_amount.__class__ is str
            and not _write_off_amount
        ):
            write_off_amount = None
        else:
            write_off_amount = decimal_from_json(_write_off_amount)

        _finance_charges = d.pop("financeCharges", None)
        finance_charges: Decimal | None
        if (
            _finance_charges is None
            or _finance_charges.__class__ is str
            and not _finance_charges
        ):
            finance_charges = None
        else:
            finance_charges = decimal_from_json(_finance_charges)

        _deducted_charges = d.pop("deductedCharges", None)
        deducted_charges: Decimal | None
        if (
            _deducted_charges is None
            or _deducted_charges.__class__ is str
            and not _deducted_charges
        ):
            deducted_charges = None
        else:
            deducted_charges = decimal_from_json(_deducted_charges)

        branch = d.pop("branch", None)

        _last_modified_date_time = d.pop("lastModifiedDateTime", None)
        last_modified_date_time: datetime.datetime | None
        if _last_modified_date_time is None or _last_modified_date_time == "":
            last_modified_date_time = None
        else:
            last_modified_date_time = local_datetime_from_json(_last_modified_date_time)

        _payment_lines = d.pop("paymentLines", None)
        payment_lines: list[PaymentLineDto] | None
        if _payment_lines is None:
            payment_lines = None
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
        orders_to_apply: list[OrderToApplyDto] | None
        if _orders_to_apply is None:
            orders_to_apply = None
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
        financial_details: PaymentFinancialDetailsDto | None
        if _financial_details is None:
            financial_details = None
        else:
            financial_details = PaymentFinancialDetailsDto.from_dict(_financial_details)

        _payment_amount_in_currency = d.pop("paymentAmountInCurrency", None)
        payment_amount_in_currency: Decimal | None
        if (
            _payment_amount_in_currency is None
            or _payment_amount_in_currency.__class__ is str
            and not _payment_amount_in_currency
        ):
            payment_amount_in_currency = None
        else:
            payment_amount_in_currency = decimal_from_json(_payment_amount_in_currency)

        _available_balance_in_currency = d.pop("availableBalanceInCurrency", None)
        available_balance_in_currency: Decimal | None
        if (
            _available_balance_in_currency is None
            or _available_balance_in_currency.__class__ is str
            and not _available_balance_in_currency
        ):
            available_balance_in_currency = None
        else:
            available_balance_in_currency = decimal_from_json(
                _available_balance_in_currency
            )

        time_stamp = d.pop("timeStamp", None)

        error_info = d.pop("errorInfo", None)

        _metadata = d.pop("metadata", None)
        metadata: MetadataDto | None
        if _metadata is None:
            metadata = None
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
        payment_dto._wire_keys = keys_seen

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
