from enum import StrEnum


class LineOperation(StrEnum):
    DELETE = "Delete"
    INSERT = "Insert"
    UPDATE = "Update"

    def __str__(self) -> str:
        return str(self.value)
