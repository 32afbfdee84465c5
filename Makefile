# Two commands: `make test` (everything a reviewer runs) and, once it lands, `make demo`.
# Every target sets itself up from python3 alone: the venv is built on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv generate check-generated lint typecheck test clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[sandbox,dev]"
	touch $(STAMP)

venv: $(STAMP)

## Regenerate generated/ from openapi/ (openapi-python-client 0.29.1, openapi/codegen.yaml).
generate: $(STAMP)
	$(BIN)/python tools/codegen.py

## Regenerate into a temporary folder and fail on any difference from generated/.
check-generated: $(STAMP)
	$(BIN)/python tools/codegen.py --check

lint: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck check-generated
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis dist build
