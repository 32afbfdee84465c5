from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_customer_document_types import (
        DtoValueOfCustomerDocumentTypes,
    )
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="PaymentLineUpdateDto")


@_attrs_define
class PaymentLineUpdateDto:
    """A "document to apply" line of a payment update (vendor name PaymentLinesUpdateDto). `operation` is a plain value;
    the rest is wrapped.

        Attributes:
            operation (LineOperation | Unset): What to do with a line in an update body (plain value, not wrapped).
            document_type (DtoValueOfCustomerDocumentTypes | Unset): Update wrapper for a customer document type.
            ref_nbr (DtoValueOfString | Unset): Update wrapper for a string.
            amount_paid (DtoValueOfDecimal | Unset): Update wrapper for a decimal (JSON number; the SDK treats it as
                Decimal). Magnitudes of 1e15 and more are refused (400); digits below 1e-12 are rounded off.
            cash_discount_taken (DtoValueOfDecimal | Unset): Update wrapper for a decimal (JSON number; the SDK treats it as
                Decimal). Magnitudes of 1e15 and more are refused (400); digits below 1e-12 are rounded off.
            balance_write_off (DtoValueOfDecimal | Unset): Update wrapper for a decimal (JSON number; the SDK treats it as
                Decimal). Magnitudes of 1e15 and more are refused (400); digits below 1e-12 are rounded off.
            write_off_reason_code (DtoValueOfString | Unset): Update wrapper for a string.
            cross_rate (DtoValueOfDecimal | Unset): Update wrapper for a decimal (JSON number; the SDK treats it as
                Decimal). Magnitudes of 1e15 and more are refused (400); digits below 1e-12 are rounded off.
    """

    operation: LineOperation | Unset = UNSET
    document_type: DtoValueOfCustomerDocumentTypes | Unset = UNSET
    ref_nbr: DtoValueOfString | Unset = UNSET
    amount_paid: DtoValueOfDecimal | Unset = UNSET
    cash_discount_taken: DtoValueOfDecimal | Unset = UNSET
    balance_write_off: DtoValueOfDecimal | Unset = UNSET
    write_off_reason_code: DtoValueOfString | Unset = UNSET
    cross_rate: DtoValueOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        document_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.to_dict()

        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        amount_paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_paid, Unset):
            amount_paid = self.amount_paid.to_dict()

        cash_discount_taken: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_taken, Unset):
            cash_discount_taken = self.cash_discount_taken.to_dict()

        balance_write_off: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_write_off, Unset):
            balance_write_off = self.balance_write_off.to_dict()

        write_off_reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_reason_code, Unset):
            write_off_reason_code = self.write_off_reason_code.to_dict()

        cross_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cross_rate, Unset):
            cross_rate = self.cross_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
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
        if cross_rate is not UNSET:
            field_dict["crossRate"] = cross_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_customer_document_types import (
            DtoValueOfCustomerDocumentTypes,
        )
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = LineOperation(_operation)

        _document_type = d.pop("documentType", UNSET)
        document_type: DtoValueOfCustomerDocumentTypes | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = DtoValueOfCustomerDocumentTypes.from_dict(_document_type)

        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _amount_paid = d.pop("amountPaid", UNSET)
        amount_paid: DtoValueOfDecimal | Unset
        if isinstance(_amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = DtoValueOfDecimal.from_dict(_amount_paid)

        _cash_discount_taken = d.pop("cashDiscountTaken", UNSET)
        cash_discount_taken: DtoValueOfDecimal | Unset
        if isinstance(_cash_discount_taken, Unset):
            cash_discount_taken = UNSET
        else:
            cash_discount_taken = DtoValueOfDecimal.from_dict(_cash_discount_taken)

        _balance_write_off = d.pop("balanceWriteOff", UNSET)
        balance_write_off: DtoValueOfDecimal | Unset
        if isinstance(_balance_write_off, Unset):
            balance_write_off = UNSET
        else:
            balance_write_off = DtoValueOfDecimal.from_dict(_balance_write_off)

        _write_off_reason_code = d.pop("writeOffReasonCode", UNSET)
        write_off_reason_code: DtoValueOfString | Unset
        if isinstance(_write_off_reason_code, Unset):
            write_off_reason_code = UNSET
        else:
            write_off_reason_code = DtoValueOfString.from_dict(_write_off_reason_code)

        _cross_rate = d.pop("crossRate", UNSET)
        cross_rate: DtoValueOfDecimal | Unset
        if isinstance(_cross_rate, Unset):
            cross_rate = UNSET
        else:
            cross_rate = DtoValueOfDecimal.from_dict(_cross_rate)

        payment_line_update_dto = cls(
            operation=operation,
            document_type=document_type,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            balance_write_off=balance_write_off,
            write_off_reason_code=write_off_reason_code,
            cross_rate=cross_rate,
        )

        payment_line_update_dto.additional_properties = d
        return payment_line_update_dto

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
