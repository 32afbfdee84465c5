"""``billing-sdk crmcom``: CRM.COM payments (list, show, create, post, reject, cancel).

CRM.COM names records with identifier objects. On the command line an identifier is either a
plain value (a payment's or accounts receivable's ``number``, a type's or method's ``name``) or
``FIELD=VALUE`` for any other field the object has: ``back_office_code=ERP-1``, ``id=4A...``.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import click

from billing_sdk.cli import _credentials as creds
from billing_sdk.cli._common import amount as read_amount
from billing_sdk.cli._common import collect, json_option, limit_option, output, run, show_one
from billing_sdk.cli._output import Column, to_data
from billing_sdk.crmcom import CrmComClient, PaymentLifeCycleState
from billing_sdk.crmcom import _inputs as inp

F = TypeVar("F", bound=Callable[..., Any])

PAYMENT_COLUMNS: list[Column] = [
    ("Number", "number"),
    ("State", "life_cycle_state"),
    ("Amount", "payment_amount"),
    ("Account", "accounts_receivable.number"),
    ("Wallet", "wallet.number"),
    ("Type", "type.name"),
    ("Method", "payment_method.name"),
    ("Back office code", "back_office_code"),
    ("Posted", "posted_on"),
]
PAYMENT_FIELDS: list[Column] = [
    ("Id", "id"),
    ("Reference", "reference_number"),
    *PAYMENT_COLUMNS,
    ("Issued", "issued_on"),
    ("Notes", "notes"),
    ("Rejection reason", "rejection_reason.name"),
]
WRITE_FIELDS: list[Column] = [
    ("Id", "id"),
    ("Number", "number"),
    ("Reference", "reference_number"),
    ("State", "life_cycle_state"),
    ("Amount", "payment_amount"),
    ("Posted", "posted_on"),
]


@click.group(name="crmcom")
@creds.options(creds.CRMCOM)
@click.pass_context
def crmcom(ctx: click.Context, /, **given: str | None) -> None:
    """CRM.COM payments.

    Credentials come from the flags below or from CRMCOM_BASE_URL and either
    CRMCOM_USERNAME, CRMCOM_PASSWORD and CRMCOM_ORGANISATION, or CRMCOM_WEB_API_KEY.
    """
    ctx.obj = creds.CrmComCredentials(**given)


def payment_identifier(data: dict[str, Any]) -> str:
    """What ``PAYMENT`` arguments take for this payment: its number, else ``id=<id>``."""
    if data.get("number"):
        return str(data["number"])
    return f"id={data['id']}"


def _client() -> CrmComClient:
    found = click.get_current_context().find_object(creds.CrmComCredentials)
    return (found or creds.CrmComCredentials()).client()


def identifier(allowed: tuple[str, ...], default: str) -> Callable[..., dict[str, str] | None]:
    """A click callback turning ``VALUE`` or ``FIELD=VALUE`` into an identifier object."""

    def convert(
        _ctx: click.Context, _param: click.Parameter, value: str | None
    ) -> dict[str, str] | None:
        if value is None:
            return None
        key, sep, rest = value.partition("=")
        if sep and key in allowed:
            return {key: rest}
        return {default: value}

    return convert


def _owner_options(fn: F) -> F:
    """``--accounts-receivable`` / ``--wallet``: whose payments (exactly one of the two)."""
    fn = click.option(
        "--wallet",
        callback=identifier(inp.WALLET, "number"),
        metavar="NUMBER|FIELD=VALUE",
        help="The wallet (instead of an accounts receivable).",
    )(fn)
    return click.option(
        "--accounts-receivable",
        "-a",
        "accounts_receivable",
        callback=identifier(inp.ACCOUNTS_RECEIVABLE, "number"),
        metavar="NUMBER|FIELD=VALUE",
        help="The accounts receivable, e.g. AR0001.",
    )(fn)


def _payment_argument(fn: F) -> F:
    return click.argument("payment", callback=identifier(inp.PAYMENT, "number"), metavar="PAYMENT")(
        fn
    )


@crmcom.group()
def payments() -> None:
    """Payments. PAYMENT is a payment number or FIELD=VALUE (id, reference_number,
    back_office_code)."""


@payments.command(name="list")
@_owner_options
@click.option(
    "--state",
    type=click.Choice([s.value for s in PaymentLifeCycleState], case_sensitive=False),
    help="Only payments in this life-cycle state.",
)
@click.option(
    "--latest",
    type=click.IntRange(1, 1000),
    help="Only the N latest, newest first (payments/get_latest).",
)
@limit_option
@json_option
def payments_list(
    accounts_receivable: inp.AccountsReceivableId | None,
    wallet: inp.WalletId | None,
    state: str | None,
    latest: int | None,
    limit: int,
    as_json: bool,
) -> None:
    """List the payments of one accounts receivable or wallet (oldest first)."""
    if (accounts_receivable is None) == (wallet is None):
        raise click.UsageError("give exactly one of --accounts-receivable and --wallet")
    if latest is not None and state is not None:
        raise click.UsageError("--state cannot be combined with --latest")

    async def main() -> None:
        async with _client() as crm:
            if latest is not None:
                found = await crm.payments.get_latest(
                    latest, accounts_receivable=accounts_receivable, wallet=wallet
                )
            else:
                payments = crm.payments.list(
                    accounts_receivable=accounts_receivable,
                    wallet=wallet,
                    life_cycle_state=state.upper() if state else None,
                )
                found = await collect(payments, limit)
        output(as_json).records(found, PAYMENT_COLUMNS, title="CRM.COM payments")

    run(main)


@payments.command(name="show")
@_payment_argument
@json_option
def payments_show(payment: inp.PaymentId, as_json: bool) -> None:
    """Show one payment."""
    show_one(
        _client,
        lambda crm: crm.payments.show(**payment),
        as_json,
        PAYMENT_FIELDS,
        "CRM.COM payment",
    )


@payments.command(name="create")
@_owner_options
@click.option("--amount", required=True, callback=read_amount, metavar="AMOUNT")
@click.option(
    "--type",
    "type_",
    default="Payment",
    show_default=True,
    callback=identifier(inp.TYPE, "name"),
    metavar="NAME|FIELD=VALUE",
    help="Payment type.",
)
@click.option(
    "--method",
    default="Cash",
    show_default=True,
    callback=identifier(inp.PAYMENT_METHOD, "name"),
    metavar="NAME|FIELD=VALUE",
    help="Payment method.",
)
@click.option(
    "--back-office-code",
    metavar="TEXT",
    help="Your unique reference (a lost answer is reconciled by it) [default: generated].",
)
@click.option("--notes", metavar="TEXT")
@click.option("--posted", is_flag=True, help="Create it POSTED instead of DRAFT.")
@json_option
def payments_create(
    accounts_receivable: inp.AccountsReceivableId | None,
    wallet: inp.WalletId | None,
    amount: Decimal,
    type_: inp.TypeId,
    method: inp.PaymentMethodId,
    back_office_code: str | None,
    notes: str | None,
    posted: bool,
    as_json: bool,
) -> None:
    """Create a payment (DRAFT unless --posted)."""
    if (accounts_receivable is None) == (wallet is None):
        raise click.UsageError("give exactly one of --accounts-receivable and --wallet")

    async def main() -> None:
        async with _client() as crm:
            created = await crm.payments.create(
                accounts_receivable=accounts_receivable,
                wallet=wallet,
                amount=amount,
                type=type_,
                payment_method=method,
                back_office_code=back_office_code,
                notes=notes,
                life_cycle_state="POSTED" if posted else "DRAFT",
            )
        out = output(as_json)
        data = to_data(created)
        # A DRAFT has no number yet (CRM.COM numbers it when posted), and its reference number
        # is no identifier `post`/`show` take: print the one they do.
        data["identifier"] = payment_identifier(data)
        out.record(
            data, [("Payment", "identifier"), *WRITE_FIELDS], title="Created CRM.COM payment"
        )
        out.note(f"post it: billing-sdk crmcom payments post {shlex.quote(data['identifier'])}")

    run(main)


@payments.command(name="post")
@_payment_argument
@json_option
def payments_post(payment: inp.PaymentId, as_json: bool) -> None:
    """Post a DRAFT payment."""
    show_one(
        _client,
        lambda crm: crm.payments.post(payment),
        as_json,
        WRITE_FIELDS,
        "Posted CRM.COM payment",
    )


@payments.command(name="reject")
@_payment_argument
@click.option(
    "--reason",
    callback=identifier(inp.REJECTION_REASON, "name"),
    metavar="NAME|FIELD=VALUE",
    help="Rejection reason [default: the configured default].",
)
@json_option
def payments_reject(
    payment: inp.PaymentId, reason: inp.RejectionReasonId | None, as_json: bool
) -> None:
    """Reject a DRAFT payment."""
    show_one(
        _client,
        lambda crm: crm.payments.reject(payment, rejection_reason=reason),
        as_json,
        WRITE_FIELDS,
        "Rejected CRM.COM payment",
    )


@payments.command(name="cancel")
@_payment_argument
@click.option(
    "--type",
    "type_",
    default="Payment Cancellation",
    show_default=True,
    callback=identifier(inp.TYPE, "name"),
    metavar="NAME|FIELD=VALUE",
    help="The cancellation's type.",
)
@click.option("--reason", "issue_reason", metavar="TEXT", help="Why it is cancelled.")
@json_option
def payments_cancel(
    payment: inp.PaymentId, type_: inp.TypeId, issue_reason: str | None, as_json: bool
) -> None:
    """Cancel a POSTED payment."""
    show_one(
        _client,
        lambda crm: crm.payments.cancel(payment, type=type_, issue_reason=issue_reason),
        as_json,
        WRITE_FIELDS,
        "Cancelled CRM.COM payment",
    )
