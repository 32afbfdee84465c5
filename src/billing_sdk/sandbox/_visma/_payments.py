"""CustomerPayment operations: read, create, update, release and void (rules in _payment_rules)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from billing_sdk.sandbox._visma import _payment_rules as rules
from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import (
    Call,
    Result,
    VismaError,
    check_if_match,
    etag,
    segment,
)
from billing_sdk.sandbox._visma._ops import (
    Context,
    Operation,
    action_id,
    json_body,
    payment_or_404,
    working_copy,
)
from billing_sdk.sandbox._visma._settings import VismaSettings
from billing_sdk.sandbox._visma._wire import payment_dto

PAYMENTS = "/v1/customerPayment"


def _number(call: Call) -> str:
    number: str = _requests.path(call, "paymentNumber")
    return number


def _get(ctx: Context, ref_nbr: str) -> Result:
    pay = payment_or_404(ctx.company, ref_nbr)
    return Result(200, payment_dto(ctx.company, pay), headers={"ETag": etag(pay.version)})


def _parse_create(call: Call) -> dict[str, Any]:
    body: dict[str, Any] = json_body(call)
    # The spec's PaymentCreateDto: the customer is required and not empty (checked before a
    # background create is queued, like the rest of the schema).
    if not body.get("customer"):
        raise VismaError(400, "customer is required to create a payment.")
    return body


def _create(ctx: Context, body: dict[str, Any]) -> Result:
    company = ctx.company
    pay = rules.new_payment(company, body)
    pay.version = company.next_version()
    company.payments[pay.ref_nbr] = pay
    headers = {
        "Location": f"{ctx.call.origin}{PAYMENTS}/{segment(pay.ref_nbr)}",
        "ETag": etag(pay.version),
    }
    return Result(201, None, headers=headers)


def _parse_update(call: Call) -> tuple[str, dict[str, Any]]:
    return _number(call), json_body(call)


def _update(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> Result:
    ref_nbr, body = parsed
    company = ctx.company
    pay = payment_or_404(company, ref_nbr)
    check_if_match(ctx.call.if_match, pay.version)
    changed = working_copy(pay)
    rules.apply_update(company, changed, body, creating=False)
    company.touch(changed)
    company.payments[ref_nbr] = changed
    return Result(204, None, headers={"ETag": etag(changed.version)})


def _parse_action(call: Call) -> tuple[str, dict[str, Any]]:
    return _number(call), json_body(call)


def _release(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> Result:
    ref_nbr, body = parsed
    pay = payment_or_404(ctx.company, ref_nbr)
    check_if_match(ctx.call.if_match, pay.version)
    rules.release(ctx.company, pay, body.get("type"))
    result = {"actionId": action_id(), "actionResult": "Done"}
    return Result(202, result, headers={"ETag": etag(pay.version)})


def _void(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> Result:
    ref_nbr, body = parsed
    company = ctx.company
    pay = payment_or_404(company, ref_nbr)
    check_if_match(ctx.call.if_match, pay.version)
    was_released = pay.released
    rules.void(company, pay, body.get("type"))
    result: dict[str, Any] = {
        "type": "VoidPayment",
        "refNbr": pay.ref_nbr,
        "actionId": action_id(),
        "actionResult": "Done",
    }
    if body.get("returnVoidPayment"):
        # The reversing document: same number, type VoidPayment, released at once.
        shadow = dataclasses.replace(pay, type="VoidPayment", voided=False, released=was_released)
        dto = payment_dto(company, shadow)
        dto["status"] = "Closed"
        result["voidPayment"] = dto
    return Result(202, result, headers={"ETag": etag(pay.version)})


def _check_release(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> None:
    """What a release checks before its 202: the payment, If-Match and the release rules."""
    pay = payment_or_404(ctx.company, parsed[0])
    check_if_match(ctx.call.if_match, pay.version)
    rules.check_release(ctx.company, pay, parsed[1].get("type"))


def _check_void(ctx: Context, parsed: tuple[str, dict[str, Any]]) -> None:
    """What a void checks before its 202: the payment, If-Match and the void rules."""
    pay = payment_or_404(ctx.company, parsed[0])
    check_if_match(ctx.call.if_match, pay.version)
    rules.check_void(pay, parsed[1].get("type"))


def _parse_void(settings: VismaSettings) -> Any:
    def parse_void(call: Call) -> tuple[str, dict[str, Any]]:
        ref_nbr, body = _parse_action(call)
        wrapped = isinstance(json.loads(call.body or b"{}").get("type"), dict)
        form = settings.void_type_form
        if "type" in body and form != "either" and wrapped != (form == "wrapped"):
            shape = '{"value": "Payment"}' if form == "wrapped" else '"Payment"'
            raise VismaError(400, f"The type field is invalid: send it as {shape}.")
        return ref_nbr, body

    return parse_void


def operations(settings: VismaSettings) -> list[Operation]:
    by_number = f"{PAYMENTS}/{{paymentNumber}}"
    return [
        Operation(
            "customerPaymentCreatePayment", "POST", PAYMENTS, "create", _parse_create, _create
        ),
        Operation("customerPaymentGetBypaymentNumber", "GET", by_number, "read", _number, _get),
        Operation(
            "customerPaymentPutBypaymentNumber",
            "PUT",
            by_number,
            "update",
            _parse_update,
            _update,
            if_match=True,
        ),
        Operation(
            "customerPaymentReleasePaymentBypaymentNumber",
            "POST",
            f"{by_number}/action/release",
            "update",
            _parse_action,
            _release,
            if_match=True,
            precheck=_check_release,
        ),
        Operation(
            "customerPaymentVoidPaymentBypaymentNumber",
            "POST",
            f"{by_number}/action/void",
            "update",
            _parse_void(settings),
            _void,
            if_match=True,
            precheck=_check_void,
        ),
    ]
