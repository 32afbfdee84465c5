"""Response objects of the simulated CRM.COM (``payment_complete``, ``payment_short`` ...)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from billing_sdk.sandbox._crmcom._model import (
    Bill,
    Company,
    Currency,
    Invoice,
    Payment,
    RejectionReason,
)
from billing_sdk.sandbox._crmcom._params import DATE_FORMAT

_UDF_NAMES = (
    *(f"udf_string_{i}" for i in range(1, 9)),
    *(f"udf_float_{i}" for i in range(1, 5)),
    *(f"udf_date_{i}" for i in range(1, 5)),
)


def date_text(value: datetime | None) -> str | None:
    return None if value is None else value.strftime(DATE_FORMAT)


def _udf(value: object) -> object:
    return date_text(value) if isinstance(value, datetime) else value


def _rate_period(company: Company, currency_id: str | None) -> dict[str, Any] | None:
    currency: Currency | None = company.currencies.get(currency_id or "")
    if currency is None or currency.code == company.base_currency:
        return None
    return {
        "id": currency.rate_period_id,
        "rate": currency.rate,
        "inverse_rate": (Decimal(1) / currency.rate).quantize(Decimal("0.000001")),
        "from_date": date_text(currency.rate_from),
        "to_date": None,
        "currency": {"id": currency.id, "code": currency.code, "description": currency.description},
    }


def payment_short(company: Company, payment: Payment) -> dict[str, Any]:
    """The short payment object returned by the state-changing methods."""
    return {
        "id": payment.id,
        "number": payment.number,
        "reference_number": payment.reference_number,
        "life_cycle_state": payment.life_cycle_state,
        "issued_on": date_text(payment.issued_on),
        "posted_on": date_text(payment.posted_on),
        "payment_amount": payment.amount,
        "processed_by_payment_gateway": payment.processed_by_payment_gateway,
        "payment_gateway_reference_number": payment.payment_gateway_reference_number,
        "currency_rate_period": _rate_period(company, payment.currency_id),
    }


def invoice_to_pay(invoice: Invoice) -> dict[str, Any]:
    return {
        "id": invoice.id,
        "number": invoice.number,
        "reference_number": invoice.reference_number,
        "life_cycle_state": invoice.life_cycle_state,
        "total_amount": invoice.total,
        "outstanding_amount": invoice.outstanding,
        "issued_on": date_text(invoice.issued_on),
        "due_on": date_text(invoice.due_on),
        "posted_on": date_text(invoice.posted_on),
    }


def bill_to_pay(bill: Bill) -> dict[str, Any]:
    return {
        "id": bill.id,
        "number": bill.number,
        "life_cycle_state": bill.life_cycle_state,
        "total_amount": bill.total,
        "outstanding_amount": bill.outstanding,
        "issued_on": date_text(bill.issued_on),
    }


class _Coded(Protocol):
    """A reference record named and coded alike: rejection reasons, types, methods, units."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def alternative_code(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...


def coded(record: _Coded) -> dict[str, Any]:
    """A coded reference record as the API writes it (id, name, alternative code, description)."""
    return {
        "id": record.id,
        "name": record.name,
        "alternative_code": record.alternative_code,
        "description": record.description,
    }


def rejection_reason(reason: RejectionReason) -> dict[str, Any]:
    return coded(reason)


def payment_complete(company: Company, payment: Payment) -> dict[str, Any]:
    """The full payment object returned by show, list and get_latest."""
    data: dict[str, Any] = {
        "id": payment.id,
        "number": payment.number,
        "reference_number": payment.reference_number,
        "life_cycle_state": payment.life_cycle_state,
        "payment_amount": payment.amount,
        "issued_on": date_text(payment.issued_on),
        "posted_on": date_text(payment.posted_on),
        "received_on": date_text(payment.received_on),
        "notes": payment.notes,
        "processed_by_payment_gateway": payment.processed_by_payment_gateway,
        "payment_gateway_reference_number": payment.payment_gateway_reference_number,
        "back_office_code": payment.back_office_code,
    }
    data.update({name: _udf(payment.udf.get(name)) for name in _UDF_NAMES})
    account = company.accounts.get(payment.accounts_receivable_id or "")
    data["accounts_receivable"] = account and {
        "id": account.id,
        "number": account.number,
        "name": account.name,
        "life_cycle_state": account.life_cycle_state,
        "account_owner": {"id": account.owner_id, "name": account.owner_name},
    }
    kind = company.types[payment.type_id]
    data["type"] = coded(kind)
    category = company.categories.get(payment.category_id or "")
    data["category"] = category and {
        "id": category.id,
        "name": category.name,
        "code": category.code,
        "description": category.description,
    }
    method = company.methods[payment.payment_method_id]
    data["payment_method"] = coded(method)
    user = company.users.get(payment.received_by_user_id or "")
    data["received_by_user"] = user and {
        "id": user.id,
        "username": user.username,
        "person_name": user.person_name,
    }
    unit = company.units.get(payment.received_by_unit_id or "")
    data["received_by_unit"] = unit and {
        **coded(unit),
        "community_name": unit.community_name,
        "group_name": unit.group_name,
    }
    data["invoices_to_pay_set"] = [
        invoice_to_pay(company.invoices[invoice_id]) for invoice_id in payment.invoice_ids
    ]
    data["bills_to_pay_set"] = [bill_to_pay(company.bills[bill_id]) for bill_id in payment.bill_ids]
    wallet = company.wallets.get(payment.wallet_id or "")
    data["wallet"] = wallet and {"id": wallet.id, "number": wallet.number}
    reason = company.reasons.get(payment.rejection_reason_id or "")
    data["rejection_reason"] = reason and rejection_reason(reason)
    data["currency_rate_period"] = _rate_period(company, payment.currency_id)
    return data
