"""The Redis backend of the coordination (public as ``billing_sdk.coordination``)."""

from __future__ import annotations

import json
import logging
import math
import time
import uuid
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from typing import Any, Literal, TypeVar

import anyio
import httpx

from billing_sdk._constants import LOGGER_NAME
from billing_sdk._coordination import (
    Claims,
    JobRegistry,
    LocalCoordination,
    PacerWaitTooLong,
    _LocalClaims,
    _LocalJobs,
)
from billing_sdk._errors import CoordinationUnavailable, OutcomeUnknown, ValidationError

logger = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")

#: Take one slot of the budget. KEYS[1]: the account's budget hash. ARGV: the configured
#: interval between requests (s, 0: none), the longest wait the caller accepts (s), the
#: key's lifetime (s). Returns {granted (1/0), wait (s), server time} as strings (Lua numbers
#: would come back truncated to integers).
#:
#: Fields: ``next`` (the next free slot), ``paused`` (everyone waits until then), ``vrem`` and
#: ``vreset`` (what is left of the vendor's window and when it resets, while known), and
#: ``inflight`` (requests taken whose answer has not been reported: the vendor has not
#: necessarily counted them yet).
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local h = redis.call('HMGET', KEYS[1], 'next', 'paused', 'vrem', 'vreset')
local nxt = tonumber(h[1]) or 0
local paused = tonumber(h[2]) or 0
local vrem = tonumber(h[3])
local vreset = tonumber(h[4]) or 0
local slot = math.max(now, paused, nxt)
if vrem ~= nil and vrem <= 0 and vreset > slot then
  slot = vreset
end
local wait = slot - now
if wait > tonumber(ARGV[2]) then
  return {'0', string.format('%.6f', wait), string.format('%.6f', now)}
end
redis.call('HSET', KEYS[1], 'next', string.format('%.6f', slot + tonumber(ARGV[1])))
if vrem ~= nil and slot >= vreset then
  -- The vendor's window has reset: its count is unknown until the next answer says it.
  redis.call('HDEL', KEYS[1], 'vrem', 'vreset')
  redis.call('HSET', KEYS[1], 'inflight', '1')
else
  if vrem ~= nil then
    redis.call('HSET', KEYS[1], 'vrem', tostring(vrem - 1))
  end
  redis.call('HINCRBY', KEYS[1], 'inflight', 1)
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {'1', string.format('%.6f', wait), string.format('%.6f', now)}
"""

#: Report a vendor answer. ARGV: pause (s, 0: none), remaining (-1: not sent), reset (s from
#: now, -1: not sent), the key's lifetime (s). A pause only ever extends. A remaining count is
#: what the vendor had left when it answered; the requests still in flight may not be counted
#: in it yet, so what is left for new ones is ``remaining - inflight``, and within one window
#: it only ever goes down (answers to earlier requests may arrive later). An answer whose
#: reset lies a window later starts the next window's count.
_REPORT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local pause = tonumber(ARGV[1])
if pause > 0 then
  local paused = tonumber(redis.call('HGET', KEYS[1], 'paused')) or 0
  if now + pause > paused then
    redis.call('HSET', KEYS[1], 'paused', string.format('%.6f', now + pause))
  end
end
local rem = tonumber(ARGV[2])
local reset = tonumber(ARGV[3])
if rem >= 0 and reset >= 0 then
  local h = redis.call('HMGET', KEYS[1], 'vrem', 'vreset', 'inflight')
  local vrem = tonumber(h[1])
  local vreset = tonumber(h[2]) or 0
  local inflight = math.max(0, (tonumber(h[3]) or 0) - 1)
  redis.call('HSET', KEYS[1], 'inflight', tostring(inflight))
  local left = rem - inflight
  -- A reset more than a second (the headers' rounding) later than the one we track: the
  -- vendor has started its next window before we expected it (our reset was rounded up).
  if vrem == nil or vreset <= now or now + reset > vreset + 1 then
    redis.call('HSET', KEYS[1], 'vrem', tostring(left), 'vreset',
      string.format('%.6f', now + reset))
  elseif left < vrem then
    redis.call('HSET', KEYS[1], 'vrem', tostring(left))
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
"""

#: Delete / extend a key only while it still holds our token (a lapsed lease is someone
#: else's now).
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""

_REMAINING = ("x-ratelimit-remaining", "x-rate-limit-remaining")
_RESET = ("x-ratelimit-reset", "x-rate-limit-reset")
#: A reset value this large is a Unix time (some vendors send one), not seconds from now.
_EPOCH_THRESHOLD = 1_000_000_000


