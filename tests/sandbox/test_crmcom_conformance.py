"""Schemathesis: the CRM.COM simulator conforms to openapi/crmcom-payments.yaml.

Every method but the logins carries the token inside the request (GET: ``token`` query
parameter, POST: ``token`` body field), so no header can supply it. Before each call a
well-formed generated token is swapped for a static token the sandbox always accepts (the
spec examples' own token); a malformed one (negative generation) is left alone, so the
sandbox must still reject it. The same goes for the web API key in HTTP Basic auth. The
sandbox logs in with the credentials of the spec's login example.

The stateful phase follows links from the payments that create/update/post/pay return to
the methods that act on one payment. The spec declares no links yet, so they are added to
the loaded document here (:data:`LINKS`); once the spec carries links, the spec's are used.
Random identifiers name no seeded record, so a create would never succeed and the links
would lead nowhere: in the stateful phase, positive cases of the payment-writing methods
name seeded records instead (:data:`SEEDED`), and the chains reach the real life cycle.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import schemathesis
import yaml
from schemathesis import Case

from billing_sdk.sandbox import CrmComSettings, Sandbox
from billing_sdk.sandbox._crmcom._params import is_token_text
from billing_sdk.sandbox._crmcom._seed_reference import seed_id

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "crmcom-payments.yaml"
#: The token of the spec's examples; the sandbox treats it as always valid.
TOKEN = "34B52059BCC99490C01E24A4B1C57BFC"
SETTINGS = CrmComSettings(
    username="webapi",
    password="s3cret",
    organisation="MainOrganisation",
    static_tokens=(TOKEN,),
)
BASIC = "Basic " + base64.b64encode(f"{SETTINGS.web_api_key}:".encode()).decode()

_BY_ID_QUERY = {"payment_identifier": "id={$response.body#/data/id}"}
_BY_ID_BODY = {"payment_identifier": {"id": "$response.body#/data/id"}}
#: operationId -> (link name, target operationId, "parameters" or "requestBody", values).
LINKS: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = {
    "paymentsCreate": [
        ("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY),
        ("UpdatePayment", "paymentsUpdate", "requestBody", _BY_ID_BODY),
        ("PostPayment", "paymentsPost", "requestBody", _BY_ID_BODY),
        ("RejectPayment", "paymentsReject", "requestBody", _BY_ID_BODY),
        ("CancelPayment", "paymentsCancel", "requestBody", _BY_ID_BODY),
    ],
    "paymentsUpdate": [
        ("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY),
        ("PostPayment", "paymentsPost", "requestBody", _BY_ID_BODY),
        ("RejectPayment", "paymentsReject", "requestBody", _BY_ID_BODY),
    ],
    "paymentsPost": [
        ("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY),
        ("CancelPayment", "paymentsCancel", "requestBody", _BY_ID_BODY),
    ],
    "paymentsPayBill": [
        ("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY),
        ("CancelPayment", "paymentsCancel", "requestBody", _BY_ID_BODY),
    ],
    "paymentsPayInvoice": [
        ("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY),
        ("CancelPayment", "paymentsCancel", "requestBody", _BY_ID_BODY),
    ],
    "paymentsReject": [("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY)],
    "paymentsCancel": [("ShowPayment", "paymentsShow", "parameters", _BY_ID_QUERY)],
}


#: Seeded records (all of accounts receivable AR0001, or usable with it) for steered cases.
SEEDED: dict[str, Any] = {
    "accounts_receivable_identifier": {"number": "AR0001"},
    "wallet_identifier": {"number": "W0001"},
    "type_identifier": {"name": "Payment 2"},
    "payment_method_identifier": {"name": "Cash"},
    "category_identifier": {"code": "RETAIL"},
    "intended_currency_identifier": {"code": "USD"},
    "received_by_user_identifier": {"username": "mgeorgiou"},
    "received_by_unit_identifier": {"alternative_code": "NB"},
    "received_by_business_unit_identifier": {"alternative_code": "LB"},
    "card_identifier": {"last_digits": "1881"},
    "accounts_receivable_payment_preference_identifier": {"id": seed_id("preference:AR0001")},
    "invoices_to_pay_set": [{"invoice_identifier": {"number": "I00000302"}}],
    "bills_to_pay_set": [{"bill_identifier": {"number": "B0001"}}],
    "bill_identifier": {"number": "B0001"},
    "invoice_identifier": {"number": "I00000302"},
}
_STEERED = {"paymentsCreate", "paymentsUpdate", "paymentsPayBill", "paymentsPayInvoice"}


def _steer(case: Case[Any]) -> None:
    """Make a positive payment-writing case name seeded records (stateful phase only)."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or not isinstance(case.body, dict):
        return
    if case.operation.definition.raw.get("operationId") == "paymentsCancel":
        case.body["type_identifier"] = {"name": "Payment Cancellation"}
        case.body.pop("category_identifier", None)
    if case.operation.definition.raw.get("operationId") not in _STEERED:
        return
    for name, value in SEEDED.items():
        if name in case.body:
            case.body[name] = value


def _document() -> dict[str, Any]:
    """The spec, with :data:`LINKS` added to the 200 responses unless it has links already."""
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = {
        op["operationId"]: op for item in document["paths"].values() for op in item.values()
    }
    if any("links" in r for op in operations.values() for r in op["responses"].values()):
        return document
    for source, links in LINKS.items():
        ok = operations[source]["responses"]["200"]
        ok["links"] = {
            name: {"operationId": target, kind: values} for name, target, kind, values in links
        }
    return document


_sandbox = Sandbox(crmcom=SETTINGS)
schema = schemathesis.openapi.from_dict(_document())
schema.app = _sandbox.app


def _with_valid_credentials(case: Case[Any]) -> None:
    """Swap a schema-valid generated token / Basic header for a working one, in place."""
    if case.operation.method.upper() == "GET":
        if case.query is not None and is_token_text(case.query.get("token")):
            case.query["token"] = TOKEN
    elif isinstance(case.body, dict) and is_token_text(case.body.get("token")):
        case.body["token"] = TOKEN
    headers = case.headers
    if headers is not None and str(headers.get("Authorization", "")).startswith("Basic "):
        headers["Authorization"] = BASIC


@schema.parametrize()
def test_crmcom_conforms_to_its_spec(case: Case[Any]) -> None:
    # Each example starts from the seeded company, so one example's writes (a bill paid, a
    # draft posted) cannot turn the next one's request into a business-rule 409.
    _sandbox.crmcom.reset()
    _with_valid_credentials(case)
    case.call_and_validate()


class _CrmComStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        _sandbox.crmcom.reset()

    def before_call(self, case: Case[Any]) -> None:
        _with_valid_credentials(case)
        _steer(case)


TestCrmComStateful = _CrmComStateMachine.TestCase
