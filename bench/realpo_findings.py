#!/usr/bin/env python3
"""Error-level findings of the validator on real translators' catalogs, per language, with a sample.

    python bench/realpo_findings.py [CATALOG_DIR] [--sample 5] [--judge 40] [--seed 1]

Runs ``python -m pipeline validate CATALOG_DIR --format json`` (default
../shared/realpo, read in place) and prints, per language: translated entries
checked, the digit-bearing ones (the English holds a digit), error findings by
check, and how many digit-bearing entries carry at least one error; then a
seeded random sample of findings per language, and one of ``--judge`` error
findings drawn from all of them, numbered, to judge by hand (message, source,
translation).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DIGIT = re.compile(r"\d")  # a decimal digit of any script


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "realpo")
    ap.add_argument("--sample", type=int, default=5)
    ap.add_argument("--judge", type=int, default=40, help="error findings to draw from all languages")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.poreader import read_po
    from pipeline.validate import checkable, locale_for

    checked: Counter[str] = Counter()
    digit_bearing: dict[tuple[str, int], str] = {}  # (catalog, msgstr line) -> language
    for p in sorted(args.folder.rglob("*.po")):
        po = read_po(p)
        lang = locale_for(po, p).babel.language
        for e in po:
            if checkable(e):
                checked[lang] += 1
                if _DIGIT.search(e.msgid) or _DIGIT.search(e.msgid_plural or ""):
                    digit_bearing[(os.path.realpath(p), e.msgstr_line)] = lang
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        proc = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(args.folder), "--format", "json",
                               "-o", out.name], capture_output=True, text=True, check=False)
        if proc.returncode not in (0, 1):
            print(proc.stderr, file=sys.stderr)
            return 2
        data = json.loads(Path(out.name).read_text(encoding="utf-8"))
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for f in errors:
        by_lang[f["locale"].replace("-", "_").split("_")[0]].append(f)
    flagged = {(os.path.realpath(f["path"]), f["line"]) for f in errors} & digit_bearing.keys()
    digits_in: Counter[str] = Counter(digit_bearing.values())
    flagged_in: Counter[str] = Counter(digit_bearing[k] for k in flagged)
    rng = random.Random(args.seed)
    print(f"{len(errors)} error findings in {sum(checked.values()):,} translated entries; "
          f"{len(flagged):,} of the {len(digit_bearing):,} digit-bearing entries carry an error "
          f"({100 * len(flagged) / max(len(digit_bearing), 1):.2f} %)\n")
    print("| language | entries | with digits | errors | per 1,000 | digit-bearing flagged | by check |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for lang in sorted(checked):
        fs = by_lang.get(lang, [])
        checks = ", ".join(f"{c} {n}" for c, n in Counter(f["check"] for f in fs).most_common())
        share = 100 * flagged_in[lang] / max(digits_in[lang], 1)
        print(f"| {lang} | {checked[lang]:,} | {digits_in[lang]:,} | {len(fs)} | "
              f"{1000 * len(fs) / max(checked[lang], 1):.1f} | {flagged_in[lang]} ({share:.1f} %) | {checks} |")
    print()
    for lang in sorted(by_lang):
        print(f"## {lang}")
        for f in rng.sample(by_lang[lang], min(args.sample, len(by_lang[lang]))):
            src = " ".join(f["msgid"].split())[:90]
            tgt = " ".join(f["msgstr"].split())[:90]
            print(f"- {f['path']}:{f['line']} {f['check']}: {f['message'][:140]}\n  - source: {src}\n  - target: {tgt}")
        print()
    if args.judge:
        print(f"## {min(args.judge, len(errors))} error findings drawn from all {len(errors)} (seed {args.seed})")
        for i, f in enumerate(random.Random(args.seed).sample(errors, min(args.judge, len(errors))), 1):
            src = " ".join(f["msgid"].split())[:160]
            tgt = " ".join(f["msgstr"].split())[:160]
            print(f"{i}. {f['path']}:{f['line']} [{f['locale']}] {f['check']}: {f['message'][:200]}\n"
                  f"   - source: {src}\n   - target: {tgt}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
