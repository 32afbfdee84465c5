"""``billing-sdk sandbox serve``: the embedded sandbox as a server on loopback until Ctrl-C."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from billing_sdk.cli._common import json_option, output

if TYPE_CHECKING:  # the sandbox extra may be missing; commands import it when they run
    from billing_sdk.sandbox import FaultPlan, Sandbox


def fault_plan(value: str) -> FaultPlan | None:
    """``none``, ``soak`` or a JSON fault-plan file, as a ``FaultPlan`` (``None`` for none)."""
    from billing_sdk.sandbox import SOAK_FAULTS, FaultPlan

    if value == "none":
        return None
    if value == "soak":
        return FaultPlan(default=SOAK_FAULTS)
    try:
        data = json.loads(Path(value).read_text(encoding="utf-8"))
        return FaultPlan.from_json(data)
    except OSError as exc:
        raise click.BadParameter(
            f"cannot read {value}: {exc.strerror}", param_hint="--faults"
        ) from None
    except (ValueError, TypeError, AttributeError) as exc:
        raise click.BadParameter(
            f"{value} is not a fault plan: {exc}", param_hint="--faults"
        ) from None


@click.group()
def sandbox() -> None:
    """The embedded sandbox (Visma, CRM.COM and Billomat simulators on one origin)."""


@sandbox.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="A loopback address.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port to listen on (0: a free one).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Fault-injection seed.")
@click.option(
    "--faults",
    default="none",
    show_default=True,
    metavar="none|soak|FILE",
    help="Fault injection: none, the soak mix, or a JSON fault-plan file.",
)
@json_option
def serve(host: str, port: int, seed: int, faults: str, as_json: bool) -> None:
    """Serve the sandbox until Ctrl-C; prints its URL and the (sandbox-only) credentials.

    The printed variables point every other command at it, e.g.
    `billing-sdk visma invoices list` once they are exported.
    """
    try:
        import uvicorn  # noqa: F401  (the sandbox extra; it serves below)

        from billing_sdk.sandbox import Sandbox
        from billing_sdk.sandbox._server import (
            _require_loopback,
            bind_loopback,
            serve_until_interrupted,
        )
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise click.ClickException(
            f"the sandbox needs its extra: pip install 'billing-sdk[sandbox]' ({exc.name})"
        ) from None
    try:
        _require_loopback(host)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--host") from None
    plan = fault_plan(faults)
    sb = Sandbox(seed=seed, faults=plan)
    try:
        sock = bind_loopback(host, port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    url_host = f"[{host}]" if ":" in host else host
    base_url = f"http://{url_host}:{sock.getsockname()[1]}"
    json_mode = as_json or output(as_json).json_mode
    serve_until_interrupted(
        sb.app, sock, lambda: _banner(base_url, faults, sb, json_mode=json_mode)
    )
    if not json_mode:
        click.echo("billing-sdk sandbox stopped")


def _banner(base_url: str, faults: str, sb: Sandbox, *, json_mode: bool) -> None:
    """Where the sandbox listens and the variables that point the commands at it."""
    from billing_sdk.sandbox import ADMIN_HEADER

    env = sb.environment(base_url)  # the names the clients read too (billing_sdk._environment)
    if json_mode:
        info = {
            "base_url": base_url,
            "faults": faults,
            "admin_header": ADMIN_HEADER,
            "admin_token": sb.admin_token,
            "environment": env,
        }
        sys.stdout.write(json.dumps(info) + "\n")
    else:
        click.echo(f"billing-sdk sandbox listening on {base_url} (faults: {faults}; Ctrl-C stops)")
        click.echo("Point the commands at it (these are the sandbox's own test credentials):")
        for name, value in env.items():
            click.echo(f"  export {name}={shlex.quote(value)}")
        click.echo(f"Admin endpoints /_sandbox/*: header {ADMIN_HEADER}: {sb.admin_token}")
    sys.stdout.flush()
