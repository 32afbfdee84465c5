"""Background-job notifications (event ``BACKGROUND_API_RESPONSE``), signed and loopback-only.

The vendor publishes no payload; the sandbox posts this JSON object::

    {"event": "BACKGROUND_API_RESPONSE", "tenantId": ..., "id": <job id>,
     "requestId": <job id>, "status": "Finished" | "Failed", "statusCode": <inner status>,
     "stateLocation": <URL>, "contentLocation": <URL>, "originalUri": <URL>,
     "timestamp": <finishedUtc>}

(or, with ``VismaSettings(webhook_payload="documented")``, only ``referenceId``,
``statusCode`` and ``stateLocation``, what the vendor's text promises) with the headers of the
Visma Connect webhook dispatcher: ``X-Vwd-Signature-V1`` (base64 of
HMAC-SHA256 over the raw body, keyed with the subscription secret), ``X-Vwd-Event-Id``,
``X-Vwd-Notification-Id``, ``X-Vwd-Notification-Timestamp`` (epoch ms), ``X-Vwd-Tenant-Id``,
plus the ``name=value`` pairs of ``erp-api-background: subscription:...`` as extra headers.
The sandbox only ever posts to loopback addresses; delivery errors are logged, never raised.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx

from billing_sdk._validation import is_loopback_host

logger = logging.getLogger("billing_sdk.sandbox.visma")

EVENT = "BACKGROUND_API_RESPONSE"
SIGNATURE_HEADER = "X-Vwd-Signature-V1"


def sign(body: bytes, secret: str) -> str:
    """``base64(HMAC-SHA256(secret, body))``: what :data:`SIGNATURE_HEADER` carries."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def is_loopback(url: str) -> bool:
    """Whether ``url`` is http(s) on a loopback host (the only targets the sandbox posts to)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    return is_loopback_host(host)


async def deliver(url: str, body: bytes, headers: Mapping[str, str], seconds: float) -> str:
    """POST the notification; returns a short outcome text (errors are logged, not raised)."""
    try:
        async with httpx.AsyncClient(timeout=seconds, trust_env=False) as client:
            response = await client.post(url, content=body, headers=dict(headers))
    except (httpx.HTTPError, OSError, ValueError) as exc:
        logger.warning("webhook to %s failed: %s", url, exc)
        return f"failed: {type(exc).__name__}"
    if response.status_code >= 400:
        logger.warning("webhook to %s answered %s", url, response.status_code)
    return f"delivered: {response.status_code}"
