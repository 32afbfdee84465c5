"""The seeded companies, built through the same business rules the API uses.

The demo company (``settings.tenant_id``, "Nordlys Demo AS", NOK) has customers 10001-10008,
invoices 000101-000130, credit notes 000131-000133 and payments 000031-000045; see
``SEED_SUMMARY`` for what each number is. Every other tenant gets a small Swedish company
(customers 20001-20003, invoices 000501-000506, payments 000201-000203) whose amounts differ
per tenant. Timestamps come from a fixed seed clock, so the data is the same on every run.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from billing_sdk.sandbox._visma import _payment_rules as payments
from billing_sdk.sandbox._visma._invoice_actions import release, reverse
from billing_sdk.sandbox._visma._invoice_edit import new_invoice
from billing_sdk.sandbox._visma._model import (
    Attachment,
    Company,
    Customer,
    Invoice,
    InvoiceLine,
    Payment,
    RotRut,
    utc_now,
)

D = Decimal
_VAT = {"0": D(0), "1": D(25), "2": D(15), "3": D(12)}
_PRODUCTS = (
    ("CONSULT", "Consulting hours", D("1150.00"), "1"),
    ("SUPPORT", "Support subscription", D("2490.00"), "1"),
    ("LICENSE", "Software licence", D("4990.00"), "1"),
    ("TRAINING", "Training day", D("7500.00"), "1"),
    ("CATERING", "Catering", D("380.00"), "2"),
    ("TRAVEL", "Travel expenses", D("1250.00"), "0"),
)
#: invoice number -> customer of the demo company.
_DEMO_INVOICES = {
    101: "10001", 102: "10002", 103: "10003", 104: "10004", 105: "10005", 106: "10006",
    107: "10008", 108: "10001", 109: "10002", 110: "10003", 111: "10004", 112: "10004",
    113: "10005", 114: "10006", 115: "10001", 116: "10002", 117: "10003", 118: "10005",
    119: "10006", 120: "10008", 121: "10003", 122: "10004", 123: "10001", 124: "10005",
    125: "10002", 126: "10006", 127: "10008", 128: "10001", 129: "10002", 130: "10007",
}  # fmt: skip

#: What the demo data holds, for docs and demos (kept in step with :func:`_seed_demo`).
SEED_SUMMARY = {
    "invoices Hold": ["000101", "000102", "000103"],
    "invoices Balanced": ["000104", "000105", "000106", "000107"],
    "invoices Closed (paid)": ["000108", "000109", "000110", "000111", "000112", "000113"],
    "invoices Closed (paid with overpayment / credit note)": ["000114", "000118"],
    "invoices Open, partly paid": ["000115", "000116", "000117"],
    "invoices Open, unpaid": [f"000{n}" for n in range(119, 131)],
    "credit notes": {"000131": "Closed (applied to 000118)", "000132": "Balanced (reverses 000119)",
                     "000133": "Open (reverses 000120, unapplied)"},
    "payments Closed": ["000031", "000032", "000033", "000034", "000035", "000037", "000038",
                        "000041"],
    "payments Open (unapplied balance)": ["000036", "000039"],
    "payments Voided": ["000040"],
    "payments Balanced (pending)": ["000042", "000043", "000045"],
    "payments Hold": ["000044"],
    "rot/rut": "000130",
}  # fmt: skip


def _seed_clock(start: datetime) -> Any:
    ticks = iter(range(10**9))

    def clock() -> datetime:
        return start + timedelta(minutes=7 * next(ticks))

    return clock


def _customers(rows: list[tuple[str, str, str, str, int]]) -> dict[str, Customer]:
    return {
        number: Customer(number, name, country, currency, days)
        for number, name, country, currency, days in rows
    }


def _lines(n: int, scale: Decimal) -> Iterator[dict[str, Any]]:
    for k in range(1 + n % 3):
        code, text, price, vat = _PRODUCTS[(n * 5 + 2 * k) % len(_PRODUCTS)]
        yield {
            "operation": "Insert",
            "inventoryNumber": code,
            "description": text,
            "quantity": D(1 + (n * 5 + k * 3) % 11),
            "unitPriceInCurrency": price * scale,
            "vatCodeId": vat,
        }


def _invoice(company: Company, customer: str, day: datetime, n: int, **extra: Any) -> Invoice:
    body: dict[str, Any] = {
        "customerNumber": customer,
        "documentDate": day,
        "invoiceText": f"Services {day:%B %Y}",
        "customerRefNumber": f"PO-{4700 + n}",
        "invoiceLines": list(_lines(n, extra.pop("scale", D(1)))),
        **extra,
    }
    inv = new_invoice(company, body)
    inv.ref_nbr = company.new_invoice_number()
    inv.version = company.next_version()
    company.invoices[inv.ref_nbr] = inv
    return inv


def _payment(company: Company, customer: str, day: datetime, lines: dict[str, Decimal],
             amount: Decimal | None = None, **extra: Any) -> Payment:  # fmt: skip
    body: dict[str, Any] = {
        "customer": customer,
        "applicationDate": day,
        "paymentRef": extra.pop("ref", None) or f"BANK-{day:%Y%m%d}-{customer}",
        "paymentLines": [
            {"operation": "Insert", "documentType": "Invoice", "refNbr": ref, "amountPaid": paid}
            for ref, paid in lines.items()
        ],
        **extra,
    }
    if amount is not None:
        body["paymentAmount"] = amount
    pay = payments.new_payment(company, body)
    pay.version = company.next_version()
    company.payments[pay.ref_nbr] = pay
    return pay


def _seed_demo(company: Company) -> None:
    start = datetime(2026, 1, 5)
    for n, customer in _DEMO_INVOICES.items():
        day = start + timedelta(days=3 * (n - 101))
        extra: dict[str, Any] = {"hold": n <= 103}
        if n == 130:
            extra.update(currencyId="SEK", exchangeRate=D("0.9650"), invoiceLines=[])
        if n in (110, 125):
            extra["externalReference"] = f"EXT-{n}"
        inv = _invoice(company, customer, day, n, **extra)
        if n == 130:
            _rot_rut(inv)
        if n >= 108:
            release(company, inv)
    inv = company.invoices["000121"]
    inv.dunning_level, inv.dunning_letter_date = 1, datetime(2026, 3, 20)
    inv = company.invoices["000125"]
    inv.dunning_level, inv.dunning_letter_date = 2, datetime(2026, 4, 2)
    company.invoices["000108"].attachments.append(
        Attachment("3f2a9c4e-1b7d-4e8a-9c61-5d0e7f2a1b34", "signed-order.pdf", 1, 48213,
                   "application/pdf")
    )  # fmt: skip
    # Credit notes 000131-000133.
    reverse(company, company.invoices["000118"], apply=True)
    reverse(company, company.invoices["000119"], apply=False)
    release(company, reverse(company, company.invoices["000120"], apply=False))

    def bal(ref: str) -> Decimal:
        return company.invoices[ref].balance

    def half(ref: str) -> Decimal:
        return (bal(ref) / 2).quantize(D("0.01"))

    day = datetime(2026, 4, 10)
    plan: list[tuple[str, dict[str, Decimal], Decimal | None, str]] = [
        ("10001", {"000108": bal("000108")}, None, "release"),  # 000031
        ("10002", {"000109": bal("000109")}, None, "release"),  # 000032
        ("10003", {"000110": bal("000110")}, None, "release"),  # 000033
        ("10004", {"000111": bal("000111"), "000112": bal("000112")}, None, "release"),
        ("10005", {"000113": bal("000113")}, None, "release"),  # 000035
        ("10006", {"000114": bal("000114")}, bal("000114") + 500, "release"),  # 000036
        ("10001", {"000115": half("000115")}, None, "release"),  # 000037
        ("10002", {"000116": half("000116")}, None, "release"),  # 000038
        ("10008", {}, D("5000.00"), "release"),  # 000039 (prepayment-like, unapplied)
        ("10003", {"000121": bal("000121")}, None, "void"),  # 000040
        ("10003", {"000117": half("000117")}, None, "release"),  # 000041
        ("10004", {"000122": bal("000122")}, None, "balanced"),  # 000042
        ("10005", {"000124": half("000124")}, None, "balanced"),  # 000043
        ("10006", {}, D("1200.00"), "hold"),  # 000044
        ("10001", {"000123": bal("000123")}, None, "balanced"),  # 000045
    ]
    for i, (customer, lines, amount, fate) in enumerate(plan):
        options: dict[str, Any] = {"hold": fate == "hold"}
        if i == 8:
            options["type"] = "Prepayment"
        pay = _payment(company, customer, day + timedelta(days=i), lines, amount, **options)
        if fate in ("release", "void"):
            payments.release(company, pay)
        if fate == "void":
            payments.void(company, pay)


def _rot_rut(inv: Invoice) -> None:
    body = [
        ("Bathroom renovation, labour", D(40), D("650.00"), "Service", "Bygg"),
        ("Tiles and materials", D(1), D("18500.00"), "MaterialCost", None),
        ("Waste removal", D(1), D("1200.00"), "OtherCost", None),
    ]
    for number, (text, qty, price, kind, work) in enumerate(body, start=1):
        inv.lines.append(InvoiceLine(number, text, qty, price, item_type=kind, type_of_work=work))
    inv.rot_rut = RotRut(
        type="Rot",
        distributed_automatically=False,
        estate="Solbacken 1:23",
        distribution={
            1: ("198001011234", D("3900.00"), False),
            2: ("198202022345", D("3900.00"), False),
        },
    )
    inv.fields["domesticServicesDeductibleDocument"] = True


def _seed_small(company: Company, index: int) -> None:
    scale = D("1.1") + D(index) / 10
    start = datetime(2026, 2, 2)
    invoices = []
    for k, customer in enumerate(("20001", "20002", "20003", "20001", "20002", "20003")):
        day = start + timedelta(days=5 * k)
        invoices.append(_invoice(company, customer, day, 500 + k, hold=k == 0, scale=scale))
        if k >= 2:
            release(company, invoices[-1])
    day = datetime(2026, 3, 16)
    _pay = _payment(company, "20003", day, {invoices[2].ref_nbr: invoices[2].balance})
    payments.release(company, _pay)
    _pay = _payment(company, "20001", day, {invoices[3].ref_nbr: D("100.00")})
    payments.release(company, _pay)
    _payment(company, "20002", day, {invoices[4].ref_nbr: invoices[4].balance})


def demo_company(tenant_id: str) -> Company:
    """The large demo company of ``settings.tenant_id``."""
    company = Company(
        tenant_id=tenant_id,
        name="Nordlys Demo AS",
        currency="NOK",
        customers=_customers(
            [
                ("10001", "Nordlys Consulting AS", "NO", "NOK", 14),
                ("10002", "Fjordkraft Handel AS", "NO", "NOK", 30),
                ("10003", "Bergen Bryggeri AS", "NO", "NOK", 14),
                ("10004", "Tromso Fiskeeksport AS", "NO", "NOK", 30),
                ("10005", "Oslo Design Studio AS", "NO", "NOK", 10),
                ("10006", "Stavanger Offshore Service AS", "NO", "NOK", 30),
                ("10007", "Svensk Hemservice AB", "SE", "SEK", 30),
                ("10008", "Lillehammer Sport AS", "NO", "NOK", 14),
            ]
        ),
        branches={"1": "Head office Oslo", "2": "Bergen", "3": "Stockholm"},
        vat_rates=dict(_VAT),
        next_invoice=101,
        next_payment=31,
        version=0x4D182200,
        clock=_seed_clock(datetime(2026, 4, 3, 8, 0)),
    )
    _seed_demo(company)
    company.clock = utc_now
    return company


def small_company(tenant_id: str, index: int) -> Company:
    """The small company of the ``index``-th other tenant (amounts differ per index)."""
    company = Company(
        tenant_id=tenant_id,
        name=f"Solvik Handel {index + 1} AB",
        currency="SEK",
        customers=_customers(
            [
                ("20001", "Solvik Bygg AB", "SE", "SEK", 30),
                ("20002", "Norrland Tra AB", "SE", "SEK", 30),
                ("20003", "Malmo Kaffe AB", "SE", "SEK", 14),
            ]
        ),
        branches={"1": "Huvudkontor"},
        vat_rates=dict(_VAT),
        next_invoice=501,
        next_payment=201,
        version=0x01200000 + 0x10000 * index,
        clock=_seed_clock(datetime(2026, 3, 2, 8, 0)),
    )
    _seed_small(company, index)
    company.clock = utc_now
    return company
