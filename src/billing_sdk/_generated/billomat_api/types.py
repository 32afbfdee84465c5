"""Contains some shared types for properties"""

import datetime
import json
import re
import secrets
import threading
import warnings
from collections.abc import Callable, Mapping, MutableMapping
from decimal import Decimal
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E", bound=Enum)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# -- decimals ----------------------------------------------------------------------------------


@define(frozen=True)
class DecimalLimits:
    """The limits the spec sets on a decimal (JSON Schema's keywords; ``None`` where unset).

    ``multiple_of`` is the scale (``0.01``: at most two decimal places). Generated models list
    theirs in ``DECIMAL_LIMITS`` (attribute name -> limits); they are not enforced here.
    """

    multiple_of: Decimal | None = None
    minimum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    maximum: Decimal | None = None
    exclusive_maximum: Decimal | None = None
    not_zero: bool = False


#: The limits of every decimal component schema of the spec, by schema name.
DECIMAL_COMPONENTS: dict[str, DecimalLimits] = {
    "DecimalString": DecimalLimits(),
    "OptionalDecimalString": DecimalLimits(),
    "PaymentAmount": DecimalLimits(
        multiple_of=Decimal("0.01"),
        minimum=Decimal("-9999999999.99"),
        maximum=Decimal("9999999999.99"),
        not_zero=True,
    ),
}

#: A decimal as text: plain notation only (``12.34``, ``-17``); ``1e5`` is not a money amount.
PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def decimal_from_json(value: object) -> Decimal:
    """A decimal as JSON carries it: a number (read as ``Decimal``) or a plain decimal string.

    Raises ``TypeError``/``ValueError`` for anything else (a bool, an exponent string, NaN).
    """
    if type(value) is Decimal:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and PLAIN_DECIMAL.fullmatch(value):
        return Decimal(value)
    if (
        isinstance(value, float) and value - value == 0
    ):  # finite (NaN and infinities are not)
        return Decimal(repr(value))  # the shortest repr is the number the JSON text had
    raise ValueError(f"not a decimal number: {value!r:.40}")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


#: One decoder for every body: ``json.loads`` with these options builds a new one per call.
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constant)


def json_loads(content: bytes | str) -> Any:
    """Parse JSON with every fraction as an exact ``Decimal`` (``NaN``/``Infinity`` refused).

    ``json.loads(content, parse_float=Decimal, parse_constant=...)``, step for step, with the
    one decoder."""
    if isinstance(content, str):
        if content.startswith("\ufeff"):
            raise json.JSONDecodeError(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)", content, 0
            )
    elif isinstance(content, (bytes, bytearray)):
        content = content.decode(json.detect_encoding(content), "surrogatepass")
    else:
        raise TypeError(
            f"the JSON object must be str, bytes or bytearray, not {type(content).__name__}"
        )
    return _DECODER.decode(content)


# json.dumps writes a Decimal only through float. Each Decimal is written as a string between
# two marks, and the marks (with the quotes around them) are then removed, which leaves its
# exact digits as a JSON number. The marks hold a NUL and random digits, so no text can
# collide with them.
_SECRET = secrets.token_hex(8)
_MARK = f"\x00{_SECRET}:"
_END = f"\x00{_SECRET};"
_OPEN = '"' + json.dumps(_MARK)[1:-1]
_CLOSE = json.dumps(_END)[1:-1] + '"'


