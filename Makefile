# make run   - set up .venv, create demo sources if data/sources has no workbook, build the current month
# make test  - set up .venv, run the test suite (needs ../shared/data/bottleneck for the acceptance test)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATE   ?= $(shell date +%F)
export LUIGI_CONFIG_PATH := $(CURDIR)/luigi.cfg

.PHONY: install run test demo clean

$(BIN)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/python -m wine_luigi.demo data/sources --if-empty

run: demo
	$(BIN)/luigi --module wine_luigi RunMonthly --date $(DATE) --local-scheduler --workers 3

test: install
	$(BIN)/pytest

clean:
	rm -rf data/tmp data/output
