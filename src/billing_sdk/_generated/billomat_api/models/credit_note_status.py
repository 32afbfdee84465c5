from enum import StrEnum


class CreditNoteStatus(StrEnum):
    CANCELED = "CANCELED"
    DRAFT = "DRAFT"
    OPEN = "OPEN"
    PAID = "PAID"

    def __str__(self) -> str:
        return str(self.value)
