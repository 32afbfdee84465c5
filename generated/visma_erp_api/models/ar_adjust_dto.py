from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalLimits,
    Unset,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
)

T = TypeVar("T", bound="ArAdjustDto")


@_attrs_define
class ArAdjustDto:
    """An application (payment or note applied to the document).

    Attributes:
        doc_type (str | Unset):
        customer_cd (str | Unset):
        ref_nbr (str | Unset):
        amount_paid (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        cash_discount_taken (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        balance (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        pending_ppd (bool | Unset):
        released (bool | Unset):
        hold (bool | Unset):
        voided (bool | Unset):
        ppd_cr_memo_ref_nbr (str | Unset):
        payment_ref (str | Unset):
        status (str | Unset):
        application_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        application_period (str | Unset):
        invoice_text (str | Unset):
    """

    doc_type: str | Unset = UNSET
    customer_cd: str | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    amount_paid: Decimal | Unset = UNSET
    cash_discount_taken: Decimal | Unset = UNSET
    balance: Decimal | Unset = UNSET
    pending_ppd: bool | Unset = UNSET
    released: bool | Unset = UNSET
    hold: bool | Unset = UNSET
    voided: bool | Unset = UNSET
    ppd_cr_memo_ref_nbr: str | Unset = UNSET
    payment_ref: str | Unset = UNSET
    status: str | Unset = UNSET
    application_date: datetime.datetime | Unset = UNSET
    application_period: str | Unset = UNSET
    invoice_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

        amount_paid: Decimal | Unset = UNSET
        if not isinstance(self.amount_paid, Unset):
            amount_paid = self.amount_paid

        cash_discount_taken: Decimal | Unset = UNSET
        if not isinstance(self.cash_discount_taken, Unset):
            cash_discount_taken = self.cash_discount_taken

        balance: Decimal | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance

        pending_ppd = self.pending_ppd

        released = self.released

        hold = self.hold

        voided = self.voided

        ppd_cr_memo_ref_nbr = self.ppd_cr_memo_ref_nbr

        payment_ref = self.payment_ref

        status = self.status

        application_date: str | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = local_datetime_to_json(self.application_date)

        application_period = self.application_period

        invoice_text = self.invoice_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if customer_cd is not UNSET:
            field_dict["customerCD"] = customer_cd
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance is not UNSET:
            field_dict["balance"] = balance
        if pending_ppd is not UNSET:
            field_dict["pendingPPD"] = pending_ppd
        if released is not UNSET:
            field_dict["released"] = released
        if hold is not UNSET:
            field_dict["hold"] = hold
        if voided is not UNSET:
            field_dict["voided"] = voided
        if ppd_cr_memo_ref_nbr is not UNSET:
            field_dict["ppdCrMemoRefNbr"] = ppd_cr_memo_ref_nbr
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if status is not UNSET:
            field_dict["status"] = status
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ArAdjustDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        doc_type = d.pop("docType", UNSET)
        if doc_type is None:
            doc_type = UNSET

        customer_cd = d.pop("customerCD", UNSET)
        if customer_cd is None:
            customer_cd = UNSET

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

        _balance = d.pop("balance", None)
        balance: Decimal | Unset
        if _balance is None or _balance == "":
            balance = UNSET
        else:
            balance = decimal_from_json(_balance)

        pending_ppd = d.pop("pendingPPD", UNSET)
        if pending_ppd is None:
            pending_ppd = UNSET

        released = d.pop("released", UNSET)
        if released is None:
            released = UNSET

        hold = d.pop("hold", UNSET)
        if hold is None:
            hold = UNSET

        voided = d.pop("voided", UNSET)
        if voided is None:
            voided = UNSET

        ppd_cr_memo_ref_nbr = d.pop("ppdCrMemoRefNbr", UNSET)
        if ppd_cr_memo_ref_nbr is None:
            ppd_cr_memo_ref_nbr = UNSET

        payment_ref = d.pop("paymentRef", UNSET)
        if payment_ref is None:
            payment_ref = UNSET

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET

        _application_date = d.pop("applicationDate", None)
        application_date: datetime.datetime | Unset
        if _application_date is None or _application_date == "":
            application_date = UNSET
        else:
            application_date = local_datetime_from_json(_application_date)

        application_period = d.pop("applicationPeriod", UNSET)
        if application_period is None:
            application_period = UNSET

        invoice_text = d.pop("invoiceText", UNSET)
        if invoice_text is None:
            invoice_text = UNSET

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
