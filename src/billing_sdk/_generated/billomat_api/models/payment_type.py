from enum import StrEnum


class PaymentType(StrEnum):
    BANK_TRANSFER = "BANK_TRANSFER"
    CASH = "CASH"
    CREDIT_CARD = "CREDIT_CARD"
    CREDIT_NOTE = "CREDIT_NOTE"
    DEBIT = "DEBIT"
    MISC = "MISC"
    PAYPAL = "PAYPAL"

    def __str__(self) -> str:
        return str(self.value)
