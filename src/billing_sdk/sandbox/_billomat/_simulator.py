"""The Billomat simulator: authentication, rate limit, and the six credit-note operations."""

from __future__ import annotations

import dataclasses
import math
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from billing_sdk.sandbox._billomat import _params as params
from billing_sdk.sandbox._billomat._model import (
    CREDIT_NOTE_XML_TYPES,
    PAYMENT_XML_TYPES,
    CreditNote,
    Payment,
)
from billing_sdk.sandbox._billomat._settings import BillomatSettings
from billing_sdk.sandbox._billomat._state import BillomatState, BusinessRuleError, account_now
from billing_sdk.sandbox._billomat._wire import (
    BodyError,
    Format,
    body_kind,
    error_response,
    negotiate,
    page_response,
    parse_json,
    parse_xml_fields,
    record_response,
)
from billing_sdk.sandbox._core import SimOperation, client_environment
from billing_sdk.sandbox._ratelimit import FixedWindowLimiter, RateLimitState

_PAYMENT = "credit-note-payment"
_PAYMENTS = "credit-note-payments"
_NOTE = "credit-note"
_NOTES = "credit-notes"
#: The seed's XML example spells the field ``credit_note-id`` (a doc typo); accept both.
_XML_ALIASES = {"credit_note-id": "credit_note_id"}
_CONTENT_LENGTH = re.compile(r"[0-9]{1,20}")
_NOT_FOUND = "Resource not found"


@dataclass(frozen=True)
class _Call:
    """What a handler needs besides the request: the response format, headers, parameters."""

    fmt: Format
    headers: Mapping[str, str]
    params: Mapping[str, Any]
    is_head: bool = False


_Handler = Callable[[Request, _Call], Awaitable[Response]]


