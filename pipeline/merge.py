"""Merge a template (POT) into an existing translation (PO).

Rules, in order, for each template entry:

1. same ``msgctxt`` and ``msgid`` (active or obsolete) — keep the translation,
   its flags and translator comments;
2. same ``msgid`` under another ``msgctxt`` (the text moved) — keep it;
3. same ``msgctxt`` with an edited ``msgid`` — keep the old translation as
   **fuzzy**, with the previous msgid in ``#|``, if the two sentences are still
   similar enough to help;
4. an unused old translation whose msgid is similar (indexed fuzzy search) —
   offered as **fuzzy** with ``#| msgctxt`` / ``#| msgid``;
5. otherwise the entry is new and untranslated.

Old entries not carried to an entry of the same context or text become
obsolete (``#~``), so no translator's work is ever dropped.  Extracted
comments (``#.``) and references (``#:``) always come from the template.  The
merge is idempotent: merging the same template again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polib
from rapidfuzz import fuzz

from .catalog import entry_key, has_translation
from .fuzzy import FuzzyIndex, normalise

FUZZY_CUTOFF = 75.0  # cross-entry suggestions: high, to avoid wrong pre-fills
SAME_SLOT_CUTOFF = 40.0  # an edit of the same id keeps the old text as a fuzzy draft


@dataclass
class MergeStats:
    kept: int = 0
    moved: int = 0
    fuzzy_edited: int = 0
    fuzzy_matched: int = 0
    new: int = 0
    obsoleted: int = 0
    memory: int = 0
    details: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.kept} kept"]
        for name in ("moved", "fuzzy_edited", "fuzzy_matched", "memory", "new", "obsoleted"):
            value = getattr(self, name)
            if value:
                parts.append(f"{value} {name.replace('_', ' ')}")
        return ", ".join(parts)


def _copy_translation(dst: polib.POEntry, src: polib.POEntry) -> None:
    if dst.msgid_plural:
        if src.msgid_plural and src.msgstr_plural:
            dst.msgstr_plural = dict(src.msgstr_plural)
        elif src.msgstr:
            dst.msgstr_plural = {0: src.msgstr}
    else:
        if src.msgid_plural and src.msgstr_plural:
            dst.msgstr = src.msgstr_plural.get(0, "")
        else:
            dst.msgstr = src.msgstr
    dst.tcomment = src.tcomment


def _template_entry(t: polib.POEntry, nplurals: int) -> polib.POEntry:
    e = polib.POEntry(
        msgctxt=t.msgctxt,
        msgid=t.msgid,
        msgid_plural=t.msgid_plural,
        comment=t.comment,
        occurrences=list(t.occurrences),
        flags=[f for f in t.flags if f != "fuzzy"],
    )
    if t.msgid_plural:
        e.msgstr_plural = {i: "" for i in range(nplurals)}
    return e


def _set_fuzzy(e: polib.POEntry, old: polib.POEntry) -> None:
    if "fuzzy" not in e.flags:
        e.flags.insert(0, "fuzzy")
    # Like msgmerge --previous: if the old entry was already fuzzy, its previous msgid is the last
    # *translated* source and is the useful one to keep.  The "#|" lines are exactly gettext's: the old
    # msgctxt whenever it had one (changed or not), and no "#| msgid_plural" at all for a singular entry.
    if "fuzzy" in old.flags and old.previous_msgid:
        e.previous_msgid = old.previous_msgid
        e.previous_msgid_plural = old.previous_msgid_plural or None
        e.previous_msgctxt = old.previous_msgctxt or None
    else:
        e.previous_msgid = old.msgid
        e.previous_msgid_plural = old.msgid_plural or None
        e.previous_msgctxt = old.msgctxt or None


def _keep_state(e: polib.POEntry, old: polib.POEntry) -> None:
    """Exact match: carry flags (fuzzy included) and, if still fuzzy, ``#|``."""
    for flag in old.flags:
        if flag not in e.flags:
            e.flags.append(flag) if flag != "fuzzy" else e.flags.insert(0, flag)
    if "fuzzy" in e.flags:
        e.previous_msgctxt = old.previous_msgctxt or None
        e.previous_msgid = old.previous_msgid or None
        e.previous_msgid_plural = old.previous_msgid_plural or None


