"""Show what the meaning reader finds in a text: ``python -m pipeline.meaning.probe LOCALE TEXT``.

For people writing a language's lexicon file: every concept mention (with its
polarity), negation cue and list joint, as the checks will see them.
"""

from __future__ import annotations

import sys

from .lexicon import _compiled, _load, data_file, meaning_for
from .read import read


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: python -m pipeline.meaning.probe LOCALE TEXT [TEXT ...]", file=sys.stderr)
        return 2
    tag, texts = args[0], args[1:]
    meaning_for.cache_clear()  # a file being edited is read afresh
    _compiled.cache_clear()
    _load.cache_clear()
    read.cache_clear()
    if meaning_for(tag) is None:
        print(f"no meaning lexicon for {tag!r} ({data_file(tag)} missing?)", file=sys.stderr)
        return 2
    for text in texts:
        r = read(text, tag)
        assert r is not None
        r.polarized()
        print(text)
        for m in r.mentions:
            neg = "  (negated)" if m.negated else ""
            print(f"  {m.category}: {', '.join(sorted(m.concepts))}  ← “{r.original(m.start, m.end)}”{neg}")
        for c in r.cues:
            print(f"  negation {c.kind}  ← “{r.original(c.start, c.end)}”")
        print(f"  list joints: {r.joints}   letters: {r.letters}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
