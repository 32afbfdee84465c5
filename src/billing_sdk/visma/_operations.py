"""Visma operations as data: one row per operation the SDK calls.

A row says which generated module sends the operation, what the direct call returns, whether
and how it runs as a background job, and what its ``If-Match`` means when an answer is lost.
The resources build their requests from ``row.module``, the funnel (``Resource._call``) reads
the lost-answer rules from the row, the job kinds (what ``Job.resume`` rebuilds from a
continuation token) are made from the rows, and :func:`call_mode` decides once per call how it
runs. Adding an operation is a row here and a method on its resource.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Coroutine, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar, overload

import httpx

from billing_sdk import _json
from billing_sdk._errors import ValidationError
from billing_sdk.visma import _generated as g

if TYPE_CHECKING:
    from billing_sdk.visma._jobs import Job

T_co = TypeVar("T_co", covariant=True)
#: The ``background=`` a caller passed, as a type: ``Literal[False]`` (or left out) for a
#: direct call, ``Literal[True]`` or a subscription string for a job.
B = TypeVar("B", bound=Literal[False, True] | str)
B_co = TypeVar("B_co", bound=Literal[False, True] | str, covariant=True)
P = ParamSpec("P")
C = TypeVar("C", bound="VismaCall[Any, Any]")

#: ``background=`` takes False (direct call), True (fire-and-poll) or a subscription string.
BackgroundMode = bool | str


class Queueing(enum.Enum):
    """Whether a call runs as a background job."""

    #: Only when the caller passes ``background=...``.
    ON_REQUEST = "on request"
    #: Always, also for a direct call: only the job's final result names what the action
    #: made or says it is done (the caller of a direct call still gets the ``Action``).
    ALWAYS = "always"


class Answer(enum.Enum):
    """What a backgrounded call is answered with."""

    #: 202 with ``{id, stateLocation}``: the job.
    JOB = "job"
    #: 202 with either the action result (the server ran it at once) or the job: read from
    #: the body's keys, never from the header that was sent.
    ACTION_OR_JOB = "action or job"


class IfMatch(enum.Enum):
    """What the operation's ``If-Match`` is, and what it allows when an answer is lost."""

    #: Takes none.
    NONE = "none"
    #: The caller's version, a precondition only: a write that may repeat (an attachment,
    #: an action that makes a document) is never sent again after a lost answer.
    PRECONDITION = "precondition"
    #: The caller's version guards a re-send (refused if the first send moved the document);
    #: a PUT without one sets the same fields however often it lands (sent again blindly).
    GUARDS_RESEND = "guards resend"
    #: As ``GUARDS_RESEND``, and the server refuses the action twice, so a re-send without the
    #: caller's version carries the document's current one (read first): release, void.
    CURRENT_VERSION = "current version"


class Returns(enum.Enum):
    """What the direct call returns (a backgrounded one: a ``Job`` of the same)."""

    MODEL = "the model"  # ``model`` from the body
    ITEMS = "a list of models"  # one page: ``list[model]``
    VERSION = "the new version"  # ``ETag`` (``str | None``)
    NOTHING = "None"
    BYTES = "the body's bytes"
    LOCATION = "the new id"  # the last segment of ``Location``
    CREATED = "the created document"  # read back through ``Location``
    ACTION = "an Action"  # of ``model``, the action-result DTO


@dataclass(frozen=True)
class Operation:
    """One Visma operation (see the module docs)."""

    #: Stable name (``customer_payments.get``): the job kind, kept in continuation tokens.
    name: str
    #: The generated module (``_get_kwargs`` builds the request, ``_parse_response`` reads it).
    module: Any
    method: str
    returns: Returns
    #: The model of ``MODEL``/``ITEMS``, the action-result DTO of ``ACTION``.
    model: type | None = None
    queueing: Queueing = Queueing.ON_REQUEST
    answer: Answer = Answer.JOB
    if_match: IfMatch = IfMatch.NONE
    #: The operation reading the document an action acts on (its URL is the re-send guard's).
    document: str | None = None

    @property
    def parse(self) -> Callable[..., Any]:
        """Reads the response: the generated parser, or exact JSON for an action (whose
        answer is read by its keys: an action result or a job)."""
        if self.returns is Returns.ACTION:
            return parse_json_body
        parse: Callable[..., Any] = self.module._parse_response
        return parse

    @property
    def needs_headers(self) -> bool:
        """The result is read from the response's headers (a job must report them)."""
        return self.returns in (Returns.VERSION, Returns.LOCATION, Returns.CREATED)


