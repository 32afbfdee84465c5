"""Security properties of the SDK and the sandbox, each proved by running it.

* Secrets never reach a log line (any logger, DEBUG included), a repr, an error message or a
  formatted traceback, across a realistic workload on all three vendors.
* Plain ``http://`` only to loopback unless the caller opts in; TLS verification on by default.
* Redirects are not followed by default; opting in follows same-origin redirects only, so
  credentials never go to another host.
* The sandbox refuses every route without, with wrong or with expired credentials (401 in the
  vendor's shape), and a Visma token only ever opens its own tenant.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import logging
import ssl
import traceback
import uuid
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import anyio
import httpx
import pytest
import trustme

from billing_sdk import (
    APIStatusError,
    BillingError,
    BillomatClient,
    ConnectError,
    CrmComClient,
    Forbidden,
    NotFound,
    RetryPolicy,
    ValidationError,
    VismaClient,
)
from billing_sdk._aiohttp_transport import AiohttpTransport
from billing_sdk._logging import REDACTED_LOGGERS, RedactSecrets, redact
from billing_sdk.sandbox import (
    ADMIN_HEADER,
    BillomatSettings,
    CrmComSettings,
    FaultPlan,
    FaultRule,
    Sandbox,
    VismaSettings,
)
from billing_sdk.sandbox._visma._settings import DEFAULT_OTHER_TENANT_ID
from tests._specs import Operation, all_operations
from tests.reliability._harness import (
    BILLOMAT_API,
    CRMCOM_API,
    EVIL,
    VISMA_API,
    Env,
    answer_on,
    redirect,
)
from tests.reliability._secrets import find_secrets

# Distinctive secrets: a leak cannot hide behind a value that also appears for other reasons.
VISMA_SECRET = "visma-client-SECRET-6f2d9a"
CRM_PASSWORD = "crm-password-SECRET-1b7e"
CRM_WEB_API_KEY = "CRMWEBKEYSECRET0A1B2C3D4E5F6071"
BILLOMAT_KEY = "billomat-api-key-SECRET-93c1"
WRONG_SECRETS = ("wrong-visma-SECRET-x1", "wrong-crm-SECRET-x2", "wrong-billomat-SECRET-x3")

CASH: dict[str, Any] = {"type": {"name": "Payment"}, "payment_method": {"name": "Cash"}}
#: Retries stay on (they are part of the realistic path) but do not wait long.
FAST_RETRY = RetryPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.01)


# -- secrets in logs, reprs, errors and tracebacks -------------------------------------------


class _Lines(logging.Handler):
    """Every record of every logger, formatted with its exception (as a log file would be)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))


@pytest.fixture
def all_logs() -> Iterator[_Lines]:
    """DEBUG for the root logger and every logger below it (httpx, httpcore, uvicorn...)."""
    handler = _Lines()
    root = logging.getLogger()
    names = {"", *REDACTED_LOGGERS, *logging.root.manager.loggerDict}
    levels = {name: logging.getLogger(name).level for name in names}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


class _Issued:
    """Collects every token the sandbox hands out (they are secrets too)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.values: list[str] = []
        visma_issue = sandbox.visma.tokens.issue
        crm_store = sandbox.crmcom._tokens
        crm_issue = crm_store.issue

        def visma(*args: Any, **kwargs: Any) -> Any:
            token = visma_issue(*args, **kwargs)
            self.values.append(token.value)
            return token

        def crm(*args: Any, **kwargs: Any) -> str:
            token = crm_issue(*args, **kwargs)
            self.values.append(token)
            return token

        sandbox.visma.tokens.issue = visma  # type: ignore[method-assign]
        crm_store.issue = crm  # type: ignore[method-assign]


class _Texts:
    """Everything a person or a log aggregator could ever see of the workload."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.errors: list[BaseException] = []

    def see(self, *objects: object) -> None:
        for obj in objects:
            self.texts += [repr(obj), str(obj)]

    def see_inside(self, *objects: object) -> None:
        """Also every attribute's repr (what a debugger or ``rich.inspect`` would show)."""
        for obj in objects:
            self.see(obj)
            self.texts.append(repr(vars(obj)))

    async def expect_failure(self, call: Any) -> BillingError:
        try:
            await call
        except BillingError as exc:
            self.errors.append(exc)
            self.see_inside(exc)
            self.texts.append("".join(traceback.format_exception(exc)))
            return exc
        raise AssertionError("the call should have failed")


