"""Fault injection for the sandbox: errors, latency, dropped connections, stalls, lost responses.

Faults are described by :class:`FaultRule` (what can go wrong and how often) and combined in a
:class:`FaultPlan` (a default rule, overridden per vendor and per operation). Every decision is
drawn from a random generator seeded with ``(seed, operation, n)`` where ``n`` counts the calls of
that operation, so a run is reproducible whatever the interleaving of different operations.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import httpx

FaultKind = Literal["error", "drop", "stall", "commit_then_fail"]


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised inside the sandbox after the response has started, to cut the connection.

    Over a real socket uvicorn then closes the connection mid-response; in-process,
    ``httpx.ASGITransport`` re-raises it, so the client sees the same ``httpx.TransportError``.
    """

    def __init__(self, message: str = "sandbox dropped the connection") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class FaultRule:
    """How often each fault happens for one scope (all vendors, a vendor, or one operation).

    Rates are probabilities in ``[0, 1]`` per request; they are checked in the order
    stall, drop, status errors, commit-then-fail, so their sum should stay at or below 1.
    """

    #: HTTP status -> probability, e.g. ``{500: 0.03, 502: 0.03, 503: 0.04, 429: 0.05}``.
    status_rates: Mapping[int, float] = field(default_factory=dict)
    #: ``Retry-After`` seconds sent with an injected 429 or 503.
    retry_after: float = 1.0
    #: Added latency in seconds, and the +/- jitter around it.
    latency: float = 0.0
    jitter: float = 0.0
    #: Probability of closing the connection before any response (request not processed).
    drop_rate: float = 0.0
    #: Probability of stalling ``stall_seconds`` before handling the request. The request is
    #: handled when the stall ends even if the client has stopped waiting (a slow server):
    #: a write the client timed out on lands after its timeout.
    stall_rate: float = 0.0
    stall_seconds: float = 30.0
    #: Probability of processing the request and then losing the response.
    commit_then_fail_rate: float = 0.0

    def __post_init__(self) -> None:
        rates = [self.drop_rate, self.stall_rate, self.commit_then_fail_rate]
        rates += list(self.status_rates.values())
        if any(not 0.0 <= r <= 1.0 for r in rates) or sum(rates) > 1.0 + 1e-9:
            raise ValueError("fault rates must each be in [0, 1] and sum to at most 1")
        if min(self.latency, self.jitter, self.stall_seconds, self.retry_after) < 0:
            raise ValueError("fault durations must not be negative")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["status_rates"] = {str(k): v for k, v in self.status_rates.items()}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FaultRule:
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        kwargs = dict(data)
        if "status_rates" in kwargs:
            kwargs["status_rates"] = {int(k): float(v) for k, v in kwargs["status_rates"].items()}
        for name in known - {"status_rates"}:
            if name in kwargs:
                kwargs[name] = float(kwargs[name])
        return cls(**kwargs)


NO_FAULTS = FaultRule()

#: The mix the reliability soak uses: 10% 5xx, 5% 429, 2% drops, 1% stalls, 2% lost responses.
SOAK_FAULTS = FaultRule(
    status_rates={500: 0.04, 502: 0.03, 503: 0.03, 429: 0.05},
    retry_after=0.05,
    drop_rate=0.02,
    stall_rate=0.01,
    stall_seconds=3.0,
    commit_then_fail_rate=0.02,
)


@dataclass(frozen=True)
class FaultPlan:
    """A default :class:`FaultRule`, overridden per vendor and per operation id."""

    seed: int = 0
    default: FaultRule = NO_FAULTS
    vendors: Mapping[str, FaultRule] = field(default_factory=dict)
    operations: Mapping[str, FaultRule] = field(default_factory=dict)

    def rule_for(self, vendor: str, operation_id: str) -> FaultRule:
        return self.operations.get(operation_id) or self.vendors.get(vendor) or self.default

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "default": self.default.to_json(),
            "vendors": {k: v.to_json() for k, v in self.vendors.items()},
            "operations": {k: v.to_json() for k, v in self.operations.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FaultPlan:
        unknown = set(data) - {"seed", "default", "vendors", "operations"}
        if unknown:
            raise ValueError(f"unknown fault plan keys: {sorted(unknown)}")
        return cls(
            seed=int(data.get("seed", 0)),
            default=FaultRule.from_json(data.get("default", {})),
            vendors={k: FaultRule.from_json(v) for k, v in data.get("vendors", {}).items()},
            operations={k: FaultRule.from_json(v) for k, v in data.get("operations", {}).items()},
        )

    def with_seed(self, seed: int) -> FaultPlan:
        return replace(self, seed=seed)


@dataclass(frozen=True)
class FaultDecision:
    """What happens to one request."""

    delay: float = 0.0
    kind: FaultKind | None = None
    status: int | None = None
    retry_after: float = 0.0


class FaultInjector:
    """Draws a :class:`FaultDecision` per request from the current :class:`FaultPlan`."""

    def __init__(self, plan: FaultPlan | None = None) -> None:
        self.plan = plan or FaultPlan()
        self._counters: defaultdict[str, itertools.count[int]] = defaultdict(itertools.count)
        self.injected: defaultdict[str, int] = defaultdict(int)

    def set_plan(self, plan: FaultPlan) -> None:
        self.plan = plan
        self._counters.clear()

    def decide(self, vendor: str, operation_id: str) -> FaultDecision:
        rule = self.plan.rule_for(vendor, operation_id)
        if rule == NO_FAULTS:
            return FaultDecision()
        n = next(self._counters[operation_id])
        rng = random.Random(f"{self.plan.seed}:{operation_id}:{n}")
        delay = max(0.0, rule.latency + rng.uniform(-rule.jitter, rule.jitter))
        roll = rng.random()
        decision = FaultDecision(delay=delay)
        threshold = rule.stall_rate
        if roll < threshold:
            decision = FaultDecision(delay=delay + rule.stall_seconds, kind="stall")
        elif roll < (threshold := threshold + rule.drop_rate):
            decision = FaultDecision(delay=delay, kind="drop")
        else:
            for status, rate in sorted(rule.status_rates.items()):
                threshold += rate
                if roll < threshold:
                    decision = FaultDecision(
                        delay=delay, kind="error", status=status, retry_after=rule.retry_after
                    )
                    break
            else:
                if roll < threshold + rule.commit_then_fail_rate:
                    # Half the lost responses are a cut connection, half a gateway error.
                    lost_as = 502 if rng.random() < 0.5 else None
                    decision = FaultDecision(delay=delay, kind="commit_then_fail", status=lost_as)
        if decision.kind is not None:
            self.injected[decision.kind] += 1
        return decision
