"""``billing-sdk visma ...`` against the served sandbox."""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("sandbox_env")


def test_invoices_list_as_json_and_as_a_table(cli: Any) -> None:
    ran = cli("visma", "invoices", "list", "--status", "Open", "--limit", "3", "--json")
    assert ran.code == 0, ran.err
    invoices = ran.json()
    assert len(invoices) == 3
    assert {i["status"] for i in invoices} == {"Open"}
    table = cli("visma", "invoices", "list", "--customer", "10002", "--page-size", "2")
    assert table.code == 0
    assert "Customer invoices" in table.out and "000102" in table.out
    everything = cli("--json", "visma", "invoices", "list", "--limit", "0")
    assert len(everything.json()) > 30  # several pages of the server's forced paging


def test_invoices_get(cli: Any) -> None:
    ran = cli("visma", "invoices", "get", "000101", "--json")
    assert ran.code == 0
    assert ran.json()["reference_number"] == "000101"
    table = cli("visma", "invoices", "get", "000101")
    assert "Invoice 000101" in table.out and "Hold" in table.out
    # Money: exact JSON numbers in --json, at their scale in tables (the rate 1 shows as 1.00).
    assert str(ran.json()["amount"]) == "69862.50"
    assert '"amount": 69862.50' in ran.out
    assert re.search(r"Exchange rate\s+1\.00\s", table.out)


def test_an_amount_past_the_cent_is_refused_not_booked(cli: Any) -> None:
    refused = cli("visma", "payments", "create", "--customer", "10001", "--amount", "10.001")
    assert refused.code == 1 and "more than 2 decimal places" in refused.err
    exponent = cli("visma", "payments", "create", "--customer", "10001", "--amount", "1e5")
    assert exponent.code == 2 and "not an amount" in exponent.err


def test_invoices_release_direct_and_in_the_background(cli: Any) -> None:
    direct = cli("visma", "invoices", "release", "000105", "--json")
    assert direct.code == 0, direct.err
    # Visma accepts the release at once (202 Queued); the command waits for the invoice.
    assert direct.json()["action_result"] in ("Queued", "Done")
    assert direct.json()["document_status"] == "Open"
    waited = cli("visma", "invoices", "release", "000106", "--background", "--wait", "--json")
    assert waited.code == 0, waited.err
    assert waited.json()["action_result"] == "Done"
    assert waited.json()["document_status"] == "Open"
    assert "finished after" in waited.err  # the job's wait, for people, on stderr
    assert cli("visma", "invoices", "get", "000106", "--json").json()["status"] == "Open"


def test_background_job_then_jobs_status_and_wait(cli: Any) -> None:
    started = cli("visma", "invoices", "release", "000107", "--background", "--json")
    assert started.code == 0, started.err
    job = started.json()
    assert job["operation"] == "customer_invoices.release"
    assert "visma jobs wait" in started.err
    status = cli("visma", "jobs", "status", job["job_id"], "--json")
    assert status.code == 0
    assert status.json()["id"] == job["job_id"]
    result = cli("visma", "jobs", "wait", job["job_id"], "--operation", job["operation"], "--json")
    assert result.code == 0, result.err
    assert result.json()["action_result"] == "Done"
    again = cli("visma", "jobs", "wait", "--token", job["continuation_token"])
    assert again.code == 0
    assert "action_result" in again.out
    raw = cli("visma", "jobs", "wait", job["job_id"], "--json")  # no operation: raw JSON
    assert raw.code == 0 and raw.json()["action_result"] == "Done"


def test_payment_lifecycle(cli: Any) -> None:
    created = cli(
        "visma",
        "payments",
        "create",
        "--customer",
        "10006",
        "--invoice",
        "000119=100.50",
        "--payment-ref",
        "CLI-TEST-1",
        "--date",
        "2026-04-20",
        "--json",
    )
    assert created.code == 0, created.err
    payment = created.json()
    number = payment["ref_nbr"]
    assert payment["payment_ref"] == "CLI-TEST-1"
    assert str(payment["payment_amount"]) == "100.50"  # exactly the digits sent, no float
    assert payment["status"] == "Balanced"
    shown = cli("visma", "payments", "get", number)
    assert "CLI-TEST-1" in shown.out and "000119" in shown.out
    released = cli("visma", "payments", "release", number, "--json")
    assert released.code == 0, released.err
    listed = cli("visma", "payments", "list", "--customer", "10006", "--limit", "0", "--json")
    assert number in [p["ref_nbr"] for p in listed.json()]
    voided = cli("visma", "payments", "void", number, "--background", "--wait", "--json")
    assert voided.code == 0, voided.err
    assert cli("visma", "payments", "get", number, "--json").json()["status"] == "Voided"


def test_payment_get_as_a_background_job(cli: Any) -> None:
    ran = cli("visma", "payments", "get", "000042", "--background", "--wait", "--json")
    assert ran.code == 0, ran.err
    assert ran.json()["ref_nbr"] == "000042"
    started = cli(
        "visma",
        "payments",
        "create",
        "--customer",
        "10001",
        "--amount",
        "5",
        "--hold",
        "--background",
    )
    assert started.code == 0, started.err
    assert "customer_payments.create" in started.out


def test_api_errors_are_one_line_and_exit_1(cli: Any) -> None:
    missing = cli("visma", "invoices", "get", "999999")
    assert missing.code == 1
    assert missing.err.count("\n") == 1
    assert missing.err.startswith("Error: HTTP 404")
    invalid = cli("visma", "invoices", "get", "a-far-too-long-number")
    assert invalid.code == 1
    assert "longer than 15" in invalid.err and "Traceback" not in invalid.err
    twice = cli("visma", "payments", "release", "000031")  # Closed already
    assert twice.code == 1 and twice.err.startswith("Error: HTTP 400")


def test_an_interrupted_wait_prints_the_command_that_resumes_it(
    cli: Any, sandbox_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from billing_sdk.visma import Job

    real_wait = Job.wait

    async def interrupted(self: Job[Any], **_: Any) -> Any:
        raise KeyboardInterrupt  # what Ctrl-C is to the waiting command

    monkeypatch.setattr(Job, "wait", interrupted)
    base_url = sandbox_env["VISMA_BASE_URL"]
    ran = cli(
        "--json", "visma", "--base-url", base_url, "invoices", "release", "000132",
        "--background", "--wait",
    )  # fmt: skip
    assert ran.code == 130, ran.err
    line = next(line for line in ran.err.splitlines() if "resume the wait with:" in line)
    command = shlex.split(line.split("resume the wait with: ", 1)[1])
    assert command[:4] == ["billing-sdk", "--json", "visma", "--base-url"]
    assert command[5:8] == ["jobs", "wait", command[7]] and command[-2:] == [
        "--operation",
        "customer_invoices.release",
    ]
    assert sandbox_env["VISMA_CLIENT_SECRET"] not in ran.err
    monkeypatch.setattr(Job, "wait", real_wait)
    resumed = cli(*command[1:])  # exactly what was printed, minus the program name
    assert resumed.code == 0, resumed.err
    assert resumed.json()["action_result"] == "Done"
