"""Invoice attachments: the multipart upload (header and line) and its revisions.

The body is ``multipart/form-data`` with one ``file`` part (with a filename) and an optional
``metadata`` part holding a JSON object (AttachmentMetadataDto). A file whose name already
exists on the invoice (or line) becomes a new revision of that attachment (same id). The
invoice gets a new version either way; ``Location`` ends in the attachment id.
Parsing uses the standard library's MIME parser, so the sandbox needs no multipart package.
"""

from __future__ import annotations

import functools
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, cast

import jsonschema_rs

from billing_sdk.sandbox._visma import _requests
from billing_sdk.sandbox._visma._http import (
    Call,
    Result,
    VismaError,
    bad_request,
    check_if_match,
    etag,
)
from billing_sdk.sandbox._visma._model import Attachment
from billing_sdk.sandbox._visma._ops import Context, Operation, invoice_or_404, working_copy

_METADATA_MAX = 4096
_METADATA_SCHEMA = {"$ref": "#/components/schemas/AttachmentMetadataDto"}


@dataclass(frozen=True)
class Upload:
    """A checked attachment upload."""

    invoice: str
    line: int | None
    filename: str
    content: bytes
    content_type: str
    metadata: dict[str, Any]


def _parts(content_type: str, body: bytes) -> list[EmailMessage]:
    if (
        not content_type.lower().startswith("multipart/form-data")
        or "boundary=" not in content_type
    ):
        raise bad_request("The request must be multipart/form-data with a boundary.")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise bad_request("The multipart body could not be read.")
    return list(cast(Any, message.iter_parts()))


def parse_upload(call: Call, invoice: str, line: int | None) -> Upload:
    files: list[EmailMessage] = []
    metadata: list[EmailMessage] = []
    for part in _parts(call.content_type, call.body):
        name = part.get_param("name", header="content-disposition")
        if name == "file":
            files.append(part)
        elif name == "metadata":
            metadata.append(part)
    if len(files) != 1 or len(metadata) > 1:
        raise bad_request("Send exactly one 'file' part (and at most one 'metadata' part).")
    file = files[0]
    filename = file.get_filename()
    if not filename:
        raise bad_request("The 'file' part needs a filename.")
    content = file.get_payload(decode=True)
    data = content if isinstance(content, bytes) else b""
    meta = _metadata(metadata[0]) if metadata else {}
    return Upload(invoice, line, filename[:255], data, file.get_content_type(), meta)


def _metadata(part: EmailMessage) -> dict[str, Any]:
    """The settings in the ``metadata`` part: a JSON object of known settings only.

    Unknown or no settings are refused (400) rather than ignored: on the wire, ``metadata``
    is just text, so only a strict reading tells a settings object from stray JSON.
    """
    raw = part.get_payload(decode=True)
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else ""
    except UnicodeDecodeError:
        raise bad_request("The 'metadata' part must be UTF-8 text.") from None
    if len(text) > _METADATA_MAX:
        raise bad_request(f"The 'metadata' part must be at most {_METADATA_MAX} characters.")
    spec = _requests.spec()
    try:
        data = json.loads(text, parse_float=Decimal)
        if not isinstance(data, dict) or not data:
            raise ValueError("expected a JSON object with at least one setting")
        known = spec.resolve(_METADATA_SCHEMA).get("properties", {})
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"unknown settings {', '.join(unknown)[:200]}")
        for problem in _metadata_validator().iter_errors(data):
            raise ValueError(problem.message)
    except (ValueError, RecursionError) as exc:
        raise bad_request(f"The 'metadata' part must be a JSON object of settings: {exc}") from None
    checked: dict[str, Any] = _requests.normalise(data, _METADATA_SCHEMA)
    return checked


@functools.cache
def _metadata_validator() -> jsonschema_rs.Validator:
    return _requests.spec().validator(_METADATA_SCHEMA)


def _upload(ctx: Context, upload: Upload) -> Result:
    company = ctx.company
    inv = invoice_or_404(company, upload.invoice)
    check_if_match(ctx.call.if_match, inv.version)
    changed = working_copy(inv)
    target = changed.attachments
    if upload.line is not None:
        line = next((x for x in changed.lines if x.line_number == upload.line), None)
        if line is None:
            raise VismaError(404, f"Customer invoice {upload.invoice} has no line {upload.line}.")
        target = line.attachments
    existing = next((a for a in target if a.name == upload.filename), None)
    include = bool(upload.metadata.get("includeAttachmentInvoiceEmail"))
    if existing is None:
        existing = Attachment(
            str(uuid.uuid4()), upload.filename, 1, len(upload.content), upload.content_type, include
        )
        target.append(existing)
    else:
        existing.revision += 1
        existing.size = len(upload.content)
        existing.content_type = upload.content_type
        existing.include_in_email = include
    if upload.metadata.get("sendToAutoinvoice"):
        changed.fields["sendToAutoInvoice"] = True
    company.touch(changed)
    company.invoices[changed.ref_nbr] = changed
    headers = {
        "Location": f"{ctx.call.origin}/v1/attachment/{existing.id}",
        "ETag": etag(changed.version),
    }
    return Result(201, None, headers=headers)


def _parse_header(call: Call) -> Upload:
    return parse_upload(call, _requests.path(call, "invoiceNumber"), None)


def _parse_line(call: Call) -> Upload:
    number = _requests.path(call, "invoiceNumber")
    return parse_upload(call, number, _requests.path(call, "lineNumber"))


def operations() -> list[Operation]:
    base = "/v1/customerinvoice/{invoiceNumber}"
    return [
        Operation(
            "customerInvoiceCreateHeaderAttachmentByinvoiceNumber",
            "POST",
            f"{base}/attachment",
            "create",
            _parse_header,
            _upload,
            if_match=True,
        ),
        Operation(
            "customerInvoiceCreateLineAttachmentByinvoiceNumberlineNumber",
            "POST",
            f"{base}/{{lineNumber}}/attachment",
            "create",
            _parse_line,
            _upload,
            if_match=True,
        ),
    ]
