"""Medicines, body parts and routes, timing, urgency, conditions: the same concepts in the translation.

The English and the translation are read into concept mentions
(:mod:`pipeline.meaning`); a check compares the mentions of its categories:

* **substitution** — the source's concept is not in the translation and another concept of the
  same category that the source does not have is (ear → nose, left → right, morning → evening);
  concepts marked ``near`` in ``concepts.yaml`` are not substitutions (thigh → leg);
* **swap** — the same concepts on both sides, but the ones the source forbids are the ones the
  translation allows and the other way round ("do not give aspirin; use acetaminophen" → "do not
  give acetaminophen; use aspirin");
* **urgency** — the translation's most urgent place or time is less urgent than the source's.

Medicines are held to more: every medicine of the source is named (an error where the language's
lexicon knows the medicine, a warning where it does not) and none is added.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from ..locales import resolve
from ..meaning.audience import for_family
from ..meaning.lexicon import inventory, meaning_for
from ..meaning.read import Mention, Reading
from ..meaning.spelling import spelled_alike
from .base import ERROR, WARNING, CheckFunc, EntryContext, check, quote

_TITLES = {"medicine": "medicine", "medicine_class": "kind of medicine", "body": "body part", "side": "side",
           "route": "route", "position": "position", "meal_relation": "timing with meals", "meal": "meal",
           "day_part": "time of day",
           "sequence": "order in time", "wakefulness": "awake or asleep", "care_place": "where to get care",
           "care_time": "how soon", "symptom": "sign or symptom", "therapy": "care instruction",
           "substance": "food or item"}


@functools.cache
def _near(category: str) -> dict[str, frozenset[str]]:
    """Each concept with the concepts it is near, both ways round."""
    out: dict[str, set[str]] = {}
    for (cat, cid), c in inventory().concepts.items():
        if cat != category:
            continue
        out.setdefault(cid, set()).update(c.near)
        for n in c.near:
            out.setdefault(n, set()).add(cid)
    return {k: frozenset(v) for k, v in out.items()}


def _present(m: Mention, others: set[str], category: str) -> bool:
    if not others:
        return False
    near = _near(category)
    for c in m.concepts:
        if c in others:
            return True
        close = near.get(c)
        if close is not None and not close.isdisjoint(others):
            return True
    return False


def unmatched(src: Reading, tgt: Reading, category: str) -> tuple[list[Mention], list[Mention]]:
    """Source mentions with no counterpart in the translation, and translation mentions with none in the source."""
    s_ids, t_ids = src.concepts(category), tgt.concepts(category)
    missing = [m for m in src.of(category) if not _present(m, t_ids, category)]
    added = [m for m in tgt.of(category) if not _present(m, s_ids, category)]
    if category in _ANCHORED:  # "after midnight", "before the dose": only an order in time with what it orders
        missing = [m for m in missing if _anchored(src, m)]
        added = [m for m in added if _anchored(tgt, m)]
    return missing, added


#: words of order in time ("before", "after", "until") are common in every kind of text; they are compared
#: only where they order something the checks know (a time of day, a meal, a medicine, a sign) or a number
_ANCHORED = frozenset({"sequence"})
_REACH = 25


def _anchored(r: Reading, m: Mention) -> bool:
    text = r.folded.text
    near = text[max(0, m.start - _REACH):m.end + _REACH]
    if any(ch.isdigit() for ch in near):
        return True
    return any(o.category not in _ANCHORED and abs(o.start - m.start) <= _REACH for o in r.mentions if o is not m)


def _name(m: Mention) -> str:
    return " / ".join(sorted(c.replace("_", " ") for c in m.concepts))


def _words(r: Reading, m: Mention) -> str:
    return quote(r.original(m.start, m.end))


#: categories with many loosely bounded concepts: only a clean one-for-one replacement is an error
_ONE_FOR_ONE = frozenset({"symptom", "therapy", "substance"})
#: categories where a concept said twice in the English and once in the translation, beside a concept the English
#: does not have, is a replacement ("eye drops in both eyes" → "eye drops in both ears")
_COUNTED = frozenset({"body", "side", "route"})


def _fewer(src: Reading, tgt: Reading, category: str) -> list[Mention]:
    """Source mentions of a concept the translation names fewer times (counting near concepts)."""
    near = _near(category)
    out = []
    for m in _dedupe(src.of(category)):
        if len(m.concepts) != 1:
            continue
        (c,) = m.concepts
        same = {c} | near.get(c, frozenset())
        said = sum(1 for x in src.of(category) if x.concepts == m.concepts)
        put = sum(1 for x in tgt.of(category) if x.concepts & same)
        if 0 < put < said:
            out.append(m)
    return out


def substitutions(ctx: EntryContext, category: str) -> Iterator[tuple[str, str]]:
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    missing, added = unmatched(src, tgt, category)
    if added and not missing and category in _COUNTED:
        missing = _fewer(src, tgt, category)
    if category in _ONE_FOR_ONE and (len(_dedupe(missing)) != 1 or len(_dedupe(added)) != 1):
        missing = []
    if missing and added:
        said = ", ".join(f"{_words(src, m)} ({_name(m)})" for m in _dedupe(missing))
        instead = ", ".join(f"{_words(tgt, m)} ({_name(m)})" for m in _dedupe(added))
        yield meaning_severity(ctx), (f"{_TITLES[category]} changed: the English says {said}; the translation says "
                               f"{instead} instead")
    else:
        yield from _swapped(ctx, category)


#: fewer English words than this is a label, a list entry or a button, not an instruction
MIN_WORDS = 4


def meaning_severity(ctx: EntryContext, severity: str = ERROR) -> str:
    """Errors on patient-facing sentences; on software strings ("fuzzy skin") and labels only warnings."""
    words = ctx.source.split()
    if not for_family(ctx.source) or len(words) < MIN_WORDS or _title(words):
        return WARNING
    return severity


def _title(words: list[str]) -> bool:
    """A title or a label in title case ("No Load Move Factor", "Avoid Supports When Traveling"), not a
    sentence: every word of four letters or more capitalised, and no sentence punctuation at the end."""
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return bool(long) and all(w[0].isupper() for w in long) and not words[-1].endswith((".", "!", "?", ":"))


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set[frozenset[str]] = set()
    out = []
    for m in ms:
        if m.concepts not in seen:
            seen.add(m.concepts)
            out.append(m)
    return out


def _polarities(r: Reading, category: str, sure: bool) -> dict[str, set[bool]]:
    """Concept → the polarities it is mentioned with (with ``sure``, only mentions whose polarity is sure)."""
    out: dict[str, set[bool]] = {}
    for m in r.polarized().of(category):
        if sure and not m.certain:
            continue
        for c in m.concepts:
            out.setdefault(c, set()).add(m.negated)
    return out


def _swapped(ctx: EntryContext, category: str) -> Iterator[tuple[str, str]]:
    """What the source forbids, the translation allows, and the other way round."""
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    if not src.negations or not tgt.negations:
        return
    # the English must say for sure what it rules out and what it allows; the translation is read by clause
    sp, tp = _polarities(src, category, sure=True), _polarities(tgt, category, sure=False)
    common = sp.keys() & tp.keys()
    now_allowed = sorted(c for c in common if sp[c] == {True} and tp[c] == {False})
    now_forbidden = sorted(c for c in common if sp[c] == {False} and tp[c] == {True})
    if now_allowed and now_forbidden:
        yield meaning_severity(ctx), (
            f"{_TITLES[category]} swapped: the English rules out {_list(now_allowed)} and allows "
            f"{_list(now_forbidden)}; the translation rules out {_list(now_forbidden)} and allows {_list(now_allowed)}")


def _list(ids: list[str]) -> str:
    return ", ".join(quote(c.replace("_", " ")) for c in ids)


@check("medicines", ERROR, "Medicines stay the same",
       "Every medicine the English names is named in the translation (a local name such as paracétamol for "
       "acetaminophen is the same medicine), no other medicine is added, and what the English rules out stays "
       "ruled out.",
       needs="meaning")
def medicines(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    if not (src.of("medicine") or tgt.of("medicine") or src.of("medicine_class")):
        return
    missing, added = unmatched(src, tgt, "medicine")
    if missing:
        # the translation's own spelling of the name (benzylpénicilline, bencilpenicilina, ਆਈਬਿਊਪ੍ਰੋਫ਼ਿਨ)
        code = resolve(ctx.info.tag).data_code
        missing = [m for m in missing if not spelled_alike(m.concepts, ctx.target, code)]
    if missing and added:
        yield from substitutions(ctx, "medicine")
    else:
        lex = meaning_for(ctx.info.tag)
        assert lex is not None
        for m in _dedupe(missing):
            known = any(("medicine", c) in lex.has for c in m.concepts)
            yield meaning_severity(ctx, ERROR if known else WARNING), (
                f"the English names {_words(src, m)} ({_name(m)}); the translation does not name it"
                + ("" if known else f" (the {ctx.info.english_name} names of this medicine are not in our lexicon: "
                   "check it by eye)"))
        for m in _dedupe(added):
            yield meaning_severity(ctx), (f"the translation names {_words(tgt, m)} ({_name(m)}), a medicine the "
                                          "English does not name")
        if not missing and not added:
            yield from _swapped(ctx, "medicine")
    yield from substitutions(ctx, "medicine_class")


def _categories(check_id: str, ctx: EntryContext | None = None) -> tuple[str, ...]:
    """The categories a check compares (with ``ctx``: only those either side mentions)."""
    categories = inventory().categories_of[check_id]
    if ctx is None:
        return categories
    tgt = ctx.tgt_meaning
    assert tgt is not None
    said, put = ctx.src_meaning.by_category, tgt.by_category
    return tuple(c for c in categories if c in said or c in put)


def _substitution_check(cid: str, title: str, description: str) -> CheckFunc:
    """A check that one concept of its categories is not put in place of another (ear → nose)."""
    def run(ctx: EntryContext) -> Iterator[tuple[str, str]]:
        for category in _categories(cid, ctx):
            yield from substitutions(ctx, category)
    return check(cid, ERROR, title, description, needs="meaning")(run)


body_parts = _substitution_check(
    "body-parts", "Body parts, sides and routes stay the same",
    "The body part (ear, eye, arm, ankle …), the side (left, right, both) and the route (by mouth, in the ear, "
    "on the skin, rectal, inhaled) of an instruction are the same in the translation.")
timing = _substitution_check(
    "timing", "Timing stays the same",
    "With food or on an empty stomach, before or after (meals, bedtime, an event), morning, evening, night, "
    "awake or asleep: the translation keeps when to do it.")
conditions = _substitution_check(
    "conditions", "Signs, symptoms and care instructions stay the same",
    "A sign or symptom (vomiting, rash, trouble breathing …), a care instruction (ice or heat, bath or shower) "
    "or a food or item (honey, milk, juice) is not replaced by another one.")


def _level(m: Mention, category: str) -> int:
    concepts = inventory().concepts
    return max(concepts[(category, c)].level or 0 for c in m.concepts)


@check("urgency", ERROR, "Urgency stays the same",
       "Where to go and how soon keep their urgency: call 911 / the emergency department / right away / today "
       "are not turned into a family doctor, the next visit or the next few days.",
       needs="meaning")
def urgency(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    categories = _categories("urgency")
    said = [(m, c) for c in categories for m in src.of(c)]
    put = [(m, c) for c in categories for m in tgt.of(c)]
    if not said or not put:
        return
    # where to go and how soon are read on one scale (911 and "right away" 5, the emergency department and
    # "today" 4 … the next visit 0): the translation's most urgent word may not be less urgent than the English's
    s_top, s_cat = max(said, key=lambda mc: _level(*mc))
    t_top, t_cat = max(put, key=lambda mc: _level(*mc))
    s_level, t_level = _level(s_top, s_cat), _level(t_top, t_cat)
    for category in categories:  # and on each scale that both sides use
        s_ms, t_ms = src.of(category), tgt.of(category)
        if s_ms and t_ms:
            cs = max(s_ms, key=lambda m: _level(m, category))
            ct = max(t_ms, key=lambda m: _level(m, category))
            if _level(ct, category) < _level(cs, category) and s_level - t_level < 1:
                s_top, s_cat, t_top, t_cat = cs, category, ct, category
                s_level, t_level = _level(cs, category), _level(ct, category)
    if t_level >= s_level:
        return
    # a step down from the emergency level, two steps anywhere, or any step in "how soon" from
    # tomorrow or sooner is an error; one step between two non-urgent places is worth a look
    serious = s_level >= 4 or s_level - t_level >= 2 or (s_cat == "care_time" and s_level >= 3)
    yield meaning_severity(ctx, ERROR if serious else WARNING), (
        f"less urgent: the English says {_words(src, s_top)} ({_name(s_top)}); the translation says "
        f"{_words(tgt, t_top)} ({_name(t_top)})")
