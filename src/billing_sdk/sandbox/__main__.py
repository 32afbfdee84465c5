"""``python -m billing_sdk.sandbox``: serve the sandbox on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from billing_sdk.sandbox._faults import SOAK_FAULTS, FaultPlan
from billing_sdk.sandbox._server import (
    ADMIN_HEADER,
    Sandbox,
    _require_loopback,
    bind_loopback,
    serve_until_interrupted,
)


def _plan(value: str | None) -> FaultPlan | None:
    if value is None or value == "none":
        return None
    if value == "soak":
        return FaultPlan(default=SOAK_FAULTS)
    return FaultPlan.from_json(json.loads(Path(value).read_text(encoding="utf-8")))


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
    args = parser.parse_args(argv)
    try:
        _require_loopback(args.host)
        plan = _plan(args.faults)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    sandbox = Sandbox(seed=args.seed, faults=plan)
    try:
        sock = bind_loopback(args.host, args.port)
    except OSError as exc:
        parser.error(f"cannot listen on {args.host}:{args.port}: {exc}")
    host = f"[{args.host}]" if ":" in args.host else args.host
    base_url = f"http://{host}:{sock.getsockname()[1]}"
    info = {
        "base_url": base_url,
        "admin_header": ADMIN_HEADER,
        "admin_token": sandbox.admin_token,
        "visma": sandbox.visma.settings.public_credentials(),
        "crmcom": sandbox.crmcom.settings.public_credentials(),
        "billomat": sandbox.billomat.settings.public_credentials(),
    }

    def announce() -> None:
        print(f"billing-sdk sandbox listening on {base_url} (Ctrl-C to stop)")
        print(json.dumps(info, indent=2))
        sys.stdout.flush()

    serve_until_interrupted(sandbox.app, sock, announce)
    print("billing-sdk sandbox stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
