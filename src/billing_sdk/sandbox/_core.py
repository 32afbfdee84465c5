"""The plumbing every simulated vendor plugs into: operations, routing, faults, errors.

A vendor module describes its API as :class:`SimOperation` objects (method, path template,
operation id, async handler) and says how it renders an error. :func:`build_routes` turns them
into Starlette routes, one ``Route`` per path with ``methods=[...]`` (so 405 answers carry the
right ``Allow`` header), and wraps every handler with the fault injector and a last-resort guard
that turns an unexpected exception into the vendor's 500 shape. A path parameter may hold an
encoded ``/`` (``%2F``, e.g. a document number ``2024/17``): it stays inside its segment, as on
a real server, and reaches the handler decoded once.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import unquote

import anyio
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import Receive, Scope, Send

from billing_sdk.sandbox._faults import DroppedConnection, FaultInjector

logger = logging.getLogger("billing_sdk.sandbox")

Handler = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class SimOperation:
    """One operation of a simulated API."""

    method: str
    #: Starlette path template; literal paths must come before templated siblings.
    path: str
    #: The spec's operationId (or a stable name for endpoints outside the spec).
    operation_id: str
    handler: Handler


class Vendor(Protocol):
    """What a simulated vendor provides to the sandbox app."""

    #: Short name used in fault plans and logs: ``visma``, ``crmcom`` or ``billomat``.
    name: str

    def operations(self) -> Sequence[SimOperation]: ...

    def error_response(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        """The vendor's error shape for ``status`` (used for injected faults and crashes)."""
        ...

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready view of the vendor's state, for reconciliation in tests."""
        ...

    def reset(self) -> None:
        """Drop all state and re-seed the vendor's company data."""
        ...

    def public_credentials(self) -> dict[str, str]:
        """The simulator's own test credentials, for printing (they guard nothing real)."""
        ...

    def environment(self, base_url: str) -> dict[str, str]:
        """The environment variables that point the vendor's client (and CLI group) at a
        sandbox serving at ``base_url``."""
        ...


def client_environment(
    prefix: str, base_url: str, credentials: Mapping[str, str], *names: str
) -> dict[str, str]:
    """The variables a vendor's client reads (``<PREFIX>_BASE_URL``, and
    ``<PREFIX>_<NAME>`` for each of the credentials ``names``), pointing at ``base_url``."""
    return {f"{prefix}_BASE_URL": base_url} | {
        f"{prefix}_{name.upper()}": credentials[name] for name in names
    }


class _DropConnection(Response):
    """Starts a response and then cuts the connection (see :class:`DroppedConnection`)."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
            }
        )
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise DroppedConnection()


def _dispatch(vendor: Vendor, ops: Sequence[SimOperation], faults: FaultInjector) -> Handler:
    by_method = {op.method.upper(): op for op in ops}
    if "GET" in by_method:
        # Starlette answers HEAD on every GET route; serve it with the GET handler.
        by_method.setdefault("HEAD", by_method["GET"])

    async def endpoint(request: Request) -> Response:
        op = by_method[request.method.upper()]
        decision = faults.decide(vendor.name, op.operation_id)
        if decision.kind == "stall":
            # Take the body in first: a stalled request is still processed when the stall
            # ends, even if the client gave up waiting (a slow server, not a lost request),
            # so a write the client timed out on can land after its timeout.
            try:
                await request.body()
            except ClientDisconnect:
                return Response(status_code=499)
        if decision.delay:
            await anyio.sleep(decision.delay)
        if decision.kind == "drop":
            return _DropConnection()
        if decision.kind == "error" and decision.status is not None:
            headers = {}
            if decision.status in (429, 503):
                headers["Retry-After"] = str(math.ceil(decision.retry_after))
                headers["Retry-After-Ms"] = str(round(decision.retry_after * 1000))
            return vendor.error_response(decision.status, "injected fault", headers)
        try:
            response = await op.handler(request)
        except DroppedConnection:
            raise
        except ClientDisconnect:
            # The client gave up (its timeout ran out during a stall) before the body was
            # read, so nothing was processed and nobody is left to answer: not a crash.
            logger.debug("client left before %s read its request body", op.operation_id)
            return Response(status_code=499)
        except Exception:
            logger.exception("sandbox handler %s crashed", op.operation_id)
            return vendor.error_response(500, "internal error in the sandbox")
        if decision.kind == "commit_then_fail":
            if decision.status is None:
                return _DropConnection()
            return vendor.error_response(decision.status, "injected fault after commit")
        return response

    return endpoint


class _SegmentRoute(Route):
    """A route that keeps an encoded ``/`` inside its path segment.

    Starlette matches the decoded path, where ``a%2Fb`` becomes two segments and no route (or
    the wrong one) matches; when the raw path holds ``%2F`` this matches the raw path and
    decodes each parameter once instead.
    """

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        raw = scope.get("raw_path")
        if scope["type"] != "http" or not raw or scope.get("root_path"):
            return super().matches(scope)
        raw_path = bytes(raw).split(b"?", 1)[0]
        if b"%2f" not in raw_path.lower():
            return super().matches(scope)
        match, child = super().matches({**scope, "path": raw_path.decode("latin-1")})
        params = child.get("path_params")
        if params:
            child["path_params"] = {
                k: unquote(v) if isinstance(v, str) else v for k, v in params.items()
            }
        return match, child


def build_routes(vendor: Vendor, faults: FaultInjector) -> list[BaseRoute]:
    """One Starlette ``Route`` per path, dispatching on method, in declaration order."""
    grouped: dict[str, list[SimOperation]] = {}
    for op in vendor.operations():
        grouped.setdefault(op.path, []).append(op)
    routes: list[BaseRoute] = []
    for path, ops in grouped.items():
        methods = [op.method.upper() for op in ops]
        if len(set(methods)) != len(methods):
            raise ValueError(f"{vendor.name}: duplicate method on {path}")
        routes.append(_SegmentRoute(path, _dispatch(vendor, ops, faults), methods=methods))
    return routes
