from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_document_types import CustomerDocumentTypes
from ..models.document_status import DocumentStatus
from ..types import (
    UNSET,
    DecimalLimits,
    Unset,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
)

T = TypeVar("T", bound="CustomerInvoiceDto")


@_attrs_define
class CustomerInvoiceDto:
    """A customer invoice (read). In list pages every item carries `metadata`. All date-times are naive local timestamps
    (e.g. `2024-01-31T00:00:00`).

        Attributes:
            document_type (CustomerDocumentTypes | str | Unset): Customer ledger document type.
            reference_number (str | Unset): The invoice number.
            status (DocumentStatus | str | Unset): Status of a customer ledger document.
            hold (bool | Unset): The document is a draft; it may be edited and cannot be released.
            customer (NumberNameDto | Unset): Reference to an entity by number and name (customer, branch, child customer).
            document_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            orig_invoice_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            document_due_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            cash_discount_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            post_period (str | Unset): Period the document is posted to, format YYYYMM.
            financial_period (str | Unset): Financial period of the transactions, format YYYYMM.
            closed_financial_period (str | Unset): Format YYYYMM.
            currency_id (str | Unset):
            exchange_rate (Decimal | Unset): Exchange rate.
            amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            amount_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            balance (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            balance_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            cash_discount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            cash_discount_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            vat_total (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            vat_total_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            vat_taxable_total (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            vat_taxable_total_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            vat_exempt_total (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            vat_exempt_total_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            detail_total (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            detail_total_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            discount_total (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            discount_total_in_currency (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            rounding_diff (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            credit_terms (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            payment_method (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            customer_vat_zone (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            sales_person (IdDescriptionDto | Unset): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            sales_person_id (int | Unset): Deprecated; use salesPerson.
            sales_person_descr (str | Unset): Deprecated; use salesPerson.
            location (LocationDto | Unset): Customer location.
            branch_number (NumberNameDto | Unset): Reference to an entity by number and name (customer, branch, child
                customer).
            project (ProjectIdDescriptionDto | Unset): Project or project task reference.
            account (AccountDto | Unset): General ledger (sales) account used for the transaction.
            subaccount (SubaccountDto | Unset): The subaccount used for the transaction.
            contact (ContactIdNameDto | Unset): The contact associated with the customer.
            invoice_address (InvoiceAddressDto | Unset): Invoice address of the document.
            invoice_contact (InvoiceContactDto | Unset): Invoice contact of the document.
            customer_ref_number (str | Unset): External reference used in AutoInvoice.
            external_reference (str | Unset): External reference used in AutoInvoice.
            payment_reference (str | Unset): Payment reference generated by the number series.
            invoice_text (str | Unset):
            note (str | Unset):
            cash_account (str | Unset):
            customer_project (str | Unset): Customer project no. used in AutoInvoice.
            is_rot_rut_deductible (bool | Unset): The document is ROT/RUT deductible (Sweden).
            send_to_auto_invoice (bool | Unset):
            dont_print (bool | Unset):
            dont_email (bool | Unset):
            revoked (bool | Unset):
            exclude_debt_collection (bool | Unset): Exclude from debt collection (Autocollect).
            dunning_letter_date (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            dunning_letter_level (int | Unset): The dunning level of the document.
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
            accounting_cost_ref (str | Unset):
            originator_doc_ref (str | Unset):
            contract_doc_ref (str | Unset):
            invoice_lines (list[CustomerInvoiceLineDto] | Unset):
            tax_details (list[TaxDetailDto] | Unset): VAT details (filled with expandTaxDetails).
            attachments (list[AttachmentDto] | Unset): Attachments (filled with expandAttachments).
            applications (list[ArAdjustDto] | Unset): Applied payments/notes (filled with expandApplications).
            child_record (NumberNameDto | Unset): Reference to an entity by number and name (customer, branch, child
                customer).
            direct_debit_mandate (DirectDebitMandateDto | Unset): Customer direct debit mandate.
            debt_collection (DebtCollectionDto | Unset): Debt collection case information.
            last_modified_date_time (datetime.datetime | Unset): A date-time as Visma writes it: local time without an
                offset (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an
                offset (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-
                time` is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            created_date_time (datetime.datetime | Unset): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            time_stamp (str | Unset): Version of the resource (base64 rowversion); the same value as the ETag header.
            error_info (str | Unset):
            metadata (MetadataDto | Unset): Pagination info carried by every item of a list page: total number of matching
                records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    document_type: CustomerDocumentTypes | str | Unset = UNSET
    reference_number: str | Unset = UNSET
    status: DocumentStatus | str | Unset = UNSET
    hold: bool | Unset = UNSET
    customer: NumberNameDto | Unset = UNSET
    document_date: datetime.datetime | Unset = UNSET
    orig_invoice_date: datetime.datetime | Unset = UNSET
    document_due_date: datetime.datetime | Unset = UNSET
    cash_discount_date: datetime.datetime | Unset = UNSET
    post_period: str | Unset = UNSET
    financial_period: str | Unset = UNSET
    closed_financial_period: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    exchange_rate: Decimal | Unset = UNSET
    amount: Decimal | Unset = UNSET
    amount_in_currency: Decimal | Unset = UNSET
    balance: Decimal | Unset = UNSET
    balance_in_currency: Decimal | Unset = UNSET
    cash_discount: Decimal | Unset = UNSET
    cash_discount_in_currency: Decimal | Unset = UNSET
    vat_total: Decimal | Unset = UNSET
    vat_total_in_currency: Decimal | Unset = UNSET
    vat_taxable_total: Decimal | Unset = UNSET
    vat_taxable_total_in_currency: Decimal | Unset = UNSET
    vat_exempt_total: Decimal | Unset = UNSET
    vat_exempt_total_in_currency: Decimal | Unset = UNSET
    detail_total: Decimal | Unset = UNSET
    detail_total_in_currency: Decimal | Unset = UNSET
    discount_total: Decimal | Unset = UNSET
    discount_total_in_currency: Decimal | Unset = UNSET
    rounding_diff: Decimal | Unset = UNSET
    credit_terms: IdDescriptionDto | Unset = UNSET
    payment_method: IdDescriptionDto | Unset = UNSET
    customer_vat_zone: IdDescriptionDto | Unset = UNSET
    sales_person: IdDescriptionDto | Unset = UNSET
    sales_person_id: int | Unset = UNSET
    sales_person_descr: str | Unset = UNSET
    location: LocationDto | Unset = UNSET
    branch_number: NumberNameDto | Unset = UNSET
    project: ProjectIdDescriptionDto | Unset = UNSET
    account: AccountDto | Unset = UNSET
    subaccount: SubaccountDto | Unset = UNSET
    contact: ContactIdNameDto | Unset = UNSET
    invoice_address: InvoiceAddressDto | Unset = UNSET
    invoice_contact: InvoiceContactDto | Unset = UNSET
    customer_ref_number: str | Unset = UNSET
    external_reference: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    invoice_text: str | Unset = UNSET
    note: str | Unset = UNSET
    cash_account: str | Unset = UNSET
    customer_project: str | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    send_to_auto_invoice: bool | Unset = UNSET
    dont_print: bool | Unset = UNSET
    dont_email: bool | Unset = UNSET
    revoked: bool | Unset = UNSET
    exclude_debt_collection: bool | Unset = UNSET
    dunning_letter_date: datetime.datetime | Unset = UNSET
    dunning_letter_level: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    accounting_cost_ref: str | Unset = UNSET
    originator_doc_ref: str | Unset = UNSET
    contract_doc_ref: str | Unset = UNSET
    invoice_lines: list[CustomerInvoiceLineDto] | Unset = UNSET
    tax_details: list[TaxDetailDto] | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    applications: list[ArAdjustDto] | Unset = UNSET
    child_record: NumberNameDto | Unset = UNSET
    direct_debit_mandate: DirectDebitMandateDto | Unset = UNSET
    debt_collection: DebtCollectionDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "exchange_rate": DecimalLimits(),
        "amount": DecimalLimits(),
        "amount_in_currency": DecimalLimits(),
        "balance": DecimalLimits(),
        "balance_in_currency": DecimalLimits(),
        "cash_discount": DecimalLimits(),
        "cash_discount_in_currency": DecimalLimits(),
        "vat_total": DecimalLimits(),
        "vat_total_in_currency": DecimalLimits(),
        "vat_taxable_total": DecimalLimits(),
        "vat_taxable_total_in_currency": DecimalLimits(),
        "vat_exempt_total": DecimalLimits(),
        "vat_exempt_total_in_currency": DecimalLimits(),
        "detail_total": DecimalLimits(),
        "detail_total_in_currency": DecimalLimits(),
        "discount_total": DecimalLimits(),
        "discount_total_in_currency": DecimalLimits(),
        "rounding_diff": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = str(self.document_type)

        reference_number = self.reference_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        hold = self.hold

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        document_date: str | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = local_datetime_to_json(self.document_date)

        orig_invoice_date: str | Unset = UNSET
        if not isinstance(self.orig_invoice_date, Unset):
            orig_invoice_date = local_datetime_to_json(self.orig_invoice_date)

        document_due_date: str | Unset = UNSET
        if not isinstance(self.document_due_date, Unset):
            document_due_date = local_datetime_to_json(self.document_due_date)

        cash_discount_date: str | Unset = UNSET
        if not isinstance(self.cash_discount_date, Unset):
            cash_discount_date = local_datetime_to_json(self.cash_discount_date)

        post_period = self.post_period

        financial_period = self.financial_period

        closed_financial_period = self.closed_financial_period

        currency_id = self.currency_id

        exchange_rate: Decimal | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate

        amount: Decimal | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount

        amount_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.amount_in_currency, Unset):
            amount_in_currency = self.amount_in_currency

        balance: Decimal | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance

        balance_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.balance_in_currency, Unset):
            balance_in_currency = self.balance_in_currency

        cash_discount: Decimal | Unset = UNSET
        if not isinstance(self.cash_discount, Unset):
            cash_discount = self.cash_discount

        cash_discount_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.cash_discount_in_currency, Unset):
            cash_discount_in_currency = self.cash_discount_in_currency

        vat_total: Decimal | Unset = UNSET
        if not isinstance(self.vat_total, Unset):
            vat_total = self.vat_total

        vat_total_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.vat_total_in_currency, Unset):
            vat_total_in_currency = self.vat_total_in_currency

        vat_taxable_total: Decimal | Unset = UNSET
        if not isinstance(self.vat_taxable_total, Unset):
            vat_taxable_total = self.vat_taxable_total

        vat_taxable_total_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.vat_taxable_total_in_currency, Unset):
            vat_taxable_total_in_currency = self.vat_taxable_total_in_currency

        vat_exempt_total: Decimal | Unset = UNSET
        if not isinstance(self.vat_exempt_total, Unset):
            vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.vat_exempt_total_in_currency, Unset):
            vat_exempt_total_in_currency = self.vat_exempt_total_in_currency

        detail_total: Decimal | Unset = UNSET
        if not isinstance(self.detail_total, Unset):
            detail_total = self.detail_total

        detail_total_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.detail_total_in_currency, Unset):
            detail_total_in_currency = self.detail_total_in_currency

        discount_total: Decimal | Unset = UNSET
        if not isinstance(self.discount_total, Unset):
            discount_total = self.discount_total

        discount_total_in_currency: Decimal | Unset = UNSET
        if not isinstance(self.discount_total_in_currency, Unset):
            discount_total_in_currency = self.discount_total_in_currency

        rounding_diff: Decimal | Unset = UNSET
        if not isinstance(self.rounding_diff, Unset):
            rounding_diff = self.rounding_diff

        credit_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_terms, Unset):
            credit_terms = self.credit_terms.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        customer_vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vat_zone, Unset):
            customer_vat_zone = self.customer_vat_zone.to_dict()

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        sales_person_id = self.sales_person_id

        sales_person_descr = self.sales_person_descr

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        invoice_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_contact, Unset):
            invoice_contact = self.invoice_contact.to_dict()

        customer_ref_number = self.customer_ref_number

        external_reference = self.external_reference

        payment_reference = self.payment_reference

        invoice_text = self.invoice_text

        note = self.note

        cash_account = self.cash_account

        customer_project = self.customer_project

        is_rot_rut_deductible = self.is_rot_rut_deductible

        send_to_auto_invoice = self.send_to_auto_invoice

        dont_print = self.dont_print

        dont_email = self.dont_email

        revoked = self.revoked

        exclude_debt_collection = self.exclude_debt_collection

        dunning_letter_date: str | Unset = UNSET
        if not isinstance(self.dunning_letter_date, Unset):
            dunning_letter_date = local_datetime_to_json(self.dunning_letter_date)

        dunning_letter_level = self.dunning_letter_level

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = local_datetime_to_json(self.start_date)

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = local_datetime_to_json(self.end_date)

        accounting_cost_ref = self.accounting_cost_ref

        originator_doc_ref = self.originator_doc_ref

        contract_doc_ref = self.contract_doc_ref

        invoice_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_lines, Unset):
            invoice_lines = []
            for invoice_lines_item_data in self.invoice_lines:
                invoice_lines_item = invoice_lines_item_data.to_dict()
                invoice_lines.append(invoice_lines_item)

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        child_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_record, Unset):
            child_record = self.child_record.to_dict()

        direct_debit_mandate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_debit_mandate, Unset):
            direct_debit_mandate = self.direct_debit_mandate.to_dict()

        debt_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collection, Unset):
            debt_collection = self.debt_collection.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = local_datetime_to_json(
                self.last_modified_date_time
            )

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = local_datetime_to_json(self.created_date_time)

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if status is not UNSET:
            field_dict["status"] = status
        if hold is not UNSET:
            field_dict["hold"] = hold
        if customer is not UNSET:
            field_dict["customer"] = customer
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if orig_invoice_date is not UNSET:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if document_due_date is not UNSET:
            field_dict["documentDueDate"] = document_due_date
        if cash_discount_date is not UNSET:
            field_dict["cashDiscountDate"] = cash_discount_date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if closed_financial_period is not UNSET:
            field_dict["closedFinancialPeriod"] = closed_financial_period
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_in_currency is not UNSET:
            field_dict["amountInCurrency"] = amount_in_currency
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_in_currency is not UNSET:
            field_dict["balanceInCurrency"] = balance_in_currency
        if cash_discount is not UNSET:
            field_dict["cashDiscount"] = cash_discount
        if cash_discount_in_currency is not UNSET:
            field_dict["cashDiscountInCurrency"] = cash_discount_in_currency
        if vat_total is not UNSET:
            field_dict["vatTotal"] = vat_total
        if vat_total_in_currency is not UNSET:
            field_dict["vatTotalInCurrency"] = vat_total_in_currency
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_taxable_total_in_currency is not UNSET:
            field_dict["vatTaxableTotalInCurrency"] = vat_taxable_total_in_currency
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_currency is not UNSET:
            field_dict["vatExemptTotalInCurrency"] = vat_exempt_total_in_currency
        if detail_total is not UNSET:
            field_dict["detailTotal"] = detail_total
        if detail_total_in_currency is not UNSET:
            field_dict["detailTotalInCurrency"] = detail_total_in_currency
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if discount_total_in_currency is not UNSET:
            field_dict["discountTotalInCurrency"] = discount_total_in_currency
        if rounding_diff is not UNSET:
            field_dict["roundingDiff"] = rounding_diff
        if credit_terms is not UNSET:
            field_dict["creditTerms"] = credit_terms
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if customer_vat_zone is not UNSET:
            field_dict["customerVatZone"] = customer_vat_zone
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
        if sales_person_id is not UNSET:
            field_dict["salesPersonID"] = sales_person_id
        if sales_person_descr is not UNSET:
            field_dict["salesPersonDescr"] = sales_person_descr
        if location is not UNSET:
            field_dict["location"] = location
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if project is not UNSET:
            field_dict["project"] = project
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if contact is not UNSET:
            field_dict["contact"] = contact
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if invoice_contact is not UNSET:
            field_dict["invoiceContact"] = invoice_contact
        if customer_ref_number is not UNSET:
            field_dict["customerRefNumber"] = customer_ref_number
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if invoice_text is not UNSET:
            field_dict["invoiceText"] = invoice_text
        if note is not UNSET:
            field_dict["note"] = note
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if customer_project is not UNSET:
            field_dict["customerProject"] = customer_project
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if send_to_auto_invoice is not UNSET:
            field_dict["sendToAutoInvoice"] = send_to_auto_invoice
        if dont_print is not UNSET:
            field_dict["dontPrint"] = dont_print
        if dont_email is not UNSET:
            field_dict["dontEmail"] = dont_email
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if exclude_debt_collection is not UNSET:
            field_dict["excludeDebtCollection"] = exclude_debt_collection
        if dunning_letter_date is not UNSET:
            field_dict["dunningLetterDate"] = dunning_letter_date
        if dunning_letter_level is not UNSET:
            field_dict["dunningLetterLevel"] = dunning_letter_level
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if accounting_cost_ref is not UNSET:
            field_dict["accountingCostRef"] = accounting_cost_ref
        if originator_doc_ref is not UNSET:
            field_dict["originatorDocRef"] = originator_doc_ref
        if contract_doc_ref is not UNSET:
            field_dict["contractDocRef"] = contract_doc_ref
        if invoice_lines is not UNSET:
            field_dict["invoiceLines"] = invoice_lines
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if applications is not UNSET:
            field_dict["applications"] = applications
        if child_record is not UNSET:
            field_dict["childRecord"] = child_record
        if direct_debit_mandate is not UNSET:
            field_dict["directDebitMandate"] = direct_debit_mandate
        if debt_collection is not UNSET:
            field_dict["debtCollection"] = debt_collection
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
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
                f"CustomerInvoiceDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _document_type = d.pop("documentType", None)
        document_type: CustomerDocumentTypes | str | Unset
        if _document_type is None:
            document_type = UNSET
        else:
            document_type = open_enum(
                CustomerDocumentTypes, _document_type, "CustomerInvoiceDto.documentType"
            )

        reference_number = d.pop("referenceNumber", UNSET)
        if reference_number is None:
            reference_number = UNSET

        _status = d.pop("status", None)
        status: DocumentStatus | str | Unset
        if _status is None:
            status = UNSET
        else:
            status = open_enum(DocumentStatus, _status, "CustomerInvoiceDto.status")

        hold = d.pop("hold", UNSET)
        if hold is None:
            hold = UNSET

        _customer = d.pop("customer", None)
        customer: NumberNameDto | Unset
        if _customer is None:
            customer = UNSET
        else:
            customer = NumberNameDto.from_dict(_customer)

        _document_date = d.pop("documentDate", None)
        document_date: datetime.datetime | Unset
        if _document_date is None or _document_date == "":
            document_date = UNSET
        else:
            document_date = local_datetime_from_json(_document_date)

        _orig_invoice_date = d.pop("origInvoiceDate", None)
        orig_invoice_date: datetime.datetime | Unset
        if _orig_invoice_date is None or _orig_invoice_date == "":
            orig_invoice_date = UNSET
        else:
            orig_invoice_date = local_datetime_from_json(_orig_invoice_date)

        _document_due_date = d.pop("documentDueDate", None)
        document_due_date: datetime.datetime | Unset
        if _document_due_date is None or _document_due_date == "":
            document_due_date = UNSET
        else:
            document_due_date = local_datetime_from_json(_document_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", None)
        cash_discount_date: datetime.datetime | Unset
        if _cash_discount_date is None or _cash_discount_date == "":
            cash_discount_date = UNSET
        else:
            cash_discount_date = local_datetime_from_json(_cash_discount_date)

        post_period = d.pop("postPeriod", UNSET)
        if post_period is None:
            post_period = UNSET

        financial_period = d.pop("financialPeriod", UNSET)
        if financial_period is None:
            financial_period = UNSET

        closed_financial_period = d.pop("closedFinancialPeriod", UNSET)
        if closed_financial_period is None:
            closed_financial_period = UNSET

        currency_id = d.pop("currencyId", UNSET)
        if currency_id is None:
            currency_id = UNSET

        _exchange_rate = d.pop("exchangeRate", None)
        exchange_rate: Decimal | Unset
        if _exchange_rate is None or _exchange_rate == "":
            exchange_rate = UNSET
        else:
            exchange_rate = decimal_from_json(_exchange_rate)

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

        _balance = d.pop("balance", None)
        balance: Decimal | Unset
        if _balance is None or _balance == "":
            balance = UNSET
        else:
            balance = decimal_from_json(_balance)

        _balance_in_currency = d.pop("balanceInCurrency", None)
        balance_in_currency: Decimal | Unset
        if _balance_in_currency is None or _balance_in_currency == "":
            balance_in_currency = UNSET
        else:
            balance_in_currency = decimal_from_json(_balance_in_currency)

        _cash_discount = d.pop("cashDiscount", None)
        cash_discount: Decimal | Unset
        if _cash_discount is None or _cash_discount == "":
            cash_discount = UNSET
        else:
            cash_discount = decimal_from_json(_cash_discount)

        _cash_discount_in_currency = d.pop("cashDiscountInCurrency", None)
        cash_discount_in_currency: Decimal | Unset
        if _cash_discount_in_currency is None or _cash_discount_in_currency == "":
            cash_discount_in_currency = UNSET
        else:
            cash_discount_in_currency = decimal_from_json(_cash_discount_in_currency)

        _vat_total = d.pop("vatTotal", None)
        vat_total: Decimal | Unset
        if _vat_total is None or _vat_total == "":
            vat_total = UNSET
        else:
            vat_total = decimal_from_json(_vat_total)

        _vat_total_in_currency = d.pop("vatTotalInCurrency", None)
        vat_total_in_currency: Decimal | Unset
        if _vat_total_in_currency is None or _vat_total_in_currency == "":
            vat_total_in_currency = UNSET
        else:
            vat_total_in_currency = decimal_from_json(_vat_total_in_currency)

        _vat_taxable_total = d.pop("vatTaxableTotal", None)
        vat_taxable_total: Decimal | Unset
        if _vat_taxable_total is None or _vat_taxable_total == "":
            vat_taxable_total = UNSET
        else:
            vat_taxable_total = decimal_from_json(_vat_taxable_total)

        _vat_taxable_total_in_currency = d.pop("vatTaxableTotalInCurrency", None)
        vat_taxable_total_in_currency: Decimal | Unset
        if (
            _vat_taxable_total_in_currency is None
            or _vat_taxable_total_in_currency == ""
        ):
            vat_taxable_total_in_currency = UNSET
        else:
            vat_taxable_total_in_currency = decimal_from_json(
                _vat_taxable_total_in_currency
            )

        _vat_exempt_total = d.pop("vatExemptTotal", None)
        vat_exempt_total: Decimal | Unset
        if _vat_exempt_total is None or _vat_exempt_total == "":
            vat_exempt_total = UNSET
        else:
            vat_exempt_total = decimal_from_json(_vat_exempt_total)

        _vat_exempt_total_in_currency = d.pop("vatExemptTotalInCurrency", None)
        vat_exempt_total_in_currency: Decimal | Unset
        if _vat_exempt_total_in_currency is None or _vat_exempt_total_in_currency == "":
            vat_exempt_total_in_currency = UNSET
        else:
            vat_exempt_total_in_currency = decimal_from_json(
                _vat_exempt_total_in_currency
            )

        _detail_total = d.pop("detailTotal", None)
        detail_total: Decimal | Unset
        if _detail_total is None or _detail_total == "":
            detail_total = UNSET
        else:
            detail_total = decimal_from_json(_detail_total)

        _detail_total_in_currency = d.pop("detailTotalInCurrency", None)
        detail_total_in_currency: Decimal | Unset
        if _detail_total_in_currency is None or _detail_total_in_currency == "":
            detail_total_in_currency = UNSET
        else:
            detail_total_in_currency = decimal_from_json(_detail_total_in_currency)

        _discount_total = d.pop("discountTotal", None)
        discount_total: Decimal | Unset
        if _discount_total is None or _discount_total == "":
            discount_total = UNSET
        else:
            discount_total = decimal_from_json(_discount_total)

        _discount_total_in_currency = d.pop("discountTotalInCurrency", None)
        discount_total_in_currency: Decimal | Unset
        if _discount_total_in_currency is None or _discount_total_in_currency == "":
            discount_total_in_currency = UNSET
        else:
            discount_total_in_currency = decimal_from_json(_discount_total_in_currency)

        _rounding_diff = d.pop("roundingDiff", None)
        rounding_diff: Decimal | Unset
        if _rounding_diff is None or _rounding_diff == "":
            rounding_diff = UNSET
        else:
            rounding_diff = decimal_from_json(_rounding_diff)

        _credit_terms = d.pop("creditTerms", None)
        credit_terms: IdDescriptionDto | Unset
        if _credit_terms is None:
            credit_terms = UNSET
        else:
            credit_terms = IdDescriptionDto.from_dict(_credit_terms)

        _payment_method = d.pop("paymentMethod", None)
        payment_method: IdDescriptionDto | Unset
        if _payment_method is None:
            payment_method = UNSET
        else:
            payment_method = IdDescriptionDto.from_dict(_payment_method)

        _customer_vat_zone = d.pop("customerVatZone", None)
        customer_vat_zone: IdDescriptionDto | Unset
        if _customer_vat_zone is None:
            customer_vat_zone = UNSET
        else:
            customer_vat_zone = IdDescriptionDto.from_dict(_customer_vat_zone)

        _sales_person = d.pop("salesPerson", None)
        sales_person: IdDescriptionDto | Unset
        if _sales_person is None:
            sales_person = UNSET
        else:
            sales_person = IdDescriptionDto.from_dict(_sales_person)

        sales_person_id = d.pop("salesPersonID", UNSET)
        if sales_person_id is None:
            sales_person_id = UNSET

        sales_person_descr = d.pop("salesPersonDescr", UNSET)
        if sales_person_descr is None:
            sales_person_descr = UNSET

        _location = d.pop("location", None)
        location: LocationDto | Unset
        if _location is None:
            location = UNSET
        else:
            location = LocationDto.from_dict(_location)

        _branch_number = d.pop("branchNumber", None)
        branch_number: NumberNameDto | Unset
        if _branch_number is None:
            branch_number = UNSET
        else:
            branch_number = NumberNameDto.from_dict(_branch_number)

        _project = d.pop("project", None)
        project: ProjectIdDescriptionDto | Unset
        if _project is None:
            project = UNSET
        else:
            project = ProjectIdDescriptionDto.from_dict(_project)

        _account = d.pop("account", None)
        account: AccountDto | Unset
        if _account is None:
            account = UNSET
        else:
            account = AccountDto.from_dict(_account)

        _subaccount = d.pop("subaccount", None)
        subaccount: SubaccountDto | Unset
        if _subaccount is None:
            subaccount = UNSET
        else:
            subaccount = SubaccountDto.from_dict(_subaccount)

        _contact = d.pop("contact", None)
        contact: ContactIdNameDto | Unset
        if _contact is None:
            contact = UNSET
        else:
            contact = ContactIdNameDto.from_dict(_contact)

        _invoice_address = d.pop("invoiceAddress", None)
        invoice_address: InvoiceAddressDto | Unset
        if _invoice_address is None:
            invoice_address = UNSET
        else:
            invoice_address = InvoiceAddressDto.from_dict(_invoice_address)

        _invoice_contact = d.pop("invoiceContact", None)
        invoice_contact: InvoiceContactDto | Unset
        if _invoice_contact is None:
            invoice_contact = UNSET
        else:
            invoice_contact = InvoiceContactDto.from_dict(_invoice_contact)

        customer_ref_number = d.pop("customerRefNumber", UNSET)
        if customer_ref_number is None:
            customer_ref_number = UNSET

        external_reference = d.pop("externalReference", UNSET)
        if external_reference is None:
            external_reference = UNSET

        payment_reference = d.pop("paymentReference", UNSET)
        if payment_reference is None:
            payment_reference = UNSET

        invoice_text = d.pop("invoiceText", UNSET)
        if invoice_text is None:
            invoice_text = UNSET

        note = d.pop("note", UNSET)
        if note is None:
            note = UNSET

        cash_account = d.pop("cashAccount", UNSET)
        if cash_account is None:
            cash_account = UNSET

        customer_project = d.pop("customerProject", UNSET)
        if customer_project is None:
            customer_project = UNSET

        is_rot_rut_deductible = d.pop("isRotRutDeductible", UNSET)
        if is_rot_rut_deductible is None:
            is_rot_rut_deductible = UNSET

        send_to_auto_invoice = d.pop("sendToAutoInvoice", UNSET)
        if send_to_auto_invoice is None:
            send_to_auto_invoice = UNSET

        dont_print = d.pop("dontPrint", UNSET)
        if dont_print is None:
            dont_print = UNSET

        dont_email = d.pop("dontEmail", UNSET)
        if dont_email is None:
            dont_email = UNSET

        revoked = d.pop("revoked", UNSET)
        if revoked is None:
            revoked = UNSET

        exclude_debt_collection = d.pop("excludeDebtCollection", UNSET)
        if exclude_debt_collection is None:
            exclude_debt_collection = UNSET

        _dunning_letter_date = d.pop("dunningLetterDate", None)
        dunning_letter_date: datetime.datetime | Unset
        if _dunning_letter_date is None or _dunning_letter_date == "":
            dunning_letter_date = UNSET
        else:
            dunning_letter_date = local_datetime_from_json(_dunning_letter_date)

        dunning_letter_level = d.pop("dunningLetterLevel", UNSET)
        if dunning_letter_level is None:
            dunning_letter_level = UNSET

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

        accounting_cost_ref = d.pop("accountingCostRef", UNSET)
        if accounting_cost_ref is None:
            accounting_cost_ref = UNSET

        originator_doc_ref = d.pop("originatorDocRef", UNSET)
        if originator_doc_ref is None:
            originator_doc_ref = UNSET

        contract_doc_ref = d.pop("contractDocRef", UNSET)
        if contract_doc_ref is None:
            contract_doc_ref = UNSET

        _invoice_lines = d.pop("invoiceLines", None)
        invoice_lines: list[CustomerInvoiceLineDto] | Unset
        if _invoice_lines is None:
            invoice_lines = UNSET
        else:
            if not isinstance(_invoice_lines, list):
                raise TypeError(
                    f"CustomerInvoiceDto.invoiceLines: expected an array, got {type(_invoice_lines).__name__}"
                )
            invoice_lines = []
            for invoice_lines_item_data in _invoice_lines:
                invoice_lines_item = CustomerInvoiceLineDto.from_dict(
                    invoice_lines_item_data
                )

                invoice_lines.append(invoice_lines_item)

        _tax_details = d.pop("taxDetails", None)
        tax_details: list[TaxDetailDto] | Unset
        if _tax_details is None:
            tax_details = UNSET
        else:
            if not isinstance(_tax_details, list):
                raise TypeError(
                    f"CustomerInvoiceDto.taxDetails: expected an array, got {type(_tax_details).__name__}"
                )
            tax_details = []
            for tax_details_item_data in _tax_details:
                tax_details_item = TaxDetailDto.from_dict(tax_details_item_data)

                tax_details.append(tax_details_item)

        _attachments = d.pop("attachments", None)
        attachments: list[AttachmentDto] | Unset
        if _attachments is None:
            attachments = UNSET
        else:
            if not isinstance(_attachments, list):
                raise TypeError(
                    f"CustomerInvoiceDto.attachments: expected an array, got {type(_attachments).__name__}"
                )
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _applications = d.pop("applications", None)
        applications: list[ArAdjustDto] | Unset
        if _applications is None:
            applications = UNSET
        else:
            if not isinstance(_applications, list):
                raise TypeError(
                    f"CustomerInvoiceDto.applications: expected an array, got {type(_applications).__name__}"
                )
            applications = []
            for applications_item_data in _applications:
                applications_item = ArAdjustDto.from_dict(applications_item_data)

                applications.append(applications_item)

        _child_record = d.pop("childRecord", None)
        child_record: NumberNameDto | Unset
        if _child_record is None:
            child_record = UNSET
        else:
            child_record = NumberNameDto.from_dict(_child_record)

        _direct_debit_mandate = d.pop("directDebitMandate", None)
        direct_debit_mandate: DirectDebitMandateDto | Unset
        if _direct_debit_mandate is None:
            direct_debit_mandate = UNSET
        else:
            direct_debit_mandate = DirectDebitMandateDto.from_dict(
                _direct_debit_mandate
            )

        _debt_collection = d.pop("debtCollection", None)
        debt_collection: DebtCollectionDto | Unset
        if _debt_collection is None:
            debt_collection = UNSET
        else:
            debt_collection = DebtCollectionDto.from_dict(_debt_collection)

        _last_modified_date_time = d.pop("lastModifiedDateTime", None)
        last_modified_date_time: datetime.datetime | Unset
        if _last_modified_date_time is None or _last_modified_date_time == "":
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = local_datetime_from_json(_last_modified_date_time)

        _created_date_time = d.pop("createdDateTime", None)
        created_date_time: datetime.datetime | Unset
        if _created_date_time is None or _created_date_time == "":
            created_date_time = UNSET
        else:
            created_date_time = local_datetime_from_json(_created_date_time)

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

        customer_invoice_dto = cls(
            document_type=document_type,
            reference_number=reference_number,
            status=status,
            hold=hold,
            customer=customer,
            document_date=document_date,
            orig_invoice_date=orig_invoice_date,
            document_due_date=document_due_date,
            cash_discount_date=cash_discount_date,
            post_period=post_period,
            financial_period=financial_period,
            closed_financial_period=closed_financial_period,
            currency_id=currency_id,
            exchange_rate=exchange_rate,
            amount=amount,
            amount_in_currency=amount_in_currency,
            balance=balance,
            balance_in_currency=balance_in_currency,
            cash_discount=cash_discount,
            cash_discount_in_currency=cash_discount_in_currency,
            vat_total=vat_total,
            vat_total_in_currency=vat_total_in_currency,
            vat_taxable_total=vat_taxable_total,
            vat_taxable_total_in_currency=vat_taxable_total_in_currency,
            vat_exempt_total=vat_exempt_total,
            vat_exempt_total_in_currency=vat_exempt_total_in_currency,
            detail_total=detail_total,
            detail_total_in_currency=detail_total_in_currency,
            discount_total=discount_total,
            discount_total_in_currency=discount_total_in_currency,
            rounding_diff=rounding_diff,
            credit_terms=credit_terms,
            payment_method=payment_method,
            customer_vat_zone=customer_vat_zone,
            sales_person=sales_person,
            sales_person_id=sales_person_id,
            sales_person_descr=sales_person_descr,
            location=location,
            branch_number=branch_number,
            project=project,
            account=account,
            subaccount=subaccount,
            contact=contact,
            invoice_address=invoice_address,
            invoice_contact=invoice_contact,
            customer_ref_number=customer_ref_number,
            external_reference=external_reference,
            payment_reference=payment_reference,
            invoice_text=invoice_text,
            note=note,
            cash_account=cash_account,
            customer_project=customer_project,
            is_rot_rut_deductible=is_rot_rut_deductible,
            send_to_auto_invoice=send_to_auto_invoice,
            dont_print=dont_print,
            dont_email=dont_email,
            revoked=revoked,
            exclude_debt_collection=exclude_debt_collection,
            dunning_letter_date=dunning_letter_date,
            dunning_letter_level=dunning_letter_level,
            start_date=start_date,
            end_date=end_date,
            accounting_cost_ref=accounting_cost_ref,
            originator_doc_ref=originator_doc_ref,
            contract_doc_ref=contract_doc_ref,
            invoice_lines=invoice_lines,
            tax_details=tax_details,
            attachments=attachments,
            applications=applications,
            child_record=child_record,
            direct_debit_mandate=direct_debit_mandate,
            debt_collection=debt_collection,
            last_modified_date_time=last_modified_date_time,
            created_date_time=created_date_time,
            time_stamp=time_stamp,
            error_info=error_info,
            metadata=metadata,
        )

        customer_invoice_dto.additional_properties = d
        return customer_invoice_dto

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
from ..models.ar_adjust_dto import ArAdjustDto
from ..models.attachment_dto import AttachmentDto
from ..models.contact_id_name_dto import ContactIdNameDto
from ..models.customer_invoice_line_dto import CustomerInvoiceLineDto
from ..models.debt_collection_dto import DebtCollectionDto
from ..models.direct_debit_mandate_dto import DirectDebitMandateDto
from ..models.id_description_dto import IdDescriptionDto
from ..models.invoice_address_dto import InvoiceAddressDto
from ..models.invoice_contact_dto import InvoiceContactDto
from ..models.location_dto import LocationDto
from ..models.metadata_dto import MetadataDto
from ..models.number_name_dto import NumberNameDto
from ..models.project_id_description_dto import ProjectIdDescriptionDto
from ..models.subaccount_dto import SubaccountDto
from ..models.tax_detail_dto import TaxDetailDto
