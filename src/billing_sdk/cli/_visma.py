"""``billing-sdk visma``: invoices, payments and background jobs of Visma.net ERP."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import click

from billing_sdk.cli import _credentials as creds
from billing_sdk.cli._common import amount as read_amount
from billing_sdk.cli._common import json_option, limit_option, output, run
from billing_sdk.cli._output import Column
from billing_sdk.cli._visma_jobs import (
    background_mode,
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


# -- invoices ---------------------------------------------------------------------------------


@visma.group()
def invoices() -> None:
    """Customer invoices (list, get, release)."""


@invoices.command(name="list")
@click.option("--status", type=_STATUS, help="Only invoices in this status.")
@click.option("--customer", metavar="NUMBER", help="Only this customer's invoices.")
@click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True)
@limit_option
@json_option
def invoices_list(
    status: str | None, customer: str | None, page_size: int, limit: int, as_json: bool
) -> None:
    """List invoices, newest pages fetched as needed."""
    filters: InvoiceFilters = {}
    if status is not None:
        filters["status"] = status
    if customer is not None:
        filters["customer"] = customer

    async def main() -> None:
        async with client() as visma:
            found = []
            async for invoice in visma.customer_invoices.list(page_size=page_size, **filters):
                found.append(invoice)
                if limit and len(found) >= limit:
                    break
        output(as_json).records(found, INVOICE_COLUMNS, title="Customer invoices")

    run(main)


@invoices.command(name="get")
@click.argument("number")
@background_options
@json_option
def invoices_get(number: str, background: bool, wait: bool, timeout: float, as_json: bool) -> None:
    """Show one invoice."""
    out, bg = output(as_json), background_mode(background, wait, timeout)

    async def main() -> None:
        async with client() as visma:
            await direct_or_job(
                out,
                bg,
                lambda: visma.customer_invoices.get(number),
                lambda: visma.customer_invoices.get(number, background=True),
                lambda invoice: out.record(invoice, INVOICE_FIELDS, title=f"Invoice {number}"),
            )

    run(main)


@invoices.command(name="release")
@click.argument("number")
@click.option("--if-match", metavar="VERSION", help="Only if the invoice still has this version.")
@background_options
@json_option
def invoices_release(
    number: str,
    if_match: str | None,
    background: bool,
    wait: bool,
    timeout: float,
    as_json: bool,
) -> None:
    """Release an invoice (Balanced -> Open)."""
    out, bg = output(as_json), background_mode(background, wait, timeout)

    async def main() -> None:
        async with client() as visma:
            inv = visma.customer_invoices
            await direct_or_job(
                out,
                bg,
                lambda: inv.release(number, if_match=if_match),
                lambda: inv.release(number, if_match=if_match, background=True),
                show_action(out, f"Released invoice {number}", timeout),
            )

    run(main)


# -- payments ---------------------------------------------------------------------------------


@visma.group()
def payments() -> None:
    """Customer payments (list, get, create, release, void)."""


@payments.command(name="list")
@click.option("--status", type=_STATUS, help="Only payments in this status.")
@click.option("--customer", metavar="NUMBER", help="Only this customer's payments.")
@click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True)
@limit_option
@json_option
def payments_list(
    status: str | None, customer: str | None, page_size: int, limit: int, as_json: bool
) -> None:
    """List payments."""
    filters: PaymentFilters = {}
    if status is not None:
        filters["status"] = status
    if customer is not None:
        filters["customer"] = customer

    async def main() -> None:
        async with client() as visma:
            found = []
            async for payment in visma.customer_payments.list(page_size=page_size, **filters):
                found.append(payment)
                if limit and len(found) >= limit:
                    break
        output(as_json).records(found, PAYMENT_COLUMNS, title="Customer payments")

    run(main)


@payments.command(name="get")
@click.argument("number")
@background_options
@json_option
def payments_get(number: str, background: bool, wait: bool, timeout: float, as_json: bool) -> None:
    """Show one payment."""
    out, bg = output(as_json), background_mode(background, wait, timeout)

    async def main() -> None:
        async with client() as visma:
            await direct_or_job(
                out,
                bg,
                lambda: visma.customer_payments.get(number),
                lambda: visma.customer_payments.get(number, background=True),
                lambda payment: out.record(payment, PAYMENT_FIELDS, title=f"Payment {number}"),
            )

    run(main)


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
    background: bool,
    wait: bool,
    timeout: float,
    as_json: bool,
) -> None:
    """Create a payment (Balanced, or Hold with --hold); release it to apply its lines."""
    out, bg = output(as_json), background_mode(background, wait, timeout)
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
                lambda: visma.customer_payments.create(body),
                lambda: visma.customer_payments.create(body, background=True),
                lambda payment: out.record(payment, PAYMENT_FIELDS, title="Created payment"),
            )

    run(main)


def _payment_action(name: str, summary: str) -> click.Command:
    """``payments release`` and ``payments void``: the same shape, a different action."""

    @click.argument("number")
    @click.option("--if-match", metavar="VERSION", help="Only if the payment has this version.")
    @background_options
    @json_option
    def command(
        number: str,
        if_match: str | None,
        background: bool,
        wait: bool,
        timeout: float,
        as_json: bool,
    ) -> None:
        out, bg = output(as_json), background_mode(background, wait, timeout)

        async def main() -> None:
            async with client() as visma:
                pay = visma.customer_payments
                title = f"{'Released' if name == 'release' else 'Voided'} payment {number}"
                if name == "release":
                    await direct_or_job(
                        out,
                        bg,
                        lambda: pay.release(number, if_match=if_match),
                        lambda: pay.release(number, if_match=if_match, background=True),
                        show_action(out, title, timeout),
                    )
                else:
                    await direct_or_job(
                        out,
                        bg,
                        lambda: pay.void(number, if_match=if_match),
                        lambda: pay.void(number, if_match=if_match, background=True),
                        show_action(out, title, timeout),
                    )

        run(main)

    command.__doc__ = summary + "."
    return click.command(name=name)(command)


payments.add_command(_payment_action("release", "Release a payment (applies its lines)"))
payments.add_command(_payment_action("void", "Void a payment (reverses its applications)"))


visma.add_command(jobs)
