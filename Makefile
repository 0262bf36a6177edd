# Sparkbook: `make run` runs the seed notebook on the embedded engine; `make test` runs every test.
# Both install what they need on a fresh Debian machine (libedit-dev through apt, Python packages into .venv).

SWIFT ?= swift
VENV  := .venv
PY    := $(VENV)/bin/python
# Release builds link the Swift runtime and Foundation statically: the dynamic loader's symbol binding cost about
# 5 ms of every launch (see BENCHMARKS.md), and a notebook run or a REPL start is dominated by launch.
RELEASE := -c release --static-swift-stdlib

DOCPY := .venv-pyspark/bin/python

.PHONY: run test build deps system-deps clean bench bench-db bench-cluster doctests python-worker allocation-record

run: system-deps
	$(SWIFT) build $(RELEASE) --product sparkbook
	.build/release/sparkbook run notebooks/dynamic_allocation.ipynb

# Each phase is a name and a command; tools/test_phases/run.py prints a line per phase, what failed, and the total,
# and keeps every phase's whole output in .build/test-logs/. A --gate failing stops the phases after it.
test: deps
	@$(PY) tools/test_phases/run.py --log-dir .build/test-logs \
	  --gate  build         '$(SWIFT) build --build-tests' \
	  --phase 'swift tests' '$(SWIFT) test --skip-build' \
	  --phase 'seed run'    'SPARKBOOK=.build/debug/sparkbook PYTHON=$(PY) tools/check_seed_run.sh' \
	  --phase parity        'SPARKBOOK=.build/debug/sparkbook tests/parity/check.sh' \
	  --phase doctests      '$(DOCPY) tests/doctests/run.py --floor tests/doctests/floor.json' \
	  --phase 'parquet interop' '$(DOCPY) tests/parquet/check_interop.py .build/debug/sparkbook' \
	  --phase 'delta interop' '$(DOCPY) tests/delta/check_deltalake.py .build/debug/sparkbook' \
	  --phase metastore     'SPARKBOOK=.build/debug/sparkbook tests/tables/check_metastore.sh' \
	  --phase 'spark engine' 'SPARKBOOK=.build/debug/sparkbook PYTHON=$(PY) tests/spark-engine/check.sh' \
	  --phase 'allocation fidelity' 'SPARKBOOK=.build/debug/sparkbook tests/allocation/check.sh' \
	  --phase differential  'SPARKBOOK=.build/debug/sparkbook tests/differential/check.sh parity notebooks' \
	  --phase 'example plugins' 'SPARKBOOK=.build/debug/sparkbook PYTHON=$(PY) tests/plugins/examples/check.sh' \
	  --phase summariser    '$(PY) tools/test_phases/test_run.py' \
	  --phase 'bench harness' '$(PY) -m pytest -q -p no:cacheprovider bench/dbbench/tests' \
	  --phase 'python worker' '$(PY) -m pytest -q -p no:cacheprovider plugins/python/tests'

build: system-deps
	$(SWIFT) build $(RELEASE) --product sparkbook

deps: system-deps $(VENV)/.installed .venv-pyspark/.installed plugins/python/.venv/.installed

system-deps:
	@tools/install-system-deps.sh

$(VENV)/.installed: tools/requirements-test.txt
	@echo "setting up $(VENV) (tools/requirements-test.txt)"
	@python3 -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -r tools/requirements-test.txt
	@touch $@

# PySpark's own docstring examples (issue 15) as notebooks on the debug build: the pass rate per module and the
# failures grouped by cause (tests/doctests/run.py; report in .build/doctests/). The examples are read from the
# PySpark in .venv-pyspark (a 300 MB wheel, also what tests/parity/record.sh records with; no JVM is needed here).
doctests: deps
	$(SWIFT) build --product sparkbook
	$(DOCPY) tests/doctests/run.py --floor tests/doctests/floor.json

.venv-pyspark/.installed: tools/requirements-doctests.txt
	@echo "setting up .venv-pyspark (tools/requirements-doctests.txt)"
	@python3 -m venv .venv-pyspark
	@.venv-pyspark/bin/python -m pip install --quiet --disable-pip-version-check -r tools/requirements-doctests.txt
	@touch $@

# Python UDFs run in Sparkbook's Python worker plugin (plugins/python, issue 17), which needs a Python with pyarrow
# (and pandas for @pandas_udf): this makes plugins/python/.venv, the Python its plugin.json starts.
python-worker: plugins/python/.venv/.installed

plugins/python/.venv/.installed: plugins/python/requirements.txt
	@echo "setting up plugins/python/.venv (plugins/python/requirements.txt)"
	@python3 -m venv plugins/python/.venv
	@plugins/python/.venv/bin/python -m pip install --quiet --disable-pip-version-check -r plugins/python/requirements.txt
	@touch $@

clean:
	rm -rf .build $(VENV) .venv-pyspark

# Benchmarks (not tests): Sparkbook against the DuckDB shell and Polars on the same files; writes BENCHMARKS.md.
# First the seed's job, then db-benchmark's groupby q1-q10 and join q1-q5 at 1e7 rows and groupby q10 at 1e8 rows
# with spark.driver.memory=2g (bench/dbbench; data generated into bench-data/ on first use: about 7 GB).
# Rerun part of it with e.g. `make bench-db DBBENCH="--questions groupby-q10 --sizes 1e7 --big-q10 0"`.
BENCH_SIZES ?= 1000000,10000000
DBBENCH ?=
bench: system-deps .venv-bench/.installed
	$(SWIFT) build $(RELEASE) --product sparkbook
	.venv-bench/bin/python bench/harness.py --sizes $(BENCH_SIZES) --markdown BENCHMARKS.md
	.venv-bench/bin/python -m bench.dbbench.run --markdown BENCHMARKS.md $(DBBENCH)

bench-db: system-deps .venv-bench/.installed
	$(SWIFT) build $(RELEASE) --product sparkbook
	.venv-bench/bin/python -m bench.dbbench.run --markdown BENCHMARKS.md $(DBBENCH)

.venv-bench/.installed: bench/requirements.txt
	python3 -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	touch $@

# Real Spark's runs of the allocation scenarios (tests/allocation/scenarios) through `--engine spark`, recorded into
# tests/allocation/recorded for the "allocation fidelity" phase; on a quiet machine. SCENARIOS="01_seed_settings" for some.
allocation-record: system-deps .venv-pyspark/.installed plugins/python/.venv/.installed
	$(SWIFT) build $(RELEASE) --product sparkbook
	$(PY) tools/allocation/record_real_spark.py --sparkbook .build/release/sparkbook --spark-python $(DOCPY) $(SCENARIOS)

# The cluster core's allocation decisions per second on the virtual clock (one application through the simulator;
# 64 applications on one resource manager with preemption). Prints the machine and commit.
bench-cluster: system-deps
	$(SWIFT) build $(RELEASE) --product sparkbook-cluster-bench
	.build/release/sparkbook-cluster-bench
