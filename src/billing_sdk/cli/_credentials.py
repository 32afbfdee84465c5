"""Credentials for the vendor commands: flags on the vendor group, or environment variables.

Each vendor group (``billing-sdk visma``, ``crmcom``, ``billomat``) takes its credentials as
options that fall back to environment variables (``--client-secret`` / ``VISMA_CLIENT_SECRET``);
the variables' names come from :mod:`billing_sdk._environment`, the table the client
constructors read too (``VismaClient()`` with the same environment finds the same values).
Nothing is checked until a command needs a client; a missing value then raises
:class:`MissingCredential`, one line naming both the flag and the variable. Secret values are
never printed: not in ``--help`` (no defaults are shown), not in errors, not in reprs.

Plain ``http://`` is only used for loopback hosts (the sandbox), where the clients are given
``allow_insecure_http=True``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import click
import httpx

from billing_sdk import _registry as registry
from billing_sdk._environment import is_loopback_url
from billing_sdk.billomat import BillomatClient
from billing_sdk.billomat._environment import BILLOMAT_ENV
from billing_sdk.crmcom import CrmComClient
from billing_sdk.crmcom._environment import CRMCOM_ENV
from billing_sdk.visma import VismaClient
from billing_sdk.visma._environment import (
    SANDBOX_TOKEN_PATH,
    VISMA_DEFAULT_BASE_URL,
    VISMA_DEFAULT_TOKEN_URL,
    VISMA_ENV,
)

F = TypeVar("F", bound=Callable[..., Any])


class CredentialError(click.UsageError):
    """A vendor group's credentials or base URL cannot be used (one line, exit code 2)."""


class MissingCredential(CredentialError):
    """A credential the command needs was given neither as a flag nor in the environment."""

    def __init__(self, vendor: str, flag: str, env: str, extra: str = "") -> None:
        """``vendor`` is the registry name, which is also the CLI group's name."""
        super().__init__(
            f"missing {_title(vendor)} credential: set {env} or pass "
            f"'billing-sdk {vendor} {flag} ...'{extra}"
        )


def _title(vendor: str) -> str:
    """The registered vendor's name for people (the registry name if it is not registered)."""
    try:
        return registry.vendor(vendor).title
    except KeyError:
        return vendor


@dataclass(frozen=True)
class Setting:
    """One credential: its option name, environment variable, help text and secrecy."""

    flag: str
    env: str
    help: str
    secret: bool = False


