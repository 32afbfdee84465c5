from enum import StrEnum


class AccountTypes(StrEnum):
    ASSET = "Asset"
    EXPENSE = "Expense"
    INCOME = "Income"
    LIABILITY = "Liability"

    def __str__(self) -> str:
        return str(self.value)
