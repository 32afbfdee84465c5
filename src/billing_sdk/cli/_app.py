"""The click command tree: ``billing-sdk [--json] [-v] <group> <command> ...``.

::

    billing-sdk demo [--faults]
    billing-sdk sandbox serve [--port N] [--seed N] [--faults none|soak|FILE]
    billing-sdk visma invoices list|get|release
    billing-sdk visma payments list|get|create|release|void
    billing-sdk visma jobs status|wait
    billing-sdk crmcom payments list|show|create|post|reject|cancel
    billing-sdk billomat credit-note-payments list|get|create|delete
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Sequence

import click

from billing_sdk._constants import LOGGER_NAME
from billing_sdk._registry import vendors
from billing_sdk._version import __version__
from billing_sdk.cli._common import JSON_META, first_billing_error
from billing_sdk.cli._credentials import CredentialError
from billing_sdk.cli._output import TIME_ZONE
from billing_sdk.cli._output import time_zone as zone_named
from billing_sdk.cli._sandbox import sandbox

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="billing-sdk")
@click.option("--json", "as_json", is_flag=True, help="JSON output (for scripts) everywhere.")
@click.option("-v", "--verbose", count=True, help="Log every HTTP attempt to stderr (-vv: debug).")
@click.option(
    "--time-zone",
    metavar="ZONE",
    default="UTC",
    show_default=True,
    envvar="BILLING_SDK_TIME_ZONE",
    help="Show timestamps in this IANA zone (e.g. Europe/Oslo); a timestamp an API sends "
    "without a zone is read as wall-clock time in it.",
)
@click.pass_context
def cli(ctx: click.Context, as_json: bool, verbose: int, time_zone: str) -> None:
    """billing-sdk: Visma.net ERP, CRM.COM and Billomat from the command line.

    Start with `billing-sdk demo` (one accounts-receivable day on the embedded sandbox), or
    `billing-sdk sandbox serve` and point the vendor commands at it. Every command has
    --help; --json prints machine-readable output. Exit codes: 0 done, 1 the API or the
    SDK refused (one line on stderr), 2 bad usage or missing credentials.
    """
    ctx.meta[JSON_META] = as_json
    try:
        TIME_ZONE.set(zone_named(time_zone))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--time-zone'") from None
    if verbose:
        logger = logging.getLogger(LOGGER_NAME)
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--faults",
    is_flag=True,
    help="Run the day with fault injection (5xx, 429, drops, stalls, lost answers) and check "
    "that the outcome equals a clean day's.",
)
@click.option(
    "--baseline/--no-baseline",
    default=True,
    show_default=True,
    help="With --faults: run a clean day first and compare the outcomes.",
)
@click.option("--seed", type=int, default=7, show_default=True, help="Fault-injection seed.")
@click.option(
    "--plain",
    is_flag=True,
    help="Plain progress lines even on a terminal (the default when not on one).",
)
@click.pass_context
def demo(ctx: click.Context, faults: bool, baseline: bool, seed: int, plain: bool) -> None:
    """One accounts-receivable day, end to end, against the embedded sandbox.

    Visma: invoices created, released as background jobs, paid in bulk, one invoice edited
    by 20 concurrent workers (no lost update), one payment voided, open items paged.
    CRM.COM: log in, draft -> post, pay a bill, reject, cancel, latest payments. Billomat:
    credit-note payments booked, one note marked paid, filtered list, a delete. Every step
    is checked against the sandbox's state; the exit code is 0 only if all of them hold.
    """
    try:
        from billing_sdk.cli._demo import run_demo
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise click.ClickException(
            f"the demo needs the sandbox: pip install 'billing-sdk[sandbox,cli]' ({exc.name})"
        ) from None
    ctx.exit(run_demo(faults=faults, baseline=baseline, seed=seed, plain=plain))


cli.add_command(sandbox)
for _vendor in vendors():  # each vendor's command group, from the vendor registry
    if _vendor.cli is not None:
        _module, _group = _vendor.cli.split(":")
        cli.add_command(getattr(importlib.import_module(_module), _group))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``billing-sdk`` with ``argv`` (default: the process arguments); returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = cli.main(args=args, prog_name="billing-sdk", standalone_mode=False)
    except click.UsageError as exc:
        hint = ""
        if exc.ctx is not None and not isinstance(exc, CredentialError):
            hint = f" (see '{exc.ctx.command_path} --help')"
        click.echo(f"Error: {_one_line(exc.format_message())}{hint}", err=True)
        return exc.exit_code
    except click.ClickException as exc:
        click.echo(f"Error: {_one_line(exc.format_message())}", err=True)
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("Aborted.", err=True)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`); don't let the final flush complain too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except BaseException as exc:
        error = first_billing_error(exc)  # task groups wrap what their tasks raise
        if error is None:
            raise
        click.echo(f"Error: {_one_line(str(error))}", err=True)
        return 1
    return result if isinstance(result, int) else 0
