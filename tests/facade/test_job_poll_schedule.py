"""The background-job poll schedule learns how long a kind of job takes (fake clock, no sleeps).

A simulated job finishes ``duration`` seconds after it started; each poll takes ``RTT``. The
promise (issue 21): the first job of a kind keeps the old schedule; repeated jobs of one kind
are seen within max(100 ms, 10% of their duration) with at most 6 polls, without server hints.
"""

from __future__ import annotations

import random

import pytest

from billing_sdk.visma._jobs import (
    POLL_FIRST,
    POLL_MAX,
    JobDurations,
    JobKind,
    PollSchedule,
)

RTT = 0.004


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run_job(
    duration: float, durations: JobDurations | None, clock: FakeClock, seed: int = 0
) -> tuple[float, int]:
    """One job: (seconds between its end and the poll that saw it, polls made)."""
    started = clock.now
    schedule = PollSchedule(random.Random(seed), durations=durations, started=started, clock=clock)
    polls = 0
    while True:
        clock.now += schedule.next_wait()
        polls += 1
        finished = clock.now - started >= duration
        clock.now += RTT
        schedule.saw(finished)
        if finished:
            return clock.now - started - duration, polls
        assert polls < 200, "the schedule never reached the job's end"


def tolerance(duration: float) -> float:
    return max(0.1, 0.1 * duration)


def test_the_first_job_of_a_kind_keeps_the_old_schedule() -> None:
    clock = FakeClock()
    learned = PollSchedule(random.Random(3), durations=JobDurations(), clock=clock)
    plain = PollSchedule(random.Random(3))
    for _ in range(12):
        assert learned.next_wait() == plain.next_wait()
    # And today's 5 s job is late by 0.6-0.7 s: what learning is for.
    late, polls = run_job(5.0, JobDurations(), FakeClock())
    assert late > 0.5
    assert polls == 10


@pytest.mark.parametrize("duration", [0.05, 0.2, 1.0, 5.0, 30.0, 300.0])
def test_repeated_jobs_of_one_kind_are_seen_within_a_tenth_with_at_most_6_polls(
    duration: float,
) -> None:
    clock = FakeClock()
    durations = JobDurations()
    run_job(duration, durations, clock)  # the first job teaches the kind
    for seed in range(1, 12):
        late, polls = run_job(duration, durations, clock, seed)
        assert late <= tolerance(duration), (seed, late)
        assert polls <= 6, (seed, polls)


def test_jittery_durations_of_one_kind_stay_within_the_promise() -> None:
    clock = FakeClock()
    durations = JobDurations()
    rng = random.Random(7)
    run_job(5.0, durations, clock)
    for seed in range(1, 30):
        duration = 5.0 * rng.uniform(0.95, 1.05)
        late, polls = run_job(duration, durations, clock, seed)
        assert late <= tolerance(duration), (seed, duration, late)
        assert polls <= 6, (seed, polls)


def test_a_kind_that_gets_faster_is_found_again_within_a_few_jobs() -> None:
    clock = FakeClock()
    durations = JobDurations()
    for _ in range(3):
        run_job(10.0, durations, clock)
    results = [run_job(1.0, durations, clock, seed) for seed in range(1, 13)]
    # The first faster job is seen at the old time; the next ones look earlier, doubling.
    assert results[0][0] > 5
    assert [late for late, _ in results[:5]] == sorted(
        (late for late, _ in results[:5]), reverse=True
    )
    settled = results[6:]
    assert all(late <= tolerance(1.0) for late, _ in settled), results
    assert all(polls <= 6 for _, polls in settled), results


def test_a_kind_that_gets_slower_backs_off_and_learns_the_new_duration() -> None:
    clock = FakeClock()
    durations = JobDurations()
    for _ in range(3):
        run_job(1.0, durations, clock)
    slow, polls = run_job(20.0, durations, clock)
    # Past the window the waits grow again, capped: a long job costs few polls.
    assert polls <= 20
    assert slow <= POLL_MAX
    # Four slow jobs later the history is all slow jobs and the promise holds again.
    for seed in range(1, 5):
        run_job(20.0, durations, clock, seed)
    late, polls = run_job(20.0, durations, clock, 9)
    assert late <= tolerance(20.0)
    assert polls <= 6


def test_a_wait_that_begins_late_looks_at_once() -> None:
    clock = FakeClock()
    durations = JobDurations()
    run_job(5.0, durations, clock)
    started = clock.now
    clock.now += 60.0  # the caller waited a minute before calling wait()
    schedule = PollSchedule(random.Random(1), durations=durations, started=started, clock=clock)
    assert schedule.next_wait() == POLL_FIRST


def test_a_server_hint_wins_and_the_job_still_teaches_its_kind() -> None:
    clock = FakeClock()
    durations = JobDurations()
    schedule = PollSchedule(random.Random(1), durations=durations, clock=clock)
    assert schedule.next_wait(advised=2.5) == 2.5
    clock.now += 2.5
    schedule.saw(True)
    assert durations.typical == pytest.approx(2.5)


def test_failed_or_unfinished_polls_teach_nothing() -> None:
    clock = FakeClock()
    durations = JobDurations()
    schedule = PollSchedule(random.Random(1), durations=durations, clock=clock)
    schedule.saw(True)  # no poll made yet
    clock.now += schedule.next_wait()
    schedule.saw(False)
    assert durations.typical is None
    assert durations.plan() is None


def test_each_job_kind_learns_on_its_own() -> None:
    def parse() -> None:
        return None

    async def finish(result: object) -> None:
        return None

    a = JobKind("customer_invoices.release", parse, finish)
    b = JobKind("customer_payments.release", parse, finish)
    a.durations.record(2.0, 3.0, learned=False)
    assert b.durations.plan() is None
    assert a.durations.plan() is not None
    assert a == JobKind("customer_invoices.release", parse, finish)  # durations not compared
