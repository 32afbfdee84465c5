"""The openapi-generator peer: the Python client openapi-generator makes from our Visma spec.

``python -m bench.peers`` generates it into ``bench/peers/`` (git-ignored) with the
``openapi-generator-cli`` PyPI package (a bundled jar; it needs ``java`` on PATH) and
pip-installs it into the running interpreter's environment. Only ``--library asyncio``
(aiohttp, pydantic): the fastest flavour of the generator's ``python`` client; its
``--library httpx`` flavour was slower at every concurrency and is no longer raced. It is
idempotent: a stamp keeps the spec's hash and the generator version, and nothing is redone
while both are unchanged.

Without ``java`` or without the generator it prints why and exits 0: the benchmark then runs
without the peer and says so in its results (its targets show "not measured").
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS_DIR = ROOT / "bench" / "peers"
SPEC = ROOT / "openapi" / "visma-erp.yaml"
STAMP = PEERS_DIR / "stamp.json"
CONSTRAINTS = ROOT / "constraints.txt"

#: openapi-generator's python generator libraries we compare with: ``--library`` -> package.
LIBRARIES = {"asyncio": "oag_visma_asyncio"}


@dataclass(frozen=True)
class PeerStatus:
    """Whether one peer can run, and why not if it cannot."""

    library: str
    package: str
    available: bool
    reason: str = ""


def generator_path() -> str | None:
    """The ``openapi-generator-cli`` next to this interpreter, or on PATH."""
    local = Path(sys.executable).parent / "openapi-generator-cli"
    return str(local) if local.exists() else shutil.which("openapi-generator-cli")


def why_unavailable() -> str | None:
    """Why peers cannot be generated here (``None`` when they can)."""
    if shutil.which("java") is None:
        return "java is not on PATH (openapi-generator-cli runs a bundled jar)"
    if generator_path() is None:
        return "openapi-generator-cli is not installed (pip install -e '.[bench]' / make bench)"
    return None


def status() -> list[PeerStatus]:
    """Which peers are importable in this interpreter (nothing is generated here)."""
    found = []
    for library, package in LIBRARIES.items():
        if importlib.util.find_spec(package) is not None:
            found.append(PeerStatus(library, package, True))
            continue
        reason = why_unavailable() or "not generated yet: run `python -m bench.peers`"
        found.append(PeerStatus(library, package, False, reason))
    return found


def generator_version() -> str | None:
    """The generator's version string, or ``None`` when it cannot run."""
    path = generator_path()
    if path is None or shutil.which("java") is None:
        return None
    out = subprocess.run([path, "version"], capture_output=True, text=True, check=False)
    return out.stdout.strip() or None if out.returncode == 0 else None


def _wanted_stamp(version: str) -> dict[str, str]:
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    return {"spec": SPEC.name, "sha256": digest, "generator": version}


def ensure(*, force: bool = False, quiet: bool = False) -> list[PeerStatus]:
    """Generate and install the peers unless the stamp says they are current."""
    say = (lambda *_: None) if quiet else print
    reason = why_unavailable()
    if reason:
        say(f"bench.peers: skipping the openapi-generator peers: {reason}")
        return status()
    version = generator_version()
    if version is None:
        say("bench.peers: skipping the openapi-generator peers: openapi-generator-cli fails to run")
        return status()
    wanted = _wanted_stamp(version)
    current = json.loads(STAMP.read_text()) if STAMP.exists() else None
    if not force and current == wanted and all(p.available for p in status()):
        say(f"bench.peers: up to date (openapi-generator {version}, {SPEC.name})")
        return status()
    PEERS_DIR.mkdir(parents=True, exist_ok=True)
    projects = []
    for library, package in LIBRARIES.items():
        out = PEERS_DIR / package
        shutil.rmtree(out, ignore_errors=True)
        say(f"bench.peers: generating {package} (python, --library {library}) ...")
        result = subprocess.run(
            [
                generator_path() or "openapi-generator-cli",
                "generate",
                "-i",
                str(SPEC),
                "-g",
                "python",
                "--library",
                library,
                "-o",
                str(out),
                "--package-name",
                package,
                "--additional-properties=packageVersion=0.1.0",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"openapi-generator failed for {package}:\n{result.stdout[-3000:]}")
        projects.append(str(out))
    say("bench.peers: installing the generated packages into this environment ...")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-c", str(CONSTRAINTS), *projects], check=True)
    # Same version number as before, new code: make pip replace what it installed last time.
    subprocess.run([*pip, "--force-reinstall", "--no-deps", *projects], check=True)
    STAMP.write_text(json.dumps(wanted, indent=2) + "\n")
    importlib.invalidate_caches()
    found = status()
    say(
        "bench.peers: "
        + ", ".join(f"{p.package}={'ok' if p.available else 'missing'}" for p in found)
    )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__)
    parser.add_argument("--force", action="store_true", help="regenerate even if up to date")
    args = parser.parse_args(argv)
    ensure(force=args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
