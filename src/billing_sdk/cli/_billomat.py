"""``billing-sdk billomat``: credit-note payments (list, get, create, delete)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import click

from billing_sdk.billomat import BillomatClient, PaymentType
from billing_sdk.cli import _credentials as creds
from billing_sdk.cli._common import amount as read_amount
from billing_sdk.cli._common import collect, json_option, limit_option, output, run, show_one
from billing_sdk.cli._output import Column

PAYMENT_COLUMNS: list[Column] = [
    ("Id", "id"),
    ("Credit note", "credit_note_id"),
    ("Date", "date"),
    ("Amount", "amount"),
    ("Type", "type"),
    ("Comment", "comment"),
]
PAYMENT_FIELDS: list[Column] = [
    *PAYMENT_COLUMNS,
    ("Purpose", "transaction_purpose"),
    ("Currency", "currency_code"),
    ("User", "user_id"),
    ("Created", "created"),
    ("Reference", "reference"),
]
_TYPES = click.Choice([t.value for t in PaymentType], case_sensitive=False)
_DATE = click.DateTime(["%Y-%m-%d"])


@click.group(name="billomat")
@creds.options(creds.BILLOMAT)
@click.pass_context
def billomat(ctx: click.Context, /, **given: str | None) -> None:
    """Billomat credit-note payments.

    Credentials come from the flags below or from BILLOMAT_BASE_URL and BILLOMAT_API_KEY.
    """
    ctx.obj = creds.BillomatCredentials(**given)


def _client() -> BillomatClient:
    found = click.get_current_context().find_object(creds.BillomatCredentials)
    return (found or creds.BillomatCredentials()).client()


@billomat.group(name="credit-note-payments")
def credit_note_payments() -> None:
    """Payments booked against credit notes."""


@credit_note_payments.command(name="list")
@click.option("--credit-note-id", type=click.IntRange(min=1), help="Only this credit note's.")
@click.option(
    "--type",
    "types",
    type=_TYPES,
    multiple=True,
    help="Only payments of this type (repeatable; types are OR-ed).",
)
@click.option("--from", "from_date", type=_DATE, metavar="YYYY-MM-DD", help="Paid on or after.")
@click.option("--to", "to_date", type=_DATE, metavar="YYYY-MM-DD", help="Paid on or before.")
@click.option("--order-by", metavar="FIELD [ASC|DESC]", help="e.g. 'date DESC'.")
@limit_option
@json_option
def payments_list(
    credit_note_id: int | None,
    types: tuple[str, ...],
    from_date: dt.datetime | None,
    to_date: dt.datetime | None,
    order_by: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List credit-note payments matching every filter given."""

    async def main() -> None:
        async with _client() as billomat:
            payments = billomat.credit_note_payments.list(
                credit_note_id=credit_note_id,
                types=[t.upper() for t in types] or None,
                from_date=from_date.date() if from_date else None,
                to_date=to_date.date() if to_date else None,
                order_by=order_by,
            )
            found = await collect(payments, limit)
        output(as_json).records(found, PAYMENT_COLUMNS, title="Credit-note payments")

    run(main)


@credit_note_payments.command(name="get")
@click.argument("payment_id", type=click.IntRange(min=1))
@json_option
def payments_get(payment_id: int, as_json: bool) -> None:
    """Show one credit-note payment."""
    show_one(
        _client,
        lambda billomat: billomat.credit_note_payments.get(payment_id),
        as_json,
        PAYMENT_FIELDS,
        f"Credit-note payment {payment_id}",
    )


@credit_note_payments.command(name="create")
@click.option("--credit-note-id", type=click.IntRange(min=1), required=True)
@click.option("--amount", required=True, callback=read_amount, metavar="AMOUNT")
@click.option("--type", "type_", type=_TYPES, help="Payment type.")
@click.option("--date", type=_DATE, metavar="YYYY-MM-DD", help="Payment date [default: today].")
@click.option("--comment", metavar="TEXT")
@click.option("--mark-paid", is_flag=True, help="Also mark the credit note PAID.")
@click.option(
    "--reference",
    metavar="REF",
    help="Your unique reference (1-64 of A-Za-z0-9._-; a lost answer is reconciled by it) "
    "[default: generated].",
)
@json_option
def payments_create(
    credit_note_id: int,
    amount: Decimal,
    type_: str | None,
    date: dt.datetime | None,
    comment: str | None,
    mark_paid: bool,
    reference: str | None,
    as_json: bool,
) -> None:
    """Book a payment on an OPEN credit note."""
    show_one(
        _client,
        lambda billomat: billomat.credit_note_payments.create(
            credit_note_id=credit_note_id,
            amount=amount,
            type=type_.upper() if type_ else None,
            date=date.date() if date else None,
            comment=comment,
            mark_credit_note_as_paid=mark_paid,
            reference=reference,
        ),
        as_json,
        PAYMENT_FIELDS,
        "Booked credit-note payment",
    )


@credit_note_payments.command(name="delete")
@click.argument("payment_id", type=click.IntRange(min=1))
@json_option
def payments_delete(payment_id: int, as_json: bool) -> None:
    """Delete a credit-note payment (a PAID credit note goes back to OPEN)."""

    async def main() -> None:
        async with _client() as billomat:
            await billomat.credit_note_payments.delete(payment_id)
        output(as_json).value({"deleted": payment_id})

    run(main)
