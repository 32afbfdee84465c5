"""Reading Visma error bodies (``{"message": ...}`` or the legacy IPP exception form)."""

from __future__ import annotations

import httpx

from billing_sdk import _json
from billing_sdk._engine import VendorError

_MAX_ERROR_BODY = 64 * 1024


def parse_visma_error(response: httpx.Response) -> VendorError:
    """The message (and exception code) of a Visma error body; empty if there is none (412)."""
    content = response.content[:_MAX_ERROR_BODY]
    if not content.strip():
        return VendorError()
    try:
        body = _json.loads(content)
    except ValueError:
        return VendorError()
    if not isinstance(body, dict):
        return VendorError()
    message = body.get("message") or body.get("ExceptionMessage") or body.get("exceptionMessage")
    code = body.get("ExceptionFaultCode") or body.get("exceptionFaultCode")
    return VendorError(code=str(code) if code else None, message=str(message) if message else None)
