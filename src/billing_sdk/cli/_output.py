"""What the commands print: JSON for scripts (``--json``), tables for people.

Records are turned into plain JSON data once (:func:`to_data`), by one convention for every
command (``docs/cli.md``, "Output"):

* keys are snake_case (``refNbr`` -> ``ref_nbr``), whichever vendor and model they came from;
* amounts (every ``Decimal``) keep every digit and have at least two decimals (``10.00``,
  never ``10`` nor an exponent); ``--json`` writes them as JSON numbers, never via a float;
* timestamps are ISO 8601 with their offset, in the ``--time-zone`` zone (default UTC); a
  timestamp the API sends without a zone is read as wall-clock time in that zone, and a
  zone-less midnight (how Visma sends a date) is a date (``2026-01-14``).

Tables pick columns out of that data by dotted path (``customer.number``, any casing), so what
a person sees is what a script gets.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import datetime as dt
import enum
import re
import sys
import uuid
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
from rich.console import Console
from rich.table import Table

from billing_sdk import _json
from billing_sdk._errors import ValidationError

#: A table column: header and the dotted path of the value in the record's data.
Column = tuple[str, str]


#: The zone timestamps are shown in (``billing-sdk --time-zone``; UTC by default).
TIME_ZONE: contextvars.ContextVar[dt.tzinfo] = contextvars.ContextVar(
    "billing_sdk_cli_time_zone", default=dt.UTC
)

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def time_zone(name: str) -> dt.tzinfo:
    """The zone called ``name`` (``UTC``, ``Europe/Oslo``, ...); ``ValidationError`` if unknown."""
    if name.upper() in ("UTC", "Z"):
        return dt.UTC
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"unknown time zone {name!r} (an IANA name like Europe/Oslo)"
        ) from None


def snake(key: str) -> str:
    """A key in snake_case (``refNbr`` -> ``ref_nbr``; ``ref_nbr`` stays)."""
    return _CAMEL.sub("_", key).lower()


def at_scale(value: Decimal) -> Decimal:
    """An amount with at least two decimals (``10`` -> ``10.00``), every digit kept."""
    exponent = value.as_tuple().exponent
    if value.is_finite() and isinstance(exponent, int) and exponent > -2:
        with contextlib.suppress(InvalidOperation):  # more digits than a context holds
            return value.quantize(_CENTS)  # only adds zeros: the value has fewer places
    return value


def timestamp(value: dt.datetime | str) -> str:
    """A timestamp as ISO 8601 with its offset, in :data:`TIME_ZONE`."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    zone = TIME_ZONE.get()
    if value.tzinfo is None:
        if value.time() == dt.time(0):
            return value.date().isoformat()  # a date sent as a zone-less midnight
        value = value.replace(tzinfo=zone)
    return value.astimezone(zone).isoformat()


def to_data(value: Any) -> Any:
    """``value`` as JSON-ready data (dicts, lists, strings, numbers, booleans, ``None``), by the
    output convention (snake_case keys, amounts at scale, zoned timestamps)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Decimal):
        return at_scale(value)
    if isinstance(value, str):
        if _TIMESTAMP.fullmatch(value):
            with contextlib.suppress(ValueError):
                return timestamp(value)
        return value
    if isinstance(value, enum.Enum):
        return to_data(value.value)
    if isinstance(value, dt.datetime):
        return timestamp(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {snake(str(k)): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_data(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_data(to_dict())
    if attrs.has(type(value)):
        return to_data(attrs.asdict(value, recurse=False))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_data({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return str(value)


def pick(data: Any, path: str) -> Any:
    """The value at a dotted ``path`` in JSON data (``None`` when any step is missing).

    ``lines[].refNbr`` collects one field of every item of a list, comma-separated.
    """
    key, _, rest = path.partition(".")
    key = snake(key)
    if key.endswith("[]"):
        items = data.get(key[:-2]) if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            return None
        values = [pick(item, rest) if rest else item for item in items]
        return ", ".join(cell(v) for v in values if v is not None)
    if not isinstance(data, Mapping):
        return None
    value = data.get(key)
    return pick(value, rest) if rest else value


def cell(value: Any) -> str:
    """How one value looks in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return decimal_cell(value)
    if isinstance(value, str) and value.endswith("T00:00:00"):
        return value[: -len("T00:00:00")]  # a date the API sends as a midnight timestamp
    if isinstance(value, Mapping | list):
        return _json.dumps(value)
    return str(value)


#: Amounts are shown with at least the currencies' two decimals.
_CENTS = Decimal("0.01")


def decimal_cell(value: Decimal) -> str:
    """An amount for people: at least two decimals (``10`` -> ``10.00``), every digit kept
    (``0.125`` stays ``0.125``), never in exponent form."""
    return format(at_scale(value), "f")


class Output:
    """Prints records as JSON (``json_mode``) or as rich tables and key/value panels.

    Messages for people (``note``) go to stderr in JSON mode, so stdout stays parseable.
    """

    def __init__(self, *, json_mode: bool, console: Console | None = None) -> None:
        self.json_mode = json_mode
        if console is None:
            console = Console(soft_wrap=False)
            if not console.is_terminal:
                # Pipes and logs get whole rows rather than an 80-column squeeze.
                console = Console(soft_wrap=False, width=160)
        self.console = console
        self._err = Console(stderr=True, highlight=False)

    def records(
        self, items: Iterable[Any], columns: Sequence[Column], *, title: str | None = None
    ) -> int:
        """Print many records; returns how many there were."""
        rows = [to_data(item) for item in items]
        if self.json_mode:
            self._json(rows)
            return len(rows)
        table = Table(title=title, title_justify="left", header_style="bold")
        for header, _ in columns:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*(cell(pick(row, path)) for _, path in columns))
        self.console.print(table)
        if not rows:
            self.note("(nothing found)")
        return len(rows)

    def record(self, item: Any, fields: Sequence[Column], *, title: str | None = None) -> None:
        """Print one record: all of it as JSON, or the chosen ``fields`` as a two-column table."""
        data = to_data(item)
        if self.json_mode:
            self._json(data)
            return
        table = Table(title=title, title_justify="left", show_header=False, box=None)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for label, path in fields:
            value = pick(data, path)
            if value is not None:
                table.add_row(label, cell(value))
        self.console.print(table)

    def value(self, data: Mapping[str, Any], *, title: str | None = None) -> None:
        """Print a small mapping (a job id, a result code) in either mode."""
        self.record(data, [(key, key) for key in data], title=title)

    def note(self, text: str) -> None:
        """A line for people: stdout normally, stderr in JSON mode."""
        if self.json_mode:
            self._err.print(text)
        else:
            self.console.print(text, highlight=False)

    def _json(self, data: Any) -> None:
        sys.stdout.write(_json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        sys.stdout.flush()
