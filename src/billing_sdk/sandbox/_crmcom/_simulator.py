"""The simulated CRM.COM Web API v2: the 14 operations of ``openapi/crmcom-payments.yaml``."""

from __future__ import annotations

import base64
import binascii
import math
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from billing_sdk.sandbox._core import SimOperation, client_environment
from billing_sdk.sandbox._crmcom import _inputs as inputs
from billing_sdk.sandbox._crmcom._auth import Session, TokenStore
from billing_sdk.sandbox._crmcom._model import User
from billing_sdk.sandbox._crmcom._params import Body, Ident, Query, check_body, read_body
from billing_sdk.sandbox._crmcom._render import payment_complete, payment_short, rejection_reason
from billing_sdk.sandbox._crmcom._seed import WEBAPI_USER_ID, build_company
from billing_sdk.sandbox._crmcom._settings import CrmComSettings
from billing_sdk.sandbox._crmcom._state import PaymentBook
from billing_sdk.sandbox._crmcom._wire import (
    ApiError,
    code_for_status,
    error,
    invalid,
    invalid_login,
    ok,
    select_all,
    select_fields,
)

_PREFIX = "/crmapi/rest/v2"
_PAIR = ("accounts_receivable_identifier", "wallet_identifier")
_Handler = Callable[[Request], Awaitable[Response]]


def _no_token() -> ApiError:
    """A call without a token: 401 INVALID_TOKEN, as for a wrong one (``description`` names
    the parameter). Missing credentials are an authentication failure, not a client bug."""
    return ApiError("INVALID_TOKEN", "A token is required", "token")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(_bytes(given), _bytes(expected))


