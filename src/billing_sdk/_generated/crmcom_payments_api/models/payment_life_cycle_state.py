from enum import StrEnum


class PaymentLifeCycleState(StrEnum):
    CANCELLED = "CANCELLED"
    DRAFT = "DRAFT"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    POSTED = "POSTED"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
