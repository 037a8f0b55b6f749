"""A language's number vocabulary, compiled from its data file into matchers.

The data file (``pipeline/data/locales/<code>.yaml``) lists unit words,
comparison words, range connectors, number words and format policy; the
canonical units and their language-neutral symbols come from
``pipeline/data/units.yaml``.  Nothing here knows any particular language.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from babel import Locale
from ruamel.yaml import YAML

from ..locales import LocaleInfo, resolve
from .normalize import normalise

DIRECTIONS = ("above", "below", "about")  # "about": approximation words that state no limit
POSITIONS = ("before", "after")
UNIVERSAL_CONNECTORS = ("-", "–", "~")
#: scripts whose words run on into suffixes/particles (no word boundary after a unit)
#: a symbol must not run on into a letter of an alphabet written with spaces (Latin, Greek, Cyrillic)
_NOT_ALPHABETIC = r"(?![A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff])"
#: a word character, counting combining vowel signs and viramas (Python's \w does not), so that
#: ਨਾ is not found inside ਮਹੀਨਾ nor न inside देने
_WORDCH = (r"(?:[^\W\d_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
           r"\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
           r"\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0b01-\u0b03"
           r"\u0b3c-\u0b57\u0b82\u0bbe-\u0bcd\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff])")
HEAD = rf"(?<!{_WORDCH})"
TAIL = rf"(?!{_WORDCH})"
_NO_BOUNDARY_SCRIPTS = {"Hans", "Hant", "Jpan", "Hang", "Kore", "Thai"}


#: signs that include their boundary, in every language
INCLUSIVE_SIGNS = ("≥", ">=", "≤", "<=")


@dataclass(frozen=True)
class Unit:
    id: str
    dimension: str
    factor: Decimal | None
    soft: bool = False
    bare: bool = False


@functools.cache
def _units_data() -> dict[str, Any]:
    path = Path(str(resources.files("pipeline") / "data" / "units.yaml"))
    return dict(YAML(typ="safe").load(path.read_text(encoding="utf-8")))


@functools.cache
def units() -> dict[str, Unit]:
    out = {}
    for uid, spec in _units_data().items():
        factor = spec.get("factor")
        out[uid] = Unit(uid, spec["dimension"], Decimal(str(factor)) if factor is not None else None,
                        bool(spec.get("soft")), bool(spec.get("bare")))
    return out


@functools.cache
def symbols_of(unit: str) -> tuple[str, ...]:
    """The language-neutral symbols of a unit (kg, Kg, KG)."""
    return tuple(sorted(s for s, u in _unit_symbols().items() if u == unit))


@functools.cache
def _unit_symbols() -> dict[str, str]:
    table: dict[str, str] = {}
    for uid, spec in _units_data().items():
        for sym in spec.get("symbols", []) or []:
            text = normalise(str(sym)).text
            table[text] = uid
            table.setdefault(text.replace(" ", ""), uid)
    return table


def _alternation(words: list[str]) -> str:
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in uniq)


def _norm(word: str) -> str:
    return normalise(str(word)).text.strip()


@dataclass
class Lexicon:
    """Compiled matchers for one language."""

    code: str
    decimal: str
    group: str
    also_decimal: tuple[str, ...]
    script: str
    digits: tuple[str, ...]
    unit_space: str
    policy: dict[str, Any]
    unit_sym_re: re.Pattern[str]
    unit_word_re: re.Pattern[str] | None
    unit_lookup: dict[str, str]  # lower-cased surface -> unit id
    symbol_lookup: dict[str, str]  # exact surface -> unit id
    prefix_re: re.Pattern[str] | None
    prefix_lookup: dict[str, str]
    number_word_re: re.Pattern[str] | None
    number_words: dict[str, Decimal]
    implied_re: re.Pattern[str] | None
    #: lower surface -> (values, unit): one value, or the two ends of a range ("a day or two")
    implied: dict[str, tuple[tuple[Decimal, ...], str]]
    connector_re: re.Pattern[str]
    connector_head_re: re.Pattern[str]
    comparator_re: re.Pattern[str] | None
    comparators: dict[str, tuple[str, frozenset[str]]]  # lower surface -> (direction, positions)
    #: comparison words that include their boundary ("at least", "up to", "≥"); None: the language's data does
    #: not say, so boundaries are not compared (words after the number, "38 or higher", always include it)
    inclusive: frozenset[str] | None = None
    #: words after the number whose limit excludes the value itself (초과, 未満, से अधिक); any other is inclusive
    strict_after: frozenset[str] = frozenset()
    negator_re: re.Pattern[str] | None = None
    clause_re: re.Pattern[str] | None = None  # words that start a new clause ("and", "but", "if")
    not_unit_re: re.Pattern[str] | None = None  # words that begin like a unit but are not (升级)
    named_number_re: re.Pattern[str] | None = None  # words that name a number without being an amount
    named_numbers: dict[str, Decimal] | None = None
    roman: bool = False  # Roman numerals (Level II) name numbers in this language
    ordinal_prefix_re: re.Pattern[str] | None = None  # 第 in 第3天
    ordinal_suffix_re: re.Pattern[str] | None = None  # 째 in 3일째
    boundary: bool = True
    unit_before_re: re.Pattern[str] | None = None  # a unit word ending where a number word starts
    multiplier_re: re.Pattern[str] | None = None  # "万", "million", "K" after a number multiply it
    multipliers: dict[str, Decimal] | None = None
    not_quantity_re: re.Pattern[str] | None = None  # dates and the like, whose numbers are no amounts
    fraction_re: re.Pattern[str] | None = None  # fractions written denominator first ("100분의 1")
    #: a number and a unit written as one word (трёхдневный = 3-day, dreitägig): groups ``n`` and ``u``
    compound_re: re.Pattern[str] | None = None
    compound_numbers: dict[str, Decimal] | None = None
    compound_units: dict[str, str] | None = None
    #: a number prefix before any word of four letters or more (трёхбуквенный = 3-letter): said in words
    compound_word_re: re.Pattern[str] | None = None
    #: the first word of every number word / implied amount / named number (lower case): a text
    #: with none of them cannot match that pattern, so it is not run (None: no such shortcut)
    number_gate: frozenset[str] | None = None
    implied_gate: frozenset[str] | None = None
    named_gate: frozenset[str] | None = None
    comparator_gate: frozenset[str] | None = None


_LEAD = re.compile(f"{_WORDCH}+")
#: a text's words, as :data:`HEAD`/:data:`TAIL` delimit them
WORDS = _LEAD


def _gate(words: list[str], boundary: bool) -> frozenset[str] | None:
    """The lower-case first words of ``words``; None where a pattern cannot be screened that way."""
    if not boundary or not words:
        return None
    firsts = set()
    for w in words:
        m = _LEAD.match(w.lower())
        if m is None:
            return None  # starts with a sign or digit
        firsts.add(m.group(0))
    return frozenset(firsts)


def _symbols_for(loc: Locale) -> tuple[str, str]:
    ns = loc.default_numbering_system if hasattr(loc, "default_numbering_system") else "latn"
    try:
        sym = loc.number_symbols.get("latn") or loc.number_symbols[ns]
    except (KeyError, AttributeError):
        sym = {"decimal": ".", "group": ","}
    return sym.get("decimal", "."), sym.get("group", ",")


def _words_re(words: list[str] | None, boundary: bool) -> re.Pattern[str] | None:
    if not words:
        return None
    head = HEAD if boundary else ""
    tail = TAIL if boundary else ""
    return re.compile(rf"{head}(?:{_alternation([_norm(w) for w in words])}){tail}", re.IGNORECASE)


def _plain_re(words: list[str] | None, suffix: str = "") -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"(?:{_alternation([_norm(w) for w in words])}){suffix}", re.IGNORECASE)


@functools.cache
def lexicon_for(tag: str) -> Lexicon:
    info = resolve(tag)
    return _compile(info)


def _compile(info: LocaleInfo) -> Lexicon:
    data = info.data
    # CLDR for the exact tag (es_MX reads 1,000 as a thousand, es as one); the data file's
    # decimal only fills in where CLDR has nothing
    dec, grp = _symbols_for(info.babel)
    dec = dec or str(data.get("decimal", "."))
    grp = _norm(grp) or " "
    script = str(data.get("script", "Latn"))
    boundary = script not in _NO_BOUNDARY_SCRIPTS

    unit_lookup: dict[str, str] = {}
    for uid, words in (data.get("units") or {}).items():
        if uid not in units():
            raise ValueError(f"{data.get('_path')}: unknown unit id {uid!r}")
        for w in words or []:
            unit_lookup[_norm(w).lower()] = uid
    symbol_lookup = dict(_unit_symbols())
    # Unit words match case-insensitively, with a word boundary where the script
    # has one; symbols (mL, L, m, °C) match case-sensitively and must not run on
    # into Latin letters (so "m" is not read in "months").
    word_tail = TAIL if boundary else ""
    unit_sym_re = re.compile(rf"(?:{_alternation(list(symbol_lookup))}){_NOT_ALPHABETIC}")
    unit_word_re = (re.compile(rf"(?:{_alternation(list(unit_lookup))}){word_tail}", re.IGNORECASE)
                    if unit_lookup else None)

    prefix_lookup = {_norm(k).lower(): v for k, v in (data.get("unit_prefixes") or {}).items()}
    prefix_re = re.compile(rf"(?:{_alternation(list(prefix_lookup))})\s?$", re.IGNORECASE) if prefix_lookup else None

    number_words = {_norm(k).lower(): Decimal(str(v)) for k, v in (data.get("number_words") or {}).items()}
    nw_tail = TAIL if boundary else ""
    nw_head = HEAD if boundary else ""
    number_word_re = (re.compile(rf"{nw_head}(?:{_alternation(list(number_words))}){nw_tail}", re.IGNORECASE)
                      if number_words else None)

    implied: dict[str, tuple[tuple[Decimal, ...], str]] = {}
    for word, (value, uid) in (data.get("implied") or {}).items():
        values = tuple(Decimal(str(v)) for v in value) if isinstance(value, list) else (Decimal(str(value)),)
        implied[_norm(word).lower()] = (values, str(uid))
    # ordinals ("second dose", "troisième") and fractions ("half", "un quart") are amounts of their own kind
    for key, uid in (("ordinals", "ordinal"), ("fractions", "fraction")):
        for word, value in (data.get(key) or {}).items():
            implied[_norm(word).lower()] = ((Decimal(str(value)),), uid)
    implied_re = (re.compile(rf"{nw_head}(?:{_alternation(list(implied))}){nw_tail}", re.IGNORECASE)
                  if implied else None)

    compounds = data.get("compounds") or {}
    compound_numbers = {_norm(str(k)).lower(): Decimal(str(v)) for k, v in (compounds.get("numbers") or {}).items()}
    compound_units = {_norm(str(k)).lower(): str(v) for k, v in (compounds.get("units") or {}).items()}
    compound_re = compound_word_re = None
    if compound_numbers:
        heads = _alternation(list(compound_numbers))
        compound_word_re = re.compile(rf"{HEAD}(?:{heads})(?=[^\W\d_]{{4}})", re.IGNORECASE)
        if compound_units:
            compound_re = re.compile(rf"{HEAD}(?P<n>{heads})(?P<u>{_alternation(list(compound_units))})[^\W\d_]*",
                                     re.IGNORECASE)

    connectors = [_norm(c) for c in (data.get("range_connectors") or [])] + list(UNIVERSAL_CONNECTORS)
    connector_re = re.compile(rf"^\s?(?:{_alternation(connectors)})\s?$", re.IGNORECASE)
    connector_head_re = re.compile(rf"\s?(?:{_alternation(connectors)})\s?", re.IGNORECASE)

    comparators: dict[str, tuple[str, frozenset[str]]] = {}
    listed = {_norm(x).lower() for g in (data.get("comparators") or {}).values() for x in g or []}
    for key in ("inclusive", "strict_after"):
        for w in data.get(key) or []:
            if _norm(w).lower() not in listed:
                raise ValueError(f"{data.get('_path')}: {key} {w!r} is not one of the file's comparators")
    # comparison signs mean the same in every language
    symbols = {"above_before": [">", "≥", ">="], "below_before": ["<", "≤", "<="]}
    groups = dict(data.get("comparators") or {})
    for key, signs in symbols.items():
        groups[key] = [*signs, *(groups.get(key) or [])]
    for key, words in groups.items():
        direction, position = key.split("_")
        if direction not in DIRECTIONS or position not in POSITIONS:
            raise ValueError(f"{data.get('_path')}: comparator group {key!r} must be direction_position")
        for w in words or []:
            word = _norm(w).lower()
            _old_dir, old_pos = comparators.get(word, (direction, frozenset()))
            comparators[word] = (direction, old_pos | {position})
    comparator_re = None
    if comparators:
        head = HEAD if boundary else ""
        tail = TAIL if boundary else ""
        comparator_re = re.compile(rf"{head}(?:{_alternation(list(comparators))}){tail}", re.IGNORECASE)

    unit_before_re = None
    if unit_lookup and (data.get("policy") or {}).get("number_after_unit"):
        # Arabic "الأيام الخمسة" (the five days): a number word may follow its unit
        unit_before_re = re.compile(rf"(?:{_alternation(list(unit_lookup))})\s?$", re.IGNORECASE)
    multipliers = {str(k): Decimal(str(v)) for k, v in (data.get("multipliers") or {}).items()}
    multiplier_re = None
    if multipliers:  # case-sensitive: "1M" is a million, "1m" a metre
        sep = r"\s?" if boundary else ""
        multiplier_re = re.compile(rf"{sep}({_alternation(list(multipliers))}){word_tail if boundary else ''}")
    patterns = [str(p) for p in data.get("not_quantities", []) or []]
    not_quantity_re = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    joiners = [str(j) for j in data.get("fraction_joiners", []) or []]
    fraction_re = (re.compile(rf"(\d+)\s?(?:{_alternation(joiners)})\s?(\d+)(?!\d)") if joiners else None)
    named = {_norm(k).lower(): Decimal(str(v)) for k, v in (data.get("named_numbers") or {}).items()}
    gates = {"number_gate": _gate(list(number_words), boundary), "implied_gate": _gate(list(implied), boundary),
             "named_gate": _gate(list(named), boundary), "comparator_gate": _gate(list(comparators), boundary)}
    for table in (unit_lookup, number_words, implied, comparators, prefix_lookup, named):
        for key in list(table):
            table.setdefault(key.replace(" ", ""), table[key])
    return Lexicon(
        code=info.data_code, decimal=dec, group=grp,
        also_decimal=tuple(str(x) for x in data.get("also_decimal", []) or []),
        script=script, digits=tuple(data.get("digits", ["latn"]) or ["latn"]),
        unit_space=str(data.get("unit_space", "any")), policy=dict(data.get("policy") or {}),
        unit_sym_re=unit_sym_re, unit_word_re=unit_word_re, unit_lookup=unit_lookup, symbol_lookup=symbol_lookup,
        prefix_re=prefix_re, prefix_lookup=prefix_lookup,
        number_word_re=number_word_re, number_words=number_words,
        implied_re=implied_re, implied=implied, compound_re=compound_re, compound_numbers=compound_numbers or None,
        compound_units=compound_units or None, compound_word_re=compound_word_re,
        connector_re=connector_re, connector_head_re=connector_head_re,
        comparator_re=comparator_re, comparators=comparators,
        inclusive=(frozenset(form for w in [*INCLUSIVE_SIGNS, *(data.get("inclusive") or [])]
                             for form in (_norm(w).lower(), _norm(w).lower().replace(" ", "")))
                   if "inclusive" in data else None),
        strict_after=frozenset(form for w in data.get("strict_after") or []
                               for form in (_norm(w).lower(), _norm(w).lower().replace(" ", ""))),
        negator_re=_words_re(data.get("negators"), boundary),
        clause_re=_words_re(data.get("clause_breaks"), boundary), boundary=boundary,
        not_unit_re=_plain_re(data.get("not_units")),
        named_number_re=_words_re(list(named), boundary), named_numbers=named,
        roman=bool(data.get("roman_numerals")),
        ordinal_prefix_re=_plain_re(data.get("ordinal_prefixes"), suffix=r"\s?$"),
        ordinal_suffix_re=_plain_re(data.get("ordinal_suffixes")), unit_before_re=unit_before_re,
        multiplier_re=multiplier_re, multipliers=multipliers, not_quantity_re=not_quantity_re,
        fraction_re=fraction_re, **gates,
    )
