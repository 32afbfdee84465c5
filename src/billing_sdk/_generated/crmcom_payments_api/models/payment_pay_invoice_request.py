from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wire_keys

T = TypeVar("T", bound="PaymentPayInvoiceRequest")


@_attrs_define
class PaymentPayInvoiceRequest:
    """Body of payments/pay_invoice. Exactly one of accounts_receivable_identifier / wallet_identifier (semi-optional pair;
    mandatory accounts receivable before R14). At most one of received_by_unit_identifier /
    received_by_business_unit_identifier.

        Attributes:
            token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex characters before.
            type_identifier (TypeIdentifier): Financial transaction type identifier: exactly one of id, name,
                alternative_code.
            payment_method_identifier (PaymentMethodIdentifier): Payment method identifier: exactly one of id, name,
                alternative_code.
            invoice_identifier (InvoiceIdentifier): Invoice identifier: exactly one of id, number, reference_number,
                back_office_code (R9.1+).
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
            accounts_receivable_identifier (AccountsReceivableIdentifier | None): Accounts receivable identifier: exactly
                one of id, number, name.
            wallet_identifier (WalletIdentifier | None): Wallet identifier (R14+): exactly one of id, number.
            category_identifier (CategoryIdentifier | None): Financial transaction category identifier: exactly one of id,
                name, code.
            received_on (str | None): ISO 8601 local date-time without zone or fraction, e.g. `2014-07-14T17:06:28`.
            received_by_user_identifier (UserIdentifier | None): User identifier: exactly one of id, username (as on
                users/show).
            received_by_unit_identifier (UnitIdentifier | None): Unit identifier, also used for business units (the vendor
                includes the unit identifier page for both): exactly one of id, name, alternative_code.
            received_by_business_unit_identifier (UnitIdentifier | None): Unit identifier, also used for business units (the
                vendor includes the unit identifier page for both): exactly one of id, name, alternative_code.
            card_identifier (CardIdentifier | None): Payment gateway card identifier: exactly one of id,
                payment_gateway_reference_number, last_digits. Cards are looked up among the cards of the accounts receivable
                owner.
            accounts_receivable_payment_preference_identifier (AccountsReceivablePaymentPreferenceIdentifier | None):
                Accounts receivable payment preference identifier (exactly one field: id). The preference must belong to the
                payment's accounts receivable.
            notes (str | None): Free text.
            back_office_code (str | None): A back office code for the payment (R9.1+). If specified it must be unique among
                payments (409 DUPLICATE_BACK_OFFICE_CODE). The SDK uses it to reconcile retried creates.
            fields_set (str | None): Comma-separated list of response fields to include, e.g. `id,number,reference_number`.
                All fields are returned when absent.
    """

    token: str
    type_identifier: TypeIdentifier
    payment_method_identifier: PaymentMethodIdentifier
    invoice_identifier: InvoiceIdentifier
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
    accounts_receivable_identifier: AccountsReceivableIdentifier | None = None
    wallet_identifier: WalletIdentifier | None = None
    category_identifier: CategoryIdentifier | None = None
    received_on: str | None = None
    received_by_user_identifier: UserIdentifier | None = None
    received_by_unit_identifier: UnitIdentifier | None = None
    received_by_business_unit_identifier: UnitIdentifier | None = None
    card_identifier: CardIdentifier | None = None
    accounts_receivable_payment_preference_identifier: (
        AccountsReceivablePaymentPreferenceIdentifier | None
    ) = None
    notes: str | None = None
    back_office_code: str | None = None
    fields_set: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The keys from_dict found in the JSON object (null included); empty for a model built in code.
    _wire_keys: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, repr=False, eq=False
    )
    #: JSON key -> attribute name, for every field of the spec.
    FIELD_NAMES: ClassVar[dict[str, str]] = {
        "token": "token",
        "type_identifier": "type_identifier",
        "payment_method_identifier": "payment_method_identifier",
        "invoice_identifier": "invoice_identifier",
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
        "accounts_receivable_identifier": "accounts_receivable_identifier",
        "wallet_identifier": "wallet_identifier",
        "category_identifier": "category_identifier",
        "received_on": "received_on",
        "received_by_user_identifier": "received_by_user_identifier",
        "received_by_unit_identifier": "received_by_unit_identifier",
        "received_by_business_unit_identifier": "received_by_business_unit_identifier",
        "card_identifier": "card_identifier",
        "accounts_receivable_payment_preference_identifier": "accounts_receivable_payment_preference_identifier",
        "notes": "notes",
        "back_office_code": "back_office_code",
        "fields_set": "fields_set",
    }

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_identifier = self.type_identifier.to_dict()

        payment_method_identifier = self.payment_method_identifier.to_dict()

        invoice_identifier = self.invoice_identifier.to_dict()

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

        accounts_receivable_identifier: dict[str, Any] | None = None
        if self.accounts_receivable_identifier is not None:
            accounts_receivable_identifier = (
                self.accounts_receivable_identifier.to_dict()
            )

        wallet_identifier: dict[str, Any] | None = None
        if self.wallet_identifier is not None:
            wallet_identifier = self.wallet_identifier.to_dict()

        category_identifier: dict[str, Any] | None = None
        if self.category_identifier is not None:
            category_identifier = self.category_identifier.to_dict()

        received_on = self.received_on

        received_by_user_identifier: dict[str, Any] | None = None
        if self.received_by_user_identifier is not None:
            received_by_user_identifier = self.received_by_user_identifier.to_dict()

        received_by_unit_identifier: dict[str, Any] | None = None
        if self.received_by_unit_identifier is not None:
            received_by_unit_identifier = self.received_by_unit_identifier.to_dict()

        received_by_business_unit_identifier: dict[str, Any] | None = None
        if self.received_by_business_unit_identifier is not None:
            received_by_business_unit_identifier = (
                self.received_by_business_unit_identifier.to_dict()
            )

        card_identifier: dict[str, Any] | None = None
        if self.card_identifier is not None:
            card_identifier = self.card_identifier.to_dict()

        accounts_receivable_payment_preference_identifier: dict[str, Any] | None = None
        if self.accounts_receivable_payment_preference_identifier is not None:
            accounts_receivable_payment_preference_identifier = (
                self.accounts_receivable_payment_preference_identifier.to_dict()
            )

        notes = self.notes

        back_office_code = self.back_office_code

        fields_set = self.fields_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "type_identifier": type_identifier,
                "payment_method_identifier": payment_method_identifier,
                "invoice_identifier": invoice_identifier,
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
        if accounts_receivable_identifier is not None:
            field_dict["accounts_receivable_identifier"] = (
                accounts_receivable_identifier
            )
        if wallet_identifier is not None:
            field_dict["wallet_identifier"] = wallet_identifier
        if category_identifier is not None:
            field_dict["category_identifier"] = category_identifier
        if received_on is not None:
            field_dict["received_on"] = received_on
        if received_by_user_identifier is not None:
            field_dict["received_by_user_identifier"] = received_by_user_identifier
        if received_by_unit_identifier is not None:
            field_dict["received_by_unit_identifier"] = received_by_unit_identifier
        if received_by_business_unit_identifier is not None:
            field_dict["received_by_business_unit_identifier"] = (
                received_by_business_unit_identifier
            )
        if card_identifier is not None:
            field_dict["card_identifier"] = card_identifier
        if accounts_receivable_payment_preference_identifier is not None:
            field_dict["accounts_receivable_payment_preference_identifier"] = (
                accounts_receivable_payment_preference_identifier
            )
        if notes is not None:
            field_dict["notes"] = notes
        if back_office_code is not None:
            field_dict["back_office_code"] = back_office_code
        if fields_set is not None:
            field_dict["fields_set"] = fields_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PaymentPayInvoiceRequest: expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        keys_seen = wire_keys(d)
        token = d.pop("token")

        type_identifier = TypeIdentifier.from_dict(d.pop("type_identifier"))

        payment_method_identifier = PaymentMethodIdentifier.from_dict(
            d.pop("payment_method_identifier")
        )

        invoice_identifier = InvoiceIdentifier.from_dict(d.pop("invoice_identifier"))

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

        _accounts_receivable_identifier = d.pop("accounts_receivable_identifier", UNSET)
        accounts_receivable_identifier: AccountsReceivableIdentifier | None
        if isinstance(_accounts_receivable_identifier, Unset):
            accounts_receivable_identifier = None
        else:
            accounts_receivable_identifier = AccountsReceivableIdentifier.from_dict(
                _accounts_receivable_identifier
            )

        _wallet_identifier = d.pop("wallet_identifier", UNSET)
        wallet_identifier: WalletIdentifier | None
        if isinstance(_wallet_identifier, Unset):
            wallet_identifier = None
        else:
            wallet_identifier = WalletIdentifier.from_dict(_wallet_identifier)

        _category_identifier = d.pop("category_identifier", UNSET)
        category_identifier: CategoryIdentifier | None
        if isinstance(_category_identifier, Unset):
            category_identifier = None
        else:
            category_identifier = CategoryIdentifier.from_dict(_category_identifier)

        received_on = d.pop("received_on", None)

        _received_by_user_identifier = d.pop("received_by_user_identifier", UNSET)
        received_by_user_identifier: UserIdentifier | None
        if isinstance(_received_by_user_identifier, Unset):
            received_by_user_identifier = None
        else:
            received_by_user_identifier = UserIdentifier.from_dict(
                _received_by_user_identifier
            )

        _received_by_unit_identifier = d.pop("received_by_unit_identifier", UNSET)
        received_by_unit_identifier: UnitIdentifier | None
        if isinstance(_received_by_unit_identifier, Unset):
            received_by_unit_identifier = None
        else:
            received_by_unit_identifier = UnitIdentifier.from_dict(
                _received_by_unit_identifier
            )

        _received_by_business_unit_identifier = d.pop(
            "received_by_business_unit_identifier", UNSET
        )
        received_by_business_unit_identifier: UnitIdentifier | None
        if isinstance(_received_by_business_unit_identifier, Unset):
            received_by_business_unit_identifier = None
        else:
            received_by_business_unit_identifier = UnitIdentifier.from_dict(
                _received_by_business_unit_identifier
            )

        _card_identifier = d.pop("card_identifier", UNSET)
        card_identifier: CardIdentifier | None
        if isinstance(_card_identifier, Unset):
            card_identifier = None
        else:
            card_identifier = CardIdentifier.from_dict(_card_identifier)

        _accounts_receivable_payment_preference_identifier = d.pop(
            "accounts_receivable_payment_preference_identifier", UNSET
        )
        accounts_receivable_payment_preference_identifier: (
            AccountsReceivablePaymentPreferenceIdentifier | None
        )
        if isinstance(_accounts_receivable_payment_preference_identifier, Unset):
            accounts_receivable_payment_preference_identifier = None
        else:
            accounts_receivable_payment_preference_identifier = (
                AccountsReceivablePaymentPreferenceIdentifier.from_dict(
                    _accounts_receivable_payment_preference_identifier
                )
            )

        notes = d.pop("notes", None)

        back_office_code = d.pop("back_office_code", None)

        fields_set = d.pop("fields_set", None)

        payment_pay_invoice_request = cls(
            token=token,
            type_identifier=type_identifier,
            payment_method_identifier=payment_method_identifier,
            invoice_identifier=invoice_identifier,
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
            accounts_receivable_identifier=accounts_receivable_identifier,
            wallet_identifier=wallet_identifier,
            category_identifier=category_identifier,
            received_on=received_on,
            received_by_user_identifier=received_by_user_identifier,
            received_by_unit_identifier=received_by_unit_identifier,
            received_by_business_unit_identifier=received_by_business_unit_identifier,
            card_identifier=card_identifier,
            accounts_receivable_payment_preference_identifier=accounts_receivable_payment_preference_identifier,
            notes=notes,
            back_office_code=back_office_code,
            fields_set=fields_set,
        )
        payment_pay_invoice_request._wire_keys = keys_seen

        payment_pay_invoice_request.additional_properties = d
        return payment_pay_invoice_request

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
from ..models.accounts_receivable_identifier import AccountsReceivableIdentifier
from ..models.accounts_receivable_payment_preference_identifier import (
    AccountsReceivablePaymentPreferenceIdentifier,
)
from ..models.card_identifier import CardIdentifier
from ..models.category_identifier import CategoryIdentifier
from ..models.invoice_identifier import InvoiceIdentifier
from ..models.payment_method_identifier import PaymentMethodIdentifier
from ..models.type_identifier import TypeIdentifier
from ..models.unit_identifier import UnitIdentifier
from ..models.user_identifier import UserIdentifier
from ..models.wallet_identifier import WalletIdentifier
