"""Specs other tools can trust: openapi-generator makes a working client from each of them.

``python -m bench.spec_clients`` (part of ``make bench``) generates a Python client from each
spec in ``openapi/`` with ``openapi-generator-cli`` (``-g python --library httpx``, the
version pinned in the ``bench`` extra), installs it into this environment, serves the sandbox
on 127.0.0.1 and makes real calls with it: every answer is validated by the generated
pydantic models, which check the specs' types, patterns (Visma's naive date-times included)
and enums. It exits 1 when a spec does not generate or a call does not come back as the spec
says; without ``java`` or the generator it says why and exits 0, as ``bench.peers`` does.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bench.peers import CONSTRAINTS, generator_path, why_unavailable
from billing_sdk.sandbox import CrmComSettings, Sandbox

ROOT = Path(__file__).resolve().parent.parent
#: spec -> the package generated from it.
PACKAGES = {
    "visma-erp.yaml": "oag_spec_visma",
    "crmcom-payments.yaml": "oag_spec_crmcom",
    "billomat-credit-note-payments.yaml": "oag_spec_billomat",
}
_CRM_TOKEN = "bench-spec-clients-token"


def generate(workdir: Path) -> list[Path]:
    """Generate one project per spec into ``workdir``; raises on a generator failure."""
    projects = []
    for spec, package in PACKAGES.items():
        out = workdir / package
        result = subprocess.run(
            [
                generator_path() or "openapi-generator-cli",
                "generate",
                "-i",
                str(ROOT / "openapi" / spec),
                "-g",
                "python",
                "--library",
                "httpx",
                "-o",
                str(out),
                "--package-name",
                package,
                "--additional-properties=packageVersion=0.1.0",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"openapi-generator failed on {spec}:\n{result.stdout[-3000:]}")
        projects.append(out)
    return projects


def install(projects: list[Path]) -> None:
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-c", str(CONSTRAINTS), *map(str, projects)], check=True)
    subprocess.run([*pip, "--force-reinstall", "--no-deps", *map(str, projects)], check=True)
    importlib.invalidate_caches()


async def _visma(api: Any, sandbox: Sandbox) -> str:
    config = api.Configuration(host=sandbox.base_url, access_token=sandbox.visma.issue_token())
    async with api.ApiClient(config) as client:
        payments = api.CustomerPaymentApi(client)
        payment = await payments.customer_payment_get_bypayment_number("000034")
        assert payment.ref_nbr == "000034", payment
        page = await payments.customer_payment_get_all_payments(page_size=20)
        invoices = await api.CustomerInvoiceApi(client).customer_invoice_get_all(
            page_size=50, document_date="2000-01-01", document_date_condition=">="
        )
    dated = [i.document_date for i in invoices if i.document_date]
    assert page and invoices and dated, "empty lists"
    return f"{len(page)} payments, {len(invoices)} invoices (date-times like {dated[0]})"


async def _crmcom(api: Any, sandbox: Sandbox) -> str:
    async with api.ApiClient(api.Configuration(host=sandbox.base_url)) as client:
        payments = api.PaymentsApi(client)
        shown = await payments.payments_show(token=_CRM_TOKEN, payment_identifier="number=PAY0001")
        listed = await payments.payments_list(
            token=_CRM_TOKEN, accounts_receivable_identifier="number=9"
        )
    assert shown.data.number == "PAY0001", shown
    return f"payment {shown.data.number}, {len(listed.data)} payments of AR 9"


async def _billomat(api: Any, sandbox: Sandbox) -> str:
    config = api.Configuration(
        host=sandbox.base_url, api_key={"apiKey": sandbox.billomat.settings.api_key}
    )
    async with api.ApiClient(config) as client:
        listed = await api.CreditNotePaymentsApi(client).list_credit_note_payments()
        note = await api.CreditNotesApi(client).get_credit_note(1)
    assert listed.credit_note_payments is not None and note.credit_note.id == "1"
    return f"credit-note payments listed, credit note {note.credit_note.credit_note_number}"


CALLS: dict[str, Callable[[Any, Sandbox], Awaitable[str]]] = {
    "oag_spec_visma": _visma,
    "oag_spec_crmcom": _crmcom,
    "oag_spec_billomat": _billomat,
}


async def exercise() -> dict[str, str]:
    """Call the sandbox with each generated client; what each call saw, by package."""
    seen = {}
    sandbox = Sandbox(crmcom=CrmComSettings(static_tokens=(_CRM_TOKEN,)))
    async with sandbox.running():
        for package, call in CALLS.items():
            seen[package] = await call(importlib.import_module(package), sandbox)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.spec_clients", description=__doc__)
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    args = parser.parse_args(argv)
    reason = why_unavailable()
    if reason:
        print(f"bench.spec_clients: skipped: {reason}")
        return 0
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="billing-sdk-oag-"))
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        projects = generate(workdir)
        print(f"bench.spec_clients: generated {len(projects)} clients with openapi-generator")
        install(projects)
        for package, what in asyncio.run(exercise()).items():
            print(f"bench.spec_clients: {package}: ok ({what})")
    except (RuntimeError, AssertionError, subprocess.CalledProcessError) as exc:
        print(f"bench.spec_clients: FAILED: {exc}")
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
