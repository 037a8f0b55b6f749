"""Reading quantities, ranges, conversions, comparisons, phone numbers and codes.

:func:`scan` turns a string in a given language into typed anchors, read by
value: ``38,5 °C`` in French, ``٣٨٫٥ درجة مئوية`` in Arabic and ``38.5°C`` in
English are the same quantity.  Spans refer to the original string.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..locales import resolve
from .lexicon import WORDS, Lexicon, lexicon_for, units
from .normalize import Normalised, normalise, strip_invisible

# --------------------------------------------------------------------------- masks

PRINTF_RE = re.compile(
    r"(?<![\d%~])%(?:\d+\$)?[-+#0'I]*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGcrsaAp@]"
    r"|%\([A-Za-z_][\w.]*\)[-+#0 ]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
    r"|(?<![\d~])%L?\d{1,2}(?!\d)%?"  # Qt %1, %L1; boost::format %1%
)
BRACE_RE = re.compile(r"\{\{[^{}]*\}\}|\{[A-Za-z_][\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}|\{\d+(?::[^{}]*)?\}|\$\{\w+\}")
HTML_TAGS = frozenset({
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
    "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup",
    "data", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
    "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend",
    "li", "link", "main", "map", "mark", "marquee", "math", "meta", "meter", "nav", "noscript", "object",
    "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt",
    "ruby", "s", "samp", "script", "section", "select", "slot", "small", "source", "span", "strike",
    "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
    "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
})
TAG_RE = re.compile(r"</?\s*([A-Za-z][\w:-]*)(\s[^<>]*)?/?>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
URL_RE = re.compile(r"(?i:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+"
                    r"|[A-Za-z0-9.+_-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
CODE_RE = re.compile(r"(?<![A-Za-z0-9_\-/.])[A-Z]{1,3}[0-9]{2,5}(?![A-Za-z0-9_\-/])")
PHONE_RES = (
    re.compile(r"(?<![\d.,/])(?:\+?1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])"),
    re.compile(r"(?<![\d.,/])1[ .-]?8\d\d[ .-]?\d{3}[ .-]?\d{4}(?![\d])"),
    re.compile(r"(?<![\d.,/–-])[2-9]-1-1(?![\d-])"),
    re.compile(r"(?<![\d.,/])[2-9] 1 1(?![\d])"),
)
#: three-digit service numbers (N11) read as phone numbers when they carry no unit
N11_RE = re.compile(r"^[2-9]11$")
#: emergency numbers used outside North America
FOREIGN_EMERGENCY = {"112", "999", "000", "119", "120", "110", "115", "100", "15", "17", "18",
                     "122", "123", "118", "113", "114", "102", "103", "108", "1669", "061", "997", "998"}
TOKEN_RES = (
    re.compile(r"(?<![A-Za-z0-9])CC(?:[ -](?:BY|SA|NC|ND|0))+[ -]\d\.\d(?!\.?\d)"),  # licences: CC BY 4.0
    re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}-\d+(?![\d.,])"),  # names with numbers: COVID-19
    re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"),  # clock times
    re.compile(r"(?<![\d])\d{4}-\d{2}-\d{2}(?![\d])"),  # ISO dates
)
_ROMAN_VALUES = {r: i for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}
_ROMAN = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(_ROMAN_VALUES, key=len, reverse=True)) + r")(?![A-Za-z])")
_ROMAN_HINT = re.compile("[IVX]")
_CODE_HINT = re.compile("[A-Z][0-9]{2}")
_HAS_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D")
_SPACE_DIGIT = re.compile(r"\s*\d")
_NUMBER_PARTS = re.compile(r"\d+|[.,' ]")
_BETWEEN_DIGITS = re.compile(r"(?<=\d) (?=\d)")
_ZERO_GROUP = re.compile(r"0\d\d(?![\d.,])")
#: a mnemonic in parentheses ("24시간(_2)") or an accelerator glued before a number ("_24-hour")
_ACCELERATOR = re.compile(r"\(\s*[_&][A-Za-z0-9]\s*\)|(?<![\w&])[_&](?=\d)")
_GLUED_BY = re.compile(r"(?<=\d )x(?=\d)")
_EXPONENT = re.compile(r"(?<![^\W\d_])(?:[cmkd]?m|[смкд]?м)[23](?!\d)")
_DIGIT_RUN = re.compile(r"\d+")
_SUP_AFTER_WORD = re.compile(r"(?<=[^\W\d_])<sup>\d{1,2}</sup>")
NUMBER_RE = re.compile(r"(?<![A-Za-z0-9_])(?<![A-Za-z0-9_][.,])\d+(?:(?:[.,']| (?=\d{3}(?!\d)))\d+)*")
FRACTION_RE = re.compile(r"(?<![A-Za-z0-9_.,/])(?:(\d{1,3}) )?(\d{1,3})/(\d{1,3})(?![\d/])")
#: a Latin/Greek/Cyrillic letter right after digits makes a token, not a quantity (1st, 4G, 3ème)
_GLUED_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]")
#: how far (in characters, without digits or clause ends) a comparison word reaches for its number
_WINDOW = 20
#: letters of a script written with spaces between words (Latin, Greek, Cyrillic, Arabic, Indic, Hangul)
_SPACED = re.compile(r"[A-Za-z\u00c0-\u05ff\u0600-\u06ff\u0900-\u0dff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.;!?。؟!；\n।॥؛]")
_CLAUSE_END = re.compile(r"[.;!?。؟!；\n，、،।॥؛]|,\s")


@dataclass
class Quantity:
    value: Decimal
    unit: str | None
    start: int  # normalised span of the number (and unit)
    end: int
    text: str  # original surface
    decimals: int = 0
    ambiguous: bool = False
    separator: str | None = None  # decimal separator as typed
    implied: bool = False  # from a number word
    range_id: int | None = None
    pair_id: int | None = None
    pair_secondary: bool = False
    direction: str | None = None
    comparator: str = ""  # the comparison words as written
    comparator_span: tuple[int, int] | None = None
    alt_value: Decimal | None = None  # the other reading of an ambiguous 1,500 / 1.500
    negated: bool = False  # a negation ("do not", "不要", "ਨਾ") governs the comparison's clause
    inclusive: bool | None = None  # the limit includes its own value (≥, "or more"); None: the data does not say
    num_end: int = 0  # end of the digits (before the unit)
    unit_text: str = ""

    @property
    def dimension(self) -> str | None:
        return units()[self.unit].dimension if self.unit else None

    def label(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{_fmt(self.value)}{unit}"


@dataclass
class Phone:
    digits: str
    start: int
    end: int
    text: str


@dataclass
class Code:
    text: str  # as typed (bidi controls removed)
    ascii: str  # digits mapped to ASCII
    start: int
    end: int


@dataclass
class Comparator:
    direction: str
    position: str
    start: int
    end: int
    text: str
    attached: bool = False
    inclusive: bool | None = None  # the boundary value itself is included ("at least 38"); None: not known


@dataclass
class Scan:
    norm: Normalised
    quantities: list[Quantity] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    tokens: list[tuple[str, int, int]] = field(default_factory=list)
    comparators: list[Comparator] = field(default_factory=list)
    soft_values: set[Decimal] = field(default_factory=set)  # numbers in tokens and ordinals: 4G, 1st, 第2

    def spans(self) -> list[tuple[int, int, str]]:
        """Original-text spans of every anchor, for highlighting and bidi isolation."""
        out = []
        for q in self.quantities:
            if not q.implied:
                a, b = self.norm.span(q.start, q.end)
                out.append((a, b, "quantity"))
        for p in self.phones:
            a, b = self.norm.span(p.start, p.end)
            out.append((a, b, "phone"))
        for c in self.codes:
            a, b = self.norm.span(c.start, c.end)
            out.append((a, b, "code"))
        for _t, s, e in self.tokens:
            a, b = self.norm.span(s, e)
            out.append((a, b, "token"))
        return _merge_spans(out)


def _merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for a, b, kind in spans:
        if merged and a <= merged[-1][1]:
            pa, pb, pk = merged[-1]
            merged[-1] = (pa, max(pb, b), pk)
        else:
            merged.append((a, b, kind))
    return merged


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` replaced by spaces (same length, so spans stay valid)."""
    return text[:start] + " " * (end - start) + text[end:]