async def _visma_workload(sb: Sandbox, seen: _Texts) -> None:
    async with VismaClient.for_sandbox(
        sb, webhook_secret="webhook-SECRET-55", retry=FAST_RETRY
    ) as visma:
        seen.see_inside(visma)
        seen.see(visma.auth, visma.webhooks)
        invoice = await visma.customer_invoices.get("000101")
        page = await visma.customer_payments.get_page(1, 5)
        version = await visma.customer_invoices.update(
            "000101", {"invoice_text": "security test"}, if_match=invoice.time_stamp
        )
        job = await visma.customer_payments.get("000031", background=True)
        payment = await job
        seen.see(invoice, page, version, job, job.continuation_token, payment)
        # A token the server no longer knows: one 401, one renewal, the call goes through.
        sb.visma.tokens._tokens.clear()
        renewed = await visma.customer_invoices.get("000102")
        seen.see(renewed)
        assert visma.auth.tokens.fetches == 2
        await seen.expect_failure(visma.customer_invoices.get("999999"))
        await seen.expect_failure(visma.customer_invoices.rot_rut("000101"))  # dropped
    creds = sb.visma.settings.public_credentials()
    async with VismaClient(
        base_url=sb.base_url,
        client_id=creds["client_id"],
        client_secret=WRONG_SECRETS[0],
        tenant_id=creds["tenant_id"],
        token_url=sb.base_url + creds["token_url_path"],
        transport=sb.transport(),
        allow_insecure_http=True,
        retry=FAST_RETRY,
    ) as wrong:
        seen.see_inside(wrong)
        seen.see(wrong.auth)
        await seen.expect_failure(wrong.customer_invoices.get("000101"))


async def _crmcom_workload(sb: Sandbox, seen: _Texts) -> None:
    async with CrmComClient.for_sandbox(sb, retry=FAST_RETRY) as crm:
        seen.see_inside(crm)
        seen.see(crm._session)
        shown = await crm.payments.show(number="96")
        listed = [p async for p in crm.payments.list(accounts_receivable={"number": "AR0001"})]
        reasons = await crm.payments.rejection_reasons()
        draft = await crm.payments.create(
            accounts_receivable={"number": "AR0004"}, amount=Decimal("12.50"), **CASH
        )
        posted = await crm.payments.post(draft)
        seen.see(shown, listed, reasons, draft, posted)
        # Every session dropped server-side: INVALID_TOKEN, one re-login, the call goes through.
        sb.crmcom._tokens._sessions.clear()
        again = await crm.payments.show(number="96")
        seen.see(again)
        assert crm._session.tokens.fetches == 2
        await seen.expect_failure(crm.payments.show(number="NO-SUCH-PAYMENT"))
        await seen.expect_failure(
            crm.payments.get_latest(1, accounts_receivable={"number": "AR0001"})  # 503 fault
        )
    async with CrmComClient.for_sandbox(sb, login="web_api_key", retry=FAST_RETRY) as keyed:
        seen.see_inside(keyed)
        seen.see(keyed._session, await keyed.payments.show(number="96"))
    creds = sb.crmcom.settings.public_credentials()
    async with CrmComClient(
        base_url=sb.base_url,
        username=creds["username"],
        password=WRONG_SECRETS[1],
        organisation=creds["organisation"],
        transport=sb.transport(),
        allow_insecure_http=True,
        retry=FAST_RETRY,
    ) as wrong:
        seen.see_inside(wrong)
        await seen.expect_failure(wrong.payments.show(number="96"))


