# `make run` and `make test` do all the set-up on a fresh machine, then start the program / run the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := resources/translations/ledhalsa_sv.ts resources/translations/ledhalsa_en.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find ledhalsa_desktop -name '*.py' -not -path '*/migrations/*')
ARGS ?=

.PHONY: run test lint translations screens bench dist package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(PY) -m ledhalsa_desktop $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto

# After adding or changing user-visible text: update the .ts files, then translate the new entries.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -ts $(TS)
	$(PY) -m ledhalsa_desktop.devtools.fill_english
	$(VENV)/bin/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -ts $(TS)

screens: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m ledhalsa_desktop.devtools.screens screens

bench: $(STAMP) $(QM)
	$(PY) bench/startup.py

# A one-folder, windowed build of the program in dist/ledhalsa/ (PyInstaller, build.spec); no Python needed to run it.
dist: $(STAMP) $(QM)
	$(PY) -m pip install --quiet -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

# The Linux installers from that build: dist/ledhalsa_VERSION_ARCH.deb and dist/ledhalsa-VERSION-linux-ARCH.tar.gz.
package: dist
	rm -f dist/ledhalsa_*.deb dist/ledhalsa-*.tar.gz
	$(PY) packaging/linux/make_deb.py
	$(PY) packaging/linux/make_tarball.py

clean:
	rm -rf $(VENV) build dist $(QM)
