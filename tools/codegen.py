"""Regenerate the clients in ``src/billing_sdk/_generated/`` from the specs in ``openapi/``.

Usage::

    python tools/codegen.py                 # regenerate src/billing_sdk/_generated/ in place
    python tools/codegen.py --out DIR       # generate into DIR (used by the drift check)
    python tools/codegen.py --check         # generate into a temp dir and diff against it

Each spec becomes one package (``--meta none``), a subpackage of ``billing_sdk._generated``
(the generated code imports its own modules relatively, so it works at any depth), with
``py.typed`` added and the ``.ruff_cache/`` the post-hooks leave behind removed, so two runs
are byte-identical. The
generator runs through ``tools/codegen_ext.py`` (``format: decimal`` -> ``Decimal``) with the
templates in ``tools/codegen_templates/`` (see its README); both are inputs of the drift check.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from billing_sdk import _registry as registry

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
CONFIG = SPEC_DIR / "codegen.yaml"
#: The generator extension and the templates that replace some of the generator's own.
EXTENSION = ROOT / "tools" / "codegen_ext.py"
TEMPLATES = ROOT / "tools" / "codegen_templates"
#: Inside billing_sdk: the wheel ships one top-level package (hand-written __init__.py here).
GENERATED = ROOT / "src" / "billing_sdk" / "_generated"
_WHERE = "src/billing_sdk/_generated"

#: spec file -> generated package name, for every registered vendor with both
PACKAGES: dict[str, str] = {
    entry.spec: entry.generated.rpartition(".")[2]
    for entry in registry.vendors()
    if entry.spec is not None and entry.generated is not None
}


def _generator() -> list[str]:
    # The pinned generator, taught one type (``format: decimal``) by tools/codegen_ext.py.
    return [sys.executable, str(EXTENSION)]


def generate(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    # The post-hooks call `ruff`; make sure the pinned one next to this interpreter wins.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    for spec, package in PACKAGES.items():
        # Generate outside the repository: the ruff post-hooks would otherwise pick up the
        # project's own ruff settings and the output would depend on where it was written.
        with tempfile.TemporaryDirectory(prefix="billing-sdk-codegen-") as tmp:
            fresh = Path(tmp) / package
            _generate_one(spec, fresh, env)
            target = out / package
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(fresh, target)


def _generate_one(spec: str, target: Path, env: dict[str, str]) -> None:
    cmd = [
        *_generator(),
        "generate",
        *("--path", str(SPEC_DIR / spec)),
        *("--config", str(CONFIG)),
        *("--meta", "none"),
        *("--output-path", str(target)),
        *("--custom-template-path", str(TEMPLATES)),
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"codegen failed for {spec} (exit {result.returncode})")
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    (target / "py.typed").write_text("")


def _diff(a: Path, b: Path, rel: Path = Path()) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__", ".ruff_cache"])
    problems = [f"only in {a.name}: {rel / n}" for n in cmp.left_only]
    problems += [f"only in fresh output: {rel / n}" for n in cmp.right_only]
    # dircmp compares shallowly by stat; compare contents explicitly.
    for name in cmp.common_files:
        if (a / name).read_bytes() != (b / name).read_bytes():
            problems.append(f"differs: {rel / name}")
    for sub in cmp.common_dirs:
        problems += _diff(a / sub, b / sub, rel / sub)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp)
            generate(fresh)
            problems = []
            for package in PACKAGES.values():
                if not (GENERATED / package).is_dir():
                    problems.append(f"missing package {_WHERE}/{package}")
                    continue
                problems += [f"{package}: {p}" for p in _diff(GENERATED / package, fresh / package)]
        if problems:
            print(f"{_WHERE}/ is out of date with openapi/ (run `make generate`):")
            print("\n".join(f"  {p}" for p in problems))
            return 1
        print(f"{_WHERE}/ matches openapi/ ({len(PACKAGES)} packages)")
        return 0
    generate(args.out or GENERATED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
