"""How a Visma operation is described: parse (pure validation) and run (against a company).

Splitting the two lets the simulator reject bad input with 400 before it queues a background
job, and run the very same code later against the company's state at that time.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import Call, Result, VismaError
from billing_sdk.sandbox._visma._model import Company, Invoice, Payment

_Doc = TypeVar("_Doc", Invoice, Payment)


@dataclass(frozen=True)
class Context:
    """What a running operation sees: the caller's company and the captured request."""

    company: Company
    call: Call


@dataclass(frozen=True)
class Operation:
    """One API operation of the simulator."""

    operation_id: str
    method: str
    path: str
    #: ``read``, ``create``, ``update`` or ``delete`` (the scope suffix a token needs).
    scope: str
    #: Validates the request; returns whatever ``run`` needs; raises :class:`VismaError`.
    parse: Callable[[Call], Any]
    run: Callable[[Context, Any], Result]
    #: Accepts ``erp-api-background``.
    background: bool = True
    #: Honours ``If-Match``.
    if_match: bool = False
    #: An ``.../action/...`` endpoint: without ``erp-api-background`` it answers 202 with an
    #: action result at once and runs the action afterwards (``VismaSettings.action_delay``).
    #: ``precheck`` is what is checked before answering (the document exists, If-Match).
    precheck: Callable[[Context, Any], None] | None = None

    @property
    def action(self) -> bool:
        return self.precheck is not None


def json_body(call: Call) -> Any:
    """The call's JSON body checked against its operation's schema in the spec, normalised
    (400 with the offending path; see :mod:`._requests`)."""
    return _requests.body(call)


def no_body(call: Call) -> None:
    return None


def action_id() -> str:
    return str(uuid.uuid4())


def invoice_or_404(company: Company, ref_nbr: str) -> Invoice:
    inv = company.invoices.get(ref_nbr)
    if inv is None:
        raise VismaError(404, f"Customer invoice {ref_nbr} not found.")
    return inv


def payment_or_404(company: Company, ref_nbr: str) -> Payment:
    pay = company.payments.get(ref_nbr)
    if pay is None:
        raise VismaError(404, f"Payment {ref_nbr} not found.")
    return pay


def working_copy(doc: _Doc) -> _Doc:
    """A deep copy to change; swapped in only when every rule passed (else state unchanged).

    The company-wide VAT table stays shared instead of being copied.
    """
    memo: dict[int, Any] = {}
    if isinstance(doc, Invoice):
        memo[id(doc.vat_rates)] = doc.vat_rates
    return copy.deepcopy(doc, memo)
