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
_NO_BOUNDARY_SCRIPTS = {"Hans", "Hant", "Jpan", "Hang", "Kore", "Thai"}


@dataclass(frozen=True)
class Unit:
    id: str
    dimension: str
    factor: Decimal | None
    soft: bool = False
    bare: bool = False


@functools.cache
def units() -> dict[str, Unit]:
    path = Path(str(resources.files("pipeline") / "data" / "units.yaml"))
    raw = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    out = {}
    for uid, spec in raw.items():
        factor = spec.get("factor")
        out[uid] = Unit(uid, spec["dimension"], Decimal(str(factor)) if factor is not None else None,
                        bool(spec.get("soft")), bool(spec.get("bare")))
    return out


@functools.cache
def _unit_symbols() -> dict[str, str]:
    path = Path(str(resources.files("pipeline") / "data" / "units.yaml"))
    raw = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for uid, spec in raw.items():
        for sym in spec.get("symbols", []) or []:
            table[normalise(str(sym)).text] = uid
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
    unit_re: re.Pattern[str]
    unit_lookup: dict[str, str]  # lower-cased surface -> unit id
    symbol_lookup: dict[str, str]  # exact surface -> unit id
    prefix_re: re.Pattern[str] | None
    prefix_lookup: dict[str, str]
    number_word_re: re.Pattern[str] | None
    number_words: dict[str, Decimal]
    implied_re: re.Pattern[str] | None
    implied: dict[str, tuple[Decimal, str]]
    connector_re: re.Pattern[str]
    comparator_re: re.Pattern[str] | None
    comparators: dict[str, tuple[str, str]]  # lower surface -> (direction, position)
    negator_re: re.Pattern[str] | None = None
    boundary: bool = True

    def unit_id(self, surface: str) -> str | None:
        s = _norm(surface)
        compact = re.sub(r"\s+", " ", s)
        return (self.symbol_lookup.get(compact) or self.symbol_lookup.get(compact.replace(" ", ""))
                or self.unit_lookup.get(compact.lower()) or self.unit_lookup.get(compact.lower().replace(" ", "")))


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
    head = r"(?<![^\W\d_])" if boundary else ""
    tail = r"(?![^\W\d_])" if boundary else ""
    return re.compile(rf"{head}(?:{_alternation([_norm(w) for w in words])}){tail}", re.IGNORECASE)


@functools.cache
def lexicon_for(tag: str) -> Lexicon:
    info = resolve(tag)
    return _compile(info)


def _compile(info: LocaleInfo) -> Lexicon:
    data = info.data
    dec, grp = _symbols_for(info.babel)
    dec = str(data.get("decimal", dec))
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
    word_tail = r"(?![^\W\d_])" if boundary else ""
    unit_re = re.compile(
        rf"(?P<sym>(?:{_alternation(list(symbol_lookup))}){_NOT_ALPHABETIC})"
        + (rf"|(?P<word>(?i:{_alternation(list(unit_lookup))}){word_tail})" if unit_lookup else ""))

    prefix_lookup = {_norm(k).lower(): v for k, v in (data.get("unit_prefixes") or {}).items()}
    prefix_re = re.compile(rf"(?:{_alternation(list(prefix_lookup))})\s?$", re.IGNORECASE) if prefix_lookup else None

    number_words = {_norm(k).lower(): Decimal(str(v)) for k, v in (data.get("number_words") or {}).items()}
    nw_tail = r"(?![^\W\d_])" if boundary else ""
    nw_head = r"(?<![^\W\d_])" if boundary else ""
    number_word_re = (re.compile(rf"{nw_head}(?:{_alternation(list(number_words))}){nw_tail}", re.IGNORECASE)
                      if number_words else None)

    implied: dict[str, tuple[Decimal, str]] = {}
    for word, (value, uid) in (data.get("implied") or {}).items():
        implied[_norm(word).lower()] = (Decimal(str(value)), str(uid))
    implied_re = (re.compile(rf"{nw_head}(?:{_alternation(list(implied))}){nw_tail}", re.IGNORECASE)
                  if implied else None)

    connectors = [_norm(c) for c in (data.get("range_connectors") or [])] + list(UNIVERSAL_CONNECTORS)
    connector_re = re.compile(rf"^\s?(?:{_alternation(connectors)})\s?$", re.IGNORECASE)

    comparators: dict[str, tuple[str, str]] = {}
    for key, words in (data.get("comparators") or {}).items():
        direction, position = key.split("_")
        if direction not in DIRECTIONS or position not in POSITIONS:
            raise ValueError(f"{data.get('_path')}: comparator group {key!r} must be direction_position")
        for w in words or []:
            comparators[_norm(w).lower()] = (direction, position)
    comparator_re = None
    if comparators:
        head = r"(?<![^\W\d_])" if boundary else ""
        tail = r"(?![^\W\d_])" if boundary else ""
        comparator_re = re.compile(rf"{head}(?:{_alternation(list(comparators))}){tail}", re.IGNORECASE)

    return Lexicon(
        code=info.data_code, decimal=dec, group=grp,
        also_decimal=tuple(str(x) for x in data.get("also_decimal", []) or []),
        script=script, digits=tuple(data.get("digits", ["latn"]) or ["latn"]),
        unit_space=str(data.get("unit_space", "any")), policy=dict(data.get("policy") or {}),
        unit_re=unit_re, unit_lookup=unit_lookup, symbol_lookup=symbol_lookup,
        prefix_re=prefix_re, prefix_lookup=prefix_lookup,
        number_word_re=number_word_re, number_words=number_words,
        implied_re=implied_re, implied=implied,
        connector_re=connector_re, comparator_re=comparator_re, comparators=comparators,
        negator_re=_words_re(data.get("negators"), boundary), boundary=boundary,
    )
