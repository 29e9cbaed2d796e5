# Python 进阶教程. `make help` lists the targets; variables can be set on the command line.

PYTHON_VERSION := $(shell cat .python-version)
# python3.13 for 3.13.0 (pyenv selects it from .python-version)
PYTHON ?= python$(shell cut -d. -f1,2 .python-version)
VENV ?= .venv
BUILDDIR ?= _build
SPHINXOPTS ?=
PYTEST_OPTS ?=
ONLY ?= snippets
BASE ?= main# `make check` checks the pages changed since this git revision
BIN := $(VENV)/bin
# runs _ext/prerequisites.py before .venv exists (standard library only)
CHECK_PYTHON := $(shell command -v $(BIN)/python || command -v $(PYTHON) || command -v python3)
# the CPython versions every snippet runs on (python-versions.txt, newest first), as X.Y; the first is the reference
ALL_VERSIONS := $(basename $(shell sed -e 's/\#.*//' python-versions.txt))
REFERENCE := $(basename $(PYTHON_VERSION))
OLDER_VERSIONS := $(filter-out $(REFERENCE),$(ALL_VERSIONS))
# `make test-versions VERSIONS=3.12`, `make snippets VERSIONS="3.11 3.10"`: these versions only
VERSIONS ?= $(ALL_VERSIONS)
SPHINX_ARGS := --fail-on-warning --keep-going -c . docs
EPUB := $(BUILDDIR)/epub/python-jinjie.epub
# what the pages are made from
BOOK_SOURCES := conf.py $(shell find docs snippets _ext _static _templates -type f -not -path '*/__pycache__/*')

.DEFAULT_GOAL := help

.PHONY: help  ## list the targets
help:
	@echo "Two tiers of checks:"
	@echo "  make check         while writing: the snippets of the pages changed since $(BASE) (or ONLY=...),"
	@echo "                     the copy style, the contract's unit tests, an incremental build with -W (seconds)"
	@echo "  make test          everything, as CI runs it (minutes); then \`make test PYTEST_OPTS=--lf\` reruns the failures"
	@echo
	@grep -E '^\.PHONY: .*## ' $(MAKEFILE_LIST) | sed -E 's/^\.PHONY: ([a-z-]+) *## (.*)/  make \1\t\2/' | expand -t 20
	@echo "  make check ONLY=02-yield   check these pages (names, or docs/ and snippets/ paths)"
	@echo "  make snippets ONLY=snippets/02-yield/jumping_range.py   rewrite just these outputs"
	@echo "  make snippets VERSIONS=3.12 ONLY=...   record what CPython 3.12 prints where it differs (name.py3.12.out)"

.PHONY: venv  ## create .venv from requirements.txt with the reference interpreter (done by the other targets)
venv: $(BIN)/.installed

$(BIN)/.installed: requirements.txt .python-version
	@found=$$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null) || found="not found"; \
	if [ "$$found" != "$(PYTHON_VERSION)" ]; then \
	  echo "make: the outputs are verified on CPython $(PYTHON_VERSION) (.python-version), but $(PYTHON) is $$found."; \
	  echo "      Install it with 'pyenv install $(PYTHON_VERSION)' (pyenv then selects it in this folder),"; \
	  echo "      or name it: make PYTHON=/path/to/python3.13"; exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	@touch $@

.PHONY: prereqs  ## check the system programs and fonts the build needs (`make test` checks more)
prereqs:
	@VENV=$(VENV) $(CHECK_PYTHON) _ext/prerequisites.py html

.PHONY: prereqs-test
prereqs-test:
	@VENV=$(VENV) $(CHECK_PYTHON) _ext/prerequisites.py test

.PHONY: html  ## build the site into _build/html, with the EPUB it links to (warnings are errors)
html: prereqs $(EPUB)
	$(BIN)/sphinx-build -b html $(SPHINX_ARGS) -d $(BUILDDIR)/doctrees $(BUILDDIR)/html $(SPHINXOPTS)
	cp $(EPUB) $(BUILDDIR)/html/

.PHONY: epub  ## build the whole book as one EPUB file into _build/epub (warnings are errors)
epub: prereqs $(EPUB)

