"""Folding text for concept matching, with a way back to the original.

Both the texts and the lexicon surfaces are folded the same way: lower case,
NFC, invisible format characters removed, Arabic-script letter variants
unified and short vowels removed, typographic apostrophes and hyphens made
plain.  :func:`fold` is one ``str.translate`` in the common case; the map back
to original indices is only computed when a finding needs it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..lazy import lazy

_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه",
    "ە": "ه", "ﻻ": "لا",
    "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
    "ё": "е",  # Russian writers drop the diaeresis as often as not
}
#: Arabic short vowels, shadda, sukun, dagger alef and the tatweel stretch a word without changing it
_DROP_MARKS = {chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06ED)]}


def _maps_to(ch: str) -> str:
    if ch == "&":  # a menu accelerator inside a word ("Mo&no") joins it; elsewhere it is no letter
        return ""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _DROP_MARKS or unicodedata.category(ch) == "Cf":
        return ""
    if ch.isspace():
        return " "
    return ch


class _Table(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        value = _maps_to(chr(code))
        self[code] = value
        return value


_TABLE = _Table()


def _word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc")


class _Padding(dict):  # type: ignore[type-arg]
    """Everything that is not a letter, mark or digit becomes a space (for whole-word matching)."""

    def __missing__(self, code: int) -> str:
        value = chr(code) if _word_char(chr(code)) else " "
        self[code] = value
        return value


_PAD = _Padding()


def is_word_char(ch: str) -> bool:
    return _PAD[ord(ch)] != " "


@dataclass
class Folded:
    source: str
    text: str  # folded, punctuation kept
    #: " " + text with every non-word character a space + " ": word matching runs on this
    padded: str

    @lazy
    def _orig(self) -> list[int]:
        """Folded index → original index (computed only when a span is asked for)."""
        out: list[int] = []
        for i, ch in enumerate(_nfc(self.source)):
            out.extend([i] * len(ch.lower().translate(_TABLE)))
        return out

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded ``[start, end)``."""
        if len(self.text) == len(self.source):
            return start, end
        orig = self._orig
        if not orig or start >= len(orig):
            return len(self.source), len(self.source)
        return orig[start], orig[max(end - 1, start)] + 1

    def original(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.source[a:b]


def _nfc(text: str) -> str:
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold_word(text: str) -> str:
    """A lexicon surface folded as texts are (without the padding)."""
    return " ".join(_nfc(text).lower().translate(_TABLE).split())


def fold(text: str) -> Folded:
    folded = _nfc(text).lower().translate(_TABLE)
    return Folded(text, folded, " " + folded.translate(_PAD) + " ")
