"""``python -m billing_sdk.cli``: the same as the ``billing-sdk`` command."""

from billing_sdk.cli import main

raise SystemExit(main())
