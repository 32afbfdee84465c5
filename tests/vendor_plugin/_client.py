"""The Acme client: a ``BaseClient`` with one resource, ``things``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from billing_sdk._auth import StaticBearer
from billing_sdk._client import BaseClient
from billing_sdk._engine import Engine
from billing_sdk._errors import DecodeError
from billing_sdk._pagination import Page, paginate
from tests.vendor_plugin._errors import parse_acme_error


@dataclass(frozen=True)
class Thing:
    """One Acme thing."""

    id: str
    name: str


class _Transport:
    """What a generated client offers the engine: the httpx client it sends with."""

    def __init__(self) -> None:
        self._http: httpx.AsyncClient | None = None

    def set_async_httpx_client(self, http: httpx.AsyncClient) -> None:
        self._http = http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        assert self._http is not None
        return self._http


def _thing(body: Any) -> Thing:
    if not isinstance(body, dict) or not isinstance(body.get("id"), str):
        raise ValueError("not a thing")
    return Thing(id=body["id"], name=str(body.get("name", "")))


def _parse_thing(*, client: object, response: httpx.Response) -> Thing:
    return _thing(response.json())


def _parse_page(*, client: object, response: httpx.Response) -> Page[Thing]:
    body = response.json()
    return Page([_thing(item) for item in body["items"]], total=body.get("total"))


class Things:
    """Read, list and rename things."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def get(self, thing_id: str) -> Thing:
        """One thing by id."""
        result = await self._engine.send(
            {"method": "GET", "url": f"/things/{thing_id}"}, _parse_thing
        )
        return _checked(result.parsed)

    async def rename(self, thing_id: str, name: str) -> Thing:
        """Rename a thing (a PUT: the transport may re-send it after a 503)."""
        request = {"method": "PUT", "url": f"/things/{thing_id}", "json": {"name": name}}
        result = await self._engine.send(request, _parse_thing)
        return _checked(result.parsed)

    def list(self, *, page_size: int = 2) -> AsyncIterator[Thing]:
        """Every thing, page by page."""

        async def fetch(page: int, size: int) -> Page[Thing]:
            request = {
                "method": "GET",
                "url": "/things",
                "params": {"page": page, "per_page": size},
            }
            result = await self._engine.send(request, _parse_page)
            assert result.parsed is not None
            return result.parsed

        return paginate(fetch, page_size=page_size, key=lambda thing: thing.id)


def _checked(thing: Thing | None) -> Thing:
    if thing is None:
        raise DecodeError("expected a thing")
    return thing


class AcmeClient(BaseClient):
    """A client for the Acme API (a vendor defined in the tests)."""

    _vendor = "acme"

    def __init__(self, *, base_url: str, token: str, **options: Any) -> None:
        super().__init__(
            base_url=base_url,
            generated_client=_Transport(),
            parse_error=parse_acme_error,
            auth=StaticBearer(token),
            **options,
        )
        self.things = Things(self._engine)
