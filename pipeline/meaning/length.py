"""How long a text is, for comparing a translation's length with its language's usual length.

Letters (with their vowel signs) and digits, after the meaning reader's folding, outside numbers with
their units, phone numbers and codes: "°C" against "درجه سانتی‌گراد" says nothing about what a
translation left out.  The omission check and ``bench/length_ratios.py`` (which measures each
language's usual ratio) use this one measure.
"""

from __future__ import annotations

import functools
import re

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
