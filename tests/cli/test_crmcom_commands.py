"""``billing-sdk crmcom payments ...`` against the served sandbox."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("sandbox_env")


def test_list_show_and_latest(cli: Any) -> None:
    listed = cli("crmcom", "payments", "list", "--accounts-receivable", "AR0001", "--json")
    assert listed.code == 0, listed.err
    assert "PAY0001" in [p["number"] for p in listed.json()]
    posted = cli("crmcom", "payments", "list", "-a", "AR0001", "--state", "posted")
    assert posted.code == 0 and "PAY0001" in posted.out
    latest = cli("crmcom", "payments", "list", "-a", "AR0001", "--latest", "1", "--json")
    assert latest.code == 0 and len(latest.json()) == 1
    shown = cli("crmcom", "payments", "show", "PAY0001")
    assert shown.code == 0 and "ERP-PAY-000001" in shown.out
    by_code = cli("crmcom", "payments", "show", "back_office_code=ERP-PAY-000001", "--json")
    assert by_code.json()["number"] == "PAY0001"
    by_wallet = cli("crmcom", "payments", "list", "--wallet", "W0001", "--json")
    assert by_wallet.code == 0


def test_create_post_and_cancel(cli: Any) -> None:
    created = cli(
        "crmcom",
        "payments",
        "create",
        "-a",
        "AR0005",
        "--amount",
        "12.50",
        "--back-office-code",
        "CLI-CRM-1",
        "--notes",
        "from the CLI",
        "--json",
    )
    assert created.code == 0, created.err
    assert created.json()["life_cycle_state"] == "DRAFT"
    posted = cli("crmcom", "payments", "post", "back_office_code=CLI-CRM-1", "--json")
    assert posted.code == 0, posted.err
    assert posted.json()["life_cycle_state"] == "POSTED"
    again = cli("crmcom", "payments", "post", "back_office_code=CLI-CRM-1")
    assert again.code == 1
    assert "not DRAFT" in again.err and again.err.count("\n") == 1
    cancelled = cli("crmcom", "payments", "cancel", posted.json()["number"], "--reason", "bounced")
    assert cancelled.code == 0, cancelled.err
    assert "CANCELLED" in cancelled.out


def test_create_posted_and_reject_a_draft(cli: Any) -> None:
    posted = cli(
        "crmcom",
        "payments",
        "create",
        "-a",
        "AR0006",
        "--amount",
        "3",
        "--posted",
        "--method",
        "alternative_code=CA",
        "--json",
    )
    assert posted.code == 0, posted.err
    assert posted.json()["life_cycle_state"] == "POSTED"
    draft = cli("crmcom", "payments", "create", "--wallet", "W0001", "--amount", "5", "--json")
    assert draft.code == 0, draft.err
    rejected = cli(
        "crmcom",
        "payments",
        "reject",
        "id=" + draft.json()["id"],
        "--reason",
        "Insufficient Funds",
        "--json",
    )
    assert rejected.code == 0, rejected.err
    assert rejected.json()["life_cycle_state"] == "REJECTED"


def test_usage_errors(cli: Any) -> None:
    neither = cli("crmcom", "payments", "list")
    assert neither.code == 2 and "exactly one of" in neither.err
    both = cli("crmcom", "payments", "create", "-a", "AR0001", "--wallet", "W0001", "--amount", "1")
    assert both.code == 2
    not_an_amount = cli("crmcom", "payments", "create", "-a", "AR0001", "--amount", "1e5")
    assert not_an_amount.code == 2 and "not an amount" in not_an_amount.err
    # The spec's limits are the SDK's to check (one rule for every caller): the SDK refuses.
    negative = cli("crmcom", "payments", "create", "-a", "AR0001", "--amount", "-1")
    assert negative.code == 1 and "greater than 0" in negative.err
    past_the_cent = cli("crmcom", "payments", "create", "-a", "AR0001", "--amount", "1.001")
    assert past_the_cent.code == 1 and "more than 2 decimal places" in past_the_cent.err
    unknown = cli("crmcom", "payments", "show", "NO-SUCH-PAYMENT")
    assert unknown.code == 1 and "NOT_FOUND" in unknown.err


def test_create_prints_the_identifier_post_takes(cli: Any) -> None:
    created = cli("crmcom", "payments", "create", "-a", "AR0007", "--amount", "7")
    assert created.code == 0, created.err
    hint = next(line for line in created.out.splitlines() if line.startswith("post it:"))
    identifier = hint.split()[-1]
    assert identifier.startswith("id=")  # a DRAFT has no number yet
    assert re.search(rf"Payment\s+{re.escape(identifier)}\s", created.out)
    assert re.search(r"Amount\s+7\.00\s", created.out)  # at scale
    as_json = cli("crmcom", "payments", "create", "-a", "AR0007", "--amount", "8", "--json")
    data = as_json.json()
    assert data["identifier"] == "id=" + data["id"] and str(data["payment_amount"]) == "8.00"
    posted = cli("crmcom", "payments", "post", identifier, "--json")  # the printed identifier
    assert posted.code == 0, posted.err
    assert posted.json()["life_cycle_state"] == "POSTED"
    shown = cli("crmcom", "payments", "show", data["identifier"], "--json")
    assert shown.code == 0 and shown.json()["id"] == data["id"]


def test_timestamps_carry_the_zone_asked_for(cli: Any) -> None:
    utc = cli("--json", "crmcom", "payments", "list", "-a", "AR0001", "--limit", "1")
    tokyo = cli("--time-zone", "Asia/Tokyo", "--json", "crmcom", "payments", "list", "-a", "AR0001")
    assert utc.json()[0]["issued_on"].endswith("+00:00")
    assert tokyo.json()[0]["issued_on"].endswith("+09:00")
    bad = cli("--time-zone", "Mars/Olympus", "crmcom", "payments", "list", "-a", "AR0001")
    assert bad.code == 2 and "unknown time zone" in bad.err