def _same(given: str, expected: str) -> bool:
    # Bytes, because compare_digest refuses non-ASCII str (header values can be any Latin-1).
    return secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class BillomatSimulator:
    """A stateful simulation of Billomat's credit-note payments API.

    Speaks XML by default and JSON on request, in both directions; authenticates with the API
    key (``X-BillomatApiKey`` header, or ``api_key`` query when no header is sent); counts
    every authenticated call in a fixed window per API key (a valid ``X-AppId`` +
    ``X-AppSecret`` pair gets its own, larger bucket) and answers 429 past the quota; books
    payments only on OPEN credit notes and keeps ``paid_amount``/``open_amount`` exact.
    """

    name = "billomat"

    def __init__(self, settings: BillomatSettings | None = None) -> None:
        self.settings = settings = settings or BillomatSettings()
        self.state = BillomatState(settings.billomat_id)
        self._limiter = FixedWindowLimiter(settings.rate_limit, settings.rate_window)
        self._app_limiter = FixedWindowLimiter(
            settings.effective_app_rate_limit, settings.rate_window
        )
        payments, notes, single = "/api/credit-note-payments", "/api/credit-notes", "/{id}"
        self._operations = (
            self._op("GET", payments, "listCreditNotePayments", self._list_payments),
            self._op("POST", payments, "createCreditNotePayment", self._create_payment),
            self._op("GET", payments + single, "getCreditNotePayment", self._get_payment),
            self._op("DELETE", payments + single, "deleteCreditNotePayment", self._delete_payment),
            self._op("GET", notes, "listCreditNotes", self._list_notes),
            self._op("GET", notes + single, "getCreditNote", self._get_note),
        )

    # -- Vendor protocol --------------------------------------------------------------------------

    def public_credentials(self) -> dict[str, str]:
        return self.settings.public_credentials()

    def environment(self, base_url: str) -> dict[str, str]:
        credentials = self.settings.public_credentials()
        return client_environment("BILLOMAT", base_url, credentials, "api_key")

    def operations(self) -> Sequence[SimOperation]:
        return self._operations

    def error_response(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        """Billomat's JSON error body (injected faults and crashes carry no request to
        negotiate with; the SDK always asks for JSON). A 429 gets the rate-limit headers."""
        merged = dict(headers or {})
        if status == 429:
            try:
                wait = float(merged.get("Retry-After", "1"))
            except ValueError:
                wait = 1.0
            merged.setdefault("X-Rate-Limit-Remaining", "0")
            merged.setdefault("X-Rate-Limit-Reset", str(math.ceil(time.time() + wait)))
        return error_response("json", status, [message], merged)

    def snapshot(self) -> dict[str, Any]:
        """``{"credit_note_payments": [...], "credit_notes": [...]}`` in wire form."""
        return self.state.snapshot()

    def reset(self) -> None:
        """Back to the seeded company, with fresh rate-limit windows."""
        self.state.reset()
        self._limiter = FixedWindowLimiter(self.settings.rate_limit, self.settings.rate_window)
        self._app_limiter = FixedWindowLimiter(
            self.settings.effective_app_rate_limit, self.settings.rate_window
        )

    # -- request pipeline -------------------------------------------------------------------------

    def _op(self, method: str, path: str, operation_id: str, handler: _Handler) -> SimOperation:
        """Wrap ``handler`` in the steps every call goes through, in Billomat's order:
        authentication (401), quota (429), parameter validation (400), then the handler."""

        async def endpoint(request: Request) -> Response:
            fmt = negotiate(request)
            if not self._authenticated(request):
                return error_response(fmt, 401, ["Unauthorized: missing or invalid API key."], {})
            quota = self._count(request)
            headers = {
                "X-Rate-Limit-Remaining": str(quota.remaining),
                "X-Rate-Limit-Reset": str(math.ceil(quota.reset_at)),
            }
            if not quota.allowed:
                headers["Retry-After"] = str(quota.retry_after)
                return error_response(fmt, 429, [self._quota_message(quota)], headers)
            try:
                query = params.check_request(operation_id, request)
                call = _Call(fmt, headers, query, is_head=request.method == "HEAD")
                return await handler(request, call)
            except params.RequestError as exc:
                return error_response(fmt, 400, exc.messages, headers)
            except (BodyError, BusinessRuleError) as exc:
                return error_response(fmt, 400, [str(exc)], headers)

        return SimOperation(method, path, operation_id, endpoint)

    def _authenticated(self, request: Request) -> bool:
        # A key in the header decides on its own; the query key counts only without a header.
        keys = request.headers.getlist("X-BillomatApiKey") or request.query_params.getlist(
            "api_key"
        )
        return len(keys) == 1 and _same(keys[0], self.settings.api_key)

    def _count(self, request: Request) -> RateLimitState:
        app_id = request.headers.getlist("X-AppId")
        secret = request.headers.getlist("X-AppSecret")
        registered = (
            len(app_id) == len(secret) == 1
            and _same(app_id[0], self.settings.app_id)
            and _same(secret[0], self.settings.app_secret)
        )
        if registered:
            return self._app_limiter.hit(f"{self.settings.api_key}|{self.settings.app_id}")
        return self._limiter.hit(self.settings.api_key)

    def _quota_message(self, quota: RateLimitState) -> str:
        window = self.settings.rate_window
        span = f"{window / 60:g} minutes" if window % 60 == 0 else f"{window:g} seconds"
        return (
            f"Maximum number of requests ({quota.limit} per {span}) reached. "
            f"Try again in {quota.retry_after} seconds."
        )

    async def _read_body(self, request: Request) -> bytes:
        limit = self.settings.max_body_bytes
        declared = request.headers.get("content-length", "")
        too_large = params.RequestError(f"The request body exceeds {limit} bytes.")
        if _CONTENT_LENGTH.fullmatch(declared) and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)

    # -- credit-note payments ---------------------------------------------------------------------

    async def _list_payments(self, request: Request, call: _Call) -> Response:
        hits = self.state.find_payments(
            params.payment_filter(call.params), call.params.get("order_by", ())
        )
        return self._page(call, _PAYMENTS, _PAYMENT, hits, PAYMENT_XML_TYPES)

    async def _create_payment(self, request: Request, call: _Call) -> Response:
        raw = await self._read_body(request)
        if not raw.strip():
            raise params.RequestError("The request body is empty.")
        if body_kind(request.headers.get("content-type"), raw) == "xml":
            fields = parse_xml_fields(raw, _PAYMENT, _XML_ALIASES)
            new = params.new_payment({_PAYMENT: fields}, from_xml=True)
        else:
            new = params.new_payment(parse_json(raw), from_xml=False)
        if "mark_credit_note_as_paid" in self.settings.ignored_create_fields:
            new = dataclasses.replace(new, mark_credit_note_as_paid=False)
        payment = self.state.book_payment(new, account_now())
        return record_response(
            call.fmt, _PAYMENT, payment.wire(), PAYMENT_XML_TYPES, call.headers, status=201
        )

    async def _get_payment(self, request: Request, call: _Call) -> Response:
        payment = self.state.payments.get(call.params["id"])
        if payment is None:
            return error_response(call.fmt, 404, [_NOT_FOUND], call.headers)
        return record_response(call.fmt, _PAYMENT, payment.wire(), PAYMENT_XML_TYPES, call.headers)

    async def _delete_payment(self, request: Request, call: _Call) -> Response:
        if not self.state.delete_payment(call.params["id"], account_now()):
            return error_response(call.fmt, 404, [_NOT_FOUND], call.headers)
        return Response(status_code=200, headers=dict(call.headers))

    # -- credit notes -----------------------------------------------------------------------------

    async def _list_notes(self, request: Request, call: _Call) -> Response:
        hits = self.state.find_credit_notes(
            params.credit_note_filter(call.params), call.params.get("order_by", ())
        )
        return self._page(call, _NOTES, _NOTE, hits, CREDIT_NOTE_XML_TYPES)

    async def _get_note(self, request: Request, call: _Call) -> Response:
        note = self.state.credit_notes.get(call.params["id"])
        if note is None:
            return error_response(call.fmt, 404, [_NOT_FOUND], call.headers)
        return record_response(call.fmt, _NOTE, note.wire(), CREDIT_NOTE_XML_TYPES, call.headers)

    def _page(
        self,
        call: _Call,
        plural: str,
        singular: str,
        hits: Sequence[Payment] | Sequence[CreditNote],
        xml_types: Mapping[str, str],
    ) -> Response:
        page, per_page = params.paging(call.params)
        start = (page - 1) * per_page
        records = [hit.wire() for hit in hits[start : start + per_page]]
        page_info = (page, per_page, len(hits))
        headers = dict(call.headers)
        if call.is_head:  # the docs' way to count a filtered list without fetching it
            headers["X-Total-Count"] = str(len(hits))
        return page_response(call.fmt, plural, singular, records, xml_types, page_info, headers)
