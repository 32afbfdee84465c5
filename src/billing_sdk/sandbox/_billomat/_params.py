"""Billomat requests checked against ``openapi/billomat-credit-note-payments.yaml``.

The checking is the sandbox's one validator (:mod:`billing_sdk.sandbox._spec_validation`); this
module says how Billomat answers what the spec forbids (400 with one message per problem,
naming the parameter, header or field) and reads what passed: ids as ``int``, dates as
``date``, comma-separated choices as sets, ``order_by`` as (field, descending) pairs. Known
query parameters given twice are rejected (which value would win is not defined); unknown ones
are ignored, as the real API does.

A create body in XML carries only text: it is read into the JSON shape first (the flag's
``1``/``0``/``true``/``false`` as the integer, empty optional elements as absent, values
stripped of the whitespace pretty-printing adds) and then checked by the same schema.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from starlette.requests import Request

from billing_sdk.sandbox._billomat._state import CreditNoteFilter, NewPayment, PaymentFilter
from billing_sdk.sandbox._spec_validation import ApiSpec, OperationSpec, Problem, SpecViolation

DEFAULT_PER_PAGE = 100
_SPEC_NAME = "billomat-credit-note-payments"
_PAYMENT = "credit-note-payment"
_TRUE = ("1", "true")
_FALSE = ("0", "false")
#: XML fields whose text is matched by a pattern or parsed (pretty-printing may pad them).
_XML_STRIPPED = ("credit_note_id", "amount", "date", "type")
_XML_OPTIONAL = ("date", "type", "mark_credit_note_as_paid")


class RequestError(Exception):
    """Invalid input; answered with 400 and these messages."""

    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = list(messages)


def _message(problem: Problem) -> str:
    if problem.location == "body":
        if problem.reason.endswith("is a required property"):
            return f"Field {_field(problem)} is required."
        if not problem.name:
            return f"The request body: {problem.reason}."
        return f"Field {problem.name.rsplit('.', 1)[-1]} {problem.reason}."
    if problem.reason == "is given more than once":
        return f"Parameter {problem.name} must not be given more than once."
    kind = "Header" if problem.location == "header" else "Parameter"
    return f"{kind} {problem.name} {problem.reason}."


def _field(problem: Problem) -> str:
    """The field a body problem is about (a missing one is named in the reason)."""
    if problem.reason.endswith("is a required property"):
        return problem.reason.split('"')[1]
    return problem.name


def _operation(operation_id: str) -> OperationSpec:
    return ApiSpec.load(_SPEC_NAME).operation(operation_id)


def check_request(operation_id: str, request: Request) -> dict[str, Any]:
    """The operation's path and query parameters, checked and read; its headers checked."""
    operation = _operation(operation_id)
    for name in ("X-AppId", "X-AppSecret"):
        if len(request.headers.getlist(name)) > 1:
            raise RequestError(f"Header {name} must not be given more than once.")
    try:
        operation.headers(request.headers.get)
        found = operation.path({k: str(v) for k, v in request.path_params.items()})
        found.update(operation.query(request.query_params.multi_items()))
    except SpecViolation as exc:
        raise RequestError(*(_message(p) for p in exc.problems)) from None
    for name in ("from", "to"):
        if name in found:  # format: date, checked
            found[name] = dt.date.fromisoformat(found[name])
    for name in ("type", "status"):
        if name in found:
            found[name] = frozenset(found[name].split(","))
    if "order_by" in found:
        found["order_by"] = [
            (field, direction == "DESC")
            for field, _, direction in (
                item.partition(" ") for item in found["order_by"].split(",")
            )
        ]
    return found


def paging(params: Mapping[str, Any]) -> tuple[int, int]:
    return params.get("page", 1), params.get("per_page", DEFAULT_PER_PAGE)


def payment_filter(params: Mapping[str, Any]) -> PaymentFilter:
    return PaymentFilter(
        credit_note_id=params.get("credit_note_id"),
        date_from=params.get("from"),
        date_to=params.get("to"),
        types=params.get("type"),
        user_id=params.get("user_id"),
    )


def credit_note_filter(params: Mapping[str, Any]) -> CreditNoteFilter:
    tags = params.get("tags")
    return CreditNoteFilter(
        client_id=params.get("client_id"),
        contact_id=params.get("contact_id"),
        credit_note_number=params.get("credit_note_number"),
        statuses=params.get("status"),
        date_from=params.get("from"),
        date_to=params.get("to"),
        label=params.get("label"),
        intro=params.get("intro"),
        note=params.get("note"),
        tags=None if tags is None else frozenset(t.strip().casefold() for t in tags.split(",")),
        article_id=params.get("article_id"),
    )


# -- create body --------------------------------------------------------------------------------


def _from_xml(fields: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, text in fields.items():
        value = text.strip() if name in _XML_STRIPPED else text
        if name in _XML_OPTIONAL and value == "":
            continue
        flag = value.strip().lower()
        if name == "mark_credit_note_as_paid" and flag in _TRUE + _FALSE:
            values[name] = 1 if flag in _TRUE else 0
        else:
            values[name] = value
    return values


def _is_unicode_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from "\udXXX" escapes
        return False
    return True


def new_payment(document: Any, *, from_xml: bool) -> NewPayment:
    """Check a create body ``{"credit-note-payment": {...}}`` (all errors at once), read it."""
    if from_xml:
        document = {_PAYMENT: _from_xml(document[_PAYMENT])}
    try:
        _operation("createCreditNotePayment").body(document, all_problems=True)
    except SpecViolation as exc:
        first = {_field(p): p for p in reversed(exc.problems)}  # one message per field
        raise RequestError(*(_message(p) for p in exc.problems if first[_field(p)] is p)) from None
    values: Mapping[str, Any] = document[_PAYMENT]
    bad_text = [
        f"Field {name} contains invalid characters."
        for name in ("comment", "transaction_purpose")
        if not _is_unicode_text(values.get(name, ""))
    ]
    if bad_text:
        raise RequestError(*bad_text)
    date = values.get("date")
    return NewPayment(
        credit_note_id=int(values["credit_note_id"]),
        amount=Decimal(values["amount"]),
        date=None if date is None else dt.date.fromisoformat(date),
        comment=values.get("comment", ""),
        transaction_purpose=values.get("transaction_purpose", ""),
        type=values.get("type", ""),
        mark_credit_note_as_paid=values.get("mark_credit_note_as_paid", 0) == 1,
    )
