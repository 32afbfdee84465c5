"""Parsing JSON a server (or a webhook) sent, so that every failure is a ``ValueError``.

``json.loads`` raises ``RecursionError`` on deeply nested input (``[[[[...]]]]``, a few
kilobytes are enough); every parse of a body the SDK did not write goes through :func:`loads`,
so the callers' ``except ValueError`` covers it and it becomes a typed error.
"""

from __future__ import annotations

import json
from typing import Any


def loads(content: bytes | bytearray | str) -> Any:
    """``json.loads``, raising ``ValueError`` for anything that is not usable JSON."""
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"the JSON is not valid UTF-8 ({exc.reason})") from None
