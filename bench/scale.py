#!/usr/bin/env python3
"""Library-scale benchmark: every step of the pipeline beside its peers, on generated libraries.

    python bench/scale.py --sizes 1000 20000 1000000 --runs 3 [--jobs N] [--timeout 1800]

For each size (total catalog entries: handouts × locales) a seeded library is
generated with bench/make_library.py — a clean translated library, and an
edited copy whose English has ~10 % of its sentences edited, ~3 % removed and
~3 % added.  Then, each as a subprocess on the same files:

- extract, validate, compile, build and ``all`` from scratch (``--no-cache``) on
  the clean library; update from scratch on a fresh copy of the edited one;
- ``all`` incremental: after a cached run, one sentence of one handout edited;
- peers: ``pofilter`` (default checks) beside validate; ``msgmerge --previous``
  and Babel's ``Catalog.update`` (what ``pybabel update`` runs) beside update;
  ``msgfmt`` and Babel's ``write_mo`` (``pybabel compile``) beside compile.  The
  GNU tools run once per catalog, ``--jobs`` at a time (xargs -P); Babel runs
  in ``--jobs`` processes, each over its share of the catalogs.

Reported per step and tool: the median wall time of ``--runs`` runs (sizes
above 100,000 entries run once), entries per second, CPU seconds, the peak
memory of the whole process tree, the ratio to our tool, and the growth
exponent between consecutive sizes (1.0 = linear).  A tool that runs past
``--timeout`` seconds is stopped and shown as such.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_library import edit_library, make_library  # noqa: E402

PY = sys.executable
BABEL_UPDATE = """
import sys
from babel.messages.pofile import read_po, write_po
templates = {}
for line in open(sys.argv[1], encoding="utf-8"):
    po, pot = line.rstrip("\\n").split("\\t")
    if pot not in templates:
        with open(pot, "rb") as fh:
            templates[pot] = read_po(fh)
    with open(po, "rb") as fh:
        cat = read_po(fh)
    cat.update(templates[pot], no_fuzzy_matching=False)
    with open(po, "wb") as fh:
        write_po(fh, cat, include_previous=True)
"""
BABEL_COMPILE = """
import sys
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
for line in open(sys.argv[1], encoding="utf-8"):
    po = line.rstrip("\\n")
    with open(po, "rb") as fh:
        cat = read_po(fh)
    with open(po[:-3] + ".mo", "wb") as fh:
        write_mo(fh, cat)
