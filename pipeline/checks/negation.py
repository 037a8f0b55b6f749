"""Negation: what the English forbids stays forbidden, and the translation forbids nothing more.

Negation words are language data (``negation`` in ``pipeline/data/meaning/<code>.yaml``):
*cues* negate (not, ne … pas, no, 不要, لا, نـ…, ਨਾ, không, 않다, huwag, не), *privatives*
carry a negative meaning without being a negation (avoid, without, only, sans, évitez, 避免,
تجنب, پرهیز). A cue that is part of a concept ("without food", "cannot be woken up") is that
concept's meaning and is compared by the concept checks instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..handout import SOURCE_LOCALE
from ..meaning.audience import instruction
from ..meaning.length import says_more
from ..meaning.lexicon import PRIVATIVE, meaning_for
from ..meaning.read import Cue, Reading, clauses, sentences
from .base import ERROR, WARNING, EntryContext, check, quote
from .concepts import meaning_severity


def _words(r: Reading, cues: list[Cue]) -> str:
    return ", ".join(dict.fromkeys(quote(r.original(c.start, c.end)) for c in cues))


def _in(span: tuple[int, int], cues: list[Cue]) -> list[Cue]:
    return [c for c in cues if span[0] <= c.start < span[1]]


@check("negation", ERROR, "Negations are kept",
       "A prohibition or negation in the English (do not, never, no, avoid, must not …) is in the translation, "
       "and the translation adds none.",
       needs="meaning")
def negation(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    if not (src.cues or tgt.cues or src.absorbed):
        return
    said = src.negations
    severity = meaning_severity(ctx)
    if said and not tgt.negative and not _into_limit(ctx, said):
        if _double(src, said):  # "not expected to survive without the operation" → "must have the operation"
            yield WARNING, (f"the English says {_words(src, said)} … {_words(src, _privatives(src))}, a double "
                            "negation; the translation says it without one: check it says the same")
        else:
            yield severity, (f"the English says {_words(src, said)}, but the translation has no negation: "
                             "what is forbidden has become an instruction")
        return
    if said:
        yield from _per_sentence(ctx, severity)
        return
    added = tgt.negations
    if added and not src.cues and not src.absorbed and instruction(src):
        # a translation much longer than usual may carry an explanation of its own ("… mais ne s'ouvrent pas")
        yield (WARNING if says_more(ctx.source, ctx.target, ctx.info.tag) else severity), (
            f"the translation adds a negation ({_words(tgt, added)}) to an instruction the English gives without "
            "one: what should be done has become forbidden")


def _privatives(r: Reading) -> list[Cue]:
    """The English's words that negate a second time ("without", "unless")."""
    lex = meaning_for(SOURCE_LOCALE)
    assert lex is not None
    return [c for c in r.cues if c.kind == PRIVATIVE and c.surface in lex.doubles]


def _double(src: Reading, said: list[Cue]) -> bool:
    """Is every negation of the English followed, in its clause, by a word that negates again ("not … without",
    "never … unless")?  Two negations make a positive, which a translation may say positively."""
    privatives = _privatives(src)
    if not privatives:
        return False
    spans = clauses(src.folded.text)
    for c in said:
        _a, b = next(((x, y) for x, y, _end in spans if x <= c.start < y), (c.start, c.end))
        if not any(c.end <= p.start < b for p in privatives):
            return False
    return True


def _into_limit(ctx: EntryContext, said: list[Cue]) -> bool:
    """"Do not give more than 4" → "donnez au maximum 4": the negation went into the comparison, which the
    thresholds check compares."""
    if len(said) != 1 or not ctx.numeric:
        return False
    return any(s.negated and s.direction and t.direction and s.direction != t.direction
               for s, t in ctx.alignment.pairs)


def _per_sentence(ctx: EntryContext, severity: str) -> Iterator[tuple[str, str]]:
    """With the same number of sentences on both sides, a negated sentence keeps a negation."""
    src, tgt = ctx.src_meaning, ctx.tgt_meaning
    assert tgt is not None
    s_sent, t_sent = sentences(src.folded.text), sentences(tgt.folded.text)
    if len(s_sent) < 2 or len(s_sent) != len(t_sent):
        return
    for i, (s_span, t_span) in enumerate(zip(s_sent, t_sent, strict=True)):
        negs = [c for c in _in(s_span, src.negations)]
        if negs and not _in(t_span, tgt.negative):
            yield severity, (f"sentence {i + 1}: the English says {_words(src, negs)}, but that sentence of the "
                             "translation has no negation")
        elif not src.cues or _in(s_span, src.cues):
            continue
        elif (added := _in(t_span, tgt.negations)) and not _in(s_span, src.cues):
            yield WARNING, (f"sentence {i + 1}: the translation adds a negation ({_words(tgt, added)}) that this "
                            "sentence of the English does not have")