def _other_reading(raw: str, decimals: int) -> Decimal | None:
    """10.000 read as a decimal may be a thousands group written the European way: 10000.

    Only that direction: "3,000" grouped in English is plainly three thousand, and a
    translation that reads as 3 must stay an error.
    """
    m = re.fullmatch(r"(\d{1,3})[.,](\d{3})", raw)
    return Decimal(m.group(1) + m.group(2)) if m and decimals == 3 else None


def read_number(raw: str, lex: Lexicon) -> tuple[Decimal, int, bool, str | None, int]:
    """Read a digit string with separators in ``lex``'s conventions.

    Returns (value, decimals shown, ambiguous, decimal separator, characters used).
    """
    parts = _NUMBER_PARTS.findall(raw)
    int_digits = parts[0]
    frac = ""
    used = len(parts[0])
    ambiguous = False
    dec_sep: str | None = None
    i = 1
    seps_seen: list[str] = []
    while i + 1 < len(parts):
        sep, digits = parts[i], parts[i + 1]
        if sep == " ":
            # a space groups in the locales that group with one, and before "000"-like groups in any (no count
            # starts with a zero: "48 000 usuarios" is forty-eight thousand)
            if frac or len(digits) != 3 or (lex.group != " " and digits[0] != "0") or (
                    seps_seen and seps_seen[-1] != " "):
                break
            int_digits += digits
        elif sep == "'":
            if frac or len(digits) != 3:
                break
            int_digits += digits
        else:
            if frac:
                break
            rest = parts[i + 2 :]
            more_same = len(rest) >= 2 and rest[0] == sep
            more_other = len(rest) >= 2 and rest[0] in ".," and rest[0] != sep
            if len(digits) != 3:
                if more_same:
                    break
                frac, dec_sep = digits, sep
            elif more_same or more_other or sep in seps_seen:
                int_digits += digits  # 1,000,000 or 1.000,5 or the last group of 62.448.034
            elif sep == lex.decimal:
                frac, dec_sep = digits, sep
                ambiguous = sep in (",", ".")
            else:  # the locale's other separator before exactly three digits groups them
                int_digits += digits
                ambiguous = True
        seps_seen.append(sep)
        used += len(sep) + len(digits)
        i += 2
    try:
        value = Decimal(f"{int_digits}.{frac}" if frac else int_digits)
    except InvalidOperation:
        value = Decimal(0)
    return value, len(frac), ambiguous, dec_sep, used