async def _first(items: AsyncIterator[object]) -> object:
    return await anext(items)


async def _billomat_workload(sb: Sandbox, seen: _Texts) -> None:
    async with BillomatClient.for_sandbox(sb, retry=FAST_RETRY) as bm:
        seen.see_inside(bm)
        listed = [p async for p in bm.credit_note_payments.list(credit_note_id=8)]
        payment = await bm.credit_note_payments.create(credit_note_id=3, amount=Decimal("1.00"))
        await bm.credit_note_payments.delete(payment.id)
        seen.see(listed, payment)
        await seen.expect_failure(bm.credit_note_payments.get(9999))
        await seen.expect_failure(_first(bm.credit_notes.list()))  # 500 fault
    async with BillomatClient(
        base_url=sb.base_url,
        api_key=WRONG_SECRETS[2],
        transport=sb.transport(),
        allow_insecure_http=True,
        retry=FAST_RETRY,
    ) as wrong:
        seen.see_inside(wrong)
        await seen.expect_failure(wrong.credit_note_payments.get(1))


async def test_no_secret_in_debug_logs_reprs_errors_or_tracebacks(all_logs: _Lines) -> None:
    faults = FaultPlan(
        operations={
            "customerInvoiceGetRotRutByrefNbr": FaultRule(drop_rate=1.0),
            "paymentsGetLatest": FaultRule(status_rates={503: 1.0}, retry_after=0.0),
            "listCreditNotes": FaultRule(status_rates={500: 1.0}),
        }
    )
    sb = Sandbox(
        faults=faults,
        visma=VismaSettings(client_secret=VISMA_SECRET, job_duration=0.0),
        crmcom=CrmComSettings(password=CRM_PASSWORD, web_api_key=CRM_WEB_API_KEY),
        billomat=BillomatSettings(api_key=BILLOMAT_KEY),
    )
    issued = _Issued(sb)
    seen = _Texts()
    # Over a real loopback socket, so httpcore's connection/request DEBUG lines are produced.
    async with sb.running():
        await _visma_workload(sb, seen)
        await _crmcom_workload(sb, seen)
        await _billomat_workload(sb, seen)

    secrets = [
        VISMA_SECRET,
        CRM_PASSWORD,
        CRM_WEB_API_KEY,
        # ... and the form it travels in (HTTP Basic user name).
        base64.b64encode(f"{CRM_WEB_API_KEY}:".encode()).decode(),
        BILLOMAT_KEY,
        "webhook-SECRET-55",
        *WRONG_SECRETS,
        *issued.values,
    ]
    # The workload did what it claims: tokens issued and renewed, errors raised, and the
    # loggers below billing_sdk (httpx, httpcore) really wrote at DEBUG.
    assert len(issued.values) >= 5
    assert len(seen.errors) == 9
    loggers = {record.name for record in all_logs.records}
    assert {"billing_sdk", "httpx", "httpcore.http11", "httpcore.connection"} <= loggers
    crm_reads = [line for line in all_logs.lines if "GET" in line and "token=" in line]
    assert crm_reads and all("token=***" in line for line in crm_reads)

    everything = [*all_logs.lines, *seen.texts]
    for secret in secrets:
        leaks = [text for text in everything if secret in text]
        assert not leaks, f"secret {secret[:12]}... leaked in: {leaks[0][:300]}"
    # Nor is one reachable from any error or log record (causes, frames, attributes...).
    reachable = find_secrets([*seen.errors, *all_logs.records], secrets)
    assert not reachable, f"a secret is reachable: {reachable[0]}"


