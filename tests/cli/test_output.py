"""JSON data and table cells from the SDK's models."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal

import pytest
from rich.console import Console

from billing_sdk import _json
from billing_sdk.billomat import PaymentType
from billing_sdk.cli._output import TIME_ZONE, Output, cell, pick, time_zone, to_data
from billing_sdk.visma import PaymentDto


def test_to_data_keeps_money_exact_with_snake_case_keys() -> None:
    payment = PaymentDto(ref_nbr="000042", payment_amount=Decimal("10.50"))
    data = to_data(
        {
            "payment": payment,
            "amount": Decimal("0.10"),
            "big": Decimal("1E+3"),
            "day": dt.date(2026, 4, 20),
            "id": uuid.UUID(int=1),
            "type": PaymentType.CASH,
            "many": (1, 2),
        }
    )
    assert data == {
        "payment": {"ref_nbr": "000042", "payment_amount": Decimal("10.50")},
        "amount": Decimal("0.10"),
        "big": Decimal("1000.00"),
        "day": "2026-04-20",
        "id": "00000000-0000-0000-0000-000000000001",
        "type": "CASH",
        "many": [1, 2],
    }
    # --json: exact numbers, with every digit and no exponent, never through a float.
    text = _json.dumps(data)
    assert '"payment_amount":10.50' in text and '"amount":0.10' in text and '"big":1000.00' in text
    assert json.loads(text, parse_float=Decimal)["payment"]["payment_amount"] == Decimal("10.50")


def test_one_convention_for_amounts_timestamps_and_keys() -> None:
    data = to_data(
        {
            "paymentAmount": Decimal("10"),
            "rate": Decimal("0.125"),
            "issued_on": "2026-12-05T05:01:30",  # CRM.COM: no zone on the wire
            "documentDate": "2026-01-14T00:00:00",  # Visma: a date as a zone-less midnight
            "finishedUtc": dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC),
            "XRateLimit": {"statusCode": 1},
        }
    )
    assert data == {
        "payment_amount": Decimal("10.00"),
        "rate": Decimal("0.125"),
        "issued_on": "2026-12-05T05:01:30+00:00",
        "document_date": "2026-01-14",
        "finished_utc": "2026-03-01T12:00:00+00:00",
        "xrate_limit": {"status_code": 1},
    }
    token = TIME_ZONE.set(time_zone("Europe/Oslo"))
    try:
        shifted = to_data(
            {"at": dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC), "wall": "2026-07-01T08:00:00"}
        )
    finally:
        TIME_ZONE.reset(token)
    assert shifted == {"at": "2026-03-01T13:00:00+01:00", "wall": "2026-07-01T08:00:00+02:00"}
    assert pick({"ref_nbr": "1"}, "refNbr") == "1"  # columns name fields in any casing
    with pytest.raises(ValueError, match="unknown time zone"):
        time_zone("Mars/Olympus")


def test_pick_and_cell() -> None:
    data = {"customer": {"number": "10001"}, "lines": [{"ref": "A"}, {"ref": "B"}, {}]}
    assert pick(data, "customer.number") == "10001"
    assert pick(data, "customer.missing.deeper") is None
    assert pick(data, "lines[].ref") == "A, B"
    assert pick(data, "nothing[].ref") is None
    # Amounts at the currencies' scale, every digit kept, never an exponent.
    assert cell(Decimal("26787.5")) == "26787.50"
    assert cell(Decimal("10")) == "10.00"
    assert cell(Decimal("1E+3")) == "1000.00"
    assert cell(Decimal("0.125")) == "0.125"
    assert cell(Decimal("-0.5")) == "-0.50"
    assert cell("2026-01-14T00:00:00") == "2026-01-14"
    assert cell(True) == "yes" and cell(None) == ""
    assert cell({"amount": Decimal("1.10")}) == '{"amount":1.10}'


@pytest.mark.parametrize("json_mode", [True, False])
def test_records_in_both_modes(json_mode: bool, capsys: pytest.CaptureFixture[str]) -> None:
    console = Console(width=100)
    out = Output(json_mode=json_mode, console=console)
    assert out.records([{"a": {"b": 1}}], [("B", "a.b")], title="T") == 1
    printed = capsys.readouterr().out
    if json_mode:
        assert json.loads(printed) == [{"a": {"b": 1}}]
    else:
        assert "T" in printed and "1" in printed