#: an English sentence is read once for all the languages it is checked in; validate hands a worker one
#: handout's catalogs in every language together, so a small cache is enough (a large one only holds
#: translations, each read once)
@functools.lru_cache(maxsize=16_384)
def scan(text: str, tag: str) -> Scan:
    """All anchors in ``text`` read in the conventions of locale ``tag``."""
    lex = lexicon_for(tag)
    norm = normalise(text)
    s = Scan(norm=norm)
    ntext = norm.text

    masked = ntext
    if "<sup>" in masked:  # an exponent or a footnote mark after a word ("мм<sup>3</sup>/с") is no amount
        masked = _SUP_AFTER_WORD.sub(lambda m: " " * len(m.group(0)), masked)
    # web addresses, markup and placeholders hold no quantities: blank them out (each pattern
    # runs only when a character it needs is present; most strings have none)
    for rx, needles in ((URL_RE, ("://", "www.", "@")), (TAG_RE, ("<", "&")), (PRINTF_RE, ("%",)),
                        (BRACE_RE, ("{", "$"))):
        if not any(n in masked for n in needles):
            continue
        for m in list(rx.finditer(masked)):
            if rx is TAG_RE and m.group(1) and not is_markup(m):
                continue
            masked = _blank(masked, m.start(), m.end())

    if _HAS_DIGIT.search(masked):
        # a menu accelerator before a number ("_24-hour", "&2 channels") is no part of it; "200 x148 mm" is a
        # dimension, not a word x148
        if "_" in masked or "&" in masked:
            masked = _ACCELERATOR.sub(lambda m: " " * len(m.group(0)), masked)
        if "x" in masked:
            masked = _GLUED_BY.sub("×", masked)
        # an exponent glued to a length unit ("г/см3", "10 m2") is no number
        masked = _EXPONENT.sub(" ", masked)
        for m in list(CODE_RE.finditer(masked)) if _CODE_HINT.search(masked) else ():
            a, b = norm.span(m.start(), m.end())
            s.codes.append(Code(text=strip_invisible(text[a:b]), ascii=m.group(0), start=m.start(), end=m.end()))
            masked = _blank(masked, m.start(), m.end())
        digits_in = sum(map(len, _DIGIT_RUN.findall(masked)))
        # each pattern runs only when the text could hold it (most strings hold none)
        for rx, possible in zip(PHONE_RES, (digits_in >= 10, digits_in >= 11, "-1-1" in masked, " 1 1" in masked),
                                strict=True):
            for m in list(rx.finditer(masked)) if possible else ():
                digits = _NON_DIGIT.sub("", m.group(0))
                s.phones.append(Phone(digits, m.start(), m.end(), norm.original(m.start(), m.end())))
                masked = _blank(masked, m.start(), m.end())
        for rx, needle in zip(TOKEN_RES, ("CC", "-", ":", "-"), strict=True):
            for m in list(rx.finditer(masked)) if needle in masked else ():
                s.tokens.append((m.group(0), m.start(), m.end()))
                masked = _blank(masked, m.start(), m.end())

    # dates and the like ("2月21日", "2015년 2월 21일"): their numbers are no amounts
    for m in list(lex.not_quantity_re.finditer(masked)) if lex.not_quantity_re is not None else ():
        s.soft_values.update(Decimal(d) for d in _DIGIT_RUN.findall(m.group(0)))
        masked = _blank(masked, m.start(), m.end())
    quantities: list[Quantity] = []
    # "100분의 1", "三分之一": a fraction written denominator first
    for m in list(lex.fraction_re.finditer(masked)) if lex.fraction_re is not None else ():
        den, num = int(m.group(1)), int(m.group(2))
        if den:
            quantities.append(Quantity((Decimal(num) / Decimal(den)).quantize(Decimal("0.001")), None, m.start(),
                                       m.end(), norm.original(m.start(), m.end()), decimals=3, num_end=m.end()))
            masked = _blank(masked, m.start(), m.end())
    slash_decimal = bool(lex.policy.get("slash_decimal"))
    for m in list(FRACTION_RE.finditer(masked)) if "/" in masked else ():
        whole, num, den = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
        if den == 0 or (m.group(1) and num >= den):
            continue
        if slash_decimal and not whole and num >= 10 and len(m.group(3)) == 1:
            # Persian typists often write ۳۷/۵ for ۳۷٫۵ (37.5), not the fraction 37/5
            value = Decimal(f"{num}.{den}")
            quantities.append(Quantity(value, None, m.start(), m.end(), "", decimals=1, ambiguous=True,
                                       separator="/", num_end=m.end()))
            masked = _blank(masked, m.start(), m.end())
            continue
        value = (whole + Decimal(num) / Decimal(den)).quantize(Decimal("0.001"))
        q = Quantity(value, None, m.start(), m.end(), norm.original(m.start(), m.end()), decimals=3,
                     num_end=m.end())
        quantities.append(q)
        masked = _blank(masked, m.start(), m.end())

    # a plain space between digits never groups them ("№10 324 x 458"): only the no-break and
    # thin spaces of careful typography do (1 000 mL)
    # thin spaces of careful typography do (1 000 mL) — and a plain one before a group that starts with a zero,
    # which no count does ("48 000 usuarios")
    numtext = _BETWEEN_DIGITS.sub(
        lambda m: m.group(0) if m.start() in norm.separators or _ZERO_GROUP.match(masked, m.end()) else "\x1f",
        masked)
    for m in NUMBER_RE.finditer(numtext):
        value, decimals, ambiguous, sep, used = read_number(m.group(0), lex)
        end = m.start() + used
        if sep is not None:  # the separator as typed (e.g. Arabic ٫ rather than .)
            sep = norm.separators.get(m.start() + m.group(0)[:used].rfind(sep), sep)
        q = Quantity(value, None, m.start(), end, "", decimals=decimals, ambiguous=ambiguous,
                     separator=sep, num_end=end,
                     alt_value=_other_reading(m.group(0)[:used], decimals) if ambiguous else None)
        quantities.append(q)
        # a second number after a space that was not a group separator
        if used < len(m.group(0)):
            rest = m.group(0)[used:]
            offset = m.start() + used + (len(rest) - len(rest.lstrip()))
            for sub in NUMBER_RE.finditer(rest.lstrip()):
                v2, d2, a2, s2, u2 = read_number(sub.group(0), lex)
                quantities.append(Quantity(v2, None, offset + sub.start(), offset + sub.start() + u2, "",
                                           decimals=d2, ambiguous=a2, separator=s2,
                                           num_end=offset + sub.start() + u2))
    # numbers spelled as words, only when a unit follows ("deux jours", "one day"),
    # possibly after the other end of a range ("dos a tres días"); each word list is tried
    # only when the text has the first word of one of its entries
    words = set(WORDS.findall(masked.lower())) if lex.boundary else set()

    def may_hold(gate: frozenset[str] | None) -> bool:
        return gate is None or not gate.isdisjoint(words)

    number_words = (list(lex.number_word_re.finditer(masked))
                    if lex.number_word_re is not None and may_hold(lex.number_gate) else [])
    implied_ranges: list[tuple[Quantity, Quantity]] = []
    if number_words:
        for m in number_words:
            unit, uend, utext = _unit_after(masked, m.end(), lex)
            if unit is None:
                unit = _range_unit(masked, m.end(), lex)
                uend, utext = m.end(), ""
            start = m.start()
            if unit is None and lex.unit_before_re is not None:
                before = lex.unit_before_re.search(masked, max(0, m.start() - 30), m.start())
                if before is not None:
                    unit = lex.unit_lookup.get(_lower(before.group(0)).strip())
                    start, uend, utext = before.start(), m.end(), before.group(0)
            if unit is not None:
                value = lex.number_words[_lower(m.group(0))]
                quantities.append(Quantity(value, unit, start, uend, "", implied=True,
                                           num_end=m.end(), unit_text=utext))
    if lex.implied_re is not None and may_hold(lex.implied_gate):
        for m in lex.implied_re.finditer(masked):
            values, unit = lex.implied[_lower(m.group(0))]
            if len(values) == 2:  # "a day or two": both ends of a range, one character each
                lo = Quantity(values[0], unit, m.start(), m.start() + 1, "", implied=True,
                              num_end=m.start(), unit_text=m.group(0))
                hi = Quantity(values[1], unit, m.start() + 1, m.end(), "", implied=True,
                              num_end=m.start() + 1, unit_text=m.group(0))
                quantities += [lo, hi]
                implied_ranges.append((lo, hi))
                continue
            quantities.append(Quantity(values[0], unit, m.start(), m.end(), "", implied=True,
                                       num_end=m.start(), unit_text=m.group(0)))
    if lex.compound_re is not None and lex.compound_numbers and lex.compound_units:
        for m in lex.compound_re.finditer(masked):  # трёхдневный курс: a 3-day course
            quantities.append(Quantity(lex.compound_numbers[m.group("n").lower()],
                                       lex.compound_units[m.group("u").lower()], m.start(), m.end(), "",
                                       implied=True, num_end=m.start(), unit_text=m.group(0)))
    quantities.sort(key=lambda q: (q.start, -(q.end - q.start)))
    quantities = _drop_overlaps(quantities)

    if lex.multiplier_re is not None:
        for q in quantities:  # "100万", "1 million", "10K": the word multiplies the number before it
            m = None if q.implied else lex.multiplier_re.match(masked, q.num_end)
            if m is not None:
                q.value *= lex.multipliers[m.group(1)]
                q.num_end = q.end = max(q.end, m.end())
                q.decimals = 0
    for q in quantities:
        if q.implied:
            continue
        unit, uend, utext = _unit_after(masked, q.num_end, lex, ntext)
        prefix = _unit_before(masked, q.start, lex)
        if prefix and (unit is None or unit == "deg"):
            unit = prefix
        if unit is not None:
            q.unit, q.end, q.unit_text = unit, max(q.end, uend), utext
    _dimensions(quantities, masked)
    tokens = [q for q in quantities if (q.unit is None and not q.implied and _GLUED_WORD.match(masked, q.num_end))
              or _ordinal(masked, q, lex) or _decade(masked, q) or _LEADING_ZERO.match(ntext, q.start)]
    s.soft_values = {q.value for q in tokens}
    for q in tokens:
        if _decade(masked, q):
            s.soft_values.add(q.value % 100)  # "the 1970s" is "70年代", "los 70"
    quantities = [q for q in quantities if q not in tokens]
    # an N11 service number with no unit is a phone number
    kept = []
    for q in quantities:
        raw = ntext[q.start:q.num_end]
        if q.unit is None and not q.implied and N11_RE.match(raw):
            s.phones.append(Phone(raw, q.start, q.num_end, norm.original(q.start, q.num_end)))
        else:
            kept.append(q)
    quantities = kept
    for q in quantities:
        q.text = norm.original(q.start, q.end)
    for lo, hi in implied_ranges:
        lo.text = hi.text = norm.original(lo.start, hi.end)

    # numbers that are not amounts here but may be written as digits in a translation:
    # words ("two tracks", "one person") and digits inside tokens ("Import2", "GP120", "K050")
    for m in number_words:
        s.soft_values.add(lex.number_words[_lower(m.group(0))])
    if lex.roman and _ROMAN_HINT.search(masked):  # "Level II" → "Niveau 2"
        for m in _ROMAN.finditer(masked):
            s.soft_values.add(Decimal(_ROMAN_VALUES[m.group(0)]))
    if lex.named_number_re is not None and may_hold(lex.named_gate):  # "November" (11月), "tenths" (1/10)
        for m in lex.named_number_re.finditer(masked):
            s.soft_values.add(lex.named_numbers[_lower(m.group(0))])
    taken = [(q.start, q.end) for q in quantities]
    for m in _DIGIT_RUN.finditer(ntext):
        if not any(a <= m.start() < b for a, b in taken):
            s.soft_values.add(Decimal(m.group(0)))
    _link_ranges(quantities, masked, lex)
    for lo, hi in implied_ranges:
        if lo in quantities and hi in quantities:
            lo.range_id = hi.range_id = 1 + max((q.range_id or 0) for q in quantities)
    _link_pairs(quantities, masked)
    s.quantities = quantities
    if may_hold(lex.comparator_gate):
        _comparators(s, masked, lex)
    return s


