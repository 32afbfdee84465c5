"""Checking what callers pass to CRM.COM, before anything is sent.

Identifier objects are plain mappings (``{"number": "AR0001"}``) with exactly one of the fields
the spec allows for their kind; dates are local date-times without zone; ``fields_set`` names
fields of the model the operation returns; user defined fields are named ``udf_string_1..8``,
``udf_float_1..4`` and ``udf_date_1..4``. Every check raises ``ValidationError``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, TypedDict, TypeVar

from billing_sdk import _money
from billing_sdk import _validation as v
from billing_sdk._errors import ValidationError
from billing_sdk.crmcom import _generated as g

M = TypeVar("M")

#: An identifier object: exactly one field, e.g. ``{"number": "AR0001"}``.
Identifier = Mapping[str, str]
#: A local date-time: ``datetime``, ``date`` (its midnight) or an ISO string.
DateLike = dt.datetime | dt.date | str
#: ``fields_set``: field names, or one comma-separated string.
FieldsSet = Iterable[str] | str

# The fields of each identifier object (spec: components/schemas/*Identifier).
PAYMENT = ("id", "number", "reference_number", "back_office_code")
ACCOUNTS_RECEIVABLE = ("id", "number", "name")
WALLET = ("id", "number")
TYPE = ("id", "name", "alternative_code")
CATEGORY = ("id", "name", "code")
PAYMENT_METHOD = ("id", "name", "alternative_code")
UNIT = ("id", "name", "alternative_code")
USER = ("id", "username")
CURRENCY = ("id", "code")
INVOICE = ("id", "number", "reference_number", "back_office_code")
BILL = ("id", "number")
REJECTION_REASON = ("id", "name", "alternative_code")
CARD = ("id", "payment_gateway_reference_number", "last_digits")
PAYMENT_PREFERENCE = ("id",)


# Typed identifier objects (give exactly one field; mypy catches a misspelt one), each
# with the fields of its tuple above (tests/test_typing.py checks). Identifiers of one shape
# share their fields: one class per shape, one named type per kind of record.
class _ByNumber(TypedDict, total=False):
    id: str
    number: str


class _ByReference(_ByNumber, total=False):
    reference_number: str
    back_office_code: str


class _ByName(TypedDict, total=False):
    id: str
    name: str


class _ByAlternativeCode(_ByName, total=False):
    alternative_code: str


class _ByCode(_ByName, total=False):
    code: str


class _ById(TypedDict, total=False):
    id: str


class PaymentId(_ByReference, total=False):
    """A payment: ``{"number": ...}`` (or id, reference number, back office code)."""


class InvoiceId(_ByReference, total=False):
    """An invoice: ``{"number": ...}`` (or id, reference number, back office code)."""


class AccountsReceivableId(_ByNumber, total=False):
    """An accounts receivable: ``{"number": ...}`` (or id, name)."""

    name: str


class WalletId(_ByNumber, total=False):
    """A wallet: ``{"number": ...}`` (or id)."""


class BillId(_ByNumber, total=False):
    """A bill: ``{"number": ...}`` (or id)."""


class TypeId(_ByAlternativeCode, total=False):
    """A payment type: ``{"name": ...}`` (or id, alternative code)."""


class PaymentMethodId(_ByAlternativeCode, total=False):
    """A payment method: ``{"name": ...}`` (or id, alternative code)."""


class UnitId(_ByAlternativeCode, total=False):
    """A business unit: ``{"name": ...}`` (or id, alternative code)."""


class RejectionReasonId(_ByAlternativeCode, total=False):
    """A rejection reason: ``{"name": ...}`` (or id, alternative code)."""


class CategoryId(_ByCode, total=False):
    """A payment category: ``{"name": ...}`` (or id, code)."""


class UserId(_ById, total=False):
    """A user: ``{"username": ...}`` (or id)."""

    username: str


class CurrencyId(_ById, total=False):
    """A currency: ``{"code": ...}`` (or id)."""

    code: str


class CardId(_ById, total=False):
    """A card: ``{"last_digits": ...}`` (or id, payment gateway reference number)."""

    payment_gateway_reference_number: str
    last_digits: str


class PaymentPreferenceId(_ById, total=False):
    """A payment preference: ``{"id": ...}``."""


#: A payment named by an identifier, or a payment the API returned earlier (by its id).
PaymentRef = PaymentId | g.PaymentShort | g.PaymentComplete


class PaymentLookup(TypedDict, total=False):
    """:meth:`Payments.show`'s keyword arguments, as one item of ``show_many``
    (tests/test_typing.py checks they stay the same)."""

    id: str
    number: str
    reference_number: str
    back_office_code: str
    fields_set: FieldsSet


# Required keys in a base class (``Required[]`` is not seen at run time under
# ``from __future__ import annotations``, so ``__required_keys__`` would be wrong).
class _PaymentRequired(TypedDict):
    amount: Decimal | int | str
    type: TypeId
    payment_method: PaymentMethodId


class PaymentFields(_PaymentRequired, total=False):
    """:meth:`Payments.create`'s keyword arguments, as one item of ``create_many``
    (tests/test_typing.py checks they stay the same); ``amount``, ``type`` and
    ``payment_method`` are required."""

    accounts_receivable: AccountsReceivableId
    wallet: WalletId
    life_cycle_state: g.CreatablePaymentLifeCycleState | str
    category: CategoryId
    intended_currency: CurrencyId
    received_on: DateLike
    received_by_user: UserId
    received_by_unit: UnitId
    received_by_business_unit: UnitId
    card: CardId
    payment_preference: PaymentPreferenceId
    notes: str
    back_office_code: str
    invoices: Iterable[InvoiceId]
    bills: Iterable[Mapping[str, Any]]
    udf: Mapping[str, object]
    fields_set: FieldsSet


_MAX_IDENTIFIER = 255
_MAX_CHECK_DIGIT = 99
_MAX_PAYMENT_CODE = 9007199254740991
_FIELD_NAME = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
_UDF_STRING = {f"udf_string_{i}" for i in range(1, 9)}
_UDF_FLOAT = {f"udf_float_{i}" for i in range(1, 5)}
_UDF_DATE = {f"udf_date_{i}" for i in range(1, 5)}


def identifier(value: Mapping[str, Any], allowed: tuple[str, ...], field: str) -> dict[str, str]:
    """An identifier object: exactly one of ``allowed``, a text of 1..255 characters."""
    given = v.exactly_one(value, allowed, field)
    ((key, text),) = given.items()
    if not isinstance(text, str):
        raise ValidationError(f"{field}.{key} must be a string", field=field)
    if len(text) > _MAX_IDENTIFIER:
        raise ValidationError(
            f"{field}.{key} is longer than {_MAX_IDENTIFIER} characters", field=field
        )
    return {key: text}


def optional_identifier(
    value: Mapping[str, Any] | None, allowed: tuple[str, ...], field: str
) -> dict[str, str] | None:
    """:func:`identifier`, or ``None`` when not given."""
    return None if value is None else identifier(value, allowed, field)


def flat(ident: dict[str, str]) -> str:
    """An identifier as a GET parameter: ``field=value`` (split at the first ``=``)."""
    ((key, text),) = ident.items()
    return f"{key}={text}"


def flattened(ident: dict[str, str] | None) -> str | g.Unset:
    """:func:`flat`, or ``UNSET`` when not given."""
    return g.UNSET if ident is None else flat(ident)


def query(value: str | None) -> str | g.Unset:
    """An optional query parameter as the generated operations take it (``UNSET``: left out)."""
    return g.UNSET if value is None else value


def build(model: Callable[..., M], ident: dict[str, str] | None) -> M | None:
    """The generated identifier model for a checked mapping (``None`` when not given)."""
    return None if ident is None else model(**ident)


def payment_ref(payment: PaymentRef, field: str = "payment") -> dict[str, str]:
    """The identifier of a payment: a mapping, or a returned payment model (by its ``id``)."""
    if isinstance(payment, g.PaymentShort | g.PaymentComplete):
        if not isinstance(payment.id, str) or not payment.id:
            raise ValidationError(
                f"{field} has no id (was it read with a fields_set without 'id'?)", field=field
            )
        return {"id": payment.id}
    return identifier(payment, PAYMENT, field)


def one_of_pair(
    accounts_receivable: Mapping[str, Any] | None,
    wallet: Mapping[str, Any] | None,
    *,
    required: bool,
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """The semi-optional pair: exactly one (``required``) or at most one of the two."""
    v.at_most_one({"accounts_receivable": accounts_receivable, "wallet": wallet}, required=required)
    return (
        optional_identifier(accounts_receivable, ACCOUNTS_RECEIVABLE, "accounts_receivable"),
        optional_identifier(wallet, WALLET, "wallet"),
    )


def amount(value: Decimal | int | str, field: str = "amount") -> Decimal:
    """A payment amount as the spec allows it (``PaymentAmount``: positive, at most two
    decimals, at most 10^12), exact; the generated client writes it as a JSON number with
    exactly these digits."""
    return _money.amount(value, g.DECIMAL_COMPONENTS["PaymentAmount"], field)


def as_decimal(value: Decimal | float | int) -> Decimal:
    """An amount from a CRM.COM model as an exact ``Decimal``.

    The generated models hold amounts as ``Decimal`` already (read exactly from the JSON), so
    this returns them unchanged; it stays for code written when they were floats, whose
    shortest repr it turns back into the decimal that was on the wire::

        as_decimal(payment.payment_amount)  # Decimal('41.5')
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            f"as_decimal needs a Decimal, float or int, not {type(value).__name__}", field="value"
        )
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


