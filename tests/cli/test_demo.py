"""``billing-sdk demo``: the day runs green, with and without faults, and failures show."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from rich.console import Console

from billing_sdk import NotFound
from billing_sdk.cli import _demo
from billing_sdk.cli._demo_report import Flow, Reporter, Step
from billing_sdk.sandbox import FaultRule


def test_the_day_is_all_green(cli: Any) -> None:
    ran = cli("demo", "--plain")
    assert ran.code == 0, ran.out
    assert "ALL GREEN" in ran.out
    for step in (
        "create 10 invoices",
        "edit one invoice from 20 workers",
        "release invoices as background jobs",
        "pay the invoices",
        "void one payment",
        "page through the open items",
        "create a DRAFT payment and post it",
        "pay bill B0002",
        "reject a draft",
        "cancel a posted payment",
        "list the latest payments",
        "book credit-note refunds",
        "mark it PAID",
        "list payments with filters",
        "delete a refund",
    ):
        assert step in ran.out
    assert "412s absorbed" in ran.out and "background jobs" in ran.out
    assert "FAIL" not in ran.out


def test_the_faulty_day_has_the_clean_days_outcome(cli: Any) -> None:
    ran = cli("demo", "--faults", "--plain", "--seed", "11")
    assert ran.code == 0, ran.out
    assert "faults injected" in ran.out
    assert "identical to the clean day's" in ran.out
    for op in _demo.OVERRIDES:
        assert op in ran.out  # every exception to the fault plan is said out loud


def test_the_faulty_day_alone(cli: Any) -> None:
    ran = cli("demo", "--faults", "--no-baseline", "--plain")
    assert ran.code == 0, ran.out
    assert "Clean day" not in ran.out and "ALL GREEN" in ran.out


def test_the_fault_plan() -> None:
    plan = _demo.demo_fault_plan(5)
    assert plan.seed == 5
    assert plan.default.stall_seconds <= 0.5
    assert plan.default.status_rates == _demo.DEMO_FAULTS.status_rates
    # Token requests and logins are retried like reads: faulted like them.
    assert plan.rule_for("visma", "connectToken") == _demo.DEMO_FAULTS
    assert plan.rule_for("crmcom", "authenticationToken") == _demo.DEMO_FAULTS
    assert plan.rule_for("visma", "customerInvoiceV2Create") == FaultRule()
    assert plan.rule_for("visma", "customerInvoiceGetByinvoiceNumber") == _demo.DEMO_FAULTS
    # Guarded writes: every fault but a lost answer after the commit.
    release = plan.rule_for("visma", "customerPaymentReleasePaymentBypaymentNumber")
    assert release.commit_then_fail_rate == 0 and release.drop_rate > 0
    assert release.status_rates == _demo.DEMO_FAULTS.status_rates
    put = plan.rule_for("visma", "customerInvoiceUpdateByinvoiceNumber")
    assert put.status_rates == {429: 0.05} and put.commit_then_fail_rate == 0


class _Broken(Flow):
    vendor = "broken"

    def __init__(self) -> None:
        super().__init__()
        self.steps = [("works", self.works), ("fails", self.fails), ("never runs", self.works)]

    async def works(self, step: Step) -> None:
        step.count(1)

    async def fails(self, step: Step) -> None:
        step.count(1, 0)
        raise NotFound("no such thing", status=404, method="GET", path="/thing")


def test_a_failed_step_skips_the_rest_and_turns_the_summary_red() -> None:
    console = Console(record=True, width=120)
    reporter = Reporter(console, live=False)
    flow = _Broken()

    async def main() -> bool:
        with reporter.day({flow.vendor: flow.step_names}):
            return await flow.run(reporter)

    assert anyio.run(main) is False
    assert [(r.name, r.ok, r.skipped) for r in reporter.records] == [
        ("works", True, False),
        ("fails", False, False),
        ("never runs", False, True),
    ]
    assert reporter.records[1].problems == ["NotFound: HTTP 404: no such thing (GET /thing)"]
    assert not reporter.all_ok
    console.print(reporter.summary_table("day"))
    text = console.export_text()
    assert "NOT all green" in text and "skipped" in text


def test_outcomes_are_compared_section_by_section() -> None:
    expected = {"visma": {"invoices": [1, 2], "rate": "21"}}
    _, identical = _demo._compare(expected, {"visma": {"invoices": [1, 2], "rate": "21"}})
    assert identical
    _, identical = _demo._compare(expected, {"visma": {"invoices": [1, 3], "rate": "21"}})
    assert not identical


@pytest.mark.parametrize("check", [True, False])
def test_checks_record_problems(check: bool) -> None:
    reporter = Reporter(Console(), live=False)

    async def main() -> None:
        async with reporter.step("v", "s", []) as step:
            step.count(2)
            step.check(check, "it did not hold")

    anyio.run(main)
    assert reporter.records[0].ok is check
