from enum import StrEnum


class OrderToApplyStatus(StrEnum):
    BACKORDER = "BackOrder"
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    CREDITHOLD = "CreditHold"
    HOLD = "Hold"
    INVOICED = "Invoiced"
    OPEN = "Open"
    PENDINGAPPROVAL = "PendingApproval"
    SHIPPING = "Shipping"
    VOIDED = "Voided"

    def __str__(self) -> str:
        return str(self.value)
