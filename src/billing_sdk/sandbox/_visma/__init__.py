"""Simulated Visma.net ERP service API: customer payments, customer invoices, background jobs.

Conforms to ``openapi/visma-erp.yaml`` plus the Visma Connect token endpoint
(``POST /connect/token``). Modules: ``_settings`` (:class:`VismaSettings`), ``_model`` and
``_seed`` (the companies), ``_requests`` (requests checked against the spec),
``_invoice_edit``/``_invoice_actions``/``_payment_rules`` (business rules), ``_invoices``,
``_attachments``, ``_payments``, ``_paging`` (operations), ``_background``/``_webhook``
(the Background API), ``_auth`` (tokens), ``_http``/``_wire`` (wire format) and
``_simulator`` (the request pipeline).
"""

from billing_sdk.sandbox._visma._settings import VismaSettings
from billing_sdk.sandbox._visma._simulator import VismaSimulator

__all__ = ["VismaSettings", "VismaSimulator"]
