from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_life_cycle_state import PaymentLifeCycleState
from ..types import UNSET, DecimalLimits, Unset, decimal_from_json, open_enum

T = TypeVar("T", bound="PaymentComplete")


@_attrs_define
class PaymentComplete:
    """Full payment object (payment_complete), returned by show, list and get_latest. Every field may be left out through
    fields_set.

        Attributes:
            id (str | Unset): The payment ID.
            number (None | str | Unset): The payment number; null until the payment is posted.
            reference_number (str | Unset): The payment reference number.
            life_cycle_state (PaymentLifeCycleState | str | Unset): Life-cycle state of a payment: create(DRAFT) -post->
                POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED; create(POSTED), pay_bill and pay_invoice give POSTED
                directly. PENDING_VERIFICATION (listed on the short payment page) is used by payment gateways while a charge is
                being verified.
            payment_amount (Decimal | Unset): A monetary amount or rate as CRM.COM returns it (a JSON number, read as an
                exact decimal whatever its number of decimals).
            issued_on (str | Unset): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            posted_on (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            received_on (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            notes (None | str | Unset): Shared notes for the payment.
            processed_by_payment_gateway (None | str | Unset): The payment gateway that processed the payment; only for
                gateway methods.
            payment_gateway_reference_number (None | str | Unset): The gateway's reference number; only for gateway methods.
            back_office_code (None | str | Unset): The back office code (R9.1+).
            udf_string_1 (None | str | Unset):
            udf_string_2 (None | str | Unset):
            udf_string_3 (None | str | Unset):
            udf_string_4 (None | str | Unset):
            udf_string_5 (None | str | Unset):
            udf_string_6 (None | str | Unset):
            udf_string_7 (None | str | Unset):
            udf_string_8 (None | str | Unset):
            udf_float_1 (float | None | Unset):
            udf_float_2 (float | None | Unset):
            udf_float_3 (float | None | Unset):
            udf_float_4 (float | None | Unset):
            udf_date_1 (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            udf_date_2 (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            udf_date_3 (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            udf_date_4 (None | str | Unset): A LocalDateTime, or null when not (yet) set.
            accounts_receivable (AccountsReceivableShort | None | Unset): The accounts receivable of the payment; null for
                wallet payments.
            type_ (FinancialTransactionTypeShort | Unset): A financial transaction type (e.g. "Payment").
            category (FinancialTransactionCategoryShort | None | Unset):
            payment_method (PaymentMethodShort | Unset): A payment method (e.g. "Cash", "Direct Debit").
            received_by_user (None | Unset | UserShort):
            received_by_unit (None | UnitShort | Unset):
            invoices_to_pay_set (list[InvoiceToPay] | Unset): The invoices the payment is intended to pay.
            bills_to_pay_set (list[BillToPay] | Unset): The bills the payment is intended to pay.
            wallet (None | Unset | WalletShort): The wallet of the payment (R14); null for accounts receivable payments.
            rejection_reason (None | RejectionReason | Unset): The rejection reason; set only on REJECTED payments.
            currency_rate_period (CurrencyRatePeriod | None | Unset): The currency rate period applied (R10+).
    """

    id: str | Unset = UNSET
    number: None | str | Unset = UNSET
    reference_number: str | Unset = UNSET
    life_cycle_state: PaymentLifeCycleState | str | Unset = UNSET
    payment_amount: Decimal | Unset = UNSET
    issued_on: str | Unset = UNSET
    posted_on: None | str | Unset = UNSET
    received_on: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    processed_by_payment_gateway: None | str | Unset = UNSET
    payment_gateway_reference_number: None | str | Unset = UNSET
    back_office_code: None | str | Unset = UNSET
    udf_string_1: None | str | Unset = UNSET
    udf_string_2: None | str | Unset = UNSET
    udf_string_3: None | str | Unset = UNSET
    udf_string_4: None | str | Unset = UNSET
    udf_string_5: None | str | Unset = UNSET
    udf_string_6: None | str | Unset = UNSET
    udf_string_7: None | str | Unset = UNSET
    udf_string_8: None | str | Unset = UNSET
    udf_float_1: float | None | Unset = UNSET
    udf_float_2: float | None | Unset = UNSET
    udf_float_3: float | None | Unset = UNSET
    udf_float_4: float | None | Unset = UNSET
    udf_date_1: None | str | Unset = UNSET
    udf_date_2: None | str | Unset = UNSET
    udf_date_3: None | str | Unset = UNSET
    udf_date_4: None | str | Unset = UNSET
    accounts_receivable: AccountsReceivableShort | None | Unset = UNSET
    type_: FinancialTransactionTypeShort | Unset = UNSET
    category: FinancialTransactionCategoryShort | None | Unset = UNSET
    payment_method: PaymentMethodShort | Unset = UNSET
    received_by_user: None | Unset | UserShort = UNSET
    received_by_unit: None | UnitShort | Unset = UNSET
    invoices_to_pay_set: list[InvoiceToPay] | Unset = UNSET
    bills_to_pay_set: list[BillToPay] | Unset = UNSET
    wallet: None | Unset | WalletShort = UNSET
    rejection_reason: None | RejectionReason | Unset = UNSET
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

        payment_amount: Decimal | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount

        issued_on = self.issued_on

        posted_on: None | str | Unset
        if isinstance(self.posted_on, Unset):
            posted_on = UNSET
        else:
            posted_on = self.posted_on

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        else:
            received_on = self.received_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

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

        back_office_code: None | str | Unset
        if isinstance(self.back_office_code, Unset):
            back_office_code = UNSET
        else:
            back_office_code = self.back_office_code

        udf_string_1: None | str | Unset
        if isinstance(self.udf_string_1, Unset):
            udf_string_1 = UNSET
        else:
            udf_string_1 = self.udf_string_1

        udf_string_2: None | str | Unset
        if isinstance(self.udf_string_2, Unset):
            udf_string_2 = UNSET
        else:
            udf_string_2 = self.udf_string_2

        udf_string_3: None | str | Unset
        if isinstance(self.udf_string_3, Unset):
            udf_string_3 = UNSET
        else:
            udf_string_3 = self.udf_string_3

        udf_string_4: None | str | Unset
        if isinstance(self.udf_string_4, Unset):
            udf_string_4 = UNSET
        else:
            udf_string_4 = self.udf_string_4

        udf_string_5: None | str | Unset
        if isinstance(self.udf_string_5, Unset):
            udf_string_5 = UNSET
        else:
            udf_string_5 = self.udf_string_5

        udf_string_6: None | str | Unset
        if isinstance(self.udf_string_6, Unset):
            udf_string_6 = UNSET
        else:
            udf_string_6 = self.udf_string_6

        udf_string_7: None | str | Unset
        if isinstance(self.udf_string_7, Unset):
            udf_string_7 = UNSET
        else:
            udf_string_7 = self.udf_string_7

        udf_string_8: None | str | Unset
        if isinstance(self.udf_string_8, Unset):
            udf_string_8 = UNSET
        else:
            udf_string_8 = self.udf_string_8

        udf_float_1: float | None | Unset
        if isinstance(self.udf_float_1, Unset):
            udf_float_1 = UNSET
        else:
            udf_float_1 = self.udf_float_1

        udf_float_2: float | None | Unset
        if isinstance(self.udf_float_2, Unset):
            udf_float_2 = UNSET
        else:
            udf_float_2 = self.udf_float_2

        udf_float_3: float | None | Unset
        if isinstance(self.udf_float_3, Unset):
            udf_float_3 = UNSET
        else:
            udf_float_3 = self.udf_float_3

        udf_float_4: float | None | Unset
        if isinstance(self.udf_float_4, Unset):
            udf_float_4 = UNSET
        else:
            udf_float_4 = self.udf_float_4

        udf_date_1: None | str | Unset
        if isinstance(self.udf_date_1, Unset):
            udf_date_1 = UNSET
        else:
            udf_date_1 = self.udf_date_1

        udf_date_2: None | str | Unset
        if isinstance(self.udf_date_2, Unset):
            udf_date_2 = UNSET
        else:
            udf_date_2 = self.udf_date_2

        udf_date_3: None | str | Unset
        if isinstance(self.udf_date_3, Unset):
            udf_date_3 = UNSET
        else:
            udf_date_3 = self.udf_date_3

        udf_date_4: None | str | Unset
        if isinstance(self.udf_date_4, Unset):
            udf_date_4 = UNSET
        else:
            udf_date_4 = self.udf_date_4

        accounts_receivable: dict[str, Any] | None | Unset
        if isinstance(self.accounts_receivable, Unset):
            accounts_receivable = UNSET
        elif isinstance(self.accounts_receivable, AccountsReceivableShort):
            accounts_receivable = self.accounts_receivable.to_dict()
        else:
            accounts_receivable = self.accounts_receivable

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, FinancialTransactionCategoryShort):
            category = self.category.to_dict()
        else:
            category = self.category

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        received_by_user: dict[str, Any] | None | Unset
        if isinstance(self.received_by_user, Unset):
            received_by_user = UNSET
        elif isinstance(self.received_by_user, UserShort):
            received_by_user = self.received_by_user.to_dict()
        else:
            received_by_user = self.received_by_user

        received_by_unit: dict[str, Any] | None | Unset
        if isinstance(self.received_by_unit, Unset):
            received_by_unit = UNSET
        elif isinstance(self.received_by_unit, UnitShort):
            received_by_unit = self.received_by_unit.to_dict()
        else:
            received_by_unit = self.received_by_unit

        invoices_to_pay_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices_to_pay_set, Unset):
            invoices_to_pay_set = []
            for invoices_to_pay_set_item_data in self.invoices_to_pay_set:
                invoices_to_pay_set_item = invoices_to_pay_set_item_data.to_dict()
                invoices_to_pay_set.append(invoices_to_pay_set_item)

        bills_to_pay_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bills_to_pay_set, Unset):
            bills_to_pay_set = []
            for bills_to_pay_set_item_data in self.bills_to_pay_set:
                bills_to_pay_set_item = bills_to_pay_set_item_data.to_dict()
                bills_to_pay_set.append(bills_to_pay_set_item)

        wallet: dict[str, Any] | None | Unset
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        elif isinstance(self.wallet, WalletShort):
            wallet = self.wallet.to_dict()
        else:
            wallet = self.wallet

        rejection_reason: dict[str, Any] | None | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        elif isinstance(self.rejection_reason, RejectionReason):
            rejection_reason = self.rejection_reason.to_dict()
        else:
            rejection_reason = self.rejection_reason

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
        if payment_amount is not UNSET:
            field_dict["payment_amount"] = payment_amount
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if posted_on is not UNSET:
            field_dict["posted_on"] = posted_on
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if notes is not UNSET:
            field_dict["notes"] = notes
        if processed_by_payment_gateway is not UNSET:
            field_dict["processed_by_payment_gateway"] = processed_by_payment_gateway
        if payment_gateway_reference_number is not UNSET:
            field_dict["payment_gateway_reference_number"] = (
                payment_gateway_reference_number
            )
        if back_office_code is not UNSET:
            field_dict["back_office_code"] = back_office_code
        if udf_string_1 is not UNSET:
            field_dict["udf_string_1"] = udf_string_1
        if udf_string_2 is not UNSET:
            field_dict["udf_string_2"] = udf_string_2
        if udf_string_3 is not UNSET:
            field_dict["udf_string_3"] = udf_string_3
        if udf_string_4 is not UNSET:
            field_dict["udf_string_4"] = udf_string_4
        if udf_string_5 is not UNSET:
            field_dict["udf_string_5"] = udf_string_5
        if udf_string_6 is not UNSET:
            field_dict["udf_string_6"] = udf_string_6
        if udf_string_7 is not UNSET:
            field_dict["udf_string_7"] = udf_string_7
        if udf_string_8 is not UNSET:
            field_dict["udf_string_8"] = udf_string_8
        if udf_float_1 is not UNSET:
            field_dict["udf_float_1"] = udf_float_1
        if udf_float_2 is not UNSET:
            field_dict["udf_float_2"] = udf_float_2
        if udf_float_3 is not UNSET:
            field_dict["udf_float_3"] = udf_float_3
        if udf_float_4 is not UNSET:
            field_dict["udf_float_4"] = udf_float_4
        if udf_date_1 is not UNSET:
            field_dict["udf_date_1"] = udf_date_1
        if udf_date_2 is not UNSET:
            field_dict["udf_date_2"] = udf_date_2
        if udf_date_3 is not UNSET:
            field_dict["udf_date_3"] = udf_date_3
        if udf_date_4 is not UNSET:
            field_dict["udf_date_4"] = udf_date_4
        if accounts_receivable is not UNSET:
            field_dict["accounts_receivable"] = accounts_receivable
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if received_by_user is not UNSET:
            field_dict["received_by_user"] = received_by_user
        if received_by_unit is not UNSET:
            field_dict["received_by_unit"] = received_by_unit
        if invoices_to_pay_set is not UNSET:
            field_dict["invoices_to_pay_set"] = invoices_to_pay_set
        if bills_to_pay_set is not UNSET:
            field_dict["bills_to_pay_set"] = bills_to_pay_set
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if currency_rate_period is not UNSET:
            field_dict["currency_rate_period"] = currency_rate_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentComplete: expected an object, got {type(src_dict).__name__}"
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
                "PaymentComplete.life_cycle_state",
            )

        _payment_amount = d.pop("payment_amount", None)
        payment_amount: Decimal | Unset
        if _payment_amount is None or _payment_amount == "":
            payment_amount = UNSET
        else:
            payment_amount = decimal_from_json(_payment_amount)

        issued_on = d.pop("issued_on", UNSET)
        if issued_on is None:
            issued_on = UNSET

        posted_on = d.pop("posted_on", UNSET)

        received_on = d.pop("received_on", UNSET)

        notes = d.pop("notes", UNSET)

        processed_by_payment_gateway = d.pop("processed_by_payment_gateway", UNSET)

        payment_gateway_reference_number = d.pop(
            "payment_gateway_reference_number", UNSET
        )

        back_office_code = d.pop("back_office_code", UNSET)

        udf_string_1 = d.pop("udf_string_1", UNSET)

        udf_string_2 = d.pop("udf_string_2", UNSET)

        udf_string_3 = d.pop("udf_string_3", UNSET)

        udf_string_4 = d.pop("udf_string_4", UNSET)

        udf_string_5 = d.pop("udf_string_5", UNSET)

        udf_string_6 = d.pop("udf_string_6", UNSET)

        udf_string_7 = d.pop("udf_string_7", UNSET)

        udf_string_8 = d.pop("udf_string_8", UNSET)

        def _parse_udf_float_1(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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

        def _parse_udf_float_2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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

        def _parse_udf_float_3(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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

        def _parse_udf_float_4(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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

        udf_date_2 = d.pop("udf_date_2", UNSET)

        udf_date_3 = d.pop("udf_date_3", UNSET)

        udf_date_4 = d.pop("udf_date_4", UNSET)

        def _parse_accounts_receivable(
            data: object,
        ) -> AccountsReceivableShort | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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
        type_: FinancialTransactionTypeShort | Unset
        if _type_ is None:
            type_ = UNSET
        else:
            type_ = FinancialTransactionTypeShort.from_dict(_type_)

        def _parse_category(
            data: object,
        ) -> FinancialTransactionCategoryShort | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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
        payment_method: PaymentMethodShort | Unset
        if _payment_method is None:
            payment_method = UNSET
        else:
            payment_method = PaymentMethodShort.from_dict(_payment_method)

        def _parse_received_by_user(data: object) -> None | Unset | UserShort:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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

        def _parse_received_by_unit(data: object) -> None | UnitShort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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
        invoices_to_pay_set: list[InvoiceToPay] | Unset
        if _invoices_to_pay_set is None:
            invoices_to_pay_set = UNSET
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
        bills_to_pay_set: list[BillToPay] | Unset
        if _bills_to_pay_set is None:
            bills_to_pay_set = UNSET
        else:
            if not isinstance(_bills_to_pay_set, list):
                raise TypeError(
                    f"PaymentComplete.bills_to_pay_set: expected an array, got {type(_bills_to_pay_set).__name__}"
                )
            bills_to_pay_set = []
            for bills_to_pay_set_item_data in _bills_to_pay_set:
                bills_to_pay_set_item = BillToPay.from_dict(bills_to_pay_set_item_data)

                bills_to_pay_set.append(bills_to_pay_set_item)

        def _parse_wallet(data: object) -> None | Unset | WalletShort:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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

        def _parse_rejection_reason(data: object) -> None | RejectionReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return UNSET
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
