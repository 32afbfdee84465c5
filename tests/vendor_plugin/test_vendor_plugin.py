"""A vendor defined in the tests plugs in through the registry, with no change to the core,
and gets the core's read, paging, retries and typed errors (issue 22)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import billing_sdk
from billing_sdk import NotFound, RetryPolicy
from billing_sdk._registry import Vendor, register, unregister, vendors
from tests.vendor_plugin import AcmeClient, AcmeError, Thing
from tests.vendor_plugin._server import AcmeServer

ACME = Vendor(
    name="acme",
    title="Acme",
    package="tests.vendor_plugin",
    client="AcmeClient",
    errors_module="tests.vendor_plugin._errors",
    errors=("AcmeError",),
)


@pytest.fixture
def acme() -> Iterator[Vendor]:
    register(ACME)
    try:
        yield ACME
    finally:
        unregister("acme")
        vars(billing_sdk).pop("AcmeClient", None)
        vars(billing_sdk).pop("AcmeError", None)


def client(server: AcmeServer) -> AcmeClient:
    cls = billing_sdk.AcmeClient  # found through the registry, not through an import
    assert cls is AcmeClient
    return cls(
        base_url="https://acme.example",
        token="acme-token",
        transport=server.transport(),
        retry=RetryPolicy(max_attempts=3, backoff_initial=0, backoff_max=0),
    )


def test_the_registry_lists_it_and_billing_sdk_exports_it(acme: Vendor) -> None:
    assert acme in vendors()
    assert acme.load_client() is AcmeClient
    assert billing_sdk.AcmeError is AcmeError


async def test_a_read(acme: Vendor) -> None:
    server = AcmeServer()
    async with client(server) as api:
        assert await api.things.get("t2") == Thing("t2", "thing 2")
    assert server.seen == [("GET", "/things/t2", "Bearer acme-token")]


async def test_a_paged_list(acme: Vendor) -> None:
    server = AcmeServer(count=5)
    async with client(server) as api:
        things = [thing.id async for thing in api.things.list(page_size=2)]
    assert things == ["t1", "t2", "t3", "t4", "t5"]
    assert [path for _, path, _ in server.seen] == ["/things"] * 3


async def test_a_write_retried_after_a_503(acme: Vendor) -> None:
    server = AcmeServer()
    server.unavailable = 1
    async with client(server) as api:
        renamed = await api.things.rename("t1", "renamed")
        assert renamed == Thing("t1", "renamed")
        assert api.stats.unavailable == 1 and api.stats.retries == 1
    assert [method for method, _, _ in server.seen] == ["PUT", "PUT"]
    assert server.things["t1"]["name"] == "renamed"


async def test_a_typed_error(acme: Vendor) -> None:
    server = AcmeServer()
    async with client(server) as api:
        with pytest.raises(NotFound) as caught:
            await api.things.get("t404")
    error = caught.value
    assert isinstance(error, AcmeError) and isinstance(error, billing_sdk.AcmeError)
    assert type(error).__name__ == "AcmeNotFound"
    assert (error.status, error.code, error.vendor_message) == (
        404,
        "NO_SUCH_THING",
        "no thing t404",
    )
    assert error.landed is False
