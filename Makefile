# The report's build. `make` alone lists the targets; `make report` and `make test` are all a newcomer needs.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))

# Everything that runs a notebook runs with the same, machine-independent settings: no personal IPython
# or Jupyter profile, a matplotlib cache inside the environment, a fixed hash seed and locale.
export PYTHONHASHSEED := 0
export TZ := UTC
export LC_ALL := C.UTF-8
export IPYTHONDIR := $(CURDIR)/$(VENV)/etc/ipython
export JUPYTER_CONFIG_DIR := $(CURDIR)/$(VENV)/etc/jupyter
export JUPYTER_DATA_DIR := $(CURDIR)/$(VENV)/share/jupyter
export MPLCONFIGDIR := $(CURDIR)/$(VENV)/etc/matplotlib
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
	  { echo "Python 3.11 is needed (found: $$($(PYTHON) --version 2>&1)); set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -c 'import matplotlib.pyplot'  # build the font cache now, not as a warning inside a notebook
	touch $@

# The Dask engine and Parquet output are an optional extra: the tests install it (they run the Dask
# engine on a local cluster and fail without it); `make report` does not need it.
DASK_STAMP := $(VENV)/.installed-dask
$(DASK_STAMP): $(STAMP) requirements-dask.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dask.txt
	touch $@

.PHONY: env
env: $(STAMP) ## build the pinned environment in .venv (done by report and test when missing)

.PHONY: report
report: $(STAMP) ## run every notebook in order and rebuild data/processed/, figures/, the README's findings and the HTML report (_build/html/); a failure replaces nothing
	$(BIN)/python -m newsfigures report --in-place

.PHONY: test
test: $(STAMP) $(DASK_STAMP) ## lint and format check, unit tests, then every notebook re-run and compared with its stored outputs (strict nbval)
	$(BIN)/ruff check newsfigures tests benchmarks notebooks
	$(BIN)/ruff format --check newsfigures tests benchmarks notebooks
	$(BIN)/python -m pytest tests $(NOTEBOOKS) --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: lint
lint: $(STAMP) ## ruff over the package, tests, benchmarks and notebooks
	$(BIN)/ruff check newsfigures tests benchmarks notebooks
	$(BIN)/ruff format --check newsfigures tests benchmarks notebooks

# JupyterLab refuses to start as root unless told it may (containers and cloud notebooks run as root).
LAB_AS_ROOT := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root)

.PHONY: lab
lab: ## open JupyterLab on the notebooks (its own environment, .venv-lab, so that tests stay fast)
	test -x .venv-lab/bin/python || $(PYTHON) -m venv .venv-lab
	.venv-lab/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-lab.txt
	.venv-lab/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	.venv-lab/bin/jupyter lab notebooks/ $(LAB_AS_ROOT)

.PHONY: bench
bench: $(STAMP) ## measure the extractor against quantulum3, scale from 1,000 to 100,000 articles, re-execution time (its own environment)
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt -r requirements-dask.txt
	.venv-bench/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	.venv-bench/bin/python benchmarks/extractor.py
	.venv-bench/bin/python benchmarks/devset.py
	$(BIN)/python benchmarks/verdicts.py
	.venv-bench/bin/python benchmarks/scale.py
	$(BIN)/python benchmarks/reexecution.py

.PHONY: lock
lock: ## re-resolve requirements.txt from requirements.in (then re-run every notebook in the same commit)
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet -r requirements.in
	{ sed -n '1,2p' requirements.txt; .venv-lock/bin/python -m pip freeze --all | grep -v '^pip=='; } > requirements.txt.new
	mv requirements.txt.new requirements.txt && rm -rf .venv-lock

.PHONY: clean
clean: ## remove everything the report writes (it is all rebuilt by make report)
	find data/processed figures -type f ! -name README.md -delete; rm -rf _build

.PHONY: distclean
distclean: clean ## also remove the environments
	rm -rf $(VENV) .venv-lab .venv-bench
