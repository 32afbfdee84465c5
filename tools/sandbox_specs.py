"""Copy the request side of the specs in ``openapi/`` into the sandbox, as compact JSON.

Usage::

    python tools/sandbox_specs.py           # rewrite src/billing_sdk/sandbox/_specs/*.json
    python tools/sandbox_specs.py --check   # fail if a copy differs from its spec

The sandbox validates every request against its vendor's spec (``sandbox/_spec_validation.py``)
and must find the spec in an installed wheel, where ``openapi/`` is not shipped and PyYAML is
not a dependency. The copy keeps what a request validator reads: the operations (id,
parameters, request body) and the components they refer to; prose (``description``,
``summary``, examples, ``x-evidence``, ``x-assumption``) and the responses are left out.
``make generate`` writes the copies and ``make check-generated`` checks them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

from billing_sdk import _registry as registry

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
OUT_DIR = ROOT / "src" / "billing_sdk" / "sandbox" / "_specs"
#: Every registered vendor's spec.
SPECS = tuple(entry.spec for entry in registry.vendors() if entry.spec is not None)

_PROSE = frozenset(
    {"description", "summary", "example", "examples", "x-evidence", "x-assumption", "title"}
)
_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options"})
_OPERATION_KEYS = ("operationId", "parameters", "requestBody")


def _strip(node: Any, *, names: bool = False) -> Any:
    """``node`` without prose; ``names`` marks a mapping whose keys are property names."""
    if isinstance(node, list):
        return [_strip(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if not names and key in _PROSE:
            continue
        result[key] = _strip(value, names=key in ("properties", "patternProperties") and not names)
    return result


def compact(spec: dict[str, Any]) -> dict[str, Any]:
    """The request side of ``spec``: operations and components, without prose or responses."""
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        kept: dict[str, Any] = {}
        if "parameters" in item:
            kept["parameters"] = _strip(item["parameters"])
        for method, operation in item.items():
            if method in _METHODS:
                kept[method] = {k: _strip(operation[k]) for k in _OPERATION_KEYS if k in operation}
        paths[path] = kept
    components = spec.get("components", {})
    kept_components = {
        name: _strip(components[name], names=True)
        for name in ("schemas", "parameters", "requestBodies")
        if name in components
    }
    return {"openapi": spec["openapi"], "paths": paths, "components": kept_components}


def render(spec_file: str) -> bytes:
    spec = yaml.safe_load((SPEC_DIR / spec_file).read_text(encoding="utf-8"))
    text = json.dumps(compact(spec), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def target(spec_file: str) -> Path:
    return OUT_DIR / (spec_file.removesuffix(".yaml") + ".json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for spec_file in SPECS:
        fresh = render(spec_file)
        out = target(spec_file)
        if args.check:
            if not out.is_file() or out.read_bytes() != fresh:
                stale.append(str(out.relative_to(ROOT)))
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(fresh)
    if stale:
        print("the sandbox's spec copies are out of date with openapi/ (run `make generate`):")
        print("\n".join(f"  {path}" for path in stale))
        return 1
    if args.check:
        print(f"the sandbox's spec copies match openapi/ ({len(SPECS)} specs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
