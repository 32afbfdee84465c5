"""Helpers and fixtures for the Billomat sandbox tests (imported explicitly by test_billomat_*).

Kept out of ``conftest.py`` so the three vendor test suites do not edit one shared file.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from billing_sdk._generated.billomat_api import Client
from billing_sdk.sandbox import BillomatSettings, Sandbox

KEY = BillomatSettings().api_key
#: What the SDK sends: the API key and a request for JSON.
JSON_HEADERS = {"X-BillomatApiKey": KEY, "Accept": "application/json"}
#: The API key only: the API then answers XML, its default.
XML_HEADERS = {"X-BillomatApiKey": KEY}

#: The seed's XML create example, verbatim (with the doc's ``credit_note-id`` spelling).
SEED_XML_CREATE = (
    b"<credit-note-payment> <credit_note-id>1</credit_note-id> <date>2009-11-03</date> "
    b"<amount>12.34</amount> <comment>via bank transfer</comment> <type>BANK_TRANSFER</type> "
    b"</credit-note-payment>"
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<credit-note-payment><credit_note_id>1</credit_note_id><amount>1</amount>
<comment>&lol9;</comment></credit-note-payment>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<credit-note-payment><credit_note_id>1</credit_note_id><amount>1</amount>
<comment>&xxe;</comment></credit-note-payment>"""


@dataclass
class Reach:
    """A sandbox and how a test reaches it: in-process or over a loopback server."""

    sandbox: Sandbox
    mode: str

    def http(self, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
        """A raw httpx client aimed at the sandbox (close it, e.g. ``async with``)."""
        return httpx.AsyncClient(
            base_url=self.sandbox.base_url,
            transport=self.sandbox.transport(),
            headers=headers,
            timeout=httpx.Timeout(10.0),
        )

    def client(self, headers: dict[str, str] | None = None) -> Client:
        """The generated Billomat client on :meth:`http` (JSON and the API key by default)."""
        return generated_client(
            self.sandbox.base_url, self.http(JSON_HEADERS if headers is None else headers)
        )


def generated_client(base_url: str, http: httpx.AsyncClient) -> Client:
    """The generated client, sending through ``http`` (which carries the headers)."""
    return Client(base_url=base_url).set_async_httpx_client(http)


@contextlib.asynccontextmanager
async def reach(mode: str, **settings: Any) -> AsyncIterator[Reach]:
    """A fresh sandbox with these Billomat settings, reached in ``mode``."""
    sandbox = Sandbox(billomat=BillomatSettings(**settings))
    if mode == "in_process":
        yield Reach(sandbox, mode)
    else:
        async with sandbox.running():
            yield Reach(sandbox, mode)


@pytest.fixture
async def bm_local() -> AsyncIterator[Reach]:
    """A fresh default sandbox, in-process only (for rule tests that need no socket)."""
    async with reach("in_process") as target:
        yield target
