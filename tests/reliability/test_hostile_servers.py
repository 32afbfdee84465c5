"""The hostile-server catalogue: every promise of the SDK held over a real loopback socket.

Each :class:`HostileCase` is a server (:class:`~tests.reliability._hostile.HostileServer`, raw
asyncio on ``127.0.0.1``, so every byte is the case's choice) that misbehaves in one way:
slow or never-ending headers and bodies, huge and compressed bodies, malformed and
wrong-shaped bodies, deeply nested JSON, broken token endpoints and logins, redirects and
loops, odd statuses, resets. Each runs once per transport (the SDK's default, aiohttp; and
httpx's own) with small explicit bounds, and must:

* end in the named :class:`~billing_sdk.BillingError` subclass, never a hang or a crash;
* end within the call's configured deadline plus one second (``CALL_TIMEOUT`` + 1 s): the
  promise under test is the deadline itself, so it is asserted here;
* keep the process's peak RSS growth under 100 MB, measured while the call runs (a 5 GB
  body, a gzip bomb of 512 MB);
* leave no credential reachable from the error (``_secrets.find_secrets``: the client
  secret, password or API key, and the tokens the server handed out).

``docs/reliability.md`` lists the cases (``tools/check_reliability_doc.py`` writes the table
from :data:`HOSTILE`; the catalogue test there checks the two agree).
"""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import httpx
import pytest

from billing_sdk import (
    APIStatusError,
    BillingError,
    BillomatClient,
    CrmComClient,
    DecodeError,
    RateLimited,
    RequestTimeout,
    ResponseError,
    ResponseTooLarge,
    RetryPolicy,
    ServerError,
    TransportError,
    Unauthorized,
    VismaClient,
)
from tests.reliability._hostile import (
    ACCESS_TOKEN,
    CRM_LOGIN_PATH,
    SESSION_TOKEN,
    VISMA_TOKEN_PATH,
    Bounds,
    Exchange,
    HostileServer,
    Script,
)
from tests.reliability._secrets import find_secrets

#: The bounds every client of the catalogue is built with.
TIMEOUT = httpx.Timeout(1.0)
ATTEMPT_TIMEOUT = 0.5
CALL_TIMEOUT = 1.0
MAX_RESPONSE_BYTES = 1024 * 1024
RETRY = RetryPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.05)
#: The promise: a case ends within the call's deadline and this much more.
SLACK = 1.0
RSS_LIMIT = 100 * 1024 * 1024
#: Only there to stop a broken run; every case ends long before.
HANG_GUARD = 30.0
#: What a trickling server waits between two bytes: well inside the 1 s read timeout, so
#: only a total deadline can end it.
DRIP = 0.25
FIVE_GB = 5 * 1024**3

Vendor = Literal["visma", "crmcom", "billomat"]
VISMA_GET = "/v1/customerinvoice/000101"
CRM_SHOW = "/crmapi/rest/v2/payments/show"
BM_GET = "/api/credit-note-payments/1"
TARGET: dict[Vendor, str] = {"visma": VISMA_GET, "crmcom": CRM_SHOW, "billomat": BM_GET}


