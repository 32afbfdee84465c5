"""Acme's own error class and its error body: ``{"error": {"code": ..., "message": ...}}``."""

from __future__ import annotations

import httpx

from billing_sdk import _json
from billing_sdk._errors import APIStatusError, VendorError, error_body, status_variants


class AcmeError(APIStatusError):
    """Acme answered with an error body (also an instance of its status class)."""


acme_error_class = status_variants(AcmeError, "Acme", "An Acme error that means {name}.")


def parse_acme_error(response: httpx.Response) -> VendorError:
    """Acme's code and message; an empty ``VendorError`` when the body is not Acme's."""
    content = error_body(response)
    if content is None:
        return VendorError()
    try:
        body = _json.loads(content)
    except ValueError:
        return VendorError()
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return VendorError()
    code, message = error.get("code"), error.get("message")
    return VendorError(
        code=str(code) if code else None,
        message=str(message) if message else None,
        raise_as=acme_error_class,
    )