# Rebuilt only when a file the pages are made from changes; shares the parsed pages (doctrees) with html.
$(EPUB): $(BIN)/.installed $(BOOK_SOURCES)
	$(BIN)/sphinx-build -b epub $(SPHINX_ARGS) -d $(BUILDDIR)/doctrees $(BUILDDIR)/epub $(SPHINXOPTS) \
	  || { rm -f $@; exit 1; }  # sphinx writes the file even when a warning fails the build

.PHONY: serve  ## live-reloading preview on http://127.0.0.1:8000
serve: prereqs venv
	$(BIN)/sphinx-autobuild -b html $(SPHINX_ARGS) $(BUILDDIR)/html --host 127.0.0.1 --port 8000 -D csp_dev_server=127.0.0.1:8000 \
	  --watch snippets --watch _ext --watch _static --watch _templates --watch conf.py --re-ignore '(\.venv|_build|__pycache__)/' $(SPHINXOPTS)

# The pages `make check` looks at: those named by ONLY (page names, or paths under docs/ or snippets/), or else
# those changed since $(BASE), committed or not.
PAGE_OF_PATH := sed -nE 's\#^(docs/|snippets/)?([0-9][0-9]-[a-z0-9-]+|glossary|index)([./].*)?$$\#\2\#p'
ifeq ($(origin ONLY),command line)
CHECK_PAGES = $(shell printf '%s\n' $(ONLY) | $(PAGE_OF_PATH) | sort -u)
else
CHECK_PAGES = $(shell { git diff --name-only $(BASE)... -- docs snippets 2>/dev/null; git diff --name-only HEAD -- docs snippets; \
  git ls-files --others --exclude-standard -- docs snippets; } | $(PAGE_OF_PATH) | sort -u)
endif

.PHONY: check  ## while writing: snippets of the changed pages, copy style, contract tests, incremental build -W
check: prereqs venv
	@echo "make check: $(or $(strip $(CHECK_PAGES)),no page changed since $(BASE))"
	@# the build and the tests run side by side (two cores); the build's messages are printed after the tests'
	@status=0; log=$$(mktemp); \
	$(BIN)/sphinx-build -b html $(SPHINX_ARGS) -d $(BUILDDIR)/doctrees $(BUILDDIR)/html -q $(SPHINXOPTS) >$$log 2>&1 & \
	build=$$!; \
	$(BIN)/pytest -n 0 -q $(wildcard $(addprefix snippets/,$(CHECK_PAGES))) tests/test_contract.py tests/test_copy.py \
	  $(PYTEST_OPTS) || status=$$?; \
	wait $$build || { status=$$?; echo "make check: the incremental build (-W) failed:"; }; \
	grep -v -e '^Building prefix dict' -e '^Loading model' -e '^Prefix dict' $$log; rm -f $$log; exit $$status

.PHONY: test  ## everything, as CI runs it: each snippet, the pipeline's tests, the site and EPUB builds with -W
test: prereqs-test venv
	$(BIN)/pytest $(PYTEST_OPTS)

.PHONY: bench  ## measure: make check after an edit, make test against the snippets alone, builds, Lighthouse
bench: venv
	$(BIN)/python tests/bench.py

.PHONY: snippets  ## rewrite the recorded outputs (*.out) from real runs, all or ONLY=path...; VERSIONS=3.12 for another version's
snippets: venv
ifeq ($(origin VERSIONS),command line)
	@for version in $(filter $(VERSIONS),$(ALL_VERSIONS)); do $(MAKE) --no-print-directory snippets-on-$$version || status=1; done; exit $${status:-0}
else
	$(BIN)/pytest -n 0 --update-snippets -q $(ONLY)
	@$(MAKE) --no-print-directory snippets-browser ONLY="$(ONLY)"
endif

.PHONY: snippets-browser  ## rewrite snippets/*/pyodide.json from runs on Pyodide: which snippets run in a browser, what they print
snippets-browser:
	@VENV=$(VENV) $(CHECK_PYTHON) _ext/prerequisites.py pyodide
	node _ext/pyodide_runs.mjs --update $(ONLY)

.PHONY: snippets-versions  ## record the older versions' outputs where they differ (name.py3.X.out), newest first
snippets-versions:
	@for version in $(OLDER_VERSIONS); do $(MAKE) --no-print-directory snippets-on-$$version || status=1; done; exit $${status:-0}

