from enum import StrEnum


class CustomerDocumentTypes(StrEnum):
    CASHRETURN = "CashReturn"
    CASHSALE = "CashSale"
    CREDITNOTE = "CreditNote"
    DEBITNOTE = "DebitNote"
    FINCHARGE = "FinCharge"
    INVOICE = "Invoice"
    NOUPDATE = "NoUpdate"
    PAYMENT = "Payment"
    PREPAYMENT = "Prepayment"
    REFUND = "Refund"
    SMALLBALANCEWO = "SmallBalanceWo"
    SMALLCREDITWO = "SmallCreditWo"
    UNDEFINED = "Undefined"
    VOIDPAYMENT = "VoidPayment"

    def __str__(self) -> str:
        return str(self.value)
