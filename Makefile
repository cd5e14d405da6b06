# The two commands a newcomer needs are `make demo` and `make test`; every target
# installs what it needs on first use (.venv from pyproject.toml, node_modules from
# package-lock.json), so a fresh clone with python3, node and npm needs nothing else.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install generate check-generated lint test clean api-diff bench demo dist soak drift new-provider docs

BASE ?= HEAD

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: install  ## validate every spec and regenerate the clients whose inputs changed
	$(PY) -m scripts.build

demo: generate  ## every provider through its overlay, against its fake served on loopback
	$(PY) -m scripts.demo

check-generated: install  ## fail with a diff if generated/ does not match the specs
	$(PY) -m scripts.build --check

# The registry's generated packages (every provider's, a new one's too), for mypy -p.
GENERATED_PACKAGES = $(shell $(PY) -c 'from overlays._registry import PROVIDERS; print(*(p.package for p in PROVIDERS.values()))')

lint: install  ## ruff and mypy --strict on the hand-written code; mypy --strict on every generated package
	$(PY) -m ruff check overlays scripts tests
	$(PY) -m ruff format --check overlays scripts tests
	$(PY) -m mypy overlays scripts tests/typecheck
	cd generated && $(CURDIR)/$(PY) -m mypy --strict --cache-dir $(CURDIR)/.mypy_cache/generated $(foreach p,$(GENERATED_PACKAGES),-p $(p))

docs: install  ## the documentation site (docs/, API reference from the code) into site/; warnings fail it
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

test: install check-generated lint docs  ## everything CI runs
	$(PY) -m pytest

api-diff: install  ## what the changes since BASE (default HEAD) do to callers; exit 1 if breaking
	$(PY) -m scripts.apidiff --base $(BASE) $(API_DIFF_ARGS)

bench: install  ## benchmarks against same-run baselines; prints a markdown table (BENCH_ARGS=--quick)
	$(PY) -m scripts.bench $(BENCH_ARGS)

dist: install  ## the wheel to install in another project: dist/app_management_clients-*.whl
	rm -rf dist
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .
	@ls dist/*.whl

soak: install  ## every provider's client against its served fake with chaos on (SOAK_ARGS=--small)
	$(PY) -m scripts.soak $(SOAK_ARGS)

clean:
	rm -rf $(VENV) .bench-venv node_modules .pytest_cache .mypy_cache .ruff_cache dist site

# It adds the package to pyproject.toml's wheel list only: the editable install already sees
# generated/, so the venv's stamp is renewed rather than reinstalling on the next target.
new-provider: install  ## a provider from any OpenAPI 3.0/3.1 spec: NAME=<name> SPEC=<path> (docs/pipeline/new-provider.md)
	$(PY) -m scripts.new_provider "$(NAME)" "$(SPEC)"
	@if [ -f $(VENV)/.installed ]; then touch $(VENV)/.installed; fi

drift: install  ## what PROVIDER's real API answers that its spec does not say: drift/<PROVIDER>.md (FINDINGS=, PROPOSE=1)
	$(PY) -m scripts.drift $(PROVIDER) $(foreach f,$(FINDINGS),--findings $(f)) $(if $(PROPOSE),--propose)
