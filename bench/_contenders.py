"""The clients that race each other, all doing the same work against the same server.

The work: ``GET /v1/customerinvoice/{number}`` (read: send with a bearer token, check the
status, decode the body; the typed clients also build their models) and ``PUT
/v1/customerinvoice/{number}`` with ``{"invoiceText": {"value": ...}}`` and no ``If-Match``
(write: check the 204, return the new ``ETag``).

The rows, from the floor up (docs/benchmarks.md says why each is the strongest of its kind):

* ``floor``: asyncio streams and ``json.loads``, requests written by hand: what Python itself
  costs per call (a reference, not a client anyone would ship);
* ``raw_aiohttp``: a bare ``aiohttp.ClientSession``, ``await response.json()``: the
  connection library the facade and the asyncio peer both sit on;
* ``typed_floor``: the same plus the generated model (``CustomerInvoiceDto.from_dict``, the
  facade's own models): the least a typed client written straight on aiohttp costs;
* ``oag_asyncio``: openapi-generator's ``python`` client, ``--library asyncio`` (aiohttp,
  pydantic models), generated from the same spec: the peer;
* ``generated``: the openapi-python-client package the facade wraps, alone, on httpx;
* ``facade``: ``billing_sdk.VismaClient`` (retries, pacing, auth, typed errors ...).

Auth is fair: every contender but the facade gets one token fetched up front and sends it as
``Authorization: Bearer``; the facade fetches its own token once (in the warm-up, before
anything is timed) and then reuses it the way it always does.

Every contender gets a connection pool of the same size (:attr:`Target.pool_size`);
:meth:`Contender.pool` says what was configured.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx

from bench import peers

#: Connections per contender: at least the concurrency of the throughput run.
POOL_SIZE = 64
_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class WorkError(AssertionError):
    """A contender did not do the work (wrong status or body): its timing would be a lie."""


@dataclass(frozen=True)
class Target:
    """Where the contenders go and with what."""

    base_url: str
    token: str
    credentials: dict[str, str]
    pool_size: int = POOL_SIZE

    @property
    def host_port(self) -> tuple[str, int]:
        url = httpx.URL(self.base_url)
        return url.host, url.port or 80


class Contender:
    """One client under test. Use as ``async with``; then ``read`` and ``write``."""

    name = "?"
    #: What the contender is, for the results table.
    label = "?"
    #: A reference row: shown for comparison, never the subject of a target.
    candidate = False

    def __init__(self, target: Target) -> None:
        self.target = target

    def pool(self) -> dict[str, Any]:
        """The configured connection pool, for the report."""
        raise NotImplementedError

    async def read(self, number: str) -> str:
        """Read one invoice; return its reference number (proves the body was decoded)."""
        raise NotImplementedError

    async def write(self, number: str, text: str) -> str | None:
        """Set the invoice text; return the new version (``ETag``)."""
        raise NotImplementedError

    async def open(self) -> None:
        """Create the client (not timed)."""

    async def close(self) -> None:
        """Close the client (not timed)."""

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _httpx_pool(limits: httpx.Limits) -> dict[str, Any]:
    return {
        "library": "httpx",
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
    }


def _update_body(text: str) -> dict[str, Any]:
    return {"invoiceText": {"value": text}}


class Generated(Contender):
    """The openapi-python-client package alone: ``asyncio_detailed`` with its attrs models."""

    name = "generated"
    label = "generated client alone (openapi-python-client, httpx)"

    async def open(self) -> None:
        from billing_sdk._generated.visma_erp_api import AuthenticatedClient
        from billing_sdk._generated.visma_erp_api.api.customer_invoice import (
            customer_invoice_get_byinvoice_number,
            customer_invoice_update_byinvoice_number,
        )
        from billing_sdk._generated.visma_erp_api.models import (
            CustomerInvoiceDto,
            CustomerInvoiceUpdateDto,
        )

        self._get = customer_invoice_get_byinvoice_number
        self._put = customer_invoice_update_byinvoice_number
        self._dto = CustomerInvoiceDto
        self._update_dto = CustomerInvoiceUpdateDto
        self.limits = httpx.Limits(
            max_connections=self.target.pool_size, max_keepalive_connections=self.target.pool_size
        )
        self.client = AuthenticatedClient(
            base_url=self.target.base_url,
            token=self.target.token,
            timeout=_TIMEOUT,
            httpx_args={"limits": self.limits},
        )
        await self.client.__aenter__()

    async def close(self) -> None:
        await self.client.__aexit__(None, None, None)

    def pool(self) -> dict[str, Any]:
        return _httpx_pool(self.limits)

    async def read(self, number: str) -> str:
        response = await self._get.asyncio_detailed(number, client=self.client)
        parsed = response.parsed
        if response.status_code != 200 or not isinstance(parsed, self._dto):
            raise WorkError(f"{self.name}: GET {number} -> {response.status_code}")
        return str(parsed.reference_number)

    async def write(self, number: str, text: str) -> str | None:
        body = self._update_dto.from_dict(_update_body(text))
        response = await self._put.asyncio_detailed(number, client=self.client, body=body)
        if response.status_code != 204:
            raise WorkError(f"{self.name}: PUT {number} -> {response.status_code}")
        return response.headers.get("etag")


class Facade(Contender):
    """``billing_sdk.VismaClient``: OAuth2 client credentials, retries, typed errors."""

    name = "facade"
    label = "facade (billing_sdk.VismaClient)"

    async def open(self) -> None:
        from billing_sdk import VismaClient

        creds = self.target.credentials
        self.limits = httpx.Limits(
            max_connections=self.target.pool_size, max_keepalive_connections=self.target.pool_size
        )
        self.client = VismaClient(
            base_url=self.target.base_url,
            client_id=creds["client_id"],
            client_secret=creds["client_secret"],
            tenant_id=creds["tenant_id"],
            token_url=self.target.base_url + creds["token_url_path"],
            limits=self.limits,
        )
        self.invoices = self.client.customer_invoices

    async def close(self) -> None:
        await self.client.aclose()

    def pool(self) -> dict[str, Any]:
        limits = self.client.limits
        return {
            "library": "aiohttp (billing_sdk's default transport)",
            "max_connections": limits.max_connections,
            "keepalive_timeout": limits.keepalive_expiry,
        }

    async def read(self, number: str) -> str:
        invoice = await self.invoices.get(number)
        return str(invoice.reference_number)

    async def write(self, number: str, text: str) -> str | None:
        return await self.invoices.update(number, {"invoice_text": text})


class RawAiohttp(Contender):
    """Hand-built requests on a bare ``aiohttp.ClientSession``: the floor of the facade's wire.

    A reference row: it separates the models' and the facade's cost from the connection
    library's.
    """

    name = "raw_aiohttp"
    label = "raw aiohttp.ClientSession, response.json()"
    candidate = True

    async def open(self) -> None:
        import aiohttp

        self.session = aiohttp.ClientSession(
            base_url=self.target.base_url,
            connector=aiohttp.TCPConnector(limit=self.target.pool_size),
            headers={"Authorization": f"Bearer {self.target.token}", "Accept": "application/json"},
            timeout=aiohttp.ClientTimeout(total=30.0, connect=10.0),
        )

    async def close(self) -> None:
        await self.session.close()

    def pool(self) -> dict[str, Any]:
        return {"library": "aiohttp", "max_connections": self.target.pool_size}

    async def read(self, number: str) -> str:
        async with self.session.get(f"/v1/customerinvoice/{number}") as response:
            if response.status != 200:
                raise WorkError(f"{self.name}: GET {number} -> {response.status}")
            body = await response.json()
        return str(body["referenceNumber"])

    async def write(self, number: str, text: str) -> str | None:
        path = f"/v1/customerinvoice/{number}"
        async with self.session.put(path, json=_update_body(text)) as response:
            if response.status != 204:
                raise WorkError(f"{self.name}: PUT {number} -> {response.status}")
            await response.read()
            return response.headers.get("etag")


class TypedFloor(RawAiohttp):
    """A typed client written straight on aiohttp: the facade's own generated models.

    Read: ``CustomerInvoiceDto.from_dict(await response.json())``; write: the body built as
    ``CustomerInvoiceUpdateDto.from_dict(...).to_dict()``. The facade's target is relative to
    this row: it is what the facade's models and wire cost with nothing in between.
    """

    name = "typed_floor"
    label = "raw aiohttp + the generated model (typed floor)"
    candidate = False

    async def open(self) -> None:
        from billing_sdk._generated.visma_erp_api.models import (
            CustomerInvoiceDto,
            CustomerInvoiceUpdateDto,
        )

        self._dto = CustomerInvoiceDto
        self._update_dto = CustomerInvoiceUpdateDto
        await super().open()

    async def read(self, number: str) -> str:
        async with self.session.get(f"/v1/customerinvoice/{number}") as response:
            if response.status != 200:
                raise WorkError(f"{self.name}: GET {number} -> {response.status}")
            invoice = self._dto.from_dict(await response.json())
        return str(invoice.reference_number)

    async def write(self, number: str, text: str) -> str | None:
        body = self._update_dto.from_dict(_update_body(text)).to_dict()
        path = f"/v1/customerinvoice/{number}"
        async with self.session.put(path, json=body) as response:
            if response.status != 204:
                raise WorkError(f"{self.name}: PUT {number} -> {response.status}")
            await response.read()
            return response.headers.get("etag")


class Floor(Contender):
    """asyncio streams + ``json.loads``, HTTP/1.1 written and read by hand: Python's floor.

    Keep-alive connections in a simple stack (one per concurrent caller); the request head
    is formatted per call, the response head searched for its status and ``Content-Length``.
    Only correct for this server's answers (no chunked bodies, no redirects): a reference
    for what the interpreter and the event loop cost, not a client.
    """

    name = "floor"
    label = "Python floor (asyncio streams + json)"
    candidate = True

    async def open(self) -> None:
        self._host, self._port = self.target.host_port
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._fixed = (
            f"Host: {self._host}:{self._port}\r\n"
            f"Authorization: Bearer {self.target.token}\r\nAccept: application/json\r\n"
        ).encode()

    async def close(self) -> None:
        for _, writer in self._idle:
            writer.close()
        self._idle.clear()

    def pool(self) -> dict[str, Any]:
        return {"library": "asyncio streams", "max_connections": "one per concurrent call"}

    async def _exchange(self, head: bytes, body: bytes = b"") -> tuple[int, bytes, bytes]:
        if self._idle:
            reader, writer = self._idle.pop()
        else:
            reader, writer = await asyncio.open_connection(self._host, self._port)
        writer.write(head + self._fixed + b"\r\n" + body)
        raw = await reader.readuntil(b"\r\n\r\n")
        status = int(raw[9:12])
        lower = raw.lower()
        at = lower.find(b"\r\ncontent-length:")
        length = int(lower[at + 17 : lower.index(b"\r\n", at + 2)]) if at >= 0 else 0
        content = await reader.readexactly(length) if length else b""
        self._idle.append((reader, writer))
        return status, lower, content

    async def read(self, number: str) -> str:
        head = f"GET /v1/customerinvoice/{number} HTTP/1.1\r\n".encode()
        status, _, content = await self._exchange(head)
        if status != 200:
            raise WorkError(f"{self.name}: GET {number} -> {status}")
        return str(json.loads(content)["referenceNumber"])

    async def write(self, number: str, text: str) -> str | None:
        body = json.dumps(_update_body(text)).encode()
        head = (
            f"PUT /v1/customerinvoice/{number} HTTP/1.1\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        ).encode()
        status, lower, _ = await self._exchange(head, body)
        if status != 204:
            raise WorkError(f"{self.name}: PUT {number} -> {status}")
        at = lower.find(b"\r\netag:")
        return lower[at + 7 : lower.index(b"\r\n", at + 2)].strip().decode() if at >= 0 else None


class Peer(Contender):
    """An openapi-generator ``python`` client (pydantic models) for one ``--library``."""

    library = "?"

    def __init__(self, target: Target) -> None:
        super().__init__(target)
        self.package = peers.LIBRARIES[self.library]

    async def open(self) -> None:
        pkg = importlib.import_module(self.package)
        self._pkg = pkg
        config = pkg.Configuration(
            host=self.target.base_url,
            access_token=self.target.token,
            connection_pool_maxsize=self.target.pool_size,
        )
        self.api_client = pkg.ApiClient(config)
        self.api = pkg.CustomerInvoiceApi(self.api_client)
        self._dto = pkg.CustomerInvoiceDto
        self._update_dto = pkg.CustomerInvoiceUpdateDto

    async def close(self) -> None:
        await self.api_client.close()

    async def read(self, number: str) -> str:
        invoice = await self.api.customer_invoice_get_byinvoice_number(number)
        if not isinstance(invoice, self._dto):
            raise WorkError(f"{self.name}: GET {number} gave {type(invoice).__name__}")
        return str(invoice.reference_number)

    async def write(self, number: str, text: str) -> str | None:
        body = self._update_dto.from_dict(_update_body(text))
        response = await self.api.customer_invoice_update_byinvoice_number_with_http_info(
            number, body
        )
        if response.status_code != 204:
            raise WorkError(f"{self.name}: PUT {number} -> {response.status_code}")
        # A plain dict: lower-case keys from the httpx flavour, ``Etag`` from aiohttp.
        headers = response.headers or {}
        return next((v for k, v in headers.items() if k.lower() == "etag"), None)


class PeerAsyncio(Peer):
    name = "oag_asyncio"
    label = "openapi-generator python --library asyncio (aiohttp)"
    library = "asyncio"

    def pool(self) -> dict[str, Any]:
        return {
            "library": "aiohttp",
            "max_connections": self.target.pool_size,
            "keepalive": "per connection (aiohttp default)",
        }


#: Every row, floor first; the peer joins when it is installed.
CORE = (Floor, RawAiohttp, TypedFloor, Generated, Facade)
PEERS = (PeerAsyncio,)


def available(include_peers: bool = True) -> tuple[list[type[Contender]], dict[str, str]]:
    """The contender classes that can run here, and why the others were skipped."""
    chosen: list[type[Contender]] = list(CORE)
    skipped: dict[str, str] = {}
    state = {p.library: p for p in peers.status()}
    for cls in PEERS:
        peer = state[cls.library]
        if not include_peers:
            skipped[cls.name] = "peers switched off (--no-peers)"
        elif peer.available:
            chosen.append(cls)
        else:
            skipped[cls.name] = peer.reason
    return chosen, skipped