def local_datetime(value: dt.datetime | dt.date | str, field: str) -> str:
    """A local date-time without zone or fraction, as CRM.COM writes it: ``2014-07-14T17:06:28``.

    A ``date`` means its midnight. Zone-aware values are refused: CRM.COM applies the server's
    zone, which the client cannot know, so converting would silently shift the time.
    """
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                f"{field} must be a datetime or an ISO date-time, got {value!r}", field=field
            ) from None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    else:
        raise ValidationError(f"{field} must be a datetime or a date", field=field)
    if moment.tzinfo is not None:
        raise ValidationError(
            f"{field} must be a local (naive) datetime: CRM.COM applies the server's zone",
            field=field,
        )
    if moment.year < 1000:
        raise ValidationError(f"{field} must be after the year 1000", field=field)
    return moment.replace(microsecond=0).isoformat()


def text(value: str | None, field: str, *, max_length: int) -> str | None:
    """Optional free text within the spec's limit (``None`` when not given)."""
    return None if value is None else v.text(value, field, max_length=max_length)


def back_office_code(value: str | None, field: str = "back_office_code") -> str | None:
    """An optional back office code: 1..255 characters."""
    if value is None:
        return None
    return v.text(value, field, max_length=_MAX_IDENTIFIER, allow_empty=False)


