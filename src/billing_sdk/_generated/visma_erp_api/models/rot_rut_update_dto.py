from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="RotRutUpdateDto")


@_attrs_define
class RotRutUpdateDto:
    """ROT/RUT details in an update body (the object itself is not wrapped, its fields are).

    Attributes:
        distributed_automaticaly (DtoValueOfNullableOfBoolean | None): Update wrapper for an optional boolean; `null`
            clears it.
        type_ (DtoValueOfNullableOfRutRotTypes | None): Update wrapper for an optional ROT/RUT type.
        appartment (DtoValueOfString | None): Update wrapper for a string.
        estate (DtoValueOfString | None): Update wrapper for a string.
        organization_nbr (DtoValueOfString | None): Update wrapper for a string.
        distribution (list[RotRutDistributionUpdateDto] | None):
    """

    distributed_automaticaly: DtoValueOfNullableOfBoolean | None = None
    type_: DtoValueOfNullableOfRutRotTypes | None = None
    appartment: DtoValueOfString | None = None
    estate: DtoValueOfString | None = None
    organization_nbr: DtoValueOfString | None = None
    distribution: list[RotRutDistributionUpdateDto] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "distributedAutomaticaly": "distributed_automaticaly",
        "type": "type_",
        "appartment": "appartment",
        "estate": "estate",
        "organizationNbr": "organization_nbr",
        "distribution": "distribution",
    }

    def to_dict(self) -> dict[str, Any]:
        distributed_automaticaly: dict[str, Any] | None = None
        if self.distributed_automaticaly is not None:
            distributed_automaticaly = self.distributed_automaticaly.to_dict()

        type_: dict[str, Any] | None = None
        if self.type_ is not None:
            type_ = self.type_.to_dict()

        appartment: dict[str, Any] | None = None
        if self.appartment is not None:
            appartment = self.appartment.to_dict()

        estate: dict[str, Any] | None = None
        if self.estate is not None:
            estate = self.estate.to_dict()

        organization_nbr: dict[str, Any] | None = None
        if self.organization_nbr is not None:
            organization_nbr = self.organization_nbr.to_dict()

        distribution: list[dict[str, Any]] | None = None
        if self.distribution is not None:
            distribution = []
            for distribution_item_data in self.distribution:
                distribution_item = distribution_item_data.to_dict()
                distribution.append(distribution_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distributed_automaticaly is not None:
            field_dict["distributedAutomaticaly"] = distributed_automaticaly
        if type_ is not None:
            field_dict["type"] = type_
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
                f"RotRutUpdateDto: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        _distributed_automaticaly = d.pop("distributedAutomaticaly", UNSET)
        distributed_automaticaly: DtoValueOfNullableOfBoolean | None
        if isinstance(_distributed_automaticaly, Unset):
            distributed_automaticaly = None
        else:
            distributed_automaticaly = DtoValueOfNullableOfBoolean.from_dict(
                _distributed_automaticaly
            )

        _type_ = d.pop("type", UNSET)
        type_: DtoValueOfNullableOfRutRotTypes | None
        if isinstance(_type_, Unset):
            type_ = None
        else:
            type_ = DtoValueOfNullableOfRutRotTypes.from_dict(_type_)

        _appartment = d.pop("appartment", UNSET)
        appartment: DtoValueOfString | None
        if isinstance(_appartment, Unset):
            appartment = None
        else:
            appartment = DtoValueOfString.from_dict(_appartment)

        _estate = d.pop("estate", UNSET)
        estate: DtoValueOfString | None
        if isinstance(_estate, Unset):
            estate = None
        else:
            estate = DtoValueOfString.from_dict(_estate)

        _organization_nbr = d.pop("organizationNbr", UNSET)
        organization_nbr: DtoValueOfString | None
        if isinstance(_organization_nbr, Unset):
            organization_nbr = None
        else:
            organization_nbr = DtoValueOfString.from_dict(_organization_nbr)

        _distribution = d.pop("distribution", UNSET)
        distribution: list[RotRutDistributionUpdateDto] | None
        if isinstance(_distribution, Unset):
            distribution = None
        else:
            if not isinstance(_distribution, list):
                raise TypeError(
                    f"distribution: expected an array, got {type(_distribution).__name__}"
                )
            distribution = []
            for distribution_item_data in _distribution:
                distribution_item = RotRutDistributionUpdateDto.from_dict(
                    distribution_item_data
                )

                distribution.append(distribution_item)

        rot_rut_update_dto = cls(
            distributed_automaticaly=distributed_automaticaly,
            type_=type_,
            appartment=appartment,
            estate=estate,
            organization_nbr=organization_nbr,
            distribution=distribution,
        )
        rot_rut_update_dto._wire_keys = keys_seen

        rot_rut_update_dto.additional_properties = d
        return rot_rut_update_dto

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
from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
from ..models.dto_value_of_nullable_of_rut_rot_types import (
    DtoValueOfNullableOfRutRotTypes,
)
from ..models.dto_value_of_string import DtoValueOfString
from ..models.rot_rut_distribution_update_dto import RotRutDistributionUpdateDto
