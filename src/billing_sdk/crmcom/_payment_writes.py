"""The writing half of ``crm.payments``: create, update, post, reject, cancel, pay_bill,
pay_invoice (mixed into :class:`~billing_sdk.crmcom._payments.Payments`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from billing_sdk import _validation as v
from billing_sdk._auth import CRMCOM_TOKEN_PLACEHOLDER as TOKEN
from billing_sdk._engine import Engine, expect
from billing_sdk._errors import ValidationError
from billing_sdk.crmcom import _generated as g
from billing_sdk.crmcom import _inputs as inp
from billing_sdk.crmcom._errors import envelope_ok
from billing_sdk.crmcom._inputs import DateLike, FieldsSet, Identifier, PaymentRef

_UNSET = g.UNSET


def _received_and_more(
    *,
    category: Identifier | None,
    received_on: DateLike | None,
    received_by_user: Identifier | None,
    received_by_unit: Identifier | None,
    received_by_business_unit: Identifier | None,
    card: Identifier | None,
    payment_preference: Identifier | None,
    notes: str | None,
    back_office_code: str | None,
    udf: Mapping[str, object] | None,
) -> dict[str, Any]:
    """The optional body fields create, update, pay_bill and pay_invoice share."""
    v.at_most_one(
        {
            "received_by_unit": received_by_unit,
            "received_by_business_unit": received_by_business_unit,
        },
        required=False,
    )
    opt = inp.optional_identifier
    return {
        "category_identifier": inp.build(
            g.CategoryIdentifier, opt(category, inp.CATEGORY, "category")
        ),
        "received_on": _UNSET
        if received_on is None
        else inp.local_datetime(received_on, "received_on"),
        "received_by_user_identifier": inp.build(
            g.UserIdentifier, opt(received_by_user, inp.USER, "received_by_user")
        ),
        "received_by_unit_identifier": inp.build(
            g.UnitIdentifier, opt(received_by_unit, inp.UNIT, "received_by_unit")
        ),
        "received_by_business_unit_identifier": inp.build(
            g.UnitIdentifier,
            opt(received_by_business_unit, inp.UNIT, "received_by_business_unit"),
        ),
        "card_identifier": inp.build(g.CardIdentifier, opt(card, inp.CARD, "card")),
        "accounts_receivable_payment_preference_identifier": inp.build(
            g.AccountsReceivablePaymentPreferenceIdentifier,
            opt(payment_preference, inp.PAYMENT_PREFERENCE, "payment_preference"),
        ),
        "notes": inp.text(notes, "notes", max_length=4000),
        "back_office_code": inp.back_office_code(back_office_code),
        **inp.udf(udf),
    }


class PaymentWrites:
    """Payment-writing methods; every one returns the ``PaymentShort`` CRM.COM answers with."""

    _engine: Engine

    async def _short(self, request: dict[str, Any], parse: Callable[..., object]) -> g.PaymentShort:
        result = await self._engine.send(request, parse, ok=envelope_ok)
        return expect(result.parsed, g.PaymentShortResponse, result).data

    async def create(
        self,
        *,
        amount: Decimal | int | str,
        type: Identifier,
        payment_method: Identifier,
        accounts_receivable: Identifier | None = None,
        wallet: Identifier | None = None,
        life_cycle_state: g.CreatablePaymentLifeCycleState | str = "DRAFT",
        category: Identifier | None = None,
        intended_currency: Identifier | None = None,
        received_on: DateLike | None = None,
        received_by_user: Identifier | None = None,
        received_by_unit: Identifier | None = None,
        received_by_business_unit: Identifier | None = None,
        card: Identifier | None = None,
        payment_preference: Identifier | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        invoices: Iterable[Identifier] | None = None,
        bills: Iterable[Mapping[str, Any]] | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Create a payment, DRAFT by default (``life_cycle_state="POSTED"`` posts it at once).

        Exactly one of ``accounts_receivable`` and ``wallet``; at most one of
        ``received_by_unit`` and ``received_by_business_unit``. ``invoices`` are invoice
        identifiers and ``bills`` mappings ``{"bill": {...}, "payment_code": ...,
        "bill_number_check_digit": ..., ...}`` the payment is intended to pay.
        ``back_office_code`` must be unique (``Conflict`` otherwise).

        Example::

            draft = await crm.payments.create(
                accounts_receivable={"number": "AR0001"},
                type={"name": "Payment"},
                payment_method={"name": "Cash"},
                amount=Decimal("25.00"),
            )
        """
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=True)
        body = g.PaymentCreateRequest(
            token=TOKEN,
            type_identifier=g.TypeIdentifier(**inp.identifier(type, inp.TYPE, "type")),
            life_cycle_state=v.enum_value(
                g.CreatablePaymentLifeCycleState, life_cycle_state, "life_cycle_state"
            ),
            payment_method_identifier=g.PaymentMethodIdentifier(
                **inp.identifier(payment_method, inp.PAYMENT_METHOD, "payment_method")
            ),
            payment_amount=inp.amount(amount),
            accounts_receivable_identifier=inp.build(g.AccountsReceivableIdentifier, account),
            wallet_identifier=inp.build(g.WalletIdentifier, wallet_id),
            intended_currency_identifier=inp.build(
                g.CurrencyIdentifier,
                inp.optional_identifier(intended_currency, inp.CURRENCY, "intended_currency"),
            ),
            invoices_to_pay_set=inp.invoices_to_pay(invoices),
            bills_to_pay_set=inp.bills_to_pay(bills),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=back_office_code,
                udf=udf,
            ),
        )
        op = g.payments_create
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def update(
        self,
        payment: PaymentRef,
        *,
        amount: Decimal | int | str | None = None,
        type: Identifier | None = None,
        payment_method: Identifier | None = None,
        accounts_receivable: Identifier | None = None,
        wallet: Identifier | None = None,
        category: Identifier | None = None,
        intended_currency: Identifier | None = None,
        received_on: DateLike | None = None,
        received_by_user: Identifier | None = None,
        received_by_unit: Identifier | None = None,
        received_by_business_unit: Identifier | None = None,
        card: Identifier | None = None,
        payment_preference: Identifier | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Change a DRAFT payment; only the fields given change (``Conflict`` if not DRAFT).

        Example::

            await crm.payments.update(draft, amount=Decimal("30.00"), notes="corrected")
        """
        ident = inp.payment_ref(payment)
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=False)
        changes: dict[str, Any] = {
            "payment_amount": _UNSET if amount is None else inp.amount(amount),
            "type_identifier": inp.build(
                g.TypeIdentifier, inp.optional_identifier(type, inp.TYPE, "type")
            ),
            "payment_method_identifier": inp.build(
                g.PaymentMethodIdentifier,
                inp.optional_identifier(payment_method, inp.PAYMENT_METHOD, "payment_method"),
            ),
            "accounts_receivable_identifier": inp.build(g.AccountsReceivableIdentifier, account),
            "wallet_identifier": inp.build(g.WalletIdentifier, wallet_id),
            "intended_currency_identifier": inp.build(
                g.CurrencyIdentifier,
                inp.optional_identifier(intended_currency, inp.CURRENCY, "intended_currency"),
            ),
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=back_office_code,
                udf=udf,
            ),
        }
        if all(value is _UNSET for value in changes.values()):
            raise ValidationError("update needs at least one field to change")
        body = g.PaymentUpdateRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**ident),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
            **changes,
        )
        op = g.payments_update
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def post(
        self, payment: PaymentRef, *, fields_set: FieldsSet | None = None
    ) -> g.PaymentShort:
        """Post a DRAFT payment: it gets its ``number`` and ``posted_on``."""
        body = g.PaymentPostRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**inp.payment_ref(payment)),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
        )
        op = g.payments_post
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def reject(
        self,
        payment: PaymentRef,
        *,
        rejection_reason: Identifier | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Reject a DRAFT payment, for ``rejection_reason`` or else the default reason
        (see :meth:`rejection_reasons`)."""
        body = g.PaymentRejectRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**inp.payment_ref(payment)),
            rejection_reason_identifier=inp.build(
                g.RejectionReasonIdentifier,
                inp.optional_identifier(rejection_reason, inp.REJECTION_REASON, "rejection_reason"),
            ),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
        )
        op = g.payments_reject
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def cancel(
        self,
        payment: PaymentRef,
        *,
        type: Identifier,
        category: Identifier | None = None,
        issue_reason: str | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Cancel a POSTED payment: a payment cancellation of ``type`` is created and posted.

        ``back_office_code`` belongs to the cancellation (unique among cancellations).

        Example::

            await crm.payments.cancel(posted, type={"name": "Payment Cancellation"})
        """
        body = g.PaymentCancelRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**inp.payment_ref(payment)),
            type_identifier=g.TypeIdentifier(**inp.identifier(type, inp.TYPE, "type")),
            category_identifier=inp.build(
                g.CategoryIdentifier, inp.optional_identifier(category, inp.CATEGORY, "category")
            ),
            issue_reason=inp.text(issue_reason, "issue_reason", max_length=4000),
            notes=inp.text(notes, "notes", max_length=4000),
            back_office_code=inp.back_office_code(back_office_code),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
            **inp.udf(udf),
        )
        op = g.payments_cancel
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def pay_bill(
        self,
        *,
        bill: Identifier,
        type: Identifier,
        payment_method: Identifier,
        accounts_receivable: Identifier | None = None,
        wallet: Identifier | None = None,
        payment_code: int | None = None,
        bill_number_check_digit: int | None = None,
        accounts_receivable_check_digit: int | None = None,
        bill_amount_check_digit: int | None = None,
        category: Identifier | None = None,
        received_on: DateLike | None = None,
        received_by_user: Identifier | None = None,
        received_by_unit: Identifier | None = None,
        received_by_business_unit: Identifier | None = None,
        card: Identifier | None = None,
        payment_preference: Identifier | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Pay the whole outstanding amount of one bill; the payment is created POSTED.

        Exactly one of ``accounts_receivable`` and ``wallet``. When the bill carries a payment
        code and check digits they must be given and match (``BadRequest`` otherwise); a bill
        with nothing outstanding raises ``Conflict``.

        Example::

            paid = await crm.payments.pay_bill(
                accounts_receivable={"number": "AR1"},
                bill={"number": "B7"},
                type={"name": "Payment"},
                payment_method={"name": "Cash"},
                bill_number_check_digit=3,
                accounts_receivable_check_digit=5,
                bill_amount_check_digit=8,
            )
        """
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=True)
        body = g.PaymentPayBillRequest(
            token=TOKEN,
            type_identifier=g.TypeIdentifier(**inp.identifier(type, inp.TYPE, "type")),
            payment_method_identifier=g.PaymentMethodIdentifier(
                **inp.identifier(payment_method, inp.PAYMENT_METHOD, "payment_method")
            ),
            bill_identifier=g.BillIdentifier(**inp.identifier(bill, inp.BILL, "bill")),
            accounts_receivable_identifier=inp.build(g.AccountsReceivableIdentifier, account),
            wallet_identifier=inp.build(g.WalletIdentifier, wallet_id),
            payment_code=inp.payment_code(payment_code),
            bill_number_check_digit=inp.check_digit(
                bill_number_check_digit, "bill_number_check_digit"
            ),
            accounts_receivable_check_digit=inp.check_digit(
                accounts_receivable_check_digit, "accounts_receivable_check_digit"
            ),
            bill_amount_check_digit=inp.check_digit(
                bill_amount_check_digit, "bill_amount_check_digit"
            ),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=back_office_code,
                udf=udf,
            ),
        )
        op = g.payments_pay_bill
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def pay_invoice(
        self,
        *,
        invoice: Identifier,
        type: Identifier,
        payment_method: Identifier,
        accounts_receivable: Identifier | None = None,
        wallet: Identifier | None = None,
        category: Identifier | None = None,
        received_on: DateLike | None = None,
        received_by_user: Identifier | None = None,
        received_by_unit: Identifier | None = None,
        received_by_business_unit: Identifier | None = None,
        card: Identifier | None = None,
        payment_preference: Identifier | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Pay the whole outstanding amount of one invoice; the payment is created POSTED.

        Exactly one of ``accounts_receivable`` and ``wallet``; an invoice with nothing
        outstanding raises ``Conflict``.
        """
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=True)
        body = g.PaymentPayInvoiceRequest(
            token=TOKEN,
            type_identifier=g.TypeIdentifier(**inp.identifier(type, inp.TYPE, "type")),
            payment_method_identifier=g.PaymentMethodIdentifier(
                **inp.identifier(payment_method, inp.PAYMENT_METHOD, "payment_method")
            ),
            invoice_identifier=g.InvoiceIdentifier(
                **inp.identifier(invoice, inp.INVOICE, "invoice")
            ),
            accounts_receivable_identifier=inp.build(g.AccountsReceivableIdentifier, account),
            wallet_identifier=inp.build(g.WalletIdentifier, wallet_id),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=back_office_code,
                udf=udf,
            ),
        )
        op = g.payments_pay_invoice
        return await self._short(op._get_kwargs(body=body), op._parse_response)
