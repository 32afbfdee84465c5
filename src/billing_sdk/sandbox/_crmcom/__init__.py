"""Simulated CRM.COM Web API v2 (R14): login methods, payments and rejection reasons.

Conforms to ``openapi/crmcom-payments.yaml``. Modules: ``_settings`` (the
:class:`CrmComSettings`), ``_wire`` (envelope, error vocabulary, exact JSON numbers),
``_params`` (requests checked against the spec), ``_model`` (records), ``_seed`` (the company),
``_auth`` (tokens and rate limit), ``_render`` (response objects), ``_state`` (business rules),
``_inputs`` (the payment-writing request bodies) and ``_simulator`` (the 14 operations).
"""

from billing_sdk.sandbox._crmcom._settings import CrmComSettings
from billing_sdk.sandbox._crmcom._simulator import CrmComSimulator

__all__ = ["CrmComSettings", "CrmComSimulator"]
