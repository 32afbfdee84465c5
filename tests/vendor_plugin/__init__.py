"""A vendor defined in the tests, plugged in through the vendor registry with no core change.

``Acme`` is a made-up billing API: things you can read, list page by page and rename. Its
server (:mod:`._server`) is an ``httpx.MockTransport`` holding a dict; its client
(:mod:`._client`) is what ``docs/adding-a-vendor.md`` describes, in under 150 lines.
"""

from tests.vendor_plugin._client import AcmeClient, Thing
from tests.vendor_plugin._errors import AcmeError

__all__ = ["AcmeClient", "AcmeError", "Thing"]
