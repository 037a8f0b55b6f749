#!/usr/bin/env python3
"""Validator throughput beside translate-toolkit's pofilter, on the same catalogs.

    python bench/validate_vs_pofilter.py [CATALOG_DIR] [--runs 3] [--jobs N]

CATALOG_DIR defaults to ../shared/realpo (75 real catalogs, read in place, never
copied).  Each tool runs as a subprocess over the whole folder; the table gives
the median wall time of the runs (taken round robin, so that a machine whose
speed drifts slows every tool alike), entries per second (wall) and per CPU-second
(user+sys of the process and its workers), and the ratio to pofilter.  pofilter
runs its default checks (no -t), single process as it is designed; the validator
runs all of its checks, from scratch (--no-cache) with --jobs workers (default:
the machine's cores) and with one process, and again over unchanged catalogs,
whose results come from its content-hash cache (kept in a temp folder here).
Needs translate-toolkit (pip install -e '.[bench]').
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def count_entries(folder: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from pipeline.poreader import read_po

    return sum(sum(1 for e in read_po(p) if e.msgid and not e.obsolete) for p in sorted(folder.rglob("*.po")))


def timed(cmd: list[str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "realpo")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    pofilter = shutil.which("pofilter") or str(Path(sys.executable).parent / "pofilter")
    if not Path(pofilter).exists():
        print("pofilter not found: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    entries = count_entries(args.folder)
    with tempfile.TemporaryDirectory() as tmp:
        validate = [sys.executable, "-m", "pipeline", "--project", tmp, "validate", str(args.folder),
                    "--format", "json"]
        tools = {
            "pofilter (default checks)": [pofilter, "--progress=none", str(args.folder), "-o", f"{tmp}/pofilter"],
            f"pipeline validate, from scratch (--no-cache --jobs {args.jobs})":
                [*validate, "--no-cache", "--jobs", str(args.jobs), "-o", f"{tmp}/report.json"],
            "pipeline validate, from scratch (--no-cache --jobs 1)":
                [*validate, "--no-cache", "--jobs", "1", "-o", f"{tmp}/report1.json"],
            f"pipeline validate, catalogs unchanged since the last run (cache, --jobs {args.jobs})":
                [*validate, "--jobs", str(args.jobs), "-o", f"{tmp}/report2.json"],
        }
        subprocess.run(tools[f"pipeline validate, catalogs unchanged since the last run (cache, --jobs {args.jobs})"],
                       stdout=subprocess.DEVNULL, check=False)  # fill the cache (in the temp folder)
        # round robin (each tool once, then again): a machine whose speed drifts slows every tool alike
        walls: dict[str, list[float]] = {name: [] for name in tools}
        cpus: dict[str, list[float]] = {name: [] for name in tools}
        for _ in range(args.runs):
            for name, cmd in tools.items():
                shutil.rmtree(f"{tmp}/pofilter", ignore_errors=True)
                wall, cpu, code = timed(cmd)
                if code not in (0, 1):
                    print(f"{name} failed with exit code {code}", file=sys.stderr)
                    return 2
                walls[name].append(wall)
                cpus[name].append(cpu)
        rows = [(name, statistics.median(walls[name]), statistics.median(cpus[name])) for name in tools]
    base_wall, base_cpu = rows[0][1], rows[0][2]
    print(f"{entries:,} entries in {sum(1 for _ in args.folder.rglob('*.po'))} catalogs; median of {args.runs} runs; "
          f"{os.cpu_count()} cores\n")
    print("| tool | wall s | entries/s | CPU s | entries/CPU-s | speed-up (wall) | speed-up (CPU) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, wall, cpu in rows:
        print(f"| {name} | {wall:.2f} | {entries / wall:,.0f} | {cpu:.2f} | {entries / cpu:,.0f} | "
              f"{base_wall / wall:.1f}× | {base_cpu / cpu:.1f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
