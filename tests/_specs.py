"""Shared helpers for tests that read the hand-written specs in ``openapi/``."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tools.codegen import PACKAGES

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
GENERATED = ROOT / "src" / "billing_sdk" / "_generated"

#: spec file -> generated package (its module path), as the code generator defines it
SPECS: dict[str, str] = {spec: f"billing_sdk._generated.{name}" for spec, name in PACKAGES.items()}

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Operation:
    spec: str
    method: str
    path: str
    operation_id: str
    tag: str
    body: dict[str, Any]


@functools.cache
def load(spec: str) -> dict[str, Any]:
    with (SPEC_DIR / spec).open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def operations(spec: str) -> Iterator[Operation]:
    for path, item in load(spec)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                yield Operation(spec, method, path, op["operationId"], op["tags"][0], op)


def all_operations() -> list[Operation]:
    return [op for spec in SPECS for op in operations(spec)]


def resolve(spec: str, node: dict[str, Any]) -> dict[str, Any]:
    """Follow one local ``$ref`` (``#/components/...``) if ``node`` is a reference."""
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = load(spec)
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return resolve(spec, target)
