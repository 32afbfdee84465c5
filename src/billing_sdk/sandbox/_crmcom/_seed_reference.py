"""Reference data of the seeded CRM.COM company: customers, types, methods, users, units.

Also the helpers every seed module uses (stable IDs, Luhn check digits).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from decimal import Decimal

from billing_sdk.sandbox._crmcom._model import (
    AccountsReceivable,
    Card,
    Category,
    Currency,
    PaymentMethod,
    PaymentPreference,
    RejectionReason,
    TransactionType,
    Unit,
    User,
)

# IDs the spec's examples use.
WEBAPI_USER_ID = "40928D9B96FE6CB963D2DD8955814774"
ADMIN_UNIT_ID = "C4370788B2630BC8A99E8C7397406C09"
EXAMPLE_INVOICE_ID = "85748C51BB97C48E47050CDC811FB42B"


def seed_id(label: str) -> str:
    """A stable 32-character upper-case hex ID for a seeded record."""
    return hashlib.blake2b(label.encode(), digest_size=16).hexdigest().upper()


def d(text: str) -> Decimal:
    return Decimal(text)


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def check_digit(text: str) -> int:
    """The Luhn (mod 10) check digit of the digits in ``text`` (seeded bills use it)."""
    total = 0
    for index, char in enumerate(reversed([c for c in text if c.isdigit()])):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def accounts() -> list[AccountsReceivable]:
    rows = [
        ("AR0001", "Andreas Constantinou", "ACTIVE"),
        ("AR0002", "Elena Papadopoulou", "ACTIVE"),
        ("AR0003", "Nicosia Bakery Ltd", "ACTIVE"),
        ("AR0004", "Limassol Marine Services", "ACTIVE"),
        ("AR0005", "Georgiou & Sons", "ACTIVE"),
        ("AR0006", "Petrou Consulting", "ACTIVE"),
        ("AR0007", "Larnaca Fitness Club", "SUSPENDED"),
        ("AR0008", "Paphos Olive Co", "ACTIVE"),
        ("9", "Christina Ioannou", "ACTIVE"),
        ("AR1", "Demo Customer Ltd", "ACTIVE"),
    ]
    accounts = [
        AccountsReceivable(
            id=seed_id(f"ar:{number}"),
            number=number,
            name=name,
            owner_id=seed_id(f"contact:{number}"),
            owner_name=name,
            life_cycle_state=state,
        )
        for number, name, state in rows
    ]
    accounts.append(
        AccountsReceivable(
            id="9A8F4C0AB1A54C2E8C5A3F20D1E7B6C4",
            number="192",
            name="John Smith",
            owner_id="5D1B7A34E2C94F0B9A6E3C8D2F1A0B7E",
            owner_name="John Smith",
        )
    )
    # Gateway cards (Credit Card method) and payment preferences (PayPal method).
    cards = {"AR0001": "1881", "AR0002": "4242", "AR0006": "0005", "AR1": "1111"}
    for account in accounts:
        digits = cards.get(account.number)
        if digits is not None:
            token = f"tok_{account.number}_{digits}"
            account.cards.append(Card(seed_id(f"card:{account.number}"), token, digits))
        if account.number in ("AR0001", "AR0002", "AR0003", "AR1"):
            account.preferences.append(PaymentPreference(seed_id(f"preference:{account.number}")))
    return accounts


def reference_data(
    username: str,
) -> tuple[
    list[TransactionType],
    list[Category],
    list[PaymentMethod],
    list[Unit],
    list[User],
    list[Currency],
    list[RejectionReason],
]:
    types = [
        TransactionType(
            "2B6E4D9A1C3F4E8B9D0A7C5E3F1B2D4A", "Payment", "P", checks_bill_digits=True
        ),
        TransactionType(seed_id("type:P2"), "Payment 2", "P2"),
        TransactionType(seed_id("type:IBP"), "Invoices Balance Payment", "IBP"),
        TransactionType(seed_id("type:PC"), "Payment Cancellation", "PC", "PAYMENT_CANCELLATION"),
        TransactionType(
            seed_id("type:PCE"), "Payment Cancellation Error", "PCE", "PAYMENT_CANCELLATION"
        ),
    ]
    categories = [
        Category(seed_id("category:PAYCAT"), "Payment Categories", "PAYCAT"),
        Category(seed_id("category:RETAIL"), "Retail Payments", "RETAIL"),
        Category(seed_id("category:CORP"), "Corporate Payments", "CORP"),
    ]
    methods = [
        PaymentMethod("7E3C1A9B5D2F4B6A8C0E9D1F3A5B7C2E", "Cash", "CA"),
        PaymentMethod(seed_id("method:CH"), "Cheque", "CH"),
        PaymentMethod(seed_id("method:DD"), "Direct Debit", "DD"),
        PaymentMethod(seed_id("method:CC"), "Credit Card", "CC", None, "JCC", "card"),
        PaymentMethod(seed_id("method:BT"), "Bank Transfer", "BT"),
        PaymentMethod(seed_id("method:PP"), "PayPal", "PP", None, "PayPal", "preference"),
    ]
    units = [
        Unit(ADMIN_UNIT_ID, "Admin Unit", "AU", None, "Main Community", "Main Group"),
        Unit(seed_id("unit:NB"), "Nicosia Branch", "NB", None, "Main Community", "Retail"),
        Unit(seed_id("unit:LB"), "Limassol Branch", "LB", None, "Main Community", "Retail"),
    ]
    all_units = tuple(unit.id for unit in units)
    users = [
        User(WEBAPI_USER_ID, "webapi", "Web API", ADMIN_UNIT_ID, all_units),
        User(seed_id("user:mgeorgiou"), "mgeorgiou", "Maria Georgiou", units[1].id, all_units),
        User(seed_id("user:apetrou"), "apetrou", "Andreas Petrou", units[2].id, (units[2].id,)),
    ]
    if username not in {user.username for user in users}:
        users.append(
            User(seed_id("user:login"), username, "Sandbox User", ADMIN_UNIT_ID, all_units)
        )
    since = t("2024-01-01T00:00:00")
    currencies = [
        Currency(seed_id("currency:EUR"), "EUR", "Euro", d("1"), seed_id("rate:EUR"), since),
        Currency(
            seed_id("currency:USD"), "USD", "US Dollar", d("1.0850"), seed_id("rate:USD"), since
        ),
        Currency(
            seed_id("currency:GBP"),
            "GBP",
            "Pound Sterling",
            d("0.8560"),
            seed_id("rate:GBP"),
            since,
        ),
    ]
    reasons = [
        RejectionReason(
            "0F3E2D1C4B5A69788796A5B4C3D2E1F0", "Reject Due to Business Request", "RDTBR"
        ),
        RejectionReason("1A2B3C4D5E6F708192A3B4C5D6E7F809", "Reject Due to Error", "RDTE", True),
        RejectionReason(seed_id("reason:RIF"), "Insufficient Funds", "RIF"),
    ]
    return types, categories, methods, units, users, currencies, reasons
