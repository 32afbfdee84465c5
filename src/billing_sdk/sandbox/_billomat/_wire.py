"""Billomat's two wire formats: content negotiation, JSON and XML rendering, body parsing.

The API answers XML unless the request asks for JSON (``format=json`` or an ``Accept`` header
that prefers JSON). XML is written with the standard library's ElementTree (which escapes) and
read only through defusedxml with DTDs forbidden, so entity bombs and external entities are
rejected before anything is expanded.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

import defusedxml.ElementTree as _safe_et
from defusedxml import DefusedXmlException
from starlette.requests import Request
from starlette.responses import Response

Format = Literal["json", "xml"]

JSON_MEDIA_TYPE = "application/json"
XML_MEDIA_TYPE = "application/xml; charset=utf-8"
_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

#: Characters XML 1.0 cannot carry at all (not even as character references).
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: Media ranges that select each format, with their specificity (2 exact, 1 type/*, 0 */*).
_RANGES: dict[Format, dict[str, int]] = {
    "json": {"application/json": 2, "application/*": 1, "*/*": 0},
    "xml": {"application/xml": 2, "text/xml": 2, "application/*": 1, "text/*": 1, "*/*": 0},
}


class BodyError(ValueError):
    """A request body that cannot be read (malformed, forbidden XML, wrong envelope)."""


# -- content negotiation ------------------------------------------------------------------------


def negotiate(request: Request) -> Format:
    """The response format: ``format`` query first, then ``Accept``, XML by default.

    An invalid ``format`` value is ignored here (it is rejected later, in the format this
    function chose from ``Accept``).
    """
    values = request.query_params.getlist("format")
    if len(values) == 1 and values[0] in ("json", "xml"):
        return cast(Format, values[0])
    accept = ",".join(request.headers.getlist("accept"))
    return "json" if _prefers_json(accept) else "xml"


def _quality(params: str) -> float:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return 0.0
            return q if 0.0 <= q <= 1.0 else 0.0
    return 1.0


def _prefers_json(accept: str) -> bool:
    # For each format, the most specific matching range decides its quality (RFC 9110 12.5.1);
    # JSON wins when its (quality, specificity) beats XML's. Ties go to XML, the API's default.
    best: dict[Format, tuple[float, int]] = {"json": (0.0, -1), "xml": (0.0, -1)}
    for part in accept.split(","):
        media, _, params = part.partition(";")
        media = media.strip().lower()
        q = _quality(params)
        for fmt, ranges in _RANGES.items():
            specificity = ranges.get(media, -1)
            q_best, spec_best = best[fmt]
            if specificity > spec_best or (specificity == spec_best >= 0 and q > q_best):
                best[fmt] = (q, specificity)
    return best["json"][0] > 0 and best["json"] > best["xml"]


# -- rendering ----------------------------------------------------------------------------------


def _json_bytes(data: Any) -> bytes:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # A lone surrogate can only sit inside a string, where "\udXXX" is its valid JSON escape.
    return text.encode("utf-8", "backslashreplace")


def _xml_text(value: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", value)


def _xml_record(tag: str, record: Mapping[str, str], xml_types: Mapping[str, str]) -> ET.Element:
    element = ET.Element(tag)
    for name, value in record.items():
        child = ET.SubElement(element, name)
        if value != "" and name in xml_types:
            child.set("type", xml_types[name])
        child.text = _xml_text(value)
    return element


def _xml_bytes(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    # ElementTree leaves CR in text as is, which a parser would turn into LF.
    return _XML_DECLARATION + text.replace("\r", "&#13;").encode("utf-8")


def _response(fmt: Format, status: int, content: bytes, headers: Mapping[str, str]) -> Response:
    media_type = JSON_MEDIA_TYPE if fmt == "json" else XML_MEDIA_TYPE
    return Response(content, status_code=status, headers=dict(headers), media_type=media_type)


def record_response(
    fmt: Format,
    tag: str,
    record: Mapping[str, str],
    xml_types: Mapping[str, str],
    headers: Mapping[str, str],
    status: int = 200,
) -> Response:
    """One object wrapped in its singular key: ``{"credit-note-payment": {...}}``."""
    if fmt == "json":
        return _response(fmt, status, _json_bytes({tag: dict(record)}), headers)
    return _response(fmt, status, _xml_bytes(_xml_record(tag, record, xml_types)), headers)


def page_response(
    fmt: Format,
    plural: str,
    singular: str,
    records: Sequence[Mapping[str, str]],
    xml_types: Mapping[str, str],
    page_info: tuple[int, int, int],
    headers: Mapping[str, str],
) -> Response:
    """A list page in Billomat's envelope.

    JSON: ``{plural: {singular: [...], "@page", "@per_page", "@total"}}`` where one hit is an
    object, not a one-item array, and no hits leave the singular key out. XML: the plural root
    with ``type="array"`` and the paging as attributes.
    """
    page, per_page, total = (str(n) for n in page_info)
    if fmt == "json":
        inner: dict[str, Any] = {}
        if len(records) == 1:
            inner[singular] = dict(records[0])
        elif records:
            inner[singular] = [dict(r) for r in records]
        inner.update({"@page": page, "@per_page": per_page, "@total": total})
        return _response(fmt, 200, _json_bytes({plural: inner}), headers)
    root = ET.Element(plural, {"type": "array", "page": page, "per_page": per_page, "total": total})
    root.extend(_xml_record(singular, r, xml_types) for r in records)
    return _response(fmt, 200, _xml_bytes(root), headers)


def error_response(
    fmt: Format, status: int, messages: Sequence[str], headers: Mapping[str, str]
) -> Response:
    """``{"errors": {"error": "..."}}`` (a list for several messages) or ``<errors>``."""
    if fmt == "json":
        error: str | list[str] = messages[0] if len(messages) == 1 else list(messages)
        return _response(fmt, status, _json_bytes({"errors": {"error": error}}), headers)
    root = ET.Element("errors")
    for message in messages:
        ET.SubElement(root, "error").text = _xml_text(message)
    return _response(fmt, status, _xml_bytes(root), headers)


# -- request bodies -----------------------------------------------------------------------------


def body_kind(content_type: str | None, raw: bytes) -> Format:
    """JSON or XML by ``Content-Type``; without one, by the first character of the body."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in ("application/json", "text/json") or media.endswith("+json"):
        return "json"
    if media in ("application/xml", "text/xml") or media.endswith("+xml"):
        return "xml"
    if media:
        raise BodyError(f"Unsupported Content-Type {media[:60]!r}; use application/json or XML.")
    return "xml" if raw.lstrip().startswith(b"<") else "json"


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BodyError(f"Duplicate key {key[:60]!r} in the JSON body.")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise BodyError(f"{name} is not valid JSON.")


def parse_json(raw: bytes) -> Any:
    """A JSON body (duplicate keys and NaN are errors; its shape is the spec's to check)."""
    try:
        data = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_no_constants
        )
    except BodyError:
        raise
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError too
        raise BodyError("Malformed JSON body.") from exc
    return data


def parse_xml_fields(raw: bytes, root: str, aliases: Mapping[str, str]) -> dict[str, str]:
    """The child elements of ``<root>`` as ``name -> text`` (flat; repeats are errors)."""
    try:
        element = _safe_et.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise BodyError("XML with DTDs or entity declarations is not accepted.") from exc
    except (ET.ParseError, ValueError, LookupError, RecursionError) as exc:
        raise BodyError("Malformed XML body.") from exc
    if element.tag != root:
        raise BodyError(f"The XML root element must be <{root}>.")
    fields: dict[str, str] = {}
    for child in element:
        if not isinstance(child.tag, str):  # comments and processing instructions
            continue
        name = aliases.get(child.tag, child.tag)
        if len(child):
            raise BodyError(f"Element <{name[:60]}> must not contain elements.")
        if name in fields:
            raise BodyError(f"Element <{name[:60]}> appears more than once.")
        fields[name] = child.text or ""
    return fields
