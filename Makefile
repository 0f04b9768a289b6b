PYTHON ?= python3

.PHONY: bench bench-smoke

# The performance benchmark (issue 7): the ten-year office against floors measured in the same run.
bench:
	$(PYTHON) benchmarks/bench.py --size full

# The same at a tiny size (50 visits): the CI smoke test, under a minute.
bench-smoke:
	$(PYTHON) benchmarks/bench.py --size tiny
