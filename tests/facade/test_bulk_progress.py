"""Progress for a person: a callback with done/failed/total, or a rich bar on a terminal."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator

import pytest

from billing_sdk import NotFound, bulk
from billing_sdk.bulk import Progress


async def _half_fail(i: int) -> int:
    if i % 2:
        raise NotFound(f"{i} not found", status=404)
    return i


async def test_the_callback_sees_done_failed_and_total() -> None:
    seen: list[Progress] = []
    await bulk.map(_half_fail, list(range(10)), concurrency=3, progress=seen.append)

    assert seen[0].done == 0 and seen[0].total == 10  # shown before the first item ends
    last = seen[-1]
    assert (last.done, last.failed, last.succeeded, last.total) == (10, 5, 5, 10)
    assert last.in_flight == 0 and last.concurrency == 3 and last.elapsed >= 0
    assert [p.done for p in seen] == sorted(p.done for p in seen)  # never goes backwards
    assert all(p.in_flight <= 3 for p in seen)


async def test_total_is_none_for_an_unsized_input_unless_given() -> None:
    def numbers() -> Iterator[int]:
        yield from range(4)

    seen: list[Progress] = []
    await bulk.map(_half_fail, numbers(), progress=seen.append)
    assert {p.total for p in seen} == {None}
    assert seen[-1].done == 4

    seen.clear()
    await bulk.map(_half_fail, numbers(), progress=seen.append, total=4)
    assert {p.total for p in seen} == {4}


async def test_a_raising_callback_ends_the_job_with_its_error() -> None:
    def callback(progress: Progress) -> None:
        if progress.done == 2:
            raise RuntimeError("the dashboard is down")

    with pytest.raises(RuntimeError, match="dashboard"):
        await bulk.map(_half_fail, range(100), concurrency=1, progress=callback)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_progress_true_draws_a_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    outcomes = await bulk.map(_half_fail, range(6), concurrency=2, progress=True)
    assert len(outcomes) == 6
    text = screen.getvalue()
    assert "6/6" in text and "3 failed" in text


async def test_no_bar_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    await bulk.map(_half_fail, range(6), progress=True)
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


async def test_without_rich_the_job_runs_and_says_why_there_is_no_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setitem(sys.modules, "rich.console", None)
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    with pytest.warns(UserWarning, match=r"billing-sdk\[progress\]"):
        outcomes = await bulk.map(_half_fail, range(4), progress=True)
    assert len(outcomes) == 4
