from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="PaymentLineUpdateDto")


@_attrs_define
class PaymentLineUpdateDto:
    """A "document to apply" line of a payment update (vendor name PaymentLinesUpdateDto). `operation` is a plain value;
    the rest is wrapped.

        Attributes:
            operation (LineOperation | None): What to do with a line in an update body (plain value, not wrapped).
            document_type (DtoValueOfCustomerDocumentTypes | None): Update wrapper for a customer document type.
            ref_nbr (DtoValueOfString | None): Update wrapper for a string.
            amount_paid (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal` in the vendor's
                spec).
            cash_discount_taken (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal` in the
                vendor's spec).
            balance_write_off (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal` in the
                vendor's spec).
            write_off_reason_code (DtoValueOfString | None): Update wrapper for a string.
            cross_rate (DtoValueOfExchangeRate | None): Update wrapper for a currency or cross rate (`DtoValueOfDecimal` in
                the vendor's spec).
    """

    operation: LineOperation | None = None
    document_type: DtoValueOfCustomerDocumentTypes | None = None
    ref_nbr: DtoValueOfString | None = None
    amount_paid: DtoValueOfAmount | None = None
    cash_discount_taken: DtoValueOfAmount | None = None
    balance_write_off: DtoValueOfAmount | None = None
    write_off_reason_code: DtoValueOfString | None = None
    cross_rate: DtoValueOfExchangeRate | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "operation": "operation",
        "documentType": "document_type",
        "refNbr": "ref_nbr",
        "amountPaid": "amount_paid",
        "cashDiscountTaken": "cash_discount_taken",
        "balanceWriteOff": "balance_write_off",
        "writeOffReasonCode": "write_off_reason_code",
        "crossRate": "cross_rate",
    }

    def to_dict(self) -> dict[str, Any]:
        operation: str | None = None
        if self.operation is not None:
            operation = str(self.operation)

        document_type: dict[str, Any] | None = None
        if self.document_type is not None:
            document_type = self.document_type.to_dict()

        ref_nbr: dict[str, Any] | None = None
        if self.ref_nbr is not None:
            ref_nbr = self.ref_nbr.to_dict()

        amount_paid: dict[str, Any] | None = None
        if self.amount_paid is not None:
            amount_paid = self.amount_paid.to_dict()

        cash_discount_taken: dict[str, Any] | None = None
        if self.cash_discount_taken is not None:
            cash_discount_taken = self.cash_discount_taken.to_dict()

        balance_write_off: dict[str, Any] | None = None
        if self.balance_write_off is not None:
            balance_write_off = self.balance_write_off.to_dict()

        write_off_reason_code: dict[str, Any] | None = None
        if self.write_off_reason_code is not None:
            write_off_reason_code = self.write_off_reason_code.to_dict()

        cross_rate: dict[str, Any] | None = None
        if self.cross_rate is not None:
            cross_rate = self.cross_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not None:
            field_dict["operation"] = operation
        if document_type is not None:
            field_dict["documentType"] = document_type
        if ref_nbr is not None:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not None:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not None:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance_write_off is not None:
            field_dict["balanceWriteOff"] = balance_write_off
        if write_off_reason_code is not None:
            field_dict["writeOffReasonCode"] = write_off_reason_code
        if cross_rate is not None:
            field_dict["crossRate"] = cross_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentLineUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | None
        if isinstance(_operation, Unset):
            operation = None
        else:
            operation = LineOperation(_operation)

        _document_type = d.pop("documentType", UNSET)
        document_type: DtoValueOfCustomerDocumentTypes | None
        if isinstance(_document_type, Unset):
            document_type = None
        else:
            document_type = DtoValueOfCustomerDocumentTypes.from_dict(_document_type)

        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | None
        if isinstance(_ref_nbr, Unset):
            ref_nbr = None
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _amount_paid = d.pop("amountPaid", UNSET)
        amount_paid: DtoValueOfAmount | None
        if isinstance(_amount_paid, Unset):
            amount_paid = None
        else:
            amount_paid = DtoValueOfAmount.from_dict(_amount_paid)

        _cash_discount_taken = d.pop("cashDiscountTaken", UNSET)
        cash_discount_taken: DtoValueOfAmount | None
        if isinstance(_cash_discount_taken, Unset):
            cash_discount_taken = None
        else:
            cash_discount_taken = DtoValueOfAmount.from_dict(_cash_discount_taken)

        _balance_write_off = d.pop("balanceWriteOff", UNSET)
        balance_write_off: DtoValueOfAmount | None
        if isinstance(_balance_write_off, Unset):
            balance_write_off = None
        else:
            balance_write_off = DtoValueOfAmount.from_dict(_balance_write_off)

        _write_off_reason_code = d.pop("writeOffReasonCode", UNSET)
        write_off_reason_code: DtoValueOfString | None
        if isinstance(_write_off_reason_code, Unset):
            write_off_reason_code = None
        else:
            write_off_reason_code = DtoValueOfString.from_dict(_write_off_reason_code)

        _cross_rate = d.pop("crossRate", UNSET)
        cross_rate: DtoValueOfExchangeRate | None
        if isinstance(_cross_rate, Unset):
            cross_rate = None
        else:
            cross_rate = DtoValueOfExchangeRate.from_dict(_cross_rate)

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
        payment_line_update_dto._wire_keys = keys_seen

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


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.dto_value_of_amount import DtoValueOfAmount
from ..models.dto_value_of_customer_document_types import (
    DtoValueOfCustomerDocumentTypes,
)
from ..models.dto_value_of_exchange_rate import DtoValueOfExchangeRate
from ..models.dto_value_of_string import DtoValueOfString
