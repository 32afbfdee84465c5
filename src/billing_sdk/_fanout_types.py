"""The values bulk fan-out hands back: :class:`Outcome` per item, :class:`Progress` snapshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypedDict, TypeVar, cast, final

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

#: Workers per job when the caller does not say.
DEFAULT_CONCURRENCY = 16

#: What a progress callback receives; its return value is ignored.
ProgressCallback = Callable[["Progress"], object]
#: The exceptions that become failed outcomes instead of ending the job.
ErrorTypes = type[Exception] | tuple[type[Exception], ...]


@final
class Outcome(Generic[ItemT, ResultT]):
    """What happened to one input item: its value, or the error its call raised.

    Attributes:
        index: the item's position in the input (0-based).
        item: the input item itself, so a failure can be reported or retried.
        error: the exception the call raised, or ``None`` on success.

    ``value`` is the call's result; reading it on a failed outcome raises the item's error,
    so ``[o.value for o in outcomes]`` either gives every value or raises the first failure.
    """

    __slots__ = ("_value", "error", "index", "item")

    def __init__(
        self,
        index: int,
        item: ItemT,
        value: ResultT | None = None,
        error: Exception | None = None,
    ) -> None:
        self.index = index
        self.item = item
        self._value = value
        self.error = error

    @property
    def ok(self) -> bool:
        """Did the call succeed?"""
        return self.error is None

    @property
    def value(self) -> ResultT:
        """The call's result; raises the item's error if the call failed."""
        if self.error is not None:
            raise self.error
        return cast(ResultT, self._value)

    def __repr__(self) -> str:
        # The value's type only: a whole invoice in a repr would drown the log line.
        what = f"value=<{type(self._value).__name__}>" if self.ok else f"error={self.error!r}"
        return f"Outcome(index={self.index}, item={short_repr(self.item)}, {what})"


#: ``map``'s result: one outcome per input item, in input order.
Outcomes = list[Outcome[ItemT, ResultT]]


@dataclass(frozen=True)
class Progress:
    """A snapshot of a running bulk job, handed to the ``progress`` callback.

    Attributes:
        done: items finished so far, failed ones included.
        failed: items whose call raised.
        total: the number of items, or ``None`` when the input has no length.
        in_flight: calls running right now.
        concurrency: how many calls may run at once now (changes with ``adaptive=True``).
        elapsed: seconds since the job started.
    """

    done: int
    failed: int
    total: int | None
    in_flight: int
    concurrency: int
    elapsed: float

    @property
    def succeeded(self) -> int:
        """Items whose call succeeded."""
        return self.done - self.failed


class BulkOptions(TypedDict, total=False):
    """The options of ``bulk.map`` that per-resource conveniences (``get_many`` ...) pass on."""

    concurrency: int
    fail_fast: bool
    adaptive: bool
    progress: bool | ProgressCallback
    total: int | None
    catch: ErrorTypes


def short_repr(value: object, limit: int = 60) -> str:
    """``repr(value)``, cut to ``limit`` characters (items can be whole payment mappings)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