# Newest first: an older version's file is recorded only where it differs from what it inherits from newer ones.
.PHONY: snippets-on-$(REFERENCE)  # (a pattern rule never applies to a .PHONY target)
snippets-on-$(REFERENCE): venv
	$(BIN)/pytest -n 0 --update-snippets -q $(ONLY)
snippets-on-%: venv $(VENV)-%/.installed
	$(BIN)/pytest -n 0 --update-snippets -q --snippet-python=$* --snippet-interpreter=$(VENV)-$*/bin/python $(ONLY)

.PHONY: test-versions  ## run every snippet on each CPython of python-versions.txt (VERSIONS=3.12 for one); `make -j4` runs them at once
test-versions: $(addprefix test-on-,$(filter $(VERSIONS),$(ALL_VERSIONS)))

.PHONY: test-on-$(REFERENCE)
test-on-$(REFERENCE): venv
	$(BIN)/pytest -q --snippet-python=$(REFERENCE) $(PYTEST_OPTS) $(ONLY)
test-on-%: venv $(VENV)-%/.installed
	$(BIN)/pytest -q --snippet-python=$* --snippet-interpreter=$(VENV)-$*/bin/python $(PYTEST_OPTS) $(ONLY)

.PHONY: venv-versions  ## create .venv-3.X for each older version (the snippets' own dependencies, requirements-snippets.txt)
venv-versions: $(foreach version,$(OLDER_VERSIONS),$(VENV)-$(version)/.installed)

# CPython X.Y.Z of python-versions.txt: pyenv's, else pythonX.Y on PATH (actions/setup-python in CI)
$(VENV)-%/.installed: requirements-snippets.txt python-versions.txt
	@full=$$(sed -e 's/#.*//' python-versions.txt | grep -x '$*\.[0-9]*'); \
	python=$$(pyenv prefix "$$full" 2>/dev/null)/bin/python; [ -x "$$python" ] || python=python$*; \
	found=$$($$python -c 'import platform; print(platform.python_version())' 2>/dev/null) || found="not found"; \
	if [ -z "$$full" ] || [ "$$found" != "$$full" ]; then \
	  echo "make: the snippets are checked on CPython $${full:-$* (not in python-versions.txt)}, but $$python is $$found."; \
	  echo "      Install it with 'pyenv install $$full', or put python$* on PATH."; exit 1; fi; \
	echo "$$python -m venv $(VENV)-$*"; $$python -m venv $(VENV)-$*
	$(VENV)-$*/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-snippets.txt
	@touch $@

.PHONY: lint  ## lint the Python code (ruff check, ruff format --check) and the GitHub workflows (actionlint, zizmor)
lint: venv
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/actionlint
	$(BIN)/zizmor --offline --no-progress .github/workflows

# What CI runs, here and in .github/workflows/site.yml (and .ci/run): lint, every test, with the book the tests
# built kept in $(BUILDDIR)/ci (html/ with the EPUB beside it: the site to publish), and a clean tree after.
.PHONY: ci  ## what CI runs: lint, make test keeping the site it built in _build/ci/html, a clean tree after
ci: prereqs-test lint
	$(BIN)/pytest --book-dir=$(BUILDDIR)/ci $(PYTEST_OPTS)
	cp $(BUILDDIR)/ci/epub/python-jinjie.epub $(BUILDDIR)/ci/html/
	@dirty=$$(git status --porcelain); if [ -n "$$dirty" ]; then \
	  echo "make ci: testing wrote into the repository:"; echo "$$dirty"; exit 1; fi

.PHONY: lock  ## recompile requirements.txt (pins and hashes) from requirements.in; review the diff
lock: venv
	$(BIN)/uv pip compile requirements.in --universal --python-version $(PYTHON_VERSION) --generate-hashes \
	  --custom-compile-command 'make lock' --quiet -o requirements.txt
	$(BIN)/uv pip compile requirements-snippets.in --universal --python-version $(lastword $(ALL_VERSIONS)) --generate-hashes \
	  --custom-compile-command 'make lock' --quiet -o requirements-snippets.txt

.PHONY: clean  ## remove the built site (keeps .venv; `rm -rf .venv` for that)
clean:
	rm -rf $(BUILDDIR)