def _gzip_bomb() -> bytes:
    """About 0.5 MB of gzip that inflates to 512 MB of zeros: a 1 MiB block of zeros,
    flushed, compresses to the same bytes every time, so it is written once and repeated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1024 * 1024)
    first = packer.compress(zeros) + packer.flush(zlib.Z_SYNC_FLUSH)
    repeat = packer.compress(zeros) + packer.flush(zlib.Z_SYNC_FLUSH)
    return first + repeat * 511


GZIP_BOMB = _gzip_bomb()


# -- scripts: what the server does ------------------------------------------------------------


def head(status: int = 200, **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def trickle_body(status: int = 200) -> Script:
    async def script(x: Exchange) -> None:
        await x.send(head(status, Content_Type="application/json", Content_Length=1000))
        await x.trickle(b" " * 1000, DRIP)

    return script


async def trickle_chunked(x: Exchange) -> None:
    await x.send(head(200, Content_Type="application/json", Transfer_Encoding="chunked"))
    while True:
        await x.send(b"1\r\n \r\n")
        await anyio.sleep(DRIP)


async def trickle_headers(x: Exchange) -> None:
    await x.trickle(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: " + b"a" * 500, DRIP
    )


async def silence(x: Exchange) -> None:
    await x.hold()


def huge(status: int = 200, length: int = FIVE_GB) -> Script:
    async def script(x: Exchange) -> None:
        await x.flood(
            head(status, Content_Type="application/json", Content_Length=length), bytes(256 * 1024)
        )

    return script


async def huge_chunked(x: Exchange) -> None:
    chunk = bytes(256 * 1024)
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    await x.flood(head(200, Content_Type="application/json", Transfer_Encoding="chunked"), framed)


def encoded(encoding: str, body: bytes) -> Script:
    async def script(x: Exchange) -> bool:
        return await x.answer(200, body, headers={"Content-Encoding": encoding})

    return script


async def huge_header_line(x: Exchange) -> None:
    await x.send(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * (4 * 1024 * 1024) + b"\r\n\r\n{}")
    await x.hold()


async def endless_headers(x: Exchange) -> None:
    await x.flood(b"HTTP/1.1 200 OK\r\n", b"X-More: header\r\n" * 4096)


def body(
    status: int, content: bytes, content_type: str = "application/json", **hdrs: str
) -> Script:
    async def script(x: Exchange) -> bool:
        return await x.answer(status, content, headers={"Content-Type": content_type})

    return script


def json_body(status: int, data: Any, **hdrs: str) -> Script:
    async def script(x: Exchange) -> bool:
        return await x.json(status, data, **hdrs)

    return script


DEEP = b"[" * 100_000 + b"]" * 100_000


def raw(data: bytes, then: Literal["close", "reset", "hold"] = "close") -> Script:
    async def script(x: Exchange) -> None:
        await x.send(data)
        if then == "reset":
            x.reset()
        elif then == "hold":
            await x.hold()

    return script


async def reset_at_once(x: Exchange) -> None:
    x.reset()


def redirect(to: str, status: int = 302) -> Script:
    async def script(x: Exchange) -> bool:
        return await x.answer(status, headers={"Location": to})

    return script


# -- the catalogue ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HostileCase:
    """One hostile server (a row of the table in docs/reliability.md)."""

    id: str
    vendor: Vendor
    #: What the server does.
    does: str
    error: type[BillingError]
    #: path -> script; token requests and logins are answered properly unless listed.
    routes: Mapping[str, Script]
    options: Mapping[str, Any] = field(default_factory=dict)


def on(vendor: Vendor, script: Script) -> dict[str, Script]:
    """``script`` answers the case's call (the vendor's read)."""
    return {TARGET[vendor]: script}


HOSTILE: list[HostileCase] = [
    # ---- time: a server that never finishes --------------------------------------------------
    HostileCase(
        "body-trickles",
        "visma",
        f"200 with `Content-Length: 1000`, then the body one byte every {DRIP} s",
        RequestTimeout,
        on("visma", trickle_body()),
    ),
    HostileCase(
        "chunked-body-trickles",
        "billomat",
        f"200 `Transfer-Encoding: chunked`, a one-byte chunk every {DRIP} s, forever",
        RequestTimeout,
        on("billomat", trickle_chunked),
    ),
    HostileCase(
        "headers-trickle",
        "crmcom",
        f"the status line and header block one byte every {DRIP} s",
        RequestTimeout,
        on("crmcom", trickle_headers),
    ),
    HostileCase(
        "never-answers",
        "billomat",
        "reads the request, then says nothing (the connection stays open)",
        RequestTimeout,
        on("billomat", silence),
    ),
    HostileCase(
        "error-body-trickles",
        "visma",
        f"500 whose body comes one byte every {DRIP} s",
        RequestTimeout,
        on("visma", trickle_body(500)),
    ),
    HostileCase(
        "token-endpoint-trickles",
        "visma",
        f"`POST /connect/token` answers one byte every {DRIP} s",
        RequestTimeout,
        {VISMA_TOKEN_PATH: trickle_body()},
    ),
    HostileCase(
        "token-endpoint-never-answers",
        "visma",
        "`POST /connect/token` reads the request and says nothing",
        RequestTimeout,
        {VISMA_TOKEN_PATH: silence},
    ),
    HostileCase(
        "login-trickles",
        "crmcom",
        f"`authentication/token` answers one byte every {DRIP} s",
        RequestTimeout,
        {CRM_LOGIN_PATH: trickle_body()},
    ),
    # ---- size -----------------------------------------------------------------------------------
    HostileCase(
        "five-gigabyte-body",
        "visma",
        "200 with `Content-Length: 5 GB`, zeros as fast as the client reads",
        ResponseTooLarge,
        on("visma", huge()),
    ),
    HostileCase(
        "endless-chunked-body",
        "crmcom",
        "200 chunked, 256 KiB chunks without end",
        ResponseTooLarge,
        on("crmcom", huge_chunked),
    ),
    HostileCase(
        "gzip-bomb",
        "billomat",
        f"200 `Content-Encoding: gzip`, {len(GZIP_BOMB) // 1024} KiB that inflate to 512 MB",
        ResponseTooLarge,
        on("billomat", encoded("gzip", GZIP_BOMB)),
    ),
    HostileCase(
        "gzip-bomb-token-response",
        "visma",
        "the token endpoint answers the 512 MB gzip bomb",
        ResponseTooLarge,
        {VISMA_TOKEN_PATH: encoded("gzip", GZIP_BOMB)},
    ),
    HostileCase(
        "five-gigabyte-error-body",
        "billomat",
        "500 with a 5 GB body",
        ResponseTooLarge,
        on("billomat", huge(500)),
    ),
    HostileCase(
        "five-gigabyte-login-answer",
        "crmcom",
        "the login answers 200 with a 5 GB body",
        ResponseTooLarge,
        {CRM_LOGIN_PATH: huge()},
    ),
    HostileCase(
        "corrupt-gzip",
        "visma",
        "200 `Content-Encoding: gzip` whose body is not gzip",
        DecodeError,
        on("visma", encoded("gzip", b"this is not gzip at all")),
    ),
    HostileCase(
        "encoding-not-asked-for",
        "crmcom",
        "200 `Content-Encoding: br` (the client asks for gzip and deflate only)",
        DecodeError,
        on("crmcom", encoded("br", b"\x1b\x03\x00\xf8\xa5\x00")),
    ),
    HostileCase(
        "four-megabyte-header-line",
        "billomat",
        "one response header 4 MB long",
        TransportError,
        on("billomat", huge_header_line),
    ),
    HostileCase(
        "endless-header-block",
        "visma",
        "header lines as fast as the client reads, never a blank line",
        TransportError,
        on("visma", endless_headers),
    ),
    # ---- malformed and wrong-shaped bodies -------------------------------------------------------
    HostileCase(
        "deeply-nested-json",
        "visma",
        "200 with 100,000 nested JSON arrays",
        DecodeError,
        on("visma", body(200, DEEP)),
    ),
    HostileCase(
        "deeply-nested-json-error",
        "billomat",
        "400 whose error body is 100,000 nested JSON arrays",
        APIStatusError,
        on("billomat", body(400, DEEP)),
    ),
    HostileCase(
        "deeply-nested-json-envelope",
        "crmcom",
        "200 whose envelope is 100,000 nested JSON arrays",
        DecodeError,
        on("crmcom", body(200, DEEP)),
    ),
    HostileCase(
        "deeply-nested-token-response",
        "visma",
        "the token endpoint answers 100,000 nested JSON arrays",
        DecodeError,
        {VISMA_TOKEN_PATH: body(200, DEEP)},
    ),
    HostileCase(
        "deeply-nested-login-answer",
        "crmcom",
        "the login answers 200 with 100,000 nested JSON arrays",
        DecodeError,
        {CRM_LOGIN_PATH: body(200, DEEP)},
    ),
    HostileCase(
        "unrelated-json-object",
        "visma",
        # No key of an invoice: with tolerant reading `{"status": "maintenance"}` would be an
        # invoice whose status is a value the spec does not list, kept as a str.
        '200 `{"error": "maintenance"}` where an invoice is due',
        DecodeError,
        on("visma", json_body(200, {"error": "maintenance", "retry": True})),
    ),
    HostileCase(
        "empty-json-object",
        "visma",
        "200 `{}` where an invoice is due",
        DecodeError,
        on("visma", json_body(200, {})),
    ),
    HostileCase(
        "truncated-json",
        "crmcom",
        "200 whose JSON stops mid-object",
        DecodeError,
        on("crmcom", body(200, b'{"status": {"code": "OK"}, "data": {"id": "7')),
    ),
    HostileCase(
        "html-maintenance-page",
        "billomat",
        "200 `text/html` maintenance page",
        DecodeError,
        on("billomat", body(200, b"<html><body>maintenance</body></html>", "text/html")),
    ),
    HostileCase(
        "token-with-a-line-break",
        "visma",
        'the token endpoint hands out `"abc\\r\\nX-Evil: 1"` as the access token',
        DecodeError,
        {VISMA_TOKEN_PATH: json_body(200, {"access_token": "abc\r\nX-Evil: 1"})},
    ),
    HostileCase(
        "token-not-ascii",
        "visma",
        'the token endpoint hands out `"tökén"` as the access token',
        DecodeError,
        {VISMA_TOKEN_PATH: json_body(200, {"access_token": "tökén"})},
    ),
    HostileCase(
        "token-response-is-html",
        "visma",
        "the token endpoint answers 200 `text/html`",
        DecodeError,
        {VISMA_TOKEN_PATH: body(200, b"<html>login</html>", "text/html")},
    ),
    HostileCase(
        "token-endpoint-fails",
        "visma",
        "the token endpoint answers 500 every time",
        ServerError,
        {VISMA_TOKEN_PATH: json_body(500, {"error": "server_error"})},
    ),
    HostileCase(
        "login-refused",
        "crmcom",
        "the login answers 401 `INVALID_LOGIN`",
        Unauthorized,
        {CRM_LOGIN_PATH: json_body(401, {"status": {"code": "INVALID_LOGIN"}})},
    ),
    HostileCase(
        "login-without-a-token",
        "crmcom",
        "the login answers an OK envelope without `data.token`",
        DecodeError,
        {CRM_LOGIN_PATH: json_body(200, {"status": {"code": "OK"}, "data": {}})},
    ),
    # ---- redirects and odd statuses -------------------------------------------------------------
    HostileCase(
        "redirect-loop-followed",
        "billomat",
        "302 to the same URL, again and again (`follow_redirects=True`)",
        ResponseError,
        on("billomat", redirect(BM_GET)),
        {"follow_redirects": True},
    ),
    HostileCase(
        "redirect-to-another-host",
        "visma",
        "302 to `https://evil.example/steal` (`follow_redirects=True`)",
        APIStatusError,
        on("visma", redirect("https://evil.example/steal")),
        {"follow_redirects": True},
    ),
    HostileCase(
        "redirect-not-followed",
        "crmcom",
        "307 to the same host (redirects off, the default)",
        APIStatusError,
        on("crmcom", redirect(CRM_SHOW, 307)),
    ),
    HostileCase(
        "status-499",
        "visma",
        "499 (not in the IANA registry), no body",
        APIStatusError,
        on("visma", body(499, b"")),
    ),
    HostileCase(
        "status-520",
        "billomat",
        "520 (Cloudflare's unknown error) with an HTML body",
        ServerError,
        on("billomat", body(520, b"<html>520</html>", "text/html")),
    ),
    HostileCase(
        "status-999",
        "crmcom",
        "999 with no reason phrase",
        ServerError,
        on("crmcom", raw(b"HTTP/1.1 999 \r\nContent-Length: 0\r\n\r\n", "hold")),
    ),
    HostileCase(
        "informational-then-hang-up",
        "visma",
        "`100 Continue`, then the connection closes",
        TransportError,
        on("visma", raw(b"HTTP/1.1 100 Continue\r\n\r\n")),
    ),
    HostileCase(
        "informational-then-silence",
        "billomat",
        "`102 Processing`, then nothing",
        RequestTimeout,
        on("billomat", raw(b"HTTP/1.1 102 Processing\r\n\r\n", "hold")),
    ),
    HostileCase(
        "garbage-status-line",
        "crmcom",
        "`HELLO THERE` instead of a status line",
        TransportError,
        on("crmcom", raw(b"HELLO THERE\r\n\r\n")),
    ),
    HostileCase(
        "rate-limited-for-ever",
        "visma",
        "429 with `Retry-After: 1000000000`",
        RateLimited,
        on("visma", json_body(429, {"message": "slow down"}, **{"Retry-After": "1000000000"})),
    ),
    HostileCase(
        "unavailable-retry-after-nan",
        "billomat",
        "503 with `Retry-After: nan`",
        ServerError,
        on("billomat", json_body(503, {"errors": {"error": "busy"}}, **{"Retry-After": "nan"})),
    ),
    # ---- resets ---------------------------------------------------------------------------------
    HostileCase(
        "reset-before-answering",
        "visma",
        "reads the request, then resets the connection (RST)",
        TransportError,
        on("visma", reset_at_once),
    ),
    HostileCase(
        "reset-mid-body",
        "billomat",
        "`Content-Length: 1000`, 10 bytes, then RST",
        TransportError,
        on("billomat", raw(head(200, Content_Length=1000) + b'{"credit-n', "reset")),
    ),
    HostileCase(
        "closed-mid-chunk",
        "crmcom",
        "a chunk announced as 4 KiB, 10 bytes of it, then the connection closes",
        TransportError,
        on(
            "crmcom",
            raw(head(200, Transfer_Encoding="chunked") + b"1000\r\n" + b'{"status":'),
        ),
    ),
    HostileCase(
        "content-length-lies",
        "visma",
        "`Content-Length: 100` and a 10-byte body, then the connection closes",
        TransportError,
        on("visma", raw(head(200, Content_Length=100) + b'{"number":')),
    ),
    HostileCase(
        "login-connection-reset",
        "crmcom",
        "the login resets the connection every time",
        TransportError,
        {CRM_LOGIN_PATH: reset_at_once},
    ),
]


# -- running a case --------------------------------------------------------------------------

Transport = Callable[[], httpx.AsyncBaseTransport | None]
TRANSPORTS: dict[str, Transport] = {
    "aiohttp": lambda: None,  # the SDK's default
    "httpx": lambda: httpx.AsyncHTTPTransport(),
}
Call = Callable[[Any], Awaitable[object]]
CALLS: dict[Vendor, Call] = {
    "visma": lambda c: c.customer_invoices.get("000101"),
    "crmcom": lambda c: c.payments.show(number="96"),
    "billomat": lambda c: c.credit_note_payments.get(1),
}
#: The secrets the clients hold and the tokens the server hands out (the secret search walks
#: every error of the catalogue for them).
VISMA_SECRET = "hostile-visma-client-SECRET"
CRM_PASSWORD = "hostile-crm-PASSWORD"
BILLOMAT_KEY = "hostile-billomat-KEY"
SECRETS = (VISMA_SECRET, CRM_PASSWORD, BILLOMAT_KEY, ACCESS_TOKEN, SESSION_TOKEN)


def client_for(vendor: Vendor, url: str, transport: str, **options: Any) -> Any:
    """A client of ``vendor`` at ``url`` with the catalogue's bounds."""
    options = {
        "timeout": TIMEOUT,
        "attempt_timeout": ATTEMPT_TIMEOUT,
        "call_timeout": CALL_TIMEOUT,
        "max_response_bytes": MAX_RESPONSE_BYTES,
        "retry": RETRY,
        "transport": TRANSPORTS[transport](),
        "allow_insecure_http": True,
        **options,
    }
    if vendor == "visma":
        return VismaClient(
            base_url=url,
            client_id="hostile",
            client_secret=VISMA_SECRET,
            tenant_id="t",
            token_url=url + VISMA_TOKEN_PATH,
            **options,
        )
    if vendor == "crmcom":
        return CrmComClient(
            base_url=url, username="u", password=CRM_PASSWORD, organisation="o", **options
        )
    return BillomatClient(base_url=url, api_key=BILLOMAT_KEY, **options)


