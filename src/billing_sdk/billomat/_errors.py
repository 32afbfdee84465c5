"""Reading Billomat error bodies: ``{"errors": {"error": "..."|[...]}}`` or the XML form."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from billing_sdk import _json
from billing_sdk._errors import VendorError, error_body

if TYPE_CHECKING:
    import httpx


def parse_billomat_error(response: httpx.Response) -> VendorError:
    """The messages of a Billomat error response; empty when the body says nothing usable."""
    content = error_body(response)
    if content is None:
        return VendorError()
    try:
        if content.lstrip().startswith(b"<"):
            root = fromstring(content)
            messages = [e.text.strip() for e in root.iter("error") if e.text and e.text.strip()]
        else:
            error = _json.loads(content)["errors"]["error"]
            messages = [str(m) for m in (error if isinstance(error, list) else [error])]
    except (ParseError, DefusedXmlException, ValueError, KeyError, TypeError):
        return VendorError()
    return VendorError(message="; ".join(messages) or None)
