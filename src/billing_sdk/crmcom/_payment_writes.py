"""The writing half of ``crm.payments``: create, update, post, reject, cancel, pay_bill,
pay_invoice (mixed into :class:`~billing_sdk.crmcom._payments.Payments`).

CRM.COM has no idempotency key and no ETags, so the writes lean on what it does have:

* creates (``create``, ``pay_bill``, ``pay_invoice``) always carry a ``back_office_code`` (the
  caller's, or one the SDK makes up), which CRM.COM keeps unique; after a lost answer the SDK
  looks the payment up by it (``payments/show``) before sending again
  (:func:`~billing_sdk._safe_create.write_once`);
* transitions (``post``, ``reject``, ``cancel``, ``update``) first read the payment and refuse
  with ``StateError`` unless it is in the state the caller expects; after a lost answer,
  the state the transition leads to tells whether it landed.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from billing_sdk import _validation as v
from billing_sdk._engine import Engine, expect
from billing_sdk._errors import (
    BillingError,
    NotFound,
    StateError,
    ValidationError,
    WriteNotApplied,
)
from billing_sdk._safe_create import (
    Found,
    SafeWriteStats,
    already_booked,
    new_reference,
    write_once,
)
from billing_sdk.crmcom import _generated as g
from billing_sdk.crmcom import _inputs as inp
from billing_sdk.crmcom._auth import CRMCOM_TOKEN_PLACEHOLDER as TOKEN
from billing_sdk.crmcom._errors import CrmComError, envelope_ok
from billing_sdk.crmcom._inputs import (
    AccountsReceivableId,
    BillId,
    CardId,
    CategoryId,
    CurrencyId,
    DateLike,
    FieldsSet,
    InvoiceId,
    PaymentMethodId,
    PaymentPreferenceId,
    PaymentRef,
    RejectionReasonId,
    TypeId,
    UnitId,
    UserId,
    WalletId,
)

_DRAFT = g.PaymentLifeCycleState.DRAFT
_POSTED = g.PaymentLifeCycleState.POSTED
#: Life-cycle states a transition's ``expect`` may name (``None`` skips the check).
ExpectState = g.PaymentLifeCycleState | str | None
_SHORT_FIELDS = inp.wire_fields(g.PaymentShort)


def _as_short(payment: g.PaymentComplete, fields: str | None) -> g.PaymentShort:
    """The ``PaymentShort`` a write would have answered with, from a payment read back."""
    keep = set(_SHORT_FIELDS)
    if isinstance(fields, str):
        keep &= {name.split(".")[0] for name in fields.split(",")}
    data = {key: value for key, value in payment.to_dict().items() if key in keep}
    return g.PaymentShort.from_dict(data)


def _code_reused(error: BillingError) -> bool:
    # CRM.COM refuses a back office code that is already used: answering a re-send, that
    # means the earlier send landed after all.
    return isinstance(error, CrmComError) and error.code == "DUPLICATE_BACK_OFFICE_CODE"


def _moved_on(error: BillingError) -> bool:
    # CRM.COM refuses a transition of a payment that has left the state it starts from:
    # answering a re-send, that may mean the earlier send landed after all (it was still on
    # its way when the payment was read back).
    return isinstance(error, CrmComError) and error.code == "INVALID_LIFE_CYCLE_STATE"


def _named(ident: Mapping[str, Any], stored: list[dict[str, Any]], wanted: int) -> bool:
    """Whether ``stored`` (a payment's invoices or bills) holds the one ``ident`` names; an
    identifier field the read-back objects do not carry (a back office code) is taken as
    matched when at least as many objects came back as were sent."""
    (field, value), *_ = ident.items()
    if not any(field in item for item in stored):
        return len(stored) >= wanted
    return any(item.get(field) == value for item in stored)


def _state_of(payment: g.PaymentComplete) -> str:
    state = payment.life_cycle_state
    # An unknown state the server sent is kept as its own string (open enums).
    return str(state) if isinstance(state, str) else "UNKNOWN"


def _expected(expect: ExpectState, needed: g.PaymentLifeCycleState, action: str) -> str | None:
    """The state to check before ``action`` (``None``: don't check); only ``needed`` fits."""
    if expect is None:
        return None
    state = v.enum_value(g.PaymentLifeCycleState, expect, "expect")
    if state is not needed:
        raise ValidationError(
            f"{action} needs a {needed.value} payment: expect must be {needed.value!r} or None",
            field="expect",
        )
    return state.value


def _received_and_more(
    *,
    category: CategoryId | None,
    received_on: DateLike | None,
    received_by_user: UserId | None,
    received_by_unit: UnitId | None,
    received_by_business_unit: UnitId | None,
    card: CardId | None,
    payment_preference: PaymentPreferenceId | None,
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
        "received_on": None
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

    @functools.cached_property
    def safe_writes(self) -> SafeWriteStats:
        """What the safe-write loop did for this client's payment writes (duplicates
        prevented, re-sends, lookups, transitions refused before sending)."""
        return SafeWriteStats()

    async def _short(self, request: dict[str, Any], parse: Callable[..., object]) -> g.PaymentShort:
        result = await self._engine.send(request, parse, ok=envelope_ok)
        return expect(result.parsed, g.PaymentShortResponse, result).data

    async def _current(self, ident: dict[str, str]) -> g.PaymentComplete:
        """The payment as it is now (``payments/show``)."""
        op = g.payments_show
        request = op._get_kwargs(token=TOKEN, payment_identifier=inp.flat(ident))
        result = await self._engine.send(request, op._parse_response, ok=envelope_ok)
        return expect(result.parsed, g.PaymentResponse, result).data

    async def _create_once(
        self,
        request: dict[str, Any],
        parse: Callable[..., object],
        *,
        code: str,
        fields: str | None,
        action: str,
    ) -> g.PaymentShort:
        """Send a create carrying ``back_office_code=code``; after a lost answer, look it up
        by that code before sending it again."""

        async def lookup() -> Found[g.PaymentShort] | None:
            try:
                found = await self._current({"back_office_code": code})
            except NotFound:
                return None
            return Found(_as_short(found, fields))

        return await write_once(
            lambda: self._short(request, parse),
            lookup,
            reference=code,
            what=f"CRM.COM payments/{action}",
            stats=self.safe_writes,
            earlier_landed=_code_reused,
        )

    async def _check_state(self, ident: dict[str, str], expected: str | None, action: str) -> None:
        """Refuse with ``StateError`` before sending unless the payment is ``expected``.

        Not atomic with the write that follows (CRM.COM has no ETags); the server's own
        life-cycle rule still refuses a payment that changed in between (``Conflict``).
        """
        if expected is None:
            return
        actual = _state_of(await self._current(ident))
        if actual != expected:
            self.safe_writes.state_refused += 1
            raise StateError(
                f"cannot {action} payment {inp.flat(ident)}: it is {actual}, not {expected} "
                "(nothing was sent)",
                expected=expected,
                actual=actual,
            )

    async def _transition(
        self,
        send: Callable[[], Awaitable[g.PaymentShort]],
        ident: dict[str, str],
        *,
        action: str,
        source: str | None,
        expected: str | None,
        target: g.PaymentLifeCycleState,
        fields: str | None,
    ) -> g.PaymentShort:
        """Check the state, send once; after a lost answer the payment's state says whether
        it landed (``target``: yes; ``source``: no, send again; anything else: unknown)."""
        await self._check_state(ident, expected, action)

        async def lookup() -> Found[g.PaymentShort] | None:
            current = await self._current(ident)
            state = _state_of(current)
            if state == target.value:
                return Found(_as_short(current, fields))
            if state == source:
                return None
            raise StateError(
                f"payment {inp.flat(ident)} is now {state}", expected=target.value, actual=state
            )

        return await write_once(
            send,
            lookup,
            reference=inp.flat(ident),
            what=f"CRM.COM payments/{action}",
            stats=self.safe_writes,
            earlier_landed=_moved_on,
        )

    async def create(
        self,
        *,
        amount: Decimal | int | str,
        type: TypeId,
        payment_method: PaymentMethodId,
        accounts_receivable: AccountsReceivableId | None = None,
        wallet: WalletId | None = None,
        life_cycle_state: g.CreatablePaymentLifeCycleState | str = "DRAFT",
        category: CategoryId | None = None,
        intended_currency: CurrencyId | None = None,
        received_on: DateLike | None = None,
        received_by_user: UserId | None = None,
        received_by_unit: UnitId | None = None,
        received_by_business_unit: UnitId | None = None,
        card: CardId | None = None,
        payment_preference: PaymentPreferenceId | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        invoices: Iterable[InvoiceId] | None = None,
        bills: Iterable[Mapping[str, Any]] | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Create a payment, DRAFT by default (``life_cycle_state="POSTED"`` posts it at once).

        Exactly one of ``accounts_receivable`` and ``wallet``; at most one of
        ``received_by_unit`` and ``received_by_business_unit``. ``invoices`` are invoice
        identifiers and ``bills`` mappings ``{"bill": {...}, "payment_code": ...,
        "bill_number_check_digit": ..., ...}`` the payment is intended to pay.

        ``invoices`` and ``bills`` travel in fields whose names no public source confirms
        (``invoices_to_pay_set``, ``bills_to_pay_set``), so the payment is read back after
        the create: if it is not allocated to each of them, ``WriteNotApplied`` is raised (the
        payment exists; ``error.written`` is it as stored). ``pay_invoice``/``pay_bill`` use
        documented fields and need no such check.

        ``back_office_code`` must be unique; without one the SDK sets a fresh ``SDK-...``
        code. With your own code the create is idempotent: a payment that already carries it
        is returned (``ReferenceConflict`` when its account or amount differs), so a re-run
        books nothing new. If the answer is lost (timeout, dropped connection, 5xx) the
        payment is looked up by that code and returned if it landed; only a payment proven
        absent is sent again. ``OutcomeUnknown`` (``landed=None``) means even the lookup
        failed: look for ``back_office_code`` before creating it again.

        Example::

            draft = await crm.payments.create(
                accounts_receivable={"number": "AR0001"},
                type={"name": "Payment"},
                payment_method={"name": "Cash"},
                amount=Decimal("25.00"),
            )
        """
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=True)
        code = back_office_code if back_office_code is not None else new_reference()
        fields = inp.fields_set(fields_set, g.PaymentShort)
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
            fields_set=fields,
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=code,
                udf=udf,
            ),
        )
        if back_office_code is None:
            return await self._create(body, code, fields)
        # The caller's own code: one payment per code, across workers (the claim) and
        # across runs (the payment already there is returned).
        async with self._engine.guard(code):
            existing = await self._existing(code, body, account)
            if existing is not None:
                return _as_short(existing, fields)
            return await self._create(body, code, fields)

    async def _existing(
        self, code: str, body: g.PaymentCreateRequest, account: dict[str, str] | None
    ) -> g.PaymentComplete | None:
        """The payment that already carries ``code``, or None; ``ReferenceConflict`` when it
        is for another account or amount."""
        try:
            found = await self._current({"back_office_code": code})
        except NotFound:
            return None
        stored = found.accounts_receivable
        held = {} if stored is None else stored.to_dict()
        given = account or {}
        amount = found.payment_amount
        differs = {
            "account": any(key in held and str(held[key]) != value for key, value in given.items()),
            "amount": isinstance(amount, Decimal) and amount != body.payment_amount,
        }
        already_booked(self.safe_writes, str(found.id), "back office code", code, differs)
        return found

    async def _create(
        self, body: g.PaymentCreateRequest, code: str, fields: str | None
    ) -> g.PaymentShort:
        op = g.payments_create
        created = await self._create_once(
            op._get_kwargs(body=body), op._parse_response, code=code, fields=fields, action="create"
        )
        if body.invoices_to_pay_set or body.bills_to_pay_set:
            await self._verify_allocation(code, body)
        return created

    async def _verify_allocation(self, code: str, body: g.PaymentCreateRequest) -> None:
        """Read the new payment back and check it names every invoice and bill it was sent
        with: the names of those create fields are lost in the vendor's page (the spec's are
        an assumption), and a server ignores fields it does not know, which would leave the
        payment unallocated without a word. ``WriteNotApplied`` says so instead."""
        stored = await self._current({"back_office_code": code})
        for field, sent, key in (
            ("invoices_to_pay_set", body.invoices_to_pay_set, "invoice_identifier"),
            ("bills_to_pay_set", body.bills_to_pay_set, "bill_identifier"),
        ):
            if not sent:
                continue
            wanted = [item.to_dict()[key] for item in sent]
            found = getattr(stored, field, None)
            have = [] if found is None else [item.to_dict() for item in found]
            missing = [ident for ident in wanted if not _named(ident, have, len(wanted))]
            if missing:
                raise WriteNotApplied(
                    f"payment {code!r} was created, but read back it is not allocated to "
                    f"{missing} ({field}): the server ignored the allocation. Do not create it "
                    "again; cancel it or allocate it another way (pay_invoice / pay_bill)",
                    field=field,
                    reference=code,
                    written=stored,
                )

    async def update(
        self,
        payment: PaymentRef,
        *,
        amount: Decimal | int | str | None = None,
        type: TypeId | None = None,
        payment_method: PaymentMethodId | None = None,
        accounts_receivable: AccountsReceivableId | None = None,
        wallet: WalletId | None = None,
        category: CategoryId | None = None,
        intended_currency: CurrencyId | None = None,
        received_on: DateLike | None = None,
        received_by_user: UserId | None = None,
        received_by_unit: UnitId | None = None,
        received_by_business_unit: UnitId | None = None,
        card: CardId | None = None,
        payment_preference: PaymentPreferenceId | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
        expect: ExpectState = _DRAFT,
    ) -> g.PaymentShort:
        """Change a DRAFT payment; only the fields given change.

        The payment is read first and ``StateError`` raised (nothing sent) unless it is
        ``expect`` (DRAFT; ``expect=None`` skips the read and leaves the check to the server,
        which answers ``Conflict``). An update that lost its answer is not re-sent: its
        error says ``landed=None``, and sending the same fields again is harmless.

        Example::

            await crm.payments.update(draft, amount=Decimal("30.00"), notes="corrected")
        """
        ident = inp.payment_ref(payment)
        expected = _expected(expect, _DRAFT, "update")
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=False)
        changes: dict[str, Any] = {
            "payment_amount": None if amount is None else inp.amount(amount),
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
        if all(value is None for value in changes.values()):
            raise ValidationError("update needs at least one field to change")
        body = g.PaymentUpdateRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**ident),
            fields_set=inp.fields_set(fields_set, g.PaymentShort),
            **changes,
        )
        await self._check_state(ident, expected, "update")
        op = g.payments_update
        return await self._short(op._get_kwargs(body=body), op._parse_response)

    async def post(
        self,
        payment: PaymentRef,
        *,
        expect: ExpectState = _DRAFT,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Post a DRAFT payment: it gets its ``number`` and ``posted_on``.

        The payment is read first and ``StateError`` raised (nothing sent) unless it is
        ``expect`` (DRAFT; ``expect=None`` skips the read). If the answer is lost, the
        payment is read again: POSTED means the post landed and it is returned.

        Example::

            posted = await crm.payments.post(draft, expect="DRAFT")
        """
        ident = inp.payment_ref(payment)
        expected = _expected(expect, _DRAFT, "post")
        fields = inp.fields_set(fields_set, g.PaymentShort)
        body = g.PaymentPostRequest(
            token=TOKEN, payment_identifier=g.PaymentIdentifier(**ident), fields_set=fields
        )
        op = g.payments_post
        request = op._get_kwargs(body=body)
        return await self._transition(
            lambda: self._short(request, op._parse_response),
            ident,
            action="post",
            source=_DRAFT.value,
            expected=expected,
            target=_POSTED,
            fields=fields,
        )

    async def reject(
        self,
        payment: PaymentRef,
        *,
        rejection_reason: RejectionReasonId | None = None,
        expect: ExpectState = _DRAFT,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Reject a DRAFT payment, for ``rejection_reason`` or else the default reason
        (see :meth:`rejection_reasons`).

        Checks ``expect`` (DRAFT) first and reconciles a lost answer like :meth:`post`.
        """
        ident = inp.payment_ref(payment)
        expected = _expected(expect, _DRAFT, "reject")
        fields = inp.fields_set(fields_set, g.PaymentShort)
        body = g.PaymentRejectRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**ident),
            rejection_reason_identifier=inp.build(
                g.RejectionReasonIdentifier,
                inp.optional_identifier(rejection_reason, inp.REJECTION_REASON, "rejection_reason"),
            ),
            fields_set=fields,
        )
        op = g.payments_reject
        request = op._get_kwargs(body=body)
        return await self._transition(
            lambda: self._short(request, op._parse_response),
            ident,
            action="reject",
            source=_DRAFT.value,
            expected=expected,
            target=g.PaymentLifeCycleState.REJECTED,
            fields=fields,
        )

    async def cancel(
        self,
        payment: PaymentRef,
        *,
        type: TypeId,
        category: CategoryId | None = None,
        issue_reason: str | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
        expect: ExpectState = _POSTED,
    ) -> g.PaymentShort:
        """Cancel a POSTED payment: a payment cancellation of ``type`` is created and posted.

        ``back_office_code`` belongs to the cancellation (unique among cancellations). Checks
        ``expect`` (POSTED) first; after a lost answer the payment is read again and
        CANCELLED means the cancellation landed.

        Example::

            await crm.payments.cancel(posted, type={"name": "Payment Cancellation"})
        """
        ident = inp.payment_ref(payment)
        expected = _expected(expect, _POSTED, "cancel")
        fields = inp.fields_set(fields_set, g.PaymentShort)
        body = g.PaymentCancelRequest(
            token=TOKEN,
            payment_identifier=g.PaymentIdentifier(**ident),
            type_identifier=g.TypeIdentifier(**inp.identifier(type, inp.TYPE, "type")),
            category_identifier=inp.build(
                g.CategoryIdentifier, inp.optional_identifier(category, inp.CATEGORY, "category")
            ),
            issue_reason=inp.text(issue_reason, "issue_reason", max_length=4000),
            notes=inp.text(notes, "notes", max_length=4000),
            back_office_code=inp.back_office_code(back_office_code),
            fields_set=fields,
            **inp.udf(udf),
        )
        op = g.payments_cancel
        request = op._get_kwargs(body=body)
        return await self._transition(
            lambda: self._short(request, op._parse_response),
            ident,
            action="cancel",
            source=_POSTED.value,
            expected=expected,
            target=g.PaymentLifeCycleState.CANCELLED,
            fields=fields,
        )

    async def pay_bill(
        self,
        *,
        bill: BillId,
        type: TypeId,
        payment_method: PaymentMethodId,
        accounts_receivable: AccountsReceivableId | None = None,
        wallet: WalletId | None = None,
        payment_code: int | None = None,
        bill_number_check_digit: int | None = None,
        accounts_receivable_check_digit: int | None = None,
        bill_amount_check_digit: int | None = None,
        category: CategoryId | None = None,
        received_on: DateLike | None = None,
        received_by_user: UserId | None = None,
        received_by_unit: UnitId | None = None,
        received_by_business_unit: UnitId | None = None,
        card: CardId | None = None,
        payment_preference: PaymentPreferenceId | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Pay the whole outstanding amount of one bill; the payment is created POSTED.

        Exactly one of ``accounts_receivable`` and ``wallet``. When the bill carries a payment
        code and check digits they must be given and match (``BadRequest`` otherwise); a bill
        with nothing outstanding raises ``Conflict``. Like :meth:`create`, it always carries a
        ``back_office_code`` (yours or a fresh ``SDK-...`` one) and reconciles a lost answer
        by it before sending again. (No bill state is checked first: the payments API cannot
        read bills; CRM.COM's own ``NO_OUTSTANDING_AMOUNT`` refusal is the guard.)

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
        code = back_office_code if back_office_code is not None else new_reference()
        fields = inp.fields_set(fields_set, g.PaymentShort)
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
            fields_set=fields,
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=code,
                udf=udf,
            ),
        )
        op = g.payments_pay_bill
        return await self._create_once(
            op._get_kwargs(body=body),
            op._parse_response,
            code=code,
            fields=fields,
            action="pay_bill",
        )

    async def pay_invoice(
        self,
        *,
        invoice: InvoiceId,
        type: TypeId,
        payment_method: PaymentMethodId,
        accounts_receivable: AccountsReceivableId | None = None,
        wallet: WalletId | None = None,
        category: CategoryId | None = None,
        received_on: DateLike | None = None,
        received_by_user: UserId | None = None,
        received_by_unit: UnitId | None = None,
        received_by_business_unit: UnitId | None = None,
        card: CardId | None = None,
        payment_preference: PaymentPreferenceId | None = None,
        notes: str | None = None,
        back_office_code: str | None = None,
        udf: Mapping[str, object] | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentShort:
        """Pay the whole outstanding amount of one invoice; the payment is created POSTED.

        Exactly one of ``accounts_receivable`` and ``wallet``; an invoice with nothing
        outstanding raises ``Conflict``. Reconciles a lost answer by ``back_office_code``
        like :meth:`pay_bill`.
        """
        account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=True)
        code = back_office_code if back_office_code is not None else new_reference()
        fields = inp.fields_set(fields_set, g.PaymentShort)
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
            fields_set=fields,
            **_received_and_more(
                category=category,
                received_on=received_on,
                received_by_user=received_by_user,
                received_by_unit=received_by_unit,
                received_by_business_unit=received_by_business_unit,
                card=card,
                payment_preference=payment_preference,
                notes=notes,
                back_office_code=code,
                udf=udf,
            ),
        )
        op = g.payments_pay_invoice
        return await self._create_once(
            op._get_kwargs(body=body),
            op._parse_response,
            code=code,
            fields=fields,
            action="pay_invoice",
        )
