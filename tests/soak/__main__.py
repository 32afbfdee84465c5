"""``python -m tests.soak --ops 10000 --seed 1 --concurrency 24`` (what ``make soak`` runs).

Prints the reconciliation; exits 0 only when nothing was lost, duplicated, untyped or
misreported and every idempotent operation succeeded.
"""

from __future__ import annotations

import argparse
import sys

import anyio

from tests.soak._report import format_report
from tests.soak._runner import SoakConfig, run_soak


def main(argv: list[str] | None = None) -> int:
    defaults = SoakConfig()
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--ops", type=int, default=defaults.ops, help="operations to issue")
    parser.add_argument("--seed", type=int, default=defaults.seed, help="workload and fault seed")
    parser.add_argument("--concurrency", type=int, default=defaults.concurrency)
    parser.add_argument("--timeout", type=float, default=defaults.timeout, help="read timeout, s")
    parser.add_argument("--stall", type=float, default=defaults.stall, help="stall length, s")
    parser.add_argument("--deadline", type=float, default=defaults.deadline, help="run cap, s")
    parser.add_argument("--transport", choices=("default", "httpx"), default=defaults.transport)
    args = parser.parse_args(argv)
    try:
        config = SoakConfig(
            ops=args.ops,
            seed=args.seed,
            concurrency=args.concurrency,
            timeout=args.timeout,
            stall=args.stall,
            deadline=args.deadline,
            transport=args.transport,
        )
    except ValueError as exc:
        parser.error(str(exc))

    def progress(done: int, seconds: float) -> None:
        print(f"  {done}/{config.ops} operations issued, {seconds:.0f} s", flush=True)

    print(
        f"soak: {config.ops} operations, seed {config.seed}, concurrency {config.concurrency}, "
        "sandbox on 127.0.0.1 with 10% 5xx, 5% 429, 2% drops, 1% stalls, 2% lost answers",
        flush=True,
    )
    result = anyio.run(run_soak, config, progress)
    print(format_report(result), flush=True)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
