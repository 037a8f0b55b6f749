"""Text normalisation for reading numbers, with a map back to the original.

Every script's digits become ASCII digits (recording which systems were
used), degree look-alikes become ``°``, ``℃``/``℉`` become ``°C``/``°F``,
vulgar fractions become decimals, full-width forms become ASCII, Unicode
spaces become one space, dashes become ``–`` and invisible formatting
characters (bidi marks, isolates, ZWNJ) are dropped.  ``orig[i]`` gives the
index in the original string of normalised character ``i``, so findings and
highlights point at what the translator actually typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# Characters that carry no letters or digits but change how text is shown.
_INVISIBLE = {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u2060", "\ufeff", "\u00ad",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
}
_DEGREE = {"\u00ba": "°", "\u02da": "°", "\u2218": "°", "\u00b0": "°"}
_SPACES = {"\u00a0", "\u202f", "\u2009", "\u2007", "\u2002", "\u2003", "\u2004", "\u2005",
           "\u2006", "\u2008", "\u200a", "\u205f", "\u3000", "\t"}
_HYPHENS = {"\u2010": "-", "\u2011": "-"}
_DASHES = {"\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d"}
_TILDES = {"\u301c", "\uff5e", "\u223c", "\u02dc"}
# Full-width punctuation that must not glue digits together when mapped.
_SOFT_PUNCT = {"\uff0c": "、", "\u3001": "、", "\u3002": "。"}
_ARABIC_DECIMAL = "\u066b"  # ٫
_ARABIC_GROUP = "\u066c"  # ٬
_ARABIC_PERCENT = "\u066a"  # ٪


@dataclass
class Normalised:
    text: str
    orig: list[int]  # normalised index -> original index
    source: str
    digit_systems: set[str] = field(default_factory=set)
    #: normalised index -> the original separator character, where it was remapped
    separators: dict[int, str] = field(default_factory=dict)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span for a normalised span."""
        if start >= len(self.orig):
            return len(self.source), len(self.source)
        o_start = self.orig[start]
        o_end = self.orig[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def original(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.source[a:b]


def strip_invisible(text: str) -> str:
    """``text`` without bidi marks, isolates, zero-width joiners and soft hyphens."""
    return "".join(ch for ch in text if ch not in _INVISIBLE)


def digit_system(ch: str) -> str:
    """A short name for the digit set of ``ch`` (``latn``, ``arab``, ``arabext``, …)."""
    name = unicodedata.name(ch, "")
    if "0" <= ch <= "9":
        return "latn"
    if "\u0660" <= ch <= "\u0669":
        return "arab"
    if "\u06f0" <= ch <= "\u06f9":
        return "arabext"
    if "\uff10" <= ch <= "\uff19":
        return "fullwide"
    return name.split(" DIGIT")[0].lower().replace(" ", "-") if "DIGIT" in name else "other"


def normalise(text: str) -> Normalised:
    out: list[str] = []
    orig: list[int] = []
    systems: set[str] = set()
    seps: dict[int, str] = {}

    def emit(s: str, i: int) -> None:
        for c in s:
            out.append(c)
            orig.append(i)

    n = len(text)
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch.isdigit() and unicodedata.decimal(ch, None) is not None:
            systems.add(digit_system(ch))
            emit(str(unicodedata.decimal(ch)), i)
            continue
        if ch in _DEGREE:
            emit("°", i)
            continue
        if ch == "\u2070" and i + 1 < n and text[i + 1] in "CFcf":  # ⁰C in CLDR fil
            emit("°", i)
            continue
        if ch == "\u2103":
            emit("°C", i)
            continue
        if ch == "\u2109":
            emit("°F", i)
            continue
        if ch in _SPACES:
            seps[len(out)] = ch
            emit(" ", i)
            continue
        if ch in _HYPHENS:
            emit(_HYPHENS[ch], i)
            continue
        if ch in _DASHES:
            emit("–", i)
            continue
        if ch in _TILDES:
            emit("~", i)
            continue
        if ch in _SOFT_PUNCT:
            emit(_SOFT_PUNCT[ch], i)
            continue
        if ch == _ARABIC_DECIMAL:
            seps[len(out)] = ch
            emit(".", i)
            continue
        if ch == _ARABIC_GROUP:
            seps[len(out)] = ch
            emit(",", i)
            continue
        if ch == _ARABIC_PERCENT:
            emit("%", i)
            continue
        if ch == "\uff05":
            emit("%", i)
            continue
        if unicodedata.category(ch) == "No" and unicodedata.numeric(ch, None) is not None:
            value = unicodedata.numeric(ch)
            if ch in "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉":  # super/subscripts: not quantities (m², CO₂)
                emit(" ", i)
                continue
            frac = value - int(value)
            whole = out[-1].isdigit() if out else False
            if frac:
                digits = f"{frac:.4f}".rstrip("0")[1:]  # ".5"
                emit(digits if whole else "0" + digits, i)
            else:
                emit(("" if not whole else " ") + str(int(value)), i)
            continue
        if "\uff01" <= ch <= "\uff5e":  # full-width ASCII forms
            emit(unicodedata.normalize("NFKC", ch), i)
            continue
        if ch in ("\u2044", "\u2215"):  # fraction slash, division slash
            emit("/", i)
            continue
        if ch == "\u00d7":
            emit("×", i)
            continue
        emit(ch, i)
    return Normalised(text="".join(out), orig=orig, source=text, digit_systems=systems, separators=seps)
