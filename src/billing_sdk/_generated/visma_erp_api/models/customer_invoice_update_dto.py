from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="CustomerInvoiceUpdateDto")


@_attrs_define
class CustomerInvoiceUpdateDto:
    """Create/update body of a customer invoice (v1 PUT, v1 and v2 POST). Every scalar is wrapped as `{"value": X}`; send
    only the properties to set (absent = unchanged).

        Attributes:
            customer_number (DtoValueOfString | None): Update wrapper for a string.
            child_customer_number (DtoValueOfString | None): Update wrapper for a string.
            reference_number (DtoValueOfString | None): Update wrapper for a string.
            override_number_series (DtoValueOfBoolean | None): Update wrapper for a boolean.
            document_date (DtoValueOfDateTime | None): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            orig_invoice_date (DtoValueOfDateTime | None): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            document_due_date (DtoValueOfDateTime | None): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            cash_discount_date (DtoValueOfDateTime | None): Update wrapper for a date-time (naive local timestamp, e.g.
                `2024-01-31T00:00:00`).
            hold (DtoValueOfBoolean | None): Update wrapper for a boolean.
            post_period (DtoValueOfString | None): Update wrapper for a string.
            financial_period (DtoValueOfString | None): Update wrapper for a string.
            currency_id (DtoValueOfString | None): Update wrapper for a string.
            exchange_rate (DtoValueOfExchangeRate | None): Update wrapper for a currency or cross rate (`DtoValueOfDecimal`
                in the vendor's spec).
            credit_terms_id (DtoValueOfString | None): Update wrapper for a string.
            payment_method_id (DtoValueOfString | None): Update wrapper for a string.
            cash_account (DtoValueOfString | None): Update wrapper for a string.
            customer_ref_number (DtoValueOfString | None): Update wrapper for a string.
            external_reference (DtoValueOfString | None): Update wrapper for a string.
            payment_reference (DtoValueOfString | None): Update wrapper for a string.
            customer_project (DtoValueOfString | None): Update wrapper for a string.
            project (DtoValueOfString | None): Update wrapper for a string.
            customer_vat_zone_id (DtoValueOfString | None): Update wrapper for a string.
            invoice_text (DtoValueOfString | None): Update wrapper for a string.
            location_id (DtoValueOfString | None): Update wrapper for a string.
            note (DtoValueOfString | None): Update wrapper for a string.
            branch_number (DtoValueOfString | None): Update wrapper for a string.
            sales_person_id (DtoValueOfInt32 | None): Update wrapper for a 32-bit integer.
            salesperson (DtoValueOfString | None): Update wrapper for a string.
            contact (DtoValueOfNullableOfInt32 | None): Update wrapper for an optional 32-bit integer; `null` clears it.
            send_to_auto_invoice (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean; `null` clears
                it.
            consolidate_invoices (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean; `null` clears
                it.
            domestic_services_deductible_document (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional
                boolean; `null` clears it.
            revoked (DtoValueOfBoolean | None): Update wrapper for a boolean.
            dont_print (DtoValueOfBoolean | None): Update wrapper for a boolean.
            dont_email (DtoValueOfBoolean | None): Update wrapper for a boolean.
            exclude_debt_collection (DtoValueOfBoolean | None): Update wrapper for a boolean.
            start_date (DtoValueOfNullableOfDateTime | None): Update wrapper for an optional date-time (naive local
                timestamp); `null` clears it.
            end_date (DtoValueOfNullableOfDateTime | None): Update wrapper for an optional date-time (naive local
                timestamp); `null` clears it.
            accounting_cost_ref (DtoValueOfString | None): Update wrapper for a string.
            originator_doc_ref (DtoValueOfString | None): Update wrapper for a string.
            contract_doc_ref (DtoValueOfString | None): Update wrapper for a string.
            direct_debit_mandate_id (DtoValueOfNullableOfGuid | None): Update wrapper for an optional GUID; `null` clears
                it.
            debt_collection_case_nbr (DtoValueOfString | None): Update wrapper for a string.
            debt_collection_case_status (DtoValueOfString | None): Update wrapper for a string.
            debt_collection_case_type (DtoValueOfString | None): Update wrapper for a string.
            debt_collection_case_url (DtoValueOfString | None): Update wrapper for a string.
            billing_address (DtoValueOfSalesInvoiceAddressUpdateDto | None): Update wrapper for the billing address object.
            invoice_contact (DtoValueOfSalesInvoiceContactUpdateDto | None): Update wrapper for the invoice contact object.
            rot_rut_details (RotRutUpdateDto | None): ROT/RUT details in an update body (the object itself is not wrapped,
                its fields are).
            tax_detail_lines (list[TaxDetailUpdateDto] | None):
            invoice_lines (list[CustomerInvoiceLineUpdateDto] | None):
    """

    customer_number: DtoValueOfString | None = None
    child_customer_number: DtoValueOfString | None = None
    reference_number: DtoValueOfString | None = None
    override_number_series: DtoValueOfBoolean | None = None
    document_date: DtoValueOfDateTime | None = None
    orig_invoice_date: DtoValueOfDateTime | None = None
    document_due_date: DtoValueOfDateTime | None = None
    cash_discount_date: DtoValueOfDateTime | None = None
    hold: DtoValueOfBoolean | None = None
    post_period: DtoValueOfString | None = None
    financial_period: DtoValueOfString | None = None
    currency_id: DtoValueOfString | None = None
    exchange_rate: DtoValueOfExchangeRate | None = None
    credit_terms_id: DtoValueOfString | None = None
    payment_method_id: DtoValueOfString | None = None
    cash_account: DtoValueOfString | None = None
    customer_ref_number: DtoValueOfString | None = None
    external_reference: DtoValueOfString | None = None
    payment_reference: DtoValueOfString | None = None
    customer_project: DtoValueOfString | None = None
    project: DtoValueOfString | None = None
    customer_vat_zone_id: DtoValueOfString | None = None
    invoice_text: DtoValueOfString | None = None
    location_id: DtoValueOfString | None = None
    note: DtoValueOfString | None = None
    branch_number: DtoValueOfString | None = None
    sales_person_id: DtoValueOfInt32 | None = None
    salesperson: DtoValueOfString | None = None
    contact: DtoValueOfNullableOfInt32 | None = None
    send_to_auto_invoice: DtoValueOfNullableOfBoolean | None = None
    consolidate_invoices: DtoValueOfNullableOfBoolean | None = None
    domestic_services_deductible_document: DtoValueOfNullableOfBoolean | None = None
    revoked: DtoValueOfBoolean | None = None
    dont_print: DtoValueOfBoolean | None = None
    dont_email: DtoValueOfBoolean | None = None
    exclude_debt_collection: DtoValueOfBoolean | None = None
    start_date: DtoValueOfNullableOfDateTime | None = None
    end_date: DtoValueOfNullableOfDateTime | None = None
    accounting_cost_ref: DtoValueOfString | None = None
    originator_doc_ref: DtoValueOfString | None = None
    contract_doc_ref: DtoValueOfString | None = None
    direct_debit_mandate_id: DtoValueOfNullableOfGuid | None = None
    debt_collection_case_nbr: DtoValueOfString | None = None
    debt_collection_case_status: DtoValueOfString | None = None
    debt_collection_case_type: DtoValueOfString | None = None
    debt_collection_case_url: DtoValueOfString | None = None
    billing_address: DtoValueOfSalesInvoiceAddressUpdateDto | None = None
    invoice_contact: DtoValueOfSalesInvoiceContactUpdateDto | None = None
    rot_rut_details: RotRutUpdateDto | None = None
    tax_detail_lines: list[TaxDetailUpdateDto] | None = None
    invoice_lines: list[CustomerInvoiceLineUpdateDto] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "customerNumber": "customer_number",
        "childCustomerNumber": "child_customer_number",
        "referenceNumber": "reference_number",
        "overrideNumberSeries": "override_number_series",
        "documentDate": "document_date",
        "origInvoiceDate": "orig_invoice_date",
        "documentDueDate": "document_due_date",
        "cashDiscountDate": "cash_discount_date",
        "hold": "hold",
        "postPeriod": "post_period",
        "financialPeriod": "financial_period",
        "currencyId": "currency_id",
        "exchangeRate": "exchange_rate",
        "creditTermsId": "credit_terms_id",
        "paymentMethodId": "payment_method_id",
        "cashAccount": "cash_account",
        "customerRefNumber": "customer_ref_number",
        "externalReference": "external_reference",
        "paymentReference": "payment_reference",
        "customerProject": "customer_project",
        "project": "project",
        "customerVatZoneId": "customer_vat_zone_id",
        "invoiceText": "invoice_text",
        "locationId": "location_id",
        "note": "note",
        "branchNumber": "branch_number",
        "salesPersonID": "sales_person_id",
        "salesperson": "salesperson",
        "contact": "contact",
        "sendToAutoInvoice": "send_to_auto_invoice",
        "consolidateInvoices": "consolidate_invoices",
        "domesticServicesDeductibleDocument": "domestic_services_deductible_document",
        "revoked": "revoked",
        "dontPrint": "dont_print",
        "dontEmail": "dont_email",
        "excludeDebtCollection": "exclude_debt_collection",
        "startDate": "start_date",
        "endDate": "end_date",
        "accountingCostRef": "accounting_cost_ref",
        "originatorDocRef": "originator_doc_ref",
        "contractDocRef": "contract_doc_ref",
        "directDebitMandateId": "direct_debit_mandate_id",
        "debtCollectionCaseNbr": "debt_collection_case_nbr",
        "debtCollectionCaseStatus": "debt_collection_case_status",
        "debtCollectionCaseType": "debt_collection_case_type",
        "debtCollectionCaseUrl": "debt_collection_case_url",
        "billingAddress": "billing_address",
        "invoiceContact": "invoice_contact",
        "rotRutDetails": "rot_rut_details",
        "taxDetailLines": "tax_detail_lines",
        "invoiceLines": "invoice_lines",
    }

    def to_dict(self) -> dict[str, Any]:
        customer_number: dict[str, Any] | None = None
        if self.customer_number is not None:
            customer_number = self.customer_number.to_dict()

        child_customer_number: dict[str, Any] | None = None
        if self.child_customer_number is not None:
            child_customer_number = self.child_customer_number.to_dict()

        reference_number: dict[str, Any] | None = None
        if self.reference_number is not None:
            reference_number = self.reference_number.to_dict()

        override_number_series: dict[str, Any] | None = None
        if self.override_number_series is not None:
            override_number_series = self.override_number_series.to_dict()

        document_date: dict[str, Any] | None = None
        if self.document_date is not None:
            document_date = self.document_date.to_dict()

        orig_invoice_date: dict[str, Any] | None = None
        if self.orig_invoice_date is not None:
            orig_invoice_date = self.orig_invoice_date.to_dict()

        document_due_date: dict[str, Any] | None = None
        if self.document_due_date is not None:
            document_due_date = self.document_due_date.to_dict()

        cash_discount_date: dict[str, Any] | None = None
        if self.cash_discount_date is not None:
            cash_discount_date = self.cash_discount_date.to_dict()

        hold: dict[str, Any] | None = None
        if self.hold is not None:
            hold = self.hold.to_dict()

        post_period: dict[str, Any] | None = None
        if self.post_period is not None:
            post_period = self.post_period.to_dict()

        financial_period: dict[str, Any] | None = None
        if self.financial_period is not None:
            financial_period = self.financial_period.to_dict()

        currency_id: dict[str, Any] | None = None
        if self.currency_id is not None:
            currency_id = self.currency_id.to_dict()

        exchange_rate: dict[str, Any] | None = None
        if self.exchange_rate is not None:
            exchange_rate = self.exchange_rate.to_dict()

        credit_terms_id: dict[str, Any] | None = None
        if self.credit_terms_id is not None:
            credit_terms_id = self.credit_terms_id.to_dict()

        payment_method_id: dict[str, Any] | None = None
        if self.payment_method_id is not None:
            payment_method_id = self.payment_method_id.to_dict()

        cash_account: dict[str, Any] | None = None
        if self.cash_account is not None:
            cash_account = self.cash_account.to_dict()

        customer_ref_number: dict[str, Any] | None = None
        if self.customer_ref_number is not None:
            customer_ref_number = self.customer_ref_number.to_dict()

        external_reference: dict[str, Any] | None = None
        if self.external_reference is not None:
            external_reference = self.external_reference.to_dict()

        payment_reference: dict[str, Any] | None = None
        if self.payment_reference is not None:
            payment_reference = self.payment_reference.to_dict()

        customer_project: dict[str, Any] | None = None
        if self.customer_project is not None:
            customer_project = self.customer_project.to_dict()

        project: dict[str, Any] | None = None
        if self.project is not None:
            project = self.project.to_dict()

        customer_vat_zone_id: dict[str, Any] | None = None
        if self.customer_vat_zone_id is not None:
            customer_vat_zone_id = self.customer_vat_zone_id.to_dict()

        invoice_text: dict[str, Any] | None = None
        if self.invoice_text is not None:
            invoice_text = self.invoice_text.to_dict()

        location_id: dict[str, Any] | None = None
        if self.location_id is not None:
            location_id = self.location_id.to_dict()

        note: dict[str, Any] | None = None
        if self.note is not None:
            note = self.note.to_dict()

        branch_number: dict[str, Any] | None = None
        if self.branch_number is not None:
            branch_number = self.branch_number.to_dict()

        sales_person_id: dict[str, Any] | None = None
        if self.sales_person_id is not None:
            sales_person_id = self.sales_person_id.to_dict()

        salesperson: dict[str, Any] | None = None
        if self.salesperson is not None:
            salesperson = self.salesperson.to_dict()

        contact: dict[str, Any] | None = None
        if self.contact is not None:
            contact = self.contact.to_dict()

        send_to_auto_invoice: dict[str, Any] | None = None
        if self.send_to_auto_invoice is not None:
            send_to_auto_invoice = self.send_to_auto_invoice.to_dict()

        consolidate_invoices: dict[str, Any] | None = None
        if self.consolidate_invoices is not None:
            consolidate_invoices = self.consolidate_invoices.to_dict()

        domestic_services_deductible_document: dict[str, Any] | None = None
        if self.domestic_services_deductible_document is not None:
            domestic_services_deductible_document = (
                self.domestic_services_deductible_document.to_dict()
            )

        revoked: dict[str, Any] | None = None
        if self.revoked is not None:
            revoked = self.revoked.to_dict()

        dont_print: dict[str, Any] | None = None
        if self.dont_print is not None:
            dont_print = self.dont_print.to_dict()

        dont_email: dict[str, Any] | None = None
        if self.dont_email is not None:
            dont_email = self.dont_email.to_dict()

        exclude_debt_collection: dict[str, Any] | None = None
        if self.exclude_debt_collection is not None:
            exclude_debt_collection = self.exclude_debt_collection.to_dict()

        start_date: dict[str, Any] | None = None
        if self.start_date is not None:
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | None = None
        if self.end_date is not None:
            end_date = self.end_date.to_dict()

        accounting_cost_ref: dict[str, Any] | None = None
        if self.accounting_cost_ref is not None:
            accounting_cost_ref = self.accounting_cost_ref.to_dict()

        originator_doc_ref: dict[str, Any] | None = None
        if self.originator_doc_ref is not None:
            originator_doc_ref = self.originator_doc_ref.to_dict()

        contract_doc_ref: dict[str, Any] | None = None
        if self.contract_doc_ref is not None:
            contract_doc_ref = self.contract_doc_ref.to_dict()

        direct_debit_mandate_id: dict[str, Any] | None = None
        if self.direct_debit_mandate_id is not None:
            direct_debit_mandate_id = self.direct_debit_mandate_id.to_dict()

        debt_collection_case_nbr: dict[str, Any] | None = None
        if self.debt_collection_case_nbr is not None:
            debt_collection_case_nbr = self.debt_collection_case_nbr.to_dict()

        debt_collection_case_status: dict[str, Any] | None = None
        if self.debt_collection_case_status is not None:
            debt_collection_case_status = self.debt_collection_case_status.to_dict()

        debt_collection_case_type: dict[str, Any] | None = None
        if self.debt_collection_case_type is not None:
            debt_collection_case_type = self.debt_collection_case_type.to_dict()

        debt_collection_case_url: dict[str, Any] | None = None
        if self.debt_collection_case_url is not None:
            debt_collection_case_url = self.debt_collection_case_url.to_dict()

        billing_address: dict[str, Any] | None = None
        if self.billing_address is not None:
            billing_address = self.billing_address.to_dict()

        invoice_contact: dict[str, Any] | None = None
        if self.invoice_contact is not None:
            invoice_contact = self.invoice_contact.to_dict()

        rot_rut_details: dict[str, Any] | None = None
        if self.rot_rut_details is not None:
            rot_rut_details = self.rot_rut_details.to_dict()

        tax_detail_lines: list[dict[str, Any]] | None = None
        if self.tax_detail_lines is not None:
            tax_detail_lines = []
            for tax_detail_lines_item_data in self.tax_detail_lines:
                tax_detail_lines_item = tax_detail_lines_item_data.to_dict()
                tax_detail_lines.append(tax_detail_lines_item)

        invoice_lines: list[dict[str, Any]] | None = None
        if self.invoice_lines is not None:
            invoice_lines = []
            for invoice_lines_item_data in self.invoice_lines:
                invoice_lines_item = invoice_lines_item_data.to_dict()
                invoice_lines.append(invoice_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_number is not None:
            field_dict["customerNumber"] = customer_number
        if child_customer_number is not None:
            field_dict["childCustomerNumber"] = child_customer_number
        if reference_number is not None:
            field_dict["referenceNumber"] = reference_number
        if override_number_series is not None:
            field_dict["overrideNumberSeries"] = override_number_series
        if document_date is not None:
            field_dict["documentDate"] = document_date
        if orig_invoice_date is not None:
            field_dict["origInvoiceDate"] = orig_invoice_date
        if document_due_date is not None:
            field_dict["documentDueDate"] = document_due_date
        if cash_discount_date is not None:
            field_dict["cashDiscountDate"] = cash_discount_date
        if hold is not None:
            field_dict["hold"] = hold
        if post_period is not None:
            field_dict["postPeriod"] = post_period
        if financial_period is not None:
            field_dict["financialPeriod"] = financial_period
        if currency_id is not None:
            field_dict["currencyId"] = currency_id
        if exchange_rate is not None:
            field_dict["exchangeRate"] = exchange_rate
        if credit_terms_id is not None:
            field_dict["creditTermsId"] = credit_terms_id
        if payment_method_id is not None:
            field_dict["paymentMethodId"] = payment_method_id
        if cash_account is not None:
            field_dict["cashAccount"] = cash_account
        if customer_ref_number is not None:
            field_dict["customerRefNumber"] = customer_ref_number
        if external_reference is not None:
            field_dict["externalReference"] = external_reference
        if payment_reference is not None:
            field_dict["paymentReference"] = payment_reference
        if customer_project is not None:
            field_dict["customerProject"] = customer_project
        if project is not None:
            field_dict["project"] = project
        if customer_vat_zone_id is not None:
            field_dict["customerVatZoneId"] = customer_vat_zone_id
        if invoice_text is not None:
            field_dict["invoiceText"] = invoice_text
        if location_id is not None:
            field_dict["locationId"] = location_id
        if note is not None:
            field_dict["note"] = note
        if branch_number is not None:
            field_dict["branchNumber"] = branch_number
        if sales_person_id is not None:
            field_dict["salesPersonID"] = sales_person_id
        if salesperson is not None:
            field_dict["salesperson"] = salesperson
        if contact is not None:
            field_dict["contact"] = contact
        if send_to_auto_invoice is not None:
            field_dict["sendToAutoInvoice"] = send_to_auto_invoice
        if consolidate_invoices is not None:
            field_dict["consolidateInvoices"] = consolidate_invoices
        if domestic_services_deductible_document is not None:
            field_dict["domesticServicesDeductibleDocument"] = (
                domestic_services_deductible_document
            )
        if revoked is not None:
            field_dict["revoked"] = revoked
        if dont_print is not None:
            field_dict["dontPrint"] = dont_print
        if dont_email is not None:
            field_dict["dontEmail"] = dont_email
        if exclude_debt_collection is not None:
            field_dict["excludeDebtCollection"] = exclude_debt_collection
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
        if direct_debit_mandate_id is not None:
            field_dict["directDebitMandateId"] = direct_debit_mandate_id
        if debt_collection_case_nbr is not None:
            field_dict["debtCollectionCaseNbr"] = debt_collection_case_nbr
        if debt_collection_case_status is not None:
            field_dict["debtCollectionCaseStatus"] = debt_collection_case_status
        if debt_collection_case_type is not None:
            field_dict["debtCollectionCaseType"] = debt_collection_case_type
        if debt_collection_case_url is not None:
            field_dict["debtCollectionCaseUrl"] = debt_collection_case_url
        if billing_address is not None:
            field_dict["billingAddress"] = billing_address
        if invoice_contact is not None:
            field_dict["invoiceContact"] = invoice_contact
        if rot_rut_details is not None:
            field_dict["rotRutDetails"] = rot_rut_details
        if tax_detail_lines is not None:
            field_dict["taxDetailLines"] = tax_detail_lines
        if invoice_lines is not None:
            field_dict["invoiceLines"] = invoice_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomerInvoiceUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _customer_number = d.pop("customerNumber", UNSET)
        customer_number: DtoValueOfString | None
        if isinstance(_customer_number, Unset):
            customer_number = None
        else:
            customer_number = DtoValueOfString.from_dict(_customer_number)

        _child_customer_number = d.pop("childCustomerNumber", UNSET)
        child_customer_number: DtoValueOfString | None
        if isinstance(_child_customer_number, Unset):
            child_customer_number = None
        else:
            child_customer_number = DtoValueOfString.from_dict(_child_customer_number)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: DtoValueOfString | None
        if isinstance(_reference_number, Unset):
            reference_number = None
        else:
            reference_number = DtoValueOfString.from_dict(_reference_number)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | None
        if isinstance(_override_number_series, Unset):
            override_number_series = None
        else:
            override_number_series = DtoValueOfBoolean.from_dict(
                _override_number_series
            )

        _document_date = d.pop("documentDate", UNSET)
        document_date: DtoValueOfDateTime | None
        if isinstance(_document_date, Unset):
            document_date = None
        else:
            document_date = DtoValueOfDateTime.from_dict(_document_date)

        _orig_invoice_date = d.pop("origInvoiceDate", UNSET)
        orig_invoice_date: DtoValueOfDateTime | None
        if isinstance(_orig_invoice_date, Unset):
            orig_invoice_date = None
        else:
            orig_invoice_date = DtoValueOfDateTime.from_dict(_orig_invoice_date)

        _document_due_date = d.pop("documentDueDate", UNSET)
        document_due_date: DtoValueOfDateTime | None
        if isinstance(_document_due_date, Unset):
            document_due_date = None
        else:
            document_due_date = DtoValueOfDateTime.from_dict(_document_due_date)

        _cash_discount_date = d.pop("cashDiscountDate", UNSET)
        cash_discount_date: DtoValueOfDateTime | None
        if isinstance(_cash_discount_date, Unset):
            cash_discount_date = None
        else:
            cash_discount_date = DtoValueOfDateTime.from_dict(_cash_discount_date)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | None
        if isinstance(_hold, Unset):
            hold = None
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: DtoValueOfString | None
        if isinstance(_post_period, Unset):
            post_period = None
        else:
            post_period = DtoValueOfString.from_dict(_post_period)

        _financial_period = d.pop("financialPeriod", UNSET)
        financial_period: DtoValueOfString | None
        if isinstance(_financial_period, Unset):
            financial_period = None
        else:
            financial_period = DtoValueOfString.from_dict(_financial_period)

        _currency_id = d.pop("currencyId", UNSET)
        currency_id: DtoValueOfString | None
        if isinstance(_currency_id, Unset):
            currency_id = None
        else:
            currency_id = DtoValueOfString.from_dict(_currency_id)

        _exchange_rate = d.pop("exchangeRate", UNSET)
        exchange_rate: DtoValueOfExchangeRate | None
        if isinstance(_exchange_rate, Unset):
            exchange_rate = None
        else:
            exchange_rate = DtoValueOfExchangeRate.from_dict(_exchange_rate)

        _credit_terms_id = d.pop("creditTermsId", UNSET)
        credit_terms_id: DtoValueOfString | None
        if isinstance(_credit_terms_id, Unset):
            credit_terms_id = None
        else:
            credit_terms_id = DtoValueOfString.from_dict(_credit_terms_id)

        _payment_method_id = d.pop("paymentMethodId", UNSET)
        payment_method_id: DtoValueOfString | None
        if isinstance(_payment_method_id, Unset):
            payment_method_id = None
        else:
            payment_method_id = DtoValueOfString.from_dict(_payment_method_id)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | None
        if isinstance(_cash_account, Unset):
            cash_account = None
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _customer_ref_number = d.pop("customerRefNumber", UNSET)
        customer_ref_number: DtoValueOfString | None
        if isinstance(_customer_ref_number, Unset):
            customer_ref_number = None
        else:
            customer_ref_number = DtoValueOfString.from_dict(_customer_ref_number)

        _external_reference = d.pop("externalReference", UNSET)
        external_reference: DtoValueOfString | None
        if isinstance(_external_reference, Unset):
            external_reference = None
        else:
            external_reference = DtoValueOfString.from_dict(_external_reference)

        _payment_reference = d.pop("paymentReference", UNSET)
        payment_reference: DtoValueOfString | None
        if isinstance(_payment_reference, Unset):
            payment_reference = None
        else:
            payment_reference = DtoValueOfString.from_dict(_payment_reference)

        _customer_project = d.pop("customerProject", UNSET)
        customer_project: DtoValueOfString | None
        if isinstance(_customer_project, Unset):
            customer_project = None
        else:
            customer_project = DtoValueOfString.from_dict(_customer_project)

        _project = d.pop("project", UNSET)
        project: DtoValueOfString | None
        if isinstance(_project, Unset):
            project = None
        else:
            project = DtoValueOfString.from_dict(_project)

        _customer_vat_zone_id = d.pop("customerVatZoneId", UNSET)
        customer_vat_zone_id: DtoValueOfString | None
        if isinstance(_customer_vat_zone_id, Unset):
            customer_vat_zone_id = None
        else:
            customer_vat_zone_id = DtoValueOfString.from_dict(_customer_vat_zone_id)

        _invoice_text = d.pop("invoiceText", UNSET)
        invoice_text: DtoValueOfString | None
        if isinstance(_invoice_text, Unset):
            invoice_text = None
        else:
            invoice_text = DtoValueOfString.from_dict(_invoice_text)

        _location_id = d.pop("locationId", UNSET)
        location_id: DtoValueOfString | None
        if isinstance(_location_id, Unset):
            location_id = None
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

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

        _sales_person_id = d.pop("salesPersonID", UNSET)
        sales_person_id: DtoValueOfInt32 | None
        if isinstance(_sales_person_id, Unset):
            sales_person_id = None
        else:
            sales_person_id = DtoValueOfInt32.from_dict(_sales_person_id)

        _salesperson = d.pop("salesperson", UNSET)
        salesperson: DtoValueOfString | None
        if isinstance(_salesperson, Unset):
            salesperson = None
        else:
            salesperson = DtoValueOfString.from_dict(_salesperson)

        _contact = d.pop("contact", UNSET)
        contact: DtoValueOfNullableOfInt32 | None
        if isinstance(_contact, Unset):
            contact = None
        else:
            contact = DtoValueOfNullableOfInt32.from_dict(_contact)

        _send_to_auto_invoice = d.pop("sendToAutoInvoice", UNSET)
        send_to_auto_invoice: DtoValueOfNullableOfBoolean | None
        if isinstance(_send_to_auto_invoice, Unset):
            send_to_auto_invoice = None
        else:
            send_to_auto_invoice = DtoValueOfNullableOfBoolean.from_dict(
                _send_to_auto_invoice
            )

        _consolidate_invoices = d.pop("consolidateInvoices", UNSET)
        consolidate_invoices: DtoValueOfNullableOfBoolean | None
        if isinstance(_consolidate_invoices, Unset):
            consolidate_invoices = None
        else:
            consolidate_invoices = DtoValueOfNullableOfBoolean.from_dict(
                _consolidate_invoices
            )

        _domestic_services_deductible_document = d.pop(
            "domesticServicesDeductibleDocument", UNSET
        )
        domestic_services_deductible_document: DtoValueOfNullableOfBoolean | None
        if isinstance(_domestic_services_deductible_document, Unset):
            domestic_services_deductible_document = None
        else:
            domestic_services_deductible_document = (
                DtoValueOfNullableOfBoolean.from_dict(
                    _domestic_services_deductible_document
                )
            )

        _revoked = d.pop("revoked", UNSET)
        revoked: DtoValueOfBoolean | None
        if isinstance(_revoked, Unset):
            revoked = None
        else:
            revoked = DtoValueOfBoolean.from_dict(_revoked)

        _dont_print = d.pop("dontPrint", UNSET)
        dont_print: DtoValueOfBoolean | None
        if isinstance(_dont_print, Unset):
            dont_print = None
        else:
            dont_print = DtoValueOfBoolean.from_dict(_dont_print)

        _dont_email = d.pop("dontEmail", UNSET)
        dont_email: DtoValueOfBoolean | None
        if isinstance(_dont_email, Unset):
            dont_email = None
        else:
            dont_email = DtoValueOfBoolean.from_dict(_dont_email)

        _exclude_debt_collection = d.pop("excludeDebtCollection", UNSET)
        exclude_debt_collection: DtoValueOfBoolean | None
        if isinstance(_exclude_debt_collection, Unset):
            exclude_debt_collection = None
        else:
            exclude_debt_collection = DtoValueOfBoolean.from_dict(
                _exclude_debt_collection
            )

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

        _accounting_cost_ref = d.pop("accountingCostRef", UNSET)
        accounting_cost_ref: DtoValueOfString | None
        if isinstance(_accounting_cost_ref, Unset):
            accounting_cost_ref = None
        else:
            accounting_cost_ref = DtoValueOfString.from_dict(_accounting_cost_ref)

        _originator_doc_ref = d.pop("originatorDocRef", UNSET)
        originator_doc_ref: DtoValueOfString | None
        if isinstance(_originator_doc_ref, Unset):
            originator_doc_ref = None
        else:
            originator_doc_ref = DtoValueOfString.from_dict(_originator_doc_ref)

        _contract_doc_ref = d.pop("contractDocRef", UNSET)
        contract_doc_ref: DtoValueOfString | None
        if isinstance(_contract_doc_ref, Unset):
            contract_doc_ref = None
        else:
            contract_doc_ref = DtoValueOfString.from_dict(_contract_doc_ref)

        _direct_debit_mandate_id = d.pop("directDebitMandateId", UNSET)
        direct_debit_mandate_id: DtoValueOfNullableOfGuid | None
        if isinstance(_direct_debit_mandate_id, Unset):
            direct_debit_mandate_id = None
        else:
            direct_debit_mandate_id = DtoValueOfNullableOfGuid.from_dict(
                _direct_debit_mandate_id
            )

        _debt_collection_case_nbr = d.pop("debtCollectionCaseNbr", UNSET)
        debt_collection_case_nbr: DtoValueOfString | None
        if isinstance(_debt_collection_case_nbr, Unset):
            debt_collection_case_nbr = None
        else:
            debt_collection_case_nbr = DtoValueOfString.from_dict(
                _debt_collection_case_nbr
            )

        _debt_collection_case_status = d.pop("debtCollectionCaseStatus", UNSET)
        debt_collection_case_status: DtoValueOfString | None
        if isinstance(_debt_collection_case_status, Unset):
            debt_collection_case_status = None
        else:
            debt_collection_case_status = DtoValueOfString.from_dict(
                _debt_collection_case_status
            )

        _debt_collection_case_type = d.pop("debtCollectionCaseType", UNSET)
        debt_collection_case_type: DtoValueOfString | None
        if isinstance(_debt_collection_case_type, Unset):
            debt_collection_case_type = None
        else:
            debt_collection_case_type = DtoValueOfString.from_dict(
                _debt_collection_case_type
            )

        _debt_collection_case_url = d.pop("debtCollectionCaseUrl", UNSET)
        debt_collection_case_url: DtoValueOfString | None
        if isinstance(_debt_collection_case_url, Unset):
            debt_collection_case_url = None
        else:
            debt_collection_case_url = DtoValueOfString.from_dict(
                _debt_collection_case_url
            )

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: DtoValueOfSalesInvoiceAddressUpdateDto | None
        if isinstance(_billing_address, Unset):
            billing_address = None
        else:
            billing_address = DtoValueOfSalesInvoiceAddressUpdateDto.from_dict(
                _billing_address
            )

        _invoice_contact = d.pop("invoiceContact", UNSET)
        invoice_contact: DtoValueOfSalesInvoiceContactUpdateDto | None
        if isinstance(_invoice_contact, Unset):
            invoice_contact = None
        else:
            invoice_contact = DtoValueOfSalesInvoiceContactUpdateDto.from_dict(
                _invoice_contact
            )

        _rot_rut_details = d.pop("rotRutDetails", UNSET)
        rot_rut_details: RotRutUpdateDto | None
        if isinstance(_rot_rut_details, Unset):
            rot_rut_details = None
        else:
            rot_rut_details = RotRutUpdateDto.from_dict(_rot_rut_details)

        _tax_detail_lines = d.pop("taxDetailLines", UNSET)
        tax_detail_lines: list[TaxDetailUpdateDto] | None
        if isinstance(_tax_detail_lines, Unset):
            tax_detail_lines = None
        else:
            if not isinstance(_tax_detail_lines, list):
                raise TypeError(
                    f"tax_detail_lines: expected an array, got {type(_tax_detail_lines).__name__}"
                )
            tax_detail_lines = []
            for tax_detail_lines_item_data in _tax_detail_lines:
                tax_detail_lines_item = TaxDetailUpdateDto.from_dict(
                    tax_detail_lines_item_data
                )

                tax_detail_lines.append(tax_detail_lines_item)

        _invoice_lines = d.pop("invoiceLines", UNSET)
        invoice_lines: list[CustomerInvoiceLineUpdateDto] | None
        if isinstance(_invoice_lines, Unset):
            invoice_lines = None
        else:
            if not isinstance(_invoice_lines, list):
                raise TypeError(
                    f"invoice_lines: expected an array, got {type(_invoice_lines).__name__}"
                )
            invoice_lines = []
            for invoice_lines_item_data in _invoice_lines:
                invoice_lines_item = CustomerInvoiceLineUpdateDto.from_dict(
                    invoice_lines_item_data
                )

                invoice_lines.append(invoice_lines_item)

        customer_invoice_update_dto = cls(
            customer_number=customer_number,
            child_customer_number=child_customer_number,
            reference_number=reference_number,
            override_number_series=override_number_series,
            document_date=document_date,
            orig_invoice_date=orig_invoice_date,
            document_due_date=document_due_date,
            cash_discount_date=cash_discount_date,
            hold=hold,
            post_period=post_period,
            financial_period=financial_period,
            currency_id=currency_id,
            exchange_rate=exchange_rate,
            credit_terms_id=credit_terms_id,
            payment_method_id=payment_method_id,
            cash_account=cash_account,
            customer_ref_number=customer_ref_number,
            external_reference=external_reference,
            payment_reference=payment_reference,
            customer_project=customer_project,
            project=project,
            customer_vat_zone_id=customer_vat_zone_id,
            invoice_text=invoice_text,
            location_id=location_id,
            note=note,
            branch_number=branch_number,
            sales_person_id=sales_person_id,
            salesperson=salesperson,
            contact=contact,
            send_to_auto_invoice=send_to_auto_invoice,
            consolidate_invoices=consolidate_invoices,
            domestic_services_deductible_document=domestic_services_deductible_document,
            revoked=revoked,
            dont_print=dont_print,
            dont_email=dont_email,
            exclude_debt_collection=exclude_debt_collection,
            start_date=start_date,
            end_date=end_date,
            accounting_cost_ref=accounting_cost_ref,
            originator_doc_ref=originator_doc_ref,
            contract_doc_ref=contract_doc_ref,
            direct_debit_mandate_id=direct_debit_mandate_id,
            debt_collection_case_nbr=debt_collection_case_nbr,
            debt_collection_case_status=debt_collection_case_status,
            debt_collection_case_type=debt_collection_case_type,
            debt_collection_case_url=debt_collection_case_url,
            billing_address=billing_address,
            invoice_contact=invoice_contact,
            rot_rut_details=rot_rut_details,
            tax_detail_lines=tax_detail_lines,
            invoice_lines=invoice_lines,
        )
        customer_invoice_update_dto._wire_keys = keys_seen

        customer_invoice_update_dto.additional_properties = d
        return customer_invoice_update_dto

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
from ..models.customer_invoice_line_update_dto import CustomerInvoiceLineUpdateDto
from ..models.dto_value_of_boolean import DtoValueOfBoolean
from ..models.dto_value_of_date_time import DtoValueOfDateTime
from ..models.dto_value_of_exchange_rate import DtoValueOfExchangeRate
from ..models.dto_value_of_int_32 import DtoValueOfInt32
from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
from ..models.dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
from ..models.dto_value_of_sales_invoice_address_update_dto import (
    DtoValueOfSalesInvoiceAddressUpdateDto,
)
from ..models.dto_value_of_sales_invoice_contact_update_dto import (
    DtoValueOfSalesInvoiceContactUpdateDto,
)
from ..models.dto_value_of_string import DtoValueOfString
from ..models.rot_rut_update_dto import RotRutUpdateDto
from ..models.tax_detail_update_dto import TaxDetailUpdateDto
