from enum import StrEnum


class ActionResult(StrEnum):
    DONE = "Done"
    FAILED = "Failed"
    INPROCESS = "InProcess"
    QUEUED = "Queued"

    def __str__(self) -> str:
        return str(self.value)
