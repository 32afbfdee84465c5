# Two commands: `make demo` (one accounts-receivable day on the sandbox) and `make test`
# (everything a reviewer runs); `make soak` is the long fault-injection soak.
# Every target sets itself up from python3 alone: the venv is built on first use (`make demo`
# uses a venv of its own, .venv-demo, holding only the demo's packages: 28, 62 MB vs 101, 210 MB
# for .venv; 15 MB of it is jsonschema_rs, the sandbox's spec validator).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: venv generate check-generated lint typecheck test audit audit-pins demo bench clean redis-server c-compiler

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-compile --disable-pip-version-check -c constraints.txt -e ".[sandbox,dev,cli]"
	touch $(STAMP)

venv: $(STAMP)

## Regenerate src/billing_sdk/_generated/ from openapi/ (openapi-python-client 0.29.1, openapi/codegen.yaml),
## and the sandbox's compact copies of the specs (src/billing_sdk/sandbox/_specs/).
generate: $(STAMP)
	$(BIN)/python tools/codegen.py
	$(BIN)/python tools/sandbox_specs.py

## Regenerate into a temporary folder and fail on any difference from src/billing_sdk/_generated/.
check-generated: $(STAMP)
	$(BIN)/python tools/codegen.py --check
	$(BIN)/python tools/sandbox_specs.py --check

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck check-generated audit-pins redis-server c-compiler
	$(BIN)/pytest

## tests/coordination run a real redis-server (Debian's package): installed here when it is
## missing and we are root; otherwise those tests skip locally and fail under CI.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		  (apt-get install -y redis-server >/dev/null 2>&1 || \
		   (apt-get update >/dev/null && apt-get install -y redis-server >/dev/null)); } || \
		echo "make: redis-server not installed (apt-get install redis-server); tests/coordination will skip (fail under CI)"

## The benchmarks' replay server is C (bench/_replay_server.c, built by bench/_replay.py on first
## use): a compiler is installed here when there is none and we are root (Debian's gcc);
## otherwise the benchmark tests skip locally and fail under CI.
c-compiler:
	@command -v $${CC:-cc} >/dev/null 2>&1 || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		  (apt-get install -y gcc libc6-dev >/dev/null 2>&1 || \
		   (apt-get update >/dev/null && apt-get install -y gcc libc6-dev >/dev/null)); } || \
		echo "make: no C compiler (apt-get install gcc); the benchmark tests will skip (fail under CI)"

## Known vulnerabilities of the pins, from PyPI's project JSON (what this network serves):
## every pin that is the latest release is checked exactly; older pins are listed as not
## verifiable here. See tools/audit_pins.py; `make audit` is the full pip-audit.
audit-pins: $(STAMP)
	$(BIN)/python tools/audit_pins.py constraints.txt

## The fault-injection soak (docs/reliability.md, "Soak"): 10,000 mixed operations over all three
## vendors against the sandbox on 127.0.0.1 with 10% 5xx, 5% 429, 2% drops, 1% stalls and 2% lost
## answers on every operation, then the reconciliation; fails on anything lost, duplicated or
## untyped (one to two minutes; SOAK_FLAGS="--seed 7 --ops 20000" to vary it). `make test` runs a
## short form (tests/soak).
SOAK_FLAGS ?= --ops 10000 --seed 1
soak: $(STAMP)
	$(BIN)/python -m tests.soak $(SOAK_FLAGS)

## Known vulnerabilities of every pinned dependency (constraints.txt), from PyPI's advisory data.
## --strict: a package that could not be looked up fails the audit (without it pip-audit says
## "No known vulnerabilities found" and exits 0 even when it audited nothing). Needs the
## per-version PyPI JSON API (https://pypi.org/pypi/<name>/<version>/json); not part of `test`
## because some build networks (a PyPI mirror/proxy) only serve the package index.
audit: $(STAMP)
	$(BIN)/pip-audit --requirement constraints.txt --no-deps --disable-pip --strict \
		--vulnerability-service pypi --progress-spinner off

## One accounts-receivable day against the embedded sandbox (DEMO_FLAGS=--faults for faults).
## A venv of its own with only what the demo runs (the `sandbox` and `cli` extras, no dev tools).
DEMO_VENV  := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed
$(DEMO_STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet --no-compile --disable-pip-version-check -c constraints.txt -e ".[sandbox,cli]"
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/billing-sdk demo $(DEMO_FLAGS)

## Benchmarks (under 15 minutes): installs the `bench` extra, generates and installs the
## openapi-generator peers into bench/peers/ (skipped with a message without java), shows that
## openapi-generator makes a working client from each of the three specs (bench.spec_clients:
## real calls against the sandbox; fails on a spec other tools cannot use), then records the
## sandbox's answers and runs every section against the replay server or the sandbox, each in
## its own process on 127.0.0.1; writes bench/results/latest.json and docs/benchmarks.md.
## The replay server is C, compiled with cc on first use (see c-compiler).
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[bench]"
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) c-compiler
	$(BIN)/python -m bench.peers
	$(BIN)/python -m bench.spec_clients
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DEMO_VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis dist build
