"""What a 429 or a 503 means lives in one module, ``billing_sdk._retry``.

Changing it there changes every layer at once: the transport's pause, the fan-out's
congestion signal and the verdict on a failed call. No other module decides what those
statuses mean by comparing a status with them.
"""

from __future__ import annotations

import ast
import random
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import respx

import billing_sdk
from billing_sdk import _errors as errors
from billing_sdk import _retry
from billing_sdk.billomat import BillomatClient
from tests.facade.test_retry_policy import BASE, PAYMENT, RecordingSleep

PACKAGE = Path(billing_sdk.__file__).parent
SLOW_DOWN = (429, 503)
#: Where 429 or 503 may be written outside ``_retry``: as a name, not as a rule.
NAMES_ONLY = {
    "_errors.py": "RateLimited.status_code: the class of the error, chosen by status",
    "crmcom/_errors.py": "CRM.COM's RATE_LIMITED error code read as the status it stands for",
    "cli/_demo.py": "the demo's fault plan: what the sandbox is asked to answer",
}


def _literals(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and type(node.value) is int and node.value in SLOW_DOWN
    ]


def test_no_module_but_retry_writes_the_slow_down_statuses() -> None:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        if where.startswith(("_generated/", "sandbox/")) or where == "_retry.py":
            continue  # generated code, the vendors' test double, the home itself
        if lines := _literals(path):
            found[where] = lines
    assert set(found) <= set(NAMES_ONLY), {w: found[w] for w in set(found) - set(NAMES_ONLY)}
    assert _literals(PACKAGE / "_retry.py")  # the scan sees what it looks for


@pytest.fixture
async def billomat() -> AsyncIterator[tuple[BillomatClient, RecordingSleep]]:
    sleep = RecordingSleep()
    async with BillomatClient(base_url=BASE, api_key="k-secret") as bm:
        bm._transport._sleep = sleep
        bm._transport._clock = sleep.clock
        bm._transport._rng = random.Random(1)
        yield bm, sleep


async def _a_503_then_ok(bm: BillomatClient) -> None:
    respx.get(f"{BASE}/api/credit-note-payments/5").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "2"}),
            httpx.Response(200, json=PAYMENT),
        ]
    )
    assert (await bm.credit_note_payments.get(5)).id == 5


async def _a_503_for_good(bm: BillomatClient) -> errors.BillingError:
    respx.get(f"{BASE}/api/credit-note-payments/6").mock(return_value=httpx.Response(503))
    with pytest.raises(errors.ServerError) as info:
        await bm.credit_note_payments.get(6)
    return info.value


@respx.mock
async def test_a_503_slows_the_whole_client_down_by_the_rule_in_retry(
    billomat: tuple[BillomatClient, RecordingSleep],
) -> None:
    bm, sleep = billomat
    await _a_503_then_ok(bm)
    assert bm.stats.pauses == 1  # the advised wait paused every request of the client
    assert sleep.delays[0] == 2.0
    assert _retry.slow_down_signals(bm.stats) == 2  # the pause and the 503: fan-out halves
    error = await _a_503_for_good(bm)
    assert _retry.asks_to_slow_down(error)  # a fan-out outcome that halves the window


@respx.mock
async def test_one_edit_to_retry_changes_pacing_fan_out_and_verdicts_together(
    billomat: tuple[BillomatClient, RecordingSleep], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_retry, "SLOW_DOWN_STATUSES", frozenset({_retry.TOO_MANY_REQUESTS}))
    bm, sleep = billomat
    await _a_503_then_ok(bm)
    assert bm.stats.pauses == 0  # still retried after the advised wait, but no client pause
    assert sleep.delays[0] == 2.0
    assert bm.stats.unavailable == 1  # still counted ...
    assert _retry.slow_down_signals(bm.stats) == 0  # ... but no longer congestion
    error = await _a_503_for_good(bm)
    assert not _retry.asks_to_slow_down(error)
