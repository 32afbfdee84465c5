"""Many workers, one vendor account: coordination between clients, in-process or on Redis.

Pass a coordination to any client (``VismaClient(..., coordination=RedisCoordination(url))``)
and every client built with it, in any process, shares per vendor account:

* the **rate budget** (:class:`Pacer`): each request takes its share first; a 429 or
  ``Retry-After`` pauses every worker; ``X-RateLimit-Remaining``/``Reset`` (Visma) and
  ``X-Rate-Limit-Remaining``/``Reset`` (Billomat) are followed, so the workers together stop
  when the vendor's window is spent and start again when it resets; an optional
  ``limit=(requests, seconds)`` spaces requests evenly for a known quota. The budget is one
  Lua script run atomically by Redis, on the Redis server's clock (``TIME``), never a worker's;
* **claims** per business reference (:class:`Claims`): two workers creating the same reference
  take turns, and the second finds the first one's record instead of booking it again;
* the **job registry** (:class:`JobRegistry`): every started background job with its
  continuation token, leased to the process waiting for it; ``resume_all()`` in any process
  takes over the jobs whose lease lapsed (a dead worker's), and a webhook received by any
  process reaches the job awaited in another.

:class:`LocalCoordination` (the default) keeps today's behaviour inside one process with no
new dependency. :class:`RedisCoordination` needs ``pip install billing-sdk[redis]``.

When Redis is down, slow or flushed: every Redis operation is bounded by ``op_timeout``; by
default the call then raises :class:`~billing_sdk.CoordinationUnavailable` before anything is
sent to the vendor (nothing lost, nothing doubled); with ``on_unavailable="local"`` the client
falls back to pacing and claiming within its own process, with a warning. See
``docs/many-workers.md``.
"""

from billing_sdk._coordination import (
    Claims,
    Coordination,
    JobRegistry,
    LocalCoordination,
    Pacer,
)
from billing_sdk._coordination_redis import RedisCoordination

__all__ = [
    "Claims",
    "Coordination",
    "JobRegistry",
    "LocalCoordination",
    "Pacer",
    "RedisCoordination",
]
