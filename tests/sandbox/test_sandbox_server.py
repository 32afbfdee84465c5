"""The sandbox as a product: the admin endpoints, the loopback server and the CLI."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from billing_sdk import _registry as registry
from billing_sdk.sandbox import ADMIN_HEADER, FaultPlan, FaultRule, Sandbox
from billing_sdk.sandbox._core import SimOperation


async def test_admin_endpoints_are_guarded_and_set_faults() -> None:
    sb = Sandbox(seed=3)
    async with httpx.AsyncClient(transport=sb.transport(), base_url=sb.base_url) as http:
        assert (await http.get("/_sandbox/faults")).status_code == 401
        bad = await http.put("/_sandbox/faults", headers={ADMIN_HEADER: "wrong"}, json={})
        assert bad.status_code == 401
        auth = {ADMIN_HEADER: sb.admin_token}
        plan = FaultPlan(operations={"getCreditNote": FaultRule(status_rates={503: 1.0})})
        assert (await http.put("/_sandbox/faults", headers=auth, json={"x": 1})).status_code == 400
        set_plan = await http.put("/_sandbox/faults", headers=auth, json=plan.to_json())
        assert set_plan.status_code == 200
        key = {"X-BillomatApiKey": sb.billomat.settings.api_key, "Accept": "application/json"}
        assert (await http.get("/api/credit-notes/1", headers=key)).status_code == 503
        assert (await http.get("/api/credit-note-payments/1", headers=key)).status_code == 200
        state = (await http.get("/_sandbox/state", headers=auth)).json()
        assert state["faults_injected"] == {"error": 1}
        assert {"visma", "crmcom", "billomat"} <= set(state)
        assert (await http.post("/_sandbox/reset", headers=auth)).status_code == 204
        assert (await http.get("/api/credit-notes/1", headers=key)).status_code == 200


async def test_serve_binds_loopback_on_a_free_port_and_stops() -> None:
    async with Sandbox.serve() as sb:
        url = httpx.URL(sb.base_url)
        assert url.host == "127.0.0.1" and url.port
        async with httpx.AsyncClient(base_url=sb.base_url) as http:
            response = await http.get("/api/credit-notes/1")
        assert response.status_code == 401  # auth is enforced: no key, no data
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(base_url=str(url)) as http:
            await http.get("/api/credit-notes/1")


async def test_serve_refuses_non_loopback_hosts() -> None:
    with pytest.raises(ValueError, match="loopback"):
        async with Sandbox.serve(host="0.0.0.0"):
            pass


def test_cli_prints_url_and_credentials_and_stops_on_ctrl_c() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "billing_sdk.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("billing-sdk sandbox listening on http://127.0.0.1:")
        lines = []
        while (line := proc.stdout.readline()) != "}\n":
            lines.append(line)
        info = json.loads("".join([*lines, "}"]))
        assert set(info) >= {"base_url", "visma", "crmcom", "billomat", "admin_token"}
        token = httpx.post(
            info["base_url"] + info["visma"]["token_url_path"],
            data={
                "grant_type": "client_credentials",
                "client_id": info["visma"]["client_id"],
                "client_secret": info["visma"]["client_secret"],
                "tenant_id": info["visma"]["tenant_id"],
            },
            timeout=10,
        )
        assert token.status_code == 200 and token.json()["access_token"]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_refuses_bad_flags() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "billing_sdk.sandbox", "--host", "10.0.0.1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert "loopback" in out.stderr and "Traceback" not in out.stderr


class _EchoSimulator:
    """The smallest simulator a registered vendor can bring: one operation, no state."""

    name = "echo"

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.settings = settings or {"key": "echo-key"}
        self.resets = 0

    def operations(self) -> list[SimOperation]:
        async def ping(request: Request) -> Response:
            return JSONResponse({"pong": True})

        return [SimOperation("GET", "/echo/ping", "echoPing", ping)]

    def error_response(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        return JSONResponse({"echo_error": message}, status_code=status, headers=headers)

    def snapshot(self) -> dict[str, Any]:
        return {"resets": self.resets}

    def reset(self) -> None:
        self.resets += 1

    def public_credentials(self) -> dict[str, str]:
        return dict(self.settings)

    def environment(self, base_url: str) -> dict[str, str]:
        return {"ECHO_BASE_URL": base_url, "ECHO_KEY": self.settings["key"]}


async def test_the_sandbox_serves_every_registered_vendor_with_a_simulator() -> None:
    built_in = Sandbox()
    with_simulators = [e.name for e in registry.vendors() if e.sandbox is not None]
    assert list(built_in.simulators) == with_simulators
    assert {"visma", "crmcom", "billomat"} <= set(with_simulators)
    registry.register(
        registry.Vendor("echo", "Echo", "tests.sandbox", "EchoClient").with_sandbox(
            f"{__name__}:_EchoSimulator"
        )
    )
    try:
        sb = Sandbox(seed=1, vendor_settings={"echo": {"key": "k-1"}})
        assert list(sb.simulators) == [*with_simulators, "echo"]
        async with httpx.AsyncClient(transport=sb.transport(), base_url=sb.base_url) as http:
            assert (await http.get("/echo/ping")).json() == {"pong": True}
            state = await http.get("/_sandbox/state", headers={ADMIN_HEADER: sb.admin_token})
            assert set(state.json()) >= {*with_simulators, "echo"}
        assert sb.environment("http://127.0.0.1:9")["ECHO_KEY"] == "k-1"
        assert sb.environment("http://127.0.0.1:9")["VISMA_BASE_URL"] == "http://127.0.0.1:9"
    finally:
        registry.unregister("echo")
    assert "echo" not in Sandbox().simulators
