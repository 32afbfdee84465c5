"""Typed inputs: mypy --strict catches misspelt fields, filters and options; the TypedDicts
follow the generated models (drift fails here); the day of work in docs/typing.md."""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import pytest

from billing_sdk.visma import InvoiceFields, InvoiceFilters, PaymentFields, PaymentFilters
from billing_sdk.visma import _generated as g
from billing_sdk.visma._invoices import _FILTERS as INVOICE_FILTERS
from billing_sdk.visma._payments import _FILTERS as PAYMENT_FILTERS

ROOT = Path(__file__).resolve().parent.parent


def _dto_fields(cls: type) -> set[str]:
    return {f.name.rstrip("_") for f in attrs.fields(cls) if f.name in cls.FIELD_NAMES.values()}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (PaymentFields, _dto_fields(g.PaymentUpdateDto)),
        (InvoiceFields, _dto_fields(g.CustomerInvoiceUpdateDto)),
        (PaymentFilters, set(PAYMENT_FILTERS)),
        (InvoiceFilters, set(INVOICE_FILTERS)),
    ],
    ids=["PaymentFields", "InvoiceFields", "PaymentFilters", "InvoiceFilters"],
)
def test_the_typed_inputs_follow_the_generated_code(typed: type, expected: set[str]) -> None:
    assert set(typed.__annotations__) == expected


def test_the_crmcom_identifiers_follow_their_fields() -> None:
    from billing_sdk import crmcom
    from billing_sdk.crmcom import _inputs as inp

    pairs = {
        crmcom.PaymentId: inp.PAYMENT,
        crmcom.AccountsReceivableId: inp.ACCOUNTS_RECEIVABLE,
        crmcom.WalletId: inp.WALLET,
        crmcom.TypeId: inp.TYPE,
        crmcom.CategoryId: inp.CATEGORY,
        crmcom.PaymentMethodId: inp.PAYMENT_METHOD,
        crmcom.UnitId: inp.UNIT,
        crmcom.UserId: inp.USER,
        crmcom.CurrencyId: inp.CURRENCY,
        crmcom.InvoiceId: inp.INVOICE,
        crmcom.BillId: inp.BILL,
        crmcom.RejectionReasonId: inp.REJECTION_REASON,
        crmcom.CardId: inp.CARD,
        crmcom.PaymentPreferenceId: inp.PAYMENT_PREFERENCE,
    }
    for typed, fields in pairs.items():
        assert tuple(typed.__annotations__) == fields, typed.__name__


#: One mypy cache for the module's programs: the first run analyses billing_sdk (generated
#: packages included), the others only their own program (~2 s instead of ~10 s each).
_CACHE: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def _mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    _CACHE[:] = [tmp_path_factory.mktemp("mypy-cache")]


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(source), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(_CACHE[0]), str(program)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


TYPOS = """
from decimal import Decimal

from billing_sdk import CrmComClient, RetryPolicy, VismaClient
from billing_sdk.visma import PaymentFields


async def run(visma: VismaClient, crm: CrmComClient) -> None:
    payment: PaymentFields = {"customer": "10001", "payment_amout": Decimal("1.00")}
    await visma.customer_payments.create(payment)
    async for _ in visma.customer_invoices.list(staus="Open"):
        pass
    visma.with_options(timout=5, retry=RetryPolicy(max_attempts=2))
    async for _p in crm.payments.list(accounts_receivable={"numbr": "AR0001"}):
        pass
"""


def test_mypy_catches_a_misspelt_field_filter_and_option(tmp_path: Path) -> None:
    out = _mypy(tmp_path, TYPOS)
    assert out.returncode == 1, out.stdout
    assert re.search(r'program.py:9: error: .*"payment_amout"', out.stdout), out.stdout
    assert re.search(r'program.py:11: error: .*"staus"', out.stdout), out.stdout
    assert re.search(r'program.py:13: error: .*"timout"', out.stdout), out.stdout
    # The misspelt identifier field makes the mapping no AccountsReceivableId.
    assert re.search(r'program.py:14: error: .*"AccountsReceivableId', out.stdout), out.stdout
    fixed = TYPOS.replace("payment_amout", "payment_amount").replace("staus", "status")
    fixed = fixed.replace("timout", "timeout").replace("numbr", "number")
    clean = _mypy(tmp_path, fixed)
    assert clean.returncode == 0, clean.stdout