def options(settings: tuple[Setting, ...]) -> Callable[[F], F]:
    """Decorate a click group with one option per setting (each falling back to its env var)."""

    def decorate(fn: F) -> F:
        for setting in reversed(settings):
            fn = click.option(
                setting.flag,
                envvar=setting.env,
                show_envvar=True,
                default=None,
                metavar="TEXT",
                help=setting.help + (" (secret: prefer the variable)" if setting.secret else ""),
            )(fn)
        return fn

    return decorate


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (the only place plain http:// is allowed)."""
    return is_loopback_url(url)


def _insecure(url: str) -> dict[str, Any]:
    return {"allow_insecure_http": True} if is_loopback(url) else {}


def _base_url(vendor: str, value: str | None, flag: str, env: str) -> str:
    if not value:
        raise MissingCredential(vendor, flag, env)
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        raise CredentialError(f"{flag} is not a URL: {value!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise CredentialError(f"{flag} must be an http(s) URL, not {value!r}")
    if url.scheme == "http" and not is_loopback(value):
        raise CredentialError(
            f"{flag}: use https:// for {url.host} (plain http:// only to this machine, "
            "e.g. the sandbox, or credentials would travel unencrypted)"
        )
    return value.rstrip("/")


@contextlib.contextmanager
def _refusals(vendor: str) -> Iterator[None]:
    """A client constructor's ``ValueError`` (bad settings) as a usage error."""
    try:
        yield
    except ValueError as exc:
        raise CredentialError(f"{_title(vendor)}: {exc}") from None


# -- Visma ------------------------------------------------------------------------------------

VISMA = (
    Setting("--base-url", VISMA_ENV["base_url"], f"API origin [default: {VISMA_DEFAULT_BASE_URL}]"),
    Setting("--client-id", VISMA_ENV["client_id"], "OAuth2 client id"),
    Setting("--client-secret", VISMA_ENV["client_secret"], "OAuth2 client secret", secret=True),
    Setting("--tenant-id", VISMA_ENV["tenant_id"], "the company's tenant id"),
    Setting(
        "--token-url",
        VISMA_ENV["token_url"],
        f"token endpoint [default: {VISMA_DEFAULT_TOKEN_URL}; "
        f"BASE_URL{SANDBOX_TOKEN_PATH} for a loopback base URL]",
    ),
)


@dataclass(frozen=True)
class VismaCredentials:
    """What ``billing-sdk visma`` was given (``None`` where nothing was)."""

    base_url: str | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    tenant_id: str | None = None
    token_url: str | None = None

    def client(self) -> VismaClient:
        """A :class:`VismaClient`, or :class:`MissingCredential` naming what is missing."""
        base = _base_url("visma", self.base_url or VISMA_DEFAULT_BASE_URL, *_flag_env(VISMA, 0))
        for index, value in ((1, self.client_id), (2, self.client_secret), (3, self.tenant_id)):
            if not value:
                raise MissingCredential("visma", *_flag_env(VISMA, index))
        token_url = self.token_url or (
            base + SANDBOX_TOKEN_PATH if is_loopback(base) else VISMA_DEFAULT_TOKEN_URL
        )
        with _refusals("visma"):
            return VismaClient(
                base_url=base,
                client_id=self.client_id,
                client_secret=self.client_secret,
                tenant_id=self.tenant_id,
                token_url=token_url,
                **_insecure(base),
            )


# -- CRM.COM ----------------------------------------------------------------------------------

CRMCOM = (
    Setting(
        "--base-url", CRMCOM_ENV["base_url"], "the deployment's origin (API under /crmapi/rest/v2)"
    ),
    Setting("--username", CRMCOM_ENV["username"], "login user"),
    Setting("--password", CRMCOM_ENV["password"], "login password", secret=True),
    Setting("--organisation", CRMCOM_ENV["organisation"], "login organisation"),
    Setting(
        "--web-api-key",
        CRMCOM_ENV["web_api_key"],
        "log in with a web API key instead of username/password",
        secret=True,
    ),
)


@dataclass(frozen=True)
class CrmComCredentials:
    """What ``billing-sdk crmcom`` was given."""

    base_url: str | None = None
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    organisation: str | None = None
    web_api_key: str | None = field(default=None, repr=False)

    def client(self) -> CrmComClient:
        """A :class:`CrmComClient` (web API key if given, else username/password/organisation)."""
        base = _base_url("crmcom", self.base_url, *_flag_env(CRMCOM, 0))
        if self.web_api_key:
            with _refusals("crmcom"):
                return CrmComClient(base_url=base, web_api_key=self.web_api_key, **_insecure(base))
        for index, value in ((1, self.username), (2, self.password), (3, self.organisation)):
            if not value:
                raise MissingCredential(
                    "crmcom",
                    *_flag_env(CRMCOM, index),
                    extra=" (or log in with CRMCOM_WEB_API_KEY)",
                )
        with _refusals("crmcom"):
            return CrmComClient(
                base_url=base,
                username=self.username,
                password=self.password,
                organisation=self.organisation,
                **_insecure(base),
            )


# -- Billomat ---------------------------------------------------------------------------------

BILLOMAT = (
    Setting("--base-url", BILLOMAT_ENV["base_url"], "https://<billomat-id>.billomat.net"),
    Setting("--api-key", BILLOMAT_ENV["api_key"], "API key", secret=True),
)


@dataclass(frozen=True)
class BillomatCredentials:
    """What ``billing-sdk billomat`` was given."""

    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)

    def client(self) -> BillomatClient:
        """A :class:`BillomatClient`, or :class:`MissingCredential`."""
        base = _base_url("billomat", self.base_url, *_flag_env(BILLOMAT, 0))
        if not self.api_key:
            raise MissingCredential("billomat", *_flag_env(BILLOMAT, 1))
        with _refusals("billomat"):
            return BillomatClient(base_url=base, api_key=self.api_key, **_insecure(base))


def _flag_env(settings: tuple[Setting, ...], index: int) -> tuple[str, str]:
    return settings[index].flag, settings[index].env