def quota_headers(headers: httpx.Headers) -> tuple[int, float]:
    """``(remaining, reset seconds)`` from the vendor's quota headers; -1 where absent."""
    remaining, reset = -1, -1.0
    for name in _REMAINING:
        value = headers.get(name)
        if value is not None:
            with suppress(ValueError):
                remaining = max(0, int(value.strip()))
            break
    for name in _RESET:
        value = headers.get(name)
        if value is not None:
            try:
                seconds = float(value.strip())
            except ValueError:
                break
            if math.isfinite(seconds):
                if seconds > _EPOCH_THRESHOLD:
                    seconds -= time.time()
                reset = max(0.0, seconds)
            break
    return remaining, reset


class _Store:
    """The Redis connection and the rule for its failures (shared by the three parts)."""

    def __init__(
        self,
        url: str | None,
        client: Any,
        *,
        prefix: str,
        op_timeout: float,
        on_unavailable: Literal["raise", "local"],
    ) -> None:
        if client is None:
            try:
                from redis import asyncio as redis_asyncio
            except ImportError:  # pragma: no cover - the extra is not installed
                raise ValidationError(
                    "RedisCoordination needs the redis extra: pip install 'billing-sdk[redis]'",
                    field="coordination",
                ) from None
            client = redis_asyncio.Redis.from_url(
                url or "redis://127.0.0.1:6379/0",
                socket_connect_timeout=op_timeout,
                decode_responses=True,
            )
        self.redis = client
        self.prefix = prefix
        self.op_timeout = op_timeout
        self.on_unavailable = on_unavailable
        self._warned = False
        self.take = client.register_script(_TAKE)
        self.report = client.register_script(_REPORT)
        self.release = client.register_script(_RELEASE)
        self.renew = client.register_script(_RENEW)

    def key(self, account: str, *parts: str) -> str:
        return ":".join((self.prefix, account, *parts))

    async def run(self, what: str, op: Callable[[], Awaitable[T]], extra: float = 0.0) -> T:
        """One Redis operation, bounded by ``op_timeout`` (+ ``extra`` for a blocking read);
        a failure becomes :class:`CoordinationUnavailable` (no library exception chained:
        its message could name the URL)."""
        try:
            with anyio.fail_after(self.op_timeout + extra):
                return await op()
        except TimeoutError:
            problem = f"no answer within {self.op_timeout + extra:g} s"
        except Exception as exc:
            if not _is_redis_error(exc):
                raise
            problem = type(exc).__name__
        raise CoordinationUnavailable(f"Redis coordination failed while {what} ({problem})")

    def fall_back(self, error: CoordinationUnavailable) -> bool:
        """True when the caller chose local pacing and claiming over failing."""
        if self.on_unavailable != "local":
            return False
        if not self._warned:
            self._warned = True
            warnings.warn(
                f"{error.message}: pacing and claiming within this process only",
                RuntimeWarning,
                stacklevel=3,
            )
        logger.warning("%s: falling back to this process", error.message)
        return True


def _is_redis_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith("redis") or isinstance(exc, OSError | ConnectionError)


class RedisPacer:
    """The shared rate budget of one account on Redis (see the module docstring)."""

    def __init__(self, store: _Store, account: str, interval: float, ttl: int) -> None:
        self._store = store
        self._key = store.key(account, "budget")
        self._interval = interval
        self._ttl = ttl
        #: Client-side microseconds spent in Redis calls, and their count (benchmarks).
        self.calls = 0
        self.seconds = 0.0

    async def before_attempt(self, max_wait: float) -> float:
        """Take one slot; sleep until it comes (see :class:`~billing_sdk.coordination.Pacer`)."""
        started = time.perf_counter()
        try:
            answer = await self._store.run(
                "taking from the rate budget",
                lambda: self._store.take(
                    keys=[self._key],
                    args=[f"{self._interval:.6f}", f"{max_wait:.6f}", self._ttl],
                ),
            )
        except CoordinationUnavailable as exc:
            if self._store.fall_back(exc):
                return 0.0  # the transport's own pause still applies
            raise
        finally:
            self.calls += 1
            self.seconds += time.perf_counter() - started
        granted, wait = answer[0] == "1", float(answer[1])
        if not granted:
            raise PacerWaitTooLong(wait)
        if wait > 0:
            await anyio.sleep(wait)
        return wait

    async def after_response(self, status: int, headers: httpx.Headers, pause: float) -> None:
        """Report a vendor answer; never raises (the answer itself must reach the caller)."""
        remaining, reset = quota_headers(headers)
        started = time.perf_counter()
        try:
            await self._store.run(
                "reporting to the rate budget",
                lambda: self._store.report(
                    keys=[self._key],
                    args=[f"{pause:.6f}", remaining, f"{reset:.6f}", self._ttl],
                ),
            )
        except CoordinationUnavailable as exc:
            logger.warning("%s (the answer is kept)", exc.message)
        finally:
            self.calls += 1
            self.seconds += time.perf_counter() - started


