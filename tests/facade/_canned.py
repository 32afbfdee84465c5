"""A fake vendor answering every GET of a spec with a body the test chose, and the facade
calls that read each GET operation.

:class:`Canned` is a bare ASGI app: CRM.COM logins succeed, every other request is matched
against the GET paths of the three specs and answered with the body set for that operation
(404 otherwise). It runs in-process (``httpx.ASGITransport``) or on 127.0.0.1 (``serve_asgi``),
so the same bodies cross a real socket too. :data:`FACADE_READS` says, per GET operation,
which facade call reads it.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from billing_sdk import BillomatClient, CrmComClient, VismaClient, _json
from billing_sdk.sandbox._server import serve_asgi
from tests._spec_bodies import Read, reads
from tests._specs import SPECS

IN_PROCESS = "http://canned.invalid"
JOB = uuid.UUID("6f1a3c1e-2b4d-4e8f-9a0b-1c2d3e4f5a6b")
_LOGIN = b'{"status":{"code":"OK","message":null,"description":null},"data":{"token":"T0K3N"}}'
_RELEASED = b'{"status":{"code":"OK","message":null,"description":null},"data":null}'
#: A finished job with content, for reading ``/content`` (its own body is the test's).
FINISHED_STATE = {
    "id": str(JOB),
    "status": "Finished",
    "statusCode": 200,
    "hasResponseContent": True,
    "contentLocation": f"/v1/background/{JOB}/content",
}

READS: list[Read] = [read for spec in SPECS for read in reads(spec)]
BY_ID = {read.operation_id: read for read in READS}


@dataclass
class Answer:
    """What one path answers: raw bytes with a content type."""

    body: bytes
    content_type: str = "application/json"
    status: int = 200


@dataclass
class Canned:
    """The fake vendor; ``answers`` maps an operation id to what its path answers."""

    answers: dict[str, Answer] = field(default_factory=dict)
    requests: int = 0
    #: A reader that keeps asking (a runaway pager) gets 400s after this many requests, so a
    #: test fails with an error instead of growing a list of pages without end.
    limit: int = 100

    def set_json(self, operation_id: str, body: Any) -> None:
        self.answers[operation_id] = Answer(_json.dumps(body).encode())

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        self.requests += 1
        path = scope["path"]
        answer = Answer(b'{"message":"not found"}', status=404)
        if self.requests > self.limit:
            answer = Answer(b'{"message":"too many requests in one test"}', status=400)
        elif path.endswith("/authentication/token"):
            answer = Answer(_LOGIN)
        elif path.endswith("/authentication/token/release"):
            answer = Answer(_RELEASED)
        else:
            # Literal paths before templated ones (worktypes before {invoiceNumber}).
            for read in sorted(READS, key=lambda r: r.path.count("{")):
                if read.pattern().fullmatch(path) and read.operation_id in self.answers:
                    answer = self.answers[read.operation_id]
                    break
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [
                    (b"content-type", answer.content_type.encode()),
                    (b"content-length", str(len(answer.body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": answer.body})


@dataclass
class Clients:
    visma: VismaClient
    crmcom: CrmComClient
    billomat: BillomatClient


@contextlib.asynccontextmanager
async def clients(app: Canned, mode: str) -> AsyncIterator[Clients]:
    """The three facade clients aimed at ``app``: in-process or over 127.0.0.1."""
    async with contextlib.AsyncExitStack() as stack:
        if mode == "loopback":
            base = await stack.enter_async_context(serve_asgi(app))
            options: dict[str, Any] = {}
        else:
            base = IN_PROCESS
            options = {"transport": httpx.ASGITransport(app), "allow_insecure_http": True}
        visma = VismaClient(base_url=base, token="t", **options)
        crm = CrmComClient(base_url=base, username="u", password="p", organisation="o", **options)
        bm = BillomatClient(base_url=base, api_key="k", **options)
        for client in (visma, crm, bm):
            await stack.enter_async_context(client)
        yield Clients(visma, crm, bm)


async def _drain(iterator: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in iterator]


AR = {"number": "AR1"}

#: operation id -> the facade call that reads it.
FACADE_READS: dict[str, Callable[[Clients], Awaitable[Any]]] = {
    # One page: the paginator's own stopping rules are not what these tests are about.
    "customerPaymentGetAllPayments": lambda c: c.visma.customer_payments.get_page(1, 10),
    "customerPaymentGetBypaymentNumber": lambda c: c.visma.customer_payments.get("000001"),
    "customerInvoiceGetWorkTypes": lambda c: c.visma.customer_invoices.work_types(),
    "customerInvoiceGetByinvoiceNumber": lambda c: c.visma.customer_invoices.get("000001"),
    "customerInvoiceGetRotRutByrefNbr": lambda c: c.visma.customer_invoices.rot_rut("000001"),
    "customerInvoiceGetAll": lambda c: c.visma.customer_invoices.get_page(1, 10),
    "backgroundGetState": lambda c: c.visma.background.state(JOB),
    "backgroundGetContent": lambda c: c.visma.background.content(JOB),
    "paymentsShow": lambda c: c.crmcom.payments.show(number="1"),
    "paymentsList": lambda c: _drain(c.crmcom.payments.list(accounts_receivable=AR, page_size=10)),
    "paymentsGetLatest": lambda c: c.crmcom.payments.get_latest(2, accounts_receivable=AR),
    "paymentsConfigurationRejectionReasonsList": lambda c: c.crmcom.payments.rejection_reasons(),
    "listCreditNotePayments": lambda c: _drain(c.billomat.credit_note_payments.list()),
    "getCreditNotePayment": lambda c: c.billomat.credit_note_payments.get(1),
    "listCreditNotes": lambda c: _drain(c.billomat.credit_notes.list()),
    "getCreditNote": lambda c: c.billomat.credit_notes.get(1),
}


def prepare(app: Canned, read: Read, body: Any) -> None:
    """Answer ``read``'s path with ``body`` (and what the facade reads before it)."""
    app.answers.clear()
    app.set_json(read.operation_id, body)
    if read.operation_id == "backgroundGetContent":
        app.set_json("backgroundGetState", FINISHED_STATE)
