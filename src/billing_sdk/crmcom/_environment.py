"""CRM.COM's environment variables (the client's and the CLI's names)."""

from __future__ import annotations

from collections.abc import Mapping

#: Constructor argument -> environment variable (the CLI's names too).
CRMCOM_ENV: Mapping[str, str] = {
    "base_url": "CRMCOM_BASE_URL",
    "username": "CRMCOM_USERNAME",
    "password": "CRMCOM_PASSWORD",
    "organisation": "CRMCOM_ORGANISATION",
    "web_api_key": "CRMCOM_WEB_API_KEY",
}
