from enum import StrEnum


class PaymentTypes(StrEnum):
    CREDITNOTE = "CreditNote"
    PAYMENT = "Payment"
    PREPAYMENT = "Prepayment"
    REFUND = "Refund"
    SMALLBALANCEWO = "SmallBalanceWo"
    UNDEFINED = "Undefined"
    VOIDPAYMENT = "VoidPayment"
    VOIDREFUND = "VoidRefund"

    def __str__(self) -> str:
        return str(self.value)
