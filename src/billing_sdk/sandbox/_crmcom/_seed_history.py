"""The seeded company's history: bills, invoices and payments in every life-cycle state."""

from __future__ import annotations

from billing_sdk.sandbox._crmcom._model import (
    AccountsReceivable,
    Allocation,
    Bill,
    Category,
    Invoice,
    Payment,
    PaymentMethod,
    RejectionReason,
    TransactionType,
    Wallet,
)
from billing_sdk.sandbox._crmcom._seed_reference import (
    ADMIN_UNIT_ID,
    EXAMPLE_INVOICE_ID,
    WEBAPI_USER_ID,
    check_digit,
    d,
    seed_id,
    t,
)


def _bill(
    number: str,
    account: AccountsReceivable,
    total: str,
    outstanding: str,
    issued: str,
    **kw: object,
) -> Bill:
    return Bill(
        id=seed_id(f"bill:{number}"),
        number=number,
        accounts_receivable_id=account.id,
        total=d(total),
        outstanding=d(outstanding),
        issued_on=t(issued),
        **kw,  # type: ignore[arg-type]
    )


def _with_check_digits(bill: Bill, payment_code: int | None) -> Bill:
    bill.payment_code = payment_code
    bill.bill_number_check_digit = check_digit(bill.number)
    bill.accounts_receivable_check_digit = check_digit(bill.accounts_receivable_id)
    bill.bill_amount_check_digit = check_digit(format(bill.total, "f"))
    return bill


def bills(ar: dict[str, AccountsReceivable]) -> list[Bill]:
    return [
        _with_check_digits(
            _bill("B0001", ar["AR0001"], "250.00", "250.00", "2024-02-01T09:00:00"), 100001
        ),
        _bill("B0002", ar["AR0002"], "180.50", "180.50", "2024-02-01T09:00:00"),
        _with_check_digits(
            _bill("B0003", ar["AR0003"], "1200.00", "1200.00", "2024-02-01T09:00:00"), None
        ),
        _bill("B0004", ar["AR0005"], "315.75", "0.00", "2024-01-01T09:00:00"),
        _bill("B0005", ar["AR0006"], "99.90", "99.90", "2024-02-01T09:00:00"),
        _bill(
            "B0006",
            ar["AR0003"],
            "400.00",
            "400.00",
            "2024-03-01T09:00:00",
            life_cycle_state="DRAFT",
        ),
        _bill("B0007", ar["AR0008"], "64.20", "64.20", "2024-02-01T09:00:00"),
        _bill(
            "B7",
            ar["AR1"],
            "41.50",
            "41.50",
            "2024-02-15T09:00:00",
            bill_number_check_digit=3,
            accounts_receivable_check_digit=5,
            bill_amount_check_digit=8,
        ),
    ]


def _invoice(
    number: str,
    reference: str,
    account: AccountsReceivable,
    total: str,
    outstanding: str,
    issued: str,
    *,
    invoice_id: str | None = None,
    state: str = "POSTED",
) -> Invoice:
    issued_on = t(issued)
    return Invoice(
        id=invoice_id or seed_id(f"invoice:{number}"),
        number=number,
        reference_number=reference,
        accounts_receivable_id=account.id,
        total=d(total),
        outstanding=d(outstanding),
        issued_on=issued_on,
        due_on=issued_on.replace(day=28) if state == "POSTED" else None,
        posted_on=issued_on if state == "POSTED" else None,
        life_cycle_state=state,
        back_office_code=f"ERP-INV-{number}" if state == "POSTED" else None,
    )


def invoices(ar: dict[str, AccountsReceivable]) -> list[Invoice]:
    paid = _invoice(
        "I00000294",
        "322",
        ar["192"],
        "138",
        "0",
        "2014-07-14T10:31:15",
        invoice_id="176AB06AE6DBFDB103182C67C68A2A8B",
    )
    paid.due_on, paid.posted_on = t("2014-08-17T10:35:57"), t("2014-07-14T10:35:57")
    return [
        paid,
        _invoice(
            "I00000301",
            "323",
            ar["9"],
            "300.00",
            "300.00",
            "2024-01-10T10:00:00",
            invoice_id=EXAMPLE_INVOICE_ID,
        ),
        _invoice("I00000302", "324", ar["AR0001"], "500.00", "500.00", "2024-01-10T10:00:00"),
        _invoice("I00000303", "325", ar["AR0002"], "250.00", "250.00", "2024-01-11T10:00:00"),
        _invoice("I00000304", "326", ar["AR0003"], "1690.00", "1690.00", "2024-01-12T10:00:00"),
        _invoice("I00000305", "327", ar["AR0005"], "300.00", "300.00", "2024-01-12T10:00:00"),
        _invoice("I00000306", "328", ar["AR0007"], "1800.00", "1800.00", "2024-01-15T10:00:00"),
        _invoice("I00000307", "329", ar["AR1"], "75.00", "75.00", "2024-01-15T10:00:00"),
        _invoice(
            "I00000308",
            "330",
            ar["AR0004"],
            "120.00",
            "120.00",
            "2024-03-01T10:00:00",
            state="DRAFT",
        ),
    ]


