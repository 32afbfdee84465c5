"""billing-sdk: an async Python SDK for Visma.net ERP, CRM.COM and Billomat payments.

One client per API, each an async context manager owning one connection pool::

    from billing_sdk import VismaClient, CrmComClient, BillomatClient

The generated low-level clients (``visma_erp_api``, ``crmcom_payments_api``, ``billomat_api``,
private subpackages of ``billing_sdk._generated``) are produced from ``openapi/`` by ``make
generate``; this package is the facade over them. The
embedded sandbox lives in :mod:`billing_sdk.sandbox` (``pip install billing-sdk[sandbox]``).

Importing this package loads only the error classes (standard library only). Everything else
is loaded on first use, per vendor: ``from billing_sdk import VismaClient`` loads the core
and the Visma code, never CRM.COM's or Billomat's (``docs/architecture.md``, "Imports").
"""

import importlib
import typing

from billing_sdk._errors import (
    APIStatusError,
    BadRequest,
    BillingError,
    ConfigurationError,
    Conflict,
    ConnectError,
    CoordinationUnavailable,
    DecodeError,
    ErrorResponse,
    Forbidden,
    Gone,
    NotFound,
    OutcomeUnknown,
    PaginationError,
    PreconditionFailed,
    RateLimited,
    ReferenceConflict,
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
from billing_sdk._registry import public_names as _vendor_names
from billing_sdk._version import __version__

if typing.TYPE_CHECKING:
    from billing_sdk import bulk
    from billing_sdk._modify import Modified
    from billing_sdk._presence import fields_present
    from billing_sdk._raw import RawResponse, raw_responses
    from billing_sdk._retry import RetryPolicy
    from billing_sdk._safe_create import SafeWriteStats, new_reference
    from billing_sdk._telemetry import Telemetry
    from billing_sdk.billomat import BillomatClient
    from billing_sdk.crmcom import CrmComClient
    from billing_sdk.crmcom._errors import CrmComError
    from billing_sdk.visma import Job, VismaClient
    from billing_sdk.visma._errors import (
        ActionError,
        ActionFailed,
        ActionTimeout,
        JobError,
        JobExpired,
        JobFailed,
        JobTimeout,
    )

#: Public names loaded on first use: name -> the module that defines it (each vendor's names
#: come from the vendor registry, ``_registry``).
_LAZY = {
    "Modified": "billing_sdk._modify",
    "RawResponse": "billing_sdk._raw",
    "raw_responses": "billing_sdk._raw",
    "RetryPolicy": "billing_sdk._retry",
    "SafeWriteStats": "billing_sdk._safe_create",
    "Telemetry": "billing_sdk._telemetry",
    "fields_present": "billing_sdk._presence",
    "new_reference": "billing_sdk._safe_create",
    **_vendor_names(),
}

#: Static for type checkers; tests/test_public_api.py checks it names every registered
#: vendor name.
__all__ = [
    "APIStatusError",
    "ActionError",
    "ActionFailed",
    "ActionTimeout",
    "BadRequest",
    "BillingError",
    "BillomatClient",
    "ConfigurationError",
    "Conflict",
    "ConnectError",
    "CoordinationUnavailable",
    "CrmComClient",
    "CrmComError",
    "DecodeError",
    "ErrorResponse",
    "Forbidden",
    "Gone",
    "Job",
    "JobError",
    "JobExpired",
    "JobFailed",
    "JobTimeout",
    "JobsFailed",
    "Modified",
    "NotFound",
    "OutcomeUnknown",
    "PaginationError",
    "PreconditionFailed",
    "RateLimited",
    "RawResponse",
    "ReferenceConflict",
    "RequestTimeout",
    "ResponseError",
    "ResponseTooLarge",
    "RetryPolicy",
    "SafeWriteStats",
    "ServerError",
    "StateError",
    "Telemetry",
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
    "fields_present",
    "new_reference",
    "raw_responses",
]


def __getattr__(name: str) -> typing.Any:
    """Load a public name on first use (module ``__getattr__``, PEP 562)."""
    if name == "bulk":
        return importlib.import_module("billing_sdk.bulk")
    # A vendor registered after this import (a plug-in) is found in the registry.
    where = _LAZY.get(name) or _vendor_names().get(name)
    if where is None:
        raise AttributeError(f"module 'billing_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value  # the next lookup is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
