"""Benchmark: how long a reader waits to re-run the whole report.

Times (best of three) executing every notebook in place the way `make report` does (outputs are
deterministic, so the files come out byte-identical), and re-running them under strict nbval the
way `make test` does. Run from the project's environment: `make bench`. Results go to RESULTS.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from common import ROOT, machine, table, write_section


def timed(cmd: list[str]) -> float:
    env = {**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1", "PYTHONHASHSEED": "0"}
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env=env)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    notebooks = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")
    )
    py = sys.executable
    rows = [
        {
            "step": f"execute {len(notebooks)} notebooks in place (as `make report`)",
            "seconds": f"{timed([py, '-m', 'newsfigures', 'notebooks', 'execute', *notebooks]):.1f}",
        },
        {
            "step": "re-run them under strict nbval (as the notebook half of `make test`)",
            "seconds": f"{timed([py, '-m', 'pytest', '-q', '--nbval', '--nbval-current-env', *notebooks]):.1f}",
        },
        {
            "step": "unit and property tests",
            "seconds": f"{timed([py, '-m', 'pytest', '-q', 'tests']):.1f}",
        },
    ]
    body = f"Measured with `make bench` on {machine()} (2 cores), best of three.\n\n" + table(rows)
    write_section("Re-execution time", body)
    print(body)


if __name__ == "__main__":
    main()
