from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_document_types import CustomerDocumentTypes
from ..models.rut_rot_types import RutRotTypes
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, open_enum

T = TypeVar("T", bound="RotRutDto")


@_attrs_define
class RotRutDto:
    """ROT/RUT (Swedish household-service deduction) details of an invoice. Field spellings are the vendor's.

    Attributes:
        doc_type (CustomerDocumentTypes | str | Unset): Customer ledger document type.
        ref_nbr (str | Unset):
        distributed_automaticaly (bool | Unset):
        type_ (RutRotTypes | str | Unset): Swedish household-service deduction type.
        total_deductable_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        other_cost (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        material_cost (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        work_price (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        distributed_amount (Decimal | Unset): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        appartment (str | Unset):
        estate (str | Unset):
        organization_nbr (str | Unset):
        distribution (list[RotRutDistributionDto] | Unset):
    """

    doc_type: CustomerDocumentTypes | str | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    distributed_automaticaly: bool | Unset = UNSET
    type_: RutRotTypes | str | Unset = UNSET
    total_deductable_amount: Decimal | Unset = UNSET
    other_cost: Decimal | Unset = UNSET
    material_cost: Decimal | Unset = UNSET
    work_price: Decimal | Unset = UNSET
    distributed_amount: Decimal | Unset = UNSET
    appartment: str | Unset = UNSET
    estate: str | Unset = UNSET
    organization_nbr: str | Unset = UNSET
    distribution: list[RotRutDistributionDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "total_deductable_amount": DecimalLimits(),
        "other_cost": DecimalLimits(),
        "material_cost": DecimalLimits(),
        "work_price": DecimalLimits(),
        "distributed_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        doc_type: str | Unset = UNSET
        if not isinstance(self.doc_type, Unset):
            doc_type = str(self.doc_type)

        ref_nbr = self.ref_nbr

        distributed_automaticaly = self.distributed_automaticaly

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        total_deductable_amount: Decimal | Unset = UNSET
        if not isinstance(self.total_deductable_amount, Unset):
            total_deductable_amount = self.total_deductable_amount

        other_cost: Decimal | Unset = UNSET
        if not isinstance(self.other_cost, Unset):
            other_cost = self.other_cost

        material_cost: Decimal | Unset = UNSET
        if not isinstance(self.material_cost, Unset):
            material_cost = self.material_cost

        work_price: Decimal | Unset = UNSET
        if not isinstance(self.work_price, Unset):
            work_price = self.work_price

        distributed_amount: Decimal | Unset = UNSET
        if not isinstance(self.distributed_amount, Unset):
            distributed_amount = self.distributed_amount

        appartment = self.appartment

        estate = self.estate

        organization_nbr = self.organization_nbr

        distribution: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = []
            for distribution_item_data in self.distribution:
                distribution_item = distribution_item_data.to_dict()
                distribution.append(distribution_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if distributed_automaticaly is not UNSET:
            field_dict["distributedAutomaticaly"] = distributed_automaticaly
        if type_ is not UNSET:
            field_dict["type"] = type_
        if total_deductable_amount is not UNSET:
            field_dict["totalDeductableAmount"] = total_deductable_amount
        if other_cost is not UNSET:
            field_dict["otherCost"] = other_cost
        if material_cost is not UNSET:
            field_dict["materialCost"] = material_cost
        if work_price is not UNSET:
            field_dict["workPrice"] = work_price
        if distributed_amount is not UNSET:
            field_dict["distributedAmount"] = distributed_amount
        if appartment is not UNSET:
            field_dict["appartment"] = appartment
        if estate is not UNSET:
            field_dict["estate"] = estate
        if organization_nbr is not UNSET:
            field_dict["organizationNbr"] = organization_nbr
        if distribution is not UNSET:
            field_dict["distribution"] = distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RotRutDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _doc_type = d.pop("docType", None)
        doc_type: CustomerDocumentTypes | str | Unset
        if _doc_type is None:
            doc_type = UNSET
        else:
            doc_type = open_enum(CustomerDocumentTypes, _doc_type, "RotRutDto.docType")

        ref_nbr = d.pop("refNbr", UNSET)
        if ref_nbr is None:
            ref_nbr = UNSET

        distributed_automaticaly = d.pop("distributedAutomaticaly", UNSET)
        if distributed_automaticaly is None:
            distributed_automaticaly = UNSET

        _type_ = d.pop("type", None)
        type_: RutRotTypes | str | Unset
        if _type_ is None:
            type_ = UNSET
        else:
            type_ = open_enum(RutRotTypes, _type_, "RotRutDto.type")

        _total_deductable_amount = d.pop("totalDeductableAmount", None)
        total_deductable_amount: Decimal | Unset
        if _total_deductable_amount is None or _total_deductable_amount == "":
            total_deductable_amount = UNSET
        else:
            total_deductable_amount = decimal_from_json(_total_deductable_amount)

        _other_cost = d.pop("otherCost", None)
        other_cost: Decimal | Unset
        if _other_cost is None or _other_cost == "":
            other_cost = UNSET
        else:
            other_cost = decimal_from_json(_other_cost)

        _material_cost = d.pop("materialCost", None)
        material_cost: Decimal | Unset
        if _material_cost is None or _material_cost == "":
            material_cost = UNSET
        else:
            material_cost = decimal_from_json(_material_cost)

        _work_price = d.pop("workPrice", None)
        work_price: Decimal | Unset
        if _work_price is None or _work_price == "":
            work_price = UNSET
        else:
            work_price = decimal_from_json(_work_price)

        _distributed_amount = d.pop("distributedAmount", None)
        distributed_amount: Decimal | Unset
        if _distributed_amount is None or _distributed_amount == "":
            distributed_amount = UNSET
        else:
            distributed_amount = decimal_from_json(_distributed_amount)

        appartment = d.pop("appartment", UNSET)
        if appartment is None:
            appartment = UNSET

        estate = d.pop("estate", UNSET)
        if estate is None:
            estate = UNSET

        organization_nbr = d.pop("organizationNbr", UNSET)
        if organization_nbr is None:
            organization_nbr = UNSET

        _distribution = d.pop("distribution", None)
        distribution: list[RotRutDistributionDto] | Unset
        if _distribution is None:
            distribution = UNSET
        else:
            if not isinstance(_distribution, list):
                raise TypeError(
                    f"RotRutDto.distribution: expected an array, got {type(_distribution).__name__}"
                )
            distribution = []
            for distribution_item_data in _distribution:
                distribution_item = RotRutDistributionDto.from_dict(
                    distribution_item_data
                )

                distribution.append(distribution_item)

        rot_rut_dto = cls(
            doc_type=doc_type,
            ref_nbr=ref_nbr,
            distributed_automaticaly=distributed_automaticaly,
            type_=type_,
            total_deductable_amount=total_deductable_amount,
            other_cost=other_cost,
            material_cost=material_cost,
            work_price=work_price,
            distributed_amount=distributed_amount,
            appartment=appartment,
            estate=estate,
            organization_nbr=organization_nbr,
            distribution=distribution,
        )

        rot_rut_dto.additional_properties = d
        return rot_rut_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, so that models referring to each other can be imported in
# any order; from_dict/to_dict find them as module globals instead of importing on every call.
from ..models.rot_rut_distribution_dto import RotRutDistributionDto
