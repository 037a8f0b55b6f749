#!/usr/bin/env python3
"""Error-level findings of the validator on real translators' catalogs, per language, with a sample.

    python bench/realpo_findings.py [CATALOG_DIR] [--sample 5] [--seed 1]

Runs ``python -m pipeline validate CATALOG_DIR --format json`` (default
../shared/realpo, read in place) and prints, per language: translated entries
checked, error findings by check, and a seeded random sample of findings to
judge by hand (message, source, translation).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "realpo")
    ap.add_argument("--sample", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.poreader import read_po
    from pipeline.validate import checkable, locale_for

    checked: Counter[str] = Counter()
    for p in sorted(args.folder.rglob("*.po")):
        po = read_po(p)
        checked[locale_for(po, p).babel.language] += sum(1 for e in po if checkable(e))
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
    rng = random.Random(args.seed)
    print(f"{len(errors)} error findings in {sum(checked.values()):,} translated entries\n")
    print("| language | entries | errors | per 1,000 | by check |")
    print("|---|---:|---:|---:|---|")
    for lang in sorted(checked):
        fs = by_lang.get(lang, [])
        checks = ", ".join(f"{c} {n}" for c, n in Counter(f["check"] for f in fs).most_common())
        print(f"| {lang} | {checked[lang]:,} | {len(fs)} | {1000 * len(fs) / max(checked[lang], 1):.1f} | {checks} |")
    print()
    for lang in sorted(by_lang):
        print(f"## {lang}")
        for f in rng.sample(by_lang[lang], min(args.sample, len(by_lang[lang]))):
            src = " ".join(f["msgid"].split())[:90]
            tgt = " ".join(f["msgstr"].split())[:90]
            print(f"- {f['path']}:{f['line']} {f['check']}: {f['message'][:140]}\n  - source: {src}\n  - target: {tgt}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