_DIMENSION_SIGN = re.compile(r"^\s?[x×X]\s?$")
_DECADE = re.compile(r"'?s(?![A-Za-z])")
#: "060", "01000": a digit mask or a code, not an amount (no amount is written with a leading zero)
_LEADING_ZERO = re.compile(r"0\d{2}")
_INCH_AFTER = re.compile(r" in(?![A-Za-z])")


def _dimensions(qs: list[Quantity], text: str) -> None:
    """"8 1/2 x 13 in": the first side of a dimension takes the unit written after the second."""
    for a, b in itertools.pairwise(qs):
        if a.unit is None and b.unit is None and _DIMENSION_SIGN.match(text[a.num_end:b.start]):
            inch = _INCH_AFTER.match(text, b.num_end)
            if inch:  # "9 x 11 in": after a dimension, "in" is inches, not the preposition
                b.unit, b.end, b.unit_text = "in", inch.end(), inch.group(0)
    for a, b in itertools.pairwise(qs):
        if a.unit in (None, "times") and b.unit is not None and b.dimension == "length" and \
                _DIMENSION_SIGN.match(text[a.num_end:b.start]):
            a.unit, a.end, a.unit_text = b.unit, a.num_end, ""
    for a, b, c in zip(qs, qs[1:], qs[2:], strict=False):
        # "2 h 30 m 10 s": between hours and seconds, m is minutes
        if a.unit == "hour" and b.unit == "m" and c.unit == "second":
            b.unit = "minute"
    for a, b in itertools.pairwise(qs):
        if a.unit == "hour" and b.unit == "m" and b.start - a.end <= 3:
            b.unit = "minute"


