"""What every command shares: the ``--json`` flag, the output object and the async runner."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import anyio
import click

from billing_sdk import _money
from billing_sdk._client import BaseClient
from billing_sdk._errors import BillingError, ValidationError
from billing_sdk.cli._output import Column, Output

T = TypeVar("T")
C = TypeVar("C", bound=BaseClient)
F = TypeVar("F", bound=Callable[..., Any])

#: ``ctx.meta`` key of the root ``--json`` flag.
JSON_META = "billing_sdk.json"


def json_option(fn: F) -> F:
    """Add ``--json`` (machine-readable output) to a command."""
    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        help="Print JSON (for scripts) instead of tables.",
    )(fn)


def output(as_json: bool) -> Output:
    """The output for this command: JSON if ``--json`` was given here or on ``billing-sdk``."""
    ctx = click.get_current_context()
    return Output(json_mode=as_json or bool(ctx.meta.get(JSON_META)))


def run(fn: Callable[[], Awaitable[T]]) -> T:
    """Run an async command body to completion (one event loop per command)."""
    return anyio.run(fn)


def show_one(
    client: Callable[[], C],
    call: Callable[[C], Awaitable[Any]],
    as_json: bool,
    fields: list[Column],
    title: str,
) -> None:
    """A command that makes one call on a new client and prints the record it returns."""

    async def main() -> None:
        async with client() as opened:
            found = await call(opened)
        output(as_json).record(found, fields, title=title)

    run(main)


async def collect(items: AsyncIterator[T], limit: int) -> list[T]:
    """The first ``limit`` items of a lazily paged list (all of them for 0): ``--limit``."""
    found: list[T] = []
    async for item in items:
        found.append(item)
        if limit and len(found) >= limit:
            break
    return found


def positive(_ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """A click callback refusing zero and negative numbers."""
    if value is not None and value < 1:
        raise click.BadParameter("must be at least 1", param=param)
    return value


def amount(_ctx: click.Context, param: click.Parameter, value: str | None) -> Decimal | None:
    """A click callback reading an amount exactly (``10.00``; not ``1e5``, not ``NaN``).

    The API's own limits (sign, decimals, range) are checked by the SDK before sending, by
    the same rule as for any caller.
    """
    if value is None:
        return None
    try:
        return _money.to_decimal(value, param.name or "amount")
    except ValidationError:
        raise click.BadParameter(
            f"not an amount: {value!r} (write it like 10.00)", param=param
        ) from None


def limit_option(fn: F) -> F:
    """``--limit N``: stop after N records (0 for all)."""
    return click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=100,
        show_default=True,
        help="Show at most this many records (0: all of them).",
    )(fn)


def first_billing_error(error: BaseException) -> BillingError | None:
    """The first SDK error inside ``error`` (which may be an exception group)."""
    if isinstance(error, BillingError):
        return error
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            found = first_billing_error(inner)
            if found is not None:
                return found
    return None
