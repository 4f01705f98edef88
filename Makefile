# juryapp: every target sets up .venv itself, so a fresh machine needs only Python >= 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint layers demo screenshots forms clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/juryapp

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	# As installed (pip compiles the bytecode; the packaged application carries it): no start pays for compiling.
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m compileall -q juryapp
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

LINTED := juryapp tests benchmarks scripts packaging

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy

# The house's layer checker lives beside the checkout (../shared), not in it: a lone clone (CI)
# skips it; tests/test_layering.py checks the same rules there.
LAYERS := ../shared/tools/layers.py

layers:
	@if [ -f $(LAYERS) ]; then $(PYTHON) $(LAYERS) .; else echo "layers: $(LAYERS) absent, skipped (tests/test_layering.py checks the same rules)"; fi

forms: $(STAMP)
	$(BIN)/python scripts/build_forms.py

# The interface's catalogues: translations/*.ts (strings re-extracted, English kept, pseudo refilled)
# and their compiled juryapp/resources/i18n/*.qm.
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

.PHONY: guide
guide: $(STAMP)
	$(BIN)/python scripts/build_guide.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

demo: $(STAMP)
	$(BIN)/juryapp demo demo.jury --replace

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info

# The packaged application (packaging/README.md): dist/juryapp/ (PyInstaller, onedir) with its
# install kit, its archive dist/juryapp-<version>-linux-<machine>.tar.gz, and the empty window
# frozen the same way (dist/juryapp-empty-window/, the start-up baseline of make bench).
PACKAGE_STAMP := $(VENV)/.installed-package
PYINSTALLER := $(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,package]"
	touch $(PACKAGE_STAMP)

.PHONY: package test-package
package: $(PACKAGE_STAMP)
	$(PYINSTALLER) packaging/juryapp-linux.spec
	$(PYINSTALLER) packaging/empty-window.spec
	tar -C dist -czf dist/juryapp-$$($(BIN)/python -c 'import juryapp; print(juryapp.__version__)')-linux-$$(uname -m).tar.gz juryapp
	@du -sh dist/juryapp

# Not part of make test (a build and a minute of runs): the frozen program on its own, offscreen.
test-package: package
	$(BIN)/python scripts/test_package.py
