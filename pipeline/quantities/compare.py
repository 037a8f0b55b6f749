"""Aligning the quantities of a source string with those of its translation, by value.

Passes, each over what earlier passes left unmatched:

1. same value and same unit;
2. same value, and the translation's unit is unrecognised, a count word the
   language may leave implicit ("3 times" → "3 veces"/"3次"), or a bare
   degree sign;
3. same amount in another unit of the same dimension (``1.5 L`` for
   ``1,500 mL``) — accepted with a warning;
4. what remains is reported: same value with a different unit (unit
   changed), a source value with no counterpart (missing), a translation
   value with no counterpart (extra).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .convert import to_base
from .lexicon import units
from .scan import Quantity, Scan


@dataclass
class Alignment:
    pairs: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    converted: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    unit_changed: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    missing: list[Quantity] = field(default_factory=list)
    extra: list[Quantity] = field(default_factory=list)

    def partner(self, q: Quantity) -> Quantity | None:
        for s, t in self.pairs + self.converted:
            if s is q:
                return t
            if t is q:
                return s
        return None


def _soft(unit: str | None) -> bool:
    return unit is None or units()[unit].soft or units()[unit].bare


def _same_value(s: Quantity, t: Quantity) -> bool:
    """Equal values; an English source's ambiguous 10.000 may mean either reading."""
    return s.value == t.value or (s.alt_value is not None and s.alt_value == t.value)


def _compatible(s: Quantity, t: Quantity) -> bool:
    if not _same_value(s, t):
        return False
    if s.unit == t.unit:
        return True
    if t.unit is None or s.unit is None:
        return True  # a unit word one side's lexicon does not know ("17 in", "10 Zoll")
    su, tu = units()[s.unit], units()[t.unit]
    if su.soft or tu.soft:
        return su.soft and tu.soft  # counts: "5 doses" is "5次", "5회", "5 fois" in many languages
    if tu.bare and su.dimension == "temperature":
        return True
    return bool(su.bare and tu.dimension == "temperature")


def _same_amount(s: Quantity, t: Quantity) -> bool:
    if s.unit is None or t.unit is None or s.unit == t.unit:
        return False
    if units()[s.unit].dimension != units()[t.unit].dimension:
        return False
    a, b = to_base(s), to_base(t)
    if a is None or b is None:
        return False
    return abs(a - b) <= abs(a) / 1000  # equal up to rounding noise


#: positions and parts ("second", "half"): compared only when both sides state one
WORDS_ONLY = frozenset({"ordinal", "fraction"})


def _exclusive_end(s: Quantity, t: Quantity) -> bool:
    return (s.range_id is not None and s.decimals == 0 and t.decimals == 0 and t.value == s.value + 1
            and s.unit == t.unit)


def align(src: Scan, tgt: Scan) -> Alignment:
    result = Alignment()
    left = list(src.quantities)
    right = list(tgt.quantities)

    def take(test, bucket) -> None:  # type: ignore[no-untyped-def]
        nonlocal left, right
        for s in list(left):
            for t in right:
                if test(s, t):
                    bucket.append((s, t))
                    left.remove(s)
                    right.remove(t)
                    break

    take(lambda s, t: _same_value(s, t) and s.unit == t.unit, result.pairs)
    take(_compatible, result.pairs)
    take(_same_amount, result.converted)
    take(lambda s, t: s.value == t.value and s.unit is not None and t.unit is not None
         and not ({s.unit, t.unit} & WORDS_ONLY), result.unit_changed)
    # "100-119 mg" = "100 to less than 120 mg": the exclusive upper end of a whole-number range
    if any(c.direction == "below" for c in tgt.comparators):
        take(_exclusive_end, result.pairs)
    # a number the translation writes as a position or token ("Step 2" → "第 2 步") is still there
    # a unit the lexicon lacks glued to the number ("60с") makes a token; its value is still there
    # (not a quantity with a real unit: "one year old" is not kept by a "1" somewhere else)
    result.missing = [q for q in left if q.value not in tgt.soft_values or not _soft(q.unit)]
    # a value the source states once may be repeated in the translation
    # ("10 minutes to 20 minutes"): that is not an extra quantity
    stated = {(q.value, q.unit) for q in src.quantities} | {(q.value, None) for q in src.quantities}
    # (but "3 drops … three times a day" for "3 drops … twice a day": a count the English does not give)
    counted = {q.value for q in src.quantities if q.unit == "times"}
    result.extra = [t for t in right if (t.value, t.unit) not in stated
                    and ((t.value, None) not in stated or (t.unit == "times" and t.value not in counted))
                    and not (_soft(t.unit) and t.value in src.soft_values)
                    and not _names_part(t, src)
                    and not (t.unit == "year" and t.value in src.soft_values)  # "the 1970s" → "70年代", "1970年代"
                    # a count of times stands for a count of doses, but is not excused by one ("3 drops …
                    # three times a day" for "3 drops … twice a day")
                    and not any(_compatible(s, t) and (t.unit != "times" or s.unit in (None, "times"))
                                for s in src.quantities)]
    return result


def _names_part(t: Quantity, src: Scan) -> bool:
    """"1/100" for "hundredths", "1/5" for "5ths": the fraction the English names by its denominator."""
    if t.implied or t.decimals != 3 or not 0 < t.value < 1:
        return False
    denominator = (1 / t.value).quantize(Decimal(1))
    return abs(1 / t.value - denominator) < Decimal("0.05") and denominator in src.soft_values
