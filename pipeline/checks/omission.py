"""Omission: nothing of the instruction is left out.

Three signals, each weak alone, are combined:

* **length** — how long the translation is against its language's usual length for the same English
  (``length_ratio`` in the language's meaning file: median and spread of ln(letters in translation /
  letters in English), measured on real translations by ``bench/length_ratios.py``);
* **missing concepts** — something the English names (a symptom, a time of day, a body part, a medicine
  class …) that the translation does not, although the language's lexicon knows how it is said;
* **listed conditions** — the English lists several signs ("trouble breathing, blue lips, or cannot be
  woken up") and the translation names fewer of them.

A translation far shorter than usual is an error on its own; a missing concept in a shorter than usual
translation, or a shortened list, is an error; a missing concept alone is only worth a look.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ..handout import SOURCE_LOCALE
from ..meaning.length import length_z, prose_letters
from ..meaning.lexicon import inventory, meaning_for
from ..meaning.read import Mention, Reading, sentences
from ..meaning.spelling import alike
from .base import ERROR, WARNING, EntryContext, check, quote
from .concepts import meaning_severity, unmatched

#: far shorter: under half the usual length; shorter: the z-score with a missing concept, and with a shortened list
_FAR_SHORTER_SHARE, _SHORTER, _LIST_SHORTER, _STRESSED_SHORTER = 0.5, -1.0, 0.25, 0.5
#: letters of English (about ten words) from which a far shorter translation alone is an error
_SURE_LETTERS = 60
#: one missing concept needs a clearly shorter translation (a lexicon may lack the translator's word)
_SHORTER_ONE = -1.25
#: categories whose missing concepts count as left out (all but the ones compared as wholes elsewhere)
_CATEGORIES = ("symptom", "medicine_class", "therapy", "substance", "day_part", "meal_relation", "meal",
               "wakefulness", "body", "side", "route", "care_place", "care_time")
_LISTED = ("symptom", "therapy", "substance")


def _letters(ctx: EntryContext) -> tuple[int, int]:
    return prose_letters(ctx.source, SOURCE_LOCALE), prose_letters(ctx.target, ctx.info.tag)


def _z(ctx: EntryContext) -> float | None:
    return length_z(ctx.source, ctx.target, ctx.info.tag)


def _left_out(ctx: EntryContext) -> list[Mention]:
    """Source mentions the translation lacks, where the language knows the concept and nothing replaced it."""
    lex = meaning_for(ctx.info.tag)
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert lex is not None and tgt is not None
    out = []
    for category in _CATEGORIES:
        if category not in src.by_category:
            continue
        missing, added = unmatched(src, tgt, category)
        if added:
            continue  # a substitution, which the category's own check reports
        out.extend(m for m in missing if any((category, c) in lex.has for c in m.concepts)
                   and not _named_by_part(m, tgt) and not _kept_as_name(ctx, m))
    return out


def _kept_as_name(ctx: EntryContext, m: Mention) -> bool:
    """A word written with capitals that the translation keeps as it is: a name ("ReST formatting", the
    markup language, not "rest"), not the concept."""
    surface = ctx.src_meaning.original(m.start, m.end)
    return surface != surface.lower() and re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", ctx.target) is not None


def _said_otherwise(ctx: EntryContext, m: Mention) -> bool:
    """Does the translation write the concept in a form or spelling its lexicon does not list ("réveiller" for
    "se réveiller", "التعطيم" for "التطعيم")?"""
    return alike(m.concepts, ctx.target, ctx.info.data_code, m.category) is not None


def _named_by_part(m: Mention, tgt: Reading) -> bool:
    """A route the translation gives by its body part ("in the bottom (rectal)" → "ਗੁਦਾ ਵਿੱਚ")."""
    concepts = inventory().concepts
    parts = {imp for c in m.concepts for imp in concepts[(m.category, c)].implies}
    return any(cat == "body" and cid in tgt.concepts("body") for cat, cid in parts)


def _label(ctx: EntryContext, m: Mention) -> str:
    return f"{quote(ctx.src_meaning.original(m.start, m.end))}"


@check("omission", ERROR, "Nothing is left out",
       "The translation says everything the English says: a translation far shorter than its language's usual "
       "length, a shortened list of warning signs, or a missing sign, time or body part in a short translation "
       "is flagged.",
       needs="meaning")
def omission(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    tgt = ctx.tgt_meaning
    assert tgt is not None
    z = _z(ctx)
    left_out = _left_out(ctx)
    expected, share = "", 1.0
    if z is not None:
        lex = meaning_for(ctx.info.tag)
        assert lex is not None and lex.length_median is not None
        s_letters, t_letters = _letters(ctx)
        share = t_letters / (s_letters * math.exp(lex.length_median))
        expected = f"the translation is {share:.0%} of the usual length for this English"
    if z is not None and share < _FAR_SHORTER_SHARE:
        # a short English line ("Check to show a line through the text." → "취소선 보기.") may be said in a few
        # words; only a longer one that shrank this much has surely lost something
        sure = _letters(ctx)[0] >= _SURE_LETTERS
        yield (meaning_severity(ctx) if sure else WARNING), f"{expected}: part of the instruction is probably left out"
        return
    listed = _shortened_list(ctx)
    if listed and (z is None or z <= _LIST_SHORTER):
        yield meaning_severity(ctx), listed
        return
    if not left_out:
        return
    stressed = [m for m in left_out if _stressed(ctx, m)]
    if stressed and (z is None or z <= _STRESSED_SHORTER):
        stressed = [m for m in stressed if not _said_otherwise(ctx, m)]
    if stressed and (z is None or z <= _STRESSED_SHORTER):
        said = ", ".join(dict.fromkeys(_label(ctx, m) for m in stressed))
        yield meaning_severity(ctx), (f"the English stresses {said} (“{_stress_word(ctx, stressed[0])} …”); the "
                                      "translation leaves it out")
        return
    concepts = inventory().concepts
    left_out = [m for m in left_out if not any(concepts[(m.category, c)].stressed_only for c in m.concepts)]
    if not left_out or z is None or z > 0:
        return
    # (asked only now: finding a word in another spelling is the slowest test)
    left_out = [m for m in left_out if not _said_otherwise(ctx, m)]
    if not left_out:
        return
    words = ", ".join(dict.fromkeys(_label(ctx, m) for m in left_out))
    if z <= (_SHORTER if len({m.concepts for m in left_out}) > 1 else _SHORTER_ONE):
        yield meaning_severity(ctx), f"the English says {words}; the translation does not, and {expected}"
    else:
        yield WARNING, f"the English says {words}; the translation does not seem to"


def _shortened_list(ctx: EntryContext) -> str:
    """The English lists three or more signs or items; the translation names fewer, with fewer list joints."""
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    lex = meaning_for(ctx.info.tag)
    assert lex is not None
    for category in _LISTED:
        if len(src.of(category)) < 3:
            continue
        said = [m for m in src.of(category) if any((category, c) in lex.has for c in m.concepts)]
        if len({m.concepts for m in said}) < 3:
            continue
        missing, added = unmatched(src, tgt, category)
        missing = [m for m in missing if m in said]
        if not missing or added or len(missing) == len(said):
            continue
        # a lexicon may lack a translator's word for an item: the list is shorter only if it also has fewer joints
        if _list_joints(src, said, trailing=False) <= _list_joints(tgt, tgt.of(category), trailing=True):
            continue
        names = ", ".join(dict.fromkeys(quote(src.original(m.start, m.end)) for m in missing))
        return f"the English lists {len({m.concepts for m in said})} signs or items; the translation leaves out {names}"
    return ""


def _list_joints(r: Reading, items: list[Mention], trailing: bool) -> int:
    """Joints between the first and the last listed item; with ``trailing``, also the "or"/"and" joints after the
    last one in its sentence (an item the lexicon does not know may follow)."""
    if not items:
        return 0
    first, last = min(m.start for m in items), max(m.end for m in items)
    end = next((b for a, b in sentences(r.folded.text) if a <= last <= b), len(r.folded.text))
    return sum(1 for j in r.joint_spans if first <= j.start < last or (trailing and j.word and last <= j.start < end))


def _stress_word(ctx: EntryContext, m: Mention) -> str:
    text = ctx.src_meaning.folded.text
    found = _STRESS.search(text, max(0, m.start - _STRESS_REACH), m.start)
    return found.group(1) if found else ""


def _stressed(ctx: EntryContext, m: Mention) -> bool:
    """"even at night", "especially at bedtime": a condition the English goes out of its way to state."""
    return bool(_stress_word(ctx, m))


#: words that single out the condition after them; a translation that drops the condition drops the point
_STRESS = re.compile(r"\b(even|especially|including|also)\b(?=[^.;,:!?]*$)")
_STRESS_REACH = 16
