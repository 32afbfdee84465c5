"""The ``billing-sdk`` command line (``pip install 'billing-sdk[cli]'``).

``billing-sdk demo`` runs one accounts-receivable day against the embedded sandbox;
``billing-sdk sandbox serve`` serves the sandbox; ``billing-sdk visma|crmcom|billomat ...``
read and write through the SDK with credentials from flags or environment variables.

Errors are one line on stderr: the SDK's :class:`~billing_sdk.BillingError` exits 1, bad
usage and missing credentials exit 2, Ctrl-C exits 130. Tracebacks are for bugs only.

Installed without the ``cli`` extra, the script prints one line naming the extra and exits 2
(this module imports click and rich only inside :func:`main`).
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Sequence

if typing.TYPE_CHECKING:
    from billing_sdk.cli._app import cli

__all__ = ["cli", "main"]

#: What the ``cli`` extra brings; a missing one means the extra was not installed.
_CLI_EXTRA = frozenset({"click", "rich"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``billing-sdk`` with ``argv`` (default: the process arguments); returns the exit code."""
    try:
        from billing_sdk.cli._app import main as run
    except ImportError as exc:
        if (exc.name or "").partition(".")[0] not in _CLI_EXTRA:
            raise
        print(
            "billing-sdk: the command line needs the cli extra: "
            f"pip install 'billing-sdk[cli]' ({exc.name} is not installed)",
            file=sys.stderr,
        )
        return 2
    return run(argv)


def __getattr__(name: str) -> typing.Any:
    """``cli`` (the click group) is loaded on first use, with click (PEP 562)."""
    if name == "cli":
        from billing_sdk.cli._app import cli

        return cli
    raise AttributeError(f"module 'billing_sdk.cli' has no attribute {name!r}")