def test_redaction_covers_query_secrets_only() -> None:
    assert redact("GET https://h/p?token=abc.def-1&x=1") == "GET https://h/p?token=***&x=1"
    assert redact("/p?a=1&api_key=k&b=2#f") == "/p?a=1&api_key=***&b=2#f"
    assert redact("/p?Access_Token=t") == "/p?Access_Token=***"
    assert redact("/payments/show?payment_identifier=number%3D96") == (
        "/payments/show?payment_identifier=number%3D96"
    )
    assert redact("no query, token=plain text") == "no query, token=plain text"


async def test_without_the_filter_httpx_would_log_the_crmcom_token(all_logs: _Lines) -> None:
    """The leak is real: httpx's INFO line holds the full URL. The SDK's filter stops it."""
    sb = Sandbox()
    issued = _Issued(sb)
    httpx_logger = logging.getLogger("httpx")
    async with CrmComClient.for_sandbox(sb) as crm:
        await crm.payments.show(number="96")
        ours = [f for f in httpx_logger.filters if isinstance(f, RedactSecrets)]
        assert ours, "creating a client installs the filter on the httpx logger"
        for f in ours:
            httpx_logger.removeFilter(f)
        try:
            await crm.payments.show(number="96")
        finally:
            for f in ours:
                httpx_logger.addFilter(f)
    token = issued.values[0]
    request_lines = [line for line in all_logs.lines if "HTTP Request: GET" in line]
    assert len(request_lines) == 2
    assert token not in request_lines[0] and "token=***" in request_lines[0]
    assert token in request_lines[1]  # what every application with INFO logging would keep


# -- transport security ----------------------------------------------------------------------

CLIENTS: dict[str, Any] = {
    "visma": lambda url, **o: VismaClient(
        base_url=url, client_id="c", client_secret="s", tenant_id="t", **o
    ),
    "crmcom": lambda url, **o: CrmComClient(
        base_url=url, username="u", password="p", organisation="o", **o
    ),
    "billomat": lambda url, **o: BillomatClient(base_url=url, api_key="k", **o),
}


@pytest.mark.parametrize("vendor", CLIENTS)
async def test_plain_http_is_refused_except_to_loopback_or_on_request(vendor: str) -> None:
    make = CLIENTS[vendor]
    for url in ("http://api.example.com", "http://10.0.0.8:8080", "ftp://api.example.com"):
        with pytest.raises(ValidationError):
            make(url)
    allowed = ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"]
    for url in allowed:
        async with make(url) as client:
            assert client.base_url.startswith("http://")
    async with make("http://api.example.com", allow_insecure_http=True) as client:
        assert client.base_url.startswith("http://api.example.com")


async def test_a_plain_http_token_url_is_refused_before_the_secret_is_sent() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})

    async with VismaClient(
        base_url="https://api.example.com",
        client_id="c",
        client_secret=VISMA_SECRET,
        tenant_id="t",
        token_url="http://login.example.com/connect/token",
        transport=httpx.MockTransport(record),
    ) as visma:
        with pytest.raises(ValidationError, match="plain http"):
            await visma.customer_invoices.get("000101")
    assert sent == []


