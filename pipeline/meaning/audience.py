"""Is an English sentence an instruction to a family, or a software string that happens to say "skin"?

Patient handouts talk to and about people ("your child", "you") and give instructions ("Give …",
"Do not …"); strings of other projects' user interfaces ("Fuzzy skin", "Cut selection", "Could not
load %s") mostly do neither.  The meaning checks are errors on the first kind and warnings on the
second: a word like "skin", "head" or "bottom" there usually names something else.
"""

from __future__ import annotations

import functools
import re

from ..handout import SOURCE_LOCALE
from .fold import fold
from .lexicon import inventory, meaning_for
from .read import Reading, blank_software, clauses, read, sentences

_WORD = re.compile(r"\w+(?:'\w+)?")
_FIRST_WORD = re.compile(r"\W*(\w+)")
#: placeholders, markup and menu accelerators: signs of a software string
_SOFTWARE = re.compile(r"%[-+#0 ]*\d*(?:\.\d+)?[sdifuxXeEgGc%@]|%\d|\{[\w.]*\}|<[a-zA-Z/][^>]*>|&[A-Za-z]|\b_[A-Za-z]")


def instruction(src: Reading) -> bool:
    """Does a sentence or clause of the English open with a verb that gives an instruction ("Give …", "Put …")?"""
    return _instruction(src.folded.text)


def _instruction(text: str) -> bool:
    lex = meaning_for(SOURCE_LOCALE)
    assert lex is not None
    questions = [(a, b) for a, b in sentences(text) if text[b:b + 1] == "?"]
    for a, _b, _end in clauses(text):  # "After surgery, give …": the instruction may follow a clause
        if any(x <= a < y for x, y in questions):
            continue  # "Do you want to save?" asks; it does not instruct
        first = _FIRST_WORD.match(text, a)
        if first and first.group(1) in lex.instruction_verbs:
            return True
    return False


@functools.lru_cache(maxsize=65_536)
def for_family(source: str) -> bool:
    """Is the English a patient-facing sentence (talks to or about people, instructs, or names something only
    health texts name), not a software string?  Asked once per English sentence (it is the same in every
    language)."""
    if _SOFTWARE.search(source):
        return False
    lex = meaning_for(SOURCE_LOCALE)
    assert lex is not None
    lowered = source.lower()
    if any(w in lex.audience_words for w in _WORD.findall(lowered)):
        return True
    folded = fold(blank_software(source))  # as the reader folds it
    if _instruction(folded.text):
        return True
    # only a surface of a clinical concept can make a mention of one: most software strings have none
    found = {idx for _end, (idx, _len) in lex.automaton.iter(folded.padded)}
    if found.isdisjoint(_clinical_entries()):
        return False
    src = read(source, SOURCE_LOCALE)
    assert src is not None
    return clinical(src)


def _is_clinical(category: str, cid: str) -> bool:
    marks = inventory().clinical
    return category in marks or f"{category}.{cid}" in marks


def clinical(src: Reading) -> bool:
    return any(_is_clinical(m.category, c) for m in src.mentions for c in m.concepts)


@functools.cache
def _clinical_entries() -> frozenset[int]:
    """The English lexicon's surfaces (automaton entries) that name a clinical concept."""
    lex = meaning_for(SOURCE_LOCALE)
    assert lex is not None
    return frozenset(i for i, e in enumerate(lex.entries) if any(_is_clinical(cat, cid) for cat, cid in e.concepts))
