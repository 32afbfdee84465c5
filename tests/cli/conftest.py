"""CLI fixtures: the sandbox served by the CLI itself, in a subprocess.

The commands run in this process (through ``billing_sdk.cli.main``, the real entry point) and
call ``anyio.run`` themselves, so the server cannot share their loop or thread: it runs as
``python -m billing_sdk.cli sandbox serve --port 0 --json`` and is stopped with Ctrl-C (SIGINT).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from billing_sdk.cli import main

#: Every credential variable the commands read; each test starts with none of them set.
CREDENTIAL_VARIABLES = (
    "VISMA_BASE_URL",
    "VISMA_CLIENT_ID",
    "VISMA_CLIENT_SECRET",
    "VISMA_TENANT_ID",
    "VISMA_TOKEN_URL",
    "CRMCOM_BASE_URL",
    "CRMCOM_USERNAME",
    "CRMCOM_PASSWORD",
    "CRMCOM_ORGANISATION",
    "CRMCOM_WEB_API_KEY",
    "BILLOMAT_BASE_URL",
    "BILLOMAT_API_KEY",
)


@dataclass
class Served:
    """A sandbox served by ``billing-sdk sandbox serve`` in a subprocess."""

    process: subprocess.Popen[str]
    info: dict[str, Any]

    @property
    def base_url(self) -> str:
        return str(self.info["base_url"])

    @property
    def environment(self) -> dict[str, str]:
        return dict(self.info["environment"])

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, then the exit code and whatever it printed after the banner."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            out, _ = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, _ = self.process.communicate()
        return self.process.returncode, out


def serve(*args: str) -> Served:
    """Start ``billing-sdk sandbox serve --port 0 --json`` and read its banner."""
    process = subprocess.Popen(
        [sys.executable, "-m", "billing_sdk.cli", "sandbox", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    try:
        info = json.loads(line)
    except ValueError:
        process.kill()
        rest = process.communicate()[0]
        raise AssertionError(f"the sandbox did not start: {line}{rest}") from None
    return Served(process, info)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """One sandbox per test module (tests use different records, so they do not collide)."""
    sandbox = serve("--json")
    yield sandbox
    sandbox.stop()


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential from the developer's shell leaks into a test."""
    for name in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sandbox_env(served: Served, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Point every vendor command at the served sandbox."""
    for name, value in served.environment.items():
        monkeypatch.setenv(name, value)
    return served.environment


@dataclass
class Ran:
    """What one CLI run did."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        # Amounts are exact JSON numbers: read them as Decimals, as a careful script would.
        return json.loads(self.out, parse_float=Decimal)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """``cli("visma", "invoices", "list")`` runs the real entry point and captures it."""

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run
