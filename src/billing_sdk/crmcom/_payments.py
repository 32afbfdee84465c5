"""``crm.payments``: the payments of accounts receivable (or wallets) and their life cycle.

Every method checks its input first (``ValidationError``, nothing sent), passes the session
placeholder as ``token`` (the session puts the real one in), sends the generated operation
through the engine with :func:`envelope_ok` as the success test, and returns the generated
data model taken out of its ``status/data`` envelope. The reads live here, the writes in
``_payment_writes``.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import TypedDict, Unpack

from billing_sdk import _validation as v
from billing_sdk._engine import Engine, expect
from billing_sdk._fanout import keyword_calls
from billing_sdk._fanout import map as bulk_map
from billing_sdk._fanout_types import BulkOptions, Outcomes
from billing_sdk._pagination import Page, paginate_offset
from billing_sdk.crmcom import _generated as g
from billing_sdk.crmcom import _inputs as inp
from billing_sdk.crmcom._auth import CRMCOM_TOKEN_PLACEHOLDER as TOKEN
from billing_sdk.crmcom._errors import envelope_ok
from billing_sdk.crmcom._inputs import (
    AccountsReceivableId,
    CategoryId,
    FieldsSet,
    PaymentFields,
    PaymentLookup,
    PaymentMethodId,
    TypeId,
    WalletId,
)
from billing_sdk.crmcom._payment_writes import PaymentWrites

_UNSET = g.UNSET


class _Filters(TypedDict):
    """The flattened (``field=value``) filters list and get_latest share, by the generated
    operations' parameter names."""

    accounts_receivable_identifier: str | g.Unset
    wallet_identifier: str | g.Unset
    type_identifier: str | g.Unset
    category_identifier: str | g.Unset
    payment_method_identifier: str | g.Unset


def _filters(
    accounts_receivable: AccountsReceivableId | None,
    wallet: WalletId | None,
    type: TypeId | None,
    category: CategoryId | None,
    payment_method: PaymentMethodId | None,
) -> _Filters:
    account, wallet_id = inp.one_of_pair(accounts_receivable, wallet, required=True)
    method = inp.optional_identifier(payment_method, inp.PAYMENT_METHOD, "payment_method")
    return _Filters(
        accounts_receivable_identifier=inp.flattened(account),
        wallet_identifier=inp.flattened(wallet_id),
        type_identifier=inp.flattened(inp.optional_identifier(type, inp.TYPE, "type")),
        category_identifier=inp.flattened(
            inp.optional_identifier(category, inp.CATEGORY, "category")
        ),
        payment_method_identifier=inp.flattened(method),
    )


async def _in_state(
    payments: AsyncIterator[g.PaymentComplete], state: g.PaymentLifeCycleState
) -> AsyncIterator[g.PaymentComplete]:
    """The payments in ``state``: no source confirms the list's ``life_cycle_state`` filter,
    so a server that ignores it must not hand the caller payments in other states. A payment
    whose state was left out by ``fields_set`` is kept (nothing says it does not match)."""
    async for payment in payments:
        found = payment.life_cycle_state
        if found is None or str(getattr(found, "value", found)) == state.value:
            yield payment


def _payment_key(payment: g.PaymentComplete) -> object:
    # The id names a payment; with ``fields_set`` leaving it out, the whole record does.
    return payment.id if isinstance(payment.id, str) else repr(payment.to_dict())


