"""Exact unit conversion and rounding-aware agreement of paired values.

Temperatures use exact Decimal formulas with Celsius as the authority: the
Celsius value converted to Fahrenheit and rounded (half up) to the decimals the
Fahrenheit value shows must equal it — ``38°C (100.4°F)`` and ``38°C (100°F)``
agree, ``38°C (101°F)`` does not.  Other dimensions agree when either value,
converted, rounds to the other at the precision that other shows.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .lexicon import units
from .scan import Quantity

NINE_FIFTHS = Decimal(9) / Decimal(5)


def c_to_f(c: Decimal) -> Decimal:
    return c * NINE_FIFTHS + 32


def f_to_c(f: Decimal) -> Decimal:
    return (f - 32) / NINE_FIFTHS


def round_to(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def to_base(q: Quantity) -> Decimal | None:
    """Value in the dimension's base unit (°C for temperatures), or None if unknown."""
    if q.unit is None:
        return None
    if q.unit == "degC":
        return q.value
    if q.unit == "degF":
        return f_to_c(q.value)
    factor = units()[q.unit].factor
    return None if factor is None else q.value * factor


def convert(value: Decimal, src: str, dst: str) -> Decimal | None:
    if src == dst:
        return value
    if src == "degC" and dst == "degF":
        return c_to_f(value)
    if src == "degF" and dst == "degC":
        return f_to_c(value)
    us, ud = units().get(src), units().get(dst)
    if not us or not ud or us.dimension != ud.dimension or us.factor is None or ud.factor is None:
        return None
    return value * us.factor / ud.factor


def agree(a: Quantity, b: Quantity) -> bool | None:
    """Do two paired values state the same amount at the precision shown? None: not comparable."""
    if a.unit is None or b.unit is None:
        return None
    if {a.unit, b.unit} == {"degC", "degF"}:
        c, f = (a, b) if a.unit == "degC" else (b, a)
        return round_to(c_to_f(c.value), f.decimals) == f.value
    ab = convert(a.value, a.unit, b.unit)
    ba = convert(b.value, b.unit, a.unit)
    if ab is None or ba is None:
        return None
    return round_to(ab, b.decimals) == b.value or round_to(ba, a.decimals) == a.value


def expected(a: Quantity, b: Quantity) -> str:
    """The value ``b`` should show, given ``a`` (for messages)."""
    if a.unit is None or b.unit is None:
        return "?"
    value = f_to_c(a.value) if a.unit == "degF" and b.unit == "degC" else convert(a.value, a.unit, b.unit)
    if value is None:
        return "?"
    return format(round_to(value, b.decimals), "f")
