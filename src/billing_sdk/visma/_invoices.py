"""``visma.customer_invoices``: the CustomerInvoice API (AR301000) and the v2 create."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from billing_sdk import _validation as v
from billing_sdk._engine import Result, expect
from billing_sdk._errors import DecodeError, ValidationError
from billing_sdk._fanout import map as bulk_map
from billing_sdk._fanout_types import BulkOptions, Outcomes
from billing_sdk._modify import DEFAULT_MODIFY_ATTEMPTS, Modified
from billing_sdk.visma import _generated as g
from billing_sdk.visma._base import (
    BackgroundMode,
    background_header,
    etag_of,
    if_match_header,
    number,
    number_from_location,
)
from billing_sdk.visma._filters import build_filters, filter_names
from billing_sdk.visma._invoice_actions import InvoiceActions
from billing_sdk.visma._jobs import Job
from billing_sdk.visma._typed import InvoiceFields, InvoiceFilters
from billing_sdk.visma._updates import build_update

if TYPE_CHECKING:
    from billing_sdk.visma._client import VismaClient

_LIST = g.customer_invoice_get_all
_GET = g.customer_invoice_get_byinvoice_number
_PUT = g.customer_invoice_update_byinvoice_number
_DELETE = g.customer_invoice_delete_byinvoice_number
_ROTRUT = g.customer_invoice_get_rot_rut_byref_nbr
_PRINT = g.customer_invoice_print_invoice_byref_nbr
_WORK_TYPES = g.customer_invoice_get_work_types
_CREATE_V2 = g.customer_invoice_v2_create
_CREATE_V1 = g.customer_invoice_create
_ATTACH = g.customer_invoice_create_header_attachment_byinvoice_number
_ATTACH_LINE = g.customer_invoice_create_line_attachment_byinvoice_numberline_number
_FILTERS = filter_names(_LIST._get_kwargs)

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

    _noun = "invoice"
    _put_operation = _PUT

    def __init__(self, client: VismaClient) -> None:
        super().__init__(client)
        k = self._kind
        self._page_kind = k("customer_invoices.page", _LIST._parse_response, self._page, "GET")
        self._get_kind = k("customer_invoices.get", _GET._parse_response, self._invoice, "GET")
        self._update_kind = k(
            "customer_invoices.update",
            _PUT._parse_response,
            self._version,
            "PUT",
            needs_headers=True,
        )
        self._delete_kind = k(
            "customer_invoices.delete", _DELETE._parse_response, self._none, "DELETE"
        )
        self._rotrut_kind = k(
            "customer_invoices.rot_rut", _ROTRUT._parse_response, self._rotrut, "GET"
        )
        self._print_kind = k(
            "customer_invoices.print", _PRINT._parse_response, self._printed, "GET"
        )
        self._work_types_kind = k(
            "customer_invoices.work_types", _WORK_TYPES._parse_response, self._work_types, "GET"
        )
        self._create_kind = k(
            "customer_invoices.create",
            _CREATE_V2._parse_response,
            self._created,
            needs_headers=True,
            finish_call=self._created_in_job,
        )
        self._create_v1_kind = k(
            "customer_invoices.create_v1",
            _CREATE_V1._parse_response,
            self._created,
            needs_headers=True,
            finish_call=self._created_in_job,
        )
        self._attach_kind = k(
            "customer_invoices.attach",
            _ATTACH._parse_response,
            self._attached,
            needs_headers=True,
            finish_call=self._attached_in_job,
        )
        self._attach_line_kind = k(
            "customer_invoices.attach_line",
            _ATTACH_LINE._parse_response,
            self._attached,
            needs_headers=True,
            finish_call=self._attached_in_job,
        )
        self._register_actions()

    # -- finishers ----------------------------------------------------------------------------

    async def _page(self, result: Result[Any]) -> InvoicePage:
        return list(result.parsed or [])

    async def _invoice(self, result: Result[Any]) -> g.CustomerInvoiceDto:
        return expect(result.parsed, g.CustomerInvoiceDto, result)

    async def _read(self, invoice_number: str) -> g.CustomerInvoiceDto:
        return await self.get(invoice_number)

    async def _version(self, result: Result[Any]) -> str | None:
        return etag_of(result)

    async def _none(self, result: Result[Any]) -> None:
        return None

    async def _rotrut(self, result: Result[Any]) -> g.RotRutDto:
        return expect(result.parsed, g.RotRutDto, result)

    async def _printed(self, result: Result[Any]) -> bytes:
        return result.content

    async def _work_types(self, result: Result[Any]) -> WorkTypes:
        return list(result.parsed or [])

    async def _created(self, result: Result[Any]) -> g.CustomerInvoiceDto:
        return await self.get(number_from_location(result.headers))

    async def _attached(self, result: Result[Any]) -> str:
        return number_from_location(result.headers)

    async def _created_in_job(
        self, result: Result[Any], reference: Mapping[str, Any]
    ) -> g.CustomerInvoiceDto:
        """A backgrounded create: the new number from the inner ``Location`` when the job's
        state reports headers, else the invoice found by a reference the call set (its
        external, customer or payment reference) among the customer's new invoices."""
        if result.headers.get("location"):
            return await self._created(result)
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

    async def _attached_in_job(self, result: Result[Any], reference: Mapping[str, Any]) -> str:
        if result.headers.get("location"):
            return number_from_location(result.headers)
        raise DecodeError(
            f"the attachment was added (HTTP {result.status}), but the job's state reports no "
            "Location, so its id is unknown; do not add it again",
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

    @overload
    async def get_page(
        self,
        page_number: int,
        page_size: int,
        *,
        background: Literal[False] = False,
        **filters: Any,
    ) -> InvoicePage: ...
    @overload
    async def get_page(
        self, page_number: int, page_size: int, *, background: Literal[True] | str, **filters: Any
    ) -> Job[InvoicePage]: ...
    async def get_page(
        self,
        page_number: int,
        page_size: int,
        *,
        background: BackgroundMode = False,
        **filters: Any,
    ) -> InvoicePage | Job[InvoicePage]:
        """One page of invoices (``list`` iterates over all of them)."""
        request = _LIST._get_kwargs(
            page_number=v.positive_int(page_number, "page_number"),
            page_size=v.positive_int(page_size, "page_size"),
            erp_api_background=background_header(background),
            **build_filters(_FILTERS, filters),
        )
        return await self._call(request, self._page_kind, background)

    @overload
    async def get(
        self, invoice_number: str, *, background: Literal[False] = False
    ) -> g.CustomerInvoiceDto: ...
    @overload
    async def get(
        self, invoice_number: str, *, background: Literal[True] | str
    ) -> Job[g.CustomerInvoiceDto]: ...
    async def get(
        self, invoice_number: str, *, background: BackgroundMode = False
    ) -> g.CustomerInvoiceDto | Job[g.CustomerInvoiceDto]:
        """One invoice; its version for ``if_match`` is ``invoice.time_stamp``."""
        request = _GET._get_kwargs(
            number(invoice_number, "invoice_number"),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._get_kind, background)

    @overload
    async def rot_rut(
        self, invoice_number: str, *, background: Literal[False] = False
    ) -> g.RotRutDto: ...
    @overload
    async def rot_rut(
        self, invoice_number: str, *, background: Literal[True] | str
    ) -> Job[g.RotRutDto]: ...
    async def rot_rut(
        self, invoice_number: str, *, background: BackgroundMode = False
    ) -> g.RotRutDto | Job[g.RotRutDto]:
        """The invoice's ROT/RUT (Swedish tax deduction) details."""
        request = _ROTRUT._get_kwargs(
            number(invoice_number, "invoice_number"),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._rotrut_kind, background)

    @overload
    async def print(self, invoice_number: str, *, background: Literal[False] = False) -> bytes: ...
    @overload
    async def print(
        self, invoice_number: str, *, background: Literal[True] | str
    ) -> Job[bytes]: ...
    async def print(
        self, invoice_number: str, *, background: BackgroundMode = False
    ) -> bytes | Job[bytes]:
        """The printed invoice (the report file's bytes)."""
        request = _PRINT._get_kwargs(
            number(invoice_number, "invoice_number"),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._print_kind, background)

    @overload
    async def work_types(self, *, background: Literal[False] = False) -> WorkTypes: ...
    @overload
    async def work_types(self, *, background: Literal[True] | str) -> Job[WorkTypes]: ...
    async def work_types(self, *, background: BackgroundMode = False) -> WorkTypes | Job[WorkTypes]:
        """The ROT/RUT work types invoices can use."""
        request = _WORK_TYPES._get_kwargs(erp_api_background=background_header(background))
        return await self._call(request, self._work_types_kind, background)

    # -- writes -------------------------------------------------------------------------------

    @overload
    async def create(
        self, invoice: InvoiceChanges, *, background: Literal[False] = False
    ) -> g.CustomerInvoiceDto: ...
    @overload
    async def create(
        self, invoice: InvoiceChanges, *, background: Literal[True] | str
    ) -> Job[g.CustomerInvoiceDto]: ...
    async def create(
        self, invoice: InvoiceChanges, *, background: BackgroundMode = False
    ) -> g.CustomerInvoiceDto | Job[g.CustomerInvoiceDto]:
        """Create an invoice (``POST /v2/customerinvoice``) and return it as stored.

        ``invoice`` maps Python field names to plain values (``{"customer_number": "10001",
        "document_date": date(...), "invoice_lines": [...]}``) or is a ``CustomerInvoiceUpdateDto``.
        """
        body = build_update(g.CustomerInvoiceUpdateDto, invoice)
        request = _CREATE_V2._get_kwargs(
            body=body, erp_api_background=background_header(background)
        )
        return await self._call(
            request, self._create_kind, background, job_reference=_finding_reference(body)
        )

    @overload
    async def create_v1(
        self, invoice: InvoiceChanges, *, background: Literal[False] = False
    ) -> g.CustomerInvoiceDto: ...
    @overload
    async def create_v1(
        self, invoice: InvoiceChanges, *, background: Literal[True] | str
    ) -> Job[g.CustomerInvoiceDto]: ...
    async def create_v1(
        self, invoice: InvoiceChanges, *, background: BackgroundMode = False
    ) -> g.CustomerInvoiceDto | Job[g.CustomerInvoiceDto]:
        """Deprecated by Visma: ``POST /v1/customerinvoice``. Prefer :meth:`create`."""
        body = build_update(g.CustomerInvoiceUpdateDto, invoice)
        request = _CREATE_V1._get_kwargs(
            body=body, erp_api_background=background_header(background)
        )
        return await self._call(
            request, self._create_v1_kind, background, job_reference=_finding_reference(body)
        )

    @overload
    async def update(
        self,
        invoice_number: str,
        changes: InvoiceChanges,
        *,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> str | None: ...
    @overload
    async def update(
        self,
        invoice_number: str,
        changes: InvoiceChanges,
        *,
        if_match: str | None = None,
        background: Literal[True] | str,
    ) -> Job[str | None]: ...
    async def update(
        self,
        invoice_number: str,
        changes: InvoiceChanges,
        *,
        if_match: str | None = None,
        background: BackgroundMode = False,
    ) -> str | Job[str | None] | None:
        """Change only the given fields; returns the new version (``ETag``).

        With ``if_match`` the write only happens if nobody changed the invoice since that
        version was read; otherwise ``PreconditionFailed`` is raised.
        """
        body = build_update(g.CustomerInvoiceUpdateDto, changes)
        return await self._locked_put(
            number(invoice_number, "invoice_number"), body, if_match, background
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

    @overload
    async def delete(self, invoice_number: str, *, background: Literal[False] = False) -> None: ...
    @overload
    async def delete(
        self, invoice_number: str, *, background: Literal[True] | str
    ) -> Job[None]: ...
    async def delete(
        self, invoice_number: str, *, background: BackgroundMode = False
    ) -> Job[None] | None:
        """Delete an unreleased (Hold/Balanced) invoice."""
        request = _DELETE._get_kwargs(
            number(invoice_number, "invoice_number"),
            erp_api_background=background_header(background),
        )
        return await self._call(request, self._delete_kind, background)

    @overload
    async def add_attachment(
        self,
        invoice_number: str,
        content: bytes,
        *,
        filename: str,
        line_number: int | None = None,
        metadata: Mapping[str, Any] | None = None,
        if_match: str | None = None,
        background: Literal[False] = False,
    ) -> str: ...
    @overload
    async def add_attachment(
        self,
        invoice_number: str,
        content: bytes,
        *,
        filename: str,
        line_number: int | None = None,
        metadata: Mapping[str, Any] | None = None,
        if_match: str | None = None,
        background: Literal[True] | str,
    ) -> Job[str]: ...
    async def add_attachment(
        self,
        invoice_number: str,
        content: bytes,
        *,
        filename: str,
        line_number: int | None = None,
        metadata: Mapping[str, Any] | None = None,
        if_match: str | None = None,
        background: BackgroundMode = False,
    ) -> str | Job[str]:
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
        headers = {
            "if_match": if_match_header(if_match),
            "erp_api_background": background_header(background),
        }
        if line_number is None:
            request = _ATTACH._get_kwargs(invoice, body=form, **headers)
            return await self._call(request, self._attach_kind, background)
        line = v.positive_int(line_number, "line_number")
        request = _ATTACH_LINE._get_kwargs(invoice, line, body=form, **headers)
        return await self._call(request, self._attach_line_kind, background)

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
