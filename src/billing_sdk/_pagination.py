"""The paginators: page-numbered lists (``pageNumber/pageSize``, ``page/per_page``) with
:func:`paginate`, offset lists (``offset/number_of_results``)
with :func:`paginate_offset`.

Pages are fetched lazily, one at a time, as the consumer iterates; a consumer that stops early
stops the fetching. The loop ends on the first of: an empty page, a page shorter than the
effective page size, or as many items as the server's total. When the server reports a smaller
maximum page size (e.g. ``metadata.maxPageSize``), later pages ask for that size, so page
numbers keep lining up with what the server actually returns; a page longer than asked makes
its length the page size (the server pages by its own size).

Neither paginator can run away on a server that does not page the way the spec says (a
vendor's paging parameters may rest on an assumption): every item is recognised
by its ``key`` and not yielded again while it is among the last ``WINDOW_PAGES`` pages' items
(what a repeated page or an offset shifted by a new record brings back; a window, so memory
stays bounded on a list of any length), and a page that brings nothing new ends the list. It ends
normally when the page before was longer than asked (a server that ignores the paging
parameters sends its whole list every time: it has all been yielded), and otherwise with
:class:`~billing_sdk.PaginationError`, since a server that repeats a page of the size asked
for ignores the position, and the items it will not page to cannot be reached. After
``max_pages`` fetches the list ends with :class:`~billing_sdk.PaginationError` too.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from billing_sdk._errors import PaginationError, ValidationError

T = TypeVar("T")

#: Fetching more pages than this ends a list with ``PaginationError`` (a million items at the
#: default page size of 100; a larger list should be cut with filters).
DEFAULT_MAX_PAGES = 10_000
#: The items of this many recent pages are remembered to recognise a repeat.
WINDOW_PAGES = 4


@dataclass(frozen=True)
class Page(Generic[T]):
    """One fetched page: its items and what the server said about the whole list."""

    items: Sequence[T]
    #: Total number of items in the list, when the server says.
    total: int | None = None
    #: The largest page size the server allows, when it says.
    max_page_size: int | None = None


FetchPage = Callable[[int, int], Awaitable[Page[T]]]
#: What makes two items the same item (a document number, an id).
ItemKey = Callable[[T], Hashable]


def _itself(item: object) -> Hashable:
    try:
        hash(item)
    except TypeError:
        return repr(item)
    return item  # hashable: checked above


class _Progress(Generic[T]):
    """What one list has yielded so far; decides when it ends."""

    def __init__(self, key: ItemKey[T] | None, max_pages: int) -> None:
        if max_pages < 1:
            raise ValidationError("max_pages must be at least 1", field="max_pages")
        self._key: Callable[[T], Hashable] = key or _itself
        self._recent: deque[set[Hashable]] = deque(maxlen=WINDOW_PAGES)
        self._max_pages = max_pages
        self.pages = 0
        self.yielded = 0
        self._oversized = False

    def new_items(self, page: Page[T]) -> list[T]:
        """The items of ``page`` not yielded before (each item once, in page order)."""
        self.pages += 1
        fresh = []
        keys: set[Hashable] = set()
        for item in page.items:
            key = self._key(item)
            if key not in keys and not any(key in earlier for earlier in self._recent):
                fresh.append(item)
            keys.add(key)
        self._recent.append(keys)
        self.yielded += len(fresh)
        return fresh

    def check_budget(self, where: str) -> None:
        if self.pages >= self._max_pages:
            raise PaginationError(
                f"stopped after {self.pages} pages ({self.yielded} items) at {where}: the list "
                f"did not end within max_pages={self._max_pages}; narrow it with filters",
                pages=self.pages,
                items=self.yielded,
            )

    def finished(
        self, page: Page[T], fresh: list[T], position: int, asked: int, where: str
    ) -> bool:
        """Whether the list ends after ``page`` (``position``: items up to its end)."""
        oversized = self._oversized
        self._oversized = len(page.items) > asked
        if page.total is not None and position >= page.total:
            return True
        effective = min(asked, page.max_page_size) if page.max_page_size else asked
        if len(page.items) < effective:
            return True
        if fresh:
            return False
        if oversized:
            return True  # the whole list again: everything has been yielded
        raise PaginationError(
            f"the page at {where} brought no item that was not already yielded, but the list "
            f"is not known to be complete ({self.yielded} items so far): the server seems to "
            "ignore the paging position, and items beyond what it repeats cannot be reached",
            pages=self.pages,
            items=self.yielded,
        )

    @staticmethod
    def next_size(page: Page[T], asked: int) -> int:
        """The page size to ask for next: the server's maximum, or its own larger size."""
        if len(page.items) > asked:
            return len(page.items)
        return min(asked, page.max_page_size) if page.max_page_size else asked


async def paginate(
    fetch: FetchPage[T],
    *,
    page_size: int,
    first_page: int = 1,
    key: ItemKey[T] | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    by_offset: bool = False,
) -> AsyncIterator[T]:
    """Yield every item of a page-numbered list, fetching ``fetch(page_number, page_size)``.

    ``key`` names an item (default: the item itself); items already yielded are skipped.
    With ``by_offset`` the list is an offset list (:func:`paginate_offset`): ``first_page`` is
    the first offset and ``fetch`` gets ``(offset, limit)``.
    """
    if page_size < 1:
        raise ValidationError("page_size must be at least 1", field="page_size")
    progress: _Progress[T] = _Progress(key, max_pages)
    position = first_page
    while True:
        where = f"offset {position}" if by_offset else f"page {position}"
        progress.check_budget(where)
        page = await fetch(position, page_size)
        if not page.items:
            return
        fresh = progress.new_items(page)
        for item in fresh:
            yield item
        # An offset list's ``total`` counts the whole list: compare it with the absolute
        # position.
        seen = position + len(page.items) if by_offset else progress.yielded
        if progress.finished(page, fresh, seen, page_size, where):
            return
        position += len(page.items) if by_offset else 1
        page_size = progress.next_size(page, page_size)


def paginate_offset(
    fetch: FetchPage[T], *, page_size: int, start: int = 0, **guards: Any
) -> AsyncIterator[T]:
    """Yield every item of an offset list, fetching ``fetch(offset, limit)``.

    Same ending rules and ``key``/``max_pages`` guards as :func:`paginate`. The next offset is
    the previous one plus the items actually returned, so a server that returns fewer than
    asked (a smaller maximum page size) never makes items be skipped.
    """
    if start < 0:
        raise ValidationError("start must not be negative", field="start")
    return paginate(fetch, page_size=page_size, first_page=start, by_offset=True, **guards)
