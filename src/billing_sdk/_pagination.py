"""The paginators: page-numbered lists (Visma ``pageNumber/pageSize``, Billomat
``page/per_page``) with :func:`paginate`, offset lists (CRM.COM ``offset/number_of_results``)
with :func:`paginate_offset`.

Pages are fetched lazily, one at a time, as the consumer iterates; a consumer that stops early
stops the fetching. The loop ends on the first of: an empty page, a page shorter than the
effective page size, or as many items as the server's total. When the server reports a smaller
maximum page size (Visma ``metadata.maxPageSize``), later pages ask for that size, so page
numbers keep lining up with what the server actually returns.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One fetched page: its items and what the server said about the whole list."""

    items: Sequence[T]
    #: Total number of items in the list, when the server says.
    total: int | None = None
    #: The largest page size the server allows, when it says.
    max_page_size: int | None = None


FetchPage = Callable[[int, int], Awaitable[Page[T]]]


async def paginate(fetch: FetchPage[T], *, page_size: int, first_page: int = 1) -> AsyncIterator[T]:
    """Yield every item of a page-numbered list, fetching ``fetch(page_number, page_size)``."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    page_number = first_page
    seen = 0
    while True:
        page = await fetch(page_number, page_size)
        if not page.items:
            return
        for item in page.items:
            yield item
        seen += len(page.items)
        effective = min(page_size, page.max_page_size) if page.max_page_size else page_size
        if page.total is not None and seen >= page.total:
            return
        if len(page.items) < effective:
            return
        page_size = effective
        page_number += 1


async def paginate_offset(
    fetch: FetchPage[T], *, page_size: int, start: int = 0
) -> AsyncIterator[T]:
    """Yield every item of an offset list, fetching ``fetch(offset, limit)``.

    Same ending rules as :func:`paginate`. The next offset is the previous one plus the items
    actually returned, so a server that returns fewer than asked (a smaller maximum page
    size) never makes items be skipped.
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    if start < 0:
        raise ValueError("start must not be negative")
    offset = start
    while True:
        page = await fetch(offset, page_size)
        if not page.items:
            return
        for item in page.items:
            yield item
        offset += len(page.items)
        effective = min(page_size, page.max_page_size) if page.max_page_size else page_size
        # ``total`` counts the whole list, so compare it with the absolute position.
        if page.total is not None and offset >= page.total:
            return
        if len(page.items) < effective:
            return
        page_size = effective
