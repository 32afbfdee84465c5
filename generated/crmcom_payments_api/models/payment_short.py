from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_life_cycle_state import PaymentLifeCycleState
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, open_enum

T = TypeVar("T", bound="PaymentShort")


@_attrs_define
class PaymentShort:
    """Short payment object (payment_short), returned by create, update, post, reject, cancel, pay_bill and pay_invoice.
    Every field may be left out through fields_set.

        Attributes:
            id (str | Unset): The payment ID.
            number (None | str | Unset): The payment number; null until the payment is posted.
            reference_number (str | Unset): The payment reference number.
            life_cycle_state (PaymentLifeCycleState | str | Unset): Life-cycle state of a payment: create(DRAFT) -post->
                POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED; create(POSTED), pay_bill and pay_invoice give POSTED
                directly. PENDING_VERIFICATION (listed on the short payment page) is used by payment gateways while a charge is
                being verified.
            issued_on (str | Unset): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            posted_on (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            payment_amount (Decimal | Unset): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an
                exact decimal whatever its number of decimals).
            processed_by_payment_gateway (None | str | Unset): The payment gateway that processed the payment; only for
                gateway methods.
            payment_gateway_reference_number (None | str | Unset): The gateway's reference number; only for gateway methods.
            currency_rate_period (CurrencyRatePeriod | None | Unset): The currency rate period applied (R10+); null when no
                conversion applies.
    """

    id: str | Unset = UNSET
    number: None | str | Unset = UNSET
    reference_number: str | Unset = UNSET
    life_cycle_state: PaymentLifeCycleState | str | Unset = UNSET
    issued_on: str | Unset = UNSET
    posted_on: None | str | Unset = UNSET
    payment_amount: Decimal | Unset = UNSET
    processed_by_payment_gateway: None | str | Unset = UNSET
    payment_gateway_reference_number: None | str | Unset = UNSET
    currency_rate_period: CurrencyRatePeriod | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "payment_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        reference_number = self.reference_number

        life_cycle_state: str | Unset = UNSET
        if not isinstance(self.life_cycle_state, Unset):
            life_cycle_state = str(self.life_cycle_state)

        issued_on = self.issued_on

        posted_on: None | str | Unset
        if isinstance(self.posted_on, Unset):
            posted_on = UNSET
        else:
            posted_on = self.posted_on

        payment_amount: Decimal | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount

        processed_by_payment_gateway: None | str | Unset
        if isinstance(self.processed_by_payment_gateway, Unset):
            processed_by_payment_gateway = UNSET
        else:
            processed_by_payment_gateway = self.processed_by_payment_gateway

        payment_gateway_reference_number: None | str | Unset
        if isinstance(self.payment_gateway_reference_number, Unset):
            payment_gateway_reference_number = UNSET
        else:
            payment_gateway_reference_number = self.payment_gateway_reference_number

        currency_rate_period: dict[str, Any] | None | Unset
        if isinstance(self.currency_rate_period, Unset):
            currency_rate_period = UNSET
        elif isinstance(self.currency_rate_period, CurrencyRatePeriod):
            currency_rate_period = self.currency_rate_period.to_dict()
        else:
            currency_rate_period = self.currency_rate_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if life_cycle_state is not UNSET:
            field_dict["life_cycle_state"] = life_cycle_state
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if posted_on is not UNSET:
            field_dict["posted_on"] = posted_on
        if payment_amount is not UNSET:
            field_dict["payment_amount"] = payment_amount
        if processed_by_payment_gateway is not UNSET:
            field_dict["processed_by_payment_gateway"] = processed_by_payment_gateway
        if payment_gateway_reference_number is not UNSET:
            field_dict["payment_gateway_reference_number"] = (
                payment_gateway_reference_number
            )
        if currency_rate_period is not UNSET:
            field_dict["currency_rate_period"] = currency_rate_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET

        number = d.pop("number", UNSET)

        reference_number = d.pop("reference_number", UNSET)
        if reference_number is None:
            reference_number = UNSET

        _life_cycle_state = d.pop("life_cycle_state", None)
        life_cycle_state: PaymentLifeCycleState | str | Unset
        if _life_cycle_state is None:
            life_cycle_state = UNSET
        else:
            life_cycle_state = open_enum(
                PaymentLifeCycleState,
                _life_cycle_state,
                "PaymentShort.life_cycle_state",
            )

        issued_on = d.pop("issued_on", UNSET)
        if issued_on is None:
            issued_on = UNSET

        posted_on = d.pop("posted_on", UNSET)

        _payment_amount = d.pop("payment_amount", None)
        payment_amount: Decimal | Unset
        if _payment_amount is None or _payment_amount == "":
            payment_amount = UNSET
        else:
            payment_amount = decimal_from_json(_payment_amount)

        processed_by_payment_gateway = d.pop("processed_by_payment_gateway", UNSET)

        payment_gateway_reference_number = d.pop(
            "payment_gateway_reference_number", UNSET
        )

        def _parse_currency_rate_period(
            data: object,
        ) -> CurrencyRatePeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_rate_period_type_0 = CurrencyRatePeriod.from_dict(data)

                return currency_rate_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"currency_rate_period: no member of the union accepts {type(data).__name__}"
            )

        currency_rate_period = _parse_currency_rate_period(
            d.pop("currency_rate_period", UNSET)
        )

        payment_short = cls(
            id=id,
            number=number,
            reference_number=reference_number,
            life_cycle_state=life_cycle_state,
            issued_on=issued_on,
            posted_on=posted_on,
            payment_amount=payment_amount,
            processed_by_payment_gateway=processed_by_payment_gateway,
            payment_gateway_reference_number=payment_gateway_reference_number,
            currency_rate_period=currency_rate_period,
        )

        payment_short.additional_properties = d
        return payment_short

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
from ..models.currency_rate_period import CurrencyRatePeriod
