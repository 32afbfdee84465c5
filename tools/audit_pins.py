"""Known vulnerabilities of the pinned dependencies, from what PyPI serves here.

``make audit`` runs pip-audit, which needs PyPI's per-version JSON API
(``/pypi/<name>/<version>/json``) or OSV; on some build networks (this project's included)
only the package index and the project JSON (``/pypi/<name>/json``) answer. The project JSON
lists the known vulnerabilities (PyPA advisory database / OSV) of the project's *latest*
release, so for every pin that is the latest release it answers the audit question exactly.

For each ``name==version`` in constraints.txt:

* pin is the latest release, no known vulnerability: verified clean;
* pin is the latest release with known vulnerabilities: FAIL (ids and fixed-in versions);
* pin is older than the latest release: not verifiable here (listed, not failed: an upstream
  release must not turn an unchanged commit red; ``make audit`` on an open network, or a
  bump of the pin, settles it);
* PyPI cannot be reached or does not know the package: FAIL (an audit that checked nothing
  must not pass).

Usage: ``python tools/audit_pins.py [constraints.txt]``; exit 0 when nothing failed.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

PYPI = "https://pypi.org/pypi/{name}/json"
TIMEOUT = 20.0
#: A flaky index must not fail the test command; three tries, 2 s and 4 s apart.
ATTEMPTS = 3


@dataclass
class Verdict:
    name: str
    pinned: str
    latest: str | None = None
    vulnerabilities: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def status(self) -> str:
        if self.error:
            return "error"
        if self.pinned != self.latest:
            return "unverifiable"
        return "vulnerable" if self.vulnerabilities else "clean"


def read_pins(path: Path) -> list[tuple[str, str]]:
    pins = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins.append((name.strip(), version.strip()))
    return pins


def check(pin: tuple[str, str]) -> Verdict:
    name, version = pin
    verdict = Verdict(name, version)
    for attempt in range(ATTEMPTS):
        try:
            with urllib.request.urlopen(PYPI.format(name=name), timeout=TIMEOUT) as response:
                data = json.load(response)
            break
        except (urllib.error.URLError, OSError, ValueError) as exc:
            verdict.error = f"{type(exc).__name__}: {exc}"
            if isinstance(exc, urllib.error.HTTPError) and exc.code == 404:
                return verdict  # no such project: asking again will not help
            time.sleep(2.0 * (attempt + 1))
    else:
        return verdict
    verdict.error = None
    verdict.latest = str(data["info"]["version"])
    for vuln in data.get("vulnerabilities") or []:
        fixed = ", ".join(vuln.get("fixed_in") or []) or "no fix"
        verdict.vulnerabilities.append(f"{vuln.get('id')} (fixed in {fixed})")
    return verdict


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else "constraints.txt")
    pins = read_pins(path)
    with ThreadPoolExecutor(max_workers=16) as pool:
        verdicts = list(pool.map(check, pins))
    by_status: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        by_status.setdefault(verdict.status, []).append(verdict)
    for verdict in by_status.get("vulnerable", []):
        print(f"VULNERABLE {verdict.name}=={verdict.pinned}: {'; '.join(verdict.vulnerabilities)}")
    for verdict in by_status.get("error", []):
        print(f"ERROR {verdict.name}=={verdict.pinned}: {verdict.error}")
    for verdict in by_status.get("unverifiable", []):
        print(
            f"not verifiable here: {verdict.name}=={verdict.pinned} "
            f"(latest {verdict.latest}; run `make audit` on an open network or bump the pin)"
        )
    counts = {
        status: len(by_status.get(status, []))
        for status in ("clean", "vulnerable", "unverifiable", "error")
    }
    print(
        f"audit-pins: {len(verdicts)} pins from {path}: {counts['clean']} latest and without "
        f"known vulnerabilities, {counts['vulnerable']} vulnerable, "
        f"{counts['unverifiable']} older than latest (not verifiable here), "
        f"{counts['error']} not looked up"
    )
    return 1 if counts["vulnerable"] or counts["error"] or not verdicts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
