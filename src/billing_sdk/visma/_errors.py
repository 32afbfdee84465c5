"""Visma's own errors (actions, background jobs) and reading its error bodies (``{"message":
...}`` or the legacy IPP exception form)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from billing_sdk import _json
from billing_sdk._errors import BillingError, VendorError, error_body

if TYPE_CHECKING:
    import httpx


class ActionError(BillingError):
    """A Visma action (release, void, reverse, ...) was accepted but did not finish as asked."""

    def __init__(self, message: str, *, action_id: str | None, document: str) -> None:
        super().__init__(message)
        self.action_id = action_id
        self.document = document

    def __str__(self) -> str:
        return f"{self.message} (document {self.document}, action {self.action_id or '?'})"


class ActionFailed(ActionError):
    """The action's result says it failed; ``error_info`` is Visma's reason."""

    landed = False

    def __init__(
        self, message: str, *, action_id: str | None, document: str, error_info: str | None
    ) -> None:
        super().__init__(message, action_id=action_id, document=document)
        self.error_info = error_info


class ActionTimeout(ActionError, TimeoutError):
    """``wait(timeout=...)`` ran out before the document showed the action done.

    The action was accepted and may still finish: wait again, or read the document.
    """


class JobError(BillingError):
    """A Visma background job did not produce a result."""

    job_id: str

    def __init__(self, message: str, *, job_id: str) -> None:
        super().__init__(message)
        self.job_id = job_id

    def __str__(self) -> str:
        return f"{self.message} (job {self.job_id})"


class JobFailed(JobError):
    """The job's state is ``Failed``."""


class JobExpired(JobError):
    """The job's state or content is gone (410 after 24 hours)."""


class JobTimeout(JobError, TimeoutError):
    """``wait(timeout=...)`` ran out. The job itself keeps running on the server."""


class JobsFailed(JobError):
    """``background.wait_all``: at least one job failed; every job's outcome is kept.

    ``outcomes`` lists one :class:`~billing_sdk.visma.JobOutcome` per job, in the order the
    jobs were given (``ok``, ``result`` or ``error``); ``failed`` and ``succeeded`` are the two
    halves. ``job_id`` is the first failed job's. The message names each failed job and its
    error, never a secret (the errors' own messages carry none).
    """

    def __init__(self, outcomes: Sequence[Any]) -> None:
        failed = [outcome for outcome in outcomes if not outcome.ok]
        shown = "; ".join(
            f"{outcome.job_id}: {type(outcome.error).__name__}: {outcome.error}"
            for outcome in failed[:5]
        )
        more = f"; and {len(failed) - 5} more" if len(failed) > 5 else ""
        super().__init__(
            f"{len(failed)} of {len(outcomes)} jobs failed ({shown}{more})",
            job_id=failed[0].job_id if failed else "",
        )
        self.outcomes = tuple(outcomes)

    @property
    def failed(self) -> list[Any]:
        """The outcomes of the jobs that failed (each with its ``error``)."""
        return [outcome for outcome in self.outcomes if not outcome.ok]

    @property
    def succeeded(self) -> list[Any]:
        """The outcomes of the jobs that finished (each with its ``result``)."""
        return [outcome for outcome in self.outcomes if outcome.ok]

    def __str__(self) -> str:
        return self.message


def parse_visma_error(response: httpx.Response) -> VendorError:
    """The message (and exception code) of a Visma error body; empty if there is none (412)."""
    content = error_body(response)
    if content is None:
        return VendorError()
    try:
        body = _json.loads(content)
    except ValueError:
        return VendorError()
    if not isinstance(body, dict):
        return VendorError()
    message = body.get("message") or body.get("ExceptionMessage") or body.get("exceptionMessage")
    code = body.get("ExceptionFaultCode") or body.get("exceptionFaultCode")
    return VendorError(code=str(code) if code else None, message=str(message) if message else None)
