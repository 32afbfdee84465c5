"""The core names no vendor: only the vendor registry may (issue 22).

The core is every ``billing_sdk/_*.py`` module and ``billing_sdk/bulk.py``; a vendor's code,
comments and docstrings live in its own package and plug in through ``_registry``.
"""

from __future__ import annotations

import re
from pathlib import Path

import billing_sdk

PACKAGE = Path(billing_sdk.__file__).parent
VENDOR_WORDS = re.compile(r"visma|crm|billomat", re.IGNORECASE)
#: The one core module allowed to name vendors.
ALLOWED = {"_registry.py"}


def core_modules() -> list[Path]:
    found = [p for p in PACKAGE.glob("_*.py") if p.name != "__init__.py"]
    return sorted([*found, PACKAGE / "bulk.py"])


def test_the_core_modules_name_no_vendor() -> None:
    modules = core_modules()
    assert len(modules) > 20  # the glob did find the core
    hits = [
        f"{path.name}:{number}: {line.strip()}"
        for path in modules
        if path.name not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if VENDOR_WORDS.search(line)
    ]
    assert hits == []


def test_the_registry_is_what_names_them() -> None:
    text = (PACKAGE / "_registry.py").read_text(encoding="utf-8")
    assert VENDOR_WORDS.search(text)  # the check above would see a vendor name