def _docs_day() -> str:
    text = (ROOT / "docs" / "typing.md").read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)^```", text, re.S | re.M)
    assert match is not None
    return match.group(1)


def test_the_docs_day_passes_mypy_strict(tmp_path: Path) -> None:
    source = _docs_day()
    assert "_api" not in source and "cast(" not in source  # no generated import, no cast
    out = _mypy(tmp_path, source)
    assert out.returncode == 0, out.stdout


def _keywords(method: Any) -> tuple[set[str], set[str]]:
    """(every keyword argument, those without a default) of ``method``."""
    params = [p for p in inspect.signature(method).parameters.values() if p.name != "self"]
    return {p.name for p in params}, {p.name for p in params if p.default is p.empty}


@pytest.mark.parametrize(
    ("typed", "method"),
    [
        ("crmcom.PaymentFields", "crmcom.Payments.create"),
        ("crmcom.PaymentLookup", "crmcom.Payments.show"),
        ("billomat.CreditNotePaymentFields", "billomat._resources.CreditNotePayments.create"),
    ],
)
def test_the_bulk_item_types_follow_their_methods(typed: str, method: str) -> None:
    def resolve(path: str) -> Any:
        module, *attributes = path.split(".")
        value: Any = importlib.import_module(f"billing_sdk.{module}")
        for name in attributes:
            value = getattr(value, name)
        return value

    cls = resolve(typed)
    every, required = _keywords(resolve(method))
    assert set(cls.__annotations__) == every
    assert cls.__required_keys__ == required


BULK_TYPOS = """
from decimal import Decimal

from billing_sdk import BillomatClient, CrmComClient, VismaClient
from billing_sdk.billomat import CreditNotePaymentFields
from billing_sdk.crmcom import PaymentFields, PaymentLookup
from billing_sdk.visma import PaymentFields as VismaPayment


async def run(visma: VismaClient, crm: CrmComClient, billomat: BillomatClient) -> None:
    vp: VismaPayment = {"customer": "10001", "payment_amount": Decimal("1.00")}
    await visma.customer_payments.create_many([vp, {"customer": "1", "paymnt_ref": "R"}])
    create: PaymentFields = {
        "amount": Decimal("1.00"),
        "type": {"name": "Cash"},
        "payment_method": {"name": "Cash"},
        "accounts_receivable": {"number": "AR0001"},
    }
    await crm.payments.create_many([create, {**create, "back_ofice_code": "X"}])
    lookups: list[PaymentLookup] = [{"number": "PAY1"}, {"numbr": "PAY2"}]
    await crm.payments.show_many(lookups)
    paid: CreditNotePaymentFields = {"credit_note_id": 3, "amount": Decimal("1.00")}
    await billomat.credit_note_payments.create_many([paid, {"credit_note_id": 3, "amont": 1}])
"""


def test_mypy_catches_a_misspelt_key_in_a_bulk_item(tmp_path: Path) -> None:
    out = _mypy(tmp_path, BULK_TYPOS)
    assert out.returncode == 1, out.stdout
    # Visma's items are PaymentFields or a PaymentUpdateDto: mypy names the item, not the key.
    assert re.search(r"program.py:12: error: .*PaymentFields", out.stdout), out.stdout
    for line, key in ((19, "back_ofice_code"), (20, "numbr"), (23, "amont")):
        assert re.search(rf'program.py:{line}: error: .*"{key}"', out.stdout), out.stdout
    fixed = BULK_TYPOS.replace("paymnt_ref", "payment_ref").replace("ofice", "office")
    fixed = fixed.replace("numbr", "number").replace("amont", "amount")
    clean = _mypy(tmp_path, fixed)
    assert clean.returncode == 0, clean.stdout


BACKGROUND = """
from typing import assert_type

from billing_sdk import VismaClient
from billing_sdk.visma import CustomerInvoiceDto, Job, PaymentDto


async def run(visma: VismaClient, flag: bool) -> None:
    payment = await visma.customer_payments.get("000031")
    assert_type(payment, PaymentDto)
    job = await visma.customer_payments.get("000031", background=True)
    assert_type(job, Job[PaymentDto])
    hooked = await visma.customer_invoices.get("000101", background="subscription")
    assert_type(hooked, Job[CustomerInvoiceDto])
    either = await visma.customer_invoices.get("000101", background=flag)
    assert_type(either, CustomerInvoiceDto | Job[CustomerInvoiceDto])
    jobs = [await visma.customer_invoices.release(n, background=True) for n in ("1", "2")]
    actions = await visma.background.wait_all(jobs, timeout=60)
    print([a.status for a in actions])
    note = await (await visma.customer_invoices.reverse("000101", check=False))
    assert_type(note, CustomerInvoiceDto)
    version = await visma.customer_invoices.update("000101", {"hold": True}, if_match="x")
    assert_type(version, str | None)
    assert_type(await visma.customer_invoices.print("000101"), bytes)
    assert_type(await visma.customer_invoices.delete("000101", background=True), Job[None])
    page = await visma.customer_payments.get_page(1, 10, status="Open")
    assert_type(page, list[PaymentDto])
    await visma.customer_payments.get(31)
    await visma.customer_payments.get("1", backgrund=True)
    await visma.customer_invoices.reverse("1", chek=False)
"""


def test_background_fixes_the_return_type_and_arguments_stay_checked(tmp_path: Path) -> None:
    # No @overload per method: the call's ``background=`` is a type parameter of VismaCall.
    out = _mypy(tmp_path, BACKGROUND)
    errors = [int(n) for n in re.findall(r"program.py:(\d+): error", out.stdout)]
    lines = textwrap.dedent(BACKGROUND).splitlines()
    wrong = [n for n, line in enumerate(lines, 1) if "31)" in line or "backgrund" in line]
    wrong += [n for n, line in enumerate(lines, 1) if "chek" in line]
    assert errors == wrong, out.stdout  # the three misspelt or mistyped calls, nothing else