async def test_a_plain_http_request_is_refused_on_the_direct_route_with_a_held_token() -> None:
    """The engine runs the refusal as a plain check (``check_now``), not as the awaited hook:
    the rule still holds for every request, with the token held and the base URL changed."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(200, json={"referenceNumber": "000101"})

    async with VismaClient(
        base_url="https://api.example.com",
        client_id="c",
        client_secret=VISMA_SECRET,
        tenant_id="t",
        token_url="https://login.example.com/connect/token",
        transport=httpx.MockTransport(record),
    ) as visma:
        await visma.customer_invoices.get("000101")  # the token is held from here on
        assert len(sent) == 2
        visma.http.base_url = "http://api.example.com"
        with pytest.raises(ValidationError, match="plain http"):
            await visma.customer_invoices.get("000101")
    assert len(sent) == 2


@pytest.mark.parametrize("vendor", CLIENTS)
async def test_tls_certificates_and_host_names_are_verified_by_default(vendor: str) -> None:
    async with CLIENTS[vendor]("https://api.example.com") as client:
        inner = client._transport.inner
        assert isinstance(inner, AiohttpTransport)
        context: ssl.SSLContext = inner.ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
        assert client.http.follow_redirects is False


@pytest.mark.parametrize("vendor", CLIENTS)
async def test_a_cookie_the_server_sets_is_never_sent_back(vendor: str) -> None:
    """No jar: a Set-Cookie cannot pin state to a client or carry it across tenants."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, headers={"Set-Cookie": "session=PLANTED; Path=/"}, json={"ok": True}
        )

    async with CLIENTS[vendor](
        "https://api.example.com", transport=httpx.MockTransport(handler)
    ) as client:
        for _ in range(2):
            await client.http.get("https://api.example.com/anything", auth=None)
    assert len(seen) == 2
    assert all("cookie" not in request.headers for request in seen)
    assert not client.http.cookies


@pytest.fixture
async def untrusted_tls_server() -> AsyncIterator[tuple[str, trustme.CA, list[bytes]]]:
    """An HTTPS server on loopback whose certificate comes from a CA nobody trusts."""
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    requests: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            requests.append(await reader.readuntil(b"\r\n\r\n"))
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            writer.write(b"Content-Length: 2\r\nConnection: close\r\n\r\n{}")
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError):
            pass  # the client refused the handshake
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=server_context)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"https://127.0.0.1:{port}", ca, requests


async def test_an_untrusted_certificate_fails_the_handshake_and_sends_nothing(
    untrusted_tls_server: tuple[str, trustme.CA, list[bytes]],
) -> None:
    url, ca, requests = untrusted_tls_server
    async with BillomatClient(base_url=url, api_key=BILLOMAT_KEY) as client:
        with pytest.raises(ConnectError, match="cannot connect"):
            await client.credit_note_payments.get(1)
    assert requests == []
    # Control: the same server, trusted, answers; so the refusal above was the verification.
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)
    transport = AiohttpTransport(limits=httpx.Limits(max_connections=1), ssl_context=trusting)
    try:
        response = await transport.handle_async_request(httpx.Request("GET", f"{url}/ok"))
        assert response.status_code == 200
        assert await response.aread() == b"{}"
    finally:
        await transport.aclose()
    assert len(requests) == 1
    assert BILLOMAT_KEY.encode() not in b"".join(requests)


# -- redirects -------------------------------------------------------------------------------

VISMA_PAYMENT = f"{VISMA_API}/customerPayment/000031"
CRM_SHOW = f"{CRMCOM_API}/payments/show"
CRM_CREATE = f"{CRMCOM_API}/payments/create"
BM_PAYMENT = f"{BILLOMAT_API}/credit-note-payments/1"


async def _call(env: Env, vendor: str, **options: Any) -> object:
    if vendor == "visma":
        async with env.visma(**options) as visma:
            return await visma.customer_payments.get("000031")
    if vendor == "crmcom":
        async with env.crmcom(**options) as crm:
            return await crm.payments.create(
                accounts_receivable={"number": "AR0001"}, amount=Decimal("3.00"), **CASH
            )
    async with env.billomat(**options) as bm:
        return await bm.credit_note_payments.get(1)


#: vendor -> (method, path the server redirects, same-origin target of the redirect)
REDIRECTED = {
    "visma": ("GET", VISMA_PAYMENT, f"{VISMA_API}/customerPayment/000032"),
    # 307 keeps the method and the body, and with it the token: the riskiest case.
    "crmcom": ("POST", CRM_CREATE, CRM_CREATE),
    "billomat": ("GET", BM_PAYMENT, f"{BILLOMAT_API}/credit-note-payments/2"),
}


