from enum import StrEnum


class DateTimeCondition(StrEnum):
    GT = ">"
    GTE = ">="
    LT = "<"
    LTE = "<="

    def __str__(self) -> str:
        return str(self.value)
