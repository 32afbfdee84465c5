"""paginate_offset: CRM.COM's offset/number_of_results lists, fetched lazily."""

from __future__ import annotations

import pytest

from billing_sdk._pagination import Page, paginate_offset


class Server:
    """An offset list of ``size`` items that serves at most ``max_page`` per request."""

    def __init__(self, size: int, max_page: int = 1000, report_max: bool = False) -> None:
        self.items = list(range(size))
        self.max_page = max_page
        self.report_max = report_max
        self.calls: list[tuple[int, int]] = []

    async def fetch(self, offset: int, limit: int) -> Page[int]:
        self.calls.append((offset, limit))
        page = self.items[offset : offset + min(limit, self.max_page)]
        return Page(page, max_page_size=self.max_page if self.report_max else None)


async def test_every_item_once_in_order_and_a_short_page_ends_it() -> None:
    server = Server(5)
    assert [i async for i in paginate_offset(server.fetch, page_size=2)] == [0, 1, 2, 3, 4]
    assert server.calls == [(0, 2), (2, 2), (4, 2)]


async def test_a_full_last_page_costs_one_empty_fetch() -> None:
    server = Server(4)
    assert [i async for i in paginate_offset(server.fetch, page_size=2)] == [0, 1, 2, 3]
    assert server.calls == [(0, 2), (2, 2), (4, 2)]


async def test_empty_list_is_one_fetch() -> None:
    server = Server(0)
    assert [i async for i in paginate_offset(server.fetch, page_size=10)] == []
    assert server.calls == [(0, 10)]


async def test_pages_are_fetched_only_as_the_consumer_iterates() -> None:
    server = Server(100)
    async for item in paginate_offset(server.fetch, page_size=10):
        if item == 12:
            break
    assert server.calls == [(0, 10), (10, 10)]


async def test_a_reported_smaller_maximum_is_followed_without_skipping() -> None:
    server = Server(7, max_page=3, report_max=True)
    assert [i async for i in paginate_offset(server.fetch, page_size=5)] == list(range(7))
    assert server.calls == [(0, 5), (3, 3), (6, 3)]


async def test_a_total_ends_the_list_without_an_extra_fetch() -> None:
    items = list(range(6))

    async def fetch(offset: int, limit: int) -> Page[int]:
        return Page(items[offset : offset + limit], total=len(items))

    got = [i async for i in paginate_offset(fetch, page_size=2, start=2)]
    assert got == [2, 3, 4, 5]


@pytest.mark.parametrize(("page_size", "start"), [(0, 0), (1, -1)])
async def test_bad_arguments_are_refused(page_size: int, start: int) -> None:
    server = Server(1)
    with pytest.raises(ValueError):
        async for _ in paginate_offset(server.fetch, page_size=page_size, start=start):
            pass
    assert server.calls == []
