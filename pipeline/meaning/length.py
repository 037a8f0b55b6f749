"""How long a text is, for comparing a translation's length with its language's usual length.

Letters (with their vowel signs) and digits, after the meaning reader's folding, outside numbers with
their units, phone numbers and codes: "°C" against "درجه سانتی‌گراد" says nothing about what a
translation left out.  The omission check and ``bench/length_ratios.py`` (which measures each
language's usual ratio) use this one measure.
"""

from __future__ import annotations

import functools
import math
import re

from ..handout import SOURCE_LOCALE
from ..quantities.scan import scan
from .fold import fold
from .read import WORD, blank_software

_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=16_384)
def prose_letters(text: str, tag: str) -> int:
    if _DIGIT.search(text):
        for a, b, _kind in sorted(scan(text, tag).spans(), reverse=True):
            text = text[:a] + " " * (b - a) + text[b:]
    return sum(map(len, WORD.findall(fold(blank_software(text)).text)))


#: below this many letters of English a length ratio says little
MIN_LETTERS = 30
#: translators of patient handouts differ more than the catalogs the ratios were measured on: the spread used is
#: at least this (in ln units; 0.25 ≈ one translation in six is 22 % shorter than the median)
MIN_SPREAD = 0.25


def length_z(source: str, target: str, tag: str) -> float | None:
    """How much longer (> 0) or shorter (< 0) than usual a translation is, in spreads of its language's length
    ratio (``length_ratio`` in the language's meaning file); None when the English is too short to tell or the
    language has no measured ratio."""
    from .lexicon import meaning_for

    lex = meaning_for(tag)
    if lex is None or lex.length_median is None or not lex.length_spread:
        return None
    s_letters, t_letters = prose_letters(source, SOURCE_LOCALE), prose_letters(target, tag)
    if s_letters < MIN_LETTERS or not t_letters:
        return None
    return (math.log(t_letters / s_letters) - lex.length_median) / max(lex.length_spread, MIN_SPREAD)


#: a translation this many spreads longer than its language's usual length says more than the English
LONGER = 1.0


def says_more(source: str, target: str, tag: str) -> bool:
    """Is the translation far longer than usual: has the translator added an explanation of their own?"""
    z = length_z(source, target, tag)
    return z is not None and z >= LONGER