def _carries_credentials(vendor: str, request: httpx.Request) -> bool:
    if vendor == "crmcom":
        return b'"token"' in request.content
    header = "authorization" if vendor == "visma" else "x-billomatapikey"
    return header in request.headers


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("vendor", list(REDIRECTED))
@pytest.mark.parametrize("follow", [False, True], ids=["default", "follow_redirects"])
async def test_redirects_never_carry_credentials_to_another_host(
    vendor: str, status: int, follow: bool
) -> None:
    method, path, _ = REDIRECTED[vendor]
    env = Env.fresh(answer_on(method, path, redirect(status, f"{EVIL}/collect?x=1")))
    before = env.state()
    with pytest.raises(APIStatusError, match="redirect") as info:
        await _call(env, vendor, follow_redirects=follow)
    assert info.value.status == status
    assert "evil.example" not in env.wire.hosts()
    assert "/collect" not in str(info.value) and "x=1" not in str(info.value)
    assert env.state() == before


@pytest.mark.parametrize("vendor", list(REDIRECTED))
async def test_opting_in_follows_same_origin_redirects_with_credentials(vendor: str) -> None:
    method, path, target = REDIRECTED[vendor]
    redirected: list[httpx.Request] = []

    def first_time(request: httpx.Request) -> httpx.Response | None:
        if request.method == method and request.url.path == path and not redirected:
            redirected.append(request)
            return httpx.Response(307, headers={"Location": target})
        return None  # the hop, and everything else, reaches the sandbox

    env = Env.fresh(first_time)
    assert await _call(env, vendor, follow_redirects=True) is not None
    hops = env.wire.to(target)
    hop = hops[-1]
    assert redirected and hop is not redirected[0]
    assert _carries_credentials(vendor, hop)
    assert hop.url.host == redirected[0].url.host


async def test_https_to_http_on_the_same_host_is_not_followed() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            return httpx.Response(302, headers={"Location": "http://acme.billomat.net/api/x"})
        raise AssertionError("the downgraded hop was made")

    async with BillomatClient(
        base_url="https://acme.billomat.net",
        api_key=BILLOMAT_KEY,
        follow_redirects=True,
        transport=httpx.MockTransport(handler),
    ) as bm:
        with pytest.raises(APIStatusError, match="refusing a redirect to http://acme"):
            await bm.credit_note_payments.get(1)


# -- the sandbox refuses every route without valid credentials -------------------------------

LOGINS = {
    "authenticationToken",
    "authenticationWebApiKeyToken",
}
PATH_VALUES = {
    "paymentNumber": "000031",
    "invoiceNumber": "000101",
    "refNbr": "000101",
    "lineNumber": "1",
    "id": "1",
}


def _path(op: Operation) -> str:
    path = op.path
    for name, value in PATH_VALUES.items():
        value = str(uuid.UUID(int=1)) if op.tag.lower().startswith("background") else value
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, path
    return path


@dataclasses.dataclass(frozen=True)
class Credentials:
    """How one request presents (or fails to present) its credentials."""

    label: str
    headers: dict[str, str]
    token: str | None  # CRM.COM: the token parameter (query or body); None: absent


#: Per vendor, the ways a request can lack valid credentials.
CREDENTIALS: dict[str, list[Credentials]] = {
    "visma": [
        Credentials("missing", {}, None),
        Credentials("wrong scheme", {"Authorization": "Basic c2VjcmV0Og=="}, None),
        Credentials("wrong", {"Authorization": "Bearer not-a-real-token"}, None),
    ],
    "crmcom": [
        Credentials("missing", {}, None),
        Credentials("wrong", {}, "not-a-real-token"),
        Credentials("malformed", {}, "not a token!"),
    ],
    "billomat": [
        Credentials("missing", {}, None),
        Credentials("wrong", {"X-BillomatApiKey": "not-the-key"}, None),
        # The header, even a wrong one, wins over a right key in the query.
        Credentials("wrong header, right query key", {"X-BillomatApiKey": "x"}, None),
    ],
}


