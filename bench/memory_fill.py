#!/usr/bin/env python3
"""Translation memory at library scale: fill speed, and suggestion quality on edited sentences.

    python bench/memory_fill.py [--sizes 1000 4000 20000] [--timeout 600]

For each size N, a seeded library of N translated entries (bench/library.py) is
loaded into a :class:`pipeline.tm.Memory` (the index a locale's catalogs build),
then a new catalog of N/2 entries is filled from it: a third are sentences the
library already translated (exact matches, pre-filled as fuzzy) and a third are
those sentences edited by one word (fuzzy suggestions: the old translation must
come first).  Reports build and fill time, entries/s, the growth exponent, and
the share of edited sentences whose own old translation is the top suggestion.

The peer on the same data is GNU msgmerge with the library as a compendium
(``msgmerge -C library.po``), which fills exact and fuzzy matches into a new
catalog.  Babel has no released compendium merge (``pybabel merge -C`` is
unreleased as of 2.18), so it has no row here.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import subprocess
import sys
import tempfile
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
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args()
    rows = []
    peer_rows = []
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
        peer_rows.append((n, *msgmerge_fill(library, exact, edited, rng, args.timeout)))
    print("| library entries | index build s | exact fill s | filled | fuzzy lookups s | lookups/s "
          "| edited → own old translation first | growth (lookups) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    prev = None
    for n, build, fill, filled, n_exact, suggest, top, n_edited in rows:
        growth = f"{math.log(suggest / prev[1]) / math.log(n / prev[0]):.2f}" if prev else ""
        prev = (n, suggest)
        print(f"| {n:,} | {build:.2f} | {fill:.3f} | {filled}/{n_exact} | {suggest:.2f} | "
              f"{n_edited / suggest:,.0f} | {100 * top / max(n_edited, 1):.1f} % | {growth} |")
    print("\n| library entries | msgmerge -C seconds | exact filled | edited → own old translation | growth |")
    print("|---:|---:|---:|---:|---:|")
    prev = None
    for n, seconds, exact_ok, edited_ok in peer_rows:
        if seconds is None:
            print(f"| {n:,} | > {args.timeout} | – | – | – |")
            continue
        growth = f"{math.log(seconds / prev[1]) / math.log(n / prev[0]):.2f}" if prev else ""
        prev = (n, seconds)
        print(f"| {n:,} | {seconds:.2f} | {exact_ok:.1f} % | {edited_ok:.1f} % | {growth} |")
    return 0


def msgmerge_fill(library, exact, edited, rng, timeout):  # type: ignore[no-untyped-def]
    """msgmerge -C: the same exact and edited sentences filled from the library as a compendium."""
    msgmerge = shutil.which("msgmerge")
    if not msgmerge:
        return None, 0.0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        comp = polib.POFile()
        comp.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
        for e in library:
            comp.append(polib.POEntry(msgid=e.msgid, msgstr=e.msgstr))
        comp.save(f"{tmp}/library.po")
        pot = polib.POFile()
        pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
        changed = {}
        for e in exact:
            pot.append(polib.POEntry(msgid=e.msgid, msgstr=""))
        for e in edited:
            words = e.msgid.split(" ")
            pos = rng.randint(1, len(words) - 2)
            text = " ".join([*words[:pos], rng.choice(WORDS_TO_EDIT), *words[pos:]])
            changed[text] = e.msgid
            pot.append(polib.POEntry(msgid=text, msgstr=""))
        pot.save(f"{tmp}/new.pot")
        empty = polib.POFile()
        empty.metadata = dict(pot.metadata)
        empty.save(f"{tmp}/empty.po")
        t0 = time.perf_counter()
        try:
            subprocess.run([msgmerge, "-q", "--previous", "-C", f"{tmp}/library.po", f"{tmp}/empty.po",
                            f"{tmp}/new.pot", "-o", f"{tmp}/out.po"], check=True, timeout=timeout,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return None, 0.0, 0.0
        seconds = time.perf_counter() - t0
        out = {e.msgid: e for e in polib.pofile(f"{tmp}/out.po") if not e.obsolete}
        exact_ok = sum(1 for e in exact if out.get(e.msgid) and out[e.msgid].msgstr == e.msgstr)
        edited_ok = sum(1 for new, old in changed.items()
                        if out.get(new) and out[new].msgstr == pseudo_french(old))
        return seconds, 100 * exact_ok / max(len(exact), 1), 100 * edited_ok / max(len(edited), 1)


if __name__ == "__main__":
    raise SystemExit(main())
