# make run   - set up .venv, build this month from demo exports, all in data/demo/ (its own sources, intermediates,
#              deliverables, ledger and locks: nothing of it reaches a real month)
# make test  - set up .venv, run the test suite (the real exports are in tests/data/bottleneck)
# make test-fast - the tests that run no whole month (rules, gates, readers, exports): well under a minute
# make lint  - ruff (lint and format check) and mypy, as .ci/run runs them before the tests
# make lock  - upgrade the pinned versions of requirements.lock deliberately (then make test)
# make bench     - time and memory against the plain-pandas floor (bench/run.py)
# make mutants   - mutation testing of the rules, gates and exports (mutmut; not part of make test)
# make fuzz      - the fuzzer with many new random months and reruns (FUZZ_EXAMPLES, default 300; make test runs a fixed set)
# make stats     - the last 12 months: duration, steps, slowest step, status, revenue (from the ledger)
# make cron-line           - the crontab lines for this checkout (from config/crontab: CRON_TZ=UTC and the job)
# make luigid / luigid-stop - Luigi's central scheduler and visualizer on 127.0.0.1:$(LUIGID_PORT)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATE   ?= $(shell date +%F)
LUIGID_PORT ?= 8082
LUIGID_DIR  ?= $(CURDIR)/data/luigid
export LUIGI_CONFIG_PATH := $(CURDIR)/luigi.cfg

.PHONY: install lock run test test-fast lint bench mutants fuzz stats demo clean cron-line luigid luigid-stop

# the versions that were tested, with their hashes, made from setup.cfg by `make lock`: requirements.lock for
# running (make run, luigid, S3 copies, the bench's floor), requirements-test.lock adding what the tests need
$(BIN)/.installed: requirements.lock setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet 'pip==26.3'
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(BIN)/.tested: requirements-test.lock $(BIN)/.installed
	$(BIN)/pip install --quiet --require-hashes -r requirements-test.lock
	touch $@

install: $(BIN)/.installed

# upgrade deliberately: every dependency to its newest version that setup.cfg allows, then run make test
LOCK = $(BIN)/pip-compile --quiet --upgrade --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: install
	$(BIN)/pip install --quiet 'pip-tools==7.6.2'
	$(LOCK) --extra luigid --extra s3 --extra postgres --extra bench -o requirements.lock setup.cfg
	$(LOCK) --extra luigid --extra s3 --extra postgres --extra bench --extra test -o requirements-test.lock setup.cfg

# the demo's own place: its exports, intermediates, deliverables, ledger and locks; no off-site copy, no email
DEMO       := data/demo
DEMO_FLAGS := --paths-sources $(DEMO)/sources --paths-tmp $(DEMO)/tmp --paths-output $(DEMO)/output \
	--paths-db $(DEMO)/wine_luigi.db --lock-pid-dir $(DEMO)/lock --archive-url "" --email-format none

demo: install
	$(BIN)/python -m wine_luigi.demo $(DEMO)/sources --if-empty

run: demo
	$(BIN)/luigi --module wine_luigi RunMonthly --date $(DATE) --local-scheduler $(DEMO_FLAGS)

# the whole suite on every core (pytest-xdist); test-fast: the rules, gates, readers and exports, in-process
TEST_WORKERS ?= auto
test: $(BIN)/.tested
	$(BIN)/pytest -n $(TEST_WORKERS)

test-fast: $(BIN)/.tested
	$(BIN)/pytest -n $(TEST_WORKERS) -m "not slow and not fuzz"

# ruff (lint and format) and mypy, as configured in pyproject.toml; .ci/run runs it before the tests
lint: $(BIN)/.tested
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# the pipeline against the plain-pandas floor at x1, x10, x100 of the shop's size (a few minutes), in a
# virtualenv of its own with what running needs and nothing the tests add (.venv-bench, from requirements.lock)
BENCH_BIN := .venv-bench/bin
$(BENCH_BIN)/.installed: requirements.lock setup.cfg pyproject.toml
	$(PYTHON) -m venv .venv-bench
	$(BENCH_BIN)/pip install --quiet 'pip==26.3'
	$(BENCH_BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BENCH_BIN)/pip install --quiet --no-deps -e .
	touch $@

bench: $(BENCH_BIN)/.installed
	$(BENCH_BIN)/python bench/run.py

FUZZ_EXAMPLES ?= 300
fuzz: $(BIN)/.tested
	WINE_LUIGI_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/test_fuzz.py -k random -x --hypothesis-show-statistics

# mutmut copies the package into mutants/ and runs the fast, in-process tests ([mutmut] in setup.cfg) per mutant
mutants: install
	$(BIN)/pip install --quiet --require-hashes -r requirements-test.lock
	$(BIN)/pip install --quiet 'mutmut==3.8.1'
	rm -rf mutants
	$(BIN)/mutmut run || true
	$(BIN)/mutmut results

stats: install
	@$(BIN)/python -m wine_luigi.stats

cron-line:
	@grep -v '^#' config/crontab | sed 's|/path/to/wine_luigi|$(CURDIR)|g'

# no login on luigid: it listens on loopback only; put a proxy with authentication in front to share it
# (its run history needs SQLAlchemy < 2: the luigid extra, in requirements.lock)
luigid: install
	mkdir -p $(LUIGID_DIR)
	LUIGID_DIR=$(LUIGID_DIR) LUIGI_CONFIG_PATH=$(CURDIR)/config/luigid.cfg $(BIN)/luigid --background --address 127.0.0.1 \
		--port $(LUIGID_PORT) --pidfile $(LUIGID_DIR)/luigid.pid --logdir $(LUIGID_DIR) --state-path $(LUIGID_DIR)/state.pickle
	@echo "luigid: http://127.0.0.1:$(LUIGID_PORT) (history: /history; log, state and history.db in $(LUIGID_DIR); stop with make luigid-stop)"

luigid-stop:
	@if [ -f $(LUIGID_DIR)/luigid.pid ]; then kill $$(cat $(LUIGID_DIR)/luigid.pid) && rm -f $(LUIGID_DIR)/luigid.pid && echo "luigid stopped"; \
	else echo "luigid is not running (no $(LUIGID_DIR)/luigid.pid)"; fi

clean:
	rm -rf data/tmp data/output
