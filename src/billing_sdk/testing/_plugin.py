"""The pytest plugin (entry point ``pytest11: billing_sdk = billing_sdk.testing._plugin``).

Nothing here imports the sandbox (starlette, uvicorn) or pytest-asyncio at module level:
pytest loads this module in every run of every project that has billing-sdk installed,
extras or not. A fixture that needs a missing extra fails its test with the extra's name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

from billing_sdk.testing import SandboxFaults, SandboxState

if TYPE_CHECKING:
    from billing_sdk.billomat import BillomatClient
    from billing_sdk.crmcom import CrmComClient
    from billing_sdk.sandbox import Sandbox
    from billing_sdk.visma import VismaClient

F = TypeVar("F", bound=Callable[..., Any])


def _async_fixture(fn: F) -> F:
    """``pytest_asyncio.fixture`` when installed (works in its strict and auto modes)."""
    try:
        import pytest_asyncio
    except ImportError:  # pragma: no cover - depends on the user's environment

        def missing(*args: Any, **kwargs: Any) -> Any:
            pytest.fail(
                f"the {fn.__name__} fixture is async: pip install 'billing-sdk[testing]' "
                "(it brings pytest-asyncio)"
            )

        missing.__name__ = fn.__name__
        missing.__doc__ = fn.__doc__
        return cast(F, pytest.fixture(name=fn.__name__)(missing))
    return cast(F, pytest_asyncio.fixture(fn))


@pytest.fixture
def billing_sandbox_options() -> dict[str, Any]:
    """``Sandbox(**options)`` for ``billing_sandbox``; override it to set a seed, faults, ..."""
    return {}


@pytest.fixture
def billing_sandbox(billing_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """A fresh sandbox served on 127.0.0.1 (a free port) for this test, stopped after it."""
    try:
        from billing_sdk.sandbox import Sandbox
    except ImportError as exc:
        pytest.fail(f"the sandbox needs: pip install 'billing-sdk[testing]' ({exc.name})")
    sandbox = Sandbox(**billing_sandbox_options).start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture
def billing_faults(billing_sandbox: Sandbox) -> SandboxFaults:
    """Fault plans for this test's sandbox (none until you set one)."""
    return SandboxFaults(billing_sandbox)


@pytest.fixture
def billing_state(billing_sandbox: Sandbox) -> SandboxState:
    """Snapshots of this test's sandbox and what changed since one."""
    return SandboxState(billing_sandbox)


@_async_fixture
async def visma_client(billing_sandbox: Sandbox) -> AsyncIterator[VismaClient]:
    """A ``VismaClient`` of this test's sandbox, closed after the test."""
    from billing_sdk.visma import VismaClient

    async with VismaClient.for_sandbox(billing_sandbox) as client:
        yield client


@_async_fixture
async def crmcom_client(billing_sandbox: Sandbox) -> AsyncIterator[CrmComClient]:
    """A ``CrmComClient`` of this test's sandbox, logged in on first use, closed after."""
    from billing_sdk.crmcom import CrmComClient

    async with CrmComClient.for_sandbox(billing_sandbox) as client:
        yield client


@_async_fixture
async def billomat_client(billing_sandbox: Sandbox) -> AsyncIterator[BillomatClient]:
    """A ``BillomatClient`` of this test's sandbox, closed after the test."""
    from billing_sdk.billomat import BillomatClient

    async with BillomatClient.for_sandbox(billing_sandbox) as client:
        yield client
