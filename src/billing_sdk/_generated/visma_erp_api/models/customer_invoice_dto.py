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
    DecimalLimits,
    decimal_from_json,
    local_datetime_from_json,
    local_datetime_to_json,
    open_enum,
    wire_keys,
)

T = TypeVar("T", bound="CustomerInvoiceDto")


@_attrs_define
class CustomerInvoiceDto:
    """A customer invoice (read). In list pages every item carries `metadata`. All date-times are naive local timestamps
    (e.g. `2024-01-31T00:00:00`).

        Attributes:
            document_type (CustomerDocumentTypes | str | None): Customer ledger document type.
            reference_number (str | None): The invoice number.
            status (DocumentStatus | str | None): Status of a customer ledger document.
            hold (bool | None): The document is a draft; it may be edited and cannot be released.
            customer (NumberNameDto | None): Reference to an entity by number and name (customer, branch, child customer).
            document_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            orig_invoice_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            document_due_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            cash_discount_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            post_period (str | None): Period the document is posted to, format YYYYMM.
            financial_period (str | None): Financial period of the transactions, format YYYYMM.
            closed_financial_period (str | None): Format YYYYMM.
            currency_id (str | None):
            exchange_rate (Decimal | None): Exchange rate.
            amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            amount_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            balance (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            balance_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            cash_discount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            cash_discount_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            vat_total (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            vat_total_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            vat_taxable_total (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
                read and written as an exact decimal, never through a binary float).
            vat_taxable_total_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            vat_exempt_total (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            vat_exempt_total_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            detail_total (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
                written as an exact decimal, never through a binary float).
            detail_total_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            discount_total (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            discount_total_in_currency (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
                decimal`: read and written as an exact decimal, never through a binary float).
            rounding_diff (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
                and written as an exact decimal, never through a binary float).
            credit_terms (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            payment_method (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            customer_vat_zone (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            sales_person (IdDescriptionDto | None): Reference to a setup entity by id and description (payment method,
                credit terms, VAT zone, VAT code, salesperson, write-off reason code).
            sales_person_id (int | None): Deprecated; use salesPerson.
            sales_person_descr (str | None): Deprecated; use salesPerson.
            location (LocationDto | None): Customer location.
            branch_number (NumberNameDto | None): Reference to an entity by number and name (customer, branch, child
                customer).
            project (ProjectIdDescriptionDto | None): Project or project task reference.
            account (AccountDto | None): General ledger (sales) account used for the transaction.
            subaccount (SubaccountDto | None): The subaccount used for the transaction.
            contact (ContactIdNameDto | None): The contact associated with the customer.
            invoice_address (InvoiceAddressDto | None): Invoice address of the document.
            invoice_contact (InvoiceContactDto | None): Invoice contact of the document.
            customer_ref_number (str | None): External reference used in AutoInvoice.
            external_reference (str | None): External reference used in AutoInvoice.
            payment_reference (str | None): Payment reference generated by the number series.
            invoice_text (str | None):
            note (str | None):
            cash_account (str | None):
            customer_project (str | None): Customer project no. used in AutoInvoice.
            is_rot_rut_deductible (bool | None): The document is ROT/RUT deductible (Sweden).
            send_to_auto_invoice (bool | None):
            dont_print (bool | None):
            dont_email (bool | None):
            revoked (bool | None):
            exclude_debt_collection (bool | None): Exclude from debt collection (Autocollect).
            dunning_letter_date (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            dunning_letter_level (int | None): The dunning level of the document.
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
            accounting_cost_ref (str | None):
            originator_doc_ref (str | None):
            contract_doc_ref (str | None):
            invoice_lines (list[CustomerInvoiceLineDto] | None):
            tax_details (list[TaxDetailDto] | None): VAT details (filled with expandTaxDetails).
            attachments (list[AttachmentDto] | None): Attachments (filled with expandAttachments).
            applications (list[ArAdjustDto] | None): Applied payments/notes (filled with expandApplications).
            child_record (NumberNameDto | None): Reference to an entity by number and name (customer, branch, child
                customer).
            direct_debit_mandate (DirectDebitMandateDto | None): Customer direct debit mandate.
            debt_collection (DebtCollectionDto | None): Debt collection case information.
            last_modified_date_time (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            created_date_time (datetime.datetime | None): A date-time as Visma writes it: local time without an offset
                (`2024-01-31T00:00:00`), optionally with a fraction of up to 7 digits and, in background states, an offset
                (`2022-11-10T10:20:53.75+01:00`). Not RFC 3339 `date-time`, which demands an offset: `format: local-date-time`
                is this project's name for it (validators ignore a format they do not know, so the pattern decides; the
                project's generator reads it as a naive date-time, dropping an offset and keeping the wall-clock time, and
                writes `yyyy-MM-ddTHH:mm:ss`).
            time_stamp (str | None): Version of the resource (base64 rowversion); the same value as the ETag header.
            error_info (str | None):
            metadata (MetadataDto | None): Pagination info carried by every item of a list page: total number of matching
                records and the endpoint's maximum page size (the effective page size is min(requested pageSize, maxPageSize)).
    """

    document_type: CustomerDocumentTypes | str | None = None
    reference_number: str | None = None
    status: DocumentStatus | str | None = None
    hold: bool | None = None
    customer: NumberNameDto | None = None
    document_date: datetime.datetime | None = None
    orig_invoice_date: datetime.datetime | None = None
    document_due_date: datetime.datetime | None = None
    cash_discount_date: datetime.datetime | None = None
    post_period: str | None = None
    financial_period: str | None = None
    closed_financial_period: str | None = None
    currency_id: str | None = None
    exchange_rate: Decimal | None = None
    amount: Decimal | None = None
    amount_in_currency: Decimal | None = None
    balance: Decimal | None = None
    balance_in_currency: Decimal | None = None
    cash_discount: Decimal | None = None
    cash_discount_in_currency: Decimal | None = None
    vat_total: Decimal | None = None
    vat_total_in_currency: Decimal | None = None
    vat_taxable_total: Decimal | None = None
    vat_taxable_total_in_currency: Decimal | None = None
    vat_exempt_total: Decimal | None = None
    vat_exempt_total_in_currency: Decimal | None = None
    detail_total: Decimal | None = None
    detail_total_in_currency: Decimal | None = None
    discount_total: Decimal | None = None
    discount_total_in_currency: Decimal | None = None
    rounding_diff: Decimal | None = None
    credit_terms: IdDescriptionDto | None = None
    payment_method: IdDescriptionDto | None = None
    customer_vat_zone: IdDescriptionDto | None = None
    sales_person: IdDescriptionDto | None = None
    sales_person_id: int | None = None
    sales_person_descr: str | None = None
    location: LocationDto | None = None
    branch_number: NumberNameDto | None = None
    project: ProjectIdDescriptionDto | None = None
    account: AccountDto | None = None
    subaccount: SubaccountDto | None = None
    contact: ContactIdNameDto | None = None
    invoice_address: InvoiceAddressDto | None = None
    invoice_contact: InvoiceContactDto | None = None
    customer_ref_number: str | None = None
    external_reference: str | None = None
    payment_reference: str | None = None
    invoice_text: str | None = None
    note: str | None = None
    cash_account: str | None = None
    customer_project: str | None = None
    is_rot_rut_deductible: bool | None = None
    send_to_auto_invoice: bool | None = None
    dont_print: bool | None = None
    dont_email: bool | None = None
    revoked: bool | None = None
    exclude_debt_collection: bool | None = None
    dunning_letter_date: datetime.datetime | None = None
    dunning_letter_level: int | None = None
    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    accounting_cost_ref: str | None = None
    originator_doc_ref: str | None = None
    contract_doc_ref: str | None = None
    invoice_lines: list[CustomerInvoiceLineDto] | None = None
    tax_details: list[TaxDetailDto] | None = None
    attachments: list[AttachmentDto] | None = None
    applications: list[ArAdjustDto] | None = None
    child_record: NumberNameDto | None = None
    direct_debit_mandate: DirectDebitMandateDto | None = None
    debt_collection: DebtCollectionDto | None = None
    last_modified_date_time: datetime.datetime | None = None
    created_date_time: datetime.datetime | None = None
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
        "documentType": "document_type",
        "referenceNumber": "reference_number",
        "status": "status",
        "hold": "hold",
        "customer": "customer",
        "documentDate": "document_date",
        "origInvoiceDate": "orig_invoice_date",
        "documentDueDate": "document_due_date",
        "cashDiscountDate": "cash_discount_date",
        "postPeriod": "post_period",
        "financialPeriod": "financial_period",
        "closedFinancialPeriod": "closed_financial_period",
        "currencyId": "currency_id",
        "exchangeRate": "exchange_rate",
        "amount": "amount",
        "amountInCurrency": "amount_in_currency",
        "balance": "balance",
        "balanceInCurrency": "balance_in_currency",
        "cashDiscount": "cash_discount",
        "cashDiscountInCurrency": "cash_discount_in_currency",
        "vatTotal": "vat_total",
        "vatTotalInCurrency": "vat_total_in_currency",
        "vatTaxableTotal": "vat_taxable_total",
        "vatTaxableTotalInCurrency": "vat_taxable_total_in_currency",
        "vatExemptTotal": "vat_exempt_total",
        "vatExemptTotalInCurrency": "vat_exempt_total_in_currency",
        "detailTotal": "detail_total",
        "detailTotalInCurrency": "detail_total_in_currency",
        "discountTotal": "discount_total",
        "discountTotalInCurrency": "discount_total_in_currency",
        "roundingDiff": "rounding_diff",
        "creditTerms": "credit_terms",
        "paymentMethod": "payment_method",
        "customerVatZone": "customer_vat_zone",
        "salesPerson": "sales_person",
        "salesPersonID": "sales_person_id",
        "salesPersonDescr": "sales_person_descr",
        "location": "location",
        "branchNumber": "branch_number",
        "project": "project",
        "account": "account",
        "subaccount": "subaccount",
        "contact": "contact",
        "invoiceAddress": "invoice_address",
        "invoiceContact": "invoice_contact",
        "customerRefNumber": "customer_ref_number",
        "externalReference": "external_reference",
        "paymentReference": "payment_reference",
        "invoiceText": "invoice_text",
        "note": "note",
        "cashAccount": "cash_account",
        "customerProject": "customer_project",
        "isRotRutDeductible": "is_rot_rut_deductible",
        "sendToAutoInvoice": "send_to_auto_invoice",
        "dontPrint": "dont_print",
        "dontEmail": "dont_email",
        "revoked": "revoked",
        "excludeDebtCollection": "exclude_debt_collection",
        "dunningLetterDate": "dunning_letter_date",
        "dunningLetterLevel": "dunning_letter_level",
        "startDate": "start_date",
        "endDate": "end_date",
        "accountingCostRef": "accounting_cost_ref",
        "originatorDocRef": "originator_doc_ref",
        "contractDocRef": "contract_doc_ref",
        "invoiceLines": "invoice_lines",
        "taxDetails": "tax_details",
        "attachments": "attachments",
        "applications": "applications",
        "childRecord": "child_record",
        "directDebitMandate": "direct_debit_mandate",
        "debtCollection": "debt_collection",
        "lastModifiedDateTime": "last_modified_date_time",
        "createdDateTime": "created_date_time",
        "timeStamp": "time_stamp",
        "errorInfo": "error_info",
        "metadata": "metadata",
    }
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
        document_type: str | None = None
        if self.document_type is not None:
            document_type = str(self.document_type)

        reference_number = self.reference_number

        status: str | None = None
        if self.status is not None:
            status = str(self.status)

        hold = self.hold

        customer: dict[str, Any] | None = None
        if self.customer is not None:
            customer = self.customer.to_dict()

        document_date: str | None = None
        if self.document_date is not None:
            document_date = local_datetime_to_json(self.document_date)

        orig_invoice_date: str | None = None
        if self.orig_invoice_date is not None:
            orig_invoice_date = local_datetime_to_json(self.orig_invoice_date)

        document_due_date: str | None = None
        if self.document_due_date is not None:
            document_due_date = local_datetime_to_json(self.document_due_date)

        cash_discount_date: str | None = None
        if self.cash_discount_date is not None:
            cash_discount_date = local_datetime_to_json(self.cash_discount_date)

        post_period = self.post_period

        financial_period = self.financial_period

        closed_financial_period = self.closed_financial_period

        currency_id = self.currency_id

        exchange_rate: Decimal | None = None
        if self.exchange_rate is not None:
            exchange_rate = self.exchange_rate

        amount: Decimal | None = None
        if self.amount is not None:
            amount = self.amount

        amount_in_currency: Decimal | None = None
        if self.amount_in_currency is not None:
            amount_in_currency = self.amount_in_currency

        balance: Decimal | None = None
        if self.balance is not None:
            balance = self.balance

        balance_in_currency: Decimal | None = None
        if self.balance_in_currency is not None:
            balance_in_currency = self.balance_in_currency

        cash_discount: Decimal | None = None
        if self.cash_discount is not None:
            cash_discount = self.cash_discount

        cash_discount_in_currency: Decimal | None = None
        if self.cash_discount_in_currency is not None:
            cash_discount_in_currency = self.cash_discount_in_currency

        vat_total: Decimal | None = None
        if self.vat_total is not None:
            vat_total = self.vat_total

        vat_total_in_currency: Decimal | None = None
        if self.vat_total_in_currency is not None:
            vat_total_in_currency = self.vat_total_in_currency

        vat_taxable_total: Decimal | None = None
        if self.vat_taxable_total is not None:
            vat_taxable_total = self.vat_taxable_total

        vat_taxable_total_in_currency: Decimal | None = None
        if self.vat_taxable_total_in_currency is not None:
            vat_taxable_total_in_currency = self.vat_taxable_total_in_currency

        vat_exempt_total: Decimal | None = None
        if self.vat_exempt_total is not None:
            vat_exempt_total = self.vat_exempt_total

        vat_exempt_total_in_currency: Decimal | None = None
        if self.vat_exempt_total_in_currency is not None:
            vat_exempt_total_in_currency = self.vat_exempt_total_in_currency

        detail_total: Decimal | None = None
        if self.detail_total is not None:
            detail_total = self.detail_total

        detail_total_in_currency: Decimal | None = None
        if self.detail_total_in_currency is not None:
            detail_total_in_currency = self.detail_total_in_currency

        discount_total: Decimal | None = None
        if self.discount_total is not None:
            discount_total = self.discount_total

        discount_total_in_currency: Decimal | None = None
        if self.discount_total_in_currency is not None:
            discount_total_in_currency = self.discount_total_in_currency

        rounding_diff: Decimal | None = None
        if self.rounding_diff is not None:
            rounding_diff = self.rounding_diff

        credit_terms: dict[str, Any] | None = None
        if self.credit_terms is not None:
            credit_terms = self.credit_terms.to_dict()

        payment_method: dict[str, Any] | None = None
        if self.payment_method is not None:
            payment_method = self.payment_method.to_dict()

        customer_vat_zone: dict[str, Any] | None = None
        if self.customer_vat_zone is not None:
            customer_vat_zone = self.customer_vat_zone.to_dict()

        sales_person: dict[str, Any] | None = None
        if self.sales_person is not None:
            sales_person = self.sales_person.to_dict()

        sales_person_id = self.sales_person_id

        sales_person_descr = self.sales_person_descr

        location: dict[str, Any] | None = None
        if self.location is not None:
            location = self.location.to_dict()

        branch_number: dict[str, Any] | None = None
        if self.branch_number is not None:
            branch_number = self.branch_number.to_dict()

        project: dict[str, Any] | None = None
        if self.project is not None:
            project = self.project.to_dict()

        account: dict[str, Any] | None = None
        if self.account is not None:
            account = self.account.to_dict()

        subaccount: dict[str, Any] | None = None
        if self.subaccount is not None:
            subaccount = self.subaccount.to_dict()

        contact: dict[str, Any] | None = None
        if self.contact is not None:
            contact = self.contact.to_dict()

        invoice_address: dict[str, Any] | None = None
        if self.invoice_address is not None:
            invoice_address = self.invoice_address.to_dict()

        invoice_contact: dict[str, Any] | None = None
        if self.invoice_contact is not None:
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

        dunning_letter_date: str | None = None
        if self.dunning_letter_date is not None:
            dunning_letter_date = local_datetime_to_json(self.dunning_letter_date)

        dunning_letter_level = self.dunning_letter_level

        start_date: str | None = None
        if self.start_date is not None:
            start_date = local_datetime_to_json(self.start_date)

        end_date: str | None = None
        if self.end_date is not None:
            end_date = local_datetime_to_json(self.end_date)

        accounting_cost_ref = self.accounting_cost_ref

        originator_doc_ref = self.originator_doc_ref

        contract_doc_ref = self.contract_doc_ref

        invoice_lines: list[dict[str, Any]] | None = None
        if self.invoice_lines is not None:
            invoice_lines = []
            for invoice_lines_item_data in self.invoice_lines:
                invoice_lines_item = invoice_lines_item_data.to_dict()
                invoice_lines.append(invoice_lines_item)

        tax_details: list[dict[str, Any]] | None = None
        if self.tax_details is not None:
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        attachments: list[dict[str, Any]] | None = None
        if self.attachments is not None:
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        applications: list[dict[str, Any]] | None = None
        if self.applications is not None:
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        child_record: dict[str, Any] | None = None
        if self.child_record is not None:
            child_record = self.child_record.to_dict()

        direct_debit_mandate: dict[str, Any] | None = None
        if self.direct_debit_mandate is not None:
            direct_debit_mandate = self.direct_debit_mandate.to_dict()

        debt_collection: dict[str, Any] | None = None
        if self.debt_collection is not None:
            debt_collection = self.debt_collection.to_dict()

        last_modified_date_time: str | None = None
        if self.last_modified_date_time is not None:
            last_modified_date_time = local_datetime_to_json(
                self.last_modified_date_time
            )

        created_date_time: str | None = None
        if self.created_date_time is not None:
            created_date_time = local_datetime_to_json(self.created_date_time)

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not None:
            field_dict["documentType"] = document_type
        if reference_number is not None:
            field_dict["referenceNumber"] = reference_number
        if status is not None:
            field_dict["status"] = status
        if hold is not None:
            field_dict["hold"] = hold
        if customer is not None:
            field_dict["customer"] = customer
        if document_date is not None:
            field_dict["documentDate"] = document_date
        if orig_invoice_date is not None:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if document_due_date is not None:
            field_dict["documentDueDate"] = document_due_date
        if cash_discount_date is not None:
            field_dict["cashDiscountDate"] = cash_discount_date
        if post_period is not None:
            field_dict["postPeriod"] = post_period
        if financial_period is not None:
            field_dict["financialPeriod"] = financial_period
        if closed_financial_period is not None:
            field_dict["closedFinancialPeriod"] = closed_financial_period
        if currency_id is not None:
            field_dict["currencyId"] = currency_id
        if exchange_rate is not None:
            field_dict["exchangeRate"] = exchange_rate
        if amount is not None:
            field_dict["amount"] = amount
        if amount_in_currency is not None:
            field_dict["amountInCurrency"] = amount_in_currency
        if balance is not None:
            field_dict["balance"] = balance
        if balance_in_currency is not None:
            field_dict["balanceInCurrency"] = balance_in_currency
        if cash_discount is not None:
            field_dict["cashDiscount"] = cash_discount
        if cash_discount_in_currency is not None:
            field_dict["cashDiscountInCurrency"] = cash_discount_in_currency
        if vat_total is not None:
            field_dict["vatTotal"] = vat_total
        if vat_total_in_currency is not None:
            field_dict["vatTotalInCurrency"] = vat_total_in_currency
        if vat_taxable_total is not None:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_taxable_total_in_currency is not None:
            field_dict["vatTaxableTotalInCurrency"] = vat_taxable_total_in_currency
        if vat_exempt_total is not None:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if vat_exempt_total_in_currency is not None:
            field_dict["vatExemptTotalInCurrency"] = vat_exempt_total_in_currency
        if detail_total is not None:
            field_dict["detailTotal"] = detail_total
        if detail_total_in_currency is not None:
            field_dict["detailTotalInCurrency"] = detail_total_in_currency
        if discount_total is not None:
            field_dict["discountTotal"] = discount_total
        if discount_total_in_currency is not None:
            field_dict["discountTotalInCurrency"] = discount_total_in_currency
        if rounding_diff is not None:
            field_dict["roundingDiff"] = rounding_diff
        if credit_terms is not None:
            field_dict["creditTerms"] = credit_terms
        if payment_method is not None:
            field_dict["paymentMethod"] = payment_method
        if customer_vat_zone is not None:
            field_dict["customerVatZone"] = customer_vat_zone
        if sales_person is not None:
            field_dict["salesPerson"] = sales_person
        if sales_person_id is not None:
            field_dict["salesPersonID"] = sales_person_id
        if sales_person_descr is not None:
            field_dict["salesPersonDescr"] = sales_person_descr
        if location is not None:
            field_dict["location"] = location
        if branch_number is not None:
            field_dict["branchNumber"] = branch_number
        if project is not None:
            field_dict["project"] = project
        if account is not None:
            field_dict["account"] = account
        if subaccount is not None:
            field_dict["subaccount"] = subaccount
        if contact is not None:
            field_dict["contact"] = contact
        if invoice_address is not None:
            field_dict["invoiceAddress"] = invoice_address
        if invoice_contact is not None:
            field_dict["invoiceContact"] = invoice_contact
        if customer_ref_number is not None:
            field_dict["customerRefNumber"] = customer_ref_number
        if external_reference is not None:
            field_dict["externalReference"] = external_reference
        if payment_reference is not None:
            field_dict["paymentReference"] = payment_reference
        if invoice_text is not None:
            field_dict["invoiceText"] = invoice_text
        if note is not None:
            field_dict["note"] = note
        if cash_account is not None:
            field_dict["cashAccount"] = cash_account
        if customer_project is not None:
            field_dict["customerProject"] = customer_project
        if is_rot_rut_deductible is not None:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if send_to_auto_invoice is not None:
            field_dict["sendToAutoInvoice"] = send_to_auto_invoice
        if dont_print is not None:
            field_dict["dontPrint"] = dont_print
        if dont_email is not None:
            field_dict["dontEmail"] = dont_email
        if revoked is not None:
            field_dict["revoked"] = revoked
        if exclude_debt_collection is not None:
            field_dict["excludeDebtCollection"] = exclude_debt_collection
        if dunning_letter_date is not None:
            field_dict["dunningLetterDate"] = dunning_letter_date
        if dunning_letter_level is not None:
            field_dict["dunningLetterLevel"] = dunning_letter_level
        if start_date is not None:
            field_dict["startDate"] = start_date
        if end_date is not None:
            field_dict["endDate"] = end_date
        if accounting_cost_ref is not None:
            field_dict["accountingCostRef"] = accounting_cost_ref
        if originator_doc_ref is not None:
            field_dict["originatorDocRef"] = originator_doc_ref
        if contract_doc_ref is not None:
            field_dict["contractDocRef"] = contract_doc_ref
        if invoice_lines is not None:
            field_dict["invoiceLines"] = invoice_lines
        if tax_details is not None:
            field_dict["taxDetails"] = tax_details
        if attachments is not None:
            field_dict["attachments"] = attachments
        if applications is not None:
            field_dict["applications"] = applications
        if child_record is not None:
            field_dict["childRecord"] = child_record
        if direct_debit_mandate is not None:
            field_dict["directDebitMandate"] = direct_debit_mandate
        if debt_collection is not None:
            field_dict["debtCollection"] = debt_collection
        if last_modified_date_time is not None:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if created_date_time is not None:
            field_dict["createdDateTime"] = created_date_time
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
                f"CustomerInvoiceDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _document_type = d.pop("documentType", None)
        document_type: CustomerDocumentTypes | str | None
        if _document_type is None:
            document_type = None
        else:
            document_type = open_enum(
                CustomerDocumentTypes, _document_type, "CustomerInvoiceDto.documentType"
            )

        reference_number = d.pop("referenceNumber", None)

        _status = d.pop("status", None)
        status: DocumentStatus | str | None
        if _status is None:
            status = None
        else:
            status = open_enum(DocumentStatus, _status, "CustomerInvoiceDto.status")

        hold = d.pop("hold", None)

        _customer = d.pop("customer", None)
        customer: NumberNameDto | None
        if _customer is None:
            customer = None
        else:
            customer = NumberNameDto.from_dict(_customer)

        _document_date = d.pop("documentDate", None)
        document_date: datetime.datetime | None
        if _document_date is None or _document_date == "":
            document_date = None
        else:
            document_date = local_datetime_from_json(_document_date)

        _orig_invoice_date = d.pop("origInvoiceDate", None)
        orig_invoice_date: datetime.datetime | None
        if _orig_invoice_date is None or _orig_invoice_date == "":
            orig_invoice_date = None
        else:
            orig_invoice_date = local_datetime_from_json(_orig_invoice_date)

        _document_due_date = d.pop("documentDueDate", None)
        document_due_date: datetime.datetime | None
        if _document_due_date is None or _document_due_date == "":
            document_due_date = None
        else:
            document_due_date = local_datetime_from_json(_document_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", None)
        cash_discount_date: datetime.datetime | None
        if _cash_discount_date is None or _cash_discount_date == "":
            cash_discount_date = None
        else:
            cash_discount_date = local_datetime_from_json(_cash_discount_date)

        post_period = d.pop("postPeriod", None)

        financial_period = d.pop("financialPeriod", None)

        closed_financial_period = d.pop("closedFinancialPeriod", None)

        currency_id = d.pop("currencyId", None)

        _exchange_rate = d.pop("exchangeRate", None)
        exchange_rate: Decimal | None
        if (
            _exchange_rate is None
            or _exchange_rate.__class__ is str
            and not _exchange_rate
        ):
            exchange_rate = None
        else:
            exchange_rate = decimal_from_json(_exchange_rate)

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

        _balance = d.pop("balance", None)
        balance: Decimal | None
        if _balance is None or _balance.__class__ is str and not _balance:
            balance = None
        else:
            balance = decimal_from_json(_balance)

        _balance_in_currency = d.pop("balanceInCurrency", None)
        balance_in_currency: Decimal | None
        if (
            _balance_in_currency is None
            or _balance_in_currency.__class__ is str
            and not _balance_in_currency
        ):
            balance_in_currency = None
        else:
            balance_in_currency = decimal_from_json(_balance_in_currency)

        _cash_discount = d.pop("cashDiscount", None)
        cash_discount: Decimal | None
        if (
            _cash_discount is None
            or _cash_discount.__class__ is str
            and not _cash_discount
        ):
            cash_discount = None
        else:
            cash_discount = decimal_from_json(_cash_discount)

        _cash_discount_in_currency = d.pop("cashDiscountInCurrency", None)
        cash_discount_in_currency: Decimal | None
        if (
            _cash_discount_in_currency is None
            or _cash_discount_in_currency.__class__ is str
            and not _cash_discount_in_currency
        ):
            cash_discount_in_currency = None
        else:
            cash_discount_in_currency = decimal_from_json(_cash_discount_in_currency)

        _vat_total = d.pop("vatTotal", None)
        vat_total: Decimal | None
        if _vat_total is None or _vat_total.__class__ is str and not _vat_total:
            vat_total = None
        else:
            vat_total = decimal_from_json(_vat_total)

        _vat_total_in_currency = d.pop("vatTotalInCurrency", None)
        vat_total_in_currency: Decimal | None
        if (
            _vat_total_in_currency is None
            or _vat_total_in_currency.__class__ is str
            and not _vat_total_in_currency
        ):
            vat_total_in_currency = None
        else:
            vat_total_in_currency = decimal_from_json(_vat_total_in_currency)

        _vat_taxable_total = d.pop("vatTaxableTotal", None)
        vat_taxable_total: Decimal | None
        if (
            _vat_taxable_total is None
            or _vat_taxable_total.__class__ is str
            and not _vat_taxable_total
        ):
            vat_taxable_total = None
        else:
            vat_taxable_total = decimal_from_json(_vat_taxable_total)

        _vat_taxable_total_in_currency = d.pop("vatTaxableTotalInCurrency", None)
        vat_taxable_total_in_currency: Decimal | None
        if (
            _vat_taxable_total_in_currency is None
            or _vat_taxable_total_in_currency.__class__ is str
            and not _vat_taxable_total_in_currency
        ):
            vat_taxable_total_in_currency = None
        else:
            vat_taxable_total_in_currency = decimal_from_json(
                _vat_taxable_total_in_currency
            )

        _vat_exempt_total = d.pop("vatExemptTotal", None)
        vat_exempt_total: Decimal | None
        if (
            _vat_exempt_total is None
            or _vat_exempt_total.__class__ is str
            and not _vat_exempt_total
        ):
            vat_exempt_total = None
        else:
            vat_exempt_total = decimal_from_json(_vat_exempt_total)

        _vat_exempt_total_in_currency = d.pop("vatExemptTotalInCurrency", None)
        vat_exempt_total_in_currency: Decimal | None
        if (
            _vat_exempt_total_in_currency is None
            or _vat_exempt_total_in_currency.__class__ is str
            and not _vat_exempt_total_in_currency
        ):
            vat_exempt_total_in_currency = None
        else:
            vat_exempt_total_in_currency = decimal_from_json(
                _vat_exempt_total_in_currency
            )

        _detail_total = d.pop("detailTotal", None)
        detail_total: Decimal | None
        if (
            _detail_total is None
            or _detail_total.__class__ is str
            and not _detail_total
        ):
            detail_total = None
        else:
            detail_total = decimal_from_json(_detail_total)

        _detail_total_in_currency = d.pop("detailTotalInCurrency", None)
        detail_total_in_currency: Decimal | None
        if (
            _detail_total_in_currency is None
            or _detail_total_in_currency.__class__ is str
            and not _detail_total_in_currency
        ):
            detail_total_in_currency = None
        else:
            detail_total_in_currency = decimal_from_json(_detail_total_in_currency)

        _discount_total = d.pop("discountTotal", None)
        discount_total: Decimal | None
        if (
            _discount_total is None
            or _discount_total.__class__ is str
            and not _discount_total
        ):
            discount_total = None
        else:
            discount_total = decimal_from_json(_discount_total)

        _discount_total_in_currency = d.pop("discountTotalInCurrency", None)
        discount_total_in_currency: Decimal | None
        if (
            _discount_total_in_currency is None
            or _discount_total_in_currency.__class__ is str
            and not _discount_total_in_currency
        ):
            discount_total_in_currency = None
        else:
            discount_total_in_currency = decimal_from_json(_discount_total_in_currency)

        _rounding_diff = d.pop("roundingDiff", None)
        rounding_diff: Decimal | None
        if (
            _rounding_diff is None
            or _rounding_diff.__class__ is str
            and not _rounding_diff
        ):
            rounding_diff = None
        else:
            rounding_diff = decimal_from_json(_rounding_diff)

        _credit_terms = d.pop("creditTerms", None)
        credit_terms: IdDescriptionDto | None
        if _credit_terms is None:
            credit_terms = None
        else:
            credit_terms = IdDescriptionDto.from_dict(_credit_terms)

        _payment_method = d.pop("paymentMethod", None)
        payment_method: IdDescriptionDto | None
        if _payment_method is None:
            payment_method = None
        else:
            payment_method = IdDescriptionDto.from_dict(_payment_method)

        _customer_vat_zone = d.pop("customerVatZone", None)
        customer_vat_zone: IdDescriptionDto | None
        if _customer_vat_zone is None:
            customer_vat_zone = None
        else:
            customer_vat_zone = IdDescriptionDto.from_dict(_customer_vat_zone)

        _sales_person = d.pop("salesPerson", None)
        sales_person: IdDescriptionDto | None
        if _sales_person is None:
            sales_person = None
        else:
            sales_person = IdDescriptionDto.from_dict(_sales_person)

        sales_person_id = d.pop("salesPersonID", None)

        sales_person_descr = d.pop("salesPersonDescr", None)

        _location = d.pop("location", None)
        location: LocationDto | None
        if _location is None:
            location = None
        else:
            location = LocationDto.from_dict(_location)

        _branch_number = d.pop("branchNumber", None)
        branch_number: NumberNameDto | None
        if _branch_number is None:
            branch_number = None
        else:
            branch_number = NumberNameDto.from_dict(_branch_number)

        _project = d.pop("project", None)
        project: ProjectIdDescriptionDto | None
        if _project is None:
            project = None
        else:
            project = ProjectIdDescriptionDto.from_dict(_project)

        _account = d.pop("account", None)
        account: AccountDto | None
        if _account is None:
            account = None
        else:
            account = AccountDto.from_dict(_account)

        _subaccount = d.pop("subaccount", None)
        subaccount: SubaccountDto | None
        if _subaccount is None:
            subaccount = None
        else:
            subaccount = SubaccountDto.from_dict(_subaccount)

        _contact = d.pop("contact", None)
        contact: ContactIdNameDto | None
        if _contact is None:
            contact = None
        else:
            contact = ContactIdNameDto.from_dict(_contact)

        _invoice_address = d.pop("invoiceAddress", None)
        invoice_address: InvoiceAddressDto | None
        if _invoice_address is None:
            invoice_address = None
        else:
            invoice_address = InvoiceAddressDto.from_dict(_invoice_address)

        _invoice_contact = d.pop("invoiceContact", None)
        invoice_contact: InvoiceContactDto | None
        if _invoice_contact is None:
            invoice_contact = None
        else:
            invoice_contact = InvoiceContactDto.from_dict(_invoice_contact)

        customer_ref_number = d.pop("customerRefNumber", None)

        external_reference = d.pop("externalReference", None)

        payment_reference = d.pop("paymentReference", None)

        invoice_text = d.pop("invoiceText", None)

        note = d.pop("note", None)

        cash_account = d.pop("cashAccount", None)

        customer_project = d.pop("customerProject", None)

        is_rot_rut_deductible = d.pop("isRotRutDeductible", None)

        send_to_auto_invoice = d.pop("sendToAutoInvoice", None)

        dont_print = d.pop("dontPrint", None)

        dont_email = d.pop("dontEmail", None)

        revoked = d.pop("revoked", None)

        exclude_debt_collection = d.pop("excludeDebtCollection", None)

        _dunning_letter_date = d.pop("dunningLetterDate", None)
        dunning_letter_date: datetime.datetime | None
        if _dunning_letter_date is None or _dunning_letter_date == "":
            dunning_letter_date = None
        else:
            dunning_letter_date = local_datetime_from_json(_dunning_letter_date)

        dunning_letter_level = d.pop("dunningLetterLevel", None)

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

        accounting_cost_ref = d.pop("accountingCostRef", None)

        originator_doc_ref = d.pop("originatorDocRef", None)

        contract_doc_ref = d.pop("contractDocRef", None)

        _invoice_lines = d.pop("invoiceLines", None)
        invoice_lines: list[CustomerInvoiceLineDto] | None
        if _invoice_lines is None:
            invoice_lines = None
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
        tax_details: list[TaxDetailDto] | None
        if _tax_details is None:
            tax_details = None
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
        attachments: list[AttachmentDto] | None
        if _attachments is None:
            attachments = None
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
        applications: list[ArAdjustDto] | None
        if _applications is None:
            applications = None
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
        child_record: NumberNameDto | None
        if _child_record is None:
            child_record = None
        else:
            child_record = NumberNameDto.from_dict(_child_record)

        _direct_debit_mandate = d.pop("directDebitMandate", None)
        direct_debit_mandate: DirectDebitMandateDto | None
        if _direct_debit_mandate is None:
            direct_debit_mandate = None
        else:
            direct_debit_mandate = DirectDebitMandateDto.from_dict(
                _direct_debit_mandate
            )

        _debt_collection = d.pop("debtCollection", None)
        debt_collection: DebtCollectionDto | None
        if _debt_collection is None:
            debt_collection = None
        else:
            debt_collection = DebtCollectionDto.from_dict(_debt_collection)

        _last_modified_date_time = d.pop("lastModifiedDateTime", None)
        last_modified_date_time: datetime.datetime | None
        if _last_modified_date_time is None or _last_modified_date_time == "":
            last_modified_date_time = None
        else:
            last_modified_date_time = local_datetime_from_json(_last_modified_date_time)

        _created_date_time = d.pop("createdDateTime", None)
        created_date_time: datetime.datetime | None
        if _created_date_time is None or _created_date_time == "":
            created_date_time = None
        else:
            created_date_time = local_datetime_from_json(_created_date_time)

        time_stamp = d.pop("timeStamp", None)

        error_info = d.pop("errorInfo", None)

        _metadata = d.pop("metadata", None)
        metadata: MetadataDto | None
        if _metadata is None:
            metadata = None
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
        customer_invoice_dto._wire_keys = keys_seen

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