def _marked_decimal(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return f"{_MARK}{value:f}{_END}"
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def json_dumps(value: Any) -> bytes:
    """Encode JSON with every ``Decimal`` as a number with exactly its digits (never a float).

    Text is written as UTF-8, not as ``\\u`` escapes. A lone surrogate (text no encoding can
    hold) passes into the bytes as it is, so building a request never raises: the sender
    checks the bytes are UTF-8 and refuses the request before anything is sent.
    """
    try:
        text = _encode(value)
    except RecursionError:
        # A cycle (or a body nested past the recursion limit): the checking encoder says
        # which, as json.dumps would (a cycle is its ValueError).
        text = _ENCODER.encode(value)
    if _OPEN in text:  # a Decimal was written: unmark it
        text = text.replace(_OPEN, "").replace(_CLOSE, "")
    return text.encode("utf-8", "surrogatepass")


#: Made once (``json.dumps`` with options builds an encoder per call); it keeps no state
#: between calls.
_ENCODER = json.JSONEncoder(
    separators=(",", ":"), allow_nan=False, ensure_ascii=False, default=_marked_decimal
)


def _one_shot() -> Callable[[Any], str]:
    """``_ENCODER.encode`` without its set-up per call (``iterencode`` makes a C encoder, a
    dict of markers and a float formatter for every call, most of the cost of a small body):
    the interpreter's C encoder with the same options, made once. It keeps no markers (a
    cycle ends in ``RecursionError``, which :func:`json_dumps` hands to ``_ENCODER``); without
    the C encoder, ``_ENCODER.encode`` itself."""
    make = getattr(json.encoder, "c_make_encoder", None)
    escape = getattr(json.encoder, "c_encode_basestring", None)
    if make is None or escape is None:
        return _ENCODER.encode
    encoder = make(None, _marked_decimal, escape, None, ":", ",", False, False, False)

    def encode(value: Any) -> str:
        return "".join(encoder(value, 0))

    return encode


_encode = _one_shot()


# -- path parameters ---------------------------------------------------------------------------

#: RFC 3986's unreserved characters: what ``quote(..., safe="")`` leaves as it is.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def path_segment(value: Any) -> str:
    """``quote(str(value), safe="")``: a path parameter with every reserved character
    percent-encoded (``/`` included), so it stays one segment; a value of unreserved
    characters only (the usual number or id) is returned as it is, without quote's calls."""
    text = str(value)
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")


# -- local date-times (`format: local-date-time`) ---------------------------------------------


def local_datetime_from_json(value: str) -> datetime.datetime:
    """A timestamp without an offset (``2024-01-31T00:00:00``) as a naive ``datetime``.

    Read tolerantly: a fraction of any length and an offset parse (a real server adds both,
    e.g. ``2022-11-10T10:20:53.75+01:00``); the offset is dropped and the wall-clock time kept,
    so a date never moves. Anything that is not an ISO 8601 date-time raises ``ValueError``.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected a date-time string, got {type(value).__name__}")
    parsed = datetime.datetime.fromisoformat(value)
    return parsed.replace(tzinfo=None) if parsed.tzinfo is not None else parsed


def local_datetime_to_json(value: datetime.datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS``: the wall-clock time of ``value`` (an offset is dropped)."""
    return value.replace(tzinfo=None).isoformat(timespec="seconds")


# -- open enums --------------------------------------------------------------------------------


class UnknownValueWarning(UserWarning):
    """A response carried a value its enum does not list; it was kept as a plain ``str``."""


#: The category the warning is issued with; an SDK wrapping this client may set its own.
unknown_value_category: type[Warning] = UnknownValueWarning
#: At most this many (field, value) pairs are remembered; a server inventing values cannot
#: grow memory, it only gets warned about again.
_SEEN_LIMIT = 1024
_seen: set[tuple[str, str]] = set()
_seen_lock = threading.Lock()


#: One frozenset per distinct set of keys ``from_dict`` saw (every invoice of a page carries the
#: same keys, so thousands of models share one set instead of each holding a copy of ~2 KiB).
#: Bounded: past the limit a new set is kept by its model alone, so a server inventing keys
#: cannot grow memory.
_KEY_SETS_LIMIT = 4096
_key_sets: dict[frozenset[str], frozenset[str]] = {}


def wire_keys(src_dict: Mapping[str, Any]) -> frozenset[str]:
    """The keys of ``src_dict`` as a frozenset, shared with every model that saw the same keys."""
    keys = frozenset(src_dict)
    shared = _key_sets.get(keys)
    if shared is not None:
        return shared
    if len(_key_sets) < _KEY_SETS_LIMIT:
        _key_sets[keys] = keys
    return keys


def open_enum(enum_cls: type[E], value: object, where: str) -> E | str:
    """The member of ``enum_cls`` for ``value``; a string it does not list is kept as it is.

    One warning per field and value (not per item of a page). Anything but a string raises
    ``ValueError``: that is not an enum value at all.
    """
    try:
        return enum_cls(value)
    except ValueError:
        pass
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string, got {type(value).__name__}")
    key = (where, value)
    if key not in _seen:
        with _seen_lock:
            if len(_seen) >= _SEEN_LIMIT:
                _seen.clear()
            _seen.add(key)
        warnings.warn(
            f"{where}: {value[:100]!r} is not one of the values the spec lists; kept as str",
            unknown_value_category,
            stacklevel=3,
        )
    return value


__all__ = [
    "DECIMAL_COMPONENTS",
    "UNSET",
    "DecimalLimits",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownValueWarning",
    "Unset",
    "decimal_from_json",
    "json_dumps",
    "json_loads",
    "local_datetime_from_json",
    "local_datetime_to_json",
    "open_enum",
    "path_segment",
    "wire_keys",
]