def _decade(text: str, q: Quantity) -> bool:
    """"the 1970s", "the 1990's": a decade, not 1970 seconds."""
    return (q.decimals == 0 and 1000 <= q.value < 3000 and q.value % 10 == 0
            and _DECADE.match(text, q.num_end) is not None)


def bare_units(s: Scan, tag: str) -> set[str]:
    """Units named by a word with no number ("less than a minute" → "أقل من دقيقة": one minute)."""
    lex = lexicon_for(tag)
    if lex.unit_word_re is None:
        return set()
    text = s.norm.text
    taken = [(q.start, q.end) for q in s.quantities]
    out = set()
    for m in lex.unit_word_re.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if lex.boundary and m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        unit = lex.unit_lookup.get(_lower(m.group(0)))
        if unit is not None:
            out.add(unit)
    return out


def is_markup(m: re.Match[str]) -> bool:
    """``<b>`` or ``<a href=…>`` is markup; ``<untitled>`` or ``<name>`` is a word in brackets, and so is a tag
    name written in capitals that is never closed (a key or a field: ``<DEL>``, ``<Source>``)."""
    name = m.group(1)
    if "=" in (m.group(2) or ""):
        return True
    if name.lower() not in HTML_TAGS:
        return False
    if name.islower() or name in ("BR", "HR"):
        return True
    text = m.string
    closing, opening = f"</{name.lower()}", f"<{name.lower()}"
    lowered = text.lower()
    return closing in lowered and opening in lowered


