"""``visma.customer_invoices``: the CustomerInvoice API (AR301000) and the v2 create."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack

from billing_sdk import _validation as v
from billing_sdk._engine import Result
from billing_sdk._errors import DecodeError, ValidationError
from billing_sdk._fanout import map as bulk_map
from billing_sdk._fanout_types import BulkOptions, Outcomes
from billing_sdk._modify import DEFAULT_MODIFY_ATTEMPTS, Modified
from billing_sdk.visma import _generated as g
from billing_sdk.visma._base import if_match_header, number
from billing_sdk.visma._filters import build_filters, filter_names
from billing_sdk.visma._invoice_actions import InvoiceActions
from billing_sdk.visma._operations import (
    OPERATIONS,
    B,
    BackgroundMode,
    Operation,
    VismaCall,
    on_await,
)
from billing_sdk.visma._typed import InvoiceFields, InvoiceFilters
from billing_sdk.visma._updates import build_update

if TYPE_CHECKING:
    from billing_sdk.visma._context import VismaContext

_LIST = OPERATIONS["customer_invoices.page"]
_GET = OPERATIONS["customer_invoices.get"]
_PUT = OPERATIONS["customer_invoices.update"]
_DELETE = OPERATIONS["customer_invoices.delete"]
_ROTRUT = OPERATIONS["customer_invoices.rot_rut"]
_PRINT = OPERATIONS["customer_invoices.print"]
_WORK_TYPES = OPERATIONS["customer_invoices.work_types"]
_CREATE_V2 = OPERATIONS["customer_invoices.create"]
_CREATE_V1 = OPERATIONS["customer_invoices.create_v1"]
_ATTACH = OPERATIONS["customer_invoices.attach"]
_ATTACH_LINE = OPERATIONS["customer_invoices.attach_line"]
_FILTERS = filter_names(_LIST.module._get_kwargs)

#: One page of a list (``list`` is a method name inside the resource class).
InvoicePage = list[g.CustomerInvoiceDto]
WorkTypes = list[g.WorkTypeDto]
#: Attachments are uploaded in one request; keep them to what an invoice attachment is.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

InvoiceChanges = InvoiceFields | g.CustomerInvoiceUpdateDto


#: References a create may set that the invoice list can filter by (Python filter names).
_FINDING_REFERENCES = ("external_reference", "customer_ref_number", "payment_reference")
#: How far back the lookup of a backgrounded create reaches (company-local clocks may be
#: anywhere from UTC-12 to UTC+14; see ``RECONCILE_LOOKBACK`` of payments).
_CREATE_LOOKBACK = dt.timedelta(hours=13)


def _finding_reference(body: g.CustomerInvoiceUpdateDto) -> dict[str, Any]:
    """What finds an invoice a background job created if its state reports no Location."""
    found: dict[str, Any] = {}
    for name in ("customer_number", *_FINDING_REFERENCES):
        value = getattr(getattr(body, name, None), "value", None)
        if isinstance(value, str) and value:
            found["customer" if name == "customer_number" else name] = value
    since = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0) - _CREATE_LOOKBACK
    found["since"] = since.isoformat()
    return found


def _attachment_metadata(metadata: Mapping[str, Any]) -> g.AttachmentMetadataDto:
    """The ``metadata`` part: known settings only (the server refuses others)."""
    if not isinstance(metadata, Mapping) or not metadata:
        raise ValidationError("metadata must be a non-empty mapping of settings", field="metadata")
    try:
        settings = g.AttachmentMetadataDto.from_dict(dict(metadata))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValidationError(f"invalid attachment metadata: {exc}", field="metadata") from None
    unknown = sorted(set(metadata) - set(settings.to_dict()))
    if unknown:
        raise ValidationError(f"unknown attachment settings {unknown}", field="metadata")
    return settings


def _invoice_key(invoice: g.CustomerInvoiceDto) -> object:
    number = invoice.reference_number
    return (
        str(invoice.document_type),
        number if isinstance(number, str) else repr(invoice.to_dict()),
    )


class CustomerInvoices(InvoiceActions):
    """Customer invoices: list, read, create, update, delete, print, attach, and the actions.

    Every call takes ``background=True`` (or ``"subscription[:k=v]"``) to run as a Visma
    background job and return a :class:`~billing_sdk.visma.Job` of the same result type.
    """

    _prefix = "customer_invoices."
    _noun = "invoice"
    _put_op = _PUT

    def __init__(self, context: VismaContext) -> None:
        super().__init__(context)
        self._register_actions()

    # -- how a result is read back ------------------------------------------------------------

    async def _read(self, invoice_number: str) -> g.CustomerInvoiceDto:
        return await self.get(invoice_number)

    async def _created_in_job(
        self, result: Result[Any], reference: Mapping[str, Any]
    ) -> g.CustomerInvoiceDto:
        """A backgrounded create whose job's state reports no ``Location``: the invoice found
        by a reference the call set (its external, customer or payment reference) among the
        customer's new invoices."""
        filters = {k: val for k, val in reference.items() if k in _FINDING_REFERENCES}
        customer, since = reference.get("customer"), reference.get("since")
        if filters and isinstance(customer, str) and isinstance(since, str):
            found = [
                invoice
                async for invoice in self.list(
                    customer=customer,
                    created_date_time=dt.datetime.fromisoformat(since),
                    created_date_time_condition=">=",
                    **filters,
                )
            ]
            if len(found) == 1:
                return found[0]
        raise DecodeError(
            f"the invoice was created (HTTP {result.status}), but the job's state reports no "
            "Location and no reference the call set finds a single new invoice: look it up "
            "before creating it again",
            status=result.status,
            landed=True,
        )

    # -- reads --------------------------------------------------------------------------------

    def list(
        self, *, page_size: int = 100, **filters: Unpack[InvoiceFilters]
    ) -> AsyncIterator[g.CustomerInvoiceDto]:
        """Iterate over invoices matching ``filters``, fetching pages lazily.

        Filters are the list operation's query parameters by Python name, e.g.
        ``status="Open"``, ``customer="10001"``, ``document_date=date(2024, 1, 1),
        document_date_condition=">="``.
        """
        return self._paginate(
            self.get_page, page_size, build_filters(_FILTERS, filters), _invoice_key
        )

    @on_await
    def get_page(
        self,
        page_number: int,
        page_size: int,
        *,
        background: B | Literal[False] = False,
        **filters: Any,
    ) -> VismaCall[InvoicePage, B]:
        """One page of invoices (``list`` iterates over all of them)."""
        return self._page(_LIST, _FILTERS, page_number, page_size, background, filters)

    @on_await
    def get(
        self, invoice_number: str, *, background: B | Literal[False] = False
    ) -> VismaCall[g.CustomerInvoiceDto, B]:
        """One invoice; its version for ``if_match`` is ``invoice.time_stamp``."""
        return self._by_number(_GET, invoice_number, "invoice_number", background)

    @on_await
    def rot_rut(
        self, invoice_number: str, *, background: B | Literal[False] = False
    ) -> VismaCall[g.RotRutDto, B]:
        """The invoice's ROT/RUT (Swedish tax deduction) details."""
        return self._by_number(_ROTRUT, invoice_number, "invoice_number", background)

    @on_await
    def print(
        self, invoice_number: str, *, background: B | Literal[False] = False
    ) -> VismaCall[bytes, B]:
        """The printed invoice (the report file's bytes)."""
        return self._by_number(_PRINT, invoice_number, "invoice_number", background)

    @on_await
    def work_types(self, *, background: B | Literal[False] = False) -> VismaCall[WorkTypes, B]:
        """The ROT/RUT work types invoices can use."""
        return self._run(
            _WORK_TYPES,
            background,
            lambda mode: _WORK_TYPES.module._get_kwargs(erp_api_background=mode.header),
        )

    # -- writes -------------------------------------------------------------------------------

    @on_await
    def create(
        self, invoice: InvoiceChanges, *, background: B | Literal[False] = False
    ) -> VismaCall[g.CustomerInvoiceDto, B]:
        """Create an invoice (``POST /v2/customerinvoice``) and return it as stored.

        ``invoice`` maps Python field names to plain values (``{"customer_number": "10001",
        "document_date": date(...), "invoice_lines": [...]}``) or is a ``CustomerInvoiceUpdateDto``.
        """
        return self._create(_CREATE_V2, invoice, background)

    @on_await
    def create_v1(
        self, invoice: InvoiceChanges, *, background: B | Literal[False] = False
    ) -> VismaCall[g.CustomerInvoiceDto, B]:
        """Deprecated by Visma: ``POST /v1/customerinvoice``. Prefer :meth:`create`."""
        return self._create(_CREATE_V1, invoice, background)

    def _create(
        self, op: Operation, invoice: InvoiceChanges, background: BackgroundMode
    ) -> VismaCall[Any, Any]:
        body = build_update(g.CustomerInvoiceUpdateDto, invoice)
        return self._run(
            op,
            background,
            lambda mode: op.module._get_kwargs(body=body, erp_api_background=mode.header),
            job_reference=_finding_reference(body),
        )

    def update(
        self,
        invoice_number: str,
        changes: InvoiceChanges,
        *,
        if_match: str | None = None,
        background: B | Literal[False] = False,
    ) -> VismaCall[str | None, B]:
        """Change only the given fields; returns the new version (``ETag``).

        With ``if_match`` the write only happens if nobody changed the invoice since that
        version was read; otherwise ``PreconditionFailed`` is raised.
        """
        return VismaCall(
            self._updated(
                g.CustomerInvoiceUpdateDto,
                changes,
                invoice_number,
                "invoice_number",
                if_match,
                background,
            )
        )

    async def modify(
        self,
        invoice_number: str,
        change: Callable[[g.CustomerInvoiceDto], InvoiceChanges | Awaitable[InvoiceChanges]],
        *,
        attempts: int = DEFAULT_MODIFY_ATTEMPTS,
    ) -> Modified[g.CustomerInvoiceDto]:
        """Read, apply ``change(current)``, write with ``If-Match``; on a 412 do it again.

        ``change`` returns the fields to set (like :meth:`update`); it may be async and may
        raise to refuse after seeing the current state (nothing is written then). Concurrent
        ``modify`` calls on one invoice from this client queue up; across clients and
        processes ``If-Match`` keeps every update. Raises ``PreconditionFailed`` only when
        ``attempts`` writes in a row lost the race.
        """
        key = number(invoice_number, "invoice_number")
        return await self._modify(
            key,
            lambda: self.get(key),
            lambda changes: build_update(g.CustomerInvoiceUpdateDto, changes),
            change,
            attempts,
        )

    @on_await
    def delete(
        self, invoice_number: str, *, background: B | Literal[False] = False
    ) -> VismaCall[None, B]:
        """Delete an unreleased (Hold/Balanced) invoice."""
        return self._by_number(_DELETE, invoice_number, "invoice_number", background)

    @on_await
    def add_attachment(
        self,
        invoice_number: str,
        content: bytes,
        *,
        filename: str,
        line_number: int | None = None,
        metadata: Mapping[str, Any] | None = None,
        if_match: str | None = None,
        background: B | Literal[False] = False,
    ) -> VismaCall[str, B]:
        """Attach a file to the invoice (or to one of its lines); returns the attachment id.

        ``metadata`` is sent as the JSON ``metadata`` part, e.g.
        ``{"includeAttachmentInvoiceEmail": True}``.
        """
        if not isinstance(content, bytes | bytearray):
            raise ValidationError("content must be bytes", field="content")
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError("attachment is larger than 20 MiB", field="content")
        form = g.AttachmentUploadForm(
            file=g.File(
                payload=io.BytesIO(bytes(content)),
                file_name=v.text(filename, "filename", max_length=255, allow_empty=False),
            ),
            metadata=None if metadata is None else _attachment_metadata(metadata),
        )
        invoice = number(invoice_number, "invoice_number")
        version = if_match_header(if_match)
        if line_number is None:
            return self._run(
                _ATTACH,
                background,
                lambda mode: _ATTACH.module._get_kwargs(
                    invoice, body=form, if_match=version, erp_api_background=mode.header
                ),
            )
        line = v.positive_int(line_number, "line_number")
        return self._run(
            _ATTACH_LINE,
            background,
            lambda mode: _ATTACH_LINE.module._get_kwargs(
                invoice, line, body=form, if_match=version, erp_api_background=mode.header
            ),
        )

    # -- bulk (thin: billing_sdk.bulk does the work) ------------------------------------------

    async def get_many(
        self,
        invoice_numbers: Iterable[str] | AsyncIterable[str],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[str, g.CustomerInvoiceDto]:
        """Read many invoices concurrently: one :class:`~billing_sdk.bulk.Outcome` per number,
        in input order (a missing one is a failed outcome holding ``NotFound``).

        ``options`` are those of :func:`billing_sdk.bulk.map` (``concurrency``,
        ``fail_fast``, ``progress``, ...).
        """
        return await bulk_map(self.get, invoice_numbers, **options)

    async def create_many(
        self,
        invoices: Iterable[InvoiceChanges] | AsyncIterable[InvoiceChanges],
        **options: Unpack[BulkOptions],
    ) -> Outcomes[InvoiceChanges, g.CustomerInvoiceDto]:
        """Create many invoices concurrently (each as :meth:`create` takes it); one outcome per
        invoice, in input order. A failed outcome whose error has ``landed is None`` may have
        been created: look it up before sending it again.
        """
        return await bulk_map(self.create, invoices, **options)
