# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS := node_modules/.servicegap-assets
PORT ?= 8000

.PHONY: demo test lint format install assets clean

demo: $(STAMP) $(ASSETS)
	$(BIN)/servicegap demo --port $(PORT)

test: $(STAMP) $(ASSETS)
	$(BIN)/pytest -n auto --dist loadscope

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

install: $(STAMP) $(ASSETS)

assets: $(ASSETS)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "servicegap needs Python 3.11 or newer; set PYTHON=python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Front-end libraries come from the npm registry, pinned by package-lock.json.
$(ASSETS): package-lock.json $(STAMP)
	$(BIN)/python scripts/fetch_assets.py
	touch $(ASSETS)

clean:
	rm -rf $(VENV) node_modules var/static
