# mediakit - the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint lab app clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/mediakit demo --out reports

lint: setup
	$(BIN)/ruff check mediakit tests scripts dev

test: lint
	$(BIN)/python -m pytest

lab: setup
	$(BIN)/jupyter lab notebooks/

app: setup
	$(BIN)/voila notebooks/dashboard.ipynb --no-browser --Voila.ip=127.0.0.1

clean:
	rm -rf $(VENV) reports build *.egg-info .pytest_cache
