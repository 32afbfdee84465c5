"""Reading CRM.COM envelopes: ``{"status": {"code", "message", "description"}, "data": ...}``.

CRM.COM may answer an error with HTTP 200 and a non-OK ``status.code``, so success is decided
by the envelope, not by the status line (:func:`envelope_ok`), and the error class by what the
code stands for (``x-http-status`` of the spec's ``ErrorCode``), not by the HTTP status it came
with (:func:`parse_crmcom_error`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from billing_sdk import _json
from billing_sdk._errors import MAX_ERROR_BODY, APIStatusError, VendorError, status_variants

if TYPE_CHECKING:
    import httpx


class CrmComError(APIStatusError):
    """CRM.COM answered with a non-OK envelope (``status.code != "OK"``), even on HTTP 200.

    Each error is also an instance of the status class its code stands for, e.g. ``NOT_FOUND``
    raises ``CrmComNotFound(CrmComError, NotFound)``.
    """


#: The :class:`CrmComError` variant for the HTTP status a CRM.COM error code stands for.
crmcom_error_class = status_variants(
    CrmComError, "CrmCom", "A CRM.COM non-OK envelope whose code means {name}."
)

#: The spec's ``ErrorCode`` vocabulary and the HTTP status each code stands for.
CODE_STATUS: dict[str, int] = {
    "MISSING_PARAMETER": 400,
    "INVALID_PARAMETER": 400,
    "INVALID_CHECK_DIGIT": 400,
    "INVALID_LOGIN": 401,
    "INVALID_TOKEN": 401,
    "EXPIRED_TOKEN": 401,
    "NOT_FOUND": 404,
    "INVALID_LIFE_CYCLE_STATE": 409,
    "DUPLICATE_BACK_OFFICE_CODE": 409,
    "NO_OUTSTANDING_AMOUNT": 409,
    "INSUFFICIENT_WALLET_FUNDS": 409,
    "RATE_LIMITED": 429,
    "INTERNAL_ERROR": 500,
}

# The spec caps status.message at 1000 and status.description at 4000 characters.
_MAX_MESSAGE = 1000
_MAX_DESCRIPTION = 4000


def envelope_status(content: bytes) -> dict[str, Any] | None:
    """The ``status`` object of an envelope, or ``None`` when ``content`` is not one."""
    return _status_of(_parsed(content))


def _status_of(body: Any) -> dict[str, Any] | None:
    if isinstance(body, dict) and isinstance(body.get("status"), dict):
        status: dict[str, Any] = body["status"]
        return status
    return None


def _parsed(content: bytes) -> Any:
    try:
        return _json.loads(content)
    except ValueError:
        return None


def envelope_ok(response: httpx.Response) -> bool:
    """The ``ok`` test for ``Engine.send``: a 2xx whose envelope is not a non-OK one.

    A 2xx body that is not an envelope at all (malformed JSON, a list, no ``status.code``)
    counts as OK here on purpose: the generated parser then fails on it and the engine raises
    ``DecodeError``, which is what it is, rather than an API error that never happened.
    """
    if not 200 <= response.status_code < 300:
        return False
    status = _status_of(_parsed(response.content))
    if status is None or status.get("code") is None:
        return True
    return status.get("code") == "OK"


def parse_crmcom_error(response: httpx.Response) -> VendorError:
    """What a non-OK response says: the envelope's code and message, classed by the code.

    Known codes carry the HTTP status the spec's ``x-http-status`` gives them as
    ``status_hint``; unknown codes keep the HTTP status they came with (a 200 then raises the
    plain ``CrmComError``). A body that is not an envelope yields an empty ``VendorError``, so
    the error is classed by its HTTP status alone.
    """
    status = _status_of(_parsed(response.content[:MAX_ERROR_BODY]))
    if status is None:
        return VendorError()
    raw_code = status.get("code")
    code = str(raw_code)[:_MAX_MESSAGE] if raw_code is not None else None
    if code is None or code == "OK":
        # An OK envelope on an error status says nothing about the error.
        return VendorError()
    message = status.get("message")
    description = status.get("description")
    text = str(message)[:_MAX_MESSAGE] if message else None
    if description:
        # The offending parameter (400/404) or the current life-cycle state (409).
        detail = str(description)[:_MAX_DESCRIPTION]
        text = f"{text} ({detail})" if text else detail
    hint = CODE_STATUS.get(code)
    if hint is None and response.status_code >= 400:
        hint = response.status_code
    return VendorError(code=code, message=text, raise_as=crmcom_error_class, status_hint=hint)
