"""Billomat's credentials: ``X-BillomatApiKey`` and optional app credentials, as headers."""

from __future__ import annotations

from typing import Any

import httpx

from billing_sdk._auth import _credential, _take_off


class ApiKeyHeaders(httpx.Auth):
    """Billomat: ``X-BillomatApiKey`` plus optional ``X-AppId``/``X-AppSecret``."""

    def __init__(self, api_key: str, app_id: str | None = None, app_secret: str | None = None):
        self._headers = {"X-BillomatApiKey": _credential(api_key, "api_key")}
        if app_id and app_secret:
            self._headers |= {
                "X-AppId": _credential(app_id, "app_id"),
                "X-AppSecret": _credential(app_secret, "app_secret"),
            }
        self._names = tuple(self._headers)

    def __repr__(self) -> str:
        return "ApiKeyHeaders(api_key=***)"

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers.update(self._headers)
        response: httpx.Response | None = None
        try:
            response = yield request
        finally:
            _take_off(self._names, request, response)
