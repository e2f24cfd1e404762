# The README names these targets; `make demo` and `make test` do all set-up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast bench lint reliability clean

$(STAMP): pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || $(PY) -m pip install --quiet uv
	uv venv --quiet --allow-existing --python $(PY) $(VENV)
	uv sync --quiet --frozen --all-extras --python $(BIN)/python
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/mamori demo

test: install
	bash scripts/test.sh

test-fast: install
	$(BIN)/pytest -q -x -m "not slow and not spark and not browser"

bench: install
	$(BIN)/python -m bench

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

reliability: install
	$(BIN)/python -m mamori.reliability

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