def payments(
    ar: dict[str, AccountsReceivable],
    wallets: dict[str, Wallet],
    types: dict[str, TransactionType],
    methods: dict[str, PaymentMethod],
    categories: dict[str, Category],
    reasons: dict[str, RejectionReason],
) -> list[Payment]:
    def pay(pid: str, ref: str, state: str, amount: str, issued: str, **kw: object) -> Payment:
        issued_on = t(issued)
        payment = Payment(
            id=pid,
            reference_number=ref,
            life_cycle_state=state,
            amount=d(amount),
            issued_on=issued_on,
            type_id=types[str(kw.pop("type", "Payment"))].id,
            payment_method_id=methods[str(kw.pop("method", "Cash"))].id,
            received_on=issued_on,
            received_by_user_id=WEBAPI_USER_ID,
            received_by_unit_id=ADMIN_UNIT_ID,
        )
        for key, value in kw.items():
            setattr(payment, key, value)
        return payment

    invoice_294 = "176AB06AE6DBFDB103182C67C68A2A8B"
    return [
        pay(
            "7C5B8E9E5A8D1733EBFE75D89C10D8FC",
            "24",
            "DRAFT",
            "300",
            "2014-05-21T16:12:29",
            type="Payment 2",
            method="Direct Debit",
            accounts_receivable_id=ar["9"].id,
            category_id=categories["Payment Categories"].id,
            received_on=t("2014-04-19T09:12:54"),
        ),
        pay(
            "655241C5E09AAB51DB296E0194FBBD08",
            "25",
            "POSTED",
            "300",
            "2014-05-21T16:18:05",
            type="Payment 2",
            method="Direct Debit",
            accounts_receivable_id=ar["9"].id,
            number="31",
            posted_on=t("2014-05-21T16:18:41"),
        ),
        pay(
            "0ACCC72477BA606EE3B409400069F1BB",
            "112",
            "POSTED",
            "138",
            "2014-07-14T10:35:10",
            accounts_receivable_id=ar["192"].id,
            number="96",
            posted_on=t("2014-07-14T10:35:57"),
            invoice_ids=[invoice_294],
            allocations=[Allocation("invoice", invoice_294, d("138"))],
        ),
        pay(
            "3F2A9C7E1B5D4A8C9E0F6B2D7A1C5E38",
            "118",
            "DRAFT",
            "50",
            "2014-07-14T17:06:28",
            accounts_receivable_id=ar["AR0002"].id,
        ),
        pay(
            seed_id("payment:101"),
            "101",
            "POSTED",
            "200.00",
            "2024-01-15T11:20:00",
            method="Cheque",
            accounts_receivable_id=ar["AR0001"].id,
            number="PAY0001",
            posted_on=t("2024-01-15T11:25:00"),
            back_office_code="ERP-PAY-000001",
        ),
        pay(
            seed_id("payment:102"),
            "102",
            "CANCELLED",
            "75.00",
            "2024-01-20T15:00:00",
            method="Bank Transfer",
            accounts_receivable_id=ar["AR0003"].id,
            number="PAY0002",
            posted_on=t("2024-01-20T15:01:00"),
            back_office_code="ERP-PAY-000002",
        ),
        pay(
            seed_id("payment:103"),
            "103",
            "REJECTED",
            "120.00",
            "2024-02-02T09:30:00",
            method="Cheque",
            accounts_receivable_id=ar["AR0005"].id,
            rejection_reason_id=reasons["Reject Due to Error"].id,
        ),
        pay(
            seed_id("payment:104"),
            "104",
            "DRAFT",
            "60.00",
            "2024-02-10T12:00:00",
            wallet_id=wallets["W0001"].id,
        ),
        pay(
            seed_id("payment:105"),
            "105",
            "POSTED",
            "40.00",
            "2024-02-12T12:00:00",
            wallet_id=wallets["W0003"].id,
            number="97",
            posted_on=t("2024-02-12T12:00:00"),
        ),
        pay(
            seed_id("payment:106"),
            "106",
            "PENDING_VERIFICATION",
            "99.90",
            "2024-02-20T18:45:00",
            method="Credit Card",
            accounts_receivable_id=ar["AR0006"].id,
            card_id=ar["AR0006"].cards[0].id if ar["AR0006"].cards else None,
            processed_by_payment_gateway="JCC",
            payment_gateway_reference_number="JCC-0000106",
        ),
        pay(
            seed_id("payment:107"),
            "107",
            "POSTED",
            "150.00",
            "2024-02-25T10:10:00",
            method="Bank Transfer",
            accounts_receivable_id=ar["AR0001"].id,
            number="98",
            posted_on=t("2024-02-25T10:15:00"),
            category_id=categories["Retail Payments"].id,
        ),
    ]
