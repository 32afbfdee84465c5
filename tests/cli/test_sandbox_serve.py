"""``billing-sdk sandbox serve``: banner, fault plans, and a clean stop on Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from tests.cli.conftest import serve


def test_json_banner_and_ctrl_c(tmp_path: Path) -> None:
    served = serve("--json", "--seed", "3")
    try:
        env = served.environment
        assert env["VISMA_TOKEN_URL"] == served.base_url + "/connect/token"
        assert served.info["faults"] == "none"
        token = httpx.post(
            env["VISMA_TOKEN_URL"],
            data={
                "grant_type": "client_credentials",
                "client_id": env["VISMA_CLIENT_ID"],
                "client_secret": env["VISMA_CLIENT_SECRET"],
                "tenant_id": env["VISMA_TENANT_ID"],
            },
        )
        assert token.status_code == 200
    finally:
        code, rest = served.stop()
    assert code == 0, rest
    assert "Traceback" not in rest


def test_human_banner_prints_exports_and_stops_cleanly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "billing_sdk.cli", "sandbox", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(14)]
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=30)
    banner = "".join(lines)
    assert process.returncode == 0, banner + out
    assert banner.startswith("billing-sdk sandbox listening on http://127.0.0.1:")
    assert "export CRMCOM_ORGANISATION='Sandbox Ltd'" in banner  # quoted for the shell
    assert "export BILLOMAT_API_KEY=" in banner
    assert "billing-sdk sandbox stopped" in out
    assert "Traceback" not in out


def test_soak_faults_and_a_plan_file(tmp_path: Path) -> None:
    soak = serve("--json", "--faults", "soak")
    try:
        admin = {soak.info["admin_header"]: soak.info["admin_token"]}
        plan = httpx.get(soak.base_url + "/_sandbox/faults", headers=admin).json()
        assert plan["default"]["status_rates"]["503"] > 0
    finally:
        assert soak.stop()[0] == 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"operations": {"getCreditNote": {"latency": 0.01}}}))
    custom = serve("--json", "--faults", str(path))
    try:
        admin = {custom.info["admin_header"]: custom.info["admin_token"]}
        plan = httpx.get(custom.base_url + "/_sandbox/faults", headers=admin).json()
        assert plan["operations"]["getCreditNote"]["latency"] == 0.01
    finally:
        assert custom.stop()[0] == 0


def test_a_bad_plan_file_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"default": {"drop_rate": 7}}))
    ran = subprocess.run(
        [sys.executable, "-m", "billing_sdk.cli", "sandbox", "serve", "--faults", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 2
    assert ran.stderr.count("\n") == 1 and "is not a fault plan" in ran.stderr
