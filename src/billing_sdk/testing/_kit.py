"""The helpers behind the ``billing_faults`` and ``billing_state`` fixtures."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from billing_sdk.sandbox import FaultPlan, FaultRule, Sandbox


class SandboxFaults:
    """Fault plans for one sandbox: set, narrow to a vendor or operation, clear, count.

    ``billing_faults.everywhere(FaultRule(status_rates={503: 0.5}))`` makes half of every
    request fail; ``for_operation("CustomerPayment_Create", rule)`` only that operation's;
    ``clear()`` switches them off; ``injected`` counts what was injected by kind.
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def set(self, plan: FaultPlan) -> None:
        """Replace the plan (the sandbox's seed is kept unless the plan sets one)."""
        self.sandbox.set_faults(plan)

    def everywhere(self, rule: FaultRule) -> None:
        """``rule`` for every operation of every vendor."""
        from billing_sdk.sandbox import FaultPlan

        self.set(FaultPlan(seed=self.sandbox.seed, default=rule))

    def for_vendor(self, vendor: str, rule: FaultRule) -> None:
        """``rule`` for one vendor (``"visma"``, ``"crmcom"``, ``"billomat"``) only."""
        from billing_sdk.sandbox import FaultPlan

        self.set(FaultPlan(seed=self.sandbox.seed, vendors={vendor: rule}))

    def for_operation(self, operation_id: str, rule: FaultRule) -> None:
        """``rule`` for one operation id of the spec only."""
        from billing_sdk.sandbox import FaultPlan

        self.set(FaultPlan(seed=self.sandbox.seed, operations={operation_id: rule}))

    def clear(self) -> None:
        """No faults from now on."""
        from billing_sdk.sandbox import FaultPlan

        self.set(FaultPlan(seed=self.sandbox.seed))

    @property
    def injected(self) -> dict[str, int]:
        """Faults injected so far, by kind (``error``, ``drop``, ``stall``, ...)."""
        return dict(self.sandbox.faults.injected)


class SandboxState:
    """Snapshots of a sandbox's state and what changed between two of them.

    ``before = billing_state.snapshot()`` ... ``billing_state.changed_since(before)`` lists
    the dotted paths whose value differs (``"billomat.credit_note_payments.3"``), so a test
    can assert that a call wrote exactly what it should and nothing else.
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of every vendor's state (JSON-ready data)."""
        data = self.sandbox.snapshot()
        data.pop("faults_injected", None)
        return copy.deepcopy(data)

    def changed_since(self, before: Mapping[str, Any], *, depth: int = 3) -> list[str]:
        """Dotted paths (at most ``depth`` levels deep) whose value differs from ``before``."""
        return sorted(_differences(before, self.snapshot(), (), depth))


def _differences(old: Any, new: Any, path: tuple[str, ...], depth: int) -> set[str]:
    if old == new:
        return set()
    if len(path) >= depth or not (isinstance(old, Mapping) and isinstance(new, Mapping)):
        if isinstance(old, list) and isinstance(new, list) and len(path) < depth:
            return _differences(_indexed(old), _indexed(new), path, depth)
        return {".".join(path)}
    found: set[str] = set()
    for key in {*old, *new}:
        found |= _differences(old.get(key), new.get(key), (*path, str(key)), depth)
    return found


def _indexed(items: list[Any]) -> dict[str, Any]:
    """A list as a mapping: by each item's ``id`` when every item has one, else by position."""
    if all(isinstance(item, Mapping) and "id" in item for item in items):
        return {str(item["id"]): item for item in items}
    return {str(index): item for index, item in enumerate(items)}
