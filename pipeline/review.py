"""Review marks: who reviewed an entry and when, sealed to the text they approved.

A mark is a translator comment, readable in diffs and kept by every PO tool::

    # reviewed: Amira Haddad, 2026-11-25 [fp:1a2b3c4d]

The fingerprint covers msgctxt, msgid and msgstr, so a mark lapses by itself
when the source or the translation changes afterwards — no stale approval
can survive an edit, a ``pipeline update`` or a merge.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import polib

from .catalog import is_translated
from .waivers import fingerprint

REVIEW_RE = re.compile(r"^\s*reviewed:\s*(?P<who>[^,\[\]]+?)\s*,\s*(?P<date>\d{4}-\d{2}-\d{2})\s*"
                       r"\[fp:(?P<fp>[0-9a-f]{8})\]\s*$")


@dataclass(frozen=True)
class Mark:
    reviewer: str
    date: str
    valid: bool  # False: the text changed since it was reviewed


def mark_of(entry: polib.POEntry) -> Mark | None:
    for line in (entry.tcomment or "").splitlines():
        m = REVIEW_RE.match(line)
        if m:
            return Mark(m.group("who"), m.group("date"), m.group("fp") == fingerprint(entry))
    return None


def is_reviewed(entry: polib.POEntry) -> bool:
    mark = mark_of(entry)
    return bool(mark and mark.valid and is_translated(entry))


def mark_reviewed(entry: polib.POEntry, reviewer: str, when: dt.date | None = None) -> str:
    """Record (or renew) ``reviewer``'s approval of the entry's current text; return the comment line."""
    reviewer = " ".join(reviewer.replace(",", " ").replace("[", "(").replace("]", ")").split())
    if not reviewer:
        raise ValueError("a review needs the reviewer's name")
    if not is_translated(entry):
        raise ValueError("only a translated, non-fuzzy entry can be reviewed")
    line = f"reviewed: {reviewer}, {(when or dt.date.today()).isoformat()} [fp:{fingerprint(entry)}]"
    kept = [ln for ln in (entry.tcomment or "").splitlines() if not REVIEW_RE.match(ln)]
    entry.tcomment = "\n".join([*kept, line])
    return line


def review_counts(po: polib.POFile) -> tuple[int, int]:
    """(reviewed, active entries) of a catalog."""
    active = [e for e in po if not e.obsolete and e.msgid]
    return sum(1 for e in active if is_reviewed(e)), len(active)


def fully_reviewed(po: polib.POFile) -> bool:
    reviewed, total = review_counts(po)
    return total > 0 and reviewed == total
