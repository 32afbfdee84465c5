"""``billing-sdk visma``: invoices, payments and background jobs of Visma.net ERP."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import click

from billing_sdk.cli import _credentials as creds
from billing_sdk.cli._common import amount as read_amount
from billing_sdk.cli._common import collect, json_option, limit_option, output, run
from billing_sdk.cli._output import Column
from billing_sdk.cli._visma_jobs import (
    BackgroundOptions,
    background_options,
    client,
    direct_or_job,
    jobs,
    show_action,
)
from billing_sdk.visma import DocumentStatus, InvoiceFilters, PaymentFields, PaymentFilters

INVOICE_COLUMNS: list[Column] = [
    ("Number", "referenceNumber"),
    ("Type", "documentType"),
    ("Status", "status"),
    ("Customer", "customer.number"),
    ("Date", "documentDate"),
    ("Amount", "amount"),
    ("Balance", "balance"),
    ("Currency", "currencyId"),
]
INVOICE_FIELDS: list[Column] = [
    *INVOICE_COLUMNS,
    ("Customer name", "customer.name"),
    ("Due", "documentDueDate"),
    ("Text", "invoiceText"),
    ("Exchange rate", "exchangeRate"),
    ("Version", "timeStamp"),
]
PAYMENT_COLUMNS: list[Column] = [
    ("Number", "refNbr"),
    ("Type", "type"),
    ("Status", "status"),
    ("Customer", "customer.number"),
    ("Date", "applicationDate"),
    ("Amount", "paymentAmount"),
    ("Applied", "appliedToDocuments"),
    ("Reference", "paymentRef"),
]
PAYMENT_FIELDS: list[Column] = [
    *PAYMENT_COLUMNS,
    ("Available", "availableBalance"),
    ("Currency", "currency"),
    ("Applied to", "paymentLines[].refNbr"),
    ("Version", "timeStamp"),
]


@click.group(name="visma")
@creds.options(creds.VISMA)
@click.pass_context
def visma(ctx: click.Context, /, **given: str | None) -> None:
    """Visma.net ERP: customer invoices, customer payments, background jobs.

    Credentials come from the flags below or from VISMA_BASE_URL, VISMA_CLIENT_ID,
    VISMA_CLIENT_SECRET, VISMA_TENANT_ID and VISMA_TOKEN_URL.
    """
    ctx.obj = creds.VismaCredentials(**{k: v for k, v in given.items()})


_STATUS = click.Choice([s.value for s in DocumentStatus], case_sensitive=False)


def _list_command(group: click.Group, what: str, columns: list[Column], title: str) -> None:
    """``invoices list`` and ``payments list``: the same options over a different resource."""

    @group.command(name="list", help=f"List {what}, pages fetched as needed.")
    @click.option("--status", type=_STATUS, help=f"Only {what} in this status.")
    @click.option("--customer", metavar="NUMBER", help=f"Only this customer's {what}.")
    @click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True)
    @limit_option
    @json_option
    def command(
        status: str | None, customer: str | None, page_size: int, limit: int, as_json: bool
    ) -> None:
        filters: InvoiceFilters | PaymentFilters = {}
        if status is not None:
            filters["status"] = status
        if customer is not None:
            filters["customer"] = customer

        async def main() -> None:
            async with client() as visma:
                resource = getattr(visma, f"customer_{what}")
                found = await collect(resource.list(page_size=page_size, **filters), limit)
            output(as_json).records(found, columns, title=title)

        run(main)


def _get_command(group: click.Group, what: str, fields: list[Column], noun: str) -> None:
    """``invoices get`` and ``payments get``."""

    @group.command(name="get", help=f"Show one {noun.lower()}.")
    @click.argument("number")
    @background_options
    @json_option
    def command(number: str, bg: BackgroundOptions, as_json: bool) -> None:
        out = output(as_json)

        async def main() -> None:
            async with client() as visma:
                resource = getattr(visma, f"customer_{what}")
                await direct_or_job(
                    out,
                    bg,
                    lambda background: resource.get(number, background=background),
                    lambda record: out.record(record, fields, title=f"{noun} {number}"),
                )

        run(main)


def _action_command(group: click.Group, what: str, name: str, summary: str) -> None:
    """``invoices release``, ``payments release`` and ``payments void``: one action on one
    document, direct or as a job, shown once done."""
    noun = what[:-1]  # invoices -> invoice

    @group.command(name=name, help=summary + ".")
    @click.argument("number")
    @click.option("--if-match", metavar="VERSION", help=f"Only if the {noun} has this version.")
    @background_options
    @json_option
    def command(number: str, if_match: str | None, bg: BackgroundOptions, as_json: bool) -> None:
        out = output(as_json)

        async def main() -> None:
            async with client() as visma:
                act = getattr(getattr(visma, f"customer_{what}"), name)
                title = f"{'Released' if name == 'release' else 'Voided'} {noun} {number}"
                await direct_or_job(
                    out,
                    bg,
                    lambda background: act(number, if_match=if_match, background=background),
                    show_action(out, title, bg.timeout),
                )

        run(main)


# -- invoices ---------------------------------------------------------------------------------


@visma.group()
def invoices() -> None:
    """Customer invoices (list, get, release)."""


_list_command(invoices, "invoices", INVOICE_COLUMNS, "Customer invoices")
_get_command(invoices, "invoices", INVOICE_FIELDS, "Invoice")


_action_command(invoices, "invoices", "release", "Release an invoice (Balanced -> Open)")


# -- payments ---------------------------------------------------------------------------------


@visma.group()
def payments() -> None:
    """Customer payments (list, get, create, release, void)."""


_list_command(payments, "payments", PAYMENT_COLUMNS, "Customer payments")
_get_command(payments, "payments", PAYMENT_FIELDS, "Payment")


def _lines(
    _ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for value in values:
        ref, _, text = value.partition("=")
        line: dict[str, Any] = {"operation": "Insert", "document_type": "Invoice", "ref_nbr": ref}
        if text:
            line["amount_paid"] = read_amount(_ctx, param, text)
        lines.append(line)
    return lines


@payments.command(name="create")
@click.option("--customer", required=True, metavar="NUMBER", help="The paying customer.")
@click.option(
    "--amount",
    callback=read_amount,
    metavar="AMOUNT",
    help="Payment amount [default: the lines' sum]",
)
@click.option(
    "--invoice",
    "lines",
    multiple=True,
    callback=_lines,
    metavar="NUMBER[=AMOUNT]",
    help="Apply to this invoice (repeatable; amount defaults to what is open).",
)
@click.option(
    "--payment-ref",
    metavar="TEXT",
    help="Your unique reference (a lost answer is reconciled by it) [default: generated].",
)
@click.option(
    "--date",
    "application_date",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Application date [default: today].",
)
@click.option(
    "--type",
    "payment_type",
    type=click.Choice(["Payment", "Prepayment", "Refund"]),
    default="Payment",
    show_default=True,
)
@click.option("--hold", is_flag=True, help="Create it on hold.")
@background_options
@json_option
def payments_create(
    customer: str,
    amount: Decimal | None,
    lines: list[dict[str, Any]],
    payment_ref: str | None,
    application_date: dt.datetime | None,
    payment_type: str,
    hold: bool,
    bg: BackgroundOptions,
    as_json: bool,
) -> None:
    """Create a payment (Balanced, or Hold with --hold); release it to apply its lines."""
    out = output(as_json)
    body: PaymentFields = {"type": payment_type, "customer": customer, "hold": hold}
    if amount is not None:
        body["payment_amount"] = amount
    if payment_ref is not None:
        body["payment_ref"] = payment_ref
    if application_date is not None:
        body["application_date"] = application_date.date()
    if lines:
        body["payment_lines"] = lines

    async def main() -> None:
        async with client() as visma:
            await direct_or_job(
                out,
                bg,
                lambda background: visma.customer_payments.create(body, background=background),
                lambda payment: out.record(payment, PAYMENT_FIELDS, title="Created payment"),
            )

    run(main)


_action_command(payments, "payments", "release", "Release a payment (applies its lines)")
_action_command(payments, "payments", "void", "Void a payment (reverses its applications)")


visma.add_command(jobs)
