# clientmix: two commands do everything on a machine with Python 3.11, pip and make.
#   make demo   set up, write the sample engagements, produce their reports under reports/
#   make test   set up (with dev tools), lint, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ENGAGEMENT ?= data/samples/services-agro
DATA   ?= data
WORKERS ?=

.PHONY: setup setup-system demo report reports portfolio validate lab test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name clientmix --display-name "Python (clientmix)" >/dev/null
	touch $(STAMP)

# system libraries of the PDF (WeasyPrint needs Pango); installed with apt-get when we can (root
# on Debian/Ubuntu, as .ci/run does), otherwise the command to run is printed
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
setup-system:
	@if ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so'; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null) \
	    || echo "warning: could not install $(SYSTEM_PACKAGES) (needed for the PDF)" >&2; \
	else echo "PDF: install the Pango library (Debian/Ubuntu: sudo apt-get install $(SYSTEM_PACKAGES); macOS: brew install pango)" >&2; fi

setup: setup-system $(STAMP)

demo: setup
	$(BIN)/clientmix demo $(if $(WORKERS),--workers $(WORKERS))

portfolio: setup
	$(BIN)/clientmix portfolio reports

validate: setup
	$(BIN)/clientmix validate $(ENGAGEMENT)

report: setup
	$(BIN)/clientmix report $(ENGAGEMENT)

reports: setup
	$(BIN)/clientmix batch $(DATA) $(if $(WORKERS),--workers $(WORKERS))

# JupyterLab at the project root (data/, notebooks/, reports/ visible), opening 00_start, where
# one dropdown chooses the engagement of the five notebooks
lab: setup
	@test -f data/samples/harbor-analytics/engagement.yaml || $(BIN)/python -m clientmix.samples
	@mkdir -p reports
	$(BIN)/jupyter lab --notebook-dir=. --LabApp.default_url=/lab/tree/notebooks/00_start.ipynb --KernelManager.transport=ipc $(if $(filter 0,$(shell id -u)),--allow-root)

lint: setup
	$(BIN)/ruff check lib tests bench
	$(BIN)/ruff format --check lib tests bench

format: setup
	$(BIN)/ruff format lib tests bench
	$(BIN)/ruff check --fix lib tests bench

test: setup
	$(BIN)/ruff check lib tests bench
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: setup
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) reports/*/ data/samples .pytest_cache .ruff_cache