class Payments(PaymentWrites):
    """Payments (``/crmapi/rest/v2/payments/*``).

    Identifier objects are plain mappings with exactly one field, e.g.
    ``accounts_receivable={"number": "AR0001"}``, ``payment_method={"name": "Cash"}``,
    ``bill={"number": "B7"}``. A payment to act on is such a mapping
    (``{"number": "PAY0001"}``, ``{"back_office_code": "ERP-1"}``, ...) or a payment returned
    earlier. Amounts are ``Decimal`` (or int/str); floats are refused.

    ``fields_set`` (a list of field names) limits the fields returned; fields left out are
    ``None`` on the returned model.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def show(
        self,
        *,
        id: str | None = None,
        number: str | None = None,
        reference_number: str | None = None,
        back_office_code: str | None = None,
        fields_set: FieldsSet | None = None,
    ) -> g.PaymentComplete:
        """One payment, named by exactly one of its id, number, reference number or back
        office code (``NotFound`` if none matches).

        Example::

            payment = await crm.payments.show(back_office_code="ERP-PAY-000001")
        """
        ident = inp.identifier(
            {
                "id": id,
                "number": number,
                "reference_number": reference_number,
                "back_office_code": back_office_code,
            },
            inp.PAYMENT,
            "payment",
        )
        op = g.payments_show
        request = op._get_kwargs(
            token=TOKEN,
            payment_identifier=inp.flat(ident),
            fields_set=inp.query(inp.fields_set(fields_set, g.PaymentComplete)),
        )
        result = await self._engine.send(request, op._parse_response, ok=envelope_ok)
        return expect(result.parsed, g.PaymentResponse, result).data

    def list(
        self,
        *,
        accounts_receivable: AccountsReceivableId | None = None,
        wallet: WalletId | None = None,
        type: TypeId | None = None,
        category: CategoryId | None = None,
        payment_method: PaymentMethodId | None = None,
        life_cycle_state: g.PaymentLifeCycleState | str | None = None,
        page_size: int = 100,
        fields_set: FieldsSet | None = None,
    ) -> AsyncIterator[g.PaymentComplete]:
        """Iterate over the payments of one accounts receivable or one wallet, oldest first.

        Exactly one of ``accounts_receivable`` and ``wallet``; the other filters are optional.
        Pages of ``page_size`` (1..1000) are fetched lazily as you iterate; each payment comes
        once, whether or not the server honours the paging parameters (no public source shows
        them for this method), and ``life_cycle_state`` is checked on the answer too::

            async for payment in crm.payments.list(accounts_receivable={"number": "AR0001"}):
                ...
        """
        found = _filters(accounts_receivable, wallet, type, category, payment_method)
        state = (
            _UNSET
            if life_cycle_state is None
            else v.enum_value(g.PaymentLifeCycleState, life_cycle_state, "life_cycle_state")
        )
        size = inp.count(page_size, "page_size")
        fields = inp.fields_set(fields_set, g.PaymentComplete)

        async def fetch(offset: int, limit: int) -> Page[g.PaymentComplete]:
            op = g.payments_list
            request = op._get_kwargs(
                token=TOKEN,
                **found,
                life_cycle_state=state,
                number_of_results=limit,
                offset=offset,
                fields_set=inp.query(fields),
            )
            result = await self._engine.send(request, op._parse_response, ok=envelope_ok)
            return Page(expect(result.parsed, g.PaymentListResponse, result).data)

        payments = paginate_offset(fetch, page_size=size, key=_payment_key)
        if isinstance(state, g.Unset):
            return payments
        return _in_state(payments, state)

    async def get_latest(
        self,
        number: int,
        *,
        accounts_receivable: AccountsReceivableId | None = None,
        wallet: WalletId | None = None,
        type: TypeId | None = None,
        category: CategoryId | None = None,
        payment_method: PaymentMethodId | None = None,
        fields_set: FieldsSet | None = None,
    ) -> builtins.list[g.PaymentComplete]:
        """The ``number`` (1..1000) latest payments of one accounts receivable or wallet,
        newest first.

        Example::

            latest = await crm.payments.get_latest(2, accounts_receivable={"number": "192"})
        """
        count = inp.count(number, "number")
        found = _filters(accounts_receivable, wallet, type, category, payment_method)
        fields = inp.fields_set(fields_set, g.PaymentComplete)
        op = g.payments_get_latest
        request = op._get_kwargs(token=TOKEN, **found, number=count, fields_set=inp.query(fields))
        result = await self._engine.send(request, op._parse_response, ok=envelope_ok)
        return expect(result.parsed, g.PaymentListResponse, result).data

    async def rejection_reasons(
        self, *, fields_set: FieldsSet | None = None
    ) -> builtins.list[g.RejectionReasonEntry]:
        """The rejection reasons usable in :meth:`reject`; exactly one is the ``default``.

        (``payments/configuration/rejection_reasons/list``.)
        """
        fields = inp.fields_set(fields_set, g.RejectionReasonEntry)
        op = g.payments_configuration_rejection_reasons_list
        request = op._get_kwargs(token=TOKEN, fields_set=inp.query(fields))
        result = await self._engine.send(request, op._parse_response, ok=envelope_ok)
        return expect(result.parsed, g.RejectionReasonListResponse, result).data

    # -- bulk (thin: billing_sdk.bulk does the work) ------------------------------------------

    async def show_many(
        self,
        payments: Iterable[PaymentLookup] | AsyncIterable[PaymentLookup],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[PaymentLookup, g.PaymentComplete]:
        """Read many payments concurrently; each item holds :meth:`show`'s keyword arguments
        (``{"number": "PAY0001"}``, ``{"back_office_code": "ERP-1"}``). One
        :class:`~billing_sdk.bulk.Outcome` per item, in input order; ``options`` are those
        of :func:`billing_sdk.bulk.map`.
        """
        return await bulk_map(keyword_calls(self.show), payments, **options)

    async def create_many(
        self,
        payments: Iterable[PaymentFields] | AsyncIterable[PaymentFields],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[PaymentFields, g.PaymentShort]:
        """Create many payments concurrently; each item holds :meth:`create`'s keyword
        arguments. Give each a unique ``back_office_code``: a failed outcome whose error has
        ``landed is None`` can then be looked up with :meth:`show` before it is sent again.
        """
        return await bulk_map(keyword_calls(self.create), payments, **options)
