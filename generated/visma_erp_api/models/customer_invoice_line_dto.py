from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_line_item_types import InvoiceLineItemTypes
from ..types import (
    UNSET,
    DecimalLimits,
    Unset,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
)

T = TypeVar("T", bound="CustomerInvoiceLineDto")


@_attrs_define
class CustomerInvoiceLineDto:
    """An invoice line (read).

    Attributes:
        line_number (int | Unset):
        inventory_number (str | Unset): Item ID of the line item (non-stock), if any.
        line_type (str | Unset): Transaction line type code: GI Inventory, GN NonInventory, MI MiscCharge, FR Freight,
            DS Discount, RA Reallocation.
        description (str | Unset): Transaction description (up to 30 characters).
        quantity (Decimal | Unset): Quantity.
        unit_price (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        unit_price_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        manual_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        manual_amount_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        amount_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        cost (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        account (AccountDto | Unset): General ledger (sales) account used for the transaction.
        vat_code (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method, credit
            terms, VAT zone, VAT code, salesperson, write-off reason code).
        uom (str | Unset): Unit of measure.
        discount_percent (Decimal | Unset): Line discount percent.
        discount_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        discount_amount_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        manual_discount (bool | Unset):
        subaccount (SubaccountDto | Unset): The subaccount used for the transaction.
        salesperson (str | Unset): Deprecated; use seller.
        seller (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method, credit
            terms, VAT zone, VAT code, salesperson, write-off reason code).
        deferral_schedule (int | Unset):
        deferral_code (str | Unset):
        discount_code (str | Unset):
        note (str | Unset):
        branch_number (NumberNameDto | Unset): Reference to an entity by number and name (customer, branch, child
            customer).
        term_start_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        term_end_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        is_rot_rut_deductible (bool | Unset):
        item_type (InvoiceLineItemTypes | str | Unset): ROT/RUT item type of an invoice line.
        type_of_work (WorkTypeDto | Unset): A ROT/RUT work type.
        deductable_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        attachments (list[AttachmentDto] | Unset):
        project_task (ProjectIdDescriptionDto | Unset): Project or project task reference.
        start_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        end_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        so_shipment_nbr (str | Unset):
        so_order_type (str | Unset):
        so_order_nbr (str | Unset):
        external_link (str | Unset):
    """

    line_number: int | Unset = UNSET
    inventory_number: str | Unset = UNSET
    line_type: str | Unset = UNSET
    description: str | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    unit_price: Decimal | Unset = UNSET
    unit_price_in_currency: Decimal | Unset = UNSET
    manual_amount: Decimal | Unset = UNSET
    manual_amount_in_currency: Decimal | Unset = UNSET
    amount: Decimal | Unset = UNSET
    amount_in_currency: Decimal | Unset = UNSET
    cost: Decimal | Unset = UNSET
    account: AccountDto | Unset = UNSET
    vat_code: IdDescriptionDto | Unset = UNSET
    uom: str | Unset = UNSET
    discount_percent: Decimal | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    discount_amount_in_currency: Decimal | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    subaccount: SubaccountDto | Unset = UNSET
    salesperson: str | Unset = UNSET
    seller: IdDescriptionDto | Unset = UNSET
    deferral_schedule: int | Unset = UNSET
    deferral_code: str | Unset = UNSET
    discount_code: str | Unset = UNSET
    note: str | Unset = UNSET
    branch_number: NumberNameDto | Unset = UNSET
    term_start_date: datetime.datetime | Unset = UNSET
    term_end_date: datetime.datetime | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    item_type: InvoiceLineItemTypes | str | Unset = UNSET
    type_of_work: WorkTypeDto | Unset = UNSET
    deductable_amount: Decimal | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    project_task: ProjectIdDescriptionDto | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    so_shipment_nbr: str | Unset = UNSET
    so_order_type: str | Unset = UNSET
    so_order_nbr: str | Unset = UNSET
    external_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "quantity": DecimalLimits(),
        "unit_price": DecimalLimits(),
        "unit_price_in_currency": DecimalLimits(),
        "manual_amount": DecimalLimits(),
        "manual_amount_in_currency": DecimalLimits(),
        "amount": DecimalLimits(),
        "amount_in_currency": DecimalLimits(),
        "cost": DecimalLimits(),
        "discount_percent": DecimalLimits(),
        "discount_amount": DecimalLimits(),
        "discount_amount_in_currency": DecimalLimits(),
        "deductable_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        inventory_number = self.inventory_number

        line_type = self.line_type

        description = self.description

        quantity: Decimal | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity

        unit_price: Decimal | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price

        unit_price_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.unit_price_in_currency, Unset):
            unit_price_in_currency = self.unit_price_in_currency

        manual_amount: Decimal | Unset = UNSET
        if not isinstance(self.manual_amount, Unset):
            manual_amount = self.manual_amount

        manual_amount_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.manual_amount_in_currency, Unset):
            manual_amount_in_currency = self.manual_amount_in_currency

        amount: Decimal | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount

        amount_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.amount_in_currency, Unset):
            amount_in_currency = self.amount_in_currency

        cost: Decimal | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        vat_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code, Unset):
            vat_code = self.vat_code.to_dict()

        uom = self.uom

        discount_percent: Decimal | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent

        discount_amount: Decimal | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount

        discount_amount_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.discount_amount_in_currency, Unset):
            discount_amount_in_currency = self.discount_amount_in_currency

        manual_discount = self.manual_discount

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        salesperson = self.salesperson

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        deferral_schedule = self.deferral_schedule

        deferral_code = self.deferral_code

        discount_code = self.discount_code

        note = self.note

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        term_start_date: str | Unset = UNSET
        if not isinstance(self.term_start_date, Unset):
            term_start_date = local_datetime_to_json(self.term_start_date)

        term_end_date: str | Unset = UNSET
        if not isinstance(self.term_end_date, Unset):
            term_end_date = local_datetime_to_json(self.term_end_date)

        is_rot_rut_deductible = self.is_rot_rut_deductible

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = str(self.item_type)

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

        deductable_amount: Decimal | Unset = UNSET
        if not isinstance(self.deductable_amount, Unset):
            deductable_amount = self.deductable_amount

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = local_datetime_to_json(self.start_date)

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = local_datetime_to_json(self.end_date)

        so_shipment_nbr = self.so_shipment_nbr

        so_order_type = self.so_order_type

        so_order_nbr = self.so_order_nbr

        external_link = self.external_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if unit_price_in_currency is not UNSET:
            field_dict["unitPriceInCurrency"] = unit_price_in_currency
        if manual_amount is not UNSET:
            field_dict["manualAmount"] = manual_amount
        if manual_amount_in_currency is not UNSET:
            field_dict["manualAmountInCurrency"] = manual_amount_in_currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_in_currency is not UNSET:
            field_dict["amountInCurrency"] = amount_in_currency
        if cost is not UNSET:
            field_dict["cost"] = cost
        if account is not UNSET:
            field_dict["account"] = account
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if uom is not UNSET:
            field_dict["uom"] = uom
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_amount_in_currency is not UNSET:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if salesperson is not UNSET:
            field_dict["salesperson"] = salesperson
        if seller is not UNSET:
            field_dict["seller"] = seller
        if deferral_schedule is not UNSET:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_code is not UNSET:
            field_dict["deferralCode"] = deferral_code
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if note is not UNSET:
            field_dict["note"] = note
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if term_start_date is not UNSET:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not UNSET:
            field_dict["termEndDate"] = term_end_date
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if type_of_work is not UNSET:
            field_dict["typeOfWork"] = type_of_work
        if deductable_amount is not UNSET:
            field_dict["deductableAmount"] = deductable_amount
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if so_shipment_nbr is not UNSET:
            field_dict["soShipmentNbr"] = so_shipment_nbr
        if so_order_type is not UNSET:
            field_dict["soOrderType"] = so_order_type
        if so_order_nbr is not UNSET:
            field_dict["soOrderNbr"] = so_order_nbr
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomerInvoiceLineDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        line_number = d.pop("lineNumber", UNSET)
        if line_number is None:
            line_number = UNSET

        inventory_number = d.pop("inventoryNumber", UNSET)
        if inventory_number is None:
            inventory_number = UNSET

        line_type = d.pop("lineType", UNSET)
        if line_type is None:
            line_type = UNSET

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET

        _quantity = d.pop("quantity", None)
        quantity: Decimal | Unset
        if _quantity is None or _quantity == "":
            quantity = UNSET
        else:
            quantity = decimal_from_json(_quantity)

        _unit_price = d.pop("unitPrice", None)
        unit_price: Decimal | Unset
        if _unit_price is None or _unit_price == "":
            unit_price = UNSET
        else:
            unit_price = decimal_from_json(_unit_price)

        _unit_price_in_currency = d.pop("unitPriceInCurrency", None)
        unit_price_in_currency: Decimal | Unset
        if _unit_price_in_currency is None or _unit_price_in_currency == "":
            unit_price_in_currency = UNSET
        else:
            unit_price_in_currency = decimal_from_json(_unit_price_in_currency)

        _manual_amount = d.pop("manualAmount", None)
        manual_amount: Decimal | Unset
        if _manual_amount is None or _manual_amount == "":
            manual_amount = UNSET
        else:
            manual_amount = decimal_from_json(_manual_amount)

        _manual_amount_in_currency = d.pop("manualAmountInCurrency", None)
        manual_amount_in_currency: Decimal | Unset
        if _manual_amount_in_currency is None or _manual_amount_in_currency == "":
            manual_amount_in_currency = UNSET
        else:
            manual_amount_in_currency = decimal_from_json(_manual_amount_in_currency)

        _amount = d.pop("amount", None)
        amount: Decimal | Unset
        if _amount is None or _amount == "":
            amount = UNSET
        else:
            amount = decimal_from_json(_amount)

        _amount_in_currency = d.pop("amountInCurrency", None)
        amount_in_currency: Decimal | Unset
        if _amount_in_currency is None or _amount_in_currency == "":
            amount_in_currency = UNSET
        else:
            amount_in_currency = decimal_from_json(_amount_in_currency)

        _cost = d.pop("cost", None)
        cost: Decimal | Unset
        if _cost is None or _cost == "":
            cost = UNSET
        else:
            cost = decimal_from_json(_cost)

        _account = d.pop("account", None)
        account: AccountDto | Unset
        if _account is None:
            account = UNSET
        else:
            account = AccountDto.from_dict(_account)

        _vat_code = d.pop("vatCode", None)
        vat_code: IdDescriptionDto | Unset
        if _vat_code is None:
            vat_code = UNSET
        else:
            vat_code = IdDescriptionDto.from_dict(_vat_code)

        uom = d.pop("uom", UNSET)
        if uom is None:
            uom = UNSET

        _discount_percent = d.pop("discountPercent", None)
        discount_percent: Decimal | Unset
        if _discount_percent is None or _discount_percent == "":
            discount_percent = UNSET
        else:
            discount_percent = decimal_from_json(_discount_percent)

        _discount_amount = d.pop("discountAmount", None)
        discount_amount: Decimal | Unset
        if _discount_amount is None or _discount_amount == "":
            discount_amount = UNSET
        else:
            discount_amount = decimal_from_json(_discount_amount)

        _discount_amount_in_currency = d.pop("discountAmountInCurrency", None)
        discount_amount_in_currency: Decimal | Unset
        if _discount_amount_in_currency is None or _discount_amount_in_currency == "":
            discount_amount_in_currency = UNSET
        else:
            discount_amount_in_currency = decimal_from_json(
                _discount_amount_in_currency
            )

        manual_discount = d.pop("manualDiscount", UNSET)
        if manual_discount is None:
            manual_discount = UNSET

        _subaccount = d.pop("subaccount", None)
        subaccount: SubaccountDto | Unset
        if _subaccount is None:
            subaccount = UNSET
        else:
            subaccount = SubaccountDto.from_dict(_subaccount)

        salesperson = d.pop("salesperson", UNSET)
        if salesperson is None:
            salesperson = UNSET

        _seller = d.pop("seller", None)
        seller: IdDescriptionDto | Unset
        if _seller is None:
            seller = UNSET
        else:
            seller = IdDescriptionDto.from_dict(_seller)

        deferral_schedule = d.pop("deferralSchedule", UNSET)
        if deferral_schedule is None:
            deferral_schedule = UNSET

        deferral_code = d.pop("deferralCode", UNSET)
        if deferral_code is None:
            deferral_code = UNSET

        discount_code = d.pop("discountCode", UNSET)
        if discount_code is None:
            discount_code = UNSET

        note = d.pop("note", UNSET)
        if note is None:
            note = UNSET

        _branch_number = d.pop("branchNumber", None)
        branch_number: NumberNameDto | Unset
        if _branch_number is None:
            branch_number = UNSET
        else:
            branch_number = NumberNameDto.from_dict(_branch_number)

        _term_start_date = d.pop("termStartDate", None)
        term_start_date: datetime.datetime | Unset
        if _term_start_date is None or _term_start_date == "":
            term_start_date = UNSET
        else:
            term_start_date = local_datetime_from_json(_term_start_date)

        _term_end_date = d.pop("termEndDate", None)
        term_end_date: datetime.datetime | Unset
        if _term_end_date is None or _term_end_date == "":
            term_end_date = UNSET
        else:
            term_end_date = local_datetime_from_json(_term_end_date)

        is_rot_rut_deductible = d.pop("isRotRutDeductible", UNSET)
        if is_rot_rut_deductible is None:
            is_rot_rut_deductible = UNSET

        _item_type = d.pop("itemType", None)
        item_type: InvoiceLineItemTypes | str | Unset
        if _item_type is None:
            item_type = UNSET
        else:
            item_type = open_enum(
                InvoiceLineItemTypes, _item_type, "CustomerInvoiceLineDto.itemType"
            )

        _type_of_work = d.pop("typeOfWork", None)
        type_of_work: WorkTypeDto | Unset
        if _type_of_work is None:
            type_of_work = UNSET
        else:
            type_of_work = WorkTypeDto.from_dict(_type_of_work)

        _deductable_amount = d.pop("deductableAmount", None)
        deductable_amount: Decimal | Unset
        if _deductable_amount is None or _deductable_amount == "":
            deductable_amount = UNSET
        else:
            deductable_amount = decimal_from_json(_deductable_amount)

        _attachments = d.pop("attachments", None)
        attachments: list[AttachmentDto] | Unset
        if _attachments is None:
            attachments = UNSET
        else:
            if not isinstance(_attachments, list):
                raise TypeError(
                    f"CustomerInvoiceLineDto.attachments: expected an array, got {type(_attachments).__name__}"
                )
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _project_task = d.pop("projectTask", None)
        project_task: ProjectIdDescriptionDto | Unset
        if _project_task is None:
            project_task = UNSET
        else:
            project_task = ProjectIdDescriptionDto.from_dict(_project_task)

        _start_date = d.pop("startDate", None)
        start_date: datetime.datetime | Unset
        if _start_date is None or _start_date == "":
            start_date = UNSET
        else:
            start_date = local_datetime_from_json(_start_date)

        _end_date = d.pop("endDate", None)
        end_date: datetime.datetime | Unset
        if _end_date is None or _end_date == "":
            end_date = UNSET
        else:
            end_date = local_datetime_from_json(_end_date)

        so_shipment_nbr = d.pop("soShipmentNbr", UNSET)
        if so_shipment_nbr is None:
            so_shipment_nbr = UNSET

        so_order_type = d.pop("soOrderType", UNSET)
        if so_order_type is None:
            so_order_type = UNSET

        so_order_nbr = d.pop("soOrderNbr", UNSET)
        if so_order_nbr is None:
            so_order_nbr = UNSET

        external_link = d.pop("externalLink", UNSET)
        if external_link is None:
            external_link = UNSET

        customer_invoice_line_dto = cls(
            line_number=line_number,
            inventory_number=inventory_number,
            line_type=line_type,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            unit_price_in_currency=unit_price_in_currency,
            manual_amount=manual_amount,
            manual_amount_in_currency=manual_amount_in_currency,
            amount=amount,
            amount_in_currency=amount_in_currency,
            cost=cost,
            account=account,
            vat_code=vat_code,
            uom=uom,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
            discount_amount_in_currency=discount_amount_in_currency,
            manual_discount=manual_discount,
            subaccount=subaccount,
            salesperson=salesperson,
            seller=seller,
            deferral_schedule=deferral_schedule,
            deferral_code=deferral_code,
            discount_code=discount_code,
            note=note,
            branch_number=branch_number,
            term_start_date=term_start_date,
            term_end_date=term_end_date,
            is_rot_rut_deductible=is_rot_rut_deductible,
            item_type=item_type,
            type_of_work=type_of_work,
            deductable_amount=deductable_amount,
            attachments=attachments,
            project_task=project_task,
            start_date=start_date,
            end_date=end_date,
            so_shipment_nbr=so_shipment_nbr,
            so_order_type=so_order_type,
            so_order_nbr=so_order_nbr,
            external_link=external_link,
        )

        customer_invoice_line_dto.additional_properties = d
        return customer_invoice_line_dto

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
from ..models.account_dto import AccountDto
from ..models.attachment_dto import AttachmentDto
from ..models.id_description_dto import IdDescriptionDto
from ..models.number_name_dto import NumberNameDto
from ..models.project_id_description_dto import ProjectIdDescriptionDto
from ..models.subaccount_dto import SubaccountDto
from ..models.work_type_dto import WorkTypeDto
