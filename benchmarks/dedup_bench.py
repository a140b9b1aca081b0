#!/usr/bin/env python3
"""benchmarks/dedup.py with its sign-phase row restored.

dedup.py reads `gleaner dedup --timings` from `run.err`, but common.run_gleaner keeps only a
warning there (None on success) and the whole stderr in `run.stderr`, so the "gleaner" row
(the sign phase, the figure comparable to the peers' signatures/s) never appears. This wrapper
hands dedup.py the stderr text in `err` and otherwise runs it unchanged (same data, peers,
scoring and options: `--seed`, `--docs`, `--thresholds`, `--json`).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

_run_gleaner = C.run_gleaner


def run_gleaner(*args, **kwargs):
    run = _run_gleaner(*args, **kwargs)
    if run.ok and run.err is None and run.stderr:
        run.err = run.stderr.decode('utf-8', 'replace')
    return run


C.run_gleaner = run_gleaner
import dedup  # noqa: E402

if __name__ == '__main__':
    dedup.main()