def parse_json_body(*, client: Any, response: httpx.Response) -> Any:
    """The body as exact JSON (``None`` when empty)."""
    return _json.loads(response.content) if response.content else None


def _rows(*operations: Operation) -> dict[str, Operation]:
    return {op.name: op for op in operations}


def _actions(
    queueing: Queueing, if_match: IfMatch, *rows: tuple[str, Any, type]
) -> list[Operation]:
    """Actions on one document (``POST .../action/<name>``): answered with the action's
    result or a job, their document read by the resource's ``get``."""
    return [
        Operation(
            name,
            module,
            "POST",
            Returns.ACTION,
            model,
            queueing=queueing,
            answer=Answer.ACTION_OR_JOB,
            if_match=if_match,
            document=name.rsplit(".", 1)[0] + ".get",
        )
        for name, module, model in rows
    ]


_PAY, _INV = "customer_payments.", "customer_invoices."

#: Every operation the Visma resources call, by name.
OPERATIONS: dict[str, Operation] = _rows(
    # -- reads: sent again freely by the transport --------------------------------------------
    Operation(
        _PAY + "page", g.customer_payment_get_all_payments, "GET", Returns.ITEMS, g.PaymentDto
    ),
    Operation(
        _PAY + "get", g.customer_payment_get_bypayment_number, "GET", Returns.MODEL, g.PaymentDto
    ),
    Operation(
        _INV + "page", g.customer_invoice_get_all, "GET", Returns.ITEMS, g.CustomerInvoiceDto
    ),
    Operation(
        _INV + "get",
        g.customer_invoice_get_byinvoice_number,
        "GET",
        Returns.MODEL,
        g.CustomerInvoiceDto,
    ),
    Operation(
        _INV + "rot_rut",
        g.customer_invoice_get_rot_rut_byref_nbr,
        "GET",
        Returns.MODEL,
        g.RotRutDto,
    ),
    Operation(_INV + "print", g.customer_invoice_print_invoice_byref_nbr, "GET", Returns.BYTES),
    Operation(
        _INV + "work_types", g.customer_invoice_get_work_types, "GET", Returns.ITEMS, g.WorkTypeDto
    ),
    # -- creates: never sent again blindly (payments reconcile by their paymentRef) ------------
    Operation(_PAY + "create", g.customer_payment_create_payment, "POST", Returns.CREATED),
    Operation(_INV + "create", g.customer_invoice_v2_create, "POST", Returns.CREATED),
    Operation(_INV + "create_v1", g.customer_invoice_create, "POST", Returns.CREATED),
    Operation(
        _INV + "attach",
        g.customer_invoice_create_header_attachment_byinvoice_number,
        "POST",
        Returns.LOCATION,
        if_match=IfMatch.PRECONDITION,
    ),
    Operation(
        _INV + "attach_line",
        g.customer_invoice_create_line_attachment_byinvoice_numberline_number,
        "POST",
        Returns.LOCATION,
        if_match=IfMatch.PRECONDITION,
    ),
    # -- versioned updates and the delete: re-sent under their guard ---------------------------
    *(
        Operation(name, module, "PUT", Returns.VERSION, if_match=IfMatch.GUARDS_RESEND)
        for name, module in (
            (_PAY + "update", g.customer_payment_put_bypayment_number),
            (_INV + "update", g.customer_invoice_update_byinvoice_number),
        )
    ),
    # A repeated DELETE answers 404: its re-send is guarded by the method itself.
    Operation(
        _INV + "delete", g.customer_invoice_delete_byinvoice_number, "DELETE", Returns.NOTHING
    ),
    # -- actions the server refuses to apply twice (a released or voided document cannot be
    # released or voided again): re-sent under the document's current version -----------------
    *_actions(
        Queueing.ON_REQUEST,
        IfMatch.CURRENT_VERSION,
        (
            _PAY + "release",
            g.customer_payment_release_payment_bypayment_number,
            g.ReleasePaymentActionResultDto,
        ),
        (
            _PAY + "void",
            g.customer_payment_void_payment_bypayment_number,
            g.VoidPaymentActionResultDto,
        ),
        (
            _INV + "release",
            g.customer_invoice_release_invoice_byinvoice_number,
            g.ReleaseInvoiceActionResultDto,
        ),
    ),
    # -- actions that make or send a document: always a job (only its result names what was
    # made), never sent again ------------------------------------------------------------------
    *_actions(
        Queueing.ALWAYS,
        IfMatch.PRECONDITION,
        (
            _INV + "send_to_auto_invoice",
            g.customer_invoice_send_to_auto_invoice_byinvoice_number,
            g.SendToAutoInvoiceArDocumentActionResultDto,
        ),
        (
            _INV + "correct",
            g.customer_invoice_correct_invoice_byinvoice_number,
            g.CorrectArDocumentActionResultDto,
        ),
        (
            _INV + "reverse",
            g.customer_invoice_reverse_invoice_byinvoice_number,
            g.ReverseInvoiceActionResultDto,
        ),
        (
            _INV + "reverse_and_apply_to_note",
            g.customer_invoice_reverse_invoice_and_apply_to_note_byinvoice_number,
            g.ReverseInvoiceActionResultDto,
        ),
    ),
)


