"""billing-sdk: an async Python SDK for Visma.net ERP, CRM.COM and Billomat payments.

The generated low-level clients live in the ``visma_erp_api``, ``crmcom_payments_api`` and
``billomat_api`` packages (produced from ``openapi/`` by ``make generate``); this package is the
facade over them.
"""

from billing_sdk._version import __version__

__all__ = ["__version__"]
