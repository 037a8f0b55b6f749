"""Phone numbers and topic codes: kept digit for digit."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

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


@check("codes", ERROR, "Codes stay exactly as written",
       "Topic codes such as K050 appear in the translation byte for byte: no look-alike letters "
       "(K05O), no native or full-width digits inside a code.",
       needs="numbers")
def codes(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    target = ctx.target
    for code in ctx.src.codes:
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(code.text)}(?![A-Za-z0-9])", target):
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
