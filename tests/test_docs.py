"""Every ```python block in README.md and docs/*.md runs as a script, exactly as written.

Each block is compiled as a module (no top-level ``await``: a block that needs one fails
here, as it would for a reader who saves it to a file) and run as ``__main__`` in a fresh
namespace, so ``asyncio.run(main())`` at its end runs it. The environment points the
clients at a served sandbox (``Sandbox.environment()``), so a block that builds
``VismaClient()`` from ``VISMA_*`` variables runs too. A block fenced ```python pytest is a
test file: it is run by pytest in a subprocess, with the plugin's fixtures.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from billing_sdk.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.S | re.M)


def _blocks(kind: str) -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            if match.group(1).strip() != kind:
                continue
            line = text[: match.start()].count("\n") + 1
            found.append((f"{doc.relative_to(ROOT)}:{line}", match.group(2)))
    return found


SCRIPTS = _blocks("")
TEST_FILES = _blocks("pytest")


def test_docs_have_examples() -> None:
    names = {label.split(":")[0] for label, _ in SCRIPTS}
    for page in ("README.md", "docs/visma.md", "docs/crmcom.md", "docs/billomat.md"):
        assert page in names, f"{page} has no runnable example"
    assert TEST_FILES, "docs/testing.md shows a test file"


def test_every_python_block_is_run() -> None:
    every = sum(len(_BLOCK.findall(doc.read_text(encoding="utf-8"))) for doc in DOCS)
    assert every == len(SCRIPTS) + len(TEST_FILES), "a ```python block of another kind"


@pytest.mark.parametrize(("label", "source"), SCRIPTS, ids=[label for label, _ in SCRIPTS])
def test_doc_block_runs_as_a_script(
    label: str, source: str, billing_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in billing_sandbox.environment().items():
        monkeypatch.setenv(name, value)
    code = compile(source, label, "exec")  # a module: top-level await is a SyntaxError
    exec(code, {"__name__": "__main__"})  # our own documentation, run on purpose


@pytest.mark.parametrize(("label", "source"), TEST_FILES, ids=[label for label, _ in TEST_FILES])
def test_doc_test_file_passes(label: str, source: str, tmp_path: Path) -> None:
    (tmp_path / "test_from_docs.py").write_text(source, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_default_fixture_loop_scope = function\n", encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, f"{label}:\n{out.stdout[-3000:]}{out.stderr[-2000:]}"