async def run_case(case: HostileCase, transport: str) -> tuple[BillingError, Bounds]:
    """Run ``case`` and assert its bounds; return the error and the measurements."""
    async with (
        HostileServer(case.routes) as server,
        client_for(case.vendor, server.url, transport, **case.options) as client,
    ):
        with Bounds() as bounds, anyio.fail_after(HANG_GUARD), pytest.raises(case.error) as info:
            await CALLS[case.vendor](client)
    assert isinstance(info.value, BillingError) and str(info.value)
    assert bounds.elapsed <= CALL_TIMEOUT + SLACK, (
        f"{case.id}: took {bounds.elapsed:.2f} s, the call's deadline is {CALL_TIMEOUT} s"
    )
    assert bounds.growth < RSS_LIMIT, f"{case.id}: RSS grew by {bounds.growth / 2**20:.0f} MB"
    leaks = find_secrets([info.value], SECRETS)
    assert not leaks, f"{case.id}: a secret is reachable from the error: {leaks[0]}"
    return info.value, bounds


def test_the_catalogue_is_named_once_and_covers_every_vendor() -> None:
    ids = [case.id for case in HOSTILE]
    assert len(ids) == len(set(ids)) >= 40
    assert {case.vendor for case in HOSTILE} == {"visma", "crmcom", "billomat"}
    assert all(case.error is not BillingError for case in HOSTILE)


@pytest.mark.parametrize("transport", sorted(TRANSPORTS))
@pytest.mark.parametrize("case", HOSTILE, ids=[case.id for case in HOSTILE])
async def test_hostile_server(case: HostileCase, transport: str) -> None:
    await run_case(case, transport)
