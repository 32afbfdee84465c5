"""The built wheel, installed into a fresh venv, as a user gets it.

One venv per run (module fixture): the wheel with the ``testing`` extra only (no ``cli``), then

* a small user test suite that uses the pytest plugin's fixtures and knows nothing of this
  repository (no conftest, no ``pytest_plugins``: the ``pytest11`` entry point loads them);
* the ``billing-sdk`` script without the ``cli`` extra: one line naming the extra, exit 2.

pip runs from this venv (``pip --python``), so the new venv needs no pip of its own; the pins
are constraints.txt's and the pip cache makes the install a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

USER_TESTS = """
from decimal import Decimal

import pytest

from billing_sdk import BillomatClient, CrmComClient, NotFound, RetryPolicy, VismaClient
from billing_sdk.sandbox import FaultRule, Sandbox
from billing_sdk.testing import SandboxFaults, SandboxState


@pytest.mark.asyncio
async def test_visma_invoice(visma_client: VismaClient) -> None:
    invoice = await visma_client.customer_invoices.get("000101")
    assert isinstance(invoice.balance, Decimal)


@pytest.mark.asyncio
async def test_crmcom_and_billomat(
    crmcom_client: CrmComClient, billomat_client: BillomatClient, billing_state: SandboxState
) -> None:
    before = billing_state.snapshot()
    ar = {"number": "AR0001"}
    payments = [p async for p in crmcom_client.payments.list(accounts_receivable=ar)]
    assert payments
    payment = await billomat_client.credit_note_payments.create(credit_note_id=1, amount="2.00")
    assert billing_state.changed_since(before)
    with pytest.raises(NotFound):
        await billomat_client.credit_note_payments.get(999_999)


@pytest.mark.asyncio
async def test_faults(billomat_client: BillomatClient, billing_faults: SandboxFaults) -> None:
    billomat_client.retry_policy = RetryPolicy(max_attempts=8, backoff_initial=0.01)
    billing_faults.for_operation("getCreditNote", FaultRule(status_rates={503: 0.5}, retry_after=0))
    for _ in range(4):
        assert (await billomat_client.credit_notes.get(1)).id == 1  # retried through
    assert billing_faults.injected.get("error", 0) >= 1


def test_sandbox_is_on_loopback(billing_sandbox: Sandbox) -> None:
    assert billing_sandbox.base_url.startswith("http://127.0.0.1:")
"""


@pytest.fixture(scope="module")
def user_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the built wheel with its ``testing`` extra."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob("billing_sdk-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "-q"),
            *("--no-compile", "-c", str(ROOT / "constraints.txt"), f"{wheel}[testing]"),
        ],
        check=True,
        capture_output=True,
    )
    return venv


def _clean_env() -> dict[str, str]:
    """No trace of this checkout: the installed wheel is all the user's code can see."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_a_user_suite_runs_with_the_plugin(user_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_billing.py").write_text(textwrap.dedent(USER_TESTS), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_default_fixture_loop_scope = function\n", encoding="utf-8"
    )
    out = subprocess.run(
        [str(user_venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "4 passed" in out.stdout, out.stdout[-2000:]


def test_the_script_without_the_cli_extra_names_it(user_venv: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [str(user_venv / "bin" / "billing-sdk"), "demo"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr, out.stderr
    assert "pip install 'billing-sdk[cli]'" in out.stderr


def test_the_wheel_ships_one_top_level_package(user_venv: Path) -> None:
    """The generated clients are inside billing_sdk (billing_sdk._generated.*), not beside it."""
    (wheel,) = user_venv.parent.glob("billing_sdk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    top = {name.split("/", 1)[0] for name in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"billing_sdk"}
    for package in ("visma_erp_api", "crmcom_payments_api", "billomat_api"):
        assert f"billing_sdk/_generated/{package}/models/__init__.py" in names
    out = subprocess.run(
        [str(user_venv / "bin" / "python"), "-c", "import visma_erp_api"],
        cwd=user_venv.parent,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert "No module named 'visma_erp_api'" in out.stderr, out.stderr
