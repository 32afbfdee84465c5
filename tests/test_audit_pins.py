"""tools/audit_pins.py decides from PyPI's project JSON; no network here (urlopen is faked)."""

from __future__ import annotations

import io
import json
import urllib.error
from pathlib import Path
from typing import Any

import pytest

from tools import audit_pins

PROJECTS: dict[str, dict[str, Any]] = {
    "clean": {"info": {"version": "2.0"}, "vulnerabilities": []},
    "bad": {
        "info": {"version": "1.0"},
        "vulnerabilities": [{"id": "GHSA-xxxx", "fixed_in": ["1.0.1"]}],
    },
    "moved-on": {"info": {"version": "3.0"}, "vulnerabilities": []},
}


def fake_urlopen(url: str, timeout: float) -> io.BytesIO:
    name = url.rstrip("/").split("/")[-2]
    if name not in PROJECTS:
        raise urllib.error.HTTPError(url, 404, "Not Found", None, None)  # type: ignore[arg-type]
    return io.BytesIO(json.dumps(PROJECTS[name]).encode())


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_pins.urllib.request, "urlopen", fake_urlopen)


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], pins: str) -> tuple[int, str]:
    path = tmp_path / "constraints.txt"
    path.write_text(pins)
    code = audit_pins.main(["audit_pins.py", str(path)])
    return code, capsys.readouterr().out


def test_latest_pins_without_advisories_pass_and_older_pins_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(tmp_path, capsys, "# comment\nclean==2.0\nmoved-on==2.9\n")
    assert code == 0
    assert "not verifiable here: moved-on==2.9 (latest 3.0" in out
    assert "1 latest and without known vulnerabilities" in out


def test_a_known_vulnerability_fails_with_its_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(tmp_path, capsys, "clean==2.0\nbad==1.0\n")
    assert code == 1
    assert "VULNERABLE bad==1.0: GHSA-xxxx (fixed in 1.0.1)" in out


def test_a_package_that_cannot_be_looked_up_fails_the_audit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(tmp_path, capsys, "clean==2.0\nghost==0.1\n")
    assert code == 1
    assert "ERROR ghost==0.1" in out


def test_an_empty_pin_list_is_not_a_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(tmp_path, capsys, "# nothing pinned\n")
    assert code == 1
