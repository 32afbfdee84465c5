from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_line_item_types import InvoiceLineItemTypes
from ..types import (
    DecimalLimits,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
    wire_keys,
)

T = TypeVar("T", bound="CustomerInvoiceLineDto")


@_attrs_define
class CustomerInvoiceLineDto:
    """An invoice line (read).

    Attributes:
        line_number (int | None):
        inventory_number (str | None): Item ID of the line item (non-stock), if any.
        line_type (str | None): Transaction line type code: GI Inventory, GN NonInventory, MI MiscCharge, FR Freight, DS
            Discount, RA Reallocation.
        description (str | None): Transaction description (up to 30 characters).
        quantity (Decimal | None): Quantity.
        unit_price (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        unit_price_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        manual_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        manual_amount_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        amount_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        cost (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and written
            as an exact decimal, never through a binary float).
        account (AccountDto | None): General ledger (sales) account used for the transaction.
        vat_code (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method, credit
            terms, VAT zone, VAT code, salesperson, write-off reason code).
        uom (str | None): Unit of measure.
        discount_percent (Decimal | None): Line discount percent.
        discount_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        discount_amount_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        manual_discount (bool | None):
        subaccount (SubaccountDto | None): The subaccount used for the transaction.
        salesperson (str | None): Deprecated; use seller.
        seller (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method, credit
            terms, VAT zone, VAT code, salesperson, write-off reason code).
        deferral_schedule (int | None):
        deferral_code (str | None):
        discount_code (str | None):
        note (str | None):
        branch_number (NumberNameDto | None): Reference to an entity by number and name (customer, branch, child
            customer).
        term_start_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        term_end_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        is_rot_rut_deductible (bool | None):
        item_type (InvoiceLineItemTypes | str | None): ROT/RUT item type of an invoice line.
        type_of_work (WorkTypeDto | None): A ROT/RUT work type.
        deductable_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        attachments (list[AttachmentDto] | None):
        project_task (ProjectIdDescriptionDto | None): Project or project task reference.
        start_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        end_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
            (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
            (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
            is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
            project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
            writes `yyyy-MM-ddTHH:mm:ss`).
        so_shipment_nbr (str | None):
        so_order_type (str | None):
        so_order_nbr (str | None):
        external_link (str | None):
    """

    line_number: int | None = None
    inventory_number: str | None = None
    line_type: str | None = None
    description: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    unit_price_in_currency: Decimal | None = None
    manual_amount: Decimal | None = None
    manual_amount_in_currency: Decimal | None = None
    amount: Decimal | None = None
    amount_in_currency: Decimal | None = None
    cost: Decimal | None = None
    account: AccountDto | None = None
    vat_code: IdDescriptionDto | None = None
    uom: str | None = None
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None
    discount_amount_in_currency: Decimal | None = None
    manual_discount: bool | None = None
    subaccount: SubaccountDto | None = None
    salesperson: str | None = None
    seller: IdDescriptionDto | None = None
    deferral_schedule: int | None = None
    deferral_code: str | None = None
    discount_code: str | None = None
    note: str | None = None
    branch_number: NumberNameDto | None = None
    term_start_date: datetime.datetime | None = None
    term_end_date: datetime.datetime | None = None
    is_rot_rut_deductible: bool | None = None
    item_type: InvoiceLineItemTypes | str | None = None
    type_of_work: WorkTypeDto | None = None
    deductable_amount: Decimal | None = None
    attachments: list[AttachmentDto] | None = None
    project_task: ProjectIdDescriptionDto | None = None
    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    so_shipment_nbr: str | None = None
    so_order_type: str | None = None
    so_order_nbr: str | None = None
    external_link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "lineNumber": "line_number",
        "inventoryNumber": "inventory_number",
        "lineType": "line_type",
        "description": "description",
        "quantity": "quantity",
        "unitPrice": "unit_price",
        "unitPriceInCurrency": "unit_price_in_currency",
        "manualAmount": "manual_amount",
        "manualAmountInCurrency": "manual_amount_in_currency",
        "amount": "amount",
        "amountInCurrency": "amount_in_currency",
        "cost": "cost",
        "account": "account",
        "vatCode": "vat_code",
        "uom": "uom",
        "discountPercent": "discount_percent",
        "discountAmount": "discount_amount",
        "discountAmountInCurrency": "discount_amount_in_currency",
        "manualDiscount": "manual_discount",
        "subaccount": "subaccount",
        "salesperson": "salesperson",
        "seller": "seller",
        "deferralSchedule": "deferral_schedule",
        "deferralCode": "deferral_code",
        "discountCode": "discount_code",
        "note": "note",
        "branchNumber": "branch_number",
        "termStartDate": "term_start_date",
        "termEndDate": "term_end_date",
        "isRotRutDeductible": "is_rot_rut_deductible",
        "itemType": "item_type",
        "typeOfWork": "type_of_work",
        "deductableAmount": "deductable_amount",
        "attachments": "attachments",
        "projectTask": "project_task",
        "startDate": "start_date",
        "endDate": "end_date",
        "soShipmentNbr": "so_shipment_nbr",
        "soOrderType": "so_order_type",
        "soOrderNbr": "so_order_nbr",
        "externalLink": "external_link",
    }
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

        quantity: Decimal | None = None
        if self.quantity is not None:
            quantity = self.quantity

        unit_price: Decimal | None = None
        if self.unit_price is not None:
            unit_price = self.unit_price

        unit_price_in_currency: Decimal | None = None
        if self.unit_price_in_currency is not None:
            unit_price_in_currency = self.unit_price_in_currency

        manual_amount: Decimal | None = None
        if self.manual_amount is not None:
            manual_amount = self.manual_amount

        manual_amount_in_currency: Decimal | None = None
        if self.manual_amount_in_currency is not None:
            manual_amount_in_currency = self.manual_amount_in_currency

        amount: Decimal | None = None
        if self.amount is not None:
            amount = self.amount

        amount_in_currency: Decimal | None = None
        if self.amount_in_currency is not None:
            amount_in_currency = self.amount_in_currency

        cost: Decimal | None = None
        if self.cost is not None:
            cost = self.cost

        account: dict[str, Any] | None = None
        if self.account is not None:
            account = self.account.to_dict()

        vat_code: dict[str, Any] | None = None
        if self.vat_code is not None:
            vat_code = self.vat_code.to_dict()

        uom = self.uom

        discount_percent: Decimal | None = None
        if self.discount_percent is not None:
            discount_percent = self.discount_percent

        discount_amount: Decimal | None = None
        if self.discount_amount is not None:
            discount_amount = self.discount_amount

        discount_amount_in_currency: Decimal | None = None
        if self.discount_amount_in_currency is not None:
            discount_amount_in_currency = self.discount_amount_in_currency

        manual_discount = self.manual_discount

        subaccount: dict[str, Any] | None = None
        if self.subaccount is not None:
            subaccount = self.subaccount.to_dict()

        salesperson = self.salesperson

        seller: dict[str, Any] | None = None
        if self.seller is not None:
            seller = self.seller.to_dict()

        deferral_schedule = self.deferral_schedule

        deferral_code = self.deferral_code

        discount_code = self.discount_code

        note = self.note

        branch_number: dict[str, Any] | None = None
        if self.branch_number is not None:
            branch_number = self.branch_number.to_dict()

        term_start_date: str | None = None
        if self.term_start_date is not None:
            term_start_date = local_datetime_to_json(self.term_start_date)

        term_end_date: str | None = None
        if self.term_end_date is not None:
            term_end_date = local_datetime_to_json(self.term_end_date)

        is_rot_rut_deductible = self.is_rot_rut_deductible

        item_type: str | None = None
        if self.item_type is not None:
            item_type = str(self.item_type)

        type_of_work: dict[str, Any] | None = None
        if self.type_of_work is not None:
            type_of_work = self.type_of_work.to_dict()

        deductable_amount: Decimal | None = None
        if self.deductable_amount is not None:
            deductable_amount = self.deductable_amount

        attachments: list[dict[str, Any]] | None = None
        if self.attachments is not None:
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        project_task: dict[str, Any] | None = None
        if self.project_task is not None:
            project_task = self.project_task.to_dict()

        start_date: str | None = None
        if self.start_date is not None:
            start_date = local_datetime_to_json(self.start_date)

        end_date: str | None = None
        if self.end_date is not None:
            end_date = local_datetime_to_json(self.end_date)

        so_shipment_nbr = self.so_shipment_nbr

        so_order_type = self.so_order_type

        so_order_nbr = self.so_order_nbr

        external_link = self.external_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not None:
            field_dict["lineNumber"] = line_number
        if inventory_number is not None:
            field_dict["inventoryNumber"] = inventory_number
        if line_type is not None:
            field_dict["lineType"] = line_type
        if description is not None:
            field_dict["description"] = description
        if quantity is not None:
            field_dict["quantity"] = quantity
        if unit_price is not None:
            field_dict["unitPrice"] = unit_price
        if unit_price_in_currency is not None:
            field_dict["unitPriceInCurrency"] = unit_price_in_currency
        if manual_amount is not None:
            field_dict["manualAmount"] = manual_amount
        if manual_amount_in_currency is not None:
            field_dict["manualAmountInCurrency"] = manual_amount_in_currency
        if amount is not None:
            field_dict["amount"] = amount
        if amount_in_currency is not None:
            field_dict["amountInCurrency"] = amount_in_currency
        if cost is not None:
            field_dict["cost"] = cost
        if account is not None:
            field_dict["account"] = account
        if vat_code is not None:
            field_dict["vatCode"] = vat_code
        if uom is not None:
            field_dict["uom"] = uom
        if discount_percent is not None:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not None:
            field_dict["discountAmount"] = discount_amount
        if discount_amount_in_currency is not None:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if manual_discount is not None:
            field_dict["manualDiscount"] = manual_discount
        if subaccount is not None:
            field_dict["subaccount"] = subaccount
        if salesperson is not None:
            field_dict["salesperson"] = salesperson
        if seller is not None:
            field_dict["seller"] = seller
        if deferral_schedule is not None:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_code is not None:
            field_dict["deferralCode"] = deferral_code
        if discount_code is not None:
            field_dict["discountCode"] = discount_code
        if note is not None:
            field_dict["note"] = note
        if branch_number is not None:
            field_dict["branchNumber"] = branch_number
        if term_start_date is not None:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not None:
            field_dict["termEndDate"] = term_end_date
        if is_rot_rut_deductible is not None:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if item_type is not None:
            field_dict["itemType"] = item_type
        if type_of_work is not None:
            field_dict["typeOfWork"] = type_of_work
        if deductable_amount is not None:
            field_dict["deductableAmount"] = deductable_amount
        if attachments is not None:
            field_dict["attachments"] = attachments
        if project_task is not None:
            field_dict["projectTask"] = project_task
        if start_date is not None:
            field_dict["startDate"] = start_date
        if end_date is not None:
            field_dict["endDate"] = end_date
        if so_shipment_nbr is not None:
            field_dict["soShipmentNbr"] = so_shipment_nbr
        if so_order_type is not None:
            field_dict["soOrderType"] = so_order_type
        if so_order_nbr is not None:
            field_dict["soOrderNbr"] = so_order_nbr
        if external_link is not None:
            field_dict["externalLink"] = external_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomerInvoiceLineDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        line_number = d.pop("lineNumber", None)

        inventory_number = d.pop("inventoryNumber", None)

        line_type = d.pop("lineType", None)

        description = d.pop("description", None)

        _quantity = d.pop("quantity", None)
        quantity: Decimal | None
        if _quantity is None or _quantity.__class__ is str and not _quantity:
            quantity = None
        else:
            quantity = decimal_from_json(_quantity)

        _unit_price = d.pop("unitPrice", None)
        unit_price: Decimal | None
        if _unit_price is None or _unit_price.__class__ is str and not _unit_price:
            unit_price = None
        else:
            unit_price = decimal_from_json(_unit_price)

        _unit_price_in_currency = d.pop("unitPriceInCurrency", None)
        unit_price_in_currency: Decimal | None
        if (
            _unit_price_in_currency is None
            or _unit_price_in_currency.__class__ is str
            and not _unit_price_in_currency
        ):
            unit_price_in_currency = None
        else:
            unit_price_in_currency = decimal_from_json(_unit_price_in_currency)

        _manual_amount = d.pop("manualAmount", None)
        manual_amount: Decimal | None
        if (
            _manual_amount is None
            or _manual_amount.__class__ is str
            and not _manual_amount
        ):
            manual_amount = None
        else:
            manual_amount = decimal_from_json(_manual_amount)

        _manual_amount_in_currency = d.pop("manualAmountInCurrency", None)
        manual_amount_in_currency: Decimal | None
        if (
            _manual_amount_in_currency is None
            or _manual_amount_in_currency.__class__ is str
            and not _manual_amount_in_currency
        ):
            manual_amount_in_currency = None
        else:
            manual_amount_in_currency = decimal_from_json(_manual_amount_in_currency)

        _amount = d.pop("amount", None)
        amount: Decimal | None
        if _amount is None or _amount.__class__ is str and not _amount:
            amount = None
        else:
            amount = decimal_from_json(_amount)

        _amount_in_currency = d.pop("amountInCurrency", None)
        amount_in_currency: Decimal | None
        if (
            _amount_in_currency is None
            or _amount_in_currency.__class__ is str
            and not _amount_in_currency
        ):
            amount_in_currency = None
        else:
            amount_in_currency = decimal_from_json(_amount_in_currency)

        _cost = d.pop("cost", None)
        cost: Decimal | None
        if _cost is None or _cost.__class__ is str and not _cost:
            cost = None
        else:
            cost = decimal_from_json(_cost)

        _account = d.pop("account", None)
        account: AccountDto | None
        if _account is None:
            account = None
        else:
            account = AccountDto.from_dict(_account)

        _vat_code = d.pop("vatCode", None)
        vat_code: IdDescriptionDto | None
        if _vat_code is None:
            vat_code = None
        else:
            vat_code = IdDescriptionDto.from_dict(_vat_code)

        uom = d.pop("uom", None)

        _discount_percent = d.pop("discountPercent", None)
        discount_percent: Decimal | None
        if (
            _discount_percent is None
            or _discount_percent.__class__ is str
            and not _discount_percent
        ):
            discount_percent = None
        else:
            discount_percent = decimal_from_json(_discount_percent)

        _discount_amount = d.pop("discountAmount", None)
        discount_amount: Decimal | None
        if (
            _discount_amount is None
            or _discount_amount.__class__ is str
            and not _discount_amount
        ):
            discount_amount = None
        else:
            discount_amount = decimal_from_json(_discount_amount)

        _discount_amount_in_currency = d.pop("discountAmountInCurrency", None)
        discount_amount_in_currency: Decimal | None
        if (
            _discount_amount_in_currency is None
            or _discount_amount_in_currency.__class__ is str
            and not _discount_amount_in_currency
        ):
            discount_amount_in_currency = None
        else:
            discount_amount_in_currency = decimal_from_json(
                _discount_amount_in_currency
            )

        manual_discount = d.pop("manualDiscount", None)

        _subaccount = d.pop("subaccount", None)
        subaccount: SubaccountDto | None
        if _subaccount is None:
            subaccount = None
        else:
            subaccount = SubaccountDto.from_dict(_subaccount)

        salesperson = d.pop("salesperson", None)

        _seller = d.pop("seller", None)
        seller: IdDescriptionDto | None
        if _seller is None:
            seller = None
        else:
            seller = IdDescriptionDto.from_dict(_seller)

        deferral_schedule = d.pop("deferralSchedule", None)

        deferral_code = d.pop("deferralCode", None)

        discount_code = d.pop("discountCode", None)

        note = d.pop("note", None)

        _branch_number = d.pop("branchNumber", None)
        branch_number: NumberNameDto | None
        if _branch_number is None:
            branch_number = None
        else:
            branch_number = NumberNameDto.from_dict(_branch_number)

        _term_start_date = d.pop("termStartDate", None)
        term_start_date: datetime.datetime | None
        if _term_start_date is None or _term_start_date == "":
            term_start_date = None
        else:
            term_start_date = local_datetime_from_json(_term_start_date)

        _term_end_date = d.pop("termEndDate", None)
        term_end_date: datetime.datetime | None
        if _term_end_date is None or _term_end_date == "":
            term_end_date = None
        else:
            term_end_date = local_datetime_from_json(_term_end_date)

        is_rot_rut_deductible = d.pop("isRotRutDeductible", None)

        _item_type = d.pop("itemType", None)
        item_type: InvoiceLineItemTypes | str | None
        if _item_type is None:
            item_type = None
        else:
            item_type = open_enum(
                InvoiceLineItemTypes, _item_type, "CustomerInvoiceLineDto.itemType"
            )

        _type_of_work = d.pop("typeOfWork", None)
        type_of_work: WorkTypeDto | None
        if _type_of_work is None:
            type_of_work = None
        else:
            type_of_work = WorkTypeDto.from_dict(_type_of_work)

        _deductable_amount = d.pop("deductableAmount", None)
        deductable_amount: Decimal | None
        if (
            _deductable_amount is None
            or _deductable_amount.__class__ is str
            and not _deductable_amount
        ):
            deductable_amount = None
        else:
            deductable_amount = decimal_from_json(_deductable_amount)

        _attachments = d.pop("attachments", None)
        attachments: list[AttachmentDto] | None
        if _attachments is None:
            attachments = None
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
        project_task: ProjectIdDescriptionDto | None
        if _project_task is None:
            project_task = None
        else:
            project_task = ProjectIdDescriptionDto.from_dict(_project_task)

        _start_date = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date is None or _start_date == "":
            start_date = None
        else:
            start_date = local_datetime_from_json(_start_date)

        _end_date = d.pop("endDate", None)
        end_date: datetime.datetime | None
        if _end_date is None or _end_date == "":
            end_date = None
        else:
            end_date = local_datetime_from_json(_end_date)

        so_shipment_nbr = d.pop("soShipmentNbr", None)

        so_order_type = d.pop("soOrderType", None)

        so_order_nbr = d.pop("soOrderNbr", None)

        external_link = d.pop("externalLink", None)

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
        customer_invoice_line_dto._wire_keys = keys_seen

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
