"""Visma actions (release, void, reverse, correct, send to AutoInvoice) as awaitable results.

Visma answers an ``.../action/...`` call with 202 at once: without ``erp-api-background`` the
body is an action result (``actionId``, ``actionResult`` Queued/InProcess/Done/Failed,
``errorInfo``) and the action goes on in the background; with the header it is the job's
``{id, stateLocation}`` and the job ends when the action is done. Either way the call returns
an :class:`Action` (a background call a :class:`~billing_sdk.visma.Job` of one), never an
error once the server accepted it; ``await action`` waits until the document shows the action
done and returns that document (for reverse and correct: the credit note or corrected invoice
the action made).

How "done" is seen: release and void by the document's status (compared as text); the
actions that make or send a document (reverse, reverse-and-apply, correct, send to AutoInvoice)
by their background job, because only its final action result names what was made, so the SDK
runs them as a job even when the caller asks for a direct call.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio

from billing_sdk.visma._errors import ActionError, ActionFailed, ActionTimeout
from billing_sdk.visma._jobs import Job, PollSchedule
from billing_sdk.visma._operations import Operation

if TYPE_CHECKING:
    from billing_sdk.visma._context import VismaContext

R = TypeVar("R")
D = TypeVar("D")

_DONE = "done"
_FAILED = "failed"


def text_of(value: object) -> str:
    """An enum member's value or any raw value, as lower-case text ("" for none)."""
    raw = getattr(value, "value", value)
    return "" if raw is None or not isinstance(raw, str | int) else str(raw).strip().lower()


@dataclass(frozen=True)
class ActionKind(Generic[R, D]):
    """How one action is read, recognised as done and turned into its document."""

    #: The action's row of the operations table (its name, result model and queueing).
    op: Operation
    #: Reads a document by number (the one acted on, or the one the action made).
    read: Callable[[str], Awaitable[D]]
    #: Whether the acted-on document shows the action done; ``None``: only the action's final
    #: result (a job's content) can tell.
    done: Callable[[D], bool] | None = None
    #: The number of the document the action made (reverse: the credit note), from the final
    #: result; ``None``: the action's own document is the answer.
    produced: Callable[[R], str | None] | None = None
    #: The made document when the final result carries it whole (``creditNoteDto``).
    carried: Callable[[R], D | None] | None = None

    @property
    def name(self) -> str:
        """Stable name (``customer_payments.release``), also the name of its job kind."""
        return self.op.name

    @property
    def result(self) -> type[R]:
        """The generated action-result model."""
        model: type[R] = self.op.model  # type: ignore[assignment]  # the row's DTO is the R
        return model


