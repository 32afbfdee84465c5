from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_life_cycle_state import PaymentLifeCycleState
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, open_enum, wire_keys

T = TypeVar("T", bound="PaymentComplete")


@_attrs_define
class PaymentComplete:
    """Full payment object (payment_complete), returned by show, list and get_latest. Every field may be left out through
    fields_set.

        Attributes:
            id (str | None): The payment ID.
            number (None | str): The payment number; null until the payment is posted.
            reference_number (str | None): The payment reference number.
            life_cycle_state (PaymentLifeCycleState | str | None): Life-cycle state of a payment: create(DRAFT) -post->
                POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED; create(POSTED), pay_bill and pay_invoice give POSTED
                directly. PENDING_VERIFICATION (listed on the short payment page) is used by payment gateways while a charge is
                being verified.
            payment_amount (Decimal | None): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an
                exact decimal whatever its number of decimals).
            issued_on (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            posted_on (None | str): A LocalDateTime, or null when not (yet) set.
            received_on (None | str): A LocalDateTime, or null when not (yet) set.
            notes (None | str): Shared notes for the payment.
            processed_by_payment_gateway (None | str): The payment gateway that processed the payment; only for gateway
                methods.
            payment_gateway_reference_number (None | str): The gateway's reference number; only for gateway methods.
            back_office_code (None | str): The back office code (R9.1+).
            udf_string_1 (None | str):
            udf_string_2 (None | str):
            udf_string_3 (None | str):
            udf_string_4 (None | str):
            udf_string_5 (None | str):
            udf_string_6 (None | str):
            udf_string_7 (None | str):
            udf_string_8 (None | str):
            udf_float_1 (float | None):
            udf_float_2 (float | None):
            udf_float_3 (float | None):
            udf_float_4 (float | None):
            udf_date_1 (None | str): A LocalDateTime, or null when not (yet) set.
            udf_date_2 (None | str): A LocalDateTime, or null when not (yet) set.
            udf_date_3 (None | str): A LocalDateTime, or null when not (yet) set.
            udf_date_4 (None | str): A LocalDateTime, or null when not (yet) set.
            accounts_receivable (AccountsReceivableShort | None): The accounts receivable of the payment; null for wallet
                payments.
            type_ (FinancialTransactionTypeShort | None): A financial transaction type (e.g. "Payment").
            category (FinancialTransactionCategoryShort | None):
            payment_method (PaymentMethodShort | None): A payment method (e.g. "Cash", "Direct Debit").
            received_by_user (None | UserShort):
            received_by_unit (None | UnitShort):
            invoices_to_pay_set (list[InvoiceToPay] | None): The invoices the payment is intended to pay.
            bills_to_pay_set (list[BillToPay] | None): The bills the payment is intended to pay.
            wallet (None | WalletShort): The wallet of the payment (R14); null for accounts receivable payments.
            rejection_reason (None | RejectionReason): The rejection reason; set only on REJECTED payments.
            currency_rate_period (CurrencyRatePeriod | None): The currency rate period applied (R10+).
    """

    id: str | None = None
    number: None | str = None
    reference_number: str | None = None
    life_cycle_state: PaymentLifeCycleState | str | None = None
    payment_amount: Decimal | None = None
    issued_on: str | None = None
    posted_on: None | str = None
    received_on: None | str = None
    notes: None | str = None
    processed_by_payment_gateway: None | str = None
    payment_gateway_reference_number: None | str = None
    back_office_code: None | str = None
    udf_string_1: None | str = None
    udf_string_2: None | str = None
    udf_string_3: None | str = None
    udf_string_4: None | str = None
    udf_string_5: None | str = None
    udf_string_6: None | str = None
    udf_string_7: None | str = None
    udf_string_8: None | str = None
    udf_float_1: float | None = None
    udf_float_2: float | None = None
    udf_float_3: float | None = None
    udf_float_4: float | None = None
    udf_date_1: None | str = None
    udf_date_2: None | str = None
    udf_date_3: None | str = None
    udf_date_4: None | str = None
    accounts_receivable: AccountsReceivableShort | None = None
    type_: FinancialTransactionTypeShort | None = None
    category: FinancialTransactionCategoryShort | None = None
    payment_method: PaymentMethodShort | None = None
    received_by_user: None | UserShort = None
    received_by_unit: None | UnitShort = None
    invoices_to_pay_set: list[InvoiceToPay] | None = None
    bills_to_pay_set: list[BillToPay] | None = None
    wallet: None | WalletShort = None
    rejection_reason: None | RejectionReason = None
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
        "payment_amount": "payment_amount",
        "issued_on": "issued_on",
        "posted_on": "posted_on",
        "received_on": "received_on",
        "notes": "notes",
        "processed_by_payment_gateway": "processed_by_payment_gateway",
        "payment_gateway_reference_number": "payment_gateway_reference_number",
        "back_office_code": "back_office_code",
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
        "accounts_receivable": "accounts_receivable",
        "type": "type_",
        "category": "category",
        "payment_method": "payment_method",
        "received_by_user": "received_by_user",
        "received_by_unit": "received_by_unit",
        "invoices_to_pay_set": "invoices_to_pay_set",
        "bills_to_pay_set": "bills_to_pay_set",
        "wallet": "wallet",
        "rejection_reason": "rejection_reason",
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

        payment_amount: Decimal | None = None
        if self.payment_amount is not None:
            payment_amount = self.payment_amount

        issued_on = self.issued_on

        posted_on: None | str = None
        if self.posted_on is not None:
            posted_on = self.posted_on

        received_on: None | str = None
        if self.received_on is not None:
            received_on = self.received_on

        notes: None | str = None
        if self.notes is not None:
            notes = self.notes

        processed_by_payment_gateway: None | str = None
        if self.processed_by_payment_gateway is not None:
            processed_by_payment_gateway = self.processed_by_payment_gateway

        payment_gateway_reference_number: None | str = None
        if self.payment_gateway_reference_number is not None:
            payment_gateway_reference_number = self.payment_gateway_reference_number

        back_office_code: None | str = None
        if self.back_office_code is not None:
            back_office_code = self.back_office_code

        udf_string_1: None | str = None
        if self.udf_string_1 is not None:
            udf_string_1 = self.udf_string_1

        udf_string_2: None | str = None
        if self.udf_string_2 is not None:
            udf_string_2 = self.udf_string_2

        udf_string_3: None | str = None
        if self.udf_string_3 is not None:
            udf_string_3 = self.udf_string_3

        udf_string_4: None | str = None
        if self.udf_string_4 is not None:
            udf_string_4 = self.udf_string_4

        udf_string_5: None | str = None
        if self.udf_string_5 is not None:
            udf_string_5 = self.udf_string_5

        udf_string_6: None | str = None
        if self.udf_string_6 is not None:
            udf_string_6 = self.udf_string_6

        udf_string_7: None | str = None
        if self.udf_string_7 is not None:
            udf_string_7 = self.udf_string_7

        udf_string_8: None | str = None
        if self.udf_string_8 is not None:
            udf_string_8 = self.udf_string_8

        udf_float_1: float | None = None
        if self.udf_float_1 is not None:
            udf_float_1 = self.udf_float_1

        udf_float_2: float | None = None
        if self.udf_float_2 is not None:
            udf_float_2 = self.udf_float_2

        udf_float_3: float | None = None
        if self.udf_float_3 is not None:
            udf_float_3 = self.udf_float_3

        udf_float_4: float | None = None
        if self.udf_float_4 is not None:
            udf_float_4 = self.udf_float_4

        udf_date_1: None | str = None
        if self.udf_date_1 is not None:
            udf_date_1 = self.udf_date_1

        udf_date_2: None | str = None
        if self.udf_date_2 is not None:
            udf_date_2 = self.udf_date_2

        udf_date_3: None | str = None
        if self.udf_date_3 is not None:
            udf_date_3 = self.udf_date_3

        udf_date_4: None | str = None
        if self.udf_date_4 is not None:
            udf_date_4 = self.udf_date_4

        accounts_receivable: dict[str, Any] | None = None
        if self.accounts_receivable is not None:
            if isinstance(self.accounts_receivable, AccountsReceivableShort):
                accounts_receivable = self.accounts_receivable.to_dict()
            else:
                accounts_receivable = self.accounts_receivable

        type_: dict[str, Any] | None = None
        if self.type_ is not None:
            type_ = self.type_.to_dict()

        category: dict[str, Any] | None = None
        if self.category is not None:
            if isinstance(self.category, FinancialTransactionCategoryShort):
                category = self.category.to_dict()
            else:
                category = self.category

        payment_method: dict[str, Any] | None = None
        if self.payment_method is not None:
            payment_method = self.payment_method.to_dict()

        received_by_user: dict[str, Any] | None = None
        if self.received_by_user is not None:
            if isinstance(self.received_by_user, UserShort):
                received_by_user = self.received_by_user.to_dict()
            else:
                received_by_user = self.received_by_user

        received_by_unit: dict[str, Any] | None = None
        if self.received_by_unit is not None:
            if isinstance(self.received_by_unit, UnitShort):
                received_by_unit = self.received_by_unit.to_dict()
            else:
                received_by_unit = self.received_by_unit

        invoices_to_pay_set: list[dict[str, Any]] | None = None
        if self.invoices_to_pay_set is not None:
            invoices_to_pay_set = []
            for invoices_to_pay_set_item_data in self.invoices_to_pay_set:
                invoices_to_pay_set_item = invoices_to_pay_set_item_data.to_dict()
                invoices_to_pay_set.append(invoices_to_pay_set_item)

        bills_to_pay_set: list[dict[str, Any]] | None = None
        if self.bills_to_pay_set is not None:
            bills_to_pay_set = []
            for bills_to_pay_set_item_data in self.bills_to_pay_set:
                bills_to_pay_set_item = bills_to_pay_set_item_data.to_dict()
                bills_to_pay_set.append(bills_to_pay_set_item)

        wallet: dict[str, Any] | None = None
        if self.wallet is not None:
            if isinstance(self.wallet, WalletShort):
                wallet = self.wallet.to_dict()
            else:
                wallet = self.wallet

        rejection_reason: dict[str, Any] | None = None
        if self.rejection_reason is not None:
            if isinstance(self.rejection_reason, RejectionReason):
                rejection_reason = self.rejection_reason.to_dict()
            else:
                rejection_reason = self.rejection_reason

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
        if payment_amount is not None:
            field_dict["payment_amount"] = payment_amount
        if issued_on is not None:
            field_dict["issued_on"] = issued_on
        if posted_on is not None or "posted_on" in self._wire_keys:
            field_dict["posted_on"] = posted_on
        if received_on is not None or "received_on" in self._wire_keys:
            field_dict["received_on"] = received_on
        if notes is not None or "notes" in self._wire_keys:
            field_dict["notes"] = notes
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
        if back_office_code is not None or "back_office_code" in self._wire_keys:
            field_dict["back_office_code"] = back_office_code
        if udf_string_1 is not None or "udf_string_1" in self._wire_keys:
            field_dict["udf_string_1"] = udf_string_1
        if udf_string_2 is not None or "udf_string_2" in self._wire_keys:
            field_dict["udf_string_2"] = udf_string_2
        if udf_string_3 is not None or "udf_string_3" in self._wire_keys:
            field_dict["udf_string_3"] = udf_string_3
        if udf_string_4 is not None or "udf_string_4" in self._wire_keys:
            field_dict["udf_string_4"] = udf_string_4
        if udf_string_5 is not None or "udf_string_5" in self._wire_keys:
            field_dict["udf_string_5"] = udf_string_5
        if udf_string_6 is not None or "udf_string_6" in self._wire_keys:
            field_dict["udf_string_6"] = udf_string_6
        if udf_string_7 is not None or "udf_string_7" in self._wire_keys:
            field_dict["udf_string_7"] = udf_string_7
        if udf_string_8 is not None or "udf_string_8" in self._wire_keys:
            field_dict["udf_string_8"] = udf_string_8
        if udf_float_1 is not None or "udf_float_1" in self._wire_keys:
            field_dict["udf_float_1"] = udf_float_1
        if udf_float_2 is not None or "udf_float_2" in self._wire_keys:
            field_dict["udf_float_2"] = udf_float_2
        if udf_float_3 is not None or "udf_float_3" in self._wire_keys:
            field_dict["udf_float_3"] = udf_float_3
        if udf_float_4 is not None or "udf_float_4" in self._wire_keys:
            field_dict["udf_float_4"] = udf_float_4
        if udf_date_1 is not None or "udf_date_1" in self._wire_keys:
            field_dict["udf_date_1"] = udf_date_1
        if udf_date_2 is not None or "udf_date_2" in self._wire_keys:
            field_dict["udf_date_2"] = udf_date_2
        if udf_date_3 is not None or "udf_date_3" in self._wire_keys:
            field_dict["udf_date_3"] = udf_date_3
        if udf_date_4 is not None or "udf_date_4" in self._wire_keys:
            field_dict["udf_date_4"] = udf_date_4
        if accounts_receivable is not None or "accounts_receivable" in self._wire_keys:
            field_dict["accounts_receivable"] = accounts_receivable
        if type_ is not None:
            field_dict["type"] = type_
        if category is not None or "category" in self._wire_keys:
            field_dict["category"] = category
        if payment_method is not None:
            field_dict["payment_method"] = payment_method
        if received_by_user is not None or "received_by_user" in self._wire_keys:
            field_dict["received_by_user"] = received_by_user
        if received_by_unit is not None or "received_by_unit" in self._wire_keys:
            field_dict["received_by_unit"] = received_by_unit
        if invoices_to_pay_set is not None:
            field_dict["invoices_to_pay_set"] = invoices_to_pay_set
        if bills_to_pay_set is not None:
            field_dict["bills_to_pay_set"] = bills_to_pay_set
        if wallet is not None or "wallet" in self._wire_keys:
            field_dict["wallet"] = wallet
        if rejection_reason is not None or "rejection_reason" in self._wire_keys:
            field_dict["rejection_reason"] = rejection_reason
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
                f"PaymentComplete: expected an object, got {type(src_dict).__name__}"
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
                "PaymentComplete.life_cycle_state",
            )

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

        issued_on = d.pop("issued_on", None)

        posted_on = d.pop("posted_on", UNSET)
        if isinstance(posted_on, Unset):
            posted_on = None

        received_on = d.pop("received_on", UNSET)
        if isinstance(received_on, Unset):
            received_on = None

        notes = d.pop("notes", UNSET)
        if isinstance(notes, Unset):
            notes = None

        processed_by_payment_gateway = d.pop("processed_by_payment_gateway", UNSET)
        if isinstance(processed_by_payment_gateway, Unset):
            processed_by_payment_gateway = None

        payment_gateway_reference_number = d.pop(
            "payment_gateway_reference_number", UNSET
        )
        if isinstance(payment_gateway_reference_number, Unset):
            payment_gateway_reference_number = None

        back_office_code = d.pop("back_office_code", UNSET)
        if isinstance(back_office_code, Unset):
            back_office_code = None

        udf_string_1 = d.pop("udf_string_1", UNSET)
        if isinstance(udf_string_1, Unset):
            udf_string_1 = None

        udf_string_2 = d.pop("udf_string_2", UNSET)
        if isinstance(udf_string_2, Unset):
            udf_string_2 = None

        udf_string_3 = d.pop("udf_string_3", UNSET)
        if isinstance(udf_string_3, Unset):
            udf_string_3 = None

        udf_string_4 = d.pop("udf_string_4", UNSET)
        if isinstance(udf_string_4, Unset):
            udf_string_4 = None

        udf_string_5 = d.pop("udf_string_5", UNSET)
        if isinstance(udf_string_5, Unset):
            udf_string_5 = None

        udf_string_6 = d.pop("udf_string_6", UNSET)
        if isinstance(udf_string_6, Unset):
            udf_string_6 = None

        udf_string_7 = d.pop("udf_string_7", UNSET)
        if isinstance(udf_string_7, Unset):
            udf_string_7 = None

        udf_string_8 = d.pop("udf_string_8", UNSET)
        if isinstance(udf_string_8, Unset):
            udf_string_8 = None

        def _parse_udf_float_1(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, int | float | Decimal) and not isinstance(
                    data, bool
                ):
                    raise TypeError()
                udf_float_1_type_0 = float(data)

                return udf_float_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"udf_float_1: no member of the union accepts {type(data).__name__}"
            )

        udf_float_1 = _parse_udf_float_1(d.pop("udf_float_1", UNSET))

        def _parse_udf_float_2(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, int | float | Decimal) and not isinstance(
                    data, bool
                ):
                    raise TypeError()
                udf_float_2_type_0 = float(data)

                return udf_float_2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"udf_float_2: no member of the union accepts {type(data).__name__}"
            )

        udf_float_2 = _parse_udf_float_2(d.pop("udf_float_2", UNSET))

        def _parse_udf_float_3(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, int | float | Decimal) and not isinstance(
                    data, bool
                ):
                    raise TypeError()
                udf_float_3_type_0 = float(data)

                return udf_float_3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"udf_float_3: no member of the union accepts {type(data).__name__}"
            )

        udf_float_3 = _parse_udf_float_3(d.pop("udf_float_3", UNSET))

        def _parse_udf_float_4(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, int | float | Decimal) and not isinstance(
                    data, bool
                ):
                    raise TypeError()
                udf_float_4_type_0 = float(data)

                return udf_float_4_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"udf_float_4: no member of the union accepts {type(data).__name__}"
            )

        udf_float_4 = _parse_udf_float_4(d.pop("udf_float_4", UNSET))

        udf_date_1 = d.pop("udf_date_1", UNSET)
        if isinstance(udf_date_1, Unset):
            udf_date_1 = None

        udf_date_2 = d.pop("udf_date_2", UNSET)
        if isinstance(udf_date_2, Unset):
            udf_date_2 = None

        udf_date_3 = d.pop("udf_date_3", UNSET)
        if isinstance(udf_date_3, Unset):
            udf_date_3 = None

        udf_date_4 = d.pop("udf_date_4", UNSET)
        if isinstance(udf_date_4, Unset):
            udf_date_4 = None

        def _parse_accounts_receivable(data: object) -> AccountsReceivableShort | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounts_receivable_type_0 = AccountsReceivableShort.from_dict(data)

                return accounts_receivable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"accounts_receivable: no member of the union accepts {type(data).__name__}"
            )

        accounts_receivable = _parse_accounts_receivable(
            d.pop("accounts_receivable", UNSET)
        )

        _type_ = d.pop("type", None)
        type_: FinancialTransactionTypeShort | None
        if _type_ is None:
            type_ = None
        else:
            type_ = FinancialTransactionTypeShort.from_dict(_type_)

        def _parse_category(data: object) -> FinancialTransactionCategoryShort | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = FinancialTransactionCategoryShort.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"category: no member of the union accepts {type(data).__name__}"
            )

        category = _parse_category(d.pop("category", UNSET))

        _payment_method = d.pop("payment_method", None)
        payment_method: PaymentMethodShort | None
        if _payment_method is None:
            payment_method = None
        else:
            payment_method = PaymentMethodShort.from_dict(_payment_method)

        def _parse_received_by_user(data: object) -> None | UserShort:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                received_by_user_type_0 = UserShort.from_dict(data)

                return received_by_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"received_by_user: no member of the union accepts {type(data).__name__}"
            )

        received_by_user = _parse_received_by_user(d.pop("received_by_user", UNSET))

        def _parse_received_by_unit(data: object) -> None | UnitShort:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                received_by_unit_type_0 = UnitShort.from_dict(data)

                return received_by_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"received_by_unit: no member of the union accepts {type(data).__name__}"
            )

        received_by_unit = _parse_received_by_unit(d.pop("received_by_unit", UNSET))

        _invoices_to_pay_set = d.pop("invoices_to_pay_set", None)
        invoices_to_pay_set: list[InvoiceToPay] | None
        if _invoices_to_pay_set is None:
            invoices_to_pay_set = None
        else:
            if not isinstance(_invoices_to_pay_set, list):
                raise TypeError(
                    f"PaymentComplete.invoices_to_pay_set: expected an array, got {type(_invoices_to_pay_set).__name__}"
                )
            invoices_to_pay_set = []
            for invoices_to_pay_set_item_data in _invoices_to_pay_set:
                invoices_to_pay_set_item = InvoiceToPay.from_dict(
                    invoices_to_pay_set_item_data
                )

                invoices_to_pay_set.append(invoices_to_pay_set_item)

        _bills_to_pay_set = d.pop("bills_to_pay_set", None)
        bills_to_pay_set: list[BillToPay] | None
        if _bills_to_pay_set is None:
            bills_to_pay_set = None
        else:
            if not isinstance(_bills_to_pay_set, list):
                raise TypeError(
                    f"PaymentComplete.bills_to_pay_set: expected an array, got {type(_bills_to_pay_set).__name__}"
                )
            bills_to_pay_set = []
            for bills_to_pay_set_item_data in _bills_to_pay_set:
                bills_to_pay_set_item = BillToPay.from_dict(bills_to_pay_set_item_data)

                bills_to_pay_set.append(bills_to_pay_set_item)

        def _parse_wallet(data: object) -> None | WalletShort:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wallet_type_0 = WalletShort.from_dict(data)

                return wallet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"wallet: no member of the union accepts {type(data).__name__}"
            )

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        def _parse_rejection_reason(data: object) -> None | RejectionReason:
            if data is None:
                return data
            if isinstance(data, Unset):
                return None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rejection_reason_type_0 = RejectionReason.from_dict(data)

                return rejection_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"rejection_reason: no member of the union accepts {type(data).__name__}"
            )

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

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

        payment_complete = cls(
            id=id,
            number=number,
            reference_number=reference_number,
            life_cycle_state=life_cycle_state,
            payment_amount=payment_amount,
            issued_on=issued_on,
            posted_on=posted_on,
            received_on=received_on,
            notes=notes,
            processed_by_payment_gateway=processed_by_payment_gateway,
            payment_gateway_reference_number=payment_gateway_reference_number,
            back_office_code=back_office_code,
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
            accounts_receivable=accounts_receivable,
            type_=type_,
            category=category,
            payment_method=payment_method,
            received_by_user=received_by_user,
            received_by_unit=received_by_unit,
            invoices_to_pay_set=invoices_to_pay_set,
            bills_to_pay_set=bills_to_pay_set,
            wallet=wallet,
            rejection_reason=rejection_reason,
            currency_rate_period=currency_rate_period,
        )
        payment_complete._wire_keys = keys_seen

        payment_complete.additional_properties = d
        return payment_complete

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
from ..models.accounts_receivable_short import AccountsReceivableShort
from ..models.bill_to_pay import BillToPay
from ..models.currency_rate_period import CurrencyRatePeriod
from ..models.financial_transaction_category_short import (
    FinancialTransactionCategoryShort,
)
from ..models.financial_transaction_type_short import FinancialTransactionTypeShort
from ..models.invoice_to_pay import InvoiceToPay
from ..models.payment_method_short import PaymentMethodShort
from ..models.rejection_reason import RejectionReason
from ..models.unit_short import UnitShort
from ..models.user_short import UserShort
from ..models.wallet_short import WalletShort
