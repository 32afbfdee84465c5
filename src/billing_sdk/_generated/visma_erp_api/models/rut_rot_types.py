from enum import StrEnum


class RutRotTypes(StrEnum):
    ROT = "Rot"
    RUT = "Rut"

    def __str__(self) -> str:
        return str(self.value)