def _vendor(op: Operation) -> str:
    return op.spec.split("-")[0]


def _request(op: Operation, creds: Credentials) -> dict[str, Any]:
    vendor = _vendor(op)
    headers = {"Accept": "application/json", **creds.headers}
    kwargs: dict[str, Any] = {"method": op.method.upper(), "url": _path(op), "headers": headers}
    params: dict[str, str] = {}
    if vendor == "billomat" and "right query key" in creds.label:
        params["api_key"] = "sandbox-billomat-key"  # a header, even a wrong one, wins
    if op.method in ("post", "put"):
        body: dict[str, Any] = {}
        if vendor == "crmcom" and creds.token is not None:
            body["token"] = creds.token
        kwargs["json"] = body
    elif vendor == "crmcom" and creds.token is not None:
        params["token"] = creds.token
    kwargs["params"] = params
    return kwargs


def _assert_vendor_401(vendor: str, response: httpx.Response, context: str) -> None:
    assert response.status_code == 401, (context, response.status_code, response.text)
    body = response.json()
    if vendor == "visma":
        assert body["message"], context
        assert response.headers["www-authenticate"].startswith("Bearer"), context
    elif vendor == "crmcom":
        assert body["data"] is None, context
        assert body["status"]["code"] in ("INVALID_TOKEN", "EXPIRED_TOKEN"), (context, body)
    else:
        assert body["errors"]["error"], context


PROTECTED = [op for op in all_operations() if op.operation_id not in LOGINS]


@pytest.fixture
async def sandbox_http() -> AsyncIterator[tuple[Sandbox, httpx.AsyncClient]]:
    sb = Sandbox()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sb.app), base_url="http://sandbox.invalid"
    ) as http:
        yield sb, http


async def test_every_protected_operation_answers_401_without_valid_credentials(
    sandbox_http: tuple[Sandbox, httpx.AsyncClient],
) -> None:
    sb, http = sandbox_http
    before = {v.name: v.snapshot() for v in sb.vendors}
    checked = 0
    for op in PROTECTED:
        vendor = _vendor(op)
        for creds in CREDENTIALS[vendor]:
            response = await http.request(**_request(op, creds))
            _assert_vendor_401(vendor, response, f"{op.operation_id} ({creds.label})")
            checked += 1
    assert {v.name: v.snapshot() for v in sb.vendors} == before
    assert len(PROTECTED) == 42 and checked == 3 * len(PROTECTED)


async def test_expired_credentials_are_refused_with_401() -> None:
    sb = Sandbox(
        visma=VismaSettings(token_ttl=0.001),
        crmcom=CrmComSettings(token_ttl=0.001),
    )
    visma_token = sb.visma.issue_token()
    crm_user = sb.crmcom._login_user()
    crm_token = sb.crmcom._tokens.issue(crm_user.id, crm_user.default_unit_id)
    await anyio.sleep(0.01)  # both lifetimes (1 ms) are over
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sb.app), base_url="http://sandbox.invalid"
    ) as http:
        for op in PROTECTED:
            vendor = _vendor(op)
            if vendor == "billomat":
                continue  # Billomat API keys do not expire
            creds = (
                Credentials("expired", {"Authorization": f"Bearer {visma_token}"}, None)
                if vendor == "visma"
                else Credentials("expired", {}, crm_token)
            )
            response = await http.request(**_request(op, creds))
            _assert_vendor_401(vendor, response, f"{op.operation_id} (expired)")
            if vendor == "crmcom":
                assert response.json()["status"]["code"] == "EXPIRED_TOKEN"


