"""Opt-in logging: ``BILLING_SDK_LOG=debug|info`` attaches a stderr handler once."""

from __future__ import annotations

import logging
import os

from billing_sdk._constants import LOG_ENV_VAR, LOGGER_NAME

_configured = False


def configure_from_env() -> None:
    """Honour ``BILLING_SDK_LOG`` (called when a client is created); otherwise stay silent."""
    global _configured
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
