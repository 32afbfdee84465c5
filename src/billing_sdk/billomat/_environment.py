"""Billomat's environment variables (the client's and the CLI's names)."""

from __future__ import annotations

from collections.abc import Mapping

#: Constructor argument -> environment variable (the CLI's names too).
BILLOMAT_ENV: Mapping[str, str] = {
    "base_url": "BILLOMAT_BASE_URL",
    "api_key": "BILLOMAT_API_KEY",
}
