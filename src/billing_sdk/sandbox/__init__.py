"""The embedded sandbox: stateful simulators of the Visma.net ERP, CRM.COM and Billomat APIs.

Install with ``pip install billing-sdk[sandbox]``. Start it in-process for tests or as a real
server on 127.0.0.1 (``python -m billing_sdk.sandbox`` or ``async with Sandbox.serve()``).
"""

from billing_sdk.sandbox._billomat import BillomatSettings
from billing_sdk.sandbox._crmcom import CrmComSettings
from billing_sdk.sandbox._faults import SOAK_FAULTS, FaultPlan, FaultRule
from billing_sdk.sandbox._server import ADMIN_HEADER, Sandbox
from billing_sdk.sandbox._visma import VismaSettings

__all__ = [
    "ADMIN_HEADER",
    "SOAK_FAULTS",
    "BillomatSettings",
    "CrmComSettings",
    "FaultPlan",
    "FaultRule",
    "Sandbox",
    "VismaSettings",
]