class RedisClaims:
    """Reference claims on Redis: ``SET NX`` with a lease renewed while the claim is held."""

    def __init__(self, store: _Store, account: str, lease: float) -> None:
        self._store = store
        self._account = account
        self._lease_ms = max(1, int(lease * 1000))
        self._local = _LocalClaims()

    def claim(self, reference: str, *, wait: float) -> AbstractAsyncContextManager[None]:
        """Hold ``reference`` across every process of the account (see :class:`Claims`)."""
        return self._hold(reference, wait)

    @asynccontextmanager
    async def _hold(self, reference: str, wait: float) -> AsyncIterator[None]:
        key = self._store.key(self._account, "claim", reference)
        token = uuid.uuid4().hex
        # Local coroutines queue on a lock first: one Redis waiter per reference per process.
        async with self._local.claim(reference, wait=wait):
            try:
                await self._acquire(key, token, reference, wait)
            except CoordinationUnavailable as exc:
                if not self._store.fall_back(exc):
                    raise
                yield  # local claim only; the vendor lookup still finds a finished create
                return
            try:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(self._keep, key, token)
                    try:
                        yield
                    finally:
                        tg.cancel_scope.cancel()
            finally:
                with anyio.CancelScope(shield=True):
                    try:
                        await self._store.run(
                            "releasing a claim",
                            lambda: self._store.release(keys=[key], args=[token]),
                        )
                    except CoordinationUnavailable as exc:
                        # The write is done either way; the lease runs out on its own.
                        logger.warning("%s (the claim lapses after its lease)", exc.message)

    async def _acquire(self, key: str, token: str, reference: str, wait: float) -> None:
        give_up = time.monotonic() + wait
        delay = 0.01
        while True:
            taken = await self._store.run(
                "claiming a reference",
                lambda: self._store.redis.set(key, token, nx=True, px=self._lease_ms),
            )
            if taken:
                return
            if time.monotonic() + delay > give_up:
                raise OutcomeUnknown(
                    f"another worker has been creating {reference!r} for longer than this "
                    f"call may wait ({wait:g} s): look it up before creating it again",
                    reference=reference,
                    attempts=0,
                )
            await anyio.sleep(delay)
            delay = min(delay * 2, 0.25)

    async def _keep(self, key: str, token: str) -> None:
        while True:
            await anyio.sleep(self._lease_ms / 3000)
            try:
                await self._store.run(
                    "renewing a claim",
                    lambda: self._store.renew(keys=[key], args=[token, self._lease_ms]),
                )
            except CoordinationUnavailable as exc:
                logger.warning("%s", exc.message)


class RedisJobs:
    """The job registry of one account on Redis: a hash of continuation tokens, a lease key
    per job held by the waiting process, and a list per job for relayed webhook news."""

    relays = True

    def __init__(self, store: _Store, account: str, lease: float) -> None:
        self._store = store
        self._jobs = store.key(account, "jobs")
        self._account = account
        self._lease_ms = max(1, int(lease * 1000))
        self._owner = uuid.uuid4().hex
        self.lease = lease

    def _lease_key(self, job_id: str) -> str:
        return self._store.key(self._account, "job-lease", job_id)

    def _done_key(self, job_id: str) -> str:
        return self._store.key(self._account, "job-done", job_id)

    async def record_started(self, job_id: str, token: str) -> None:
        """Record the job and lease it to this process."""

        async def op() -> None:
            async with self._store.redis.pipeline(transaction=True) as pipe:
                pipe.hset(self._jobs, job_id, token)
                pipe.set(self._lease_key(job_id), self._owner, px=self._lease_ms)
                await pipe.execute()

        await self._store.run("recording a started job", op)

    async def renew(self, job_id: str) -> None:
        """Extend this process's lease on the job."""
        await self._store.run(
            "renewing a job lease",
            lambda: self._store.renew(
                keys=[self._lease_key(job_id)], args=[self._owner, self._lease_ms]
            ),
        )

    async def forget_when_final(self, job_id: str) -> None:
        """Drop the finished job and its lease."""

        async def op() -> None:
            async with self._store.redis.pipeline(transaction=True) as pipe:
                pipe.hdel(self._jobs, job_id)
                pipe.delete(self._lease_key(job_id), self._done_key(job_id))
                await pipe.execute()

        await self._store.run("forgetting a finished job", op)

    async def release(self, job_id: str) -> None:
        """Give the job up (its waiter stopped early): another process may take it now."""
        await self._store.run(
            "releasing a job lease",
            lambda: self._store.release(keys=[self._lease_key(job_id)], args=[self._owner]),
        )

    async def orphans(self) -> list[tuple[str, str]]:
        """Lease to this process every recorded job nobody holds (``SET NX``: one taker)."""
        jobs: dict[str, str] = await self._store.run(
            "listing started jobs", lambda: self._store.redis.hgetall(self._jobs)
        )
        taken = []
        for job_id, token in jobs.items():
            lease_key = self._lease_key(job_id)

            async def take(lease_key: str = lease_key) -> Any:
                return await self._store.redis.set(
                    lease_key, self._owner, nx=True, px=self._lease_ms
                )

            got = await self._store.run("taking over a job", take)
            if got:
                taken.append((job_id, token))
        return taken

    async def publish_done(self, job_id: str, state: dict[str, Any] | None) -> None:
        """Push the news to the job's relay list (kept an hour for a waiter to pick up)."""

        async def op() -> None:
            async with self._store.redis.pipeline(transaction=True) as pipe:
                pipe.rpush(self._done_key(job_id), json.dumps({"state": state}))
                pipe.expire(self._done_key(job_id), 3600)
                await pipe.execute()

        await self._store.run("relaying a webhook", op)

    async def wait_done(self, job_id: str, seconds: float) -> dict[str, Any] | bool | None:
        """Block (``BLPOP``) up to ``seconds`` for relayed news about the job."""
        seconds = max(0.01, seconds)
        answer = await self._store.run(
            "waiting for a relayed webhook",
            lambda: self._store.redis.blpop([self._done_key(job_id)], timeout=seconds),
            extra=seconds,
        )
        if not answer:
            return False
        state = json.loads(answer[1]).get("state")
        return state if isinstance(state, dict) else None