class Action(Generic[R, D]):
    """An action Visma accepted; ``await action`` waits until it is done.

    ``status`` is Visma's ``actionResult`` as it came (``"Queued"``, ``"Done"``...;
    ``"Accepted"`` while a job runs it), ``result`` the action-result model (``None`` while a
    job runs it, or when the body could not be read as one), ``raw`` the answer's JSON.
    ``await action`` (or :meth:`wait`) returns the document once it shows the action done;
    it raises :class:`~billing_sdk.ActionFailed` when Visma reports the action failed and
    :class:`~billing_sdk.ActionTimeout` when ``timeout`` runs out (the action may still
    finish). A reverse or correct found already done (see ``InvoiceActions``) has
    ``found=True`` and no action id.
    """

    def __init__(
        self,
        context: VismaContext,
        kind: ActionKind[R, D],
        document: str,
        raw: Mapping[str, Any] | None = None,
        *,
        version: str | None = None,
        job: Job[Action[R, D]] | None = None,
        made: D | None = None,
    ) -> None:
        self._context = context
        self.kind = kind
        #: The number of the document the action acts on.
        self.document = document
        #: The new version of that document, when the answer had an ``ETag``.
        self.version = version
        #: The background job running the action, when it was sent as one.
        self.job = job
        #: The action was found done before anything was sent (no second credit note).
        self.found = made is not None
        self._made = made
        self._adopt(raw)

    def _adopt(self, raw: Mapping[str, Any] | None) -> None:
        self.raw: dict[str, Any] = dict(raw or {})
        self.result: R | None = None
        if raw:
            try:
                self.result = self.kind.result.from_dict(dict(raw))  # type: ignore[attr-defined]
            except (ValueError, TypeError, KeyError, AttributeError):
                self.result = None  # kept as raw: an unexpected value never fails an action

    def __repr__(self) -> str:
        return f"Action({self.kind.name!r}, document={self.document!r}, status={self.status!r})"

    @property
    def operation(self) -> str:
        return self.kind.name

    def to_dict(self) -> dict[str, Any]:
        """The answer as Visma sent it (``actionId``, ``actionResult``...), plus which
        operation and document it is about (for printing and logs)."""
        data: dict[str, Any] = {"operation": self.operation, "document": self.document}
        data.update(self.raw)
        if self.found:
            data["found"] = True
        if self.job is not None:
            data.setdefault("jobId", self.job.id)
        return data

    @property
    def status(self) -> str:
        """``actionResult`` as Visma sent it (``"Accepted"`` while a job runs the action)."""
        if self.found:
            return "Done"
        value = self.raw.get("actionResult")
        if value is None:
            return "Accepted" if self.job is not None else ""
        return str(value)

    @property
    def action_id(self) -> str | None:
        value = self.raw.get("actionId")
        return str(value) if value else None

    @property
    def error_info(self) -> str | None:
        value = self.raw.get("errorInfo")
        return str(value) if value else None

    @property
    def done(self) -> bool:
        """Visma reported the action done (the document may still be read for it)."""
        return text_of(self.status) == _DONE

    # The timeout is part of the public contract, as in ``Job.wait``.
    async def wait(self, timeout: float | None = None) -> D:  # noqa: ASYNC109
        """Wait until the document shows the action done; return that document.

        Raises:
            ActionFailed: Visma reports the action failed (nothing was changed).
            ActionTimeout: ``timeout`` seconds passed; the action may still finish.
            JobFailed, JobExpired: the background job running the action did.
        """
        started = time.monotonic()
        try:
            with anyio.fail_after(timeout):
                return await self._until_done()
        except TimeoutError:
            raise ActionTimeout(
                f"not done after {time.monotonic() - started:.1f} s (status {self.status!r}); "
                "the action was accepted and may still finish",
                action_id=self.action_id,
                document=self.document,
            ) from None

    def __await__(self) -> Generator[Any, None, D]:
        return self.wait().__await__()

    async def _until_done(self) -> D:
        if self._made is not None:
            return self._made
        if self.job is not None and not self.done and text_of(self.status) != _FAILED:
            finished = await self.job.wait()
            self._adopt(finished.raw)
            self.version = finished.version or self.version
        state = text_of(self.status)
        if state == _FAILED:
            raise ActionFailed(
                f"Visma reports the action failed: {self.error_info or 'no reason given'}",
                action_id=self.action_id,
                document=self.document,
                error_info=self.error_info,
            )
        if state == _DONE:
            return await self._document()
        done = self.kind.done
        if done is None:
            raise ActionError(
                f"accepted with status {self.status!r}, but only the action's final result says "
                "when it is done and what it made; Visma answered without a job to wait for",
                action_id=self.action_id,
                document=self.document,
            )
        schedule = PollSchedule()
        engine = self._context.engine
        while True:
            await anyio.sleep(schedule.next_wait())
            async with engine.capacity.slot():
                current = await self.kind.read(self.document)
            if done(current):
                return current

    async def _document(self) -> D:
        """The document to hand back once the action is done."""
        kind, result = self.kind, self.result
        if kind.produced is None:
            return await kind.read(self.document)
        carried = kind.carried(result) if kind.carried is not None and result else None
        if carried is not None:
            return carried
        made = kind.produced(result) if result is not None else None
        if not made:
            raise ActionError(
                "the action is done, but Visma named no document it made",
                action_id=self.action_id,
                document=self.document,
            )
        return await kind.read(made)


class ActionLedger:
    """The actions that make a document (reverse, correct) this client sent, by operation and
    invoice: a second call returns what the first one returned instead of sending again, so a
    retried or repeated call never makes a second credit note. Bounded; a failed action is
    forgotten (trying again is then allowed)."""

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._sent: dict[tuple[str, str], object] = {}

    def get(self, operation: str, document: str) -> object | None:
        answer = self._sent.get((operation, document))
        action = answer if isinstance(answer, Action) else None
        if action is not None and text_of(action.status) == _FAILED:
            del self._sent[(operation, document)]
            return None
        return answer

    def put(self, operation: str, document: str, answer: object) -> None:
        self._sent[(operation, document)] = answer
        while len(self._sent) > self._size:
            del self._sent[next(iter(self._sent))]

    def forget(self, operation: str, document: str) -> None:
        self._sent.pop((operation, document), None)
