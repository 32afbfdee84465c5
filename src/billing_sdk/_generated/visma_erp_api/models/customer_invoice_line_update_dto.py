from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_operation import LineOperation
from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="CustomerInvoiceLineUpdateDto")


@_attrs_define
class CustomerInvoiceLineUpdateDto:
    """An invoice line in an update body (vendor name CustomerInvoiceLinesUpdateDto). `operation` is a plain value and
    `subaccount` an unwrapped segment list; the rest is wrapped.

        Attributes:
            operation (LineOperation | None): What to do with a line in an update body (plain value, not wrapped).
            line_number (DtoValueOfInt32 | None): Update wrapper for a 32-bit integer.
            inventory_number (DtoValueOfString | None): Update wrapper for a string.
            description (DtoValueOfString | None): Update wrapper for a string.
            quantity (DtoValueOfQuantity | None): Update wrapper for a quantity (`DtoValueOfDecimal` in the vendor's spec).
            unit_price_in_currency (DtoValueOfUnitPrice | None): Update wrapper for a unit price (`DtoValueOfDecimal` in the
                vendor's spec).
            manual_amount_in_currency (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal`
                in the vendor's spec).
            account_number (DtoValueOfString | None): Update wrapper for a string.
            vat_code_id (DtoValueOfString | None): Update wrapper for a string.
            uom (DtoValueOfString | None): Update wrapper for a string.
            discount_percent (DtoValueOfPercent | None): Update wrapper for a percentage (`DtoValueOfDecimal` in the
                vendor's spec).
            discount_amount_in_currency (DtoValueOfAmount | None): Update wrapper for a monetary amount (`DtoValueOfDecimal`
                in the vendor's spec).
            manual_discount (DtoValueOfBoolean | None): Update wrapper for a boolean.
            subaccount (list[SegmentUpdateDto] | None):
            salesperson (DtoValueOfString | None): Update wrapper for a string.
            deferral_schedule (DtoValueOfInt32 | None): Update wrapper for a 32-bit integer.
            deferral_code (DtoValueOfString | None): Update wrapper for a string.
            discount_code (DtoValueOfString | None): Update wrapper for a string.
            term_start_date (DtoValueOfDateTime | None): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            term_end_date (DtoValueOfDateTime | None): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            note (DtoValueOfString | None): Update wrapper for a string.
            branch_number (DtoValueOfString | None): Update wrapper for a string.
            task_id (DtoValueOfString | None): Update wrapper for a string.
            domestic_services_deductible (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean;
                `null` clears it.
            item_type (DtoValueOfInvoiceLineItemTypes | None): Update wrapper for an invoice line item type.
            type_of_work (DtoValueOfString | None): Update wrapper for a string.
            start_date (DtoValueOfNullableOfDateTime | None): Update wrapper for an optional date-time (naive local
                timestamp); `null` clears it.
            end_date (DtoValueOfNullableOfDateTime | None): Update wrapper for an optional date-time (naive local
                timestamp); `null` clears it.
    """

    operation: LineOperation | None = None
    line_number: DtoValueOfInt32 | None = None
    inventory_number: DtoValueOfString | None = None
    description: DtoValueOfString | None = None
    quantity: DtoValueOfQuantity | None = None
    unit_price_in_currency: DtoValueOfUnitPrice | None = None
    manual_amount_in_currency: DtoValueOfAmount | None = None
    account_number: DtoValueOfString | None = None
    vat_code_id: DtoValueOfString | None = None
    uom: DtoValueOfString | None = None
    discount_percent: DtoValueOfPercent | None = None
    discount_amount_in_currency: DtoValueOfAmount | None = None
    manual_discount: DtoValueOfBoolean | None = None
    subaccount: list[SegmentUpdateDto] | None = None
    salesperson: DtoValueOfString | None = None
    deferral_schedule: DtoValueOfInt32 | None = None
    deferral_code: DtoValueOfString | None = None
    discount_code: DtoValueOfString | None = None
    term_start_date: DtoValueOfDateTime | None = None
    term_end_date: DtoValueOfDateTime | None = None
    note: DtoValueOfString | None = None
    branch_number: DtoValueOfString | None = None
    task_id: DtoValueOfString | None = None
    domestic_services_deductible: DtoValueOfNullableOfBoolean | None = None
    item_type: DtoValueOfInvoiceLineItemTypes | None = None
    type_of_work: DtoValueOfString | None = None
    start_date: DtoValueOfNullableOfDateTime | None = None
    end_date: DtoValueOfNullableOfDateTime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "operation": "operation",
        "lineNumber": "line_number",
        "inventoryNumber": "inventory_number",
        "description": "description",
        "quantity": "quantity",
        "unitPriceInCurrency": "unit_price_in_currency",
        "manualAmountInCurrency": "manual_amount_in_currency",
        "accountNumber": "account_number",
        "vatCodeId": "vat_code_id",
        "uom": "uom",
        "discountPercent": "discount_percent",
        "discountAmountInCurrency": "discount_amount_in_currency",
        "manualDiscount": "manual_discount",
        "subaccount": "subaccount",
        "salesperson": "salesperson",
        "deferralSchedule": "deferral_schedule",
        "deferralCode": "deferral_code",
        "discountCode": "discount_code",
        "termStartDate": "term_start_date",
        "termEndDate": "term_end_date",
        "note": "note",
        "branchNumber": "branch_number",
        "taskId": "task_id",
        "domesticServicesDeductible": "domestic_services_deductible",
        "itemType": "item_type",
        "typeOfWork": "type_of_work",
        "startDate": "start_date",
        "endDate": "end_date",
    }

    def to_dict(self) -> dict[str, Any]:
        operation: str | None = None
        if self.operation is not None:
            operation = str(self.operation)

        line_number: dict[str, Any] | None = None
        if self.line_number is not None:
            line_number = self.line_number.to_dict()

        inventory_number: dict[str, Any] | None = None
        if self.inventory_number is not None:
            inventory_number = self.inventory_number.to_dict()

        description: dict[str, Any] | None = None
        if self.description is not None:
            description = self.description.to_dict()

        quantity: dict[str, Any] | None = None
        if self.quantity is not None:
            quantity = self.quantity.to_dict()

        unit_price_in_currency: dict[str, Any] | None = None
        if self.unit_price_in_currency is not None:
            unit_price_in_currency = self.unit_price_in_currency.to_dict()

        manual_amount_in_currency: dict[str, Any] | None = None
        if self.manual_amount_in_currency is not None:
            manual_amount_in_currency = self.manual_amount_in_currency.to_dict()

        account_number: dict[str, Any] | None = None
        if self.account_number is not None:
            account_number = self.account_number.to_dict()

        vat_code_id: dict[str, Any] | None = None
        if self.vat_code_id is not None:
            vat_code_id = self.vat_code_id.to_dict()

        uom: dict[str, Any] | None = None
        if self.uom is not None:
            uom = self.uom.to_dict()

        discount_percent: dict[str, Any] | None = None
        if self.discount_percent is not None:
            discount_percent = self.discount_percent.to_dict()

        discount_amount_in_currency: dict[str, Any] | None = None
        if self.discount_amount_in_currency is not None:
            discount_amount_in_currency = self.discount_amount_in_currency.to_dict()

        manual_discount: dict[str, Any] | None = None
        if self.manual_discount is not None:
            manual_discount = self.manual_discount.to_dict()

        subaccount: list[dict[str, Any]] | None = None
        if self.subaccount is not None:
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        salesperson: dict[str, Any] | None = None
        if self.salesperson is not None:
            salesperson = self.salesperson.to_dict()

        deferral_schedule: dict[str, Any] | None = None
        if self.deferral_schedule is not None:
            deferral_schedule = self.deferral_schedule.to_dict()

        deferral_code: dict[str, Any] | None = None
        if self.deferral_code is not None:
            deferral_code = self.deferral_code.to_dict()

        discount_code: dict[str, Any] | None = None
        if self.discount_code is not None:
            discount_code = self.discount_code.to_dict()

        term_start_date: dict[str, Any] | None = None
        if self.term_start_date is not None:
            term_start_date = self.term_start_date.to_dict()

        term_end_date: dict[str, Any] | None = None
        if self.term_end_date is not None:
            term_end_date = self.term_end_date.to_dict()

        note: dict[str, Any] | None = None
        if self.note is not None:
            note = self.note.to_dict()

        branch_number: dict[str, Any] | None = None
        if self.branch_number is not None:
            branch_number = self.branch_number.to_dict()

        task_id: dict[str, Any] | None = None
        if self.task_id is not None:
            task_id = self.task_id.to_dict()

        domestic_services_deductible: dict[str, Any] | None = None
        if self.domestic_services_deductible is not None:
            domestic_services_deductible = self.domestic_services_deductible.to_dict()

        item_type: dict[str, Any] | None = None
        if self.item_type is not None:
            item_type = self.item_type.to_dict()

        type_of_work: dict[str, Any] | None = None
        if self.type_of_work is not None:
            type_of_work = self.type_of_work.to_dict()

        start_date: dict[str, Any] | None = None
        if self.start_date is not None:
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | None = None
        if self.end_date is not None:
            end_date = self.end_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not None:
            field_dict["operation"] = operation
        if line_number is not None:
            field_dict["lineNumber"] = line_number
        if inventory_number is not None:
            field_dict["inventoryNumber"] = inventory_number
        if description is not None:
            field_dict["description"] = description
        if quantity is not None:
            field_dict["quantity"] = quantity
        if unit_price_in_currency is not None:
            field_dict["unitPriceInCurrency"] = unit_price_in_currency
        if manual_amount_in_currency is not None:
            field_dict["manualAmountInCurrency"] = manual_amount_in_currency
        if account_number is not None:
            field_dict["accountNumber"] = account_number
        if vat_code_id is not None:
            field_dict["vatCodeId"] = vat_code_id
        if uom is not None:
            field_dict["uom"] = uom
        if discount_percent is not None:
            field_dict["discountPercent"] = discount_percent
        if discount_amount_in_currency is not None:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if manual_discount is not None:
            field_dict["manualDiscount"] = manual_discount
        if subaccount is not None:
            field_dict["subaccount"] = subaccount
        if salesperson is not None:
            field_dict["salesperson"] = salesperson
        if deferral_schedule is not None:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_code is not None:
            field_dict["deferralCode"] = deferral_code
        if discount_code is not None:
            field_dict["discountCode"] = discount_code
        if term_start_date is not None:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not None:
            field_dict["termEndDate"] = term_end_date
        if note is not None:
            field_dict["note"] = note
        if branch_number is not None:
            field_dict["branchNumber"] = branch_number
        if task_id is not None:
            field_dict["taskId"] = task_id
        if domestic_services_deductible is not None:
            field_dict["domesticServicesDeductible"] = domestic_services_deductible
        if item_type is not None:
            field_dict["itemType"] = item_type
        if type_of_work is not None:
            field_dict["typeOfWork"] = type_of_work
        if start_date is not None:
            field_dict["startDate"] = start_date
        if end_date is not None:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomerInvoiceLineUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _operation = d.pop("operation", UNSET)
        operation: LineOperation | None
        if isinstance(_operation, Unset):
            operation = None
        else:
            operation = LineOperation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | None
        if isinstance(_line_number, Unset):
            line_number = None
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _inventory_number = d.pop("inventoryNumber", UNSET)
        inventory_number: DtoValueOfString | None
        if isinstance(_inventory_number, Unset):
            inventory_number = None
        else:
            inventory_number = DtoValueOfString.from_dict(_inventory_number)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | None
        if isinstance(_description, Unset):
            description = None
        else:
            description = DtoValueOfString.from_dict(_description)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfQuantity | None
        if isinstance(_quantity, Unset):
            quantity = None
        else:
            quantity = DtoValueOfQuantity.from_dict(_quantity)

        _unit_price_in_currency = d.pop("unitPriceInCurrency", UNSET)
        unit_price_in_currency: DtoValueOfUnitPrice | None
        if isinstance(_unit_price_in_currency, Unset):
            unit_price_in_currency = None
        else:
            unit_price_in_currency = DtoValueOfUnitPrice.from_dict(
                _unit_price_in_currency
            )

        _manual_amount_in_currency = d.pop("manualAmountInCurrency", UNSET)
        manual_amount_in_currency: DtoValueOfAmount | None
        if isinstance(_manual_amount_in_currency, Unset):
            manual_amount_in_currency = None
        else:
            manual_amount_in_currency = DtoValueOfAmount.from_dict(
                _manual_amount_in_currency
            )

        _account_number = d.pop("accountNumber", UNSET)
        account_number: DtoValueOfString | None
        if isinstance(_account_number, Unset):
            account_number = None
        else:
            account_number = DtoValueOfString.from_dict(_account_number)

        _vat_code_id = d.pop("vatCodeId", UNSET)
        vat_code_id: DtoValueOfString | None
        if isinstance(_vat_code_id, Unset):
            vat_code_id = None
        else:
            vat_code_id = DtoValueOfString.from_dict(_vat_code_id)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | None
        if isinstance(_uom, Unset):
            uom = None
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _discount_percent = d.pop("discountPercent", UNSET)
        discount_percent: DtoValueOfPercent | None
        if isinstance(_discount_percent, Unset):
            discount_percent = None
        else:
            discount_percent = DtoValueOfPercent.from_dict(_discount_percent)

        _discount_amount_in_currency = d.pop("discountAmountInCurrency", UNSET)
        discount_amount_in_currency: DtoValueOfAmount | None
        if isinstance(_discount_amount_in_currency, Unset):
            discount_amount_in_currency = None
        else:
            discount_amount_in_currency = DtoValueOfAmount.from_dict(
                _discount_amount_in_currency
            )

        _manual_discount = d.pop("manualDiscount", UNSET)
        manual_discount: DtoValueOfBoolean | None
        if isinstance(_manual_discount, Unset):
            manual_discount = None
        else:
            manual_discount = DtoValueOfBoolean.from_dict(_manual_discount)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | None
        if isinstance(_subaccount, Unset):
            subaccount = None
        else:
            if not isinstance(_subaccount, list):
                raise TypeError(
                    f"subaccount: expected an array, got {type(_subaccount).__name__}"
                )
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        _salesperson = d.pop("salesperson", UNSET)
        salesperson: DtoValueOfString | None
        if isinstance(_salesperson, Unset):
            salesperson = None
        else:
            salesperson = DtoValueOfString.from_dict(_salesperson)

        _deferral_schedule = d.pop("deferralSchedule", UNSET)
        deferral_schedule: DtoValueOfInt32 | None
        if isinstance(_deferral_schedule, Unset):
            deferral_schedule = None
        else:
            deferral_schedule = DtoValueOfInt32.from_dict(_deferral_schedule)

        _deferral_code = d.pop("deferralCode", UNSET)
        deferral_code: DtoValueOfString | None
        if isinstance(_deferral_code, Unset):
            deferral_code = None
        else:
            deferral_code = DtoValueOfString.from_dict(_deferral_code)

        _discount_code = d.pop("discountCode", UNSET)
        discount_code: DtoValueOfString | None
        if isinstance(_discount_code, Unset):
            discount_code = None
        else:
            discount_code = DtoValueOfString.from_dict(_discount_code)

        _term_start_date = d.pop("termStartDate", UNSET)
        term_start_date: DtoValueOfDateTime | None
        if isinstance(_term_start_date, Unset):
            term_start_date = None
        else:
            term_start_date = DtoValueOfDateTime.from_dict(_term_start_date)

        _term_end_date = d.pop("termEndDate", UNSET)
        term_end_date: DtoValueOfDateTime | None
        if isinstance(_term_end_date, Unset):
            term_end_date = None
        else:
            term_end_date = DtoValueOfDateTime.from_dict(_term_end_date)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | None
        if isinstance(_note, Unset):
            note = None
        else:
            note = DtoValueOfString.from_dict(_note)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | None
        if isinstance(_branch_number, Unset):
            branch_number = None
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _task_id = d.pop("taskId", UNSET)
        task_id: DtoValueOfString | None
        if isinstance(_task_id, Unset):
            task_id = None
        else:
            task_id = DtoValueOfString.from_dict(_task_id)

        _domestic_services_deductible = d.pop("domesticServicesDeductible", UNSET)
        domestic_services_deductible: DtoValueOfNullableOfBoolean | None
        if isinstance(_domestic_services_deductible, Unset):
            domestic_services_deductible = None
        else:
            domestic_services_deductible = DtoValueOfNullableOfBoolean.from_dict(
                _domestic_services_deductible
            )

        _item_type = d.pop("itemType", UNSET)
        item_type: DtoValueOfInvoiceLineItemTypes | None
        if isinstance(_item_type, Unset):
            item_type = None
        else:
            item_type = DtoValueOfInvoiceLineItemTypes.from_dict(_item_type)

        _type_of_work = d.pop("typeOfWork", UNSET)
        type_of_work: DtoValueOfString | None
        if isinstance(_type_of_work, Unset):
            type_of_work = None
        else:
            type_of_work = DtoValueOfString.from_dict(_type_of_work)

        _start_date = d.pop("startDate", UNSET)
        start_date: DtoValueOfNullableOfDateTime | None
        if isinstance(_start_date, Unset):
            start_date = None
        else:
            start_date = DtoValueOfNullableOfDateTime.from_dict(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: DtoValueOfNullableOfDateTime | None
        if isinstance(_end_date, Unset):
            end_date = None
        else:
            end_date = DtoValueOfNullableOfDateTime.from_dict(_end_date)

        customer_invoice_line_update_dto = cls(
            operation=operation,
            line_number=line_number,
            inventory_number=inventory_number,
            description=description,
            quantity=quantity,
            unit_price_in_currency=unit_price_in_currency,
            manual_amount_in_currency=manual_amount_in_currency,
            account_number=account_number,
            vat_code_id=vat_code_id,
            uom=uom,
            discount_percent=discount_percent,
            discount_amount_in_currency=discount_amount_in_currency,
            manual_discount=manual_discount,
            subaccount=subaccount,
            salesperson=salesperson,
            deferral_schedule=deferral_schedule,
            deferral_code=deferral_code,
            discount_code=discount_code,
            term_start_date=term_start_date,
            term_end_date=term_end_date,
            note=note,
            branch_number=branch_number,
            task_id=task_id,
            domestic_services_deductible=domestic_services_deductible,
            item_type=item_type,
            type_of_work=type_of_work,
            start_date=start_date,
            end_date=end_date,
        )
        customer_invoice_line_update_dto._wire_keys = keys_seen

        customer_invoice_line_update_dto.additional_properties = d
        return customer_invoice_line_update_dto

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
from ..models.dto_value_of_int_32 import DtoValueOfInt32
from ..models.dto_value_of_invoice_line_item_types import DtoValueOfInvoiceLineItemTypes
from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
from ..models.dto_value_of_percent import DtoValueOfPercent
from ..models.dto_value_of_quantity import DtoValueOfQuantity
from ..models.dto_value_of_string import DtoValueOfString
from ..models.dto_value_of_unit_price import DtoValueOfUnitPrice
from ..models.segment_update_dto import SegmentUpdateDto
