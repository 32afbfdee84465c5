"""Contains all the data models used in inputs/outputs"""

from .account_owner_short import AccountOwnerShort
from .accounts_receivable_identifier import AccountsReceivableIdentifier
from .accounts_receivable_life_cycle_state import AccountsReceivableLifeCycleState
from .accounts_receivable_payment_preference_identifier import (
    AccountsReceivablePaymentPreferenceIdentifier,
)
from .accounts_receivable_short import AccountsReceivableShort
from .authentication_token_release_request import AuthenticationTokenReleaseRequest
from .authentication_token_request import AuthenticationTokenRequest
from .bill_identifier import BillIdentifier
from .bill_parameters import BillParameters
from .bill_to_pay import BillToPay
from .card_identifier import CardIdentifier
from .category_identifier import CategoryIdentifier
from .creatable_payment_life_cycle_state import CreatablePaymentLifeCycleState
from .currency_identifier import CurrencyIdentifier
from .currency_rate_period import CurrencyRatePeriod
from .currency_short import CurrencyShort
from .empty_response import EmptyResponse
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .error_status import ErrorStatus
from .financial_transaction_category_short import FinancialTransactionCategoryShort
from .financial_transaction_type_short import FinancialTransactionTypeShort
from .invoice_identifier import InvoiceIdentifier
from .invoice_parameters import InvoiceParameters
from .invoice_to_pay import InvoiceToPay
from .payment_cancel_request import PaymentCancelRequest
from .payment_complete import PaymentComplete
from .payment_create_request import PaymentCreateRequest
from .payment_identifier import PaymentIdentifier
from .payment_life_cycle_state import PaymentLifeCycleState
from .payment_list_response import PaymentListResponse
from .payment_method_identifier import PaymentMethodIdentifier
from .payment_method_short import PaymentMethodShort
from .payment_pay_bill_request import PaymentPayBillRequest
from .payment_pay_invoice_request import PaymentPayInvoiceRequest
from .payment_post_request import PaymentPostRequest
from .payment_reject_request import PaymentRejectRequest
from .payment_response import PaymentResponse
from .payment_short import PaymentShort
from .payment_short_response import PaymentShortResponse
from .payment_udf_fields import PaymentUdfFields
from .payment_update_request import PaymentUpdateRequest
from .rejection_reason import RejectionReason
from .rejection_reason_entry import RejectionReasonEntry
from .rejection_reason_identifier import RejectionReasonIdentifier
from .rejection_reason_list_response import RejectionReasonListResponse
from .status import Status
from .token_data import TokenData
from .token_response import TokenResponse
from .type_identifier import TypeIdentifier
from .unit_identifier import UnitIdentifier
from .unit_short import UnitShort
from .user_identifier import UserIdentifier
from .user_short import UserShort
from .wallet_identifier import WalletIdentifier
from .wallet_short import WalletShort
from .web_api_key_token_request import WebApiKeyTokenRequest

__all__ = (
    "AccountOwnerShort",
    "AccountsReceivableIdentifier",
    "AccountsReceivableLifeCycleState",
    "AccountsReceivablePaymentPreferenceIdentifier",
    "AccountsReceivableShort",
    "AuthenticationTokenReleaseRequest",
    "AuthenticationTokenRequest",
    "BillIdentifier",
    "BillParameters",
    "BillToPay",
    "CardIdentifier",
    "CategoryIdentifier",
    "CreatablePaymentLifeCycleState",
    "CurrencyIdentifier",
    "CurrencyRatePeriod",
    "CurrencyShort",
    "EmptyResponse",
    "ErrorCode",
    "ErrorResponse",
    "ErrorStatus",
    "FinancialTransactionCategoryShort",
    "FinancialTransactionTypeShort",
    "InvoiceIdentifier",
    "InvoiceParameters",
    "InvoiceToPay",
    "PaymentCancelRequest",
    "PaymentComplete",
    "PaymentCreateRequest",
    "PaymentIdentifier",
    "PaymentLifeCycleState",
    "PaymentListResponse",
    "PaymentMethodIdentifier",
    "PaymentMethodShort",
    "PaymentPayBillRequest",
    "PaymentPayInvoiceRequest",
    "PaymentPostRequest",
    "PaymentRejectRequest",
    "PaymentResponse",
    "PaymentShort",
    "PaymentShortResponse",
    "PaymentUdfFields",
    "PaymentUpdateRequest",
    "RejectionReason",
    "RejectionReasonEntry",
    "RejectionReasonIdentifier",
    "RejectionReasonListResponse",
    "Status",
    "TokenData",
    "TokenResponse",
    "TypeIdentifier",
    "UnitIdentifier",
    "UnitShort",
    "UserIdentifier",
    "UserShort",
    "WalletIdentifier",
    "WalletShort",
    "WebApiKeyTokenRequest",
)