class RedisCoordination:
    """Coordination of every client, in every process, that uses the same Redis.

    Args:
        url: the Redis URL (``redis://host:6379/0``; ``rediss://`` for TLS).
        client: an existing ``redis.asyncio.Redis`` created with ``decode_responses=True``
            (instead of ``url``).
        prefix: the prefix of every key (several deployments can share one Redis).
        limit: ``(requests, seconds)``: a known quota to spread requests evenly over, on
            top of following the vendor's headers (``None``: the headers and 429s only).
        op_timeout: seconds any one Redis operation may take.
        on_unavailable: ``"raise"`` (default): a call that cannot reach Redis raises
            :class:`~billing_sdk.CoordinationUnavailable` before anything is sent;
            ``"local"``: it paces and claims within its process, with a warning.
        claim_lease, job_lease: seconds a claim or a job's lease outlives a process that
            died holding it (both are renewed while held).
    """

    name = "redis"

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        prefix: str = "billing-sdk",
        limit: tuple[int, float] | None = None,
        op_timeout: float = 2.0,
        on_unavailable: Literal["raise", "local"] = "raise",
        claim_lease: float = 30.0,
        job_lease: float = 30.0,
    ) -> None:
        if on_unavailable not in ("raise", "local"):
            raise ValidationError(
                "on_unavailable must be 'raise' or 'local'", field="on_unavailable"
            )
        if not (isinstance(op_timeout, int | float) and 0 < op_timeout < math.inf):
            raise ValidationError("op_timeout must be a positive number", field="op_timeout")
        interval = 0.0
        self._ttl = 3600
        if limit is not None:
            requests, seconds = limit
            if requests < 1 or not seconds > 0:
                raise ValidationError("limit must be (requests >= 1, seconds > 0)", field="limit")
            interval = seconds / requests
            self._ttl = max(self._ttl, int(seconds * 2) + 1)
        self._interval = interval
        self._store = _Store(
            url, client, prefix=prefix, op_timeout=op_timeout, on_unavailable=on_unavailable
        )
        self._claim_lease = claim_lease
        self._job_lease = job_lease
        self._pacers: dict[str, RedisPacer] = {}
        self._claims: dict[str, RedisClaims] = {}
        self._jobs: dict[str, RedisJobs | _LocalJobs] = {}
        self._local = LocalCoordination()

    @property
    def redis(self) -> Any:
        """The ``redis.asyncio.Redis`` client in use."""
        return self._store.redis

    def pacer(self, account: str) -> RedisPacer:
        """The account's shared budget (one object per account per coordination)."""
        if account not in self._pacers:
            self._pacers[account] = RedisPacer(self._store, account, self._interval, self._ttl)
        return self._pacers[account]

    def claims(self, account: str) -> Claims:
        """The account's reference claims."""
        if account not in self._claims:
            self._claims[account] = RedisClaims(self._store, account, self._claim_lease)
        return self._claims[account]

    def jobs(self, account: str) -> JobRegistry:
        """The account's job registry."""
        if account not in self._jobs:
            self._jobs[account] = RedisJobs(self._store, account, self._job_lease)
        return self._jobs[account]

    async def aclose(self) -> None:
        """Close the Redis connections (clients do not own the coordination)."""
        await self._store.redis.aclose()

    def __repr__(self) -> str:
        return f"RedisCoordination(prefix={self._store.prefix!r})"
