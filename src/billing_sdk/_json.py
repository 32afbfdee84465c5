"""JSON with exact decimals, for the SDK's own JSON (the generated clients carry the same pair).

:func:`loads` reads every fraction as a ``Decimal`` and refuses ``NaN``/``Infinity``; every
failure, deeply nested input (``RecursionError``) and invalid UTF-8 included, is a
``ValueError``, so callers' ``except ValueError`` turns it into a typed error;
:func:`dumps` writes a ``Decimal`` as a JSON number with exactly its digits (``10.00`` stays
``10.00``, ``Decimal("1E+3")`` becomes ``1000``), never through a binary float.
"""

from __future__ import annotations

import json
import secrets
from decimal import Decimal
from typing import Any

# json.dumps writes a Decimal only through float. Each Decimal is written as a string between
# two marks, and the marks (with the quotes around them) are then removed, which leaves its
# exact digits as a JSON number: two str.replace calls, several times faster than encoding in
# Python. The marks hold a NUL and random digits, so no text can collide with them.
_SECRET = secrets.token_hex(8)
_MARK = f"\x00{_SECRET}:"
_END = f"\x00{_SECRET};"
_OPEN = '"' + json.dumps(_MARK)[1:-1]
_CLOSE = json.dumps(_END)[1:-1] + '"'


def _marked(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return f"{_MARK}{value:f}{_END}"
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(value: Any, *, indent: int | None = None, ensure_ascii: bool = True) -> str:
    """``value`` as JSON text; Decimals as exact numbers (``NaN``/infinities refused)."""
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(
        value,
        indent=indent,
        separators=separators,
        ensure_ascii=ensure_ascii,
        allow_nan=False,
        default=_marked,
    )
    return text.replace(_OPEN, "").replace(_CLOSE, "")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


#: One decoder for every body: ``json.loads`` with these options builds a new one per call.
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constant)


def loads(content: bytes | bytearray | str) -> Any:
    """Parse JSON with every fraction as an exact ``Decimal`` (``NaN``/``Infinity`` refused).

    Raises:
        ValueError: for anything that is not usable JSON.
    """
    try:
        if isinstance(content, str):
            if content.startswith("\ufeff"):
                raise json.JSONDecodeError(
                    "Unexpected UTF-8 BOM (decode using utf-8-sig)", content, 0
                )
        elif isinstance(content, bytes | bytearray):  # as ``json.loads`` reads them
            content = content.decode(json.detect_encoding(content), "surrogatepass")
        else:
            raise TypeError(f"the JSON object must be str or bytes, not {type(content).__name__}")
        return _DECODER.decode(content)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"the JSON is not valid UTF-8 ({exc.reason})") from None