async def test_login_endpoints_refuse_wrong_credentials_with_401(
    sandbox_http: tuple[Sandbox, httpx.AsyncClient],
) -> None:
    sb, http = sandbox_http
    visma, crm = sb.visma.settings, sb.crmcom.settings
    form = {"grant_type": "client_credentials", "tenant_id": visma.tenant_id}
    no_client = await http.post("/connect/token", data=form)
    wrong_secret = await http.post(
        "/connect/token", data={**form, "client_id": visma.client_id, "client_secret": "x"}
    )
    for response in (no_client, wrong_secret):
        assert response.status_code == 401 and response.json()["error"] == "invalid_client"
    login = {"username": crm.username, "password": "x", "organisation": crm.organisation}
    wrong_password = await http.post(f"{CRMCOM_API}/authentication/token", json=login)
    no_key = await http.post(f"{CRMCOM_API}/authentication/web_api_key/token", json={})
    wrong_key = await http.post(
        f"{CRMCOM_API}/authentication/web_api_key/token",
        json={},
        headers={"Authorization": "Basic d3Jvbmc6"},  # "wrong:"
    )
    for response in (wrong_password, no_key, wrong_key):
        assert response.status_code == 401
        assert response.json()["status"]["code"] == "INVALID_LOGIN"


async def test_every_sandbox_route_is_a_spec_operation_a_login_or_admin(
    sandbox_http: tuple[Sandbox, httpx.AsyncClient],
) -> None:
    """No route escapes the walk above; the admin routes need the admin token."""
    sb, http = sandbox_http
    spec_routes = {(op.method.upper(), op.path) for op in all_operations()}
    admin = {("GET", "/_sandbox/faults"), ("PUT", "/_sandbox/faults"), ("GET", "/_sandbox/state")}
    admin.add(("POST", "/_sandbox/reset"))
    extra = {("POST", "/connect/token")}
    for route in sb.app.routes:
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method == "HEAD":
                continue
            key = (method, route.path)  # type: ignore[attr-defined]
            assert key in spec_routes | admin | extra, key
    for method, path in sorted(admin):
        for headers in ({}, {ADMIN_HEADER: "wrong"}):
            response = await http.request(method, path, headers=headers)
            assert response.status_code == 401, (method, path)


# -- tenants ---------------------------------------------------------------------------------


def _tenant_client(sb: Sandbox, tenant: str) -> VismaClient:
    creds = sb.visma.settings.public_credentials()
    return VismaClient(
        base_url=sb.base_url,
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
        tenant_id=tenant,
        token_url=sb.base_url + creds["token_url_path"],
        transport=sb.transport(),
        allow_insecure_http=True,
    )


async def test_a_visma_token_opens_its_own_tenant_only() -> None:
    sb = Sandbox(visma=VismaSettings(job_duration=0.0))
    own = sb.visma.settings.tenant_id
    other = sb.visma.settings.other_tenants[0]
    assert other == DEFAULT_OTHER_TENANT_ID
    snapshot = sb.visma.snapshot()["tenants"]
    async with _tenant_client(sb, own) as first, _tenant_client(sb, other) as second:
        mine = [p.ref_nbr async for p in first.customer_payments.list()]
        theirs = [p.ref_nbr async for p in second.customer_payments.list()]
        job = await first.customer_payments.get("000031", background=True)
        assert (await job).ref_nbr == "000031"
        # The second tenant's token: its own (different) data, nothing of the first tenant.
        with pytest.raises(NotFound):
            await second.customer_payments.get("000031")
        with pytest.raises(Forbidden):
            await second.background.state(job.id)
        with pytest.raises(Forbidden):
            await second.background.content(job.id)
        assert (await first.background.state(job.id)).status_code == 200
    assert mine == [p["number"] for p in snapshot[own]["payments"]]
    assert theirs == [p["number"] for p in snapshot[other]["payments"]]
    assert not set(mine) & set(theirs)
    # The token really was issued for the other tenant by the token endpoint.
    assert second.auth.tokens.current is not None
    assert {t.tenant for t in sb.visma.tokens._tokens.values()} == {own, other}
