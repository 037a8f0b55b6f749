"""Quantities, ranges, conversions and thresholds — compared by value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..handout import SOURCE_LOCALE
from ..meaning.length import says_more
from ..meaning.lexicon import PRIVATIVE, PROHIBITION
from ..quantities.compare import WORDS_ONLY
from ..quantities.convert import agree, expected
from ..quantities.lexicon import lexicon_for, symbols_of, units
from ..quantities.scan import FOREIGN_EMERGENCY, Quantity, bare_units, has_dual, said_in_words
from .base import ERROR, WARNING, EntryContext, check, quote

_CLAUSE = re.compile(r"[.;!?\n]|,\s")


def _q(q: Quantity) -> str:
    return quote(q.text or q.label())


def _reading(q: Quantity, ctx: EntryContext) -> str:
    """How an ambiguous number was read in the target language."""
    if not q.ambiguous or q.separator not in (",", "."):
        return ""
    return f" ({q.text.strip()} reads as {q.label()} in {ctx.info.tag})"


#: a word of prose (lower case, three letters or more)
_PROSE = re.compile(r"\b[a-z]{3,}\b")


def _example_list(ctx: EntryContext) -> bool:
    """The English is only a list of values or codes ("60 g, 12 oz, 20cl, 2 fl oz"): examples a translator may
    change for their country, so a value missing or added is only worth a look (a changed one is still wrong)."""
    items = ctx.src.quantities + ctx.src.codes
    if len(items) < 3:
        return False
    text = ctx.source
    for a, b, _kind in sorted(ctx.src.spans(), reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return not _PROSE.search(text)


def _emergency_like(q: Quantity, ctx: EntryContext) -> bool:
    raw = ctx.tgt.norm.text[q.start:q.num_end]
    return q.unit is None and raw in FOREIGN_EMERGENCY and bool(ctx.src.phones)


@check("quantities", ERROR, "Quantities keep their value and unit",
       "Every number and unit in the source appears in the translation with the same value and unit "
       "(read by value in the target locale's number format); the translation adds none.",
       needs="numbers")
def quantities(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    al = ctx.alignment
    examples = _example_list(ctx)
    for s, t in al.unit_changed:
        yield ERROR, f"unit changed: source {_q(s)} ({s.label()}) but translation {_q(t)} ({t.label()})"
    paired_ok = {id(q) for pair in al.pairs + al.converted for q in pair}
    for s in al.missing:
        if s.pair_secondary and any(id(o) in paired_ok for o in ctx.src.quantities
                                    if o.pair_id == s.pair_id and o is not s):
            yield WARNING, f"converted value {_q(s)} is not in the translation"
            continue
        near = [t for t in al.extra if t.unit == s.unit and s.unit is not None]
        if s.unit in WORDS_ONLY and not near:
            continue  # "the first days" need not be a position in the translation; another position is wrong
        hint = f"; translation has {', '.join(_q(t) + _reading(t, ctx) for t in near)}" if near else ""
        if s.value == 1 and not near and s.unit is not None and s.unit in bare_units(ctx.tgt, ctx.info.tag):
            continue  # "1 minute" → "une minute", "دقيقة": the unit word alone says one
        # a number written as a word ("twice") may be rephrased, and a one or a zero is often a word ("1 drop"
        # → "한 방울씩", "set it to 0" → "auf null"); a different count may not
        one = s.value in (0, 1) and (s.unit is None or units()[s.unit].soft)
        # "2-level" → "ذو مستويين": two said by a noun's dual ending (or is it a plural? worth a look)
        dual = s.value == 2 and s.unit is None and has_dual(ctx.target, ctx.info.tag)
        if s.unit is None and not near and s.value in said_in_words(ctx.target, ctx.info.tag):
            continue  # "More than 2 clips" → "más de dos clips": the number written as a word
        severity = WARNING if (s.implied or one or examples or dual) and not near else ERROR
        yield severity, f"source {_q(s)} ({s.label()}) is missing from the translation{hint}"
    for t in al.extra:
        if _emergency_like(t, ctx):
            continue  # reported by the phones check
        if any(t.unit == s.unit and s.unit is not None for s in al.missing):
            continue  # already named in the "missing" message
        if t.unit in WORDS_ONLY:
            continue  # a translation may say "the first" or "half" where the English does not
        # "1日3回" (3 times *a day*): a one-unit rate base is how many languages say "a day"
        # and "per kg" → "за 1 кг": one of a unit the English names without a number
        rate_base = t.value == 1 and (t.dimension == "duration" or _names_unit(ctx, t.unit))
        zero = t.value == 0 and t.unit is None  # "non-zero" → "différente de 0"
        one = t.value == 1 and t.unit is None  # "chọn 1 tên": a numeral used as an article
        if t.unit is None and t.value in said_in_words(ctx.source, SOURCE_LOCALE):
            continue  # "1/8 (triplets)" → "1/8 (liên 3 đơn)": the English said the number as a word
        # the English has the number as a position or a label ("the 90th percentile" → "百分之90", "APGAR 5th
        # minute" → "after 5 minutes"), or the translation says more than the English and the number is part
        # of what it added ("vitamins, minerals" → "vitamines, oméga 3 et 6"): worth a look, not a verdict
        labelled = t.value in ctx.src.soft_values
        # a degree sign with no scale: an angle, or the Spanish and Portuguese ordinal º ("2º plano", background)
        bare_degree = t.unit is not None and units()[t.unit].bare
        # a bare number where the English states none at all ("triplets", "stereo" → "2 mono tracks") was
        # put there by the translator to explain; a changed number is a missing one and an added one
        # (a position the English gives in words, "the first letters", is no amount)
        explained = t.unit is None and all(m.unit in WORDS_ONLY for m in al.missing) and (
            all(q.unit in WORDS_ONLY for q in ctx.src.quantities) or says_more(ctx.source, ctx.target, ctx.info.tag))
        severity = (WARNING if t.implied or rate_base or zero or one or examples or labelled or explained or bare_degree
                    else ERROR)
        yield severity, f"translation adds {_q(t)} ({t.label()}){_reading(t, ctx)}, which is not in the source"
    for s, t in al.converted:
        yield WARNING, f"source {_q(s)} is given as {_q(t)}: same amount in another unit; keep the source unit"


def _names_unit(ctx: EntryContext, unit: str | None) -> bool:
    """Does the English name ``unit`` without a number ("per kg", "a minute")?"""
    if unit is None:
        return False
    if unit in bare_units(ctx.src, SOURCE_LOCALE):
        return True
    return any(re.search(rf"(?<![\w.]){re.escape(sym)}(?![\w])", ctx.src.norm.text) for sym in symbols_of(unit))


@check("ranges", ERROR, "Ranges keep both ends",
       "A range such as “10 to 20 minutes” stays a range with the same two ends, in order, whatever the "
       "connector the language uses.",
       needs="numbers")
def ranges(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    al = ctx.alignment
    for lo, hi in _twos(ctx.src.quantities, "range_id"):
        tlo, thi = al.partner(lo), al.partner(hi)
        if tlo is None or thi is None:
            continue  # missing ends are reported by the quantities check
        if tlo.range_id is None or tlo.range_id != thi.range_id:
            yield WARNING, (f"source range {quote(lo.text + '…' + hi.text)} is not written as a range in "
                            f"the translation ({_q(tlo)}, {_q(thi)})")
        elif tlo.start > thi.start:
            yield ERROR, f"range ends are swapped: source {quote(lo.text + '…' + hi.text)}"


@check("conversions", ERROR, "Paired values agree",
       "Paired values such as 38°C (100.4°F) or 5 kg (11 lb) agree within the rounding the text shows "
       "(exact decimal arithmetic; Celsius is authoritative).",
       needs="numbers")
def conversions(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    yield from conversion_findings(ctx.tgt.quantities, "translation")


def _twos(qs: list[Quantity], link: str) -> Iterator[tuple[Quantity, Quantity]]:
    """The two quantities bound by each range (``range_id``) or conversion pair (``pair_id``), in text order."""
    groups: dict[int, list[Quantity]] = {}
    for q in qs:
        if getattr(q, link) is not None:
            groups.setdefault(getattr(q, link), []).append(q)
    for members in groups.values():
        if len(members) == 2:
            a, b = sorted(members, key=lambda q: q.start)
            yield a, b


def conversion_findings(qs: list[Quantity], where: str) -> Iterator[tuple[str, str]]:
    for a, b in _twos(qs, "pair_id"):
        ok = agree(a, b)
        if ok is False:
            yield ERROR, (f"{where} pairs {_q(a)} with {_q(b)}, but {a.label()} is {expected(a, b)} "
                          f"{b.unit} at the precision shown")


def _phrase(q: Quantity) -> str:
    """A limit as written: the comparison words and the number in their order ("over 38°C", "38°C or higher",
    "38°C 이상")."""
    if q.comparator_span is not None and q.comparator_span[0] >= q.end:
        return f"{q.text} {q.comparator}"
    return f"{q.comparator} {q.text}"


@check("thresholds", ERROR, "Thresholds keep their direction and their boundary",
       "Comparison words keep their direction: over / more than / at least / or higher stay a lower limit, "
       "under / less than / no more than / younger than stay an upper limit; and their boundary: over, "
       "more than, under, less than exclude the value itself, at least, or higher, up to, at most include "
       "it (in languages whose data lists the words that include it).",
       needs="numbers")
def thresholds(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    reported: set[int] = set()  # one finding per conversion pair: 38°C (100.4°F) flips as one
    for s, t in ctx.alignment.pairs + ctx.alignment.converted:
        if s.pair_id is not None and s.pair_id in reported:
            continue
        if not (s.direction or t.direction):
            continue
        t_negated = t.negated or _negated_in_sentence(ctx, t)  # "請勿 … 兩歲以下": a negation of the clause
        if s.direction and t.direction and (s.direction != t.direction or s.negated != t_negated):
            if s.pair_id is not None:
                reported.add(s.pair_id)
            forbidden = s.negated and _prohibited(ctx, s)
            if s.direction != t.direction and s.negated != t_negated:
                # "do not give more than 4" = "give at most 4": the negation moved into the comparison
                if not (forbidden or t_negated):
                    yield WARNING, (f"comparison differs (source {quote(_phrase(s))}, "
                                    f"translation {quote(_phrase(t))}) but one side is negated; "
                                    "check the limit")
                continue
            if s.direction == t.direction:  # the same words, a negation on one side only
                if forbidden:
                    yield ERROR, (f"limit reversed: the English forbids {quote(_phrase(s))} (an "
                                  f"upper limit of {s.text}), the translation {quote(_phrase(t))} "
                                  "has no negation, so it asks for it")
                else:
                    yield WARNING, (f"comparison {quote(_phrase(s))} is negated on one side "
                                    "only; check the limit")
                continue
            yield ERROR, (f"threshold flipped: source {quote(_phrase(s))} is a "
                          f"{'lower' if s.direction == 'above' else 'upper'} limit, translation "
                          f"{quote(_phrase(t))} is "
                          f"{'a lower' if t.direction == 'above' else 'an upper'} limit")
        elif (s.direction and s.direction == t.direction and not s.negated and not t_negated
              and s.inclusive is not None and t.inclusive is not None and s.inclusive != t.inclusive):
            # "over 38°C" and "38°C or higher" part exactly at 38.0 °C
            if s.pair_id is not None:
                reported.add(s.pair_id)
            yield ERROR, (f"boundary changed: source {quote(_phrase(s))} "
                          f"{_boundary(s)}, translation {quote(_phrase(t))} {_boundary(t)}")
        elif s.direction and not t.direction and not s.pair_secondary:
            opposite = [c for c in ctx.tgt.comparators
                        if c.direction not in (s.direction, "about") and not c.attached]
            if opposite:
                # a comparison word of the other direction, but bound to no number: it may govern something
                # else ("the maximum dose"), so this is worth a look, not a verdict
                yield WARNING, (f"threshold may be flipped: source {quote(_phrase(s))}; the "
                                f"translation has no comparison next to {_q(t)} but has {quote(opposite[0].text)}")
            else:
                yield WARNING, (f"no comparison word found next to {_q(t)} for source "
                                f"{quote(_phrase(s))}")
        elif t.direction and not s.direction and not t.pair_secondary:
            yield WARNING, f"translation adds a limit {quote(_phrase(t))} the source does not state"


def _boundary(q: Quantity) -> str:
    return f"{'includes' if q.inclusive else 'excludes'} {q.text} itself"


def _prohibited(ctx: EntryContext, q: Quantity) -> bool:
    """Is the negation that governs a source comparison a prohibition ("do not give more than 4")?

    Only then does it turn the limit round; "has not peed for more than 8 hours" is still over 8.
    """
    if q.comparator_span is None:
        return False
    start, _ = ctx.src.norm.span(*q.comparator_span)
    reading = ctx.src_meaning
    text = reading.folded.source
    clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    for c in reading.cues:
        a, b = reading.folded.span(c.start, c.end)
        # "do not give (your child) more than 4": the forbidden verb takes the limit; in "do not use gels … in
        # children under 2 years" the comparison describes the children, not a limit
        if c.kind == PROHIBITION and clause_start <= a < start and len(text[b:start].split()) <= _REACH_WORDS:
            return True
    return False


def _negated_in_sentence(ctx: EntryContext, q: Quantity) -> bool:
    """Does the translation's clause holding ``q`` hold a negation (outside the comparison's own words)?"""
    reading = ctx.tgt_meaning
    if reading is None or not reading.negations:
        return False
    # the comparison's clause: up to punctuation or a word that starts a new clause ("et", "and", "若")
    start, _ = ctx.tgt.norm.span(q.start, q.end)
    text = ctx.target
    breaks = list(_CLAUSE_MARK.finditer(text))
    words = lexicon_for(ctx.info.tag).clause_re
    if words is not None:
        breaks += list(words.finditer(text))
    left = max((m.end() for m in breaks if m.end() <= start), default=0)
    right = min((m.start() for m in breaks if m.start() > start), default=len(text))
    own = ctx.tgt.norm.span(*q.comparator_span) if q.comparator_span else (-1, -1)
    for c in reading.negations + [c for c in reading.absorbed if c.kind != PRIVATIVE]:
        at = reading.folded.span(c.start, c.end)[0]
        if left <= at < right and not own[0] <= at < own[1]:  # "pas plus de" is a comparison of its own
            return True
    return False


_CLAUSE_MARK = re.compile(r"[.;!?。！？؟।\n，、،]|,\s")
#: how many words may stand between a prohibition and the comparison it forbids
_REACH_WORDS = 3
