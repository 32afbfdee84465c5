"""Client constructors read the CLI's environment variables; what is missing is named."""

from __future__ import annotations

import pytest

from billing_sdk import (
    BillomatClient,
    ConfigurationError,
    CrmComClient,
    ValidationError,
    VismaClient,
)
from billing_sdk.billomat._environment import BILLOMAT_ENV
from billing_sdk.cli._credentials import BILLOMAT, CRMCOM, VISMA
from billing_sdk.crmcom._environment import CRMCOM_ENV
from billing_sdk.visma._environment import VISMA_ENV

SECRET = "s3cr3t-value-never-printed"
ALL_VARS = [*VISMA_ENV.values(), *CRMCOM_ENV.values(), *BILLOMAT_ENV.values()]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ALL_VARS:
        monkeypatch.delenv(name, raising=False)


def test_the_cli_and_the_clients_share_one_table() -> None:
    assert [s.env for s in VISMA] == list(VISMA_ENV.values())
    assert [s.env for s in CRMCOM] == list(CRMCOM_ENV.values())
    assert [s.env for s in BILLOMAT] == list(BILLOMAT_ENV.values())


async def test_visma_reads_every_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISMA_BASE_URL", "https://erp.example.com")
    monkeypatch.setenv("VISMA_CLIENT_ID", "id")
    monkeypatch.setenv("VISMA_CLIENT_SECRET", SECRET)
    monkeypatch.setenv("VISMA_TENANT_ID", "tenant")
    monkeypatch.setenv("VISMA_TOKEN_URL", "https://login.example.com/token")
    async with VismaClient() as client:
        assert client.base_url == "https://erp.example.com"
        assert client.auth._token_url == "https://login.example.com/token"  # type: ignore[attr-defined]
        assert SECRET not in repr(client)


async def test_an_argument_wins_over_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILLOMAT_BASE_URL", "https://env.billomat.net")
    monkeypatch.setenv("BILLOMAT_API_KEY", SECRET)
    async with BillomatClient(base_url="https://arg.billomat.net") as client:
        assert client.base_url == "https://arg.billomat.net"


def test_visma_names_exactly_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISMA_CLIENT_SECRET", SECRET)
    with pytest.raises(ConfigurationError) as caught:
        VismaClient(client_id="id")
    message = str(caught.value)
    assert "tenant_id (or VISMA_TENANT_ID)" in message
    assert "client_id" not in message and "client_secret" not in message
    assert SECRET not in message and SECRET not in repr(caught.value)
    assert caught.value.missing == (("tenant_id", "VISMA_TENANT_ID"),)
    assert isinstance(caught.value, ValidationError) and isinstance(caught.value, ValueError)


def test_crmcom_needs_a_base_url_and_a_login(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match=r"base_url \(or CRMCOM_BASE_URL\)"):
        CrmComClient(web_api_key=SECRET)
    monkeypatch.setenv("CRMCOM_BASE_URL", "https://crm.example.com")
    with pytest.raises(ConfigurationError) as caught:
        CrmComClient(username="u")
    assert caught.value.missing == (
        ("password", "CRMCOM_PASSWORD"),
        ("organisation", "CRMCOM_ORGANISATION"),
    )


async def test_crmcom_takes_the_web_api_key_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CRMCOM_BASE_URL", "https://crm.example.com")
    monkeypatch.setenv("CRMCOM_WEB_API_KEY", SECRET)
    async with CrmComClient() as client:
        assert client.base_url == "https://crm.example.com"


def test_billomat_names_both_when_nothing_is_set() -> None:
    with pytest.raises(ConfigurationError) as caught:
        BillomatClient()
    assert str(caught.value) == (
        "BillomatClient is missing base_url (or BILLOMAT_BASE_URL), api_key (or BILLOMAT_API_KEY)"
    )
