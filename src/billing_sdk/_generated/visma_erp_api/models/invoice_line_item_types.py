from enum import StrEnum


class InvoiceLineItemTypes(StrEnum):
    MATERIALCOST = "MaterialCost"
    OTHERCOST = "OtherCost"
    SERVICE = "Service"

    def __str__(self) -> str:
        return str(self.value)
