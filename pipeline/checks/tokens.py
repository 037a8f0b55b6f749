"""Phone numbers and topic codes: kept digit for digit."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from ..quantities.scan import FOREIGN_EMERGENCY
from .base import ERROR, WARNING, EntryContext, check, quote

# Letters that are read as digits (and Cyrillic/Greek look-alikes of Latin capitals).
_CONFUSABLE = str.maketrans({
    "O": "0", "o": "0", "Q": "0", "D": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "0", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "Α": "A", "Β": "B", "Ε": "E", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "0", "Ρ": "P", "Τ": "T",
})


@check("phones", ERROR, "Phone numbers stay digit for digit",
       "911, 811 and other phone numbers keep every digit (8-1-1 = 811); a foreign emergency number "
       "(112, 999, 000, 119, 120, 115 …) that the source lacks is an error.",
       needs="numbers")
def phones(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    src = Counter(p.digits for p in ctx.src.phones)
    tgt = Counter(p.digits for p in ctx.tgt.phones)
    for digits in src:
        if tgt[digits] < 1:
            text = next(p.text for p in ctx.src.phones if p.digits == digits)
            other = [p.text for p in ctx.tgt.phones if p.digits not in src]
            extra_q = [q for q in ctx.tgt.quantities if q.unit is None
                       and ctx.tgt.norm.text[q.start:q.num_end] in FOREIGN_EMERGENCY]
            found = other + [q.text for q in extra_q]
            hint = f"; translation has {', '.join(quote(x) for x in found)}" if found else ""
            yield ERROR, f"phone number {quote(text)} is missing from the translation{hint}"
    for p in ctx.tgt.phones:
        if p.digits not in src:
            kind = "foreign emergency number" if p.digits in FOREIGN_EMERGENCY else "phone number"
            yield ERROR, f"translation adds {kind} {quote(p.text)}, which is not in the source"
    if src:
        for q in ctx.tgt.quantities:
            raw = ctx.tgt.norm.text[q.start:q.num_end]
            if q.unit is None and raw in FOREIGN_EMERGENCY and raw not in src:
                yield ERROR, f"translation adds foreign emergency number {quote(q.text)}; the source has " \
                             f"{', '.join(quote(p.text) for p in ctx.src.phones)}"
    policy = ctx.info.data.get("policy") or {}
    if not policy.get("native_digits_in_phones", False):
        for p in ctx.tgt.phones:
            if any(ch.isdigit() and not ("0" <= ch <= "9") for ch in p.text):
                yield WARNING, f"phone number {quote(p.text)} uses non-Latin digits; keypads dial Latin digits"


def _skeleton(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        d = unicodedata.decimal(ch, None)
        out.append(str(d) if d is not None else ch)
    return "".join(out).translate(_CONFUSABLE).upper()


#: tokens mixing capital letters and digits: ICD codes and their ranges (F40-F48, J17.2), paper sizes (A5),
#: vitamins (B12, D3), strains (H1N1), networks and formats (4G, 3D)
_ALNUM = re.compile(r"(?<![A-Za-z0-9_.])(?:[A-Z]{1,4}\d+(?:\.\d+)?(?:[A-Z]+\d+)*|\d{1,2}[A-Z])(?![A-Za-z0-9_]|\.\d)")
#: a digit and one of these letters is a number and a unit (5V, 10W, 2L), which quantities compares
_UNIT_LETTERS = frozenset("VWAKJNTHCFLMSBm")
_MIXED_HINT = re.compile(r"[A-Z]\d|\d[A-Z]")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹", "01234567890123456789")


def _tokens(text: str) -> list[str]:
    return [t for t in _ALNUM.findall(text) if not (t[0].isdigit() and t[-1] in _UNIT_LETTERS)]


def _has(text: str, token: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", text) is not None


@check("codes", ERROR, "Codes stay exactly as written",
       "Topic codes such as K050 and every token mixing capital letters and digits (ICD codes and ranges "
       "F40-F48, A5, B12, D3, H1N1, 4G, COVID-19) appear in the translation byte for byte: no look-alike "
       "letters (K05O), no native or full-width digits inside a code, no other digit.",
       needs="numbers")
def codes(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    target = ctx.target
    yield from _mixed_tokens(ctx)
    for code in ctx.src.codes:
        # a word in small letters run into it ("S-exprF11") is a missing space, not a changed code
        if re.search(rf"(?<![A-Z0-9]){re.escape(code.text)}(?![A-Za-z0-9])", target):
            continue
        letters, digits = re.match(r"([A-Z]*)(.*)", code.text).groups()  # type: ignore[union-attr]
        if letters and digits and re.search(rf"(?<![A-Za-z0-9]){letters}[ \u00a0\u202f]{re.escape(digits)}(?![0-9])",
                                            target):
            yield WARNING, f"code {quote(code.text)} is written with a space in the translation"
            continue
        glued = re.search(rf"(?<![A-Z0-9]){re.escape(code.text)}(?=[A-Z])", target)
        if glued and re.search(rf"{re.escape(code.text)}\s+{target[glued.end()]}", ctx.source):
            # "M205 S" → "M205S", "G92 E0" → "G92E0": the code and the word after it, run together
            yield WARNING, f"code {quote(code.text)} is run together with the word after it in the translation"
            continue
        skel = _skeleton(code.text)
        near = [m.group(0) for m in re.finditer(r"[^\s,.;:!?()（）،。、\"'“”«»]+", target)
                if skel in _skeleton(m.group(0)) and len(m.group(0)) <= len(code.text) + 4]
        if near:
            yield ERROR, f"code {quote(code.text)} is altered in the translation: {quote(near[0])}"
        else:
            yield ERROR, f"code {quote(code.text)} is missing from the translation"
    src_codes = {c.text for c in ctx.src.codes}
    for code in ctx.tgt.codes:
        if code.text not in src_codes and _skeleton(code.text) not in {_skeleton(c) for c in src_codes}:
            yield WARNING, f"translation adds code {quote(code.text)}, which is not in the source"


def _mixed_tokens(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    """Letter-and-digit tokens the code reader does not take (A5, B12, F40-F48, 4G) kept byte for byte.

    A token whose digits the translation writes in its own script or words ("3G" → "نسل ۳", "A2" → "ऐ२")
    has been localised, not changed; a token of the same shape with other digits has been changed.
    """
    if not _MIXED_HINT.search(ctx.source):
        return
    known = {c.text for c in ctx.src.codes}
    wanted = [t for t in dict.fromkeys(_tokens(ctx.source)) if t not in known]
    if not wanted:
        return
    target = ctx.target.translate(_SUBSCRIPTS)
    found = [t for t in dict.fromkeys(_tokens(target)) if t not in wanted]
    values = {v for v in ctx.tgt.soft_values} | {q.value for q in ctx.tgt.quantities}
    for token in wanted:
        if _kept(target, token):
            continue
        shape = re.sub(r"\d", "9", token)
        near = [t for t in found if re.sub(r"\d", "9", t) == shape or _skeleton(t) == _skeleton(token)]
        if near:
            found.remove(near[0])
            yield ERROR, f"code {quote(token)} is altered in the translation: {quote(near[0])}"
            continue
        digits = re.findall(r"\d+", token)
        if any(Decimal(d) in values for d in digits):
            continue  # written in the language's own script or words
        if token[0].isalpha() and len(digits[0]) >= 2:
            yield ERROR, f"code {quote(token)} is missing from the translation"


def _kept(target: str, token: str) -> bool:
    """The token is in the translation, in any case, perhaps run together with a neighbour ("G92E0"), or
    glued after a word in small letters ("S-exprF11": a missing space, the code itself unchanged)."""
    haystack, needle = target.upper(), token.upper()
    same = len(haystack) == len(target)
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = target[at - 1] if at and same else ""
        glued = bool(before) and before.isascii() and before.isalpha() and not (
            before.islower() and token[0].isupper() and target[at] == token[0])
        if not glued and not (end < len(haystack) and haystack[end].isdigit()):
            return True
        at = haystack.find(needle, at + 1)
    return False
