"""Help, usage errors and credentials: one clear line and the right exit code, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import click
import pytest

from billing_sdk import _registry as registry
from billing_sdk.cli import cli as root


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name)


ALL_COMMANDS = list(_commands(root))


def test_the_command_tree() -> None:
    names = {" ".join(path) for path in ALL_COMMANDS}
    assert {
        "demo",
        "sandbox serve",
        "visma invoices list",
        "visma invoices get",
        "visma invoices release",
        "visma payments list",
        "visma payments get",
        "visma payments create",
        "visma payments release",
        "visma payments void",
        "visma jobs status",
        "visma jobs wait",
        "crmcom payments list",
        "crmcom payments show",
        "crmcom payments create",
        "crmcom payments post",
        "crmcom payments reject",
        "crmcom payments cancel",
        "billomat credit-note-payments list",
        "billomat credit-note-payments get",
        "billomat credit-note-payments create",
        "billomat credit-note-payments delete",
    } <= names


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "billing-sdk")
def test_help_everywhere(cli: Any, path: tuple[str, ...]) -> None:
    for flag in ("--help", "-h"):
        ran = cli(*path, flag)
        assert ran.code == 0, ran.err
        assert ran.out.startswith("Usage: billing-sdk")
        assert ran.err == ""


def test_version(cli: Any) -> None:
    ran = cli("--version")
    assert ran.code == 0 and ran.out.startswith("billing-sdk, version ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("visma", "invoices", "get"), "Missing argument 'NUMBER'"),
        (("visma", "invoices", "get", "1", "--bogus"), "No such option '--bogus'"),
        (("visma", "invoices", "list", "--status", "Nope"), "'Nope' is not one of"),
        (("visma", "invoices", "list", "--limit", "-1"), "--limit"),
        (("nothing",), "No such command 'nothing'"),
        (("visma", "invoices", "get", "000101", "--wait"), "--wait only applies with"),
        (("visma", "jobs", "wait"), "give either JOB_ID or --token"),
        (("billomat", "credit-note-payments", "create", "--amount", "1"), "--credit-note-id"),
        (("sandbox", "serve", "--host", "8.8.8.8"), "only listens on loopback"),
        (("sandbox", "serve", "--faults", "/no/such/plan.json"), "cannot read"),
        (("sandbox", "serve", "--port", "70000"), "--port"),
    ],
)
def test_usage_errors_are_one_line_exit_2(cli: Any, args: tuple[str, ...], message: str) -> None:
    ran = cli(*args)
    assert ran.code == 2
    assert ran.err.startswith("Error: ") and ran.err.count("\n") == 1, ran.err
    assert message in ran.err
    assert ran.out == ""


@pytest.mark.parametrize(
    ("args", "env", "variable"),
    [
        (("visma", "invoices", "list"), {}, "VISMA_CLIENT_ID"),
        (("visma", "invoices", "list"), {"VISMA_CLIENT_ID": "x"}, "VISMA_CLIENT_SECRET"),
        (
            ("visma", "payments", "get", "000042"),
            {"VISMA_CLIENT_ID": "x", "VISMA_CLIENT_SECRET": "s"},
            "VISMA_TENANT_ID",
        ),
        (("crmcom", "payments", "show", "PAY0001"), {}, "CRMCOM_BASE_URL"),
        (
            ("crmcom", "payments", "show", "PAY0001"),
            {"CRMCOM_BASE_URL": "https://crm.example.com", "CRMCOM_USERNAME": "u"},
            "CRMCOM_PASSWORD",
        ),
        (("billomat", "credit-note-payments", "get", "1"), {}, "BILLOMAT_BASE_URL"),
        (
            ("billomat", "credit-note-payments", "get", "1"),
            {"BILLOMAT_BASE_URL": "https://demo.billomat.net"},
            "BILLOMAT_API_KEY",
        ),
    ],
)
def test_missing_credentials_name_the_variable_and_the_flag(
    cli: Any,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    env: dict[str, str],
    variable: str,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    ran = cli(*args)
    assert ran.code == 2
    assert ran.err.count("\n") == 1, ran.err
    assert variable in ran.err
    flag = "--" + variable.split("_", 1)[1].lower().replace("_", "-")
    assert f"billing-sdk {args[0]} {flag}" in ran.err


def test_credentials_as_flags_on_the_vendor_group(cli: Any) -> None:
    ran = cli(
        "crmcom",
        "--base-url",
        "https://crm.example.com",
        "--username",
        "u",
        "payments",
        "show",
        "PAY0001",
    )
    assert ran.code == 2 and "CRMCOM_PASSWORD" in ran.err


def test_plain_http_only_to_loopback(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILLOMAT_BASE_URL", "http://billomat.example.com")
    monkeypatch.setenv("BILLOMAT_API_KEY", "k")
    ran = cli("billomat", "credit-note-payments", "get", "1")
    assert ran.code == 2 and "use https://" in ran.err
    monkeypatch.setenv("BILLOMAT_BASE_URL", "ftp://billomat.example.com")
    assert "http(s) URL" in cli("billomat", "credit-note-payments", "get", "1").err


def test_unreachable_server_is_one_line_exit_1(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILLOMAT_BASE_URL", "http://127.0.0.1:9")  # discard port: nothing there
    monkeypatch.setenv("BILLOMAT_API_KEY", "k")
    ran = cli("billomat", "credit-note-payments", "get", "1")
    assert ran.code == 1
    assert ran.err.startswith("Error: cannot connect") and ran.err.count("\n") == 1


SECRET = "s3cr3t-never-printed"


@pytest.mark.usefixtures("sandbox_env")
def test_secrets_are_never_echoed(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISMA_CLIENT_SECRET", SECRET)
    refused = cli("visma", "invoices", "get", "000101")
    assert refused.code == 1 and "401" in refused.err
    monkeypatch.setenv("CRMCOM_PASSWORD", SECRET)
    login = cli("crmcom", "payments", "show", "PAY0001")
    assert login.code == 1
    monkeypatch.setenv("BILLOMAT_API_KEY", SECRET)
    key = cli("billomat", "credit-note-payments", "get", "1")
    assert key.code == 1
    groups = [entry.name for entry in registry.vendors() if entry.cli is not None]
    assert groups
    helped = [cli(group, "--help") for group in groups]
    for ran in (refused, login, key, *helped):
        assert SECRET not in ran.out and SECRET not in ran.err
