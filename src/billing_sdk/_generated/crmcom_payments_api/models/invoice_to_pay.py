from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, wire_keys

T = TypeVar("T", bound="InvoiceToPay")


@_attrs_define
class InvoiceToPay:
    """An invoice a payment is intended to pay (item of invoices_to_pay_set).

    Attributes:
        id (str | None):
        number (None | str):
        reference_number (str | None):
        life_cycle_state (str | None): Invoice life-cycle state, e.g. POSTED.
        total_amount (Decimal | None): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an exact
            decimal whatever its number of decimals).
        outstanding_amount (Decimal | None): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an
            exact decimal whatever its number of decimals).
        issued_on (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
        due_on (None | str): A LocalDateTime, or null when not (yet) set.
        posted_on (None | str): A LocalDateTime, or null when not (yet) set.
    """

    id: str | None = None
    number: None | str = None
    reference_number: str | None = None
    life_cycle_state: str | None = None
    total_amount: Decimal | None = None
    outstanding_amount: Decimal | None = None
    issued_on: str | None = None
    due_on: None | str = None
    posted_on: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "number": "number",
        "reference_number": "reference_number",
        "life_cycle_state": "life_cycle_state",
        "total_amount": "total_amount",
        "outstanding_amount": "outstanding_amount",
        "issued_on": "issued_on",
        "due_on": "due_on",
        "posted_on": "posted_on",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "total_amount": DecimalLimits(),
        "outstanding_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str = None
        if self.number is not None:
            number = self.number

        reference_number = self.reference_number

        life_cycle_state = self.life_cycle_state

        total_amount: Decimal | None = None
        if self.total_amount is not None:
            total_amount = self.total_amount

        outstanding_amount: Decimal | None = None
        if self.outstanding_amount is not None:
            outstanding_amount = self.outstanding_amount

        issued_on = self.issued_on

        due_on: None | str = None
        if self.due_on is not None:
            due_on = self.due_on

        posted_on: None | str = None
        if self.posted_on is not None:
            posted_on = self.posted_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if number is not None or "number" in self._wire_keys:
            field_dict["number"] = number
        if reference_number is not None:
            field_dict["reference_number"] = reference_number
        if life_cycle_state is not None:
            field_dict["life_cycle_state"] = life_cycle_state
        if total_amount is not None:
            field_dict["total_amount"] = total_amount
        if outstanding_amount is not None:
            field_dict["outstanding_amount"] = outstanding_amount
        if issued_on is not None:
            field_dict["issued_on"] = issued_on
        if due_on is not None or "due_on" in self._wire_keys:
            field_dict["due_on"] = due_on
        if posted_on is not None or "posted_on" in self._wire_keys:
            field_dict["posted_on"] = posted_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InvoiceToPay: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        number = d.pop("number", UNSET)
        if isinstance(number, Unset):
            number = None

        reference_number = d.pop("reference_number", None)

        life_cycle_state = d.pop("life_cycle_state", None)

        _total_amount = d.pop("total_amount", None)
        total_amount: Decimal | None
        if (
            _total_amount is None
            or _total_amount.__class__ is str
            and not _total_amount
        ):
            total_amount = None
        else:
            total_amount = decimal_from_json(_total_amount)

        _outstanding_amount = d.pop("outstanding_amount", None)
        outstanding_amount: Decimal | None
        if (
            _outstanding_amount is None
            or _outstanding_amount.__class__ is str
            and not _outstanding_amount
        ):
            outstanding_amount = None
        else:
            outstanding_amount = decimal_from_json(_outstanding_amount)

        issued_on = d.pop("issued_on", None)

        due_on = d.pop("due_on", UNSET)
        if isinstance(due_on, Unset):
            due_on = None

        posted_on = d.pop("posted_on", UNSET)
        if isinstance(posted_on, Unset):
            posted_on = None

        invoice_to_pay = cls(
            id=id,
            number=number,
            reference_number=reference_number,
            life_cycle_state=life_cycle_state,
            total_amount=total_amount,
            outstanding_amount=outstanding_amount,
            issued_on=issued_on,
            due_on=due_on,
            posted_on=posted_on,
        )
        invoice_to_pay._wire_keys = keys_seen

        invoice_to_pay.additional_properties = d
        return invoice_to_pay

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
