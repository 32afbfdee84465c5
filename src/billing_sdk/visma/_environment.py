"""Visma's environment variables (the clients' and the CLI's names) and default URLs."""

from __future__ import annotations

from collections.abc import Mapping

from billing_sdk._environment import is_loopback_url, setting

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


def visma_token_url(base_url: str, given: str | None) -> str:
    """The token URL: given, ``VISMA_TOKEN_URL``, the sandbox's for a loopback base URL, or
    Visma Connect's."""
    explicit = setting(VISMA_ENV, "token_url", given)
    if explicit:
        return explicit
    if is_loopback_url(base_url):
        return base_url.rstrip("/") + SANDBOX_TOKEN_PATH
    return VISMA_DEFAULT_TOKEN_URL
