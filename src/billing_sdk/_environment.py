"""Credentials and base URLs from environment variables: one table for the clients and the CLI.

Every client constructor falls back to these variables for what it was not given (an
argument always wins), and the ``billing-sdk`` command line reads the very same names. A
value that is still missing raises :class:`~billing_sdk.ConfigurationError` naming the
argument and the variable; the message never holds a value (secrets included).

=============  ==========================================================================
Visma          ``VISMA_BASE_URL``, ``VISMA_CLIENT_ID``, ``VISMA_CLIENT_SECRET``,
               ``VISMA_TENANT_ID``, ``VISMA_TOKEN_URL``
CRM.COM        ``CRMCOM_BASE_URL``, ``CRMCOM_USERNAME``, ``CRMCOM_PASSWORD``,
               ``CRMCOM_ORGANISATION``, ``CRMCOM_WEB_API_KEY``
Billomat       ``BILLOMAT_BASE_URL``, ``BILLOMAT_API_KEY``
=============  ==========================================================================
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping

from billing_sdk._errors import ConfigurationError

VISMA_DEFAULT_BASE_URL = "https://api.finance.visma.net"
VISMA_DEFAULT_TOKEN_URL = "https://connect.visma.com/connect/token"
#: Where the sandbox (and any loopback Visma stand-in) serves its token endpoint.
SANDBOX_TOKEN_PATH = "/connect/token"

#: Constructor argument -> environment variable, per vendor (the CLI's names too).
VISMA_ENV: Mapping[str, str] = {
    "base_url": "VISMA_BASE_URL",
    "client_id": "VISMA_CLIENT_ID",
    "client_secret": "VISMA_CLIENT_SECRET",
    "tenant_id": "VISMA_TENANT_ID",
    "token_url": "VISMA_TOKEN_URL",
}
CRMCOM_ENV: Mapping[str, str] = {
    "base_url": "CRMCOM_BASE_URL",
    "username": "CRMCOM_USERNAME",
    "password": "CRMCOM_PASSWORD",
    "organisation": "CRMCOM_ORGANISATION",
    "web_api_key": "CRMCOM_WEB_API_KEY",
}
BILLOMAT_ENV: Mapping[str, str] = {
    "base_url": "BILLOMAT_BASE_URL",
    "api_key": "BILLOMAT_API_KEY",
}


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
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def visma_token_url(base_url: str, given: str | None) -> str:
    """The token URL: given, ``VISMA_TOKEN_URL``, the sandbox's for a loopback base URL, or
    Visma Connect's."""
    explicit = setting(VISMA_ENV, "token_url", given)
    if explicit:
        return explicit
    if is_loopback_url(base_url):
        return base_url.rstrip("/") + SANDBOX_TOKEN_PATH
    return VISMA_DEFAULT_TOKEN_URL
