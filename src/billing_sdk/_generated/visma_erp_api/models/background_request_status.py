from enum import StrEnum


class BackgroundRequestStatus(StrEnum):
    FAILED = "Failed"
    FINISHED = "Finished"
    STARTED = "Started"

    def __str__(self) -> str:
        return str(self.value)
