"""Every invalid argument raises ``ValidationError``, never a bare ``ValueError``/``TypeError``
(issue 22): an AST scan of the SDK, the sandbox left out (its checks answer HTTP 4xx)."""

from __future__ import annotations

import ast
from pathlib import Path

import billing_sdk

PACKAGE = Path(billing_sdk.__file__).parent
#: Modules whose ``ValueError`` is a documented parsing contract, not an argument check:
#: ``_json.loads`` fails like ``json.loads`` (every caller catches ``ValueError``). The
#: generated clients (``_generated/``) are parsers too: the engine turns their
#: ``TypeError``/``ValueError`` into ``DecodeError``.
PARSERS = {"_json.py"}
BARE = {"ValueError", "TypeError"}


def _raised_name(node: ast.Raise) -> str | None:
    exc = node.exc
    if isinstance(exc, ast.Call):
        exc = exc.func
    return exc.id if isinstance(exc, ast.Name) else None


def bare_raises(source: str) -> list[int]:
    """Lines of ``raise ValueError(...)``/``raise TypeError(...)`` in ``source``."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Raise) and _raised_name(node) in BARE
    ]


def test_the_scan_finds_a_bare_raise() -> None:
    assert bare_raises("def f(x):\n    if x:\n        raise ValueError('x')\n") == [3]
    assert bare_raises("raise TypeError\n") == [1]
    assert bare_raises("raise ValidationError('x')\n") == []


def test_no_bare_value_or_type_error_outside_the_sandbox() -> None:
    modules = [
        path
        for path in PACKAGE.rglob("*.py")
        if not {"sandbox", "_generated"} & set(path.relative_to(PACKAGE).parts)
        and path.name not in PARSERS
    ]
    assert len(modules) > 40
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(modules)
        for line in bare_raises(path.read_text(encoding="utf-8"))
    ]
    assert found == []
