"""Locale format policy (warnings): separators, spacing before units, one digit system."""

from __future__ import annotations

from collections.abc import Iterator

from ..quantities.lexicon import lexicon_for
from ..quantities.normalize import digit_system
from .base import WARNING, EntryContext, check, quote

_SYMBOL_UNITS = {"degC", "degF", "mL", "L", "kg", "g", "mg", "mcg", "lb", "oz", "percent", "cm", "mm", "m", "km"}


@check("format", WARNING, "Numbers follow the locale's format",
       "The decimal separator is the locale's, French puts a no-break space before unit symbols and %, "
       "and a string uses one digit system.",
       needs="numbers")
def number_format(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    data = ctx.info.data
    lex = lexicon_for(ctx.info.tag)
    allowed = {lex.decimal, *lex.also_decimal}
    if lex.decimal == ".":
        allowed.add("٫")
    seen_sep = False
    for q in ctx.tgt.quantities:
        typed = q.separator and q.separator in q.text  # ½ is read as 0.5, but no separator was typed
        if typed and q.separator not in allowed and q.separator in ",.٫" and not seen_sep:
            seen_sep = True
            yield WARNING, (f"{quote(q.text)} uses {quote(q.separator)} as decimal separator; "
                            f"{data.get('name')} uses {quote(lex.decimal)}")
    if data.get("unit_space") == "nbsp":
        text = ctx.target
        for q in ctx.tgt.quantities:
            if q.unit not in _SYMBOL_UNITS or q.implied or not q.unit_text:
                continue
            _a, _ = ctx.tgt.norm.span(q.start, q.num_end)
            _, b = ctx.tgt.norm.span(q.start, q.num_end)
            gap = text[b:b + 1]
            if gap not in ("\u00a0", "\u202f") and q.unit_text[:1] not in ("\u00a0",):
                yield WARNING, (f"{quote(q.text)}: put a no-break space between the number and "
                                f"{quote(q.unit_text.strip())}")
                break
    systems = set()
    code_spans = [ctx.tgt.norm.span(c.start, c.end) for c in ctx.tgt.codes]
    for i, ch in enumerate(ctx.target):
        if ch.isdigit() and not any(a <= i < b for a, b in code_spans):
            systems.add(digit_system(ch))
    if len(systems) > 1:
        yield WARNING, f"mixes digit systems ({', '.join(sorted(systems))}); use one per string"
