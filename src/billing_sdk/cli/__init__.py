"""The ``billing-sdk`` command line (``pip install 'billing-sdk[cli]'``).

``billing-sdk demo`` runs one accounts-receivable day against the embedded sandbox;
``billing-sdk sandbox serve`` serves the sandbox; ``billing-sdk visma|crmcom|billomat ...``
read and write through the SDK with credentials from flags or environment variables.

Errors are one line on stderr: the SDK's :class:`~billing_sdk.BillingError` exits 1, bad
usage and missing credentials exit 2, Ctrl-C exits 130. Tracebacks are for bugs only.
"""

from billing_sdk.cli._app import cli, main

__all__ = ["cli", "main"]
