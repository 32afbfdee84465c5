from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_document_types import CustomerDocumentTypes
from ..models.rut_rot_types import RutRotTypes
from ..types import DecimalLimits, decimal_from_json, open_enum, wire_keys

T = TypeVar("T", bound="RotRutDto")


@_attrs_define
class RotRutDto:
    """ROT/RUT (Swedish household-service deduction) details of an invoice. Field spellings are the vendor's.

    Attributes:
        doc_type (CustomerDocumentTypes | str | None): Customer ledger document type.
        ref_nbr (str | None):
        distributed_automaticaly (bool | None):
        type_ (RutRotTypes | str | None): Swedish household-service deduction type.
        total_deductable_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format:
            decimal`: read and written as an exact decimal, never through a binary float).
        other_cost (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        material_cost (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read
            and written as an exact decimal, never through a binary float).
        work_price (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`: read and
            written as an exact decimal, never through a binary float).
        distributed_amount (Decimal | None): Monetary amount as the ERP reports it (a JSON number; `format: decimal`:
            read and written as an exact decimal, never through a binary float).
        appartment (str | None):
        estate (str | None):
        organization_nbr (str | None):
        distribution (list[RotRutDistributionDto] | None):
    """

    doc_type: CustomerDocumentTypes | str | None = None
    ref_nbr: str | None = None
    distributed_automaticaly: bool | None = None
    type_: RutRotTypes | str | None = None
    total_deductable_amount: Decimal | None = None
    other_cost: Decimal | None = None
    material_cost: Decimal | None = None
    work_price: Decimal | None = None
    distributed_amount: Decimal | None = None
    appartment: str | None = None
    estate: str | None = None
    organization_nbr: str | None = None
    distribution: list[RotRutDistributionDto] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "docType": "doc_type",
        "refNbr": "ref_nbr",
        "distributedAutomaticaly": "distributed_automaticaly",
        "type": "type_",
        "totalDeductableAmount": "total_deductable_amount",
        "otherCost": "other_cost",
        "materialCost": "material_cost",
        "workPrice": "work_price",
        "distributedAmount": "distributed_amount",
        "appartment": "appartment",
        "estate": "estate",
        "organizationNbr": "organization_nbr",
        "distribution": "distribution",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "total_deductable_amount": DecimalLimits(),
        "other_cost": DecimalLimits(),
        "material_cost": DecimalLimits(),
        "work_price": DecimalLimits(),
        "distributed_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        doc_type: str | None = None
        if self.doc_type is not None:
            doc_type = str(self.doc_type)

        ref_nbr = self.ref_nbr

        distributed_automaticaly = self.distributed_automaticaly

        type_: str | None = None
        if self.type_ is not None:
            type_ = str(self.type_)

        total_deductable_amount: Decimal | None = None
        if self.total_deductable_amount is not None:
            total_deductable_amount = self.total_deductable_amount

        other_cost: Decimal | None = None
        if self.other_cost is not None:
            other_cost = self.other_cost

        material_cost: Decimal | None = None
        if self.material_cost is not None:
            material_cost = self.material_cost

        work_price: Decimal | None = None
        if self.work_price is not None:
            work_price = self.work_price

        distributed_amount: Decimal | None = None
        if self.distributed_amount is not None:
            distributed_amount = self.distributed_amount

        appartment = self.appartment

        estate = self.estate

        organization_nbr = self.organization_nbr

        distribution: list[dict[str, Any]] | None = None
        if self.distribution is not None:
            distribution = []
            for distribution_item_data in self.distribution:
                distribution_item = distribution_item_data.to_dict()
                distribution.append(distribution_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_type is not None:
            field_dict["docType"] = doc_type
        if ref_nbr is not None:
            field_dict["refNbr"] = ref_nbr
        if distributed_automaticaly is not None:
            field_dict["distributedAutomaticaly"] = distributed_automaticaly
        if type_ is not None:
            field_dict["type"] = type_
        if total_deductable_amount is not None:
            field_dict["totalDeductableAmount"] = total_deductable_amount
        if other_cost is not None:
            field_dict["otherCost"] = other_cost
        if material_cost is not None:
            field_dict["materialCost"] = material_cost
        if work_price is not None:
            field_dict["workPrice"] = work_price
        if distributed_amount is not None:
            field_dict["distributedAmount"] = distributed_amount
        if appartment is not None:
            field_dict["appartment"] = appartment
        if estate is not None:
            field_dict["estate"] = estate
        if organization_nbr is not None:
            field_dict["organizationNbr"] = organization_nbr
        if distribution is not None:
            field_dict["distribution"] = distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RotRutDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _doc_type = d.pop("docType", None)
        doc_type: CustomerDocumentTypes | str | None
        if _doc_type is None:
            doc_type = None
        else:
            doc_type = open_enum(CustomerDocumentTypes, _doc_type, "RotRutDto.docType")

        ref_nbr = d.pop("refNbr", None)

        distributed_automaticaly = d.pop("distributedAutomaticaly", None)

        _type_ = d.pop("type", None)
        type_: RutRotTypes | str | None
        if _type_ is None:
            type_ = None
        else:
            type_ = open_enum(RutRotTypes, _type_, "RotRutDto.type")

        _total_deductable_amount = d.pop("totalDeductableAmount", None)
        total_deductable_amount: Decimal | None
        if (
            _total_deductable_amount is None
            or _total_deductable_amount.__class__ is str
            and not _total_deductable_amount
        ):
            total_deductable_amount = None
        else:
            total_deductable_amount = decimal_from_json(_total_deductable_amount)

        _other_cost = d.pop("otherCost", None)
        other_cost: Decimal | None
        if _other_cost is None or _other_cost.__class__ is str and not _other_cost:
            other_cost = None
        else:
            other_cost = decimal_from_json(_other_cost)

        _material_cost = d.pop("materialCost", None)
        material_cost: Decimal | None
        if (
            _material_cost is None
            or _material_cost.__class__ is str
            and not _material_cost
        ):
            material_cost = None
        else:
            material_cost = decimal_from_json(_material_cost)

        _work_price = d.pop("workPrice", None)
        work_price: Decimal | None
        if _work_price is None or _work_price.__class__ is str and not _work_price:
            work_price = None
        else:
            work_price = decimal_from_json(_work_price)

        _distributed_amount = d.pop("distributedAmount", None)
        distributed_amount: Decimal | None
        if (
            _distributed_amount is None
            or _distributed_amount.__class__ is str
            and not _distributed_amount
        ):
            distributed_amount = None
        else:
            distributed_amount = decimal_from_json(_distributed_amount)

        appartment = d.pop("appartment", None)

        estate = d.pop("estate", None)

        organization_nbr = d.pop("organizationNbr", None)

        _distribution = d.pop("distribution", None)
        distribution: list[RotRutDistributionDto] | None
        if _distribution is None:
            distribution = None
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
        rot_rut_dto._wire_keys = keys_seen

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
