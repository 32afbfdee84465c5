"""Simulated Billomat API: credit-note payments and the credit-note reads around them.

Conforms to ``openapi/billomat-credit-note-payments.yaml``. Modules: ``_settings`` (the
:class:`BillomatSettings`), ``_model`` (records and their all-strings wire form), ``_seed`` (the
seeded company), ``_state`` (business rules), ``_params`` (requests checked against the spec),
``_wire`` (XML and JSON in and out) and ``_simulator`` (auth, rate limit, the six operations).
"""

from billing_sdk.sandbox._billomat._settings import BillomatSettings
from billing_sdk.sandbox._billomat._simulator import BillomatSimulator

__all__ = ["BillomatSettings", "BillomatSimulator"]
