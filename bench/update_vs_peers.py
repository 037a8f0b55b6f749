#!/usr/bin/env python3
"""``update`` (merge with fuzzy matching) beside GNU msgmerge and Babel, on the same generated catalogs.

    python bench/update_vs_peers.py [--sizes 1000 4000 20000] [--babel-max 4000] [--timeout 600]

For each size a seeded catalog pair is generated (bench/library.py): an old
translated catalog, and a new template with ~10 % of the sentences edited by
one word, ~3 % removed and ~3 % added.  Two variants: with stable ids in
msgctxt (our extraction) and without msgctxt (the fuzzy matcher does all the
work).  Reported: wall seconds (each tool reads the files and writes its
result), entries/s, the growth exponent between sizes (1 = linear), how many
edited sentences got their own old translation back as fuzzy, and how many
genuinely new sentences were wrongly pre-filled.  Babel is run only up to
--babel-max entries: it is quadratic (17 s at 1,000 entries).
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from library import catalog_pair, pseudo_french  # noqa: E402

OURS = """
import sys
sys.path.insert(0, {root!r})
from pipeline.catalog import parse_po, render_po
from pipeline.merge import merge
old, pot, out = sys.argv[1:4]
new, _ = merge(parse_po(pot), parse_po(old), nplurals=2)
open(out, "w", encoding="utf-8").write(render_po(new))
"""
BABEL = """
import sys
from babel.messages.pofile import read_po, write_po
old, pot, out = sys.argv[1:4]
cat = read_po(open(old, "rb")); tpl = read_po(open(pot, "rb"))
cat.update(tpl, no_fuzzy_matching=False)
write_po(open(out, "wb"), cat, include_previous=False)
"""


def run(cmd: list[str], timeout: int) -> float | None:
    start = time.perf_counter()
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def quality(out: Path, pair, with_ctx: bool) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    import polib

    po = polib.pofile(str(out))
    by_id = {e.msgid: e for e in po if not e.obsolete}
    got = 0
    for new_msgid, old_msgid in pair.edited.items():
        e = by_id.get(new_msgid)
        if e is not None and e.msgstr == pseudo_french(old_msgid) and "fuzzy" in e.flags:
            got += 1
    from library import NEW_TEMPLATES

    starts = tuple(t.split("{")[0] for t in NEW_TEMPLATES)
    added = [e for e in pair.new if e.msgid.startswith(starts)]
    wrong = sum(1 for a in added if by_id.get(a.msgid) is not None and by_id[a.msgid].msgstr)
    return 100 * got / max(len(pair.edited), 1), 100 * wrong / max(len(added), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 20000])
    ap.add_argument("--babel-max", type=int, default=4000)
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args()
    msgmerge = shutil.which("msgmerge")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for with_ctx in (True, False):
            for n in args.sizes:
                pair = catalog_pair(n)
                if not with_ctx:
                    for po in (pair.old, pair.new):
                        for e in po:
                            e.msgctxt = None
                old, pot = Path(tmp, f"old{n}.po"), Path(tmp, f"new{n}.pot")
                pair.old.save(str(old))
                pair.new.save(str(pot))
                tools = {"pipeline update": [sys.executable, "-c", OURS.format(root=str(ROOT))]}
                if msgmerge:
                    tools["msgmerge --previous"] = None  # type: ignore[assignment]
                if n <= args.babel_max:
                    tools["Babel Catalog.update"] = [sys.executable, "-c", BABEL]
                for name, cmd in tools.items():
                    out = Path(tmp, f"out-{name.split()[0]}-{n}.po")
                    full = ([msgmerge, "--previous", "-q", str(old), str(pot), "-o", str(out)] if cmd is None
                            else [*cmd, str(old), str(pot), str(out)])
                    seconds = run(full, args.timeout)
                    edited, wrong = quality(out, pair, with_ctx) if seconds is not None else (float("nan"),) * 2
                    rows.append((with_ctx, name, n, seconds, edited, wrong))
    print("| msgctxt ids | tool | entries | seconds | entries/s | growth exponent | edited → own old translation "
          "| new sentences wrongly pre-filled |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    prev: dict[tuple[bool, str], tuple[int, float]] = {}
    for with_ctx, name, n, seconds, edited, wrong in rows:
        if seconds is None:
            print(f"| {'yes' if with_ctx else 'no'} | {name} | {n:,} | > {args.timeout} | – | – | – | – |")
            continue
        growth = ""
        if (with_ctx, name) in prev:
            n0, s0 = prev[(with_ctx, name)]
            growth = f"{math.log(seconds / s0) / math.log(n / n0):.2f}"
        prev[(with_ctx, name)] = (n, seconds)
        print(f"| {'yes' if with_ctx else 'no'} | {name} | {n:,} | {seconds:.2f} | {n / seconds:,.0f} | {growth} "
              f"| {edited:.1f} % | {wrong:.1f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
