"""Defaults, named once. Every client takes overrides for these."""

from __future__ import annotations

import httpx

#: 30 s to read a response, 10 s to connect; never unbounded.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: The most one call may take in total: every attempt, the waits between them and the token
#: request or login it needed. Each attempt is bounded too (``attempt_timeout``; by default
#: the connect and read timeouts added up), however slowly the server trickles its bytes.
DEFAULT_CALL_TIMEOUT = 300.0
#: The largest response body (after decompression) the client reads; a larger one raises
#: ``ResponseTooLarge`` without being held in memory.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: Connections per client. Bulk fan-out keeps its concurrency below ``max_connections``.
DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64)

#: Total attempts per request (the first one plus retries).
DEFAULT_MAX_ATTEMPTS = 4
#: Full-jitter exponential backoff: attempt n waits uniform(0, min(MAX, INITIAL * 2**n)).
DEFAULT_BACKOFF_INITIAL = 0.25
DEFAULT_BACKOFF_MAX = 8.0
#: A server asking us to wait longer than this fails fast with ``RateLimited``.
DEFAULT_MAX_SERVER_WAIT = 60.0

#: Renew an OAuth2 or session token this many seconds before it expires.
TOKEN_REFRESH_MARGIN = 60.0

#: The logger every module logs to; ``BILLING_SDK_LOG=debug|info`` turns it on.
LOGGER_NAME = "billing_sdk"
LOG_ENV_VAR = "BILLING_SDK_LOG"

#: Key of the per-request options in ``httpx.Request.extensions``.
REQUEST_OPTIONS_EXTENSION = "billing_sdk.options"
#: Set in ``httpx.Request.extensions`` by the transport when the request was sent again after
#: an attempt that may have landed (its value says what that attempt met).
RESENT_AFTER_DOUBT_EXTENSION = "billing_sdk.resent_after_doubt"
