"""Tamper-proof numbers: nothing hidden in or beside a number, no look-alike standing in for a digit.

The number reader removes invisible characters so that it reads what a person sees; this check
reports them where they can change what a person sees or what a program copies: inside a number
("4\\u034f8" shows as 48), touching a number, phone number or code, or — for the bidi overrides and
embeddings that reorder text — anywhere near digits.  Isolates around a whole number (U+2066–U+2069)
and ZWNJ inside a Persian word are how careful translators write, and stay fine.  Letters standing
for digits (5O, l4, З0), minus signs and superscript digits the English does not have, and HTML
comments (hidden text) are errors too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from ..meaning.fold import is_word_char
from .base import ERROR, EntryContext, check, quote

#: reorder text: never near digits
_OVERRIDES = frozenset("\u202a\u202b\u202d\u202e")
_POP = "\u202c"
#: mark direction without reordering a number's digits: fine beside a number, not inside one
_MARKS = frozenset("\u200e\u200f\u061c\u2066\u2067\u2068\u2069")
#: invisible characters that are not Unicode format characters (Cf)
_ALSO_INVISIBLE = frozenset(
    "\u034f\u115f\u1160\u3164\uffa0\u180e\u17b4\u17b5" + "".join(chr(c) for c in range(0xFE00, 0xFE10)))
_VS_SUPPLEMENT = range(0xE0100, 0xE01F0)
_SUPERSCRIPT = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉")
_SUPERSCRIPT_RE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]")
#: a token holding digits and letters that look like digits (O for 0, l or I for 1, З for 3)
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "О": "0", "о": "0", "Ο": "0", "ο": "0", "D": "0",
                            "l": "1", "I": "1", "|": "1", "ӏ": "1", "Ι": "1", "З": "3", "з": "3",
                            "Б": "6", "б": "6", "S": "5", "B": "8", "Z": "2"})
_LOOKALIKE_TOKEN = re.compile(r"(?<![\w.,])(?=[\w|]*\d)(?=[\w|]*[OoОоΟοlI|ӏΙЗзБбSBZD])[\dOoОоΟοlI|ӏΙЗзБбSBZD]{2,}"
                              r"(?![\w])")
_SIGNED = re.compile(r"(?<![\dA-Za-z.,)\]%°])[-−–‒﹣－](?=\d)")
_COMMENT = re.compile(r"<!--")
#: scripts written without spaces, where a letter before a minus sign is no sign of a hyphenated word
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" or ch in _ALSO_INVISIBLE or ord(ch) in _VS_SUPPLEMENT


#: every invisible character (Unicode 15: the format characters, Cf, and the ones above), for a quick first
#: look at a string; tests check it against :func:`invisible` over all of Unicode
_ANY_INVISIBLE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]")


def _ascii(digits: str) -> str:
    return "".join(str(unicodedata.decimal(c, c)) if c.isdigit() else c for c in digits)


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'format character')}"


def _neighbours(text: str, i: int) -> tuple[str, str]:
    """The visible characters before and after position ``i`` (skipping other invisible ones)."""
    a = i - 1
    while a >= 0 and invisible(text[a]):
        a -= 1
    b = i + 1
    while b < len(text) and invisible(text[b]):
        b += 1
    return (text[a] if a >= 0 else ""), (text[b] if b < len(text) else "")


@check("tampering", ERROR, "Numbers are not tampered with",
       "No invisible or format character inside or touching a number, phone number or code, no bidi override "
       "or embedding near digits, no letter standing for a digit (5O, l4), no minus sign or superscript digit "
       "the English does not have, no HTML comment.",
       needs="numbers")
def tamper(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    target, source = ctx.target, ctx.source
    if not target.isascii() and _ANY_INVISIBLE.search(target):
        yield from _hidden(target)
    yield from _lookalikes(ctx)
    for m in _SIGNED.finditer(target):
        before = target[m.start() - 1] if m.start() else ""
        if before and is_word_char(before) and not _UNSPACED.match(before) and m.group(0) in "-‐‑":
            continue  # "आईसो-८८५९": a hyphen joining a word and a number, not a minus sign
        number = re.match(r"\d+(?:[.,]\d+)?", target[m.end():])
        digits = _ascii(number.group(0)) if number else ""
        # the English writes a dash before the same number (ICD-10, 4-8): spacing, not a sign
        if digits and not re.search(rf"[-−–‒﹣－]\s?{re.escape(digits)}(?!\d)", source):
            yield ERROR, (f"{quote(m.group(0) + digits)} has a minus sign ({_name(m.group(0))}) that the English "
                          "does not have")
            break
    found = _SUPERSCRIPT_RE.findall(target) if not target.isascii() else None
    if found:
        supers = Counter(found)
        src_supers = Counter(ch for ch in source if ch in _SUPERSCRIPT)
        for i, ch in enumerate(target):
            if ch in _SUPERSCRIPT and supers[ch] > src_supers[ch]:
                before = target[i - 1] if i else ""
                after = target[i + 1] if i + 1 < len(target) else ""
                if (before.isdigit() or after.isdigit()) and after not in "CFcf":
                    yield ERROR, (f"superscript digit {quote(ch)} ({_name(ch)}) written beside a number: "
                                  f"{quote(target[max(0, i - 4):i + 3])}")
                    break
    if "<!--" in target and "<!--" not in source:  # hidden text
        yield ERROR, "the translation holds an HTML comment (<!-- … -->): hidden text"


def _hidden(target: str) -> Iterator[tuple[str, str]]:
    reported: set[str] = set()
    for i, ch in enumerate(target):
        if not invisible(ch) or ch in reported:
            continue
        before, after = _neighbours(target, i)
        if ch in _OVERRIDES:
            end = target.find(_POP, i)
            scope = target[max(0, i - 3):(end if end >= 0 else len(target)) + 3]
            if any(c.isdigit() for c in scope):
                reported.add(ch)
                yield ERROR, (f"{_name(ch)} reorders the text around digits "
                              f"({quote(_visible(target[max(0, i - 6):i + 10]))}): the number may show reversed")
            continue
        inside = before.isdigit() and after.isdigit()
        touching = before.isdigit() or after.isdigit()
        if inside or (touching and ch not in _MARKS and ch != _POP):
            reported.add(ch)
            where = "inside" if inside else "touching"
            yield ERROR, (f"invisible {_name(ch)} {where} a number: "
                          f"{quote(_visible(target[max(0, i - 6):i + 6]))} (delete it)")


def _visible(text: str) -> str:
    """Text with invisible characters shown as ⟨U+XXXX⟩."""
    return "".join(f"⟨U+{ord(c):04X}⟩" if invisible(c) else c for c in text)


def _lookalikes(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    target, source = ctx.target, ctx.source
    if not _LOOKALIKE_TOKEN.search(target):
        return
    numbers = set(re.findall(r"\d+", source))
    tokens = set(re.findall(r"[\w|]+", source))
    for m in _LOOKALIKE_TOKEN.finditer(target):
        token = m.group(0)
        if token in tokens or token.isdigit():
            continue
        as_digits = token.translate(_LOOKALIKE)
        if as_digits.isdigit() and as_digits in numbers:
            yield ERROR, (f"{quote(token)} uses letters that look like digits for the English {quote(as_digits)}: "
                          "type the digits")
