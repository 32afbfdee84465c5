"""Validation of path, query and header parameters against the spec's schemas.

Query parameter names match case-insensitively (the vendor's ASP.NET binding does) and
unknown ones are ignored; a known one sent twice, or with a value its schema forbids, is a 400.
An empty value is an empty string for string filters and invalid for typed ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from billing_sdk.sandbox._visma._dtos import DATE_CONDITIONS
from billing_sdk.sandbox._visma._http import bad_request
from billing_sdk.sandbox._visma._validate import parse_datetime

#: A document number: 1-15 characters (the ERP column), any but control characters.
_REF_NBR = re.compile(r"[^\x00-\x1f\x7f]{1,15}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_INTEGER = re.compile(r"-?[0-9]{1,12}")
_PERIOD = re.compile(r"[0-9]{6}")
#: The spec's ``DateTimeFilter``: years 1000-9999, months of their length.
_DATE_FILTER = re.compile(
    r"[1-9][0-9]{3}-(((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8]))|((0[13-9]|1[0-2])-(29|30))"
    r"|((0[13578]|1[02])-31)|(02-29))"
    r"([ T]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,3})?)?"
)
_BACKGROUND = re.compile(
    r"none|subscription(:[A-Za-z0-9-]+=[!-+\--~]*(,[A-Za-z0-9-]+=[!-+\--~]*)*)?|https?://[!-~]+"
)
_IF_MATCH = re.compile(r'\*|(W/)?"[A-Za-z0-9+/=]*"|[A-Za-z0-9+/=]+')
INT32_MAX = 2**31 - 1


# -- path -----------------------------------------------------------------------------------------


def ref_nbr(value: str, what: str = "document number") -> str:
    """A reference number path segment (1-15 characters, no control characters), else 400.

    No character set is imposed: numbering series may hold ``/``, ``.`` or spaces, which
    arrive percent-encoded and are decoded once before they get here.
    """
    if not _REF_NBR.fullmatch(value):
        raise bad_request(f"Invalid {what} {value[:40]!r}: use 1-15 characters.")
    return value


def line_number(value: str) -> int:
    if not _INTEGER.fullmatch(value) or not 1 <= int(value) <= INT32_MAX:
        raise bad_request(f"Invalid line number {value[:40]!r}.")
    return int(value)


def job_id(value: str) -> str:
    if not _UUID.fullmatch(value):
        raise bad_request(f"Invalid background request id {value[:60]!r}: expected a GUID.")
    return value.lower()


# -- headers --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackgroundHeader:
    """A parsed ``erp-api-background`` header."""

    #: ``none``, ``subscription`` or ``url``.
    kind: str
    url: str | None = None
    #: The ``name=value`` pairs of ``subscription:...``, sent as headers of the notification.
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def address(self) -> str:
        """``webhookAddress`` of the state document."""
        return self.url if self.kind == "url" and self.url else self.kind


def background(value: str | None) -> BackgroundHeader | None:
    if value is None:
        return None
    if len(value) > 2048 or not _BACKGROUND.fullmatch(value):
        raise bad_request(
            "Invalid erp-api-background header: use 'none', 'subscription[:name=value,...]' "
            "or a callback URL."
        )
    if value == "none":
        return BackgroundHeader("none")
    if value.startswith("subscription"):
        _, _, pairs = value.partition(":")
        parsed = tuple(
            (name, val) for name, _, val in (p.partition("=") for p in pairs.split(",") if p)
        )
        return BackgroundHeader("subscription", headers=parsed)
    return BackgroundHeader("url", url=value)


def if_match(value: str | None) -> str | None:
    if value is not None and not _IF_MATCH.fullmatch(value):
        raise bad_request('Invalid If-Match header: send the ETag, e.g. "AAAAAE0YIiI=".')
    return value


# -- query ----------------------------------------------------------------------------------------


class Param:
    """The schema of one query parameter; :meth:`parse` turns its text into a value or 400s."""

    def parse(self, name: str, text: str) -> Any:
        raise NotImplementedError


def _invalid(name: str, text: str, expected: str) -> Exception:
    return bad_request(f"Invalid value {text[:60]!r} for query parameter {name}: {expected}.")


class Text(Param):
    """A string filter with a maximum length; empty means no filter."""

    def __init__(self, max_length: int) -> None:
        self.max_length = max_length

    def parse(self, name: str, text: str) -> Any:
        if len(text) > self.max_length:
            raise _invalid(name, text, f"at most {self.max_length} characters")
        return text or None


class Choice(Param):
    """One value of an enum (case-sensitive)."""

    def __init__(self, values: Sequence[str]) -> None:
        self.values = tuple(values)

    def parse(self, name: str, text: str) -> Any:
        if text not in self.values:
            raise _invalid(name, text, "one of " + ", ".join(self.values))
        return text


class Integer(Param):
    """A decimal integer within bounds."""

    def __init__(self, minimum: int, maximum: int = INT32_MAX) -> None:
        self.minimum, self.maximum = minimum, maximum

    def parse(self, name: str, text: str) -> Any:
        if not _INTEGER.fullmatch(text) or not self.minimum <= int(text) <= self.maximum:
            raise _invalid(name, text, f"an integer from {self.minimum} to {self.maximum}")
        return int(text)


class Flag(Param):
    """``true`` or ``false`` (any case)."""

    def parse(self, name: str, text: str) -> Any:
        if text.lower() not in ("true", "false"):
            raise _invalid(name, text, "true or false")
        return text.lower() == "true"


class Period(Param):
    """A six-digit financial period."""

    def parse(self, name: str, text: str) -> Any:
        if not _PERIOD.fullmatch(text):
            raise _invalid(name, text, "a financial period YYYYMM")
        return text


class DateFilter(Param):
    """``DateTimeFilter``: ``yyyy-MM-dd`` or ``yyyy-MM-dd[ T]HH:mm:ss[.FFF]``, no offset."""

    def parse(self, name: str, text: str) -> Any:
        parsed = parse_datetime(text) if _DATE_FILTER.fullmatch(text) else None
        if parsed is None:
            raise _invalid(name, text, "a date such as 2024-01-31 or 2024-01-31T10:00:00")
        return parsed


CONDITION = Choice(DATE_CONDITIONS)


def parse_query(
    query: Sequence[tuple[str, str]],
    params: Mapping[str, Param],
    pairs: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Parse the known parameters of ``query``; ``pairs`` maps each condition to its value.

    A condition without its value is a 400 (``x-requires``); a value without its condition
    means "since then" (``>=``), as the parameter descriptions say.
    """
    by_lower = {name.lower(): name for name in params}
    result: dict[str, Any] = {}
    for raw_name, text in query:
        name = by_lower.get(raw_name.lower())
        if name is None:
            continue  # the vendor ignores unknown query parameters
        if name in result:
            raise bad_request(f"Query parameter {name} is given more than once.")
        result[name] = params[name].parse(name, text)
    for condition, value in (pairs or {}).items():
        if condition in result and value not in result:
            raise bad_request(f"{condition} requires {value} (they are mutually inclusive).")
    return result


def compare(when: datetime | None, condition: str, bound: datetime) -> bool:
    """``when <condition> bound`` for a date filter (a missing date never matches)."""
    if when is None:
        return False
    return {
        ">": when > bound,
        "<": when < bound,
        ">=": when >= bound,
        "<=": when <= bound,
    }[condition]
