# Every target works from a fresh clone: it creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test test-fast lint format forms translations fonts bench package clean

$(STAMP): pyproject.toml
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev,encryption,server]'
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
	$(BIN)/mypy aml_desktop
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Recompile Qt Designer forms (ui/*.ui -> aml_desktop/gui/forms/*.py); commit the result.
forms: install
	$(BIN)/python scripts/compile_forms.py

## Extract, merge and compile the translation catalogues (gettext and Qt); commit the result.
translations: install
	$(BIN)/python scripts/translations.py all

## Rebuild the fallback fonts for other scripts (needs: apt-get install fonts-noto-core fonts-droid-fallback
## fonts-nanum); commit the result.
fonts: install
	$(BIN)/python scripts/build_fonts.py

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: install
	$(BIN)/python -m pip install --quiet -e '.[package,server]'  # the bundle is also a hospital server's workstation
	$(BIN)/python packaging/build.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
