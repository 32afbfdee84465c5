from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="PaymentCancelRequest")


@_attrs_define
class PaymentCancelRequest:
    """Body of payments/cancel (POSTED payments only).

    Attributes:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex characters before.
        payment_identifier (PaymentIdentifier): Payment identifier: exactly one of id, number, reference_number,
            back_office_code (R9.1+).
        type_identifier (TypeIdentifier): Financial transaction type identifier: exactly one of id, name,
            alternative_code.
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
        category_identifier (CategoryIdentifier | None): Financial transaction category identifier: exactly one of id,
            name, code.
        notes (str | None): Free text.
        back_office_code (str | None): A back office code for the payment (R9.1+). If specified it must be unique among
            payments (409 DUPLICATE_BACK_OFFICE_CODE). The SDK uses it to reconcile retried creates.
        issue_reason (str | None): Free text.
        fields_set (str | None): Comma-separated list of response fields to include, e.g. `id,number,reference_number`.
            All fields are returned when absent.
    """

    token: str
    payment_identifier: PaymentIdentifier
    type_identifier: TypeIdentifier
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
    category_identifier: CategoryIdentifier | None = None
    notes: str | None = None
    back_office_code: str | None = None
    issue_reason: str | None = None
    fields_set: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "token": "token",
        "payment_identifier": "payment_identifier",
        "type_identifier": "type_identifier",
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
        "category_identifier": "category_identifier",
        "notes": "notes",
        "back_office_code": "back_office_code",
        "issue_reason": "issue_reason",
        "fields_set": "fields_set",
    }

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        payment_identifier = self.payment_identifier.to_dict()

        type_identifier = self.type_identifier.to_dict()

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

        category_identifier: dict[str, Any] | None = None
        if self.category_identifier is not None:
            category_identifier = self.category_identifier.to_dict()

        notes = self.notes

        back_office_code = self.back_office_code

        issue_reason = self.issue_reason

        fields_set = self.fields_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "payment_identifier": payment_identifier,
                "type_identifier": type_identifier,
            }
        )
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
        if category_identifier is not None:
            field_dict["category_identifier"] = category_identifier
        if notes is not None:
            field_dict["notes"] = notes
        if back_office_code is not None:
            field_dict["back_office_code"] = back_office_code
        if issue_reason is not None:
            field_dict["issue_reason"] = issue_reason
        if fields_set is not None:
            field_dict["fields_set"] = fields_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentCancelRequest: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        token = d.pop("token")

        payment_identifier = PaymentIdentifier.from_dict(d.pop("payment_identifier"))

        type_identifier = TypeIdentifier.from_dict(d.pop("type_identifier"))

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

        _category_identifier = d.pop("category_identifier", UNSET)
        category_identifier: CategoryIdentifier | None
        if isinstance(_category_identifier, Unset):
            category_identifier = None
        else:
            category_identifier = CategoryIdentifier.from_dict(_category_identifier)

        notes = d.pop("notes", None)

        back_office_code = d.pop("back_office_code", None)

        issue_reason = d.pop("issue_reason", None)

        fields_set = d.pop("fields_set", None)

        payment_cancel_request = cls(
            token=token,
            payment_identifier=payment_identifier,
            type_identifier=type_identifier,
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
            category_identifier=category_identifier,
            notes=notes,
            back_office_code=back_office_code,
            issue_reason=issue_reason,
            fields_set=fields_set,
        )
        payment_cancel_request._wire_keys = keys_seen

        payment_cancel_request.additional_properties = d
        return payment_cancel_request

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
from ..models.category_identifier import CategoryIdentifier
from ..models.payment_identifier import PaymentIdentifier
from ..models.type_identifier import TypeIdentifier
