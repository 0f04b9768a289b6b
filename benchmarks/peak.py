"""Run a command and report its wall time and peak memory: `python3 benchmarks/peak.py CMD ...`.

The last line on stderr is `PEAK <seconds> <kilobytes>` (ru_maxrss of the command). A separate
small process, because a child forked straight from a big benchmark process inherits its
resident size in ru_maxrss.
"""

import resource
import subprocess
import sys
import time

started = time.perf_counter()
code = subprocess.call(sys.argv[1:])
wall = time.perf_counter() - started
print(f"PEAK {wall:.6f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)
sys.exit(code)