"""


@dataclass
class Timing:
    wall: float | None  # None: stopped at the timeout
    cpu: float
    peak_mb: float


def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as fh:
                stat = fh.read().rsplit(b")", 1)[1].split()
            parents[int(d)] = int(stat[1])
            rss[int(d)] = int(stat[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(c for c, p in parents.items() if p == pid)
    return total


def measure(cmd: list[str] | str, timeout: float, cwd: Path | None = None) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, shell=isinstance(cmd, str), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, err = proc.communicate(timeout=timeout)
        wall: float | None = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{cmd if isinstance(cmd, str) else ' '.join(cmd)}: exit {proc.returncode}\n"
                             f"{err.decode(errors='replace')[-2000:]}")
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        wall = None
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu, peak / 1024)


def pipeline(project: Path, *args: str) -> list[str]:
    return [PY, "-m", "pipeline", "--project", str(project), *args]


def catalogs(project: Path) -> list[Path]:
    return sorted((project / "locales").glob("*/LC_MESSAGES/*.po"))


def lists(work: Path, project: Path, jobs: int) -> dict[str, list[Path]]:
    """Per-worker lists of (catalog, template) lines and of catalogs, for the peers."""
    pos = catalogs(project)
    out: dict[str, list[Path]] = {"pairs": [], "pos": []}
    for j in range(jobs):
        share = pos[j::jobs]
        pairs = work / f"pairs-{j}.tsv"
        pairs.write_text("".join(f"{p}\t{project / 'locales' / (p.stem + '.pot')}\n" for p in share),
                         encoding="utf-8")
        plain = work / f"pos-{j}.txt"
        plain.write_text("".join(f"{p}\n" for p in share), encoding="utf-8")
        out["pairs"].append(pairs)
        out["pos"].append(plain)
    return out


def in_parallel(cmds: list[str]) -> str:
    return " & ".join(cmds) + " & wait"


def fresh_copy(src: Path, dest: Path) -> Path:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(src, dest, symlinks=True, ignore=shutil.ignore_patterns(".cache", "site", "*.mo"))
    return dest


def edit_one_handout(project: Path) -> None:
    """An author's small edit: one word added to the first paragraph of one handout."""
    path = sorted((project / "handouts").glob("*.yaml"))[len(list((project / "handouts").glob("*.yaml"))) // 2]
    text = path.read_text(encoding="utf-8")
    i = text.index("text: >-\n") + len("text: >-\n")
    i += len(text[i:]) - len(text[i:].lstrip(" "))  # the folded paragraph's first word
    path.write_text(text[:i] + "Please note, " + text[i].lower() + text[i + 1:], encoding="utf-8")


def bench_size(n: int, args: argparse.Namespace, work: Path) -> tuple[int, list[dict]]:
    clean, edited = work / f"clean-{n}", work / f"edited-{n}"
    if not (clean / "locales").is_dir():
        shutil.rmtree(clean, ignore_errors=True)
        summary = make_library(clean, n, seed=7)
        (work / f"summary-{n}.json").write_text(json.dumps(summary, default=str), encoding="utf-8")
    summary = json.loads((work / f"summary-{n}.json").read_text(encoding="utf-8"))
    entries = int(summary["entries"])
    if not (edited / "locales").is_dir():
        fresh_copy(clean, edited)
        edit_library(edited, seed=7)
        # the new templates every tool merges (extraction itself is measured on its own)
        subprocess.run(pipeline(edited, "extract"), check=True, stdout=subprocess.DEVNULL)
    runs = args.runs if n <= 100_000 else 1
    rows: list[dict] = []
    jobs = str(args.jobs)
    scratch = fresh_copy(edited, work / "scratch")
    peers = lists(work, scratch, args.jobs)  # paths inside the scratch copy

    def record(step: str, tool: str, setup, cmd) -> None:  # type: ignore[no-untyped-def]
        timings = []
        for _ in range(runs):
            if setup is not None:
                setup()
            timings.append(measure(cmd, args.timeout))
            if timings[-1].wall is None:
                break
        walls = [t.wall for t in timings if t.wall is not None]
        rows.append({"size": n, "entries": entries, "step": step, "tool": tool, "runs": len(timings),
                     "wall": statistics.median(walls) if len(walls) == len(timings) else None,
                     "cpu": statistics.median(t.cpu for t in timings),
                     "peak_mb": max(t.peak_mb for t in timings)})
        r = rows[-1]
        shown = f"{r['wall']:.2f} s" if r["wall"] is not None else f"> {args.timeout} s (stopped)"
        print(f"  {n:>9,} {step:<24} {tool:<40} {shown:>14} {r['peak_mb']:8.0f} MB", flush=True)

    def copy_clean() -> None:
        fresh_copy(clean, scratch)

    def copy_edited() -> None:
        fresh_copy(edited, scratch)

    def no_mo() -> None:
        for p in (clean / "locales").rglob("*.mo"):
            p.unlink()

    site = work / "site"
    record("extract", "pipeline", None, pipeline(clean, "extract", "--no-cache", "--jobs", jobs))
    record("update", "pipeline", copy_edited, pipeline(scratch, "update", "--no-cache", "--jobs", jobs))
    record("update", "msgmerge --previous", copy_edited,
           f"cut -f1,2 {' '.join(str(p) for p in peers['pairs'])} | tr '\\t' '\\n' | "
           f"xargs -P {jobs} -n 2 sh -c 'msgmerge --previous -q -o \"$0\" \"$0\" \"$1\"'")
    record("update", "Babel Catalog.update", copy_edited,
           in_parallel([f"{PY} -c '{BABEL_UPDATE}' {p}" for p in peers["pairs"]]))
    record("validate", "pipeline", None,
           pipeline(clean, "validate", "--no-cache", "--jobs", jobs, "--format", "json", "-o", str(work / "v.json")))
    record("validate", "pofilter (default checks)", lambda: shutil.rmtree(work / "pofilter", ignore_errors=True),
           [shutil.which("pofilter") or str(Path(PY).parent / "pofilter"), "--progress=none",
            str(clean / "locales"), "-o", str(work / "pofilter")])
    record("compile", "pipeline", no_mo, pipeline(clean, "compile", "--no-cache", "--jobs", jobs))
    record("compile", "msgfmt", copy_clean,
           f"cat {' '.join(str(p) for p in peers['pos'])} | "
           f"xargs -P {jobs} -n 1 sh -c 'msgfmt -o \"${{0%.po}}.mo\" \"$0\"'")
    record("compile", "Babel write_mo", copy_clean,
           in_parallel([f"{PY} -c '{BABEL_COMPILE}' {p}" for p in peers["pos"]]))
    # the HTML site, as measured since issue 6 (the PDFs, about 0.35 s each per core, are measured apart)
    record("build (with validation)", "pipeline", lambda: shutil.rmtree(site, ignore_errors=True),
           pipeline(clean, "build", "--no-cache", "--no-pdf", "--jobs", jobs, "--out", str(site)))
    record("all, from scratch", "pipeline", lambda: (copy_edited(), shutil.rmtree(site, ignore_errors=True)),
           pipeline(scratch, "all", "--no-cache", "--no-pdf", "--jobs", jobs, "--out", str(site)))

    def one_edit() -> None:
        copy_clean()
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run(pipeline(scratch, "all", "--no-pdf", "--jobs", jobs, "--out", str(site)), check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        edit_one_handout(scratch)

    record("all, one handout edited", "pipeline (cache)", one_edit,
           pipeline(scratch, "all", "--no-pdf", "--jobs", jobs, "--out", str(site)))
    return entries, rows


def table(rows: list[dict], timeout: int) -> str:
    ours = {(r["size"], r["step"]): r for r in rows if r["tool"].startswith("pipeline")}
    prev: dict[tuple[str, str], tuple[int, float]] = {}
    out = ["| entries | step | tool | runs | wall s (median) | entries/s | CPU s | peak MB | ours is × faster | "
           "growth |", "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        key = (r["step"], r["tool"])
        wall = r["wall"]
        growth = ratio = ""
        if wall is not None and key in prev:
            n0, w0 = prev[key]
            growth = f"{math.log(wall / w0) / math.log(r['entries'] / n0):.2f}"
        if wall is not None:
            prev[key] = (r["entries"], wall)
        mine = ours.get((r["size"], r["step"]))
        if not r["tool"].startswith("pipeline") and mine and mine["wall"]:
            ratio = f"{(wall if wall is not None else timeout) / mine['wall']:.1f}" + ("" if wall else "+")
        shown = f"{wall:.2f}" if wall is not None else f"> {timeout}"
        rate = f"{r['entries'] / wall:,.0f}" if wall else "–"
        out.append(f"| {r['entries']:,} | {r['step']} | {r['tool']} | {r['runs']} | {shown} | {rate} | "
                   f"{r['cpu']:.1f} | {r['peak_mb']:.0f} | {ratio} | {growth} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000, 1000000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=int, default=1800)
    ap.add_argument("--work", type=Path, help="keep generated libraries here (default: a temp folder)")
    ap.add_argument("--json", type=Path, help="also write the measurements as JSON")
    args = ap.parse_args()
    for tool in ("msgmerge", "msgfmt", "xargs"):
        if not shutil.which(tool):
            print(f"{tool} not found (Debian: apt install gettext findutils)", file=sys.stderr)
            return 2
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{os.cpu_count()} cores, --jobs {args.jobs}; work folder {work}", flush=True)
        for n in args.sizes:
            _entries, found = bench_size(n, args, work)
            rows += found
    print()
    print(table(rows, args.timeout))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
