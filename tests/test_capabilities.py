"""The README's comparison table: every capability billing-sdk claims is backed by tests.

``BACKING`` maps each row whose billing-sdk cell says "yes" to test node ids. The checks: the
table and the map name the same rows, and every node id is collected (the test exists and
is not skipped or xfailed). They pass because they are part of this suite: running them a
second time here cost 80 s of `make test` and proved nothing more.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BACKING: dict[str, list[str]] = {
    "async client, one connection pool per client": [
        "tests/test_testing_plugin.py::test_one_client_per_vendor",
    ],
    "typed errors by status, one root class": [
        "tests/test_public_api.py::test_error_tree_has_one_root",
        "tests/facade/test_engine_errors.py::test_non_iana_statuses_are_typed",
    ],
    "errors say whether a write landed": [
        "tests/facade/test_telemetry.py::test_retries_pauses_and_landed_writes",
        "tests/facade/test_landed_after_resend.py",
    ],
    "automatic retries with backoff, honouring `Retry-After`": [
        "tests/facade/test_retry_policy.py::test_get_is_retried_on_5xx_then_succeeds",
        "tests/facade/test_engine_errors.py::test_rate_limited_carries_retry_after",
    ],
    "a 429 pauses the whole client, not only the request that met it": [
        "tests/facade/test_bulk_pacing.py::test_a_429_storm_pauses_every_worker_and_the_run_completes",
    ],
    "writes never duplicated after a lost answer": [
        "tests/facade/test_safe_creates_faults.py::test_lost_answers_never_duplicate_or_lose_a_payment",
    ],
    "call deadline covering retries and the token request": [
        "tests/facade/test_token_requests.py",
    ],
    "auto-pagination with `async for`": [
        "tests/facade/test_visma_sandbox.py::test_pagination_learns_the_max_page_size",
        "tests/facade/test_pagination_guards.py::test_a_repeated_page_of_the_size_asked_is_an_error_not_a_loop",
    ],
    "exact money (`Decimal`, never a float)": [
        "tests/facade/test_money_decimal.py::test_the_sandbox_answers_reach_the_caller_as_decimals",
        "tests/facade/test_money_decimal.py::test_a_visma_amount_past_the_cent_is_refused_not_rounded",
    ],
    "long-running operations you can `await`": [
        "tests/facade/test_visma_jobs.py::test_wait_all_reports_every_outcome",
        "tests/facade/test_visma_sandbox.py::test_background_calls_return_the_direct_types",
    ],
    "bounded bulk fan-out paced by the server": [
        "tests/facade/test_bulk_pacing.py::test_adaptive_concurrency_backs_off_under_429s_and_finishes",
    ],
    "credentials and base URL from environment variables": [
        "tests/facade/test_environment.py",
    ],
    "secrets never in errors, reprs or logs": [
        "tests/facade/test_engine_errors.py::test_logs_reprs_and_errors_hold_no_secrets",
    ],
    "OpenTelemetry spans and metrics": [
        "tests/facade/test_telemetry.py",
    ],
    "test kit: a stateful sandbox as a pytest plugin": [
        "tests/test_testing_plugin.py",
        "tests/test_wheel.py::test_a_user_suite_runs_with_the_plugin",
    ],
    "per-call options (timeout, retries, headers), `with_options`": [
        "tests/facade/test_call_options.py::test_a_header_reaches_the_server",
        "tests/facade/test_call_options.py::test_a_narrower_retry_policy_and_timeout_per_view",
        "tests/facade/test_call_options.py::test_the_view_timeout_bounds_the_call",
    ],
    "raw response (status, headers) of any call": [
        "tests/facade/test_call_options.py::test_extra_headers_and_the_raw_response",
    ],
    "typed inputs (TypedDicts) for creates, updates and filters": [
        "tests/test_typing.py::test_mypy_catches_a_misspelt_field_filter_and_option",
        "tests/test_typing.py::test_the_typed_inputs_follow_the_generated_code",
        "tests/test_typing.py::test_mypy_catches_a_misspelt_key_in_a_bulk_item",
        "tests/test_typing.py::test_the_bulk_item_types_follow_their_methods",
    ],
    'models without an "unset" marker in their types': [
        "tests/test_typing.py::test_the_docs_day_passes_mypy_strict",
        "tests/test_models_absent.py::test_no_model_attribute_is_typed_unset",
        "tests/test_models_absent.py::test_absent_and_null_read_as_none_and_are_told_apart",
        "tests/test_models_absent.py::test_a_null_the_spec_allows_survives_a_round_trip",
    ],
    "command line": [
        "tests/cli/test_usage.py::test_the_command_tree",
    ],
}


def _claimed_rows() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Compared with openai-python, stripe-python and azure-core", 1)[1]
    rows: dict[str, str] = {}
    for line in section.split("\n## ", 1)[0].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] not in ("capability", "---"):
            rows[cells[0]] = cells[1]
    return rows


def test_the_table_compares_with_the_three_peers() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| capability | billing-sdk | openai-python | stripe-python | azure-core |" in text
    assert len(_claimed_rows()) >= 15


def test_every_claimed_row_is_backed_and_every_backing_is_a_row() -> None:
    rows = _claimed_rows()
    claimed = {name for name, ours in rows.items() if re.match(r"yes\b", ours)}
    assert claimed == set(BACKING), (
        f"claimed but unbacked: {sorted(claimed - set(BACKING))}; "
        f"backed but not claimed: {sorted(set(BACKING) - claimed)}"
    )


def test_the_backing_tests_exist_and_run() -> None:
    node_ids = sorted({node for nodes in BACKING.values() for node in nodes})
    collected = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            *node_ids,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-2000:]
    for node in node_ids:
        assert node in collected.stdout, f"{node} collects no test"
    where = "\n".join(sorted({node.split("::")[0] for node in node_ids}))
    for marker in ("pytest.mark.skip", "pytest.mark.xfail"):
        for path in where.split("\n"):
            text = (ROOT / path).read_text(encoding="utf-8")
            for node in node_ids:
                name = node.split("::")[-1].split("[")[0]
                if not node.startswith(path):
                    continue
                before = text[: text.find(f"def {name}(")]
                tail = before[before.rfind("\n\n\n") :]
                assert marker not in tail, f"{node} backs a claimed row but is marked {marker}"