def operation(name: str) -> Operation:
    """The row of ``name``; ``KeyError`` for an unknown one."""
    return OPERATIONS[name]


# -- how one call runs ------------------------------------------------------------------------

_SUBSCRIPTION = re.compile(r"subscription(:[^=,\s]+=[^,\s]*(,[^=,\s]+=[^,\s]*)*)?")


@dataclass(frozen=True)
class CallMode:
    """How one call runs, decided once (:func:`call_mode`) and read by everything after."""

    #: The ``erp-api-background`` value sent (``UNSET``: none, a direct call).
    header: str | g.Unset
    #: The caller gets a :class:`~billing_sdk.visma.Job` (``background=`` was given).
    returns_job: bool
    #: A webhook reports the job (subscription mode).
    webhook: bool

    @property
    def queued(self) -> bool:
        """The server is asked to run the call as a background job."""
        return not isinstance(self.header, g.Unset)


#: A direct call (``background=False``) of an operation queued only on request.
DIRECT = CallMode(g.UNSET, returns_job=False, webhook=False)


def call_mode(op: Operation, background: BackgroundMode) -> CallMode:
    """Decide, once, how a call of ``op`` with ``background=`` runs."""
    if background is False and op.queueing is Queueing.ON_REQUEST:
        return DIRECT  # nearly every call: the one shared (frozen) mode
    header = background_header(background)
    if background is False and op.queueing is Queueing.ALWAYS:
        header = "none"  # only the job says when it is done and what it made
    return CallMode(
        header, returns_job=background is not False, webhook=background not in (False, True)
    )


def background_header(background: BackgroundMode) -> str | g.Unset:
    """The ``erp-api-background`` value: ``none`` to poll, ``subscription[:k=v]`` for webhooks."""
    if background is False:
        return g.UNSET
    if background is True:
        return "none"
    if isinstance(background, str) and _SUBSCRIPTION.fullmatch(background):
        return background
    raise ValidationError(
        "background must be True, False or 'subscription[:name=value,...]'", field="background"
    )


class VismaCall(Coroutine[Any, Any, Any], Generic[T_co, B_co]):
    """A Visma call: ``await`` it for its result, a ``T``, or, when it was made with
    ``background=True`` (or a subscription), for the :class:`~billing_sdk.visma.Job` of one.

    The second type parameter is the ``background=`` the call was made with, so ``mypy``
    knows which of the two an ``await`` gives. It is a coroutine (``asyncio.create_task``,
    task groups and ``gather`` take it) and, like one, runs nothing until awaited.
    """

    __slots__ = ("_coroutine",)

    def __init__(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        self._coroutine = coroutine

    @overload
    def __await__(self: VismaCall[T_co, Literal[False]]) -> Generator[Any, None, T_co]: ...
    @overload
    def __await__(
        self: VismaCall[T_co, Literal[True] | str],
    ) -> Generator[Any, None, Job[T_co]]: ...
    @overload
    def __await__(
        self: VismaCall[T_co, bool | str],
    ) -> Generator[Any, None, T_co | Job[T_co]]: ...
    def __await__(self) -> Generator[Any, None, Any]:
        return self._coroutine.__await__()

    def send(self, value: Any) -> Any:
        return self._coroutine.send(value)

    def throw(self, *args: Any) -> Any:
        return self._coroutine.throw(*args)

    def close(self) -> None:
        self._coroutine.close()

    def __repr__(self) -> str:
        return f"<VismaCall {getattr(self._coroutine, '__qualname__', '?')}>"


def on_await(method: Callable[P, C]) -> Callable[P, C]:
    """Run a public method's body (its argument checks, the call's mode, the request) only
    when the call is awaited, as an ``async def`` would: a bad argument raises from the
    ``await`` (``gather(..., return_exceptions=True)`` and task groups see it there)."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> C:
        async def run() -> Any:
            made = method(*args, **kwargs)
            # The call's own coroutine, awaited without its wrapper.
            return await (made._coroutine if isinstance(made, VismaCall) else made)

        return VismaCall(run())  # type: ignore[return-value]  # (C is a VismaCall)

    return call