class CrmComSimulator:
    """Stateful CRM.COM (R14) payments, seeded with the "Sandbox Ltd" company.

    Implements the sandbox ``Vendor`` protocol. Log in with :attr:`settings` credentials
    (``authentication/token``) or the web API key; every other call needs the token.
    """

    name = "crmcom"

    def __init__(self, settings: CrmComSettings | None = None) -> None:
        self.settings = settings = settings or CrmComSettings()
        self._tokens = TokenStore(settings)
        self.book = PaymentBook(build_company(settings.username))

    # -- Vendor protocol -----------------------------------------------------------------------

    def public_credentials(self) -> dict[str, str]:
        return self.settings.public_credentials()

    def environment(self, base_url: str) -> dict[str, str]:
        credentials = self.settings.public_credentials()
        names = ("username", "password", "organisation")
        return client_environment("CRMCOM", base_url, credentials, *names)

    def operations(self) -> Sequence[SimOperation]:
        def op(method: str, path: str, operation_id: str, handler: _Handler) -> SimOperation:
            return SimOperation(method, f"{_PREFIX}/{path}", operation_id, self._guard(handler))

        return [
            op("POST", "authentication/token", "authenticationToken", self._login),
            op("POST", "authentication/token/release", "authenticationTokenRelease", self._release),
            op(
                "POST",
                "authentication/web_api_key/token",
                "authenticationWebApiKeyToken",
                self._login_with_key,
            ),
            op("GET", "payments/show", "paymentsShow", self._show),
            op("GET", "payments/list", "paymentsList", self._list),
            op("GET", "payments/get_latest", "paymentsGetLatest", self._get_latest),
            op("POST", "payments/create", "paymentsCreate", self._create),
            op("POST", "payments/update", "paymentsUpdate", self._update),
            op("POST", "payments/post", "paymentsPost", self._post),
            op("POST", "payments/reject", "paymentsReject", self._reject),
            op("POST", "payments/cancel", "paymentsCancel", self._cancel),
            op("POST", "payments/pay_bill", "paymentsPayBill", self._pay_bill),
            op("POST", "payments/pay_invoice", "paymentsPayInvoice", self._pay_invoice),
            op(
                "GET",
                "payments/configuration/rejection_reasons/list",
                "paymentsConfigurationRejectionReasonsList",
                self._rejection_reasons,
            ),
        ]

    def error_response(
        self, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        code = code_for_status(status)
        return error(ApiError(code, message or "error", None, headers, status=status))

    def snapshot(self) -> dict[str, Any]:
        return self.book.snapshot()

    def reset(self) -> None:
        """Re-seed the company. Issued tokens stay valid (sessions are not company data)."""
        self.book = PaymentBook(build_company(self.settings.username))
        self._tokens.limiter = type(self._tokens.limiter)(
            self.settings.rate_limit, self.settings.rate_window
        )

    # -- plumbing ------------------------------------------------------------------------------

    @staticmethod
    def _guard(handler: _Handler) -> _Handler:
        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except ApiError as err:
                return error(err)

        return guarded

    async def _body(self, request: Request) -> dict[str, Any]:
        return await read_body(request, self.settings.max_body_bytes)

    def _static_session(self) -> Session:
        user = self._login_user()
        return Session(user.id, user.default_unit_id, math.inf)

    def _login_user(self) -> User:
        users = self.book.company.users.values()
        return next(user for user in users if user.username == self.settings.username)

    def _body_session(self, data: Mapping[str, Any]) -> Session:
        if "token" not in data:
            raise _no_token()
        return self._tokens.check(data["token"], self._static_session())

    def _query_session(self, query: Query) -> Session:
        token = query.get("token")
        if token is None:
            raise _no_token()
        return self._tokens.check(token, self._static_session())

    def _limit_logins(self, request: Request) -> None:
        client = request.client.host if request.client else "local"
        state = self._tokens.limiter.hit(f"login:{client}")
        if not state.allowed:
            raise ApiError(
                "RATE_LIMITED", "Too many requests", None, {"Retry-After": str(state.retry_after)}
            )

    def _unit_for(self, user: User, unit: str | None, *, challenge: bool) -> str:
        if unit is None:
            return user.default_unit_id
        if unit not in user.unit_ids:
            raise invalid_login("Invalid login", challenge=challenge)
        return unit

    # -- authentication ------------------------------------------------------------------------

    async def _login(self, request: Request) -> Response:
        self._limit_logins(request)
        data = await self._body(request)
        check_body("authenticationToken", data)
        body = Body(data)
        username = body.text("username")
        password = body.text("password")
        organisation = body.text("organisation")
        unit = body.text("unit")
        assert username is not None and password is not None and organisation is not None
        settings = self.settings
        # No short-circuit: every part is compared, and the answer never says which was wrong.
        matches = [
            _same(username, settings.username),
            _same(password, settings.password),
            _same(organisation, settings.organisation),
        ]
        if not all(matches):
            raise invalid_login("Invalid username, password or organisation")
        user = self._login_user()
        token = self._tokens.issue(user.id, self._unit_for(user, unit, challenge=False))
        return ok({"token": token})

    async def _login_with_key(self, request: Request) -> Response:
        self._limit_logins(request)
        if not self._key_matches(request.headers.get("authorization", "")):
            raise invalid_login("Invalid web API key", challenge=True)
        data = await self._body(request)
        check_body("authenticationWebApiKeyToken", data)
        unit = Body(data).text("unit")
        user = self.book.company.users[WEBAPI_USER_ID]
        token = self._tokens.issue(user.id, self._unit_for(user, unit, challenge=True))
        return ok({"token": token})

    def _key_matches(self, header: str) -> bool:
        scheme, _, encoded = header.strip().partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return False
        # Public integrations send the bare key (``base64("<key>")``); the wiki describes it
        # as a user name with an empty password (``base64("<key>:")``). Both are taken.
        key, _, password = decoded.partition(":")
        return password == "" and _same(key, self.settings.web_api_key)

    async def _release(self, request: Request) -> Response:
        data = await self._body(request)
        self._body_session(data)
        check_body("authenticationTokenRelease", data)
        self._tokens.release(data["token"])
        return ok(None)

    # -- reads ---------------------------------------------------------------------------------

    async def _show(self, request: Request) -> Response:
        query = Query(request.query_params)
        self._query_session(query)
        query.check("paymentsShow")
        ident = query.ident("payment_identifier")
        fields = query.fields_set()
        assert ident is not None
        payment = self.book.payment(ident)
        return ok(select_fields(payment_complete(self.book.company, payment), fields))

    def _owner_filters(self, query: Query) -> tuple[Ident | None, ...]:
        # Exactly one owner: the spec says so in words (a query cannot carry a schema for it).
        account = query.ident(_PAIR[0])
        wallet = query.ident(_PAIR[1])
        if (account is None) == (wallet is None):
            raise invalid(" / ".join(_PAIR), "exactly one of them is mandatory")
        return (
            account,
            wallet,
            query.ident("type_identifier"),
            query.ident("category_identifier"),
            query.ident("payment_method_identifier"),
        )

    async def _list(self, request: Request) -> Response:
        query = Query(request.query_params)
        self._query_session(query)
        query.check("paymentsList")
        account, wallet, kind, category, method = self._owner_filters(query)
        state = query.get("life_cycle_state")
        size = query.get("number_of_results") or 100
        offset = query.get("offset") or 0
        fields = query.fields_set()
        ignored = self.settings.ignored_list_parameters
        if "life_cycle_state" in ignored:
            state = None
        found = self.book.list_payments(account, wallet, kind, category, method, state)
        start = 0 if "offset" in ignored else offset
        end = len(found) if "number_of_results" in ignored else start + size
        page = [payment_complete(self.book.company, p) for p in found[start:end]]
        return ok(select_all(page, fields))

    async def _get_latest(self, request: Request) -> Response:
        query = Query(request.query_params)
        self._query_session(query)
        query.check("paymentsGetLatest")
        account, wallet, kind, category, method = self._owner_filters(query)
        number: int = query.get("number")
        fields = query.fields_set()
        found = self.book.list_payments(account, wallet, kind, category, method, None)
        latest = [payment_complete(self.book.company, p) for p in reversed(found[-number:])]
        return ok(select_all(latest, fields))

    async def _rejection_reasons(self, request: Request) -> Response:
        query = Query(request.query_params)
        self._query_session(query)
        query.check("paymentsConfigurationRejectionReasonsList")
        fields = query.fields_set()
        entries = [
            {"default": reason.default, "rejection_reason": rejection_reason(reason)}
            for reason in self.book.company.reasons.values()
        ]
        return ok(select_all(entries, fields))

    # -- writes --------------------------------------------------------------------------------

    async def _create(self, request: Request) -> Response:
        data = await self._body(request)
        session = self._body_session(data)
        # A deployment that does not know a field ignores it (as the spec says of all).
        for name in self.settings.ignored_create_fields:
            data.pop(name, None)
        check_body("paymentsCreate", data)
        values = inputs.parse_create(Body(data))
        payment = self.book.create(values, session)
        return ok(select_fields(payment_short(self.book.company, payment), values.fields))

    async def _update(self, request: Request) -> Response:
        data = await self._body(request)
        self._body_session(data)
        check_body("paymentsUpdate", data)
        values = inputs.parse_update(Body(data))
        payment = self.book.update(values)
        return ok(select_fields(payment_short(self.book.company, payment), values.fields))

    async def _post(self, request: Request) -> Response:
        data = await self._body(request)
        self._body_session(data)
        check_body("paymentsPost", data)
        body = Body(data)
        ident = inputs.parse_payment_ident(body)
        fields = body.fields_set()
        payment = self.book.post(ident)
        return ok(select_fields(payment_short(self.book.company, payment), fields))

    async def _reject(self, request: Request) -> Response:
        data = await self._body(request)
        self._body_session(data)
        check_body("paymentsReject", data)
        body = Body(data)
        ident = inputs.parse_payment_ident(body)
        reason = body.ident("rejection_reason_identifier")
        fields = body.fields_set()
        payment = self.book.reject(ident, reason)
        return ok(select_fields(payment_short(self.book.company, payment), fields))

    async def _cancel(self, request: Request) -> Response:
        data = await self._body(request)
        self._body_session(data)
        check_body("paymentsCancel", data)
        values = inputs.parse_cancel(Body(data))
        payment = self.book.cancel(values)
        return ok(select_fields(payment_short(self.book.company, payment), values.fields))

    async def _pay_bill(self, request: Request) -> Response:
        data = await self._body(request)
        session = self._body_session(data)
        check_body("paymentsPayBill", data)
        values = inputs.parse_pay_bill(Body(data))
        payment = self.book.pay_bill(values, session)
        return ok(select_fields(payment_short(self.book.company, payment), values.fields))

    async def _pay_invoice(self, request: Request) -> Response:
        data = await self._body(request)
        session = self._body_session(data)
        check_body("paymentsPayInvoice", data)
        values = inputs.parse_pay_invoice(Body(data))
        payment = self.book.pay_invoice(values, session)
        return ok(select_fields(payment_short(self.book.company, payment), values.fields))
