"""Every ```python block in README.md and docs/*.md runs against the sandbox.

Blocks may use top-level ``await``. A block fenced as ```python no-run is shown, not run
(for code that needs real credentials). Each block runs on its own, in a fresh namespace.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.S | re.M)


def _blocks() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            if "no-run" in match.group(1):
                continue
            line = text[: match.start()].count("\n") + 1
            found.append((f"{doc.relative_to(ROOT)}:{line}", match.group(2)))
    return found


BLOCKS = _blocks()


def test_docs_have_examples() -> None:
    names = {label.split(":")[0] for label, _ in BLOCKS}
    for page in ("docs/visma.md", "docs/crmcom.md", "docs/billomat.md"):
        assert page in names, f"{page} has no runnable example"


@pytest.mark.parametrize(("label", "source"), BLOCKS, ids=[label for label, _ in BLOCKS])
async def test_doc_block_runs(label: str, source: str) -> None:
    code = compile(source, label, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    result = eval(code, namespace)  # our own documentation, run on purpose
    if inspect.isawaitable(result):
        await result
