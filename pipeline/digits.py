"""Writing numbers in a language's own digits (Persian ۳۸, Gurmukhi ੩੮, Arabic-Indic ٣٨)."""

from __future__ import annotations

import unicodedata

from .locales import LocaleInfo

#: the digit zero of each CLDR numbering system a locale file may prefer (a Unicode fact)
_ZERO = {"arab": "ARABIC-INDIC DIGIT ZERO", "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",
         "deva": "DEVANAGARI DIGIT ZERO", "guru": "GURMUKHI DIGIT ZERO", "beng": "BENGALI DIGIT ZERO",
         "thai": "THAI DIGIT ZERO", "fullwide": "FULLWIDTH DIGIT ZERO"}


def preferred(info: LocaleInfo | None) -> str:
    """The numbering system a language's readers expect first (its data file's ``digits``)."""
    return (info.data.get("digits") or ["latn"])[0] if info is not None else "latn"


def in_digits(text: str, system: str) -> str:
    """ASCII digits of ``text`` written in the numbering system's own digits."""
    if system not in _ZERO:
        return text
    zero = ord(unicodedata.lookup(_ZERO[system]))
    return text.translate({ord("0") + d: zero + d for d in range(10)})
