"""What the meaning checks hold a translator to, in an English sentence: for notes and highlights."""

from __future__ import annotations

from ..handout import SOURCE_LOCALE
from .read import read

#: the categories a translator is told to keep (signs, items, order words and body parts on their own are too
#: common to list; a body part is named with its side: "left arm")
KEPT = ("medicine", "side", "route", "meal_relation", "day_part", "wakefulness", "care_place", "care_time")


def keep_spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, what) in ``text`` for its negations and kept concepts, adjacent ones joined
    ("left" + "arm" → "left arm"); kind is ``negation`` or the concept's category."""
    r = read(text, SOURCE_LOCALE)
    if r is None:
        return []
    spans: list[tuple[int, int, str, str]] = []
    for c in r.negations:
        a, b = r.folded.span(c.start, c.end)
        spans.append((a, b, "negation", "negation"))
    sides = [(m.start, m.end) for m in r.mentions if m.category == "side"]
    for m in r.mentions:
        beside = m.category == "body" and any(0 <= m.start - b <= 1 or 0 <= a - m.end <= 1 for a, b in sides)
        if m.category in KEPT or beside:
            a, b = r.folded.span(m.start, m.end)
            spans.append((a, b, m.category, " / ".join(sorted(c.replace("_", " ") for c in m.concepts))))
    spans.sort()
    joined: list[tuple[int, int, str, str]] = []
    for a, b, kind, what in spans:
        if joined and a <= joined[-1][1]:
            pa, pb, pk, pw = joined[-1]
            joined[-1] = (pa, max(pb, b), pk, pw)
        elif joined and not text[joined[-1][1]:a].strip() and {joined[-1][2], kind} == {"side", "body"}:
            pa, _pb, pk, pw = joined[-1]
            joined[-1] = (pa, b, pk, f"{pw} {what}")
        else:
            joined.append((a, b, kind, what))
    return joined


def keep_words(text: str) -> list[str]:
    """The English words of :func:`keep_spans`, once each, in reading order."""
    return list(dict.fromkeys(" ".join(text[a:b].split()) for a, b, _k, _w in keep_spans(text)))
