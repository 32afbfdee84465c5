"""Response bodies generated from the hand-written specs, to feed through the facade.

For each GET operation the success schema is walked and a JSON body built in one of four
modes:

* ``full``: every property filled (nested objects, one item per array);
* ``nulls``: every optional property ``null`` (where the spec allows it or not);
* ``absent``: every optional property left out (an object keeps one key: `{}` reads as an
  unrelated body);
* ``unknown``: every property filled and every enum value replaced by one the spec does not
  list.

Every decimal (``format: decimal``) gets its own value with more significant digits than a
float holds, recorded in :attr:`Body.money` with the property name it sits under, so a test
can prove each one arrived as that exact ``Decimal``. ``choose`` (a ``random.Random``-like
``choice``) lets a property-based test mix the modes per property.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from tests._specs import load, operations

Mode = Literal["full", "nulls", "absent", "unknown"]
MODES: tuple[Mode, ...] = ("full", "nulls", "absent", "unknown")
#: What an enum holds in ``unknown`` mode (one value for every enum: warned once per field).
UNKNOWN_ENUM = "NotInTheSpec"
_STRING_CANDIDATES = ("1", "ABC", "2026-01-05T00:00:00", "2026-01-05", "OK")
_UUID = "6f1a3c1e-2b4d-4e8f-9a0b-1c2d3e4f5a6b"


@dataclass
class Body:
    """A generated body and the decimals placed in it: (property name, exact value)."""

    value: Any
    money: list[tuple[str, Decimal]] = field(default_factory=list)


@dataclass
class _Gen:
    spec: str
    mode: Mode
    choose: Callable[[list[Mode]], Mode] | None
    money: list[tuple[str, Decimal]] = field(default_factory=list)

    def next_decimal(self, name: str) -> Decimal:
        # 24 significant digits: no float holds it, so only an exact read keeps it.
        value = Decimal(f"{900000000000000 + len(self.money)}.123456789")
        self.money.append((name, value))
        return value

    def mode_for(self) -> Mode:
        if self.choose is None:
            return self.mode
        return self.choose(list(MODES))

    def resolve(self, schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        ref = schema.get("$ref")
        if not ref:
            return schema, None
        target: Any = load(self.spec)
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        resolved, _ = self.resolve(target)
        return resolved, ref

    def merged(self, schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """A schema with its ``$ref``/``allOf`` folded in (siblings win)."""
        schema, ref = self.resolve(schema)
        if "allOf" not in schema:
            return schema, ref
        result: dict[str, Any] = {}
        for part in schema["allOf"]:
            inner, inner_ref = self.merged(part)
            ref = ref or inner_ref
            result = {**result, **inner}
            if "properties" in inner:
                result["properties"] = {**result.get("properties", {}), **inner["properties"]}
        siblings = {k: v for k, v in schema.items() if k != "allOf"}
        return {**result, **siblings}, ref

    def value(self, schema: dict[str, Any], name: str, stack: tuple[str, ...]) -> Any:
        schema, ref = self.merged(schema)
        if ref is not None:
            stack = (*stack, ref)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            concrete = [o for o in options if self.merged(o)[0].get("type") != "null"]
            return self.value(concrete[0], name, stack)
        if "const" in schema:
            return schema["const"]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if "enum" in schema:
            mode = self.mode_for()
            if mode == "unknown":
                return UNKNOWN_ENUM
            return schema["enum"][0]
        fmt = schema.get("format")
        if fmt == "decimal":
            number = self.next_decimal(name)
            return format(number, "f") if kind == "string" else number
        if kind == "string":
            return self.string(schema)
        if kind == "number":
            return 1.5
        if kind == "integer":
            return max(1, int(schema.get("minimum", 1)))
        if kind == "boolean":
            return True
        if kind == "array":
            return [self.value(schema.get("items", {}), name, stack)]
        if kind == "object" or "properties" in schema:
            return self.object(schema, stack)
        return "1"  # a schema without a type: any JSON value

    def string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        if fmt == "date":
            return "2026-01-05"
        if fmt == "date-time":
            return "2026-01-05T00:00:00"
        if fmt == "uuid":
            return _UUID
        pattern = schema.get("pattern")
        if pattern:
            for candidate in _STRING_CANDIDATES:
                if re.search(pattern, candidate):
                    return candidate
        return "1"

    def object(self, schema: dict[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for prop, sub in schema.get("properties", {}).items():
            recursive = sub.get("$ref") in stack or any(
                part.get("$ref") in stack for part in sub.get("allOf", [])
            )
            if prop not in required:
                if recursive:
                    continue  # a model that contains itself (Visma's creditNoteDto)
                mode = self.mode_for()
                if mode == "nulls":
                    result[prop] = None
                    continue
                if mode == "absent":
                    continue
            result[prop] = self.value(sub, prop, stack)
        if not result and mode_all_absent(schema):
            # `{}` is the shape of an unrelated body (the facade refuses an object with none
            # of the model's keys), so even "every optional field absent" keeps one key.
            prop, sub = next(iter(schema["properties"].items()))
            result[prop] = self.value(sub, prop, stack)
        return result


def mode_all_absent(schema: dict[str, Any]) -> bool:
    """Does ``schema`` describe an object with properties (of which none was written)?"""
    return bool(schema.get("properties"))


def success_schema(spec: str, operation: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of an operation's 200 answer (None when it has no JSON body)."""
    gen = _Gen(spec, "full", None)
    response, _ = gen.resolve(operation["responses"].get("200", {}))
    content = response.get("content", {})
    media = content.get("application/json")
    return None if media is None else media.get("schema")


def generate(
    spec: str,
    schema: dict[str, Any],
    mode: Mode,
    choose: Callable[[list[Mode]], Mode] | None = None,
) -> Body:
    """A body for ``schema`` in ``mode`` (or one mode per property when ``choose`` is given)."""
    gen = _Gen(spec, mode, choose)
    return Body(gen.value(schema, "", ()), gen.money)


@dataclass(frozen=True)
class Read:
    """A GET operation with a JSON answer: its spec, path, id and success schema."""

    spec: str
    path: str
    operation_id: str
    schema: dict[str, Any]

    def pattern(self) -> re.Pattern[str]:
        return re.compile(re.sub(r"\{[^}]+\}", "[^/]+", self.path))


def reads(spec: str) -> Iterator[Read]:
    """Every GET operation of ``spec`` whose 200 answer is JSON."""
    for op in operations(spec):
        if op.method != "get":
            continue
        schema = success_schema(spec, op.body)
        if schema is not None:
            yield Read(spec, op.path, op.operation_id, schema)
