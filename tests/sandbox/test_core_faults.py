"""The sandbox core: routing, fault injection and the crash guard, on a tiny fake vendor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from billing_sdk.sandbox._core import SimOperation, build_routes
from billing_sdk.sandbox._faults import (
    DroppedConnection,
    FaultInjector,
    FaultPlan,
    FaultRule,
)


class FakeVendor:
    name = "fake"

    def __init__(self) -> None:
        self.writes = 0

    def operations(self) -> Sequence[SimOperation]:
        return [
            SimOperation("GET", "/things/special", "getSpecial", self._special),
            SimOperation("GET", "/things/{id}", "getThing", self._get),
            SimOperation("POST", "/things/{id}", "writeThing", self._write),
            SimOperation("GET", "/crash", "crash", self._crash),
        ]

    async def _special(self, request: Request) -> Response:
        return JSONResponse({"special": True})

    async def _get(self, request: Request) -> Response:
        return JSONResponse({"id": request.path_params["id"]})

    async def _write(self, request: Request) -> Response:
        await request.body()  # like every simulator: the body is read before anything changes
        self.writes += 1
        return JSONResponse({"writes": self.writes}, status_code=201)

    async def _crash(self, request: Request) -> Response:
        raise RuntimeError("boom")

    def error_response(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        return JSONResponse({"fake_error": message}, status_code=status, headers=headers)

    def snapshot(self) -> dict[str, Any]:
        return {"writes": self.writes}

    def reset(self) -> None:
        self.writes = 0


def make(plan: FaultPlan | None = None) -> tuple[FakeVendor, FaultInjector, httpx.AsyncClient]:
    vendor = FakeVendor()
    injector = FaultInjector(plan)
    app = Starlette(routes=build_routes(vendor, injector))
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
    return vendor, injector, client


async def test_literal_path_wins_and_methods_share_one_route() -> None:
    _, _, client = make()
    async with client:
        assert (await client.get("/things/special")).json() == {"special": True}
        assert (await client.get("/things/7")).json() == {"id": "7"}
        response = await client.delete("/things/7")
        assert response.status_code == 405
        assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "POST"}
        assert (await client.head("/things/7")).status_code == 200


async def test_crash_becomes_vendor_500_not_an_exception() -> None:
    _, _, client = make()
    async with client:
        response = await client.get("/crash")
    assert response.status_code == 500
    assert "fake_error" in response.json()


async def test_injected_status_uses_vendor_shape_and_retry_after() -> None:
    plan = FaultPlan(operations={"getThing": FaultRule(status_rates={429: 1.0}, retry_after=2)})
    _, injector, client = make(plan)
    async with client:
        response = await client.get("/things/1")
        other = await client.get("/things/special")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json() == {"fake_error": "injected fault"}
    assert other.status_code == 200
    assert injector.injected["error"] == 1


async def test_drop_before_processing_leaves_state_unchanged() -> None:
    vendor, _, client = make(FaultPlan(default=FaultRule(drop_rate=1.0)))
    async with client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.post("/things/1")
    assert vendor.writes == 0


async def test_commit_then_fail_commits_but_loses_the_response() -> None:
    vendor, _, client = make(FaultPlan(default=FaultRule(commit_then_fail_rate=1.0)))
    outcomes = []
    async with client:
        for _ in range(20):
            try:
                outcomes.append((await client.post("/things/1")).status_code)
            except DroppedConnection:
                outcomes.append("dropped")
    assert vendor.writes == 20
    assert set(outcomes) == {502, "dropped"}


async def test_a_client_gone_before_its_body_was_read_is_not_a_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Over uvicorn, a client that timed out during a stall has disconnected by the time the
    # handler reads the body: Starlette raises ClientDisconnect. Nothing was written, and it
    # is not the "sandbox handler crashed" the guard logs for real bugs.
    vendor = FakeVendor()
    app = Starlette(routes=build_routes(vendor, FaultInjector()))
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = _post_scope("/things/1")
    with caplog.at_level("DEBUG", logger="billing_sdk.sandbox"):
        await app(scope, receive, send)
    assert vendor.writes == 0
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert sent[0]["status"] == 499


async def test_a_stalled_write_is_still_processed_after_its_client_left() -> None:
    # A slow server: the client times out during the stall and hangs up, the write lands.
    vendor = FakeVendor()
    plan = FaultPlan(default=FaultRule(stall_rate=1.0, stall_seconds=0.05))
    app = Starlette(routes=build_routes(vendor, FaultInjector(plan)))
    left = anyio.Event()

    async def receive() -> dict[str, Any]:
        if left.is_set():
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        pass

    async with anyio.create_task_group() as group:
        group.start_soon(app, _post_scope("/things/1"), receive, send)
        await anyio.sleep(0.01)
        left.set()  # the client's timeout ran out: it is gone before the stall ends
    assert vendor.writes == 1


def _post_scope(path: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"t"), (b"content-length", b"2")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }


def test_decisions_are_deterministic_per_operation_whatever_the_interleaving() -> None:
    rule = FaultRule(status_rates={500: 0.3, 503: 0.2}, drop_rate=0.1)
    a = FaultInjector(FaultPlan(seed=7, default=rule))
    b = FaultInjector(FaultPlan(seed=7, default=rule))
    seq_a = [a.decide("v", "op1") for _ in range(50)]
    for _ in range(50):  # b sees another operation's calls interleaved
        b.decide("v", "op2")
    seq_b = [b.decide("v", "op1") for _ in range(50)]
    assert seq_a == seq_b
    kinds = {d.kind for d in seq_a}
    assert {"error", "drop", None} <= kinds


def test_rates_are_validated() -> None:
    with pytest.raises(ValueError):
        FaultRule(status_rates={500: 0.8}, drop_rate=0.5)
    with pytest.raises(ValueError):
        FaultRule(latency=-1)
    with pytest.raises(ValueError):
        FaultPlan.from_json({"default": {"nonsense": 1}})


def test_plan_round_trips_through_json() -> None:
    plan = FaultPlan(
        seed=3,
        default=FaultRule(status_rates={500: 0.1}, latency=0.01),
        vendors={"visma": FaultRule(drop_rate=0.2)},
        operations={"paymentsCreate": FaultRule(commit_then_fail_rate=0.5)},
    )
    assert FaultPlan.from_json(plan.to_json()) == plan


@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_every_vendor_answers_an_injected_status_with_that_status(status: int) -> None:
    from billing_sdk.sandbox import Sandbox

    rule = FaultRule(status_rates={status: 1.0}, retry_after=2)
    sb = Sandbox(faults=FaultPlan(default=rule))
    async with httpx.AsyncClient(transport=sb.transport(), base_url=sb.base_url) as http:
        for vendor in sb.vendors:
            op = next(o for o in vendor.operations() if o.method == "GET" and "{" not in o.path)
            response = await http.get(op.path)
            assert response.status_code == status, (vendor.name, op.path)
            if status in (429, 503):
                assert response.headers["Retry-After"] == "2", vendor.name
