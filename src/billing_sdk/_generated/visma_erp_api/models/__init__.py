"""Contains all the data models used in inputs/outputs"""

from .account_dto import AccountDto
from .account_types import AccountTypes
from .action_result import ActionResult
from .ar_adjust_dto import ArAdjustDto
from .attachment_dto import AttachmentDto
from .attachment_metadata_dto import AttachmentMetadataDto
from .attachment_upload_form import AttachmentUploadForm
from .background_api_accepted_dto import BackgroundApiAcceptedDto
from .background_request_state_dto import BackgroundRequestStateDto
from .background_request_state_dto_response_headers import (
    BackgroundRequestStateDtoResponseHeaders,
)
from .background_request_status import BackgroundRequestStatus
from .contact_id_name_dto import ContactIdNameDto
from .correct_ar_document_action_result_dto import CorrectArDocumentActionResultDto
from .country_dto import CountryDto
from .customer_document_types import CustomerDocumentTypes
from .customer_invoice_dto import CustomerInvoiceDto
from .customer_invoice_line_dto import CustomerInvoiceLineDto
from .customer_invoice_line_update_dto import CustomerInvoiceLineUpdateDto
from .customer_invoice_update_dto import CustomerInvoiceUpdateDto
from .date_time_condition import DateTimeCondition
from .debt_collection_dto import DebtCollectionDto
from .direct_debit_mandate_dto import DirectDebitMandateDto
from .document_status import DocumentStatus
from .dto_value_of_amount import DtoValueOfAmount
from .dto_value_of_boolean import DtoValueOfBoolean
from .dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
from .dto_value_of_date_time import DtoValueOfDateTime
from .dto_value_of_exchange_rate import DtoValueOfExchangeRate
from .dto_value_of_int_32 import DtoValueOfInt32
from .dto_value_of_invoice_line_item_types import DtoValueOfInvoiceLineItemTypes
from .dto_value_of_nullable_of_amount import DtoValueOfNullableOfAmount
from .dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
from .dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
from .dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
from .dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
from .dto_value_of_nullable_of_payment_types import DtoValueOfNullableOfPaymentTypes
from .dto_value_of_nullable_of_rut_rot_types import DtoValueOfNullableOfRutRotTypes
from .dto_value_of_payment_types import DtoValueOfPaymentTypes
from .dto_value_of_percent import DtoValueOfPercent
from .dto_value_of_quantity import DtoValueOfQuantity
from .dto_value_of_required_string import DtoValueOfRequiredString
from .dto_value_of_sales_invoice_address_update_dto import (
    DtoValueOfSalesInvoiceAddressUpdateDto,
)
from .dto_value_of_sales_invoice_contact_update_dto import (
    DtoValueOfSalesInvoiceContactUpdateDto,
)
from .dto_value_of_string import DtoValueOfString
from .dto_value_of_unit_price import DtoValueOfUnitPrice
from .error_dto import ErrorDto
from .finance_charges_update_dto import FinanceChargesUpdateDto
from .id_description_dto import IdDescriptionDto
from .id_name_dto import IdNameDto
from .invoice_address_dto import InvoiceAddressDto
from .invoice_contact_dto import InvoiceContactDto
from .invoice_line_item_types import InvoiceLineItemTypes
from .line_operation import LineOperation
from .location_dto import LocationDto
from .metadata_dto import MetadataDto
from .number_description_dto import NumberDescriptionDto
from .number_name_dto import NumberNameDto
from .order_to_apply_dto import OrderToApplyDto
from .order_to_apply_status import OrderToApplyStatus
from .payment_create_dto import PaymentCreateDto
from .payment_dto import PaymentDto
from .payment_financial_details_dto import PaymentFinancialDetailsDto
from .payment_line_dto import PaymentLineDto
from .payment_line_update_dto import PaymentLineUpdateDto
from .payment_orders_lines_update_dto import PaymentOrdersLinesUpdateDto
from .payment_types import PaymentTypes
from .payment_update_dto import PaymentUpdateDto
from .project_id_description_dto import ProjectIdDescriptionDto
from .release_invoice_action_result_dto import ReleaseInvoiceActionResultDto
from .release_payment_action_dto import ReleasePaymentActionDto
from .release_payment_action_result_dto import ReleasePaymentActionResultDto
from .reverse_invoice_action_dto import ReverseInvoiceActionDto
from .reverse_invoice_action_result_dto import ReverseInvoiceActionResultDto
from .rot_rut_distribution_dto import RotRutDistributionDto
from .rot_rut_distribution_update_dto import RotRutDistributionUpdateDto
from .rot_rut_dto import RotRutDto
from .rot_rut_update_dto import RotRutUpdateDto
from .rut_rot_types import RutRotTypes
from .sales_invoice_address_update_dto import SalesInvoiceAddressUpdateDto
from .sales_invoice_contact_update_dto import SalesInvoiceContactUpdateDto
from .segment_dto import SegmentDto
from .segment_update_dto import SegmentUpdateDto
from .send_to_auto_invoice_ar_document_action_result_dto import (
    SendToAutoInvoiceArDocumentActionResultDto,
)
from .subaccount_dto import SubaccountDto
from .tax_detail_dto import TaxDetailDto
from .tax_detail_update_dto import TaxDetailUpdateDto
from .void_payment_action_dto import VoidPaymentActionDto
from .void_payment_action_result_dto import VoidPaymentActionResultDto
from .work_type_dto import WorkTypeDto

