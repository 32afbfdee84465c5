"""The test kit (``billing_sdk.testing``): the project's own tests use the plugin's fixtures.

pytest loads the plugin through the ``pytest11`` entry point of the installed package (no
``pytest_plugins`` line anywhere here), so these tests also prove the entry point works.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from billing_sdk import BillomatClient, CrmComClient, RetryPolicy, ServerError, VismaClient
from billing_sdk.billomat import PaymentType
from billing_sdk.sandbox import FaultRule, Sandbox
from billing_sdk.testing import SandboxFaults, SandboxState


def test_the_plugin_is_registered_by_its_entry_point(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("billing_sdk")
    assert plugin is not None and plugin.__name__ == "billing_sdk.testing._plugin"


def test_the_sandbox_is_served_on_loopback(billing_sandbox: Sandbox) -> None:
    assert billing_sandbox.is_serving
    assert billing_sandbox.base_url.startswith("http://127.0.0.1:")
    answer = httpx.get(billing_sandbox.base_url + "/_sandbox/state")
    assert answer.status_code == 401  # a real server, guarding its admin endpoints


async def test_one_client_per_vendor(
    visma_client: VismaClient, crmcom_client: CrmComClient, billomat_client: BillomatClient
) -> None:
    invoice = await visma_client.customer_invoices.get("000101")
    assert invoice.reference_number == "000101"
    numbers = [
        p.number
        async for p in crmcom_client.payments.list(accounts_receivable={"number": "AR0001"})
    ]
    assert numbers
    note = await billomat_client.credit_notes.get(1)
    assert note.id == 1
    for client in (visma_client, crmcom_client, billomat_client):
        assert client.base_url.rstrip("/") == visma_client.base_url.rstrip("/")


async def test_state_snapshots_show_exactly_what_a_call_wrote(
    billomat_client: BillomatClient, billing_state: SandboxState
) -> None:
    before = billing_state.snapshot()
    assert billing_state.changed_since(before) == []
    payment = await billomat_client.credit_note_payments.create(
        credit_note_id=1, amount=Decimal("1.50"), type=PaymentType.BANK_TRANSFER
    )
    changed = billing_state.changed_since(before)
    assert f"billomat.credit_note_payments.{payment.id}" in changed
    assert all(path.startswith("billomat.") for path in changed), changed


async def test_fault_plans_switch_on_and_off(
    billomat_client: BillomatClient, billing_faults: SandboxFaults
) -> None:
    billomat_client.retry_policy = RetryPolicy(max_attempts=2, backoff_initial=0.01)
    billing_faults.for_vendor("billomat", FaultRule(status_rates={500: 1.0}))
    with pytest.raises(ServerError):
        await billomat_client.credit_notes.get(1)
    assert billing_faults.injected == {"error": 2}  # the first attempt and its one retry
    billing_faults.clear()
    assert (await billomat_client.credit_notes.get(1)).id == 1


@pytest.fixture
def billing_sandbox_options() -> dict[str, Any]:
    return {"seed": 42}


def test_the_options_fixture_can_be_overridden(billing_sandbox: Sandbox) -> None:
    assert billing_sandbox.seed == 42
