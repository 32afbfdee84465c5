"""No credential is reachable from anything the SDK hands out.

Every error, background job, accepted Visma action, bulk outcome and log record created during
the demo's faulty day (all three vendors over a real loopback socket, with the soak's faults:
5xx, 429s, drops, stalls and lost answers, so errors are raised and swallowed by retries and
reconciliation all day) is walked as an error tracker or a debugger would
(``_secrets.find_secrets``: causes, contexts, attributes, args, notes, the SDK's traceback
frames and their locals, httpx requests and responses), looking for the sandbox's client
secret, password, web API key (also as Basic credentials, bare or with a colon), API key and
app secret, and for every token the sandbox issued. The same walk follows the CRM.COM session
paths of issue 16 (a bare web-API-key login, idle and unknown-code renewals, a refused key).
The catalogues do the same for every error they provoke (``test_bad_input_catalogue``,
``test_hostile_servers``).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from rich.console import Console

from billing_sdk import BillingError, CrmComClient, NotFound, RequestTimeout, Unauthorized
from billing_sdk._fanout_types import Outcome
from billing_sdk.cli._demo import demo_fault_plan, run_day
from billing_sdk.cli._demo_report import Reporter
from billing_sdk.sandbox import BillomatSettings, CrmComSettings, Sandbox, VismaSettings
from billing_sdk.sandbox._crmcom._auth import TokenStore
from billing_sdk.sandbox._visma._auth import TokenIssuer
from billing_sdk.visma import Action, Job
from tests.reliability._secrets import find_secrets, web_api_key_forms


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def every_log_record() -> Iterator[_Records]:
    handler = _Records()
    root = logging.getLogger()
    names = ["", "billing_sdk", "httpx", "httpcore", "aiohttp"]
    levels = {name: logging.getLogger(name).level for name in names}
    root.addHandler(handler)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _default_secrets() -> list[str]:
    visma, crm, billomat = VismaSettings(), CrmComSettings(), BillomatSettings()
    return [
        visma.client_secret,
        crm.password,
        *web_api_key_forms(crm.web_api_key),
        billomat.api_key,
        billomat.app_secret,
    ]


async def test_no_secret_is_reachable_from_the_demo_day(
    monkeypatch: pytest.MonkeyPatch, every_log_record: _Records
) -> None:
    made: dict[str, list[Any]] = {
        "errors": [],
        "jobs": [],
        "actions": [],
        "outcomes": [],
        "tokens": [],
    }

    def keep(cls: type, bucket: str) -> None:
        original = cls.__init__

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            original(self, *args, **kwargs)  # type: ignore[misc]
            made[bucket].append(self)

        monkeypatch.setattr(cls, "__init__", init)

    keep(BillingError, "errors")
    keep(Job, "jobs")
    keep(Action, "actions")
    keep(Outcome, "outcomes")
    visma_issue, crm_issue = TokenIssuer.issue, TokenStore.issue

    def issued_visma(self: Any, *args: Any, **kwargs: Any) -> Any:
        token = visma_issue(self, *args, **kwargs)
        made["tokens"].append(token.value)
        return token

    def issued_crm(self: Any, *args: Any, **kwargs: Any) -> str:
        token = crm_issue(self, *args, **kwargs)
        made["tokens"].append(token)
        return token

    monkeypatch.setattr(TokenIssuer, "issue", issued_visma)
    monkeypatch.setattr(TokenStore, "issue", issued_crm)

    reporter = Reporter(Console(file=io.StringIO(), width=130), live=False)
    day = await run_day(reporter, title="faulty day", plan=demo_fault_plan(3), seed=3)

    # The day did what it claims: errors raised (most absorbed by retries and lookups), jobs
    # run, bulk outcomes and log lines written, tokens issued and used.
    assert day.faults and sum(day.faults.values()) > 20
    assert made["errors"] and made["jobs"] and made["actions"] and made["outcomes"]
    assert len(made["tokens"]) >= 2 and len(every_log_record.records) > 100
    roots = [*made["errors"], *made["jobs"], *made["actions"], *made["outcomes"]]
    roots += every_log_record.records
    leaks = find_secrets(roots, [*_default_secrets(), *made["tokens"]])
    assert not leaks, f"{len(leaks)} secret(s) reachable, e.g. {leaks[0]}"


def test_the_walk_finds_a_secret_the_old_errors_carried() -> None:
    """The walk can fail: an error chained from httpx's exception (as the SDK's were) holds
    the request, and with it the bearer token."""
    request = httpx.Request(
        "GET", "https://api.example/v1/x", headers={"Authorization": "Bearer SECRET-TOKEN-1"}
    )
    error = RequestTimeout("timed out", method="GET", path="/v1/x")
    error.__cause__ = httpx.ReadTimeout("slow", request=request)
    leaks = find_secrets([error], ["SECRET-TOKEN-1"])
    assert leaks and "__cause__" in leaks[0].path
    crm = httpx.Request("GET", "https://crm.example/p?token=SECRET-TOKEN-2")
    assert find_secrets([{"kept": crm}], ["SECRET-TOKEN-2"])
    assert not find_secrets([RequestTimeout("timed out")], ["SECRET-TOKEN-1"])


async def test_no_secret_is_reachable_after_web_api_key_logins_and_renewals(
    monkeypatch: pytest.MonkeyPatch, every_log_record: _Records
) -> None:
    """The CRM.COM session paths issue 16 added: a bare web-API-key login, a token renewed
    because it sat idle, one renewed on an error code outside the spec's vocabulary, and a
    refused login, over a real socket; nothing they leave behind reaches the key or a token."""
    errors: list[Any] = []
    original = BillingError.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        errors.append(self)

    monkeypatch.setattr(BillingError, "__init__", init)
    tokens: list[str] = []
    crm_issue = TokenStore.issue

    def issued(self: Any, *args: Any, **kwargs: Any) -> str:
        token = crm_issue(self, *args, **kwargs)
        tokens.append(token)
        return token

    monkeypatch.setattr(TokenStore, "issue", issued)
    settings = CrmComSettings(
        token_idle_timeout=0.3, expired_token_code="SESSION_TIMEOUT", token_ttl=0.6
    )
    sandbox = Sandbox(crmcom=settings)
    kept: list[Any] = []
    async with sandbox.running():
        async with CrmComClient.for_sandbox(
            sandbox, login="web_api_key", token_idle_timeout=0.2
        ) as crm:
            kept.append(await crm.payments.show(number="PAY0001"))
            await anyio.sleep(0.35)  # idle: renewed before the next call
            kept.append(await crm.payments.show(number="PAY0001"))
            await anyio.sleep(0.65)  # dead on the server (SESSION_TIMEOUT): renewed after
            kept.append(await crm.payments.show(number="PAY0001"))
            with pytest.raises(NotFound) as missing:
                await crm.payments.show(number="NO-SUCH-PAYMENT")
            kept.append(missing.value)
        wrong = "WRONG-" + settings.web_api_key  # a revoked key
        async with CrmComClient(base_url=sandbox.base_url, web_api_key=wrong) as refused:
            with pytest.raises(Unauthorized) as denied:
                await refused.payments.show(number="PAY0001")
            kept.append(denied.value)
    assert len(tokens) >= 3  # three logins: first, idle renewal, renewal after the refusal
    secrets = [*web_api_key_forms(settings.web_api_key), *web_api_key_forms(wrong), *tokens]
    leaks = find_secrets([*errors, *kept, *every_log_record.records], secrets)
    assert not leaks, f"{len(leaks)} secret(s) reachable, e.g. {leaks[0]}"
