from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_life_cycle_state import PaymentLifeCycleState
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, open_enum, wire_keys

T = TypeVar("T", bound="PaymentShort")


@_attrs_define
class PaymentShort:
    """Short payment object (payment_short), returned by create, update, post, reject, cancel, pay_bill and pay_invoice.
    Every field may be left out through fields_set.

        Attributes:
            id (str | None): The payment ID.
            number (None | str): The payment number; null until the payment is posted.
            reference_number (str | None): The payment reference number.
            life_cycle_state (PaymentLifeCycleState | str | None): Life-cycle state of a payment: create(DRAFT) -post->
                POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED; create(POSTED), pay_bill and pay_invoice give POSTED
                directly. PENDING_VERIFICATION (listed on the short payment page) is used by payment gateways while a charge is
                being verified.
            issued_on (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            posted_on (None | str): A LocalDateTime, or null when not (yet) set.
            payment_amount (Decimal | None): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an
                exact decimal whatever its number of decimals).
            processed_by_payment_gateway (None | str): The payment gateway that processed the payment; only for gateway
                methods.
            payment_gateway_reference_number (None | str): The gateway's reference number; only for gateway methods.
            currency_rate_period (CurrencyRatePeriod | None): The currency rate period applied (R10+); null when no
                conversion applies.
    """

    id: str | None = None
    number: None | str = None
    reference_number: str | None = None
    life_cycle_state: PaymentLifeCycleState | str | None = None
    issued_on: str | None = None
    posted_on: None | str = None
    payment_amount: Decimal | None = None
    processed_by_payment_gateway: None | str = None
    payment_gateway_reference_number: None | str = None
    currency_rate_period: CurrencyRatePeriod | None = None
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
        "issued_on": "issued_on",
        "posted_on": "posted_on",
        "payment_amount": "payment_amount",
        "processed_by_payment_gateway": "processed_by_payment_gateway",
        "payment_gateway_reference_number": "payment_gateway_reference_number",
        "currency_rate_period": "currency_rate_period",
    }
    #: The spec's limits of each decimal attribute (checked by the caller before writing).
    DECIMAL_LIMITS: ClassVar[dict[str, DecimalLimits]] = {
        "payment_amount": DecimalLimits(),
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str = None
        if self.number is not None:
            number = self.number

        reference_number = self.reference_number

        life_cycle_state: str | None = None
        if self.life_cycle_state is not None:
            life_cycle_state = str(self.life_cycle_state)

        issued_on = self.issued_on

        posted_on: None | str = None
        if self.posted_on is not None:
            posted_on = self.posted_on

        payment_amount: Decimal | None = None
        if self.payment_amount is not None:
            payment_amount = self.payment_amount

        processed_by_payment_gateway: None | str = None
        if self.processed_by_payment_gateway is not None:
            processed_by_payment_gateway = self.processed_by_payment_gateway

        payment_gateway_reference_number: None | str = None
        if self.payment_gateway_reference_number is not None:
            payment_gateway_reference_number = self.payment_gateway_reference_number

        currency_rate_period: dict[str, Any] | None = None
        if self.currency_rate_period is not None:
            if isinstance(self.currency_rate_period, CurrencyRatePeriod):
                currency_rate_period = self.currency_rate_period.to_dict()
            else:
                currency_rate_period = self.currency_rate_period

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
        if issued_on is not None:
            field_dict["issued_on"] = issued_on
        if posted_on is not None or "posted_on" in self._wire_keys:
            field_dict["posted_on"] = posted_on
        if payment_amount is not None:
            field_dict["payment_amount"] = payment_amount
        if (
            processed_by_payment_gateway is not None
            or "processed_by_payment_gateway" in self._wire_keys
        ):
            field_dict["processed_by_payment_gateway"] = processed_by_payment_gateway
        if (
            payment_gateway_reference_number is not None
            or "payment_gateway_reference_number" in self._wire_keys
        ):
            field_dict["payment_gateway_reference_number"] = (
                payment_gateway_reference_number
            )
        if (
            currency_rate_period is not None
            or "currency_rate_period" in self._wire_keys
        ):
            field_dict["currency_rate_period"] = currency_rate_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentShort: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        id = d.pop("id", None)

        number = d.pop("number", UNSET)
        if isinstance(number, Unset):
            number = None

        reference_number = d.pop("reference_number", None)

        _life_cycle_state = d.pop("life_cycle_state", None)
        life_cycle_state: PaymentLifeCycleState | str | None
        if _life_cycle_state is None:
            life_cycle_state = None
        else:
            life_cycle_state = open_enum(
                PaymentLifeCycleState,
                _life_cycle_state,
                "PaymentShort.life_cycle_state",
            )

        issued_on = d.pop("issued_on", None)

        posted_on = d.pop("posted_on", UNSET)
        if isinstance(posted_on, Unset):
            posted_on = None

        _payment_amount = d.pop("payment_amount", None)
        payment_amount: Decimal | None
        if (
            _payment_amount is None
            or _payment_amount.__class__ is str
            and not _payment_amount
        ):
            payment_amount = None
        else:
            payment_amount = decimal_from_json(_payment_amount)

        processed_by_payment_gateway = d.pop("processed_by_payment_gateway", UNSET)
        if isinstance(processed_by_payment_gateway, Unset):
            processed_by_payment_gateway = None

        payment_gateway_reference_number = d.pop(
            "payment_gateway_reference_number", UNSET
        )
        if isinstance(payment_gateway_reference_number, Unset):
            payment_gateway_reference_number = None

        def _parse_currency_rate_period(data: object) -> CurrencyRatePeriod | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
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
        payment_short._wire_keys = keys_seen

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