@functools.cache
def _dual_re(tag: str) -> re.Pattern[str] | None:
    endings = resolve(tag).data.get("dual_endings") or []
    if not endings:
        return None
    return re.compile(r"\w{2,}(?:" + "|".join(sorted(map(re.escape, map(str, endings)), key=len, reverse=True))
                      + r")(?!\w)")


def has_dual(text: str, tag: str) -> bool:
    """Does ``text`` hold a word with a dual ending of its language (Arabic مستويين, "two levels")?"""
    rx = _dual_re(tag)
    return rx is not None and rx.search(text) is not None


@functools.lru_cache(maxsize=4096)
def said_in_words(text: str, tag: str) -> frozenset[Decimal]:
    """The numbers ``text`` writes as words, standing alone ("dos", "два", "two"): what a number in the other
    language may have been written as.  In languages whose words are not delimited only the words listed as
    ``standalone_numbers`` count, between spaces (a Chinese or Korean numeral is too often part of another word:
    两 in 两侧, 두 in 두통)."""
    lex = lexicon_for(tag)
    found: set[Decimal] = set()
    if lex.boundary and lex.number_word_re is not None:
        found.update(lex.number_words[_lower(m.group(0))] for m in lex.number_word_re.finditer(text))
    standalone = _standalone_numbers(tag)
    if standalone:
        found.update(standalone[w] for w in text.split() if w in standalone)
    names = _number_names(tag)
    if names is not None:
        found.update(names[1][m.group(0)] for m in names[0].finditer(text))
    if lex.compound_word_re is not None and lex.compound_numbers:  # трёхбуквенный: three-letter
        found.update(lex.compound_numbers[m.group(0).lower()] for m in lex.compound_word_re.finditer(text))
    return frozenset(found)


@functools.cache
def _number_names(tag: str) -> tuple[re.Pattern[str], dict[str, Decimal]] | None:
    """Names that stand for a number ("非胰岛素依赖型糖尿病" is type 2 diabetes), longest first."""
    table = {str(k): Decimal(str(v)) for k, v in (resolve(tag).data.get("number_names") or {}).items()}
    if not table:
        return None
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table


@functools.cache
def _standalone_numbers(tag: str) -> dict[str, Decimal]:
    """Number words that count only as a word of their own (Korean 두 in "두 손가락")."""
    return {str(k): Decimal(str(v)) for k, v in (resolve(tag).data.get("standalone_numbers") or {}).items()}


def _lower(text: str) -> str:
    """The lexicon key for a matched surface: lower case, no spaces (patterns allow optional spaces)."""
    return re.sub(r"\s+", "", text).lower()


