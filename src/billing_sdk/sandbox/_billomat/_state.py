"""The Billomat account's state and its business rules (payments only on OPEN notes, ...).

Everything here is synchronous: a handler validates its input first and then calls one method,
so no other request can interleave between a check (note is OPEN) and the write it guards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from billing_sdk.sandbox._billomat._model import ACCOUNT_TZ, Client, CreditNote, Payment
from billing_sdk.sandbox._billomat._seed import API_USER_ID, seed_company

_T = TypeVar("_T")

#: ``order_by`` field -> sort key, per resource (the fields the spec's patterns allow).
PAYMENT_SORT_KEYS: dict[str, Callable[[Payment], Any]] = {
    "id": lambda p: p.id,
    "created": lambda p: p.created,
    "date": lambda p: p.date,
    "amount": lambda p: p.amount,
    "type": lambda p: p.type,
    "credit_note_id": lambda p: p.credit_note_id,
    "user_id": lambda p: p.user_id,
}
CREDIT_NOTE_SORT_KEYS: dict[str, Callable[[CreditNote], Any]] = {
    "id": lambda n: n.id,
    "created": lambda n: n.created,
    "date": lambda n: n.date,
    "client_id": lambda n: n.client_id,
    "credit_note_number": lambda n: n.credit_note_number,
    "status": lambda n: n.status,
    "total_gross": lambda n: n.total_gross,
    "total_net": lambda n: n.total_net,
}

#: ``(field, descending)`` pairs, most significant first.
Ordering = Sequence[tuple[str, bool]]


class BusinessRuleError(Exception):
    """A well-formed request the account refuses (answered with 400)."""


@dataclass(frozen=True)
class NewPayment:
    """A validated create request."""

    credit_note_id: int
    amount: Decimal
    date: dt.date | None = None
    comment: str = ""
    transaction_purpose: str = ""
    type: str = ""
    mark_credit_note_as_paid: bool = False


@dataclass(frozen=True)
class PaymentFilter:
    """Filters of ``GET /api/credit-note-payments`` (AND-combined; ``types`` OR-combined)."""

    credit_note_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: frozenset[str] | None = None
    user_id: int | None = None

    def matches(self, p: Payment) -> bool:
        return (
            (self.credit_note_id is None or p.credit_note_id == self.credit_note_id)
            and (self.date_from is None or p.date >= self.date_from)
            and (self.date_to is None or p.date <= self.date_to)
            and (self.types is None or p.type in self.types)
            and (self.user_id is None or p.user_id == self.user_id)
        )


@dataclass(frozen=True)
class CreditNoteFilter:
    """Filters of ``GET /api/credit-notes``; text filters match a case-insensitive part."""

    client_id: int | None = None
    contact_id: int | None = None
    credit_note_number: str | None = None
    statuses: frozenset[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    label: str | None = None
    intro: str | None = None
    note: str | None = None
    #: Notes carrying any of these tags (case-insensitive).
    tags: frozenset[str] | None = None
    article_id: int | None = None

    def matches(self, n: CreditNote) -> bool:
        return (
            (self.client_id is None or n.client_id == self.client_id)
            and (self.contact_id is None or n.contact_id == self.contact_id)
            and _contains(n.credit_note_number, self.credit_note_number)
            and (self.statuses is None or n.status in self.statuses)
            and (self.date_from is None or n.date >= self.date_from)
            and (self.date_to is None or n.date <= self.date_to)
            and _contains(n.label, self.label)
            and _contains(n.intro, self.intro)
            and _contains(n.note, self.note)
            and (self.tags is None or any(t.casefold() in self.tags for t in n.tags))
            and (self.article_id is None or self.article_id in n.article_ids)
        )


def _contains(value: str, part: str | None) -> bool:
    return part is None or part.casefold() in value.casefold()


def _ordered(
    items: Iterable[_T], ordering: Ordering, keys: dict[str, Callable[[_T], Any]]
) -> list[_T]:
    # Stable sorts from the least significant key up; id ASC is the final tie-breaker.
    result = sorted(items, key=keys["id"])
    for name, descending in reversed(ordering):
        result.sort(key=keys[name], reverse=descending)
    return result


def account_now() -> dt.datetime:
    """The account's wall-clock time, to the second."""
    return dt.datetime.now(ACCOUNT_TZ).replace(microsecond=0)


class BillomatState:
    """Clients, credit notes and credit-note payments of the simulated account."""

    def __init__(self, billomat_id: str) -> None:
        self._billomat_id = billomat_id
        self.clients: dict[int, Client] = {}
        self.credit_notes: dict[int, CreditNote] = {}
        self.payments: dict[int, Payment] = {}
        self._next_payment_id = 1
        self.reset()

    def reset(self) -> None:
        """Back to the seeded company."""
        self.clients, self.credit_notes, self.payments = seed_company(self._billomat_id)
        self._next_payment_id = max(self.payments, default=0) + 1

    # -- payments -------------------------------------------------------------------------------

    def book_payment(self, new: NewPayment, now: dt.datetime) -> Payment:
        """Book ``new`` on its credit note; only OPEN notes accept payments."""
        note = self.credit_notes.get(new.credit_note_id)
        if note is None:
            raise BusinessRuleError(f"Credit note {new.credit_note_id} does not exist.")
        if note.status != "OPEN":
            raise BusinessRuleError(
                "Payments can only be booked for credit notes in the state OPEN "
                f"(credit note {note.id} is {note.status})."
            )
        payment = Payment(
            id=self._next_payment_id,
            created=now,
            credit_note_id=note.id,
            user_id=API_USER_ID,
            date=new.date or now.date(),
            amount=new.amount,
            comment=new.comment,
            transaction_purpose=new.transaction_purpose,
            type=new.type,
            currency_code=note.currency_code,
            quote=note.quote,
        )
        self._next_payment_id += 1
        self.payments[payment.id] = payment
        note.paid_amount += payment.amount
        if new.mark_credit_note_as_paid:
            note.status = "PAID"
        note.updated = now
        return payment

    def delete_payment(self, payment_id: int, now: dt.datetime) -> bool:
        """Remove a payment; a PAID credit note goes back to OPEN. False if unknown."""
        payment = self.payments.pop(payment_id, None)
        if payment is None:
            return False
        note = self.credit_notes[payment.credit_note_id]
        note.paid_amount -= payment.amount
        if note.status == "PAID":
            note.status = "OPEN"
        note.updated = now
        return True

    def find_payments(self, where: PaymentFilter, ordering: Ordering = ()) -> list[Payment]:
        hits = (p for p in self.payments.values() if where.matches(p))
        return _ordered(hits, ordering, PAYMENT_SORT_KEYS)

    def find_credit_notes(
        self, where: CreditNoteFilter, ordering: Ordering = ()
    ) -> list[CreditNote]:
        hits = (n for n in self.credit_notes.values() if where.matches(n))
        return _ordered(hits, ordering, CREDIT_NOTE_SORT_KEYS)

    def snapshot(self) -> dict[str, Any]:
        """JSON-ready wire views of every payment and credit note, by ascending id."""
        return {
            "credit_note_payments": [self.payments[i].wire() for i in sorted(self.payments)],
            "credit_notes": [self.credit_notes[i].wire() for i in sorted(self.credit_notes)],
        }
