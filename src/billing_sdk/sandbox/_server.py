"""The :class:`Sandbox`: one Starlette app serving all three simulated vendors at one origin."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import secrets
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Self, cast

import anyio
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from billing_sdk import _registry as registry
from billing_sdk.sandbox._billomat import BillomatSettings, BillomatSimulator
from billing_sdk.sandbox._core import Vendor, build_routes
from billing_sdk.sandbox._crmcom import CrmComSettings, CrmComSimulator
from billing_sdk.sandbox._faults import DroppedConnection, FaultInjector, FaultPlan
from billing_sdk.sandbox._visma import VismaSettings, VismaSimulator

#: Where an in-process sandbox pretends to live (requests never leave the process).
IN_PROCESS_BASE_URL = "http://sandbox.invalid"
ADMIN_HEADER = "X-Sandbox-Admin-Token"
_SERVER_START_TIMEOUT = 10.0


class _HideDroppedConnections(logging.Filter):
    """uvicorn logs every exception that escapes the app; a deliberate drop is not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


logging.getLogger("uvicorn.error").addFilter(_HideDroppedConnections())


def _require_loopback(host: str) -> None:
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise ValueError(f"the sandbox only listens on loopback addresses, not {host!r}")


def bind_loopback(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket on a loopback address, ready to hand to uvicorn.

    It listens before anyone learns the URL, so early connections queue instead of being
    refused, and sets TCP_NODELAY, which accepted connections inherit: without it a
    keep-alive response written in two parts waits ~40 ms for a delayed ACK (Nagle).
    Raises ``ValueError`` for a non-loopback host and ``OSError`` if the port is taken.
    """
    _require_loopback(host)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def serve_until_interrupted(app: Any, sock: socket.socket, on_ready: Callable[[], None]) -> None:
    """Serve ``app`` on ``sock`` in this thread until Ctrl-C (SIGINT) or SIGTERM.

    ``on_ready`` runs once uvicorn has started, by when it has taken over the signals: a
    banner printed earlier invites a Ctrl-C that could land in the event loop's own start-up
    and end it with a traceback instead of a graceful stop. The Ctrl-C that uvicorn re-raises
    after its graceful shutdown is the normal way out, not an error.
    """
    import uvicorn

    class _AnnouncedServer(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                on_ready()

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    with contextlib.suppress(KeyboardInterrupt):
        _AnnouncedServer(config).run(sockets=[sock])
    sock.close()


class _ServerThread:
    """uvicorn serving ``app`` on a bound loopback socket, in a thread of its own."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        import uvicorn

        self._sock = bind_loopback(host, port)
        bound_port = self._sock.getsockname()[1]
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=2
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._sock]},
            name="billing-sdk-asgi",
            daemon=True,
        )
        url_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{url_host}:{bound_port}"
        self._thread.start()

    def ready(self) -> bool:
        """Whether the server accepts requests (raises if its thread died first)."""
        if self._server.started:
            return True
        if not self._thread.is_alive():
            raise RuntimeError("the loopback server failed to start")
        return False

    def wait_ready_blocking(self) -> None:
        deadline = time.monotonic() + _SERVER_START_TIMEOUT
        while not self.ready():
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("the loopback server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10.0)
        self._sock.close()


@contextlib.asynccontextmanager
async def serve_asgi(app: Any, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Run any ASGI ``app`` with uvicorn on loopback in its own thread; yields its base URL.

    Used for the sandbox itself and for test receivers (e.g. a webhook endpoint the sandbox
    posts to). Binding happens before the thread starts, so the port is known and free.
    """
    server = _ServerThread(app, host, port)
    try:
        with anyio.fail_after(_SERVER_START_TIMEOUT):
            while not server.ready():  # noqa: ASYNC110 - uvicorn sets a plain flag, no event
                await anyio.sleep(0.01)
        yield server.base_url
    finally:
        await anyio.to_thread.run_sync(server.stop)


class Sandbox:
    """Stateful simulators of Visma.net ERP, CRM.COM and Billomat behind one ASGI app.

    Use it in-process (``httpx.AsyncClient(transport=sandbox.transport())``) or as a real
    server on 127.0.0.1 (``async with Sandbox.serve() as sb: ...``). State lives in memory and
    starts from the same seeded company every time.

    Args:
        seed: seeds the fault injector (and anything random in the simulators).
        faults: the fault plan; no faults by default. Changeable later through
            :meth:`set_faults` or the admin endpoint ``PUT /_sandbox/faults``.
        visma, crmcom, billomat: per-vendor settings (credentials, timings, limits).
        vendor_settings: settings by registry name, for any registered vendor with a
            simulator (``billing_sdk._registry``; every one of them is served).
        admin_token: guards the ``/_sandbox/*`` admin endpoints; random by default.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        faults: FaultPlan | None = None,
        visma: VismaSettings | None = None,
        crmcom: CrmComSettings | None = None,
        billomat: BillomatSettings | None = None,
        vendor_settings: Mapping[str, object] | None = None,
        admin_token: str | None = None,
    ) -> None:
        self.seed = seed
        self.admin_token = admin_token or secrets.token_urlsafe(16)
        self.faults = FaultInjector((faults or FaultPlan()).with_seed(seed))
        given: dict[str, object] = {"visma": visma, "crmcom": crmcom, "billomat": billomat}
        given |= vendor_settings or {}
        #: Every registered vendor that has a simulator, by registry name, in registry order.
        self.simulators: dict[str, Vendor] = {
            entry.name: registry.load(entry.sandbox)(given.get(entry.name))
            for entry in registry.vendors()
            if entry.sandbox is not None
        }
        self.vendors: tuple[Vendor, ...] = tuple(self.simulators.values())
        routes: list[BaseRoute] = [
            Route("/_sandbox/faults", self._admin_faults, methods=["GET", "PUT"]),
            Route("/_sandbox/state", self._admin_state, methods=["GET"]),
            Route("/_sandbox/reset", self._admin_reset, methods=["POST"]),
        ]
        for vendor in self.vendors:
            routes += build_routes(vendor, self.faults)
        self.app = Starlette(routes=routes)
        self._base_url: str | None = None
        self._started: _ServerThread | None = None

    @property
    def visma(self) -> VismaSimulator:
        """The Visma.net ERP simulator."""
        return cast("VismaSimulator", self.simulators["visma"])

    @property
    def crmcom(self) -> CrmComSimulator:
        """The CRM.COM simulator."""
        return cast("CrmComSimulator", self.simulators["crmcom"])

    @property
    def billomat(self) -> BillomatSimulator:
        """The Billomat simulator."""
        return cast("BillomatSimulator", self.simulators["billomat"])

    # -- in-process use ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The server's URL while :meth:`running`, else the in-process placeholder URL."""
        return self._base_url or IN_PROCESS_BASE_URL

    @property
    def is_serving(self) -> bool:
        return self._base_url is not None

    def transport(self) -> httpx.AsyncBaseTransport:
        """A transport that calls the app in-process (no socket)."""
        if self._base_url is not None:
            return httpx.AsyncHTTPTransport()
        return httpx.ASGITransport(app=self.app)

    def environment(self, base_url: str | None = None) -> dict[str, str]:
        """The ``VISMA_*``, ``CRMCOM_*`` and ``BILLOMAT_*`` variables that point the clients
        (``VismaClient()`` with no arguments) and the CLI at this served sandbox (or at
        ``base_url``, where something else serves its app)."""
        base = base_url or self._base_url
        if base is None:
            raise RuntimeError("the sandbox is not serving: start() it or use running()")
        environment: dict[str, str] = {}
        for vendor in self.vendors:
            environment |= vendor.environment(base)
        return environment

    def set_faults(self, plan: FaultPlan) -> None:
        """Replace the fault plan (keeps this sandbox's seed unless the plan sets one)."""
        self.faults.set_plan(plan)

    def reset(self) -> None:
        """Put every vendor back to its seeded state and switch faults off."""
        for vendor in self.vendors:
            vendor.reset()
        self.faults.set_plan(FaultPlan(seed=self.seed))

    def snapshot(self) -> dict[str, Any]:
        """Every vendor's state as JSON-ready data, plus the faults injected so far."""
        data: dict[str, Any] = {vendor.name: vendor.snapshot() for vendor in self.vendors}
        data["faults_injected"] = dict(self.faults.injected)
        return data

    # -- real server --------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def running(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[Self]:
        """Serve the app with uvicorn on ``host:port`` (a free port by default) in a thread.

        The server gets its own thread and event loop, so a slow client cannot stall it and
        it keeps serving while the caller's loop is busy. It stops when the block exits.
        """
        async with serve_asgi(self.app, host, port) as base_url:
            self._base_url = base_url
            try:
                yield self
            finally:
                self._base_url = None

    def start(self, host: str = "127.0.0.1", port: int = 0) -> Self:
        """Serve on ``host:port`` (a free loopback port by default) until :meth:`stop`.

        The blocking form of :meth:`running`, for code that cannot hold an ``async with``
        open (a synchronous pytest fixture, a script's setup). Returns the sandbox.
        """
        if self._base_url is not None:
            raise RuntimeError("this sandbox is already serving")
        server = _ServerThread(self.app, host, port)
        server.wait_ready_blocking()
        self._started, self._base_url = server, server.base_url
        return self

    def stop(self) -> None:
        """Stop the server :meth:`start` started (blocks until it has). Idempotent."""
        server, self._started = self._started, None
        if server is not None:
            self._base_url = None
            server.stop()

    @classmethod
    def serve(
        cls, *, host: str = "127.0.0.1", port: int = 0, **settings: Any
    ) -> contextlib.AbstractAsyncContextManager[Sandbox]:
        """Create a sandbox and serve it: ``async with Sandbox.serve(seed=1) as sb: ...``."""
        return cls(**settings).running(host, port)

    # -- admin endpoints ----------------------------------------------------------------------

    def _authorised(self, request: Request) -> bool:
        given = request.headers.get(ADMIN_HEADER, "")
        return secrets.compare_digest(given.encode(), self.admin_token.encode())

    async def _admin_faults(self, request: Request) -> Response:
        if not self._authorised(request):
            return JSONResponse({"error": "admin token required"}, status_code=401)
        if request.method == "PUT":
            try:
                plan = FaultPlan.from_json(await request.json())
            except (ValueError, TypeError, AttributeError) as exc:
                return JSONResponse({"error": f"invalid fault plan: {exc}"}, status_code=400)
            self.set_faults(plan)
        return JSONResponse(self.faults.plan.to_json())

    async def _admin_state(self, request: Request) -> Response:
        if not self._authorised(request):
            return JSONResponse({"error": "admin token required"}, status_code=401)
        return JSONResponse(self.snapshot())

    async def _admin_reset(self, request: Request) -> Response:
        if not self._authorised(request):
            return JSONResponse({"error": "admin token required"}, status_code=401)
        self.reset()
        return Response(status_code=204)
