"""The soak in short (``make soak`` runs the long form), and proof that its checks can fail.

The short runs are the real thing at a smaller count: the sandbox on 127.0.0.1 with the
soak's faults on every operation, all three vendors through the facade, reconciled against
the sandbox. No wall-clock assertion: a slow machine makes them slower, not red.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter
from decimal import Decimal

import pytest

from billing_sdk import NotFound, OutcomeUnknown, ServerError, ValidationError
from billing_sdk import _registry as registry
from tests.soak._reconcile import Reconciliation, reconcile
from tests.soak._record import Effect, OpRecord
from tests.soak._report import format_report
from tests.soak._runner import SoakConfig, SoakResult, run_soak
from tests.soak._state import SandboxState

SHORT_OPS = 600


async def _short_run(seed: int, ops: int = SHORT_OPS) -> SoakResult:
    return await run_soak(SoakConfig(ops=ops, seed=seed, concurrency=16))


@pytest.mark.parametrize("seed", [101, 202])
async def test_a_short_soak_loses_nothing_duplicates_nothing_and_types_every_failure(
    seed: int,
) -> None:
    result = await _short_run(seed)
    print(format_report(result))
    recon = result.reconciliation
    assert result.finished and len(result.records) == SHORT_OPS
    assert recon.problems == []  # nothing lost, duplicated, untyped, misreported or failed
    assert recon.ok and result.ok
    # The run did what it claims: faults of every kind, every vendor written to.
    assert set(result.state.faults) == {"error", "drop", "stall", "commit_then_fail"}
    written = {r.vendor for r in result.records if r.write and r.ok}
    assert written == {entry.name for entry in registry.vendors() if entry.sandbox is not None}
    assert any(r.kind == "invoice.modify" and r.ok for r in result.records)
    assert any(r.kind == "invoice.release.bg" and r.ok for r in result.records)


async def test_the_reconciler_catches_a_doctored_real_run() -> None:
    result = await _short_run(303, ops=250)
    assert result.reconciliation.ok, format_report(result)
    records, state = result.records, result.state
    create = next(r for r in records if r.ok and r.effect and r.effect.kind == "create")
    assert create.effect is not None
    domain, key = create.effect.domain, create.effect.key

    missing = copy.deepcopy(state)
    missing.created[domain][key] = 0  # the write the SDK confirmed is not in the sandbox
    assert _verdicts(reconcile(records, missing)) == {"lost": 1}

    doubled = copy.deepcopy(state)
    doubled.created[domain][key] = 2  # the create is there twice
    assert _verdicts(reconcile(records, doubled)) == {"duplicated": 1}

    read = next(r for r in records if r.idempotent and r.ok)
    broken = dataclasses.replace(read, ok=False, error=KeyError("data"))
    untyped = [broken if r is read else r for r in records]
    assert _verdicts(reconcile(untyped, state)) == {"untyped": 1, "idempotent_failed": 1}


# -- the reconciler's rules, one doctored record or state at a time ------------------------


def _op(
    effect: Effect | None = None,
    *,
    ok: bool = True,
    error: BaseException | None = None,
    idempotent: bool = False,
    index: int = 0,
) -> OpRecord:
    return OpRecord(index, "visma", "kind", idempotent, effect, ok=ok, error=error)


def _state(**created: int) -> SandboxState:
    return SandboxState(created={"d": Counter(created)}, prefix="SK-")


def _verdicts(recon: Reconciliation) -> dict[str, int]:
    return dict(Counter(p.verdict for p in recon.problems))


CREATE = Effect("create", "d", "SK-1")


def test_a_confirmed_write_that_is_there_once_is_confirmed() -> None:
    recon = reconcile([_op(CREATE)], _state(**{"SK-1": 1}))
    assert recon.ok and recon.rows[0].confirmed == 1


def test_a_confirmed_write_missing_from_the_sandbox_is_lost() -> None:
    assert _verdicts(reconcile([_op(CREATE)], _state())) == {"lost": 1}


def test_a_write_that_said_it_landed_but_is_missing_is_lost() -> None:
    said = ServerError("x", status=500, landed=True)
    assert _verdicts(reconcile([_op(CREATE, ok=False, error=said)], _state())) == {"lost": 1}


def test_a_create_stored_twice_is_duplicated() -> None:
    recon = reconcile([_op(CREATE)], _state(**{"SK-1": 2}))
    assert _verdicts(recon) == {"duplicated": 1}


def test_a_record_no_operation_created_is_duplicated() -> None:
    recon = reconcile([_op(CREATE)], _state(**{"SK-1": 1, "SK-2": 1}))
    assert _verdicts(recon) == {"duplicated": 1}
    assert "SK-2" in recon.problems[0].detail


def test_an_exception_outside_the_error_tree_is_untyped() -> None:
    recon = reconcile([_op(CREATE, ok=False, error=KeyError("id"))], _state())
    assert _verdicts(recon) == {"untyped": 1}


def test_a_hang_is_untyped() -> None:
    hung = _op(ok=False, error=TimeoutError("no answer"), idempotent=True)
    hung.hung = True
    recon = reconcile([hung], _state())
    assert _verdicts(recon) == {"untyped": 1, "idempotent_failed": 1}
    assert "hung" in recon.problems[0].detail


def test_a_failure_that_said_not_landed_but_landed_is_misreported() -> None:
    refused = ValidationError("no")  # landed=False
    recon = reconcile([_op(CREATE, ok=False, error=refused)], _state(**{"SK-1": 1}))
    assert _verdicts(recon) == {"misreported": 1}


def test_unknown_outcomes_are_resolved_not_lost() -> None:
    unknown = OutcomeUnknown("?", reference="SK-1", attempts=1)
    second = Effect("create", "d", "SK-2")
    records = [_op(CREATE, ok=False, error=unknown), _op(second, ok=False, error=unknown)]
    recon = reconcile(records, _state(**{"SK-1": 1}))
    assert recon.ok
    assert (recon.unknown_landed, recon.unknown_not_landed) == (1, 1)


def test_a_failed_read_is_an_idempotent_failure() -> None:
    failed = _op(ok=False, error=NotFound("gone", status=404), idempotent=True)
    assert _verdicts(reconcile([failed], _state())) == {"idempotent_failed": 1}


def test_a_landed_delete_accounts_for_its_create() -> None:
    delete = Effect("absent", "d", "17", value="SK-1")
    records = [_op(CREATE), _op(delete, index=1)]
    state = _state()  # the create's record is gone: the delete removed it
    assert reconcile(records, state).ok
    state.status["d"] = {"17": "present"}
    state.created["d"]["SK-1"] = 1  # the delete said done but the record is still there
    assert _verdicts(reconcile(records, state)) == {"lost": 1}


def _modify_state(log: str, total: str) -> SandboxState:
    return SandboxState(
        logs={"000101": log},
        totals={"000101": Decimal(total)},
        initial_totals={"000101": Decimal(10)},
        prefix="SK-",
    )


def test_a_modify_applied_twice_is_duplicated() -> None:
    bump = Effect("append", "c", "000101", "SK-m1", Decimal(2))
    assert reconcile([_op(bump)], _modify_state("SK-m1", "12")).ok
    recon = reconcile([_op(bump)], _modify_state("SK-m1 SK-m1", "14"))
    assert _verdicts(recon) == {"duplicated": 1}


def test_a_modify_increment_missing_from_the_total_is_lost() -> None:
    bump = Effect("append", "c", "000101", "SK-m1", Decimal(2))
    recon = reconcile([_op(bump)], _modify_state("SK-m1", "10"))
    assert _verdicts(recon) == {"lost": 1}
    assert "total 10, expected 12" in recon.problems[0].detail
