from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecimalLimits, Unset, decimal_from_json

T = TypeVar("T", bound="BillToPay")


@_attrs_define
class BillToPay:
    """A bill a payment is intended to pay (item of bills_to_pay_set).

    Attributes:
        id (str | Unset):
        number (None | str | Unset):
        life_cycle_state (str | Unset): Bill life-cycle state, e.g. POSTED.
        total_amount (Decimal | Unset): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an exact
            decimal whatever its number of decimals).
        outstanding_amount (Decimal | Unset): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an
            exact decimal whatever its number of decimals).
        issued_on (str | Unset): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
    """

    id: str | Unset = UNSET
    number: None | str | Unset = UNSET
    life_cycle_state: str | Unset = UNSET
    total_amount: Decimal | Unset = UNSET
    outstanding_amount: Decimal | Unset = UNSET
    issued_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "total_amount": DecimalLimits(),
        "outstanding_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        life_cycle_state = self.life_cycle_state

        total_amount: Decimal | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount

        outstanding_amount: Decimal | Unset = UNSET
        if not isinstance(self.outstanding_amount, Unset):
            outstanding_amount = self.outstanding_amount

        issued_on = self.issued_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if life_cycle_state is not UNSET:
            field_dict["life_cycle_state"] = life_cycle_state
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if outstanding_amount is not UNSET:
            field_dict["outstanding_amount"] = outstanding_amount
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"BillToPay: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET

        number = d.pop("number", UNSET)

        life_cycle_state = d.pop("life_cycle_state", UNSET)
        if life_cycle_state is None:
            life_cycle_state = UNSET

        _total_amount = d.pop("total_amount", None)
        total_amount: Decimal | Unset
        if _total_amount is None or _total_amount == "":
            total_amount = UNSET
        else:
            total_amount = decimal_from_json(_total_amount)

        _outstanding_amount = d.pop("outstanding_amount", None)
        outstanding_amount: Decimal | Unset
        if _outstanding_amount is None or _outstanding_amount == "":
            outstanding_amount = UNSET
        else:
            outstanding_amount = decimal_from_json(_outstanding_amount)

        issued_on = d.pop("issued_on", UNSET)
        if issued_on is None:
            issued_on = UNSET

        bill_to_pay = cls(
            id=id,
            number=number,
            life_cycle_state=life_cycle_state,
            total_amount=total_amount,
            outstanding_amount=outstanding_amount,
            issued_on=issued_on,
        )

        bill_to_pay.additional_properties = d
        return bill_to_pay

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
