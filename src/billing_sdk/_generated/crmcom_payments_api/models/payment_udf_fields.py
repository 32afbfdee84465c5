from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="PaymentUdfFields")


@_attrs_define
class PaymentUdfFields:
    """The optional user defined fields every payment-writing method accepts (udf_string_1..8, udf_float_1..4,
    udf_date_1..4). Used through allOf.

        Attributes:
            udf_string_1 (str | None): User Defined Field of type String.
            udf_string_2 (str | None): User Defined Field of type String.
            udf_string_3 (str | None): User Defined Field of type String.
            udf_string_4 (str | None): User Defined Field of type String.
            udf_string_5 (str | None): User Defined Field of type String.
            udf_string_6 (str | None): User Defined Field of type String.
            udf_string_7 (str | None): User Defined Field of type String.
            udf_string_8 (str | None): User Defined Field of type String.
            udf_float_1 (float | None): User Defined Field of type Float: any number a 64-bit float can hold (it is stored
                with that precision).
            udf_float_2 (float | None): User Defined Field of type Float: any number a 64-bit float can hold (it is stored
                with that precision).
            udf_float_3 (float | None): User Defined Field of type Float: any number a 64-bit float can hold (it is stored
                with that precision).
            udf_float_4 (float | None): User Defined Field of type Float: any number a 64-bit float can hold (it is stored
                with that precision).
            udf_date_1 (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            udf_date_2 (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            udf_date_3 (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            udf_date_4 (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
    """

    udf_string_1: str | None = None
    udf_string_2: str | None = None
    udf_string_3: str | None = None
    udf_string_4: str | None = None
    udf_string_5: str | None = None
    udf_string_6: str | None = None
    udf_string_7: str | None = None
    udf_string_8: str | None = None
    udf_float_1: float | None = None
    udf_float_2: float | None = None
    udf_float_3: float | None = None
    udf_float_4: float | None = None
    udf_date_1: str | None = None
    udf_date_2: str | None = None
    udf_date_3: str | None = None
    udf_date_4: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "udf_string_1": "udf_string_1",
        "udf_string_2": "udf_string_2",
        "udf_string_3": "udf_string_3",
        "udf_string_4": "udf_string_4",
        "udf_string_5": "udf_string_5",
        "udf_string_6": "udf_string_6",
        "udf_string_7": "udf_string_7",
        "udf_string_8": "udf_string_8",
        "udf_float_1": "udf_float_1",
        "udf_float_2": "udf_float_2",
        "udf_float_3": "udf_float_3",
        "udf_float_4": "udf_float_4",
        "udf_date_1": "udf_date_1",
        "udf_date_2": "udf_date_2",
        "udf_date_3": "udf_date_3",
        "udf_date_4": "udf_date_4",
    }

    def to_dict(self) -> dict[str, Any]:
        udf_string_1 = self.udf_string_1

        udf_string_2 = self.udf_string_2

        udf_string_3 = self.udf_string_3

        udf_string_4 = self.udf_string_4

        udf_string_5 = self.udf_string_5

        udf_string_6 = self.udf_string_6

        udf_string_7 = self.udf_string_7

        udf_string_8 = self.udf_string_8

        udf_float_1 = self.udf_float_1

        udf_float_2 = self.udf_float_2

        udf_float_3 = self.udf_float_3

        udf_float_4 = self.udf_float_4

        udf_date_1 = self.udf_date_1

        udf_date_2 = self.udf_date_2

        udf_date_3 = self.udf_date_3

        udf_date_4 = self.udf_date_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if udf_string_1 is not None:
            field_dict["udf_string_1"] = udf_string_1
        if udf_string_2 is not None:
            field_dict["udf_string_2"] = udf_string_2
        if udf_string_3 is not None:
            field_dict["udf_string_3"] = udf_string_3
        if udf_string_4 is not None:
            field_dict["udf_string_4"] = udf_string_4
        if udf_string_5 is not None:
            field_dict["udf_string_5"] = udf_string_5
        if udf_string_6 is not None:
            field_dict["udf_string_6"] = udf_string_6
        if udf_string_7 is not None:
            field_dict["udf_string_7"] = udf_string_7
        if udf_string_8 is not None:
            field_dict["udf_string_8"] = udf_string_8
        if udf_float_1 is not None:
            field_dict["udf_float_1"] = udf_float_1
        if udf_float_2 is not None:
            field_dict["udf_float_2"] = udf_float_2
        if udf_float_3 is not None:
            field_dict["udf_float_3"] = udf_float_3
        if udf_float_4 is not None:
            field_dict["udf_float_4"] = udf_float_4
        if udf_date_1 is not None:
            field_dict["udf_date_1"] = udf_date_1
        if udf_date_2 is not None:
            field_dict["udf_date_2"] = udf_date_2
        if udf_date_3 is not None:
            field_dict["udf_date_3"] = udf_date_3
        if udf_date_4 is not None:
            field_dict["udf_date_4"] = udf_date_4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentUdfFields: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        udf_string_1 = d.pop("udf_string_1", None)

        udf_string_2 = d.pop("udf_string_2", None)

        udf_string_3 = d.pop("udf_string_3", None)

        udf_string_4 = d.pop("udf_string_4", None)

        udf_string_5 = d.pop("udf_string_5", None)

        udf_string_6 = d.pop("udf_string_6", None)

        udf_string_7 = d.pop("udf_string_7", None)

        udf_string_8 = d.pop("udf_string_8", None)

        _udf_float_1 = d.pop("udf_float_1", UNSET)
        udf_float_1: float | None
        if isinstance(_udf_float_1, Unset):
            udf_float_1 = None
        else:
            udf_float_1 = float(_udf_float_1)

        _udf_float_2 = d.pop("udf_float_2", UNSET)
        udf_float_2: float | None
        if isinstance(_udf_float_2, Unset):
            udf_float_2 = None
        else:
            udf_float_2 = float(_udf_float_2)

        _udf_float_3 = d.pop("udf_float_3", UNSET)
        udf_float_3: float | None
        if isinstance(_udf_float_3, Unset):
            udf_float_3 = None
        else:
            udf_float_3 = float(_udf_float_3)

        _udf_float_4 = d.pop("udf_float_4", UNSET)
        udf_float_4: float | None
        if isinstance(_udf_float_4, Unset):
            udf_float_4 = None
        else:
            udf_float_4 = float(_udf_float_4)

        udf_date_1 = d.pop("udf_date_1", None)

        udf_date_2 = d.pop("udf_date_2", None)

        udf_date_3 = d.pop("udf_date_3", None)

        udf_date_4 = d.pop("udf_date_4", None)

        payment_udf_fields = cls(
            udf_string_1=udf_string_1,
            udf_string_2=udf_string_2,
            udf_string_3=udf_string_3,
            udf_string_4=udf_string_4,
            udf_string_5=udf_string_5,
            udf_string_6=udf_string_6,
            udf_string_7=udf_string_7,
            udf_string_8=udf_string_8,
            udf_float_1=udf_float_1,
            udf_float_2=udf_float_2,
            udf_float_3=udf_float_3,
            udf_float_4=udf_float_4,
            udf_date_1=udf_date_1,
            udf_date_2=udf_date_2,
            udf_date_3=udf_date_3,
            udf_date_4=udf_date_4,
        )
        payment_udf_fields._wire_keys = keys_seen

        payment_udf_fields.additional_properties = d
        return payment_udf_fields

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
