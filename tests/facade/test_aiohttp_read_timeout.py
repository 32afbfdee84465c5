"""The read timeout (``timeout.read``: between two bytes) of the default transport, on a real
loopback socket, as the pool's one-timer watch keeps it and as aiohttp's own timers keep it
(the fallback when an aiohttp lacks a hook the watch relies on): the same promise either way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from aiohttp.client_proto import ResponseHandler

from billing_sdk._aiohttp_transport import AiohttpTransport, _WatchedHandler
from billing_sdk._retry import NO_RETRIES
from billing_sdk._transport import PolicyTransport

from .test_aiohttp_transport import LIMITS, RawServer, answer

READ = 0.3
TIMEOUT = httpx.Timeout(5.0, read=READ)


@pytest.fixture(params=["watched", "aiohttp's own"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param != "watched":
        # An aiohttp without one of the hooks: the pool keeps aiohttp's protocol.
        monkeypatch.setattr(
            "billing_sdk._aiohttp_transport._READ_TIMEOUT_HOOKS", ("_no_such_hook",)
        )
    yield request.param


@pytest.fixture
async def transport(mode: str) -> AsyncIterator[AiohttpTransport]:
    t = AiohttpTransport(limits=LIMITS)
    yield t
    await t.aclose()


def client_for(transport: AiohttpTransport, url: str) -> httpx.AsyncClient:
    # No retries and no attempt limit: the read timeout is the only clock running.
    policy = PolicyTransport(transport, NO_RETRIES)
    return httpx.AsyncClient(base_url=url, transport=policy, timeout=TIMEOUT)


def protocol_class(transport: AiohttpTransport) -> type[Any]:
    assert transport._session is not None
    factory = transport._session.connector._factory  # type: ignore[union-attr]
    return factory.func  # type: ignore[no-any-return]


BODY = b'{"amount": "12.50", "pad": "' + b"x" * 64 + b'"}'


def trickle(gap: float, pieces: int = 8) -> Any:
    """Answers with the head at once and the body in ``pieces``, ``gap`` seconds apart."""

    async def handler(server: RawServer, reader: Any, writer: Any) -> None:
        while True:
            await server.read_request(reader)
            whole = answer(BODY, headers=(b"Content-Type: application/json",))
            head, body = whole[: whole.index(b"\r\n\r\n") + 4], whole[len(whole) - len(BODY) :]
            writer.write(head)
            await writer.drain()
            step = -(-len(body) // pieces)
            for at in range(0, len(body), step):
                await asyncio.sleep(gap)
                writer.write(body[at : at + step])
                await writer.drain()

    return handler


async def silent_after_head(server: RawServer, reader: Any, writer: Any) -> None:
    await server.read_request(reader)
    writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"part')
    await writer.drain()
    await asyncio.sleep(30)  # cancelled when the server stops


async def silent(server: RawServer, reader: Any, writer: Any) -> None:
    await server.read_request(reader)
    await asyncio.sleep(30)  # cancelled when the server stops


async def test_the_pinned_aiohttp_gets_the_watch(transport: AiohttpTransport, mode: str) -> None:
    server = RawServer(trickle(0.0, pieces=1))
    async with server as url, client_for(transport, url) as http:
        await http.get("/x")
        used = protocol_class(transport)
    assert used is (_WatchedHandler if mode == "watched" else ResponseHandler)


async def test_a_body_that_keeps_coming_outlasts_the_read_timeout(
    transport: AiohttpTransport,
) -> None:
    """Eight pieces a third of the read timeout apart: 2.7 read timeouts in all, no gap
    reaching one."""
    server = RawServer(trickle(READ / 3))
    async with server as url, client_for(transport, url) as http:
        loop = asyncio.get_running_loop()
        started = loop.time()
        response = await http.get("/slow")
        took = loop.time() - started
    assert response.status_code == 200
    assert response.content == BODY
    assert took > 2 * READ  # (the gaps are what is short, not the whole)


async def test_a_silence_before_the_head_is_a_read_timeout(transport: AiohttpTransport) -> None:
    server = RawServer(silent)
    async with server as url, client_for(transport, url) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.post("/payments", json={"amount": "1.00"})
    assert len(server.requests) == 1


async def test_a_silence_inside_the_body_is_a_read_timeout(transport: AiohttpTransport) -> None:
    server = RawServer(silent_after_head)
    async with server as url, client_for(transport, url) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/invoice/1")


async def test_connections_time_out_one_by_one_and_the_others_go_on(
    transport: AiohttpTransport,
) -> None:
    """Under one watch: a silent connection times out while two others keep reading."""
    slow, stalled = RawServer(trickle(READ / 3)), RawServer(silent_after_head)
    async with slow as slow_url, stalled as stalled_url, client_for(transport, slow_url) as http:
        results = await asyncio.gather(
            http.get(f"{slow_url}/a"),
            http.get(f"{stalled_url}/b"),
            http.get(f"{slow_url}/c"),
            return_exceptions=True,
        )
    assert [type(r).__name__ for r in results] == ["Response", "ReadTimeout", "Response"]
    assert all(r.content == BODY for r in results if isinstance(r, httpx.Response))


async def test_a_timeout_set_per_request_holds_on_a_reused_connection(
    transport: AiohttpTransport,
) -> None:
    """One connection, a long read timeout then a short one: the short one still fires."""

    async def answers_then_stalls(server: RawServer, reader: Any, writer: Any) -> None:
        await server.read_request(reader)
        writer.write(answer(BODY))
        await writer.drain()
        await silent_after_head(server, reader, writer)

    server = RawServer(answers_then_stalls)
    async with server as url, client_for(transport, url) as http:
        assert (await http.get("/a", timeout=httpx.Timeout(5.0, read=30.0))).content == BODY
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/b", timeout=httpx.Timeout(5.0, read=READ))
        took = loop.time() - started
    assert server.connections == 1
    assert took < 30.0  # the 30 s timer armed for the first request does not stand in


async def test_a_connection_idle_in_the_pool_has_no_read_timeout(
    transport: AiohttpTransport,
) -> None:
    """The clock stops with the response: a connection left idle for longer than the read
    timeout serves the next request as it is."""
    server = RawServer(trickle(0.0, pieces=1))
    async with server as url, client_for(transport, url) as http:
        assert (await http.get("/a")).content == BODY
        await asyncio.sleep(3 * READ)
        assert (await http.get("/b")).content == BODY
    assert server.connections == 1


async def test_reading_arms_no_loop_timer_per_request(
    transport: AiohttpTransport, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watch's reason to exist: aiohttp's protocol arms two timers per request."""
    server = RawServer(trickle(0.0, pieces=1))
    loop = asyncio.get_running_loop()
    armed = []
    call_at = loop.call_at

    def counting(when: float, callback: Any, *args: Any, **kwargs: Any) -> Any:
        armed.append(callback)
        return call_at(when, callback, *args, **kwargs)

    async with server as url, client_for(transport, url) as http:
        await http.get("/warm")
        monkeypatch.setattr(loop, "call_at", counting)
        for _ in range(20):
            await http.get("/x")
    if mode == "watched":
        assert len(armed) <= 1  # the watch's own timer, at most once
    else:
        assert len(armed) >= 20
