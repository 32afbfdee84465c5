from enum import StrEnum


class CreatablePaymentLifeCycleState(StrEnum):
    DRAFT = "DRAFT"
    POSTED = "POSTED"

    def __str__(self) -> str:
        return str(self.value)
