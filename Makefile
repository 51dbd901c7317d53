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

.PHONY: setup demo report reports validate lab test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name clientmix --display-name "Python (clientmix)" >/dev/null
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/clientmix demo $(if $(WORKERS),--workers $(WORKERS))

validate: setup
	$(BIN)/clientmix validate $(ENGAGEMENT)

report: setup
	$(BIN)/clientmix report $(ENGAGEMENT)

reports: setup
	$(BIN)/clientmix batch $(DATA) $(if $(WORKERS),--workers $(WORKERS))

lab: setup
	@test -d data/samples || $(BIN)/python -m clientmix.samples
	$(BIN)/jupyter lab --notebook-dir=notebooks --KernelManager.transport=ipc $(if $(filter 0,$(shell id -u)),--allow-root)

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
