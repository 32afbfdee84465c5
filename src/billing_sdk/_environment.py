"""Credentials and base URLs from environment variables: one table for the clients and the CLI.

Every client constructor falls back to these variables for what it was not given (an
argument always wins), and the ``billing-sdk`` command line reads the very same names. A
value that is still missing raises :class:`~billing_sdk.ConfigurationError` naming the
argument and the variable; the message never holds a value (secrets included).

Each vendor package keeps its own table (its ``_environment.py`` module): the
constructor argument -> the variable's name; ``docs/`` lists them per vendor.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from billing_sdk._errors import ConfigurationError
from billing_sdk._validation import is_loopback_host


def from_env(table: Mapping[str, str], argument: str) -> str | None:
    """The variable for ``argument`` (``None`` when unset or empty)."""
    return os.environ.get(table[argument]) or None


def setting(table: Mapping[str, str], argument: str, given: str | None) -> str | None:
    """``given`` if the caller passed it, else the environment's value (or ``None``)."""
    return given if given is not None else from_env(table, argument)


def require(
    client: str, table: Mapping[str, str], values: Mapping[str, str | None], hint: str = ""
) -> None:
    """Raise :class:`ConfigurationError` naming every argument in ``values`` that is empty."""
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise ConfigurationError(client, [(name, table[name]) for name in missing], hint=hint)


def is_loopback_url(url: str) -> bool:
    """Whether ``url``'s host is this machine (``localhost`` or a loopback address)."""
    import httpx  # kept out of the module import: the CLI's tables need no httpx

    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL:
        return False
    return is_loopback_host(host)
