"""Bulk fan-out: run one SDK call per item, concurrently, in order, with progress.

::

    from billing_sdk import bulk

    outcomes = await bulk.map(client.invoices.get, numbers, concurrency=32)
    for outcome in outcomes:                 # one Outcome per item, in input order
        if outcome.ok:
            print(outcome.value.reference_number)
        else:
            print(outcome.index, outcome.item, outcome.error)

    async with bulk.stream(client.invoices.get, endless()) as results:
        async for index, outcome in results:  # as they complete; nothing is kept
            ...

Concurrency stays below the client's connection pool and is shared by every bulk job on that
client; a 429 pauses every request of the client for the advised time; ``adaptive=True``
settles just under the server's limit; ``progress=True`` draws a bar on a terminal
(``pip install 'billing-sdk[progress]'``). See ``docs/bulk.md``.
"""

from billing_sdk._fanout import map, stream
from billing_sdk._fanout_types import (
    DEFAULT_CONCURRENCY,
    BulkOptions,
    Outcome,
    Outcomes,
    Progress,
    ProgressCallback,
)

__all__ = [
    "DEFAULT_CONCURRENCY",
    "BulkOptions",
    "Outcome",
    "Outcomes",
    "Progress",
    "ProgressCallback",
    "map",
    "stream",
]
