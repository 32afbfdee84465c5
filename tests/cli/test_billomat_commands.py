"""``billing-sdk billomat credit-note-payments ...`` against the served sandbox."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("sandbox_env")


def test_list_with_filters_and_get(cli: Any) -> None:
    listed = cli("billomat", "credit-note-payments", "list", "--credit-note-id", "8", "--json")
    assert listed.code == 0, listed.err
    assert [p["id"] for p in listed.json()] == [7, 8, 9]
    typed = cli(
        "billomat",
        "credit-note-payments",
        "list",
        "--type",
        "cash",
        "--type",
        "PAYPAL",
        "--from",
        "2025-01-01",
        "--order-by",
        "date DESC",
        "--json",
    )
    assert typed.code == 0, typed.err
    assert {p["type"] for p in typed.json()} <= {"CASH", "PAYPAL"}
    dates = [p["date"] for p in typed.json()]
    assert dates == sorted(dates, reverse=True)
    table = cli("billomat", "credit-note-payments", "get", "3")
    assert table.code == 0 and "PayPal-Rückzahlung" in table.out


def test_create_and_delete(cli: Any) -> None:
    created = cli(
        "billomat",
        "credit-note-payments",
        "create",
        "--credit-note-id",
        "10",
        "--amount",
        "99.99",
        "--type",
        "bank_transfer",
        "--comment",
        "CLI refund",
        "--reference",
        "CLI-BM-1",
        "--date",
        "2026-04-20",
        "--json",
    )
    assert created.code == 0, created.err
    payment = created.json()
    assert str(payment["amount"]) == "99.99" and payment["reference"] == "CLI-BM-1"
    assert payment["comment"] == "CLI refund"
    deleted = cli("billomat", "credit-note-payments", "delete", str(payment["id"]), "--json")
    assert deleted.code == 0, deleted.err
    assert deleted.json() == {"deleted": payment["id"]}
    gone = cli("billomat", "credit-note-payments", "get", str(payment["id"]))
    assert gone.code == 1 and gone.err.startswith("Error: HTTP 404")


def test_refusals(cli: Any) -> None:
    paid = cli(
        "billomat", "credit-note-payments", "create", "--credit-note-id", "4", "--amount", "1"
    )
    assert paid.code == 1 and "PAID" in paid.err
    zero = cli("billomat", "credit-note-payments", "get", "0")
    assert zero.code == 2
    bad_type = cli("billomat", "credit-note-payments", "list", "--type", "GOLD")
    assert bad_type.code == 2 and bad_type.err.count("\n") == 1
