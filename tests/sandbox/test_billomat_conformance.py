"""Schemathesis: the Billomat simulator conforms to openapi/billomat-credit-note-payments.yaml.

JSON is requested on every call (``Accept: application/json``) so response bodies are validated
against the schemas; the XML form is covered by test_billomat_xml.py. Valid credentials go in
the ``X-BillomatApiKey`` header, which wins over any ``api_key`` query value schemathesis
generates; the ``ignored_auth`` check still probes the API without and with wrong keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import Case

from billing_sdk.sandbox import BillomatSettings, Sandbox

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "billomat-credit-note-payments.yaml"
HEADERS = {"X-BillomatApiKey": BillomatSettings().api_key, "Accept": "application/json"}

_sandbox = Sandbox()
schema = schemathesis.openapi.from_path(SPEC)
schema.app = _sandbox.app


@schema.parametrize()
def test_billomat_conforms_to_its_spec(case: Case[Any]) -> None:
    # Every example starts from the seeded company, so one example's writes (a note marked
    # PAID, say) cannot turn the next example's valid request into a business-rule 400.
    _sandbox.billomat.reset()
    case.call_and_validate(headers=HEADERS)


class _BillomatStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        _sandbox.billomat.reset()

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        return {"headers": HEADERS}


TestBillomatStateful = _BillomatStateMachine.TestCase
