"""``CrmComClient``: the CRM.COM Web API v2 payments, behind one login session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from billing_sdk._client import BaseClient, sandbox_options
from billing_sdk._environment import from_env, require, setting
from billing_sdk._errors import ValidationError
from billing_sdk.crmcom._auth import CRMCOM_IDLE_TIMEOUT, CrmComLogin, CrmComSession
from billing_sdk.crmcom._environment import CRMCOM_ENV
from billing_sdk.crmcom._errors import CODE_STATUS, parse_crmcom_error
from billing_sdk.crmcom._generated import Client
from billing_sdk.crmcom._payments import Payments

if TYPE_CHECKING:
    from billing_sdk.sandbox import Sandbox

#: Where the Web API v2 lives under a deployment's origin.
API_PREFIX = "/crmapi/rest/v2"
#: CRM.COM tokens (R12+) expire two hours after they were issued, used or not.
DEFAULT_TOKEN_TTL = 7200.0


class CrmComClient(BaseClient):
    """Async client for CRM.COM payments.

    Logs in on the first call (username/password/organisation, or a web API key), puts the
    token where each operation wants it, logs in again once when the token has expired or was
    rejected, and releases the token when closed.

    Every argument left out is read from the environment, with the names the CLI uses:
    ``CRMCOM_BASE_URL``, then ``CRMCOM_WEB_API_KEY`` or ``CRMCOM_USERNAME``,
    ``CRMCOM_PASSWORD`` and ``CRMCOM_ORGANISATION`` (credentials come from the environment
    only when none was passed; a missing one of a passed login is filled in from it). What is
    still missing raises :class:`~billing_sdk.ConfigurationError` naming it.

    Args:
        base_url: the deployment's origin, e.g. ``https://crm.example.com`` (the API lives
            under ``/crmapi/rest/v2``).
        username, password, organisation: the login of ``authentication/token``.
        unit: the ID of the unit to log in as (the user's or key's default unit otherwise).
        web_api_key: log in with this key instead (``authentication/web_api_key/token``).
        token_ttl: seconds a token lives after issue; it is renewed shortly before.
        token_idle_timeout: a token unused this long is renewed before the next call
            (pre-R12 deployments expire tokens after an hour idle); ``None`` turns it off.
        options: the shared client options (``BaseClient``): ``timeout``,
            ``attempt_timeout``, ``call_timeout``, ``max_response_bytes``, ``limits``,
            ``retry``, ``transport``, ``allow_insecure_http``, ...

    Use it as an async context manager::

        async with CrmComClient(base_url=..., username=..., password=...,
                                organisation=...) as crm:
            payment = await crm.payments.show(number="PAY0001")
    """

    _vendor = "crmcom"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        organisation: str | None = None,
        unit: str | None = None,
        web_api_key: str | None = None,
        token_ttl: float = DEFAULT_TOKEN_TTL,
        token_idle_timeout: float | None = CRMCOM_IDLE_TIMEOUT,
        **options: Any,
    ) -> None:
        base_url = setting(CRMCOM_ENV, "base_url", base_url)
        require("CrmComClient", CRMCOM_ENV, {"base_url": base_url})
        assert base_url  # checked by require()
        if web_api_key is None and username is None and password is None and organisation is None:
            web_api_key = from_env(CRMCOM_ENV, "web_api_key")
        if web_api_key is None:
            username = setting(CRMCOM_ENV, "username", username)
            password = setting(CRMCOM_ENV, "password", password)
            organisation = setting(CRMCOM_ENV, "organisation", organisation)
            require(
                "CrmComClient",
                CRMCOM_ENV,
                {"username": username, "password": password, "organisation": organisation},
                hint=" (or web_api_key, CRMCOM_WEB_API_KEY)",
            )
        login = CrmComLogin(username, password, organisation, web_api_key, unit)
        if not token_ttl > 0:
            raise ValidationError("token_ttl must be positive", field="token_ttl")
        if token_idle_timeout is not None and not token_idle_timeout > 0:
            raise ValidationError(
                "token_idle_timeout must be positive (or None)", field="token_idle_timeout"
            )
        # The session reaches the pool lazily, so it can exist before BaseClient builds it.
        self._session = CrmComSession(
            http=lambda: self.http,
            base_path=base_url.rstrip("/") + API_PREFIX,
            login=login,
            token_ttl=token_ttl,
            idle_timeout=token_idle_timeout,
            known_codes=frozenset(CODE_STATUS),
        )
        super().__init__(
            base_url=base_url,
            generated_client=Client(base_url=base_url),
            parse_error=parse_crmcom_error,
            auth=self._session,
            **options,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.payments = Payments(self._engine)

    @classmethod
    def for_sandbox(
        cls,
        sandbox: Sandbox,
        *,
        login: Literal["password", "web_api_key"] = "password",
        **options: Any,
    ) -> CrmComClient:
        """A client for the embedded sandbox (in-process, or its loopback server if running).

        Logs in with the sandbox's username/password/organisation, or with its web API key
        when ``login="web_api_key"``. ``unit``, ``token_ttl`` and the client options pass
        through.
        """
        if login not in ("password", "web_api_key"):
            raise ValidationError("login must be 'password' or 'web_api_key'", field="login")
        creds = sandbox.crmcom.settings.public_credentials()
        sandbox_options(sandbox, options)
        if login == "web_api_key":
            return cls(base_url=sandbox.base_url, web_api_key=creds["web_api_key"], **options)
        return cls(
            base_url=sandbox.base_url,
            username=creds["username"],
            password=creds["password"],
            organisation=creds["organisation"],
            **options,
        )

    async def aclose(self) -> None:
        """Release the token (best effort), then close the connection pool. Idempotent."""
        if self._closed:
            return
        try:
            await self._session.release()
        finally:
            await super().aclose()
