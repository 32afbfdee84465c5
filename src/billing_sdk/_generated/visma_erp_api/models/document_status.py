from enum import StrEnum


class DocumentStatus(StrEnum):
    BALANCED = "Balanced"
    CCHOLD = "CcHold"
    CLOSED = "Closed"
    CREDITHOLD = "CreditHold"
    HOLD = "Hold"
    OPEN = "Open"
    PENDINGEMAIL = "PendingEmail"
    PENDINGPRINT = "PendingPrint"
    RESERVED = "Reserved"
    SCHEDULED = "Scheduled"
    VOIDED = "Voided"

    def __str__(self) -> str:
        return str(self.value)
