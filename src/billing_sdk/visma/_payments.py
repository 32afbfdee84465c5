"""``visma.customer_payments``: the CustomerPayment API (AR302000).

Creates are safe against lost answers: Visma has no idempotency key, so every create carries a
``paymentRef`` (the caller's, or a fresh ``SDK-...`` one) and, when its answer is lost, the SDK
looks for that reference before sending again (:func:`~billing_sdk._safe_create.write_once`).
The payment list cannot filter by ``paymentRef``; the narrowest filters it has are the customer,
the type and ``lastModifiedDateTime`` (a new payment's is its creation time), and the reference
is matched on the rows that come back.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

import attrs

from billing_sdk import _validation as v
from billing_sdk._engine import Result
from billing_sdk._errors import (
    BadRequest,
    BillingError,
    DecodeError,
    ValidationError,
)
from billing_sdk._fanout import map as bulk_map
from billing_sdk._fanout_types import BulkOptions, Outcomes
from billing_sdk._modify import DEFAULT_MODIFY_ATTEMPTS, Modified
from billing_sdk._safe_create import (
    Found,
    SafeWriteStats,
    already_booked,
    new_reference,
    write_once,
)
from billing_sdk.visma import _generated as g
from billing_sdk.visma._actions import Action, ActionKind, text_of
from billing_sdk.visma._base import Resource, if_match_header, number, number_from_location
from billing_sdk.visma._filters import build_filters, filter_names
from billing_sdk.visma._jobs import Job
from billing_sdk.visma._operations import (
    OPERATIONS,
    B,
    CallMode,
    VismaCall,
    call_mode,
    on_await,
)
from billing_sdk.visma._typed import PaymentFields, PaymentFilters
from billing_sdk.visma._updates import build_update

if TYPE_CHECKING:
    from billing_sdk.visma._context import VismaContext

_LIST = OPERATIONS["customer_payments.page"]
_GET = OPERATIONS["customer_payments.get"]
_CREATE = OPERATIONS["customer_payments.create"]
_PUT = OPERATIONS["customer_payments.update"]
_RELEASE = OPERATIONS["customer_payments.release"]
_VOID = OPERATIONS["customer_payments.void"]
_FILTERS = filter_names(_LIST.module._get_kwargs)
R = TypeVar("R")

#: One page of a list (``list`` is a method name inside the resource class).
PaymentPage = list[g.PaymentDto]

PaymentChanges = PaymentFields | g.PaymentUpdateDto
#: A payment action (release, void): ``await`` it for the payment once it shows the action done.
PaymentAction = Action[R, g.PaymentDto]

#: How far back (from the client's UTC clock) the reconciling lookup's ``lastModifiedDateTime``
#: filter reaches. Visma's timestamps are company-local without an offset, and a company can be
#: anywhere from UTC-12 to UTC+14: 12 hours cover every zone, one more covers clock skew and
#: a daylight-saving shift. Everything newer than that is read, so the window errs wide.
RECONCILE_LOOKBACK = dt.timedelta(hours=13)
#: How far back a create with the caller's own ``paymentRef`` looks for an earlier run's
#: payment (two days: last night's run, whatever the company's time zone).
IDEMPOTENCY_LOOKBACK = dt.timedelta(hours=48)


class CustomerPayments(Resource):
    """Customer payments: list, read, create, update, release and void.

    Every call takes ``background=True`` (or ``"subscription[:k=v]"``) to run as a Visma
    background job and return a :class:`~billing_sdk.visma.Job` of the same result type.
    """

    _prefix = "customer_payments."
    _noun = "payment"
    _put_op = _PUT

    def __init__(self, context: VismaContext) -> None:
        super().__init__(context)
        #: What the safe-write loop did for this client's payment creates.
        self.safe_writes = SafeWriteStats()
        self._release_action: ActionKind[g.ReleasePaymentActionResultDto, g.PaymentDto] = (
            self._action_kind(_RELEASE.name, _released)
        )
        self._void_action: ActionKind[g.VoidPaymentActionResultDto, g.PaymentDto] = (
            self._action_kind(_VOID.name, _voided)
        )

    # -- how a result is read back ------------------------------------------------------------

    async def _created_in_job(
        self, result: Result[Any], reference: Mapping[str, Any]
    ) -> g.PaymentDto:
        """A backgrounded create whose job's state reports no ``Location``: the payment
        found by the ``paymentRef`` the call sent."""
        ref, since = reference.get("payment_ref"), reference.get("since")
        if isinstance(ref, str) and isinstance(since, str):
            customer, kind = reference.get("customer"), reference.get("type")
            found = await self.find_by_payment_ref(
                ref,
                customer=customer if isinstance(customer, str) else None,
                payment_type=kind if isinstance(kind, str) else None,
                since=dt.datetime.fromisoformat(since),
            )
            if len(found) == 1:
                return found[0]
        raise DecodeError(
            f"the payment was created (HTTP {result.status}), but the job's state reports no "
            f"Location and paymentRef {ref!r} finds no single payment: look it up before "
            "creating it again",
            status=result.status,
            landed=True,
        )

    async def _read(self, payment_number: str) -> g.PaymentDto:
        return await self.get(payment_number)

    # -- reads ------------------------------------------------------------------------------

    def list(
        self, *, page_size: int = 100, **filters: Unpack[PaymentFilters]
    ) -> AsyncIterator[g.PaymentDto]:
        """Iterate over payments matching ``filters``, fetching pages lazily.

        Filters are the list operation's query parameters by their Python names, e.g.
        ``status="Open"``, ``customer="10001"``, ``doc_date=date(2024, 1, 1),
        doc_date_condition=">="``. The page size is clamped to the server's ``maxPageSize``.
        """
        return self._paginate(
            self.get_page, page_size, build_filters(_FILTERS, filters), _payment_key
        )

    @on_await
    def get_page(
        self,
        page_number: int,
        page_size: int,
        *,
        background: B | Literal[False] = False,
        **filters: Any,
    ) -> VismaCall[PaymentPage, B]:
        """One page of payments (``list`` iterates over all of them)."""
        return self._page(_LIST, _FILTERS, page_number, page_size, background, filters)

    @on_await
    def get(
        self, payment_number: str, *, background: B | Literal[False] = False
    ) -> VismaCall[g.PaymentDto, B]:
        """One payment; its version for ``if_match`` is ``payment.time_stamp``."""
        return self._by_number(_GET, payment_number, "payment_number", background)

    # -- writes -----------------------------------------------------------------------------

    @on_await
    def create(
        self, payment: PaymentChanges, *, background: B | Literal[False] = False
    ) -> VismaCall[g.PaymentDto, B]:
        """Create a payment and return it as stored (read back through ``Location``).

        ``payment`` is a mapping of plain values by Python field name (``{"type": "Payment",
        "customer": "10001", "payment_amount": Decimal("100.00"), ...}``) or a
        ``PaymentUpdateDto``.

        Safe create: without a ``payment_ref`` the SDK sets a fresh ``SDK-...`` one (yours
        must be unique among the customer's recent payments). If the answer is lost (timeout,
        dropped connection, 5xx), the customer's recently modified payments are searched for
        that reference and the payment is returned if it landed; only a payment proven absent
        is sent again. ``OutcomeUnknown`` (``landed=None``) means even the lookup failed: use
        :meth:`find_by_payment_ref` before creating it again. Background creates
        (``background=...``) return a job and are not reconciled.
        """
        body = _create_body(payment)
        return VismaCall(self._create_once(body, call_mode(_CREATE, background)))

    async def _create_once(
        self, body: g.PaymentCreateDto, mode: CallMode
    ) -> g.PaymentDto | Job[g.PaymentDto]:
        ref = _text_of(body.payment_ref)
        if ref is not None:
            # The caller's own reference: one create per reference, across workers (the
            # claim) and across runs (the payment found at Visma is returned).
            async with self._engine.guard(ref):
                existing = await self._existing(ref, body)
                if existing is not None:
                    if not mode.returns_job:
                        return existing
                    kind = self._context.kinds[_CREATE.name]
                    return Job.answered(self._context, str(existing.ref_nbr), kind, existing)
                return await self._create(body, ref, mode)
        ref = new_reference()
        body = _with_payment_ref(body, ref)
        return await self._create(body, ref, mode)

    async def _existing(self, ref: str, body: g.PaymentCreateDto) -> g.PaymentDto | None:
        """The payment already carrying ``ref`` (created by an earlier run or another
        worker), or None; ``ReferenceConflict`` when it is for another customer or amount."""
        customer = _text_of(body.customer)
        amount = getattr(body.payment_amount, "value", None)
        since = dt.datetime.now(dt.UTC).replace(tzinfo=None) - IDEMPOTENCY_LOOKBACK
        # Not narrowed by customer: a payment of another customer with this reference is a
        # conflict to report, not a reason to book a second one.
        found = await self.find_by_payment_ref(ref, since=since)
        if not found:
            return None
        payment = found[0]
        number = getattr(payment.customer, "number", None)
        differs = {
            "customer": customer is not None and isinstance(number, str) and number != customer,
            "amount": isinstance(amount, Decimal)
            and not _same_amount(payment.payment_amount, amount),
        }
        already_booked(self.safe_writes, str(payment.ref_nbr), "paymentRef", ref, differs)
        return payment

    async def _create(
        self, body: g.PaymentCreateDto, ref: str, mode: CallMode
    ) -> g.PaymentDto | Job[g.PaymentDto]:
        request = _CREATE.module._get_kwargs(body=body, erp_api_background=mode.header)
        customer = _text_of(body.customer)
        kind = getattr(body.type_, "value", None)
        kind = kind if isinstance(kind, g.PaymentTypes) else None
        amount = getattr(body.payment_amount, "value", None)
        amount = amount if isinstance(amount, Decimal) else None
        # Taken before the first send: the payment's lastModifiedDateTime cannot be older.
        since = dt.datetime.now(dt.UTC).replace(tzinfo=None) - RECONCILE_LOOKBACK
        if mode.queued:
            # What finds the payment if the job's state reports no Location.
            found_by = {"payment_ref": ref, "customer": customer, "since": since.isoformat()}
            if kind is not None:
                found_by["type"] = kind.value
            job: Job[g.PaymentDto] = await self._call(
                _CREATE, request, mode, reference=ref, job_reference=found_by
            )
            return job

        async def send() -> g.PaymentDto:
            result = await self._engine.send(request, _CREATE.parse)
            try:
                return await self.get(number_from_location(result.headers))
            except BillingError as exc:
                exc.landed = True  # the 201 arrived: only reading the payment back failed
                raise

        async def lookup() -> Found[g.PaymentDto] | None:
            found = [
                p
                for p in await self.find_by_payment_ref(
                    ref, customer=customer, payment_type=kind, since=since
                )
                if _same_amount(p.payment_amount, amount)
            ]
            if len(found) > 1:
                numbers = ", ".join(str(p.ref_nbr) for p in found)
                raise DecodeError(f"payments {numbers} all carry paymentRef {ref!r}")
            return Found(found[0]) if found else None

        return await write_once(
            send,
            lookup,
            reference=ref,
            what="Visma customer payment create",
            stats=self.safe_writes,
        )

    async def find_by_payment_ref(
        self,
        payment_ref: str,
        *,
        customer: str | None = None,
        payment_type: g.PaymentTypes | str | None = None,
        since: dt.datetime | None = None,
    ) -> builtins.list[g.PaymentDto]:
        """The payments whose ``paymentRef`` is ``payment_ref`` and that were modified since
        ``since`` (naive company-local time; default: :data:`RECONCILE_LOOKBACK` before now in
        UTC, which is early enough for any company time zone).

        Visma cannot filter by ``paymentRef``: the list is narrowed by ``customer``,
        ``payment_type`` and ``lastModifiedDateTime >= since`` and the reference matched on
        the rows that come back, so give ``customer`` whenever you can.
        """
        ref = v.text(payment_ref, "payment_ref", max_length=255, allow_empty=False)
        when = since or dt.datetime.now(dt.UTC).replace(tzinfo=None) - RECONCILE_LOOKBACK
        filters: PaymentFilters = {
            # The filter takes whole seconds (``yyyy-MM-dd HH:mm:ss``).
            "last_modified_date_time": when.replace(microsecond=0, tzinfo=None),
            "last_modified_date_time_condition": ">=",
        }
        if customer is not None:
            filters["customer"] = customer
        if payment_type is not None:
            filters["payment_type"] = payment_type
        return [p async for p in self.list(**filters) if p.payment_ref == ref]

    def update(
        self,
        payment_number: str,
        changes: PaymentChanges,
        *,
        if_match: str | None = None,
        background: B | Literal[False] = False,
    ) -> VismaCall[str | None, B]:
        """Change only the given fields; returns the new version (``ETag``).

        With ``if_match`` (a ``time_stamp``/``ETag`` from a read) the write only happens if
        nobody changed the payment since; otherwise ``PreconditionFailed`` is raised.
        """
        return VismaCall(
            self._updated(
                g.PaymentUpdateDto, changes, payment_number, "payment_number", if_match, background
            )
        )

    async def modify(
        self,
        payment_number: str,
        change: Callable[[g.PaymentDto], PaymentChanges | Awaitable[PaymentChanges]],
        *,
        attempts: int = DEFAULT_MODIFY_ATTEMPTS,
    ) -> Modified[g.PaymentDto]:
        """Read, apply ``change(current)``, write with ``If-Match``; on a 412 do it again.

        ``change`` returns the fields to set (like :meth:`update`); it may be async and may
        raise to refuse after seeing the current state (nothing is written then). Concurrent
        ``modify`` calls on one payment from this client queue up; across clients and
        processes ``If-Match`` keeps every update. Raises ``PreconditionFailed`` only when
        ``attempts`` writes in a row lost the race.
        """
        key = number(payment_number, "payment_number")
        return await self._modify(
            key,
            lambda: self.get(key),
            lambda changes: build_update(g.PaymentUpdateDto, changes),
            change,
            attempts,
        )

    @on_await
    def release(
        self,
        payment_number: str,
        *,
        if_match: str | None = None,
        background: B | Literal[False] = False,
        payment_type: g.PaymentTypes | str = g.PaymentTypes.PAYMENT,
    ) -> VismaCall[PaymentAction[g.ReleasePaymentActionResultDto], B]:
        """Release a payment (applies its lines to the invoices).

        Visma accepts the release at once and runs it in the background: the returned
        :class:`~billing_sdk.visma.Action` says so (``status`` ``"Queued"``, ``"Done"``...),
        and ``await action`` returns the payment once it shows released (Open or Closed).
        ``payment_type`` is the document type being released (``Payment`` by default).
        """
        kind = v.enum_value(g.PaymentTypes, payment_type, "payment_type")
        key = number(payment_number, "payment_number")
        mode = call_mode(_RELEASE, background)
        request = _RELEASE.module._get_kwargs(
            key,
            body=g.ReleasePaymentActionDto(type_=g.DtoValueOfNullableOfPaymentTypes(value=kind)),
            if_match=if_match_header(if_match),
            erp_api_background=mode.header,
        )
        return VismaCall(self._act(self._release_action, key, mode, request))

    @on_await
    def void(
        self,
        payment_number: str,
        *,
        if_match: str | None = None,
        background: B | Literal[False] = False,
        payment_type: g.PaymentTypes | str = g.PaymentTypes.PAYMENT,
    ) -> VismaCall[PaymentAction[g.VoidPaymentActionResultDto], B]:
        """Void a released payment (its applications are reversed); ``await`` the returned
        action for the payment once it shows Voided.

        The void body's ``type`` is sent plain (``{"type": "Payment"}``), as the vendor's
        schema has it; a public client sends it wrapped (``{"type": {"value": ...}}``), so a
        400 that names ``type`` makes the SDK send the wrapped form once, and keep using the
        form the server took (a 400 changed nothing). If both are refused, the second
        ``BadRequest`` is raised.
        """
        kind = v.enum_value(g.PaymentTypes, payment_type, "payment_type")
        key = number(payment_number, "payment_number")
        mode = call_mode(_VOID, background)
        version = if_match_header(if_match)

        def request(wrap: bool) -> dict[str, Any]:
            body = g.VoidPaymentActionDto(
                type_=g.DtoValueOfNullableOfPaymentTypes(value=kind) if wrap else kind
            )
            return _VOID.module._get_kwargs(  # type: ignore[no-any-return]
                key, body=body, if_match=version, erp_api_background=mode.header
            )

        async def void() -> Any:
            learned = self._context.learned
            wrapped = learned.void_type_wrapped
            try:
                return await self._act(self._void_action, key, mode, request(wrapped))
            except BadRequest as refused:
                if not _names_the_type_field(refused):
                    raise
            answer = await self._act(self._void_action, key, mode, request(not wrapped))
            learned.void_type_wrapped = not wrapped
            return answer

        return VismaCall(void())

    # -- bulk (thin: billing_sdk.bulk does the work) ------------------------------------------

    async def get_many(
        self,
        payment_numbers: Iterable[str] | AsyncIterable[str],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[str, g.PaymentDto]:
        """Read many payments concurrently: one :class:`~billing_sdk.bulk.Outcome` per number,
        in input order. ``options`` are those of :func:`billing_sdk.bulk.map`.
        """
        return await bulk_map(self.get, payment_numbers, **options)

    async def create_many(
        self,
        payments: Iterable[PaymentChanges] | AsyncIterable[PaymentChanges],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[PaymentChanges, g.PaymentDto]:
        """Create many payments concurrently (each as :meth:`create` takes it); one outcome per
        payment, in input order. A failed outcome whose error has ``landed is None`` may have
        been created: look it up (by its ``payment_ref``) before sending it again.
        """
        return await bulk_map(self.create, payments, **options)

    async def release_many(
        self,
        payment_numbers: Iterable[str] | AsyncIterable[str],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[str, PaymentAction[g.ReleasePaymentActionResultDto]]:
        """Release many payments concurrently; one outcome per number, in input order (each
        an accepted :class:`~billing_sdk.visma.Action`; await it for the released payment)."""
        return await bulk_map(self.release, payment_numbers, **options)


def _released(payment: g.PaymentDto) -> bool:
    return text_of(payment.status) in ("open", "closed")


def _voided(payment: g.PaymentDto) -> bool:
    return text_of(payment.status) == "voided"


_TYPE_FIELD = re.compile(r"(?<![A-Za-z])type(?![A-Za-z])", re.IGNORECASE)


def _names_the_type_field(error: BadRequest) -> bool:
    """A 400 whose message speaks of the body's ``type`` (the void body's disputed field)."""
    return bool(_TYPE_FIELD.search(error.vendor_message or ""))


def _payment_key(payment: g.PaymentDto) -> object:
    # A payment is its type and number (a VoidPayment shares its payment's number).
    number = payment.ref_nbr if isinstance(payment.ref_nbr, str) else repr(payment.to_dict())
    return (str(payment.type_), number)


def _text_of(value: Any) -> str | None:
    """The text inside a ``{"value": ...}`` update wrapper, if one is set."""
    text = getattr(value, "value", None)
    return text if isinstance(text, str) and text else None


def _create_body(payment: PaymentChanges) -> g.PaymentCreateDto:
    """The create body: the changes, with the customer number the server cannot default."""
    update = build_update(g.PaymentUpdateDto, payment)
    if _text_of(update.customer) is None:
        raise ValidationError(
            "customer (the customer number) is required to create a payment", field="customer"
        )
    return g.PaymentCreateDto.from_dict(update.to_dict())


def _with_payment_ref(body: g.PaymentCreateDto, ref: str) -> g.PaymentCreateDto:
    wrapped = build_update(g.PaymentUpdateDto, {"payment_ref": ref}).payment_ref
    changed = attrs.evolve(body, payment_ref=wrapped)
    # evolve() builds through __init__, which leaves out the extra wire properties and the
    # keys from_dict saw (the nulls to write again).
    changed.additional_properties = dict(body.additional_properties)
    changed._wire_keys = body._wire_keys
    return changed


def _same_amount(found: Decimal | None, sent: Decimal | None) -> bool:
    if sent is None:
        return True  # nothing to compare: the reference alone decides
    return isinstance(found, Decimal) and found == sent  # exact: both are decimals