def merge(template: polib.POFile, old: polib.POFile, *, nplurals: int = 2,
          fuzzy_matching: bool = True) -> tuple[polib.POFile, MergeStats]:
    """Return a new catalog: ``old``'s header and translations on ``template``'s entries."""
    stats = MergeStats()
    out = polib.POFile(wrapwidth=old.wrapwidth or 78)
    out.header = old.header
    out.metadata = dict(old.metadata)
    out.metadata_is_fuzzy = old.metadata_is_fuzzy
    for k in ("POT-Creation-Date", "Project-Id-Version"):
        if k in template.metadata:
            out.metadata[k] = template.metadata[k]

    active = [e for e in old if not e.obsolete]
    obsolete = [e for e in old if e.obsolete]
    by_key: dict[tuple[str, str], polib.POEntry] = {}
    for e in active + obsolete:  # active wins over obsolete for one key
        by_key.setdefault(entry_key(e), e)
    by_ctx: dict[str, polib.POEntry] = {e.msgctxt: e for e in active if e.msgctxt}
    by_msgid: dict[str, list[polib.POEntry]] = {}
    for e in active + obsolete:
        if has_translation(e):
            by_msgid.setdefault(e.msgid, []).append(e)

    template_keys = {entry_key(t) for t in template}
    carried: set[int] = set()  # ids of old entries whose translation lives on in the same slot/text
    used_for_suggestion: set[int] = set()
    pending: list[polib.POEntry] = []

    for t in template:
        e = _template_entry(t, nplurals)
        key = entry_key(t)
        if key in by_key:  # rule 1
            src = by_key[key]
            _copy_translation(e, src)
            _keep_state(e, src)
            carried.add(id(src))
            stats.kept += 1
        else:
            moved = next((c for c in by_msgid.get(t.msgid, [])
                          if entry_key(c) not in template_keys and id(c) not in carried), None)
            same_slot = by_ctx.get(t.msgctxt) if t.msgctxt else None
            if moved is not None:  # rule 2
                _copy_translation(e, moved)
                _keep_state(e, moved)
                carried.add(id(moved))
                stats.moved += 1
            elif (same_slot is not None and entry_key(same_slot) not in template_keys
                  and has_translation(same_slot)
                  and fuzz.ratio(normalise(t.msgid), normalise(same_slot.msgid)) >= SAME_SLOT_CUTOFF):
                _copy_translation(e, same_slot)  # rule 3
                _set_fuzzy(e, same_slot)
                carried.add(id(same_slot))
                stats.fuzzy_edited += 1
            else:
                pending.append(e)
        out.append(e)

    if fuzzy_matching and pending:  # rule 4, one index over all unused translations
        pool = [c for c in active + obsolete
                if has_translation(c) and entry_key(c) not in template_keys and id(c) not in carried]
        index = FuzzyIndex((i, c.msgid) for i, c in enumerate(pool))
        for e in pending:
            hits = index.search(e.msgid, cutoff=FUZZY_CUTOFF, limit=1)
            if hits:
                src = pool[hits[0].key]  # type: ignore[index]
                _copy_translation(e, src)
                _set_fuzzy(e, src)
                used_for_suggestion.add(id(src))
                stats.fuzzy_matched += 1
            else:
                stats.new += 1
    else:
        stats.new += len(pending)

    # Obsolete: every old entry whose text did not live on under its own slot or text.
    leftovers = []
    for e in active + obsolete:
        if id(e) in carried or entry_key(e) in template_keys:
            continue
        if not has_translation(e) and not e.tcomment:
            continue  # nothing of a translator's to keep
        o = polib.POEntry(msgctxt=e.msgctxt, msgid=e.msgid, msgid_plural=e.msgid_plural,
                          msgstr=e.msgstr, msgstr_plural=dict(e.msgstr_plural),
                          tcomment=e.tcomment, flags=list(e.flags), obsolete=True,
                          previous_msgctxt=e.previous_msgctxt, previous_msgid=e.previous_msgid,
                          previous_msgid_plural=e.previous_msgid_plural)
        if not e.obsolete:
            stats.obsoleted += 1
        leftovers.append(o)
    leftovers.sort(key=lambda o: (o.msgctxt or "", o.msgid))
    seen: set[tuple[str, str]] = set()
    for o in leftovers:
        if entry_key(o) not in seen:
            seen.add(entry_key(o))
            out.append(o)
    return out, stats


_FIELDS = ("msgctxt", "msgid", "msgid_plural", "msgstr", "flags", "comment", "tcomment", "occurrences",
           "previous_msgctxt", "previous_msgid", "previous_msgid_plural", "obsolete")


def same_catalog(a: polib.POFile, b: polib.POFile) -> bool:
    """Do two catalogs hold the same header and the same entries in the same order (every field)?

    When a merge gives back what the file already held, ``update`` leaves the file as it is,
    byte for byte, even if another editor wrapped its lines differently.
    """
    if a.header != b.header or list(a.metadata.items()) != list(b.metadata.items()) or len(a) != len(b):
        return False
    if a.metadata_is_fuzzy != b.metadata_is_fuzzy:
        return False
    for x, y in zip(a, b, strict=True):
        for name in _FIELDS:
            if getattr(x, name) != getattr(y, name):
                return False
        if dict(x.msgstr_plural) != dict(y.msgstr_plural):
            return False
    return True
