from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecimalLimits,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    wire_keys,
)

T = TypeVar("T", bound="ArAdjustDto")


@_attrs_define
class ArAdjustDto:
    """An application (payment or note applied to the document).

    Attributes:
        doc_type (str | None):
        customer_cd (str | None):
        ref_nbr (str | None):
        amount_paid (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        cash_discount_taken (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        balance (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        pending_ppd (bool | None):
        released (bool | None):
        hold (bool | None):
        voided (bool | None):
        ppd_cr_memo_ref_nbr (str | None):
        payment_ref (str | None):
        status (str | None):
        application_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        application_period (str | None):
        invoice_text (str | None):
    """

    doc_type: str | None = None
    customer_cd: str | None = None
    ref_nbr: str | None = None
    amount_paid: Decimal | None = None
    cash_discount_taken: Decimal | None = None
    balance: Decimal | None = None
    pending_ppd: bool | None = None
    released: bool | None = None
    hold: bool | None = None
    voided: bool | None = None
    ppd_cr_memo_ref_nbr: str | None = None
    payment_ref: str | None = None
    status: str | None = None
    application_date: datetime.datetime | None = None
    application_period: str | None = None
    invoice_text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "docType": "doc_type",
        "customerCD": "customer_cd",
        "refNbr": "ref_nbr",
        "amountPaid": "amount_paid",
        "cashDiscountTaken": "cash_discount_taken",
        "balance": "balance",
        "pendingPPD": "pending_ppd",
        "released": "released",
        "hold": "hold",
        "voided": "voided",
        "ppdCrMemoRefNbr": "ppd_cr_memo_ref_nbr",
        "paymentRef": "payment_ref",
        "status": "status",
        "applicationDate": "application_date",
        "applicationPeriod": "application_period",
        "invoiceText": "invoice_text",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "amount_paid": DecimalLimits(),
        "cash_discount_taken": DecimalLimits(),
        "balance": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        doc_type = self.doc_type

        customer_cd = self.customer_cd

        ref_nbr = self.ref_nbr

        amount_paid: Decimal | None = None
        if self.amount_paid is not None:
            amount_paid = self.amount_paid

        cash_discount_taken: Decimal | None = None
        if self.cash_discount_taken is not None:
            cash_discount_taken = self.cash_discount_taken

        balance: Decimal | None = None
        if self.balance is not None:
            balance = self.balance

        pending_ppd = self.pending_ppd

        released = self.released

        hold = self.hold

        voided = self.voided

        ppd_cr_memo_ref_nbr = self.ppd_cr_memo_ref_nbr

        payment_ref = self.payment_ref

        status = self.status

        application_date: str | None = None
        if self.application_date is not None:
            application_date = local_datetime_to_json(self.application_date)

        application_period = self.application_period

        invoice_text = self.invoice_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_type is not None:
            field_dict["docType"] = doc_type
        if customer_cd is not None:
            field_dict["customerCD"] = customer_cd
        if ref_nbr is not None:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not None:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not None:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance is not None:
            field_dict["balance"] = balance
        if pending_ppd is not None:
            field_dict["pendingPPD"] = pending_ppd
        if released is not None:
            field_dict["released"] = released
        if hold is not None:
            field_dict["hold"] = hold
        if voided is not None:
            field_dict["voided"] = voided
        if ppd_cr_memo_ref_nbr is not None:
            field_dict["ppdCrMemoRefNbr"] = ppd_cr_memo_ref_nbr
        if payment_ref is not None:
            field_dict["paymentRef"] = payment_ref
        if status is not None:
            field_dict["status"] = status
        if application_date is not None:
            field_dict["applicationDate"] = application_date
        if application_period is not None:
            field_dict["applicationPeriod"] = application_period
        if invoice_text is not None:
            field_dict["invoiceText"] = invoice_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ArAdjustDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        doc_type = d.pop("docType", None)

        customer_cd = d.pop("customerCD", None)

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

        _balance = d.pop("balance", None)
        balance: Decimal | None
        if _balance is None or _balance.__class__ is str and not _balance:
            balance = None
        else:
            balance = decimal_from_json(_balance)

        pending_ppd = d.pop("pendingPPD", None)

        released = d.pop("released", None)

        hold = d.pop("hold", None)

        voided = d.pop("voided", None)

        ppd_cr_memo_ref_nbr = d.pop("ppdCrMemoRefNbr", None)

        payment_ref = d.pop("paymentRef", None)

        status = d.pop("status", None)

        _application_date = d.pop("applicationDate", None)
        application_date: datetime.datetime | None
        if _application_date is None or _application_date == "":
            application_date = None
        else:
            application_date = local_datetime_from_json(_application_date)

        application_period = d.pop("applicationPeriod", None)

        invoice_text = d.pop("invoiceText", None)

        ar_adjust_dto = cls(
            doc_type=doc_type,
            customer_cd=customer_cd,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            balance=balance,
            pending_ppd=pending_ppd,
            released=released,
            hold=hold,
            voided=voided,
            ppd_cr_memo_ref_nbr=ppd_cr_memo_ref_nbr,
            payment_ref=payment_ref,
            status=status,
            application_date=application_date,
            application_period=application_period,
            invoice_text=invoice_text,
        )
        ar_adjust_dto._wire_keys = keys_seen

        ar_adjust_dto.additional_properties = d
        return ar_adjust_dto

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
