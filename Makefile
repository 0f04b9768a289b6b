PYTHON ?= python3

.PHONY: bench bench-smoke bundle check-bundle

# The performance benchmark (issue 7): the ten-year office against floors measured in the same run.
bench:
	$(PYTHON) benchmarks/bench.py --size full

# The same at a tiny size (50 visits): the CI smoke test, under a minute.
bench-smoke:
	$(PYTHON) benchmarks/bench.py --size tiny

# The one-folder program (PyInstaller, packaging/studitiru.spec): dist/studitiru/studitiru.
# Needs the [bundle] extra: python3 -m pip install -e ".[bundle]"
bundle:
	$(PYTHON) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/studitiru.spec

# The bundle run as a user would (fresh HOME): tools/check_installed.py.
check-bundle: bundle
	$(PYTHON) tools/check_installed.py dist/studitiru/studitiru
