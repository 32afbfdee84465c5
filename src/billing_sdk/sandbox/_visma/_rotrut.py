"""ROT/RUT (Swedish household-service deduction): the work types and the ROT/RUT DTO."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from billing_sdk.sandbox._visma._model import ZERO, Invoice, RotRut, money

_ROT_RUT_SHARE = {"Rot": Decimal("0.30"), "Rut": Decimal("0.50")}
WORK_TYPES: tuple[tuple[str, str, str], ...] = (
    ("Rot", "Construction work", "Bygg"),
    ("Rot", "Electrical work", "El"),
    ("Rot", "Glass and sheet metal work", "GlasPlatarbete"),
    ("Rot", "Ground and drainage work", "MarkDraneringarbete"),
    ("Rot", "Masonry", "Murning"),
    ("Rot", "Painting and wallpapering", "MalningTapetsering"),
    ("Rot", "Plumbing (HVAC)", "Vvs"),
    ("Rut", "Cleaning", "Stadning"),
    ("Rut", "Clothing and textile care", "KladOchTextilvard"),
    ("Rut", "Snow clearing", "Snoskottning"),
    ("Rut", "Gardening", "Tradgardsarbete"),
    ("Rut", "Childcare", "Barnpassning"),
    ("Rut", "Personal care", "Personligomsorg"),
    ("Rut", "Moving services", "Flyttjanster"),
    ("Rut", "IT services", "ItTjanster"),
    ("Rut", "Repair of white goods", "ReparationAvVitvaror"),
)


def work_type_dto(tag: str | None) -> dict[str, Any] | None:
    """``WorkTypeDto`` of a line's ``typeOfWork`` tag (None when the line has none)."""
    for kind, description, xml_tag in WORK_TYPES:
        if xml_tag == tag:
            return {"rutRotType": kind, "description": description, "xmlTag": xml_tag}
    return {"xmlTag": tag} if tag else None


def rot_rut_dto(inv: Invoice, rot_rut: RotRut) -> dict[str, Any]:
    """``RotRutDto``: costs by line item type and the deduction per person."""
    costs = {kind: ZERO for kind in ("Service", "MaterialCost", "OtherCost")}
    for line in inv.lines:
        costs[line.item_type or "Service"] += line.amount
    share = _ROT_RUT_SHARE.get(rot_rut.type or "Rot", ZERO)
    distributed = sum((amount or ZERO for _, amount, _ in rot_rut.distribution.values()), ZERO)
    return _clean(
        {
            "docType": inv.document_type,
            "refNbr": inv.ref_nbr,
            "distributedAutomaticaly": rot_rut.distributed_automatically,
            "type": rot_rut.type,
            "totalDeductableAmount": money(costs["Service"] * share),
            "otherCost": costs["OtherCost"],
            "materialCost": costs["MaterialCost"],
            "workPrice": costs["Service"],
            "distributedAmount": distributed,
            "appartment": rot_rut.apartment,
            "estate": rot_rut.estate,
            "organizationNbr": rot_rut.organization_nbr,
            "distribution": [
                _clean({"lineNbr": nbr, "personalId": pid, "amount": amount, "extra": extra})
                for nbr, (pid, amount, extra) in sorted(rot_rut.distribution.items())
            ],
        }
    )


def work_types_dto() -> list[dict[str, Any]]:
    """Every work type, as ``GET /v1/customerinvoice/worktypes`` lists them."""
    return [
        {"rutRotType": kind, "description": description, "xmlTag": tag}
        for kind, description, tag in WORK_TYPES
    ]


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}