def _unit_after(text: str, pos: int, lex: Lexicon, raw: str = "") -> tuple[str | None, int, str]:
    """The unit written right after a number: symbols and words, the longer match wins (°م over °).

    ``raw`` is the text before fractions were blanked out: "3 7/8 x 8 7/8 in" is a dimension, not "times".
    """
    i = pos
    if i < len(text) and (text[i] == " " or (text[i] == "-" and i + 1 < len(text) and text[i + 1].isalpha())):
        i += 1  # "5 mL", and "2-year-old"
    if lex.not_unit_re is not None and lex.not_unit_re.match(text, i):
        return None, pos, ""  # 升级 (upgrade) is not 升 (litre)
    sym = lex.unit_sym_re.match(text, i)
    word = lex.unit_word_re.match(text, i) if lex.unit_word_re is not None else None
    if word and (not sym or len(word.group(0)) > len(sym.group(0))):
        surface = word.group(0)
        unit = lex.unit_lookup.get(_lower(surface))
        end = word.end()
    elif sym:
        surface = sym.group(0)
        unit = lex.symbol_lookup.get(re.sub(r"\s+", " ", surface)) or lex.symbol_lookup.get(surface.replace(" ", ""))
        end = sym.end()
    else:
        return None, pos, ""
    if unit is None:
        return None, pos, ""
    if unit == "times" and (_SPACE_DIGIT.match(text, end) or (raw and _SPACE_DIGIT.match(raw, end))):
        return None, pos, ""  # 8 x 11: a multiplication sign between dimensions, not "times"
    return unit, end, surface


def _ordinal(text: str, q: Quantity, lex: Lexicon) -> bool:
    """第3天, 3일째, 2回目: a position in a sequence, not an amount."""
    if lex.ordinal_prefix_re is not None and lex.ordinal_prefix_re.search(text[max(0, q.start - 4):q.start]):
        return True
    return bool(lex.ordinal_suffix_re is not None and lex.ordinal_suffix_re.match(text, q.end))


def _range_unit(text: str, pos: int, lex: Lexicon) -> str | None:
    """The unit of the far end of a range that starts at ``pos`` ("… a tres días")."""
    m = lex.connector_head_re.match(text, pos)
    start = m.end() if m else pos  # no connector: adjacent number words (两三天, 두세 번)
    nxt = (NUMBER_RE.match(text, start) if m else None) or (
        lex.number_word_re.match(text, start) if lex.number_word_re else None)
    if not nxt:
        return None
    return _unit_after(text, nxt.end(), lex)[0]


def _unit_before(text: str, pos: int, lex: Lexicon) -> str | None:
    if lex.prefix_re is None:
        return None
    m = lex.prefix_re.search(text[max(0, pos - 12):pos])
    if not m:
        return None
    return lex.prefix_lookup.get(_lower(m.group(0)).strip())