def check_digit(value: int | None, field: str) -> int | None:
    """An optional bill check digit (0..99)."""
    return None if value is None else _bounded_int(value, field, 0, _MAX_CHECK_DIGIT)


def payment_code(value: int | None) -> int | None:
    """An optional bill payment code (0..2**53-1)."""
    return None if value is None else _bounded_int(value, "payment_code", 0, _MAX_PAYMENT_CODE)


def _bounded_int(value: int, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{field} must be an integer from {low} to {high}", field=field)
    return value


def count(value: int, field: str, high: int = 1000) -> int:
    """A result count (page size, ``number``): 1..``high``."""
    return _bounded_int(value, field, 1, high)


def wire_fields(model: type[Any]) -> frozenset[str]:
    """The wire names of a generated model's fields (``type_`` is ``type`` on the wire)."""
    return frozenset(model.FIELD_NAMES)


def fields_set(value: Iterable[str] | str | None, model: type[Any]) -> str | None:
    """``fields_set`` as the comma-separated list CRM.COM wants, each a field of ``model``.

    The server ignores unknown names, so a typo would silently return empty objects; they
    are refused here instead. Dotted names select the top-level field before the dot.
    """
    if value is None:
        return None
    names = value.split(",") if isinstance(value, str) else list(value)
    if not names:
        raise ValidationError("fields_set must name at least one field", field="fields_set")
    known = wire_fields(model)
    for name in names:
        if not isinstance(name, str) or not _FIELD_NAME.fullmatch(name):
            raise ValidationError(
                f"fields_set: {name!r} is not a field name (lower case, digits, _ and .)",
                field="fields_set",
            )
        if name.split(".")[0] not in known:
            raise ValidationError(
                f"fields_set: {model.__name__} has no field {name!r}; known: {sorted(known)}",
                field="fields_set",
            )
    return ",".join(dict.fromkeys(names))


def udf(values: Mapping[str, object] | None) -> dict[str, Any]:
    """User defined fields as body fields: strings (<=255), finite numbers, local date-times."""
    if values is None:
        return {}
    if not isinstance(values, Mapping):
        raise ValidationError("udf must be a mapping like {'udf_string_1': ...}", field="udf")
    body: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        if name in _UDF_STRING:
            if not isinstance(value, str):
                raise ValidationError(f"{name} must be a string", field=name)
            body[name] = v.text(value, name, max_length=_MAX_IDENTIFIER)
        elif name in _UDF_FLOAT:
            body[name] = _finite_float(value, name)
        elif name in _UDF_DATE:
            if not isinstance(value, dt.date | str):
                raise ValidationError(f"{name} must be a datetime", field=name)
            body[name] = local_datetime(value, name)
        else:
            raise ValidationError(
                f"unknown user defined field {name!r}: use udf_string_1..8, udf_float_1..4, "
                "udf_date_1..4",
                field="udf",
            )
    return body


def _finite_float(value: object, field: str) -> float:
    # A Float UDF is not money: floats are fine here, but not bools, NaN or infinities.
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValidationError(f"{field} must be a number", field=field)
    try:
        number = float(value)
    except OverflowError:
        raise ValidationError(f"{field} is out of range", field=field) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError(f"{field} must be a finite number", field=field)
    return number


_BILL_KEYS = frozenset(
    {
        "bill",
        "payment_code",
        "bill_number_check_digit",
        "accounts_receivable_check_digit",
        "bill_amount_check_digit",
    }
)
_MAX_SET_ITEMS = 100


def invoices_to_pay(
    values: Iterable[Mapping[str, Any]] | None,
) -> list[g.InvoiceParameters] | None:
    """``invoices_to_pay_set``: invoice identifiers (at most 100)."""
    if values is None:
        return None
    items = _bounded_list(values, "invoices")
    return [
        g.InvoiceParameters(
            invoice_identifier=g.InvoiceIdentifier(**identifier(item, INVOICE, f"invoices[{i}]"))
        )
        for i, item in enumerate(items)
    ]


def bills_to_pay(values: Iterable[Mapping[str, Any]] | None) -> list[g.BillParameters] | None:
    """``bills_to_pay_set``: ``{"bill": {...}, "payment_code": ..., "*_check_digit": ...}``."""
    if values is None:
        return None
    bills: list[g.BillParameters] = []
    for i, item in enumerate(_bounded_list(values, "bills")):
        where = f"bills[{i}]"
        if not isinstance(item, Mapping) or "bill" not in item:
            raise ValidationError(
                f"{where} must be a mapping with a 'bill' identifier", field=where
            )
        unknown = set(item) - _BILL_KEYS
        if unknown:
            raise ValidationError(f"{where} has unknown keys {sorted(unknown)}", field=where)
        bills.append(
            g.BillParameters(
                bill_identifier=g.BillIdentifier(**identifier(item["bill"], BILL, f"{where}.bill")),
                payment_code=payment_code(item.get("payment_code")),
                bill_number_check_digit=check_digit(
                    item.get("bill_number_check_digit"), f"{where}.bill_number_check_digit"
                ),
                accounts_receivable_check_digit=check_digit(
                    item.get("accounts_receivable_check_digit"),
                    f"{where}.accounts_receivable_check_digit",
                ),
                bill_amount_check_digit=check_digit(
                    item.get("bill_amount_check_digit"), f"{where}.bill_amount_check_digit"
                ),
            )
        )
    return bills


def _bounded_list(values: Iterable[Mapping[str, Any]], field: str) -> list[Mapping[str, Any]]:
    if isinstance(values, str | bytes | Mapping):
        raise ValidationError(f"{field} must be a list of mappings", field=field)
    items = list(values)
    if len(items) > _MAX_SET_ITEMS:
        raise ValidationError(f"{field} has more than {_MAX_SET_ITEMS} items", field=field)
    return items
