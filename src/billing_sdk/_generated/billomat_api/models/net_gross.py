from enum import StrEnum


class NetGross(StrEnum):
    GROSS = "GROSS"
    NET = "NET"

    def __str__(self) -> str:
        return str(self.value)
