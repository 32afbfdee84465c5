"""Opt-in logging, and redaction of secrets in the logs of the HTTP libraries underneath.

``BILLING_SDK_LOG=debug|info`` attaches a stderr handler to the ``billing_sdk`` logger once.

The SDK's own log lines carry the path only. httpx, however, logs every request at INFO as
``HTTP Request: GET <full URL> "HTTP/1.1 200 OK"``, and the full URL of a read may carry
a session token or an API key in its query string (``?token=...``, ``api_key=``).
An application that turns on INFO/DEBUG for all loggers would write those tokens to its logs.
:func:`install_redaction` (run whenever a client is created) adds a filter to the httpx and
httpcore loggers, and to the SDK's own, that replaces the values of such query parameters with
``***`` before any handler sees the record.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import Any

from billing_sdk._constants import LOG_ENV_VAR, LOGGER_NAME

_configured = False

#: Query parameters whose values are credentials somewhere in the three APIs (or OAuth2).
SECRET_QUERY_PARAMETERS = (
    "token",
    "access_token",
    "refresh_token",
    "api_key",
    "apikey",
    "client_secret",
    "password",
    "secret",
)
_SECRET_QUERY = re.compile(
    r"(?i)([?&;](?:" + "|".join(SECRET_QUERY_PARAMETERS) + r")=)[^&#\s\"'<>]*"
)
#: Every logger that can write a request URL. Logger filters only see records created on
#: that very logger (not on its children), so httpcore's loggers are named one by one.
REDACTED_LOGGERS = (
    LOGGER_NAME,
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_PLAIN = (int, float, bool, type(None))


def redact(text: str) -> str:
    """``text`` with the values of secret-carrying query parameters replaced by ``***``."""
    return _SECRET_QUERY.sub(r"\1***", text)


def _redacted(value: Any) -> Any:
    if isinstance(value, _PLAIN):
        return value
    text = value if isinstance(value, str) else str(value)
    cleaned = redact(text)
    # Untouched values keep their type (a %r or %d in the format still works).
    return value if cleaned == text else cleaned


class RedactSecrets(logging.Filter):
    """Rewrites a record's message and arguments so no secret query value survives."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        args = record.args
        if isinstance(args, tuple):
            record.args = tuple(_redacted(arg) for arg in args)
        elif isinstance(args, Mapping):
            record.args = {key: _redacted(arg) for key, arg in args.items()}
        return True


def install_redaction() -> None:
    """Add :class:`RedactSecrets` to every logger that can write a URL (idempotent)."""
    for name in REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(RedactSecrets())


def configure_from_env() -> None:
    """Install the redaction filter; honour ``BILLING_SDK_LOG`` (called when a client is
    created); otherwise stay silent."""
    global _configured
    install_redaction()
    if _configured:
        return
    _configured = True
    level_name = os.environ.get(LOG_ENV_VAR, "").strip().upper()
    if level_name not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        return
    logger = logging.getLogger(LOGGER_NAME)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level_name)
