"""Reading a response body within a size cap, decompressing it in bounded pieces.

httpx would decompress each network chunk in one go: a 64 KiB chunk of a gzip bomb becomes
64 MB before anything can count it, and a 0.5 MB bomb took a process to 1 GB. Here the raw
stream is decoded with ``zlib``'s ``max_length`` (at most :data:`PIECE` bytes of output per
step) and every piece is counted, so a body larger than the cap (after decompression) stops
at the cap, whatever its encoding or its ``Content-Length``.

Only the encodings the SDK asks for (:data:`ACCEPT_ENCODING`) are decoded; another one (``br``,
``zstd``, ``compress``) is refused with ``DecodeError`` instead of handing compressed bytes to a
parser. The decoded body replaces the stream and ``Content-Encoding`` is dropped from the
headers, so httpx reads it as it is.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from billing_sdk._errors import DecodeError, ResponseTooLarge
from billing_sdk._retry import READ_METHODS

#: What every client sends as ``Accept-Encoding``: the encodings decoded here.
ACCEPT_ENCODING = "gzip, deflate"
#: The most output one decompression step produces.
PIECE = 64 * 1024


class _Decoder:
    """One content coding, decoded in pieces of at most :data:`PIECE` bytes."""

    def __init__(self, encoding: str) -> None:
        self._raw_deflate = False
        self._started = False
        if encoding in ("gzip", "x-gzip"):
            self._zlib: zlib._Decompress | None = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
            self._raw_deflate = True  # may turn out to be raw deflate (no zlib header)
        else:
            self._zlib = None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._zlib is None:
            if data:
                yield data
            return
        if self._raw_deflate and not self._started:
            self._started = True
            try:
                yield from self._inflate(data)
                return
            except zlib.error:
                # "deflate" servers often send raw deflate without the zlib wrapper.
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        yield from self._inflate(data)

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        decompressor = self._zlib
        assert decompressor is not None
        pending = data
        while pending and not decompressor.eof:
            out = decompressor.decompress(pending, PIECE)
            pending = decompressor.unconsumed_tail
            if out:
                yield out

    def flush(self) -> bytes:
        return self._zlib.flush() if self._zlib is not None else b""


def _decoder_for(
    header: str | None, response: httpx.Response, request: httpx.Request
) -> _Decoder | None:
    """The decoder for a ``Content-Encoding`` ``header``; ``None`` for none (or identity)."""
    if not header:
        return None
    codings = [c.strip().lower() for c in header.split(",") if c.strip().lower() != "identity"]
    if not codings:
        return None
    if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
        why = f"content-encoding {header.strip()[:40]!r} was not asked for"
        raise _refusal(response, request, why)
    return _Decoder(codings[0])


def _landed(response: httpx.Response, request: httpx.Request) -> bool | None:
    """What an answer whose body cannot be used says about the write it answers."""
    if request.method in READ_METHODS:
        return None
    status = response.status_code
    if 200 <= status < 300:
        return True  # the server answered with success: the operation itself went through
    return False if 400 <= status < 500 else None


def _refusal(response: httpx.Response, request: httpx.Request, why: str) -> DecodeError:
    return DecodeError(
        f"the response cannot be read: {why} (HTTP {response.status_code})",
        method=request.method,
        path=request.url.path,
        status=response.status_code,
        landed=_landed(response, request),
    )


class _CappedStream(httpx.AsyncByteStream):
    """The decoded body of ``response``, raising once it grows past ``limit`` bytes."""

    def __init__(
        self,
        response: httpx.Response,
        request: httpx.Request,
        raw: httpx.AsyncByteStream,
        limit: int | None,
        encoding: str | None = None,
    ) -> None:
        self._response = response
        self._request = request
        self._raw = raw
        self._limit = limit
        self._decoder = _decoder_for(encoding, response, request)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Cut short (too large, corrupt), the raw stream is closed by the response's aclose,
        # which the transport calls: aclose below.
        total = 0
        async for raw in self._raw:
            # Counted piece by piece: a chunk of a bomb never expands whole in memory.
            for piece in self._decoded(raw):
                total += len(piece)
                self.check(total)
                yield piece
        tail = self._flushed()
        if tail:
            self.check(total + len(tail))
            yield tail

    def _decoded(self, raw: bytes) -> Iterator[bytes]:
        if self._decoder is None:
            if raw:
                yield raw
            return
        try:
            yield from self._decoder.feed(raw)
        except zlib.error:
            raise self._corrupt() from None

    def _flushed(self) -> bytes:
        if self._decoder is None:
            return b""
        try:
            return self._decoder.flush()
        except zlib.error:
            raise self._corrupt() from None

    def _corrupt(self) -> DecodeError:
        return _refusal(self._response, self._request, "its compressed body is corrupt")

    def check(self, total: int) -> None:
        """Raise ``ResponseTooLarge`` if ``total`` decoded bytes are over the limit."""
        if self._limit is not None and total > self._limit:
            request = self._request
            raise ResponseTooLarge(
                f"the response body is larger than max_response_bytes ({self._limit:,} bytes "
                "after decompression); it was not read to the end",
                method=request.method,
                path=request.url.path,
                status=self._response.status_code,
                landed=_landed(self._response, request),
                limit=self._limit,
            )

    async def aclose(self) -> None:
        await self._raw.aclose()


def cap_body(response: httpx.Response, request: httpx.Request, limit: int | None) -> None:
    """Make ``response``'s body (answering ``request``) read decoded and capped at ``limit``
    bytes (``None``: no cap).

    Raises ``DecodeError`` for a content coding that was not asked for.
    """
    if response.is_closed:
        # Built with its body already in memory (a mock transport, or read whole by the
        # aiohttp transport): only its size can be checked.
        if limit is None or len(response.content) <= limit:
            return
        capped = _CappedStream(response, request, httpx.ByteStream(b""), limit)
        capped.check(len(response.content))
        return
    raw = response.stream
    assert isinstance(raw, httpx.AsyncByteStream)
    encoding = response.headers.get("content-encoding")
    response.stream = _CappedStream(response, request, raw, limit, encoding)
    if encoding is not None:
        # Decoded here: httpx must not decode it a second time.
        del response.headers["content-encoding"]
