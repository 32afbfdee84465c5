"""Paginators that cannot run away: repeated pages, servers that ignore paging, a page cap."""

from __future__ import annotations

import pytest

from billing_sdk import PaginationError
from billing_sdk._pagination import Page, paginate, paginate_offset


class IgnoringServer:
    """Answers every request with the whole list (paging parameters ignored)."""

    def __init__(self, size: int) -> None:
        self.items = list(range(size))
        self.calls = 0

    async def fetch(self, position: int, limit: int) -> Page[int]:
        self.calls += 1
        return Page(self.items)


class FirstPageServer:
    """Honours the page size but ignores the position: always the first page."""

    def __init__(self, size: int) -> None:
        self.items = list(range(size))
        self.calls = 0

    async def fetch(self, position: int, limit: int) -> Page[int]:
        self.calls += 1
        return Page(self.items[:limit])


@pytest.mark.parametrize("paginator", [paginate_offset, paginate])
async def test_a_server_that_ignores_paging_yields_each_item_once(paginator: object) -> None:
    server = IgnoringServer(250)
    got = [i async for i in paginator(server.fetch, page_size=100)]  # type: ignore[operator]
    assert got == list(range(250))
    assert server.calls <= 3


@pytest.mark.parametrize("paginator", [paginate_offset, paginate])
async def test_a_repeated_page_of_the_size_asked_is_an_error_not_a_loop(paginator: object) -> None:
    server = FirstPageServer(250)
    got: list[int] = []
    with pytest.raises(PaginationError) as caught:
        async for item in paginator(server.fetch, page_size=100):  # type: ignore[operator]
            got.append(item)
    assert got == list(range(100))  # what was yielded is valid and not repeated
    assert server.calls == 2
    assert caught.value.items == 100 and caught.value.pages == 2


async def test_items_already_yielded_are_skipped_when_pages_overlap() -> None:
    # A record inserted at the front between two requests shifts the offsets by one.
    pages = {0: [10, 11, 12], 3: [12, 13, 14], 6: [15]}

    async def fetch(offset: int, limit: int) -> Page[int]:
        return Page(pages[offset])

    assert [i async for i in paginate_offset(fetch, page_size=3)] == [10, 11, 12, 13, 14, 15]


async def test_the_page_cap_ends_in_a_typed_error() -> None:
    async def endless(page_number: int, size: int) -> Page[int]:
        return Page(list(range(page_number * size, (page_number + 1) * size)))

    got = []
    with pytest.raises(PaginationError) as caught:
        async for item in paginate(endless, page_size=2, max_pages=5):
            got.append(item)
    assert len(got) == 10
    assert caught.value.pages == 5


async def test_a_server_with_its_own_larger_page_size_is_followed() -> None:
    items = list(range(12))

    async def fetch(page_number: int, size: int) -> Page[int]:
        own = 5  # ignores the requested size, pages by 5
        return Page(items[(page_number - 1) * own : page_number * own])

    assert [i async for i in paginate(fetch, page_size=2)] == items


async def test_items_are_matched_by_key() -> None:
    pages = {1: [{"id": 1}, {"id": 2}], 2: [{"id": 1}, {"id": 2}]}

    async def fetch(page_number: int, size: int) -> Page[dict[str, int]]:
        return Page(pages[page_number])

    with pytest.raises(PaginationError):
        async for _ in paginate(fetch, page_size=2, key=lambda d: d["id"]):
            pass
