"""The Visma.net ERP simulator: request pipeline, tenants, rate limit, snapshot and reset.

Every API request goes through the same steps: run overdue background jobs; authenticate the
bearer token (401); count it against the tenant+client rate limit (429 with ``Retry-After``);
check the token's scope (403); read the body (400 past ``max_body_bytes``); validate headers,
path, query and body (400); then either queue it (``erp-api-background`` -> 202) or run it
against the token's company. Every answer after authentication carries the ``X-RateLimit-*``
headers. State changes happen synchronously inside one handler call, so concurrent requests
never interleave inside a write.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from billing_sdk.sandbox._core import Handler, SimOperation, client_environment
from billing_sdk.sandbox._ratelimit import FixedWindowLimiter, RateLimitState
from billing_sdk.sandbox._visma import (
    _attachments,
    _invoice_actions,
    _invoices,
    _paging,
    _payments,
    _requests,
)
from billing_sdk.sandbox._visma._auth import Token, TokenIssuer
from billing_sdk.sandbox._visma._background import BackgroundHeader, JobStore
from billing_sdk.sandbox._visma._http import (
    Call,
    Result,
    VismaError,
    error_body,
    origin_of,
    read_body,
    render,
    version_tag,
)
from billing_sdk.sandbox._visma._model import Company
from billing_sdk.sandbox._visma._ops import Context, Operation
from billing_sdk.sandbox._visma._seed import demo_company, small_company
from billing_sdk.sandbox._visma._settings import TOKEN_URL_PATH, VismaSettings

RATE_LIMIT_POLICY = "4-fixed-window"


class VismaSimulator:
    """A stateful simulation of the Visma.net ERP service API (payments, invoices, background).

    Conforms to ``openapi/visma-erp.yaml``, plus the Visma Connect token endpoint
    ``POST /connect/token``. Each tenant in the settings has its own company; a token opens
    exactly one of them.
    """

    name = "visma"

    def __init__(self, settings: VismaSettings | None = None) -> None:
        self.settings = settings or VismaSettings()
        self.tokens = TokenIssuer(self.settings)
        self.jobs = JobStore(self.settings, self.company)
        self._companies: dict[str, Company] = {}
        #: False once the companies may differ from the seed (see :meth:`reset`).
        self._pristine = False
        self._limiter = FixedWindowLimiter(self.settings.rate_limit, self.settings.rate_window)
        self._operations: list[Operation] = [
            *_paging.operations(self.settings),
            *_payments.operations(self.settings),
            *_invoices.operations(),
            *_attachments.operations(),
            *_invoice_actions.operations(),
            *self.jobs.operations(),
        ]
        self.reset()

    # -- the Vendor protocol -------------------------------------------------------------------

    def public_credentials(self) -> dict[str, str]:
        return self.settings.public_credentials()

    def environment(self, base_url: str) -> dict[str, str]:
        credentials = self.settings.public_credentials()
        names = ("client_id", "client_secret", "tenant_id")
        environment = client_environment("VISMA", base_url, credentials, *names)
        return environment | {"VISMA_TOKEN_URL": base_url + credentials["token_url_path"]}

    def operations(self) -> Sequence[SimOperation]:
        ops = [SimOperation("POST", TOKEN_URL_PATH, "connectToken", self.tokens.endpoint)]
        for op in self._operations:
            ops.append(SimOperation(op.method, op.path, op.operation_id, self._handler(op)))
        return ops

    def error_response(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        return render(VismaError(status, message, headers).to_result())

    def snapshot(self) -> dict[str, Any]:
        """Per tenant: invoices, payments (amounts as strings) and background jobs."""
        tenants = {}
        for tenant, company in self._companies.items():
            tenants[tenant] = {
                "invoices": [
                    {
                        "number": inv.ref_nbr,
                        "type": inv.document_type,
                        "status": inv.status,
                        "amount": str(inv.amount),
                        "balance": str(inv.balance),
                        "timeStamp": version_tag(inv.version),
                    }
                    for inv in sorted(company.invoices.values(), key=lambda i: i.ref_nbr)
                ],
                "payments": [
                    {
                        "number": pay.ref_nbr,
                        "type": pay.type,
                        "status": pay.status,
                        "amount": str(pay.amount),
                        "paymentRef": pay.payment_ref,
                        "timeStamp": version_tag(pay.version),
                        "lines": [
                            {"refNbr": line.ref_nbr, "amountPaid": str(line.amount_paid)}
                            for line in pay.lines
                        ],
                    }
                    for pay in sorted(company.payments.values(), key=lambda p: p.ref_nbr)
                ],
                "jobs": self.jobs.snapshot(tenant),
            }
        return {"default_tenant": self.settings.tenant_id, "tenants": tenants}

    def reset(self) -> None:
        """Re-seed every tenant's company, drop jobs and rate-limit windows (tokens stay valid).

        Seeding is skipped when nothing can have changed since the last one (no successful
        write, no queued job, nobody handed the live company out): conformance tests reset
        before each of thousands of mostly rejected requests.
        """
        self.jobs.reset()
        self._limiter = FixedWindowLimiter(self.settings.rate_limit, self.settings.rate_window)
        if self._pristine:
            return
        self._companies = {self.settings.tenant_id: demo_company(self.settings.tenant_id)}
        for index, tenant in enumerate(self.settings.other_tenants):
            self._companies[tenant] = small_company(tenant, index)
        self._pristine = True

    # -- helpers for tests and the SDK's sandbox wiring ----------------------------------------

    def company(self, tenant_id: str | None = None) -> Company:
        """The live company of ``tenant_id`` (default: the demo company)."""
        self._pristine = False  # the caller may change it
        return self._companies[tenant_id or self.settings.tenant_id]

    def issue_token(self, tenant_id: str | None = None, scopes: Sequence[str] | None = None) -> str:
        """An access token without the HTTP round trip (what ``/connect/token`` would issue)."""
        tenant = tenant_id or self.settings.tenant_id
        if tenant not in self._companies:
            raise ValueError(f"unknown tenant {tenant!r}")
        return self.tokens.issue(tenant, None if scopes is None else tuple(scopes)).value

    # -- the request pipeline ------------------------------------------------------------------

    def _handler(self, op: Operation) -> Handler:
        async def handle(request: Request) -> Response:
            return await self._handle(op, request)

        return handle

    async def _handle(self, op: Operation, request: Request) -> Response:
        self.jobs.run_due()
        try:
            token = self.tokens.authenticate(request.headers.get("authorization"))
        except VismaError as exc:
            return render(exc.to_result())
        limit = self._limiter.hit(f"{token.tenant}:{token.client_id}")
        headers = self._rate_headers(limit)
        if not limit.allowed:
            wait = limit.retry_after
            message = f"Rate limit is exceeded. Try again in {wait} seconds."
            return render(
                Result(429, error_body(429, message)), {**headers, "Retry-After": str(wait)}
            )
        try:
            result = await self._process(op, request, token)
        except VismaError as exc:
            result = exc.to_result()
        return render(result, headers)

    async def _process(self, op: Operation, request: Request, token: Token) -> Result:
        if not token.allows(op.scope):
            raise VismaError(403, f"The token lacks the scope vismanet_erp_service_api:{op.scope}.")
        body = await read_body(request, self.settings.max_body_bytes)
        sent = _requests.headers(op.operation_id, request.headers.get)
        mode = BackgroundHeader.read(sent.get("erp-api-background")) if op.background else None
        if_match = sent.get("If-Match") if op.if_match else None
        call = Call(
            operation_id=op.operation_id,
            method=request.method,
            path=request.url.path,
            path_params={k: str(v) for k, v in request.path_params.items()},
            query=tuple(request.query_params.multi_items()),
            if_match=if_match,
            content_type=request.headers.get("content-type", ""),
            body=body,
            origin=origin_of(request),
            tenant=token.tenant,
        )
        parsed = op.parse(call)
        if mode is not None:
            self._pristine = False  # the job may write later
            return self.jobs.accept(op, call, mode)
        ctx = Context(self._companies[token.tenant], call)
        delay = self.settings.action_delay
        if op.precheck is not None and delay is not None:
            op.precheck(ctx, parsed)
            self._pristine = False  # the action writes later
            return self.jobs.defer(op, call, delay)
        result = op.run(ctx, parsed)
        if op.method != "GET" and result.status < 400:
            self._pristine = False  # failed operations never change state
        return result

    def _rate_headers(self, limit: RateLimitState) -> dict[str, str]:
        if limit.limit <= 0:
            return {}
        reset = max(0, math.ceil(limit.reset_at - time.time()))
        return {
            "X-RateLimit-Limit": str(limit.limit),
            "X-RateLimit-Remaining": str(limit.remaining),
            "X-RateLimit-Reset": str(reset),
            "X-RateLimit-Policy": RATE_LIMIT_POLICY,
        }
