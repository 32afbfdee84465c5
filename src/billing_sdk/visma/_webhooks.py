"""Webhook mode for background jobs: verify ``BACKGROUND_API_RESPONSE`` and wake the job.

Start a call with ``background="subscription"`` (optionally ``"subscription:name=value"``);
Visma posts a notification to the webhook subscription of your integration when the job is
done. Mount :attr:`BackgroundWebhooks.asgi_app` (any ASGI server or framework), or call
:meth:`BackgroundWebhooks.handle` from your own endpoint: the notification is verified
(base64 HMAC-SHA256 of the raw body with your subscription secret) and the waiting
:class:`~billing_sdk.visma.Job` finishes without polling.

No public sample of the payload exists; the vendor's text says it carries "a reference id,
status code and a details state location". So a notification is taken when it names a job,
by ``id``, ``requestId``, ``referenceId`` or ``reference``, or by the job id in its
``stateLocation``/``contentLocation``, whether or not it carries ``event``/``eventType`` (one
naming another event is ignored). Without a status it only wakes the job, which then reads
its state; a notification naming no job is counted in ``unmatched`` and logged, never
dropped silently, and a job that hears nothing polls after ``WEBHOOK_FALLBACK_POLL`` seconds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

from billing_sdk import _json
from billing_sdk._coordination import JobRegistry, encode_state
from billing_sdk._errors import CoordinationUnavailable, ValidationError, WebhookSignatureError
from billing_sdk.visma import _generated as g

if TYPE_CHECKING:
    from billing_sdk.visma._jobs import Job

# The ASGI types, spelled out so the SDK does not depend on a web framework.
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

logger = logging.getLogger("billing_sdk.visma")

EVENT = "BACKGROUND_API_RESPONSE"
#: The dispatcher's signature header (the vendor does not publish its name; this is the
#: Visma Connect webhook dispatcher's, and it is configurable).
SIGNATURE_HEADER = "X-Vwd-Signature-V1"
#: Notifications are small; refuse anything larger unread.
MAX_BODY_BYTES = 64 * 1024
#: Notifications that arrive before anyone waits for their job are kept this many at most.
_MAX_EARLY = 10_000


_JOB_ID_KEYS = ("id", "requestId", "referenceId", "reference")
_LOCATION_KEYS = ("stateLocation", "contentLocation", "location")
_JOB_IN_URL = re.compile(
    r"/background/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
)


def _job_named_by(payload: Mapping[str, Any]) -> str | None:
    """The background job a notification is about (a GUID), wherever it names it."""
    for key in _JOB_ID_KEYS:
        value = payload.get(key)
        if isinstance(value, str):
            try:
                return str(uuid.UUID(value))
            except ValueError:
                continue
    for key in _LOCATION_KEYS:
        value = payload.get(key)
        if isinstance(value, str):
            found = _JOB_IN_URL.search(value)
            if found:
                return str(uuid.UUID(found.group(1)))
    return None


def _state_from(job_id: str, payload: Mapping[str, Any]) -> g.BackgroundRequestStateDto | None:
    """What the notification says of the job's end; None when it says nothing usable (the job
    then reads its state instead)."""
    fields = {
        "id": job_id,
        "status": payload.get("status"),
        "statusCode": payload.get("statusCode"),
        "contentLocation": payload.get("contentLocation"),
        "originalUri": payload.get("originalUri"),
    }
    try:
        return g.BackgroundRequestStateDto.from_dict({k: v for k, v in fields.items() if v})
    except (ValueError, TypeError, KeyError):
        return None


def sign(body: bytes, secret: str) -> str:
    """``base64(HMAC-SHA256(secret, body))``, the signature a notification must carry."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


