"""Locales: resolving a catalog's language tag to CLDR facts and our language data.

Language knowledge lives in data files, one per language, under
``pipeline/data/locales/<code>.yaml`` (unit words, comparison words, range
connectors, digits, separators, format policy).  Adding a language is adding a
file.  CLDR facts (plural rules, text direction, display names, symbols) come
from Babel.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import babel
from babel.messages.plurals import get_plural
from ruamel.yaml import YAML

from .errors import InputError
from .plural import parse_rule

DATA_DIR = Path(str(resources.files("pipeline") / "data" / "locales"))
_TAG_RE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


@functools.cache
def _all_data() -> dict[str, dict[str, Any]]:
    yaml = YAML(typ="safe")
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(DATA_DIR.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8")) or {}
        data["_path"] = str(path)
        out[path.stem] = data
    return out


@functools.cache
def _names() -> dict[str, tuple[str, str]]:
    """Every data code and alias, lower case -> (its data file's code, the name as the file spells it)."""
    table: dict[str, tuple[str, str]] = {}
    for code, data in _all_data().items():
        table[code.lower()] = (code, code)
        for alias in data.get("aliases", []) or []:
            spelled = str(alias).replace("-", "_")
            table[spelled.lower()] = (code, spelled)
    return table


@functools.cache
def _alias_table() -> dict[str, str]:
    return {name: code for name, (code, _spelled) in _names().items()}


@functools.cache
def _known_spellings() -> dict[str, str]:
    """fr_ca -> fr_CA, qps_ploc -> qps_ploc: names as the data files write them."""
    return {name: spelled for name, (_code, spelled) in _names().items()}


@functools.lru_cache(maxsize=1024)
def normalise_tag(tag: str) -> str:
    """One spelling per locale, as folders and headers use it: BCP 47 or POSIX in (``fr-ca``, ``zh-hant-tw``,
    ``fr_CA``), ``ll_Script_CC`` out (``fr_CA``, ``zh_Hant_TW``); a tag our data files spell is spelled so."""
    norm = tag.strip().replace("-", "_")
    known = _known_spellings().get(norm.lower())
    if known is not None:
        return known
    parts = norm.split("_")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())  # script
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())  # region
        else:
            out.append(part.lower())  # variant
    return "_".join(out)


@dataclass(frozen=True)
class LocaleInfo:
    """A catalog locale (as written in its header) and what we know about it."""

    tag: str  # e.g. "fr_CA" as in the catalog
    data_code: str  # e.g. "fr": which language data file applies
    babel: babel.Locale
    data: dict[str, Any]

    @functools.cached_property
    def direction(self) -> str:
        return str(self.data.get("direction") or self.babel.text_direction)

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def bcp47(self) -> str:
        return self.tag.replace("_", "-")

    @functools.cached_property
    def english_name(self) -> str:
        return str(self.data.get("name") if self.data.get("pseudo") else self.babel.get_display_name("en"))

    @functools.cached_property
    def native_name(self) -> str:
        return str(self.data.get("native_name") or self.babel.get_display_name(self.babel))

    @property
    def is_pseudo(self) -> bool:
        return bool(self.data.get("pseudo"))

    @functools.cached_property
    def plural_forms(self) -> str:
        p = get_plural(self.babel)
        return f"nplurals={p.num_plurals}; plural={p.plural_expr};"

    @functools.cached_property
    def nplurals(self) -> int:
        return int(get_plural(self.babel).num_plurals)

    @functools.cached_property
    def single_number_forms(self) -> frozenset[int]:
        """The plural forms that stand for one number only (Arabic n==0, n==1, n==2): they may say it in words."""
        rule = parse_rule(str(get_plural(self.babel).plural_expr))
        hits = Counter(rule(n) for n in range(1000))
        return frozenset(form for form, count in hits.items() if count == 1)


def _data_code(tag: str) -> str | None:
    table = _alias_table()
    norm = normalise_tag(tag).lower()
    parts = norm.split("_")
    for n in range(len(parts), 0, -1):
        code = table.get("_".join(parts[:n]))
        if code:
            return code
    return None


@functools.cache
def resolve(tag: str, path: str | Path = "") -> LocaleInfo:
    """Resolve a locale tag; raise :class:`InputError` if it is not supported."""
    norm = normalise_tag(tag)
    if not _TAG_RE.match(norm):
        raise InputError(path or "--locale", f"unknown locale {tag!r}: not a language tag such as 'fr_CA'")
    code = _data_code(norm)
    data = _all_data().get(code or "", {})
    try:
        # pseudo-locales (qps_ploc) borrow CLDR facts from the locale their data file names
        loc = babel.Locale.parse(data["cldr"] if data.get("cldr") else norm)
    except (ValueError, babel.UnknownLocaleError):
        loc = None
    if code is None or loc is None:
        known = ", ".join(sorted(_all_data()))
        raise InputError(path or "--locale", f"unknown locale {tag!r} (supported languages: {known})")
    return LocaleInfo(tag=norm, data_code=code, babel=loc, data=_all_data()[code])
