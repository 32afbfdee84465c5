"""The public surface: one ``__all__``, every name documented, nothing private leaking."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import types

import pytest

import billing_sdk
from billing_sdk._registry import vendors

PUBLIC_PACKAGES = [
    "billing_sdk",
    *(v.package for v in vendors()),
    "billing_sdk.sandbox",
    "billing_sdk.bulk",
    "billing_sdk.coordination",
    "billing_sdk.testing",
]


@pytest.mark.parametrize("name", PUBLIC_PACKAGES)
def test_all_lists_exactly_the_public_names(name: str) -> None:
    module = importlib.import_module(name)
    exported = set(module.__all__)
    assert len(exported) == len(module.__all__), "duplicates in __all__"
    for item in exported:
        assert hasattr(module, item), f"{name}.__all__ names missing {item}"
        assert not item.startswith("_") or item == "__version__"
    public = {
        attr
        for attr, value in vars(module).items()
        if not attr.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= exported, f"public but not in __all__: {sorted(public - exported)}"


@pytest.mark.parametrize("name", PUBLIC_PACKAGES)
def test_every_public_name_has_a_docstring(name: str) -> None:
    module = importlib.import_module(name)
    for item in module.__all__:
        value = getattr(module, item)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{name}.{item} has no docstring"


def test_error_tree_has_one_root() -> None:
    for item in billing_sdk.__all__:
        value = getattr(billing_sdk, item)
        if inspect.isclass(value) and issubclass(value, Warning):
            assert value is billing_sdk.UnknownValueWarning, item  # the one warning, not an error
        elif inspect.isclass(value) and issubclass(value, Exception):
            assert issubclass(value, billing_sdk.BillingError), item


def test_importing_the_sdk_does_not_import_the_sandbox_server() -> None:
    code = "import sys, billing_sdk; print('starlette' in sys.modules, 'uvicorn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_every_registered_vendor_name_is_public() -> None:
    from billing_sdk._registry import public_names

    for name, module in public_names().items():
        assert name in billing_sdk.__all__, name
        assert getattr(billing_sdk, name) is getattr(importlib.import_module(module), name)
