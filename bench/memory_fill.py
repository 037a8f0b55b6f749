#!/usr/bin/env python3
"""Translation memory at library scale: fill speed, and suggestion quality on edited sentences.

    python bench/memory_fill.py [--sizes 1000 4000 20000]

For each size N, a seeded library of N translated entries (bench/library.py) is
loaded into a :class:`pipeline.tm.Memory` (the index a locale's catalogs build),
then a new catalog of N/2 entries is filled from it: a third are sentences the
library already translated (exact matches, pre-filled as fuzzy) and a third are
those sentences edited by one word (fuzzy suggestions: the old translation must
come first).  Reports build and fill time, entries/s, the growth exponent, and
the share of edited sentences whose own old translation is the top suggestion.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import polib  # noqa: E402
from library import WORDS_TO_EDIT, catalog_pair, pseudo_french  # noqa: E402

from pipeline.tm import Memory, fill_from_memory  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 20000])
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        rng = random.Random(n)
        library = [e for e in catalog_pair(n).old if e.msgid]
        t0 = time.perf_counter()
        memory = Memory()
        for e in library:
            memory.add(e.msgid, e.msgstr, e.msgctxt or "", "library.po")
        build = time.perf_counter() - t0
        sample = rng.sample(library, n // 2)
        exact, edited = sample[: n // 6], sample[n // 6: n // 3]
        new = polib.POFile()
        for e in exact:
            new.append(polib.POEntry(msgctxt="new/" + (e.msgctxt or ""), msgid=e.msgid, msgstr=""))
        t0 = time.perf_counter()
        filled = fill_from_memory(new, memory, "new.po")
        fill = time.perf_counter() - t0
        t0 = time.perf_counter()
        top = 0
        for e in edited:
            words = e.msgid.split(" ")
            pos = rng.randint(1, len(words) - 2)
            changed = " ".join([*words[:pos], rng.choice(WORDS_TO_EDIT), *words[pos:]])
            hits = memory.suggest(changed, limit=1)
            top += bool(hits) and hits[0].text == pseudo_french(e.msgid)
        suggest = time.perf_counter() - t0
        rows.append((n, build, fill, filled, len(exact), suggest, top, len(edited)))
    print("| library entries | index build s | exact fill s | filled | fuzzy lookups s | lookups/s "
          "| edited → own old translation first | growth (lookups) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    prev = None
    for n, build, fill, filled, n_exact, suggest, top, n_edited in rows:
        growth = f"{math.log(suggest / prev[1]) / math.log(n / prev[0]):.2f}" if prev else ""
        prev = (n, suggest)
        print(f"| {n:,} | {build:.2f} | {fill:.3f} | {filled}/{n_exact} | {suggest:.2f} | "
              f"{n_edited / suggest:,.0f} | {100 * top / max(n_edited, 1):.1f} % | {growth} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
