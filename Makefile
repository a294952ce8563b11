# make run   - set up .venv, create demo sources if data/sources has no workbook, build the current month
# make test  - set up .venv, run the test suite (the real exports are in tests/data/bottleneck)
# make bench     - time and memory against the plain-pandas floor (bench/run.py)
# make mutants   - mutation testing of the rules, gates and exports (mutmut; not part of make test)
# make stats     - the last 12 months: duration, steps, slowest step, status, revenue (from the ledger)
# make cron-line           - the crontab line for this checkout (from config/crontab)
# make luigid / luigid-stop - Luigi's central scheduler and visualizer on 127.0.0.1:$(LUIGID_PORT)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATE   ?= $(shell date +%F)
LUIGID_PORT ?= 8082
LUIGID_DIR  ?= $(CURDIR)/data/luigid
export LUIGI_CONFIG_PATH := $(CURDIR)/luigi.cfg

.PHONY: install run test bench mutants stats demo clean cron-line luigid luigid-stop

$(BIN)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/python -m wine_luigi.demo data/sources --if-empty

run: demo
	$(BIN)/luigi --module wine_luigi RunMonthly --date $(DATE) --local-scheduler

test: install
	$(BIN)/pytest

# the pipeline against the plain-pandas floor at x1, x10, x100 of the shop's size (a few minutes)
bench: install
	$(BIN)/python bench/run.py

# mutmut copies the package into mutants/ and runs the fast, in-process tests ([mutmut] in setup.cfg) per mutant
mutants: install
	$(BIN)/pip install --quiet -e '.[test,mutation]'
	rm -rf mutants
	$(BIN)/mutmut run || true
	$(BIN)/mutmut results

stats: install
	@$(BIN)/python -m wine_luigi.stats

cron-line:
	@grep -v '^#' config/crontab | grep -v '^CRON_TZ' | sed 's|/path/to/wine_luigi|$(CURDIR)|g'

# luigid's run history needs SQLAlchemy < 2 (the luigid extra)
$(BIN)/.luigid-installed: $(BIN)/.installed
	$(BIN)/pip install --quiet -e '.[test,luigid]'
	touch $@

# no login on luigid: it listens on loopback only; put a proxy with authentication in front to share it
luigid: $(BIN)/.luigid-installed
	mkdir -p $(LUIGID_DIR)
	LUIGID_DIR=$(LUIGID_DIR) LUIGI_CONFIG_PATH=$(CURDIR)/config/luigid.cfg $(BIN)/luigid --background --address 127.0.0.1 \
		--port $(LUIGID_PORT) --pidfile $(LUIGID_DIR)/luigid.pid --logdir $(LUIGID_DIR) --state-path $(LUIGID_DIR)/state.pickle
	@echo "luigid: http://127.0.0.1:$(LUIGID_PORT) (history: /history; log, state and history.db in $(LUIGID_DIR); stop with make luigid-stop)"

luigid-stop:
	@if [ -f $(LUIGID_DIR)/luigid.pid ]; then kill $$(cat $(LUIGID_DIR)/luigid.pid) && rm -f $(LUIGID_DIR)/luigid.pid && echo "luigid stopped"; \
	else echo "luigid is not running (no $(LUIGID_DIR)/luigid.pid)"; fi

clean:
	rm -rf data/tmp data/output