class BackgroundWebhooks:
    """Receives background-job notifications for one :class:`~billing_sdk.VismaClient`."""

    def __init__(self, secret: str | None, *, signature_header: str = SIGNATURE_HEADER) -> None:
        self._secret = secret
        self.signature_header = signature_header
        self._waiting: weakref.WeakValueDictionary[str, Job[Any]] = weakref.WeakValueDictionary()
        self._early: OrderedDict[str, g.BackgroundRequestStateDto | None] = OrderedDict()
        self.received = 0
        #: Where news for a job this process is not awaiting goes (the account's job
        #: registry: with Redis, the process awaiting it receives it).
        self.relay: JobRegistry | None = None
        self._undelivered: tuple[str, g.BackgroundRequestStateDto | None] | None = None
        #: Verified notifications that named no job (logged; see the module docs).
        self.unmatched = 0

    def __repr__(self) -> str:
        return f"BackgroundWebhooks(secret={'***' if self._secret else None})"

    def verify(self, body: bytes, signature: str | None) -> dict[str, Any]:
        """The notification's JSON if ``signature`` is right; raises ``WebhookSignatureError``."""
        if not self._secret:
            raise WebhookSignatureError("no webhook secret configured on this client")
        if not signature or not hmac.compare_digest(sign(body, self._secret), signature.strip()):
            raise WebhookSignatureError("webhook signature does not match")
        try:
            payload = _json.loads(body)
        except ValueError as exc:
            raise ValidationError(f"webhook body is not JSON: {exc}") from None
        if not isinstance(payload, dict):
            raise ValidationError("webhook body is not a JSON object")
        return payload

    def handle(self, body: bytes, headers: Mapping[str, str]) -> str | None:
        """Verify one notification and finish the job it reports; returns that job's id.

        Returns ``None`` for other events. Raises ``WebhookSignatureError`` for forgeries.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        payload = self.verify(body, lowered.get(self.signature_header.lower()))
        event = payload.get("event", payload.get("eventType"))
        if event is not None and event != EVENT:
            return None
        job_id = _job_named_by(payload)
        if job_id is None:
            self.unmatched += 1
            logger.warning(
                "a verified webhook notification names no background job (keys: %s); the "
                "jobs waiting for one will poll",
                sorted(payload)[:20],
            )
            return None
        state = _state_from(job_id, payload)
        self.received += 1
        job = self._waiting.get(job_id)
        if job is not None:
            job.notify(state)
        else:
            self._undelivered = (job_id, state)
            self._early[job_id] = state
            while len(self._early) > _MAX_EARLY:
                self._early.popitem(last=False)
        return job_id

    async def handle_and_relay(self, body: bytes, headers: Mapping[str, str]) -> str | None:
        """:meth:`handle`, and news for a job no one here awaits goes to the relay, so the
        process awaiting it (another worker of the account) finishes it."""
        self._undelivered = None
        job_id = self.handle(body, headers)
        undelivered, self._undelivered = self._undelivered, None
        if undelivered is not None and self.relay is not None:
            try:
                await self.relay.publish_done(undelivered[0], encode_state(undelivered[1]))
            except CoordinationUnavailable as exc:
                logger.warning("webhook for job %s not relayed: %s", undelivered[0], exc.message)
        return job_id

    def register(self, job: Job[Any]) -> None:
        """Route notifications for ``job`` to it (and deliver one that came early)."""
        self._waiting[job.id] = job
        if job.id in self._early:
            job.notify(self._early.pop(job.id))

    async def asgi_app(self, scope: Scope, receive: Receive, send: Send) -> None:
        """An ASGI endpoint for the notifications: 204 accepted, 401 forged, 400 malformed."""
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _answer(send, 405, b"POST only", [(b"allow", b"POST")])
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_BODY_BYTES:
                await _answer(send, 413, b"notification too large")
                return
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            await self.handle_and_relay(body, headers)
        except WebhookSignatureError:
            await _answer(send, 401, b"bad signature")
            return
        except ValidationError:
            await _answer(send, 400, b"not a background notification")
            return
        await _answer(send, 204, b"")


async def _answer(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers or []})
    await send({"type": "http.response.body", "body": body})
