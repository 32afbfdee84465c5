"""The seeded company of the simulated CRM.COM ("Sandbox Ltd", Cyprus, EUR).

Records named by the spec's examples (accounts receivable "9", "192" and "AR1", type
"Payment 2", method "Direct Debit", category "Payment Categories", payments with reference
numbers "24" and "118" and number "31", bill "B7", the example user, unit and invoice IDs) are
seeded under those names so the examples succeed.
"""

from __future__ import annotations

from billing_sdk.sandbox._crmcom._model import (
    MONEY,
    Bill,
    Company,
    Invoice,
    PaymentCancellation,
    Wallet,
)
from billing_sdk.sandbox._crmcom._seed_history import bills, invoices, payments
from billing_sdk.sandbox._crmcom._seed_reference import (
    WEBAPI_USER_ID,
    accounts,
    d,
    reference_data,
    seed_id,
    t,
)

__all__ = ["WEBAPI_USER_ID", "build_company"]


def build_company(username: str) -> Company:
    """A fresh copy of the seeded company; ``username`` is the login user's name."""
    customers = accounts()
    by_number = {account.number: account for account in customers}
    wallets = [
        Wallet(seed_id("wallet:W0001"), "W0001", by_number["AR0001"].id, d("500.00")),
        Wallet(seed_id("wallet:W0002"), "W0002", by_number["AR0002"].id, d("25.00")),
        Wallet(seed_id("wallet:W0003"), "W0003", by_number["AR1"].id, d("1000.00")),
        Wallet(seed_id("wallet:W0004"), "W0004", by_number["AR0003"].id, d("0.00")),
    ]
    types, categories, methods, units, users, currencies, reasons = reference_data(username)
    seeded_bills = bills(by_number)
    seeded_invoices = invoices(by_number)
    by_id = {account.id: account for account in customers}
    # A customer owes what its posted bills and invoices still have outstanding.
    debts: list[Bill | Invoice] = [*seeded_bills, *seeded_invoices]
    for debt in debts:
        if debt.life_cycle_state == "POSTED":
            account = by_id[debt.accounts_receivable_id]
            account.balance = MONEY.add(account.balance, debt.outstanding)
    history = payments(
        by_number,
        {wallet.number: wallet for wallet in wallets},
        {kind.name: kind for kind in types},
        {method.name: method for method in methods},
        {category.name: category for category in categories},
        {reason.name: reason for reason in reasons},
    )
    numbers = [int(p.number) for p in history if p.number and p.number.isdigit()]
    company = Company(
        accounts=by_id,
        wallets={w.id: w for w in wallets},
        types={x.id: x for x in types},
        categories={x.id: x for x in categories},
        methods={x.id: x for x in methods},
        users={x.id: x for x in users},
        units={x.id: x for x in units},
        currencies={x.id: x for x in currencies},
        reasons={x.id: x for x in reasons},
        invoices={x.id: x for x in seeded_invoices},
        bills={x.id: x for x in seeded_bills},
        payments={p.id: p for p in history},
        next_reference=max(int(p.reference_number) for p in history) + 1,
        next_number=max(numbers) + 1,
    )
    # The seeded CANCELLED payment was cancelled by this (posted) payment cancellation.
    cancelled = next(p for p in history if p.life_cycle_state == "CANCELLED")
    cancellation_type = next(x for x in types if x.name == "Payment Cancellation")
    company.cancellations[seed_id("cancellation:102")] = PaymentCancellation(
        id=seed_id("cancellation:102"),
        payment_id=cancelled.id,
        type_id=cancellation_type.id,
        issued_on=t("2024-01-22T08:30:00"),
        back_office_code="ERP-CAN-000002",
        issue_reason="Cheque bounced",
    )
    return company
