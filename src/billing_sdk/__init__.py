"""billing-sdk: an async Python SDK for Visma.net ERP, CRM.COM and Billomat payments.

One client per API, each an async context manager owning one connection pool::

    from billing_sdk import VismaClient, CrmComClient, BillomatClient

The generated low-level clients (``visma_erp_api``, ``crmcom_payments_api``, ``billomat_api``)
are produced from ``openapi/`` by ``make generate``; this package is the facade over them. The
embedded sandbox lives in :mod:`billing_sdk.sandbox` (``pip install billing-sdk[sandbox]``).
"""

from billing_sdk import bulk
from billing_sdk._errors import (
    ActionError,
    ActionFailed,
    ActionTimeout,
    APIStatusError,
    BadRequest,
    BillingError,
    Conflict,
    ConnectError,
    CrmComError,
    DecodeError,
    Forbidden,
    Gone,
    JobError,
    JobExpired,
    JobFailed,
    JobTimeout,
    NotFound,
    OutcomeUnknown,
    PaginationError,
    PreconditionFailed,
    RateLimited,
    RequestTimeout,
    ResponseError,
    ResponseTooLarge,
    ServerError,
    StateError,
    TransportError,
    Unauthorized,
    UnknownValueWarning,
    UnprocessableEntity,
    ValidationError,
    WebhookSignatureError,
    WriteNotApplied,
)
from billing_sdk._modify import Modified
from billing_sdk._retry import RetryPolicy
from billing_sdk._safe_create import SafeWriteStats, new_reference
from billing_sdk._version import __version__
from billing_sdk.billomat import BillomatClient
from billing_sdk.crmcom import CrmComClient
from billing_sdk.visma import Job, VismaClient

__all__ = [
    "APIStatusError",
    "ActionError",
    "ActionFailed",
    "ActionTimeout",
    "BadRequest",
    "BillingError",
    "BillomatClient",
    "Conflict",
    "ConnectError",
    "CrmComClient",
    "CrmComError",
    "DecodeError",
    "Forbidden",
    "Gone",
    "Job",
    "JobError",
    "JobExpired",
    "JobFailed",
    "JobTimeout",
    "Modified",
    "NotFound",
    "OutcomeUnknown",
    "PaginationError",
    "PreconditionFailed",
    "RateLimited",
    "RequestTimeout",
    "ResponseError",
    "ResponseTooLarge",
    "RetryPolicy",
    "SafeWriteStats",
    "ServerError",
    "StateError",
    "TransportError",
    "Unauthorized",
    "UnknownValueWarning",
    "UnprocessableEntity",
    "ValidationError",
    "VismaClient",
    "WebhookSignatureError",
    "WriteNotApplied",
    "__version__",
    "bulk",
    "new_reference",
]