__all__ = (
    "AccountDto",
    "AccountTypes",
    "ActionResult",
    "ArAdjustDto",
    "AttachmentDto",
    "AttachmentMetadataDto",
    "AttachmentUploadForm",
    "BackgroundApiAcceptedDto",
    "BackgroundRequestStateDto",
    "BackgroundRequestStateDtoResponseHeaders",
    "BackgroundRequestStatus",
    "ContactIdNameDto",
    "CorrectArDocumentActionResultDto",
    "CountryDto",
    "CustomerDocumentTypes",
    "CustomerInvoiceDto",
    "CustomerInvoiceLineDto",
    "CustomerInvoiceLineUpdateDto",
    "CustomerInvoiceUpdateDto",
    "DateTimeCondition",
    "DebtCollectionDto",
    "DirectDebitMandateDto",
    "DocumentStatus",
    "DtoValueOfAmount",
    "DtoValueOfBoolean",
    "DtoValueOfCustomerDocumentTypes",
    "DtoValueOfDateTime",
    "DtoValueOfExchangeRate",
    "DtoValueOfInt32",
    "DtoValueOfInvoiceLineItemTypes",
    "DtoValueOfNullableOfAmount",
    "DtoValueOfNullableOfBoolean",
    "DtoValueOfNullableOfDateTime",
    "DtoValueOfNullableOfGuid",
    "DtoValueOfNullableOfInt32",
    "DtoValueOfNullableOfPaymentTypes",
    "DtoValueOfNullableOfRutRotTypes",
    "DtoValueOfPaymentTypes",
    "DtoValueOfPercent",
    "DtoValueOfQuantity",
    "DtoValueOfRequiredString",
    "DtoValueOfSalesInvoiceAddressUpdateDto",
    "DtoValueOfSalesInvoiceContactUpdateDto",
    "DtoValueOfString",
    "DtoValueOfUnitPrice",
    "ErrorDto",
    "FinanceChargesUpdateDto",
    "IdDescriptionDto",
    "IdNameDto",
    "InvoiceAddressDto",
    "InvoiceContactDto",
    "InvoiceLineItemTypes",
    "LineOperation",
    "LocationDto",
    "MetadataDto",
    "NumberDescriptionDto",
    "NumberNameDto",
    "OrderToApplyDto",
    "OrderToApplyStatus",
    "PaymentCreateDto",
    "PaymentDto",
    "PaymentFinancialDetailsDto",
    "PaymentLineDto",
    "PaymentLineUpdateDto",
    "PaymentOrdersLinesUpdateDto",
    "PaymentTypes",
    "PaymentUpdateDto",
    "ProjectIdDescriptionDto",
    "ReleaseInvoiceActionResultDto",
    "ReleasePaymentActionDto",
    "ReleasePaymentActionResultDto",
    "ReverseInvoiceActionDto",
    "ReverseInvoiceActionResultDto",
    "RotRutDistributionDto",
    "RotRutDistributionUpdateDto",
    "RotRutDto",
    "RotRutUpdateDto",
    "RutRotTypes",
    "SalesInvoiceAddressUpdateDto",
    "SalesInvoiceContactUpdateDto",
    "SegmentDto",
    "SegmentUpdateDto",
    "SendToAutoInvoiceArDocumentActionResultDto",
    "SubaccountDto",
    "TaxDetailDto",
    "TaxDetailUpdateDto",
    "VoidPaymentActionDto",
    "VoidPaymentActionResultDto",
    "WorkTypeDto",
)
