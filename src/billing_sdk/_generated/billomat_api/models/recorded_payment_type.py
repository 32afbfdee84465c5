from enum import StrEnum


class RecordedPaymentType(StrEnum):
    BANK_CARD = "BANK_CARD"
    BANK_TRANSFER = "BANK_TRANSFER"
    CASH = "CASH"
    CHECK = "CHECK"
    COUPON = "COUPON"
    CREDIT_CARD = "CREDIT_CARD"
    CREDIT_NOTE = "CREDIT_NOTE"
    DEBIT = "DEBIT"
    EMPTY = ""
    INVOICE_CORRECTION = "INVOICE_CORRECTION"
    MISC = "MISC"
    PAYPAL = "PAYPAL"

    def __str__(self) -> str:
        return str(self.value)
