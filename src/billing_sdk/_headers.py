"""``httpx.Headers`` built and read without httpx's header-by-header normalising.

``httpx.Headers(pairs)`` checks and encodes every name and value and lower-cases every name;
each read (``get``, ``in``, ``pop``, ``multi_items``) builds a list of every header, and each
new ``Headers`` decodes every name and value once to find their encoding: about a tenth of a
read's CPU in the SDK went there. The pairs these helpers take are bytes already (aiohttp's
``raw_headers``, the request's own headers), so the result is exactly what
``httpx.Headers(pairs)`` holds. httpx 0.28 is pinned: ``_list`` of ``(name, lower-case name,
value)`` is where its ``Headers`` keeps them, ``_encoding`` the encoding it found.
"""

from __future__ import annotations

import operator
from collections.abc import Collection, Iterable

import httpx

#: A header triple's lower-case name (``map`` with it looks names up without a Python step
#: per header).
_LOWER = operator.itemgetter(1)

#: Where the engine keeps ``str(url)`` on an ``httpx.URL`` it built (URLs are immutable, so
#: the text stays true; a URL built elsewhere has none): :func:`url_text` reads it.
URL_TEXT = "_billing_sdk_text"


def url_text(url: httpx.URL) -> str:
    """``str(url)``, without rebuilding it when the engine kept it on the URL."""
    text: str | None = url.__dict__.get(URL_TEXT)
    return str(url) if text is None else text


def from_raw(pairs: Iterable[tuple[bytes, bytes]]) -> httpx.Headers:
    """``httpx.Headers(pairs)`` for pairs of bytes (names as sent, in order)."""
    headers = httpx.Headers.__new__(httpx.Headers)  # what its ``__init__`` sets, set directly
    headers._list = [(name, name.lower(), value) for name, value in pairs]
    headers._encoding = None
    return headers


def _encoding(headers: httpx.Headers) -> str:
    """``headers.encoding``: one check of every byte for the usual all-ASCII headers, instead
    of httpx's decoding of each name and value (it keeps the answer, as httpx does)."""
    found = headers._encoding
    if found is None:
        if b"".join([name + value for name, _, value in headers._list]).isascii():
            found = headers._encoding = "ascii"
        else:
            found = headers.encoding
    return found


def has_any(headers: httpx.Headers, lower_names: Collection[bytes]) -> bool:
    """Whether ``headers`` holds any of ``lower_names`` (lower-case bytes)."""
    return any(lower in lower_names for _, lower, _ in headers._list)


def value(headers: httpx.Headers, lower_name: bytes) -> str | None:
    """``headers.get(name)`` for a lower-case name given as bytes (repeats joined by ", ")."""
    items = headers._list
    lowers = list(map(_LOWER, items))
    count = lowers.count(lower_name)
    if not count:
        return None
    if count == 1:
        one: bytes = items[lowers.index(lower_name)][2]
        if one.isascii():
            # ASCII reads the same in every encoding httpx may find (ascii, utf-8,
            # iso-8859-1): no need to find it.
            return one.decode("ascii")
    found = [value for _, lower, value in items if lower == lower_name]
    encoding = _encoding(headers)
    return ", ".join(value.decode(encoding) for value in found)


def remove(headers: httpx.Headers, lower_names: Collection[bytes]) -> None:
    """``headers.pop(name, None)`` for each of ``lower_names`` (lower-case bytes), in place."""
    items = headers._list
    if items and items[-1][1] in lower_names:
        del items[-1]  # the usual case: a credential put on last, for one request
    for _, lower, _ in items:
        if lower in lower_names:
            items[:] = [item for item in items if item[1] not in lower_names]
            return


def str_items(headers: httpx.Headers) -> list[tuple[str, str]]:
    """``headers.multi_items()``: (lower-case name, value) as text, the encoding found once."""
    items = headers._list
    if headers._encoding is None:
        try:
            # The usual all-ASCII headers, decoded in the one pass that finds them ASCII
            # (``headers.encoding`` would say "ascii" for them).
            return [(lower.decode("ascii"), value.decode("ascii")) for _, lower, value in items]
        except UnicodeDecodeError:
            pass
    encoding = _encoding(headers)
    return [(lower.decode(encoding), value.decode(encoding)) for _, lower, value in items]