def _drop_overlaps(qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end:
            if out[-1].implied and not q.implied:
                out[-1] = q
            continue
        out.append(q)
    return out


def _link_ranges(qs: list[Quantity], text: str, lex: Lexicon) -> None:
    rid = 0
    for a, b in itertools.pairwise(qs):
        gap = text[a.end:b.start]
        adjacent_words = gap == "" and a.implied and b.implied and a.unit == b.unit  # 一两天, 두세 번
        if len(gap) > 12 or not (adjacent_words or lex.connector_re.match(gap)):
            continue
        if a.unit and b.unit and a.unit != b.unit:
            continue
        if a.range_id is None:
            rid += 1
            a.range_id = rid
        b.range_id = a.range_id
        if a.unit is None and b.unit is not None:
            a.unit = b.unit
        elif b.unit is None and a.unit is not None:
            b.unit = a.unit


_OPEN = "([（［"
_CLOSE = ")]）］"


def _link_pairs(qs: list[Quantity], text: str) -> None:
    pid = 0
    for a, b in itertools.pairwise(qs):
        if a.unit is None or b.unit is None or a.unit == b.unit:
            continue
        if a.dimension != b.dimension or a.dimension not in ("temperature", "mass", "volume", "length", "duration"):
            continue
        gap = text[a.end:b.start].strip()
        bracketed = gap != "" and gap[0] in _OPEN and len(gap) <= 6 and not _HAS_DIGIT.search(gap) and \
            text[b.end:b.end + 4].strip()[:1] in _CLOSE
        if gap in ("/", "=") or bracketed:
            pid += 1
            a.pair_id = b.pair_id = pid
            b.pair_secondary = True


def _group(qs: list[Quantity], q: Quantity) -> list[Quantity]:
    """q with the quantities bound to it by a range or a conversion pair."""
    members = {id(q): q}
    changed = True
    while changed:
        changed = False
        for other in qs:
            if id(other) in members:
                continue
            for m in list(members.values()):
                if (m.range_id is not None and other.range_id == m.range_id) or (
                        m.pair_id is not None and other.pair_id == m.pair_id):
                    members[id(other)] = other
                    changed = True
                    break
    return list(members.values())


#: a comparison sign is one only before a number ("< 5", "≤38"), not in markup ("<tag>")
_SIGN_THEN_NUMBER = re.compile(r"\s?[-−]?\d")

def _comparators(s: Scan, text: str, lex: Lexicon) -> None:
    if lex.comparator_re is None or not s.quantities:
        return
    qs = s.quantities
    # a connector inside a range ("4 hasta 6 horas") is not a comparison word
    claims: list[tuple[int, int, Comparator, Quantity, re.Match[str]]] = []
    range_gaps = [(a.end, b.start) for a, b in itertools.pairwise(qs)
                  if a.range_id is not None and a.range_id == b.range_id]
    for m in lex.comparator_re.finditer(text):
        if any(lo <= m.start() and m.end() <= hi for lo, hi in range_gaps):
            continue
        if m.group(0)[0] in "<>≤≥" and ((m.start() and text[m.start() - 1] not in " (\t")
                                        or not _SIGN_THEN_NUMBER.match(text, m.end())):
            continue  # "10>01000", "s+>30", "<tag>": a separator or markup, not a comparison
        direction, positions = lex.comparators[_lower(m.group(0))]
        comp = Comparator(direction, "/".join(sorted(positions)), m.start(), m.end(),
                          s.norm.original(m.start(), m.end()))
        s.comparators.append(comp)
        if direction == "about":  # "about 38°": consumes the words, states no limit
            continue
        # a word used after numbers binds to the one before it; otherwise to the next one
        after_number = _before(qs, text, m) if "after" in positions else None
        target = after_number or (_after(qs, text, m) if "before" in positions else None)
        if target is None:
            continue
        if lex.inclusive is not None:  # "38 or higher" includes 38; "over 38" does not, "at least 38" does
            word = _lower(m.group(0))
            comp.inclusive = word in lex.inclusive or (after_number is not None and word not in lex.strict_after)
        comp.attached = True
        distance = (m.start() - target.end) if target.end <= m.start() else (target.start - m.end())
        claims.append((distance, m.start(), comp, target, m))
    # when several words reach one number ("最高频率必须不低于100Hz"), the nearest one governs it
    claims.sort(key=lambda c: (c[0], c[1]))
    for _distance, _start, comp, target, m in claims:
        for member in _group(qs, target):
            if member.direction is None:
                member.direction = comp.direction
                member.inclusive = comp.inclusive
                member.comparator = comp.text
                member.comparator_span = (m.start(), m.end())
    for q in qs:
        if q.comparator_span:
            q.negated = _negated(text, *q.comparator_span, lex, s.comparators)


def _after(qs: list[Quantity], text: str, m: re.Match[str]) -> Quantity | None:
    """The quantity a comparison word before a number governs ("over 38°C")."""
    for q in qs:
        if q.start >= m.end():
            gap = text[m.end():q.start]
            # in a script written with spaces, at most two words between ("plus de 4", "over a 38"): in "أكبر من
            # الرضيع الذي يزن 5 كغ" (bigger than the baby who weighs 5 kg) the comparison is between the babies
            if len(gap) <= _WINDOW and not _HAS_DIGIT.search(gap) and not _CLAUSE_END.search(gap) and (
                    not _SPACED.search(gap) or len(gap.split()) <= 2):
                return q
            return None
    return None


def _before(qs: list[Quantity], text: str, m: re.Match[str]) -> Quantity | None:
    """The quantity a comparison word after a number governs ("38°C or higher", "38°C 이상")."""
    for q in reversed(qs):
        end = max(x.end for x in _group(qs, q))
        if end <= m.start():
            gap = text[end:m.start()].lstrip(")]）］ ")
            # in a script written with spaces, at most one word between ("8192 samples or less"): in "5٪ تجاوزوا
            # الحد الأقصى للجرعة" (5 % exceeded the maximum dose) the maximum is the dose's
            if len(gap) <= _WINDOW and not _HAS_DIGIT.search(gap) and not _CLAUSE_END.search(gap) and (
                    not _SPACED.search(gap) or len(gap.split()) <= 1):
                return q
            return None
    return None


def _negated(text: str, start: int, end: int, lex: Lexicon, comps: list[Comparator]) -> bool:
    """Is there a negation word in the clause of a comparison, outside comparison phrases?"""
    if lex.negator_re is None:
        return False
    breaks = [*_CLAUSE_END.finditer(text)]
    if lex.clause_re is not None:
        breaks += lex.clause_re.finditer(text)
    left = max((m.end() for m in breaks if m.end() <= start), default=0)
    right = min((m.start() for m in breaks if m.start() >= end), default=len(text))
    for m in lex.negator_re.finditer(text, left, right):
        if not any(c.start <= m.start() < c.end for c in comps) and not (start <= m.start() < end):
            return True
    return False


def groups(s: Scan) -> list[list[Quantity]]:
    """Quantities bound by ranges and conversion pairs, in reading order."""
    seen: set[int] = set()
    out = []
    for q in s.quantities:
        if id(q) in seen:
            continue
        g = sorted(_group(s.quantities, q), key=lambda x: x.start)
        seen.update(id(x) for x in g)
        out.append(g)
    return out


def group_text(s: Scan, g: list[Quantity]) -> str:
    a, _ = s.norm.span(g[0].start, g[0].end)
    _, b = s.norm.span(g[-1].start, g[-1].end)
    text = s.norm.source
    if b < len(text) and text[b] in _CLOSE and any(q.pair_id for q in g):
        b += 1
    return text[a:b]
