"""Translator notes generated from a source sentence: quantities, tokens and meanings to keep."""

from __future__ import annotations

from .handout import SOURCE_LOCALE
from .meaning.anchors import keep_words
from .quantities.scan import group_text, groups, scan


def source_notes(text: str) -> list[str]:
    """Lines for the ``#.`` comment: what must survive translation, by value."""
    s = scan(text, SOURCE_LOCALE)
    lines = []
    parts = []
    for g in groups(s):
        tags = []
        if any(q.range_id for q in g):
            tags.append("range")
        if any(q.pair_id for q in g):
            tags.append("conversion")
        comparator = next((q.comparator for q in g if q.direction), None)
        if comparator:
            tags.append(f"threshold “{comparator}”")
        label = group_text(s, g) if not all(q.implied for q in g) else g[0].label()
        parts.append(label + (f" [{', '.join(tags)}]" if tags else ""))
    if parts:
        lines.append("Quantities (keep every value and unit; use your language's number format): "
                      + "; ".join(parts))
    keep = [p.text for p in sorted(s.phones, key=lambda p: p.start)] + [c.text for c in s.codes]
    if keep:
        lines.append("Keep exactly as written: " + ", ".join(dict.fromkeys(keep)))
    meaning = keep_words(text)
    if meaning:
        lines.append("Keep the meaning of: " + "; ".join(meaning))
    return lines
