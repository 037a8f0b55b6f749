"""Text normalisation for reading numbers, with a map back to the original.

Every script's digits become ASCII digits (recording which systems were
used), degree look-alikes become ``°``, ``℃``/``℉`` become ``°C``/``°F``,
vulgar fractions become decimals, full-width forms and squared units (㎖)
become ASCII, Unicode spaces become one space, dashes become ``–`` and
invisible formatting characters (bidi marks, isolates, ZWNJ) are dropped.  ``orig[i]`` gives the
index in the original string of normalised character ``i``, so findings and
highlights point at what the translator actually typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

# Characters that carry no letters or digits but change how text is shown.
_INVISIBLE = {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u2060", "\ufeff", "\u00ad",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
}
_DEGREE = {"\u02da": "°", "\u2218": "°", "\u00b0": "°", "\u00ba": "°"}  # º is a degree sign in es/pt practice
_ORDINAL = {"\u00aa": "a"}  # ª: feminine ordinal indicator (2ª semana)
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
    orig: Sequence[int]  # normalised index -> original index
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


def _one_to_one(ch: str) -> str | None:
    """The single character ``ch`` becomes, or None when it needs the slow path."""
    if ch in _INVISIBLE or ch in ("\u2103", "\u2109", "\u2070") or ch in _ORDINAL:
        return None
    if ch.isdigit() and unicodedata.decimal(ch, None) is not None:
        return str(unicodedata.decimal(ch))
    if unicodedata.category(ch) in ("No", "Nl"):
        return None
    if ch in _DEGREE:
        return "°"
    if ch in _SPACES:
        return " "
    if ch in _HYPHENS:
        return _HYPHENS[ch]
    if ch in _DASHES:
        return "–"
    if ch in _TILDES:
        return "~"
    if ch in _SOFT_PUNCT:
        return _SOFT_PUNCT[ch]
    if ch == _ARABIC_DECIMAL:
        return "."
    if ch == _ARABIC_GROUP:
        return ","
    if ch in (_ARABIC_PERCENT, "\uff05"):
        return "%"
    if "\uff01" <= ch <= "\uff5e":
        return unicodedata.normalize("NFKC", ch)
    if ch in ("\u2044", "\u2215"):
        return "/"
    return ch


class _Table(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        mapped = _one_to_one(chr(code))
        value = chr(code) if mapped is None else mapped
        self[code] = value
        return value


_TABLE = _Table()
_NEEDS_SLOW = re.compile("[" + "".join(sorted(_INVISIBLE)) + "\u2103\u2109\u2070\u00aa\u2160-\u2188"
                         "\u00b2\u00b3\u00b9\u00bc-\u00be\u2150-\u215f\u2189\u2074-\u2079\u2080-\u2089"
                         "\u2460-\u24ff\u2776-\u2793\u3248-\u325f\u3280-\u32bf\u3380-\u33df]")
_SEPARATOR_CHARS = re.compile("[" + "".join(sorted(_SPACES)) + _ARABIC_DECIMAL + _ARABIC_GROUP + "]")


def normalise(text: str) -> Normalised:
    """Normalise ``text``; one character in, one out (fast) unless it holds a 1:n character."""
    if text.isascii():
        ntext = text.replace("\t", " ")
        systems = {"latn"} if any(c.isdigit() for c in text) else set()
        return Normalised(ntext, range(len(text)), text, systems, {m.start(): "\t" for m in re.finditer("\t", text)})
    if not _NEEDS_SLOW.search(text):
        ntext = text.translate(_TABLE)
        systems = {digit_system(ch) for ch in text if ch.isdigit()}
        seps = {m.start(): m.group(0) for m in _SEPARATOR_CHARS.finditer(text)}
        return Normalised(ntext, range(len(text)), text, systems, seps)
    return _normalise_slow(text)


def _normalise_slow(text: str) -> Normalised:
    """The general path: characters that become several (℃ → °C) or none (bidi marks), fractions."""
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
        if ch == "\u2070" and i + 1 < n and text[i + 1] in "CFcf":  # ⁰C in CLDR fil
            emit("°", i)
        elif ch == "\u2103":
            emit("°C", i)
        elif ch == "\u2109":
            emit("°F", i)
        elif ch in _ORDINAL:
            emit(_ORDINAL[ch], i)
        elif "\u3380" <= ch <= "\u33df":  # a unit in one square (㎖ ㎎ ㎏ ㎝ ㎞ ㎐): its letters
            emit(unicodedata.normalize("NFKC", ch), i)
        elif unicodedata.category(ch) == "Nl" and unicodedata.numeric(ch, None) is not None:
            emit(str(int(unicodedata.numeric(ch))), i)  # Ⅱ度 (grade II)
        elif unicodedata.category(ch) == "No" and unicodedata.numeric(ch, None) is not None:
            _fraction(ch, out, emit, i)
        else:  # one character in, one out: the same table as the fast path
            mapped = _TABLE[ord(ch)]
            if ch.isdigit():
                systems.add(digit_system(ch))
            if ch in _SPACES or ch in (_ARABIC_DECIMAL, _ARABIC_GROUP):
                seps[len(out)] = ch
            emit(mapped, i)
    return Normalised(text="".join(out), orig=orig, source=text, digit_systems=systems, separators=seps)


def _fraction(ch: str, out: list[str], emit, i: int) -> None:  # type: ignore[no-untyped-def]
    """½ → 0.5, 2½ → 2.5; super- and subscript digits are not quantities (m², CO₂)."""
    if ch in "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉":
        emit(" ", i)
        return
    value = unicodedata.numeric(ch)
    frac = value - int(value)
    whole = out[-1].isdigit() if out else False
    if frac:
        digits = f"{frac:.4f}".rstrip("0")[1:]  # ".5"
        emit(digits if whole else "0" + digits, i)
    else:
        emit(("" if not whole else " ") + str(int(value)), i)
