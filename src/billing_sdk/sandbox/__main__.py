"""``python -m billing_sdk.sandbox``: serve the sandbox on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from billing_sdk.sandbox._billomat._settings import BillomatSettings
from billing_sdk.sandbox._faults import SOAK_FAULTS, FaultPlan
from billing_sdk.sandbox._server import (
    ADMIN_HEADER,
    Sandbox,
    _require_loopback,
    bind_loopback,
    serve_until_interrupted,
)
from billing_sdk.sandbox._visma._settings import VismaSettings


def _plan(value: str | None) -> FaultPlan | None:
    if value is None or value == "none":
        return None
    if value == "soak":
        return FaultPlan(default=SOAK_FAULTS)
    return FaultPlan.from_json(json.loads(Path(value).read_text(encoding="utf-8")))


def _rate_settings(args: argparse.Namespace) -> tuple[VismaSettings, BillomatSettings]:
    """The vendors' settings with the rate-limit flags applied (a budget of L per window)."""
    visma, billomat = VismaSettings(), BillomatSettings()
    window = {} if args.rate_window is None else {"rate_window": args.rate_window}
    if args.visma_rate_limit is not None or window:
        limit = visma.rate_limit if args.visma_rate_limit is None else args.visma_rate_limit
        visma = replace(visma, rate_limit=limit, **window)
    if args.billomat_rate_limit is not None or window:
        limit = (
            billomat.rate_limit if args.billomat_rate_limit is None else args.billomat_rate_limit
        )
        billomat = replace(billomat, rate_limit=limit, app_rate_limit=limit, **window)
    return visma, billomat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m billing_sdk.sandbox",
        description="Serve the billing-sdk sandbox (Visma, CRM.COM, Billomat) on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--seed", type=int, default=0, help="fault-injection seed")
    parser.add_argument(
        "--faults", default=None, help="'soak' for the soak mix, or a JSON fault-plan file"
    )
    parser.add_argument(
        "--visma-rate-limit",
        type=int,
        default=None,
        help="Visma requests per window per tenant and client (429 with X-RateLimit-* after)",
    )
    parser.add_argument(
        "--billomat-rate-limit",
        type=int,
        default=None,
        help="Billomat requests per window per API key (429 with X-Rate-Limit-* after)",
    )
    parser.add_argument(
        "--rate-window", type=float, default=None, help="the rate-limit window in seconds"
    )
    args = parser.parse_args(argv)
    try:
        _require_loopback(args.host)
        plan = _plan(args.faults)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    try:
        visma, billomat = _rate_settings(args)
    except ValueError as exc:
        parser.error(str(exc))
    sandbox = Sandbox(seed=args.seed, faults=plan, visma=visma, billomat=billomat)
    try:
        sock = bind_loopback(args.host, args.port)
    except OSError as exc:
        parser.error(f"cannot listen on {args.host}:{args.port}: {exc}")
    host = f"[{args.host}]" if ":" in args.host else args.host
    base_url = f"http://{host}:{sock.getsockname()[1]}"
    info: dict[str, object] = {
        "base_url": base_url,
        "admin_header": ADMIN_HEADER,
        "admin_token": sandbox.admin_token,
    }
    info |= {vendor.name: vendor.public_credentials() for vendor in sandbox.vendors}

    def announce() -> None:
        print(f"billing-sdk sandbox listening on {base_url} (Ctrl-C to stop)")
        print(json.dumps(info, indent=2))
        sys.stdout.flush()

    serve_until_interrupted(sandbox.app, sock, announce)
    print("billing-sdk sandbox stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
