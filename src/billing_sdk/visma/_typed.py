"""Typed inputs of the Visma resources: what a create, an update or a list filter takes.

TypedDicts (``total=False``: give only what you set), so mypy catches a misspelt field or
filter. Written from the generated ``*UpdateDto`` models and list operations;
``tests/facade/test_typed_inputs.py`` fails when they drift apart. Values are plain: ``str``,
``bool``, ``int``, ``Decimal`` (never a float), dates, the re-exported enums; lines and
nested objects are mappings (or the generated models).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, TypedDict

from billing_sdk.visma._generated import CustomerDocumentTypes, DocumentStatus, PaymentTypes


class PaymentFields(TypedDict, total=False):
    """The fields of a payment create or update (``customer_payments.create/update``)."""

    reference_number: str
    type: PaymentTypes | str
    hold: bool
    application_date: dt.datetime | dt.date
    application_period: str
    payment_ref: str
    customer: str
    location: str
    payment_method: str
    cash_account: str
    currency: str
    payment_amount: Decimal | int | str
    invoice_text: str
    branch: str
    override_number_series: bool
    orders_to_apply: Sequence[Mapping[str, Any] | Any]
    finance_charges: Sequence[Mapping[str, Any] | Any]
    payment_lines: Sequence[Mapping[str, Any] | Any]


class InvoiceFields(TypedDict, total=False):
    """The fields of an invoice create or update (``customer_invoices.create/update``)."""

    customer_number: str
    child_customer_number: str
    reference_number: str
    override_number_series: bool
    document_date: dt.datetime | dt.date
    orig_invoice_date: dt.datetime | dt.date
    document_due_date: dt.datetime | dt.date
    cash_discount_date: dt.datetime | dt.date
    hold: bool
    post_period: str
    financial_period: str
    currency_id: str
    exchange_rate: Decimal | int | str
    credit_terms_id: str
    payment_method_id: str
    cash_account: str
    customer_ref_number: str
    external_reference: str
    payment_reference: str
    customer_project: str
    project: str
    customer_vat_zone_id: str
    invoice_text: str
    location_id: str
    note: str
    branch_number: str
    sales_person_id: int
    salesperson: str
    contact: int | None
    send_to_auto_invoice: bool | None
    consolidate_invoices: bool | None
    domestic_services_deductible_document: bool | None
    revoked: bool
    dont_print: bool
    dont_email: bool
    exclude_debt_collection: bool
    start_date: dt.datetime | dt.date | None
    end_date: dt.datetime | dt.date | None
    accounting_cost_ref: str
    originator_doc_ref: str
    contract_doc_ref: str
    direct_debit_mandate_id: str | uuid.UUID | None
    debt_collection_case_nbr: str
    debt_collection_case_status: str
    debt_collection_case_type: str
    debt_collection_case_url: str
    billing_address: Mapping[str, Any]
    invoice_contact: Mapping[str, Any]
    rot_rut_details: Mapping[str, Any]
    tax_detail_lines: Sequence[Mapping[str, Any] | Any]
    invoice_lines: Sequence[Mapping[str, Any] | Any]


class _ListFilters(TypedDict, total=False):
    """The filters both lists take (dates go with their ``*_condition``)."""

    customer: str
    status: DocumentStatus | str
    branch: str
    financial_period: str
    greater_than_value: str
    last_modified_date_time: str | dt.date | dt.datetime
    last_modified_date_time_condition: str


class PaymentFilters(_ListFilters, total=False):
    """The filters of ``customer_payments.list`` (dates go with their ``*_condition``)."""

    payment_nbr: str
    payment_type: PaymentTypes | str
    invoice_ref_nbr: str
    order_by: str
    doc_date: str | dt.date | dt.datetime
    doc_date_condition: str


class InvoiceFilters(_ListFilters, total=False):
    """The filters of ``customer_invoices.list`` (dates go with their ``*_condition``)."""

    document_type: CustomerDocumentTypes | str
    released: int
    dunning_level: int
    closed_financial_period: str
    dunning_letter_date_time: str | dt.date | dt.datetime
    dunning_letter_date_time_condition: str
    project: str
    expand_applications: bool
    expand_dunning_information: bool
    expand_attachments: bool
    expand_tax_details: bool
    expand_invoice_address: bool
    document_due_date: str | dt.date | dt.datetime
    document_due_date_condition: str
    external_reference: str
    payment_reference: str
    customer_ref_number: str
    document_date: str | dt.date | dt.datetime
    document_date_condition: str
    created_date_time: str | dt.date | dt.datetime
    created_date_time_condition: str
