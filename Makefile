# Every target works from a fresh clone: it creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test test-fast lint format forms bench package clean

$(STAMP): pyproject.toml
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

install: $(STAMP)

## Start the application (creates the database and offers the demo clinic on first run).
run: install
	$(BIN)/aml-desktop

## Run the whole test suite (Qt offscreen; slow crash tests included).
test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy aml_desktop/engine aml_desktop/present aml_desktop/store aml_desktop/reports aml_desktop/exchange aml_desktop/services aml_desktop/files.py
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Recompile Qt Designer forms (ui/*.ui -> aml_desktop/gui/forms/*.py); commit the result.
forms: install
	$(BIN)/python scripts/compile_forms.py

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: install
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python packaging/build.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
