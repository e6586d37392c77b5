# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench translations constraints clean bundle installer

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

# Reinstall when the project's dependencies or pins change. The dev extra pulls both programs
# (desk, hq) and the test tools.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/desk-app $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench.run_all $(BENCH_ARGS)

# Refresh the Urdu catalogue's sources from every self.tr in the window (new words come in
# unfinished, words gone from the code are dropped), then build the .qm the window loads.
# Translations already in the .ts are kept. docs/translating.md says how to finish new words;
# tests/ui/test_translation_catalogue.py names every message still unfinished.
TS := resources/translations/gender_desk_ur.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(shell find desk_app/ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/python -m desk_app.ui.translations $(TS)
	$(BIN)/pyside6-lrelease -removeidentical $(TS) -qm $(TS:.ts=.qm)

# Refresh the pins after changing dependencies in pyproject.toml (needs the network). The
# Windows-only pins (marked sys_platform == "win32") cannot be frozen here and are kept.
constraints: $(BIN)/python
	grep -h 'sys_platform == "win32"' constraints.txt > $(VENV)/windows-pins.txt || true
	$(BIN)/python -m pip install --quiet --upgrade -e ".[dev,installer]"
	$(BIN)/python -m pip freeze --exclude-editable | grep -v -i '^gender-desk' > constraints.txt
	cat $(VENV)/windows-pins.txt >> constraints.txt

# The desk's one-folder bundle (build/dist/gender-desk) and its Debian package
# (build/gender-desk_VERSION_amd64.deb, what a station installs; see installers/).
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' desk_app/__init__.py)
INSTALLER_STAMP := $(VENV)/.installer
$(INSTALLER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,installer]"
	touch $(INSTALLER_STAMP)

bundle: $(INSTALLER_STAMP)
	rm -rf build/dist/gender-desk
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist \
		--workpath build/pyinstaller installers/gender-desk.spec

installer: bundle
	installers/linux/build-deb.sh build/dist/gender-desk $(VERSION) build

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build
