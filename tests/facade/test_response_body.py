"""Response bodies: decoded in bounded pieces, capped after decompression, never trusted."""

from __future__ import annotations

import zlib

import httpx
import pytest

from billing_sdk import DecodeError, ResponseTooLarge, RetryPolicy, ValidationError
from billing_sdk._transport import PolicyTransport

BODY = b'{"ok": true, "padding": "' + b"x" * 5000 + b'"}'


def _deflate(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


ENCODINGS = {
    "identity": (None, BODY),
    "gzip": ("gzip", _deflate(BODY, zlib.MAX_WBITS | 16)),
    "x-gzip": ("x-gzip", _deflate(BODY, zlib.MAX_WBITS | 16)),
    "deflate": ("deflate", _deflate(BODY, zlib.MAX_WBITS)),
    "raw deflate": ("deflate", _deflate(BODY, -zlib.MAX_WBITS)),
}


def _client(
    body: bytes, encoding: str | None, limit: int | None, *, streamed: bool = True
) -> httpx.AsyncClient:
    """A client whose server answers ``body``: streamed, as every real transport does, or
    (``streamed=False``) already in memory, as a mock transport's answer is."""
    headers = {"Content-Encoding": encoding} if encoding else {}

    def answer(request: httpx.Request) -> httpx.Response:
        if streamed:
            return httpx.Response(200, stream=httpx.ByteStream(body), headers=headers)
        return httpx.Response(200, content=body, headers=headers)

    policy = PolicyTransport(
        httpx.MockTransport(answer), RetryPolicy(max_attempts=1), max_response_bytes=limit
    )
    return httpx.AsyncClient(transport=policy, base_url="https://api.example")


@pytest.mark.parametrize("name", ENCODINGS)
async def test_bodies_are_decoded_whatever_their_encoding(name: str) -> None:
    encoding, body = ENCODINGS[name]
    async with _client(body, encoding, 1 << 20) as http:
        response = await http.get("/x")
    assert response.content == BODY
    assert "content-encoding" not in response.headers  # decoded once, here


@pytest.mark.parametrize("name", ENCODINGS)
async def test_the_cap_counts_the_decoded_body(name: str) -> None:
    encoding, body = ENCODINGS[name]
    async with _client(body, encoding, len(BODY) - 1) as http:
        with pytest.raises(ResponseTooLarge) as info:
            await http.get("/x")
    assert info.value.limit == len(BODY) - 1 and info.value.status == 200
    async with _client(body, encoding, len(BODY)) as http:
        assert (await http.get("/x")).content == BODY  # exactly the cap is fine


async def test_a_body_already_in_memory_is_held_to_the_cap_too() -> None:
    async with _client(BODY, None, len(BODY) - 1, streamed=False) as http:
        with pytest.raises(ResponseTooLarge):
            await http.get("/x")


async def test_a_bomb_stops_at_the_cap_without_inflating_whole() -> None:
    bomb = _deflate(bytes(64 * 1024 * 1024), zlib.MAX_WBITS | 16)  # 64 MB in ~64 KB
    async with _client(bomb, "gzip", 100_000) as http:
        with pytest.raises(ResponseTooLarge):
            await http.get("/x")


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", b"not gzip"),
        ("deflate", b"not deflate either"),
        ("br", b"\x1b\x03"),
        ("gzip, br", b""),
    ],
)
async def test_corrupt_or_unasked_encodings_are_decode_errors(encoding: str, body: bytes) -> None:
    async with _client(body, encoding, 1 << 20) as http:
        with pytest.raises(DecodeError):
            await http.get("/x")


@pytest.mark.parametrize("value", [0, -1, 1.5, "1000", True])
def test_max_response_bytes_is_a_positive_byte_count(value: object) -> None:
    from billing_sdk import BillomatClient

    with pytest.raises(ValidationError):
        BillomatClient(base_url="https://a.example", api_key="k", max_response_bytes=value)
