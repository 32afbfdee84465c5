"""Schemathesis: the Visma simulator conforms to openapi/visma-erp.yaml.

Every call carries a valid bearer token of the demo tenant (issued without the HTTP round
trip); the ``ignored_auth`` check still probes the API without and with a wrong token. Each
example starts from the seeded company, so one example's writes cannot turn the next
example's valid request into a business-rule 400. Random ``erp-api-background`` values that
match the header's pattern are accepted (202) and queue jobs; jobs run at once
(``job_duration=0``), against the state of that moment.

Generated data rarely names a seeded document, so :func:`test_real_requests_conform` adds
hand-picked requests on the seeded company (every operation's success path) and validates
them with the same checks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis import Case

from billing_sdk.sandbox import Sandbox, VismaSettings

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "visma-erp.yaml"

_sandbox = Sandbox(visma=VismaSettings(job_duration=0.0))
HEADERS = {"Authorization": f"Bearer {_sandbox.visma.issue_token()}"}
schema = schemathesis.openapi.from_path(SPEC)
schema.app = _sandbox.app


@schema.parametrize()
def test_visma_conforms_to_its_spec(case: Case[Any]) -> None:
    _sandbox.visma.reset()
    case.call_and_validate(headers=HEADERS)


class _VismaStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        _sandbox.visma.reset()

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        return {"headers": HEADERS}


TestVismaStateful = _VismaStateMachine.TestCase

_PAYMENT = "/v1/customerPayment/{paymentNumber}"
_INVOICE = "/v1/customerinvoice/{invoiceNumber}"
_PAYMENT_BODY = {
    "type": {"value": "Payment"},
    "customer": {"value": "10001"},
    "applicationDate": {"value": "2026-09-01T00:00:00"},
    "paymentRef": {"value": "R1"},
    "paymentAmount": {"value": 100.0},
    "paymentLines": [
        {
            "operation": "Insert",
            "documentType": {"value": "Invoice"},
            "refNbr": {"value": "000123"},
            "amountPaid": {"value": 100.0},
        }
    ],
}
_INVOICE_BODY = {
    "customerNumber": {"value": "10001"},
    "documentDate": {"value": "2026-09-01T00:00:00"},
    "currencyId": {"value": "NOK"},
    "invoiceText": {"value": "September services"},
    "billingAddress": {
        "value": {"addressLine1": {"value": "Storgata 1"}, "city": {"value": "Oslo"}}
    },
    "invoiceLines": [
        {
            "operation": "Insert",
            "inventoryNumber": {"value": "SERVICE1"},
            "description": {"value": "Consulting"},
            "quantity": {"value": 2.0},
            "unitPriceInCurrency": {"value": 500.0},
        }
    ],
}
_ALL_EXPANDED = {
    "expandApplications": True,
    "expandAttachments": True,
    "expandTaxDetails": True,
    "expandInvoiceAddress": True,
    "expandDunningInformation": True,
}
_UPLOAD = {
    "file": b"%PDF-1.4 attachment",
    "metadata": json.dumps({"includeAttachmentInvoiceEmail": True}),
}
_MULTIPART = "multipart/form-data"


def _pay(number: str, **kwargs: Any) -> dict[str, Any]:
    return {"path_parameters": {"paymentNumber": number}, **kwargs}


def _inv(number: str, **kwargs: Any) -> dict[str, Any]:
    return {"path_parameters": {"invoiceNumber": number}, **kwargs}


_RELEASE = {"type": {"value": "Payment"}}
_VOID = {"type": "Payment", "returnVoidPayment": True}
_SINCE = {"invoiceRefNbr": "000111", "docDate": "2026-01-01", "docDateCondition": ">="}
_LINE = {"invoiceNumber": "000126", "lineNumber": 1}
_ACTION = f"{_INVOICE}/action"
_REVERSE = {"returnCreditNote": True}

#: (method, path, Case arguments, expected status) on the seeded company.
REAL: list[tuple[str, str, dict[str, Any], int]] = [
    ("GET", "/v1/customerPayment", {"query": {"pageSize": 20}}, 200),
    ("GET", "/v1/customerPayment", {"query": _SINCE}, 200),
    ("POST", "/v1/customerPayment", {"body": _PAYMENT_BODY}, 201),
    ("GET", _PAYMENT, _pay("000034"), 200),
    ("PUT", _PAYMENT, _pay("000042", body={"invoiceText": {"value": "x"}}), 204),
    ("POST", f"{_PAYMENT}/action/release", _pay("000045", body=_RELEASE), 202),
    ("POST", f"{_PAYMENT}/action/void", _pay("000031", body=_VOID), 202),
    ("GET", "/v1/customerinvoice/worktypes", {}, 200),
    ("GET", "/v1/customerinvoice", {"query": {"pageSize": 50, **_ALL_EXPANDED}}, 200),
    ("POST", "/v1/customerinvoice", {"body": _INVOICE_BODY}, 201),
    ("POST", "/v2/customerinvoice", {"body": _INVOICE_BODY}, 201),
    ("PUT", _INVOICE, _inv("000104", body={"note": {"value": "n"}}), 204),
    ("PUT", _INVOICE, _inv("000104", body={"contact": {"value": None}}), 204),
    ("DELETE", _INVOICE, _inv("000105"), 204),
    ("GET", "/v1/customerinvoice/{refNbr}/rotrut", {"path_parameters": {"refNbr": "000130"}}, 200),
    ("GET", "/v1/customerinvoice/{refNbr}/print", {"path_parameters": {"refNbr": "000130"}}, 200),
    ("POST", f"{_INVOICE}/attachment", _inv("000126", body=_UPLOAD, media_type=_MULTIPART), 201),
    (
        "POST",
        f"{_INVOICE}/{{lineNumber}}/attachment",
        {"path_parameters": _LINE, "body": _UPLOAD, "media_type": _MULTIPART},
        201,
    ),
    ("POST", f"{_ACTION}/release", _inv("000104"), 202),
    ("POST", f"{_ACTION}/sendToAutoInvoice", _inv("000125"), 202),
    ("POST", f"{_ACTION}/correct", _inv("000128"), 202),
    ("POST", f"{_ACTION}/reverse", _inv("000126", body=_REVERSE), 202),
    ("POST", f"{_ACTION}/reverseandapplytonote", _inv("000129", body=_REVERSE), 202),
]
#: Every seeded document, read one by one (all the DTO shapes the seed holds).
REAL += [("GET", _INVOICE, _inv(f"000{n}"), 200) for n in range(101, 134)]
REAL += [("GET", _PAYMENT, _pay(f"0000{n}"), 200) for n in range(31, 46)]


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), REAL)
def test_real_requests_conform(method: str, path: str, kwargs: dict[str, Any], status: int) -> None:
    _sandbox.visma.reset()
    case = schema[path][method].Case(**kwargs)
    response = case.call_and_validate(headers=HEADERS)
    assert response.status_code == status, response.text


def test_background_answers_conform() -> None:
    _sandbox.visma.reset()
    release = schema[f"{_PAYMENT}/action/release"]["POST"].Case(
        **_pay("000045", body={}), headers={"erp-api-background": "none"}
    )
    accepted = release.call_and_validate(headers={**HEADERS, "erp-api-background": "none"})
    assert accepted.status_code == 202
    job = accepted.json()["id"]
    for path in ("/v1/background/{id}", "/v1/background/{id}/content"):
        case = schema[path]["GET"].Case(path_parameters={"id": job})
        response = case.call_and_validate(headers=HEADERS)
        assert response.status_code == 200, response.text
