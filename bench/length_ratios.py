#!/usr/bin/env python3
"""Usual translation length per language, for the omission check.

    python bench/length_ratios.py [--realpo DIR] [--write]

For every translated, non-fuzzy entry whose English has at least 30 letters, in the shipped
catalogs (``locales/``) and in real translators' catalogs (default ../shared/realpo), takes
ln(letters in translation / letters in English) — measured as the omission check measures them
(pipeline/meaning/length.py: letters outside numbers, units, phones and codes) — and prints,
per language with a meaning lexicon, the median and the spread (1.4826 × the median absolute
deviation, a standard deviation that a few wild entries cannot inflate).  ``--write`` stores
them as ``length_ratio`` in each language's ``pipeline/data/meaning/<code>.yaml``.
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_LETTERS = 30


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realpo", type=Path, default=ROOT.parent / "shared" / "realpo")
    ap.add_argument("--write", action="store_true", help="store the figures in the meaning lexicons")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.handout import SOURCE_LOCALE
    from pipeline.meaning.length import prose_letters
    from pipeline.meaning.lexicon import data_file
    from pipeline.poreader import read_po
    from pipeline.validate import checkable, locale_for

    ratios: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    folders = [("shipped", ROOT / "locales")] + ([("realpo", args.realpo)] if args.realpo.is_dir() else [])
    for origin, folder in folders:
        for path in sorted(folder.rglob("*.po")):
            if path.name == "site.po":
                continue  # page furniture: labels, not sentences
            po = read_po(path)
            info = locale_for(po, path)  # type: ignore[arg-type]
            code = info.data_code
            if not data_file(code).exists() or code == "en":
                continue
            for e in po:
                if not checkable(e) or e.msgid_plural:
                    continue
                n_src, n_tgt = prose_letters(e.msgid, SOURCE_LOCALE), prose_letters(e.msgstr, info.tag)
                if n_src >= MIN_LETTERS and n_tgt:
                    ratios[code][origin].append(math.log(n_tgt / n_src))
    print("| language | entries (shipped + real) | median ln ratio | spread | usual length |")
    print("|---|---:|---:|---:|---:|")
    figures = {}
    for code in sorted(ratios):
        values = [v for vs in ratios[code].values() for v in vs]
        med = statistics.median(values)
        spread = 1.4826 * statistics.median(abs(v - med) for v in values)
        figures[code] = (round(med, 3), round(spread, 3))
        counts = " + ".join(str(len(ratios[code].get(o, []))) for o in ("shipped", "realpo"))
        print(f"| {code} | {counts} | {med:+.3f} | {spread:.3f} | {math.exp(med):.0%} |")
    if args.write:
        for code, (med, spread) in figures.items():
            path = data_file(code)
            text = path.read_text(encoding="utf-8")
            line = f"length_ratio: {{median: {med}, spread: {spread}}}  # bench/length_ratios.py"
            if re.search(r"^length_ratio:.*$", text, flags=re.M):
                text = re.sub(r"^length_ratio:.*$", line, text, flags=re.M)
            else:
                text = text.rstrip("\n") + "\n" + line + "\n"
            path.write_text(text, encoding="utf-8")
        print(f"\nwrote length_ratio into {len(figures)} meaning lexicons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
