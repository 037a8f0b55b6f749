#!/usr/bin/env python3
"""Plain language of the English sources (issue 14): one row per handout, as a Markdown table.

    python bench/plain_language.py [--project DIR]

For each handout: its Flesch-Kincaid grade and target, the number of sentences read (titles, headings,
the audience line and link texts are labels, not sentences), mean and longest sentence in words, the
sentences the lint flags (above the sentence grade, or too long) and the hard words it finds — the
same reading and settings as ``python -m pipeline validate`` (``pipeline/plainlang.py``), without the
cache.  A report, not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.plainlang import findings, read_handout, settings_for  # noqa: E402
from pipeline.project import Project  # noqa: E402
from pipeline.sources import load_handouts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--project", type=Path, default=ROOT, help="project folder (default: this repository)")
    args = ap.parse_args()
    project = Project(args.project.resolve())
    settings = settings_for(project.root)
    rows = []
    handouts = load_handouts(project.handout_paths())
    started = time.perf_counter()
    for h in handouts:
        r = read_handout(h)
        flagged = sum(1 for f in findings(h, project.rel(h.path), settings) if f.message.startswith("sentence"))
        hits = [w for msg in h.messages() for w, _ in settings.matcher.find(msg.text)]
        seen = [m.group() for msg in h.messages() for m in settings.matcher.pattern.finditer(msg.text)]
        excused = sorted(set(seen) - set(hits))
        rows.append(f"| {h.id} | {r.grade:.1f} | {settings.target(h.id):g} | {len(r.sentences)} | {r.mean_words:.1f} "
                    f"| {r.max_words} | {flagged} | {len(hits)}{_listed(hits)} | {len(seen) - len(hits)}"
                    f"{_listed(excused)} |")
    elapsed = time.perf_counter() - started
    print(f"| handout | FK grade | target | sentences | mean words | max words | sentences flagged "
          f"(grade > {settings.sentence_grade:g} with ≥ {settings.sentence_min_words} words, or > "
          f"{settings.sentence_words} words) | hard words "
          "| excused (explained in brackets, or in a set phrase such as “oral rehydration”) |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|")
    print("\n".join(rows))
    print(f"\n{len(rows)} handouts read in {elapsed:.2f} s (most of it loading the CMU dictionary, once)")


def _listed(words: list[str]) -> str:
    return f" ({', '.join(sorted(set(words), key=str.lower))})" if words else ""


if __name__ == "__main__":
    main()
