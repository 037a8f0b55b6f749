"""A language's meaning lexicon, compiled from its data file into one Aho-Corasick automaton.

The concept inventory is ``pipeline/data/meaning/concepts.yaml``; each language's
surfaces are in ``pipeline/data/meaning/<code>.yaml`` (see the README there).
One automaton per language finds every surface of every kind (concepts,
negation cues, masks, list words) in one pass over the text; whole-word
matching is done by padding both the text and the keys with spaces, with the
language's clitics and endings compiled into the keys, so only real matches
come out of the automaton.  Nothing here knows any particular language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
from ruamel.yaml import YAML

from ..errors import InputError
from ..handout import SOURCE_LOCALE
from ..locales import resolve
from .fold import _PAD
from .fold import fold_word as _fold_word

DATA = Path(str(resources.files("pipeline") / "data" / "meaning"))
#: kinds of surface besides concepts
CUE, PRIVATIVE, PROHIBITION, MASK, CONJ = "cue", "privative", "prohibition", "mask", "conj"
#: "only", "seulement", "只": restricts without negating; never stands in for a negation
RESTRICTIVE = "restrictive"


@dataclass(frozen=True)
class Concept:
    category: str
    id: str
    near: frozenset[str] = frozenset()
    level: int | None = None
    implies: tuple[tuple[str, str], ...] = ()
    note: str = ""
    stressed_only: bool = False

    @property
    def label(self) -> str:
        return self.id.replace("_", " ")


@dataclass
class Inventory:
    concepts: dict[tuple[str, str], Concept]
    check_of: dict[str, str]  # category -> check id
    categories_of: dict[str, tuple[str, ...]]  # check id -> categories
    names: dict[str, list[tuple[str, str]]]  # language-neutral names -> concepts
    nesting: dict[str, frozenset[str]]  # category -> categories whose words count inside its phrases
    clinical: frozenset[str]  # categories and "category.concept"s that only health texts name


@functools.cache
def inventory() -> Inventory:
    data = _load(DATA / "concepts.yaml")
    concepts: dict[tuple[str, str], Concept] = {}
    names: dict[str, list[tuple[str, str]]] = {}
    for category, members in data["categories"].items():
        for cid, attrs in (members or {}).items():
            attrs = attrs or {}
            implies = tuple(tuple(str(x).split(".", 1)) for x in attrs.get("implies", []) or [])
            concepts[(category, cid)] = Concept(category, cid, frozenset(attrs.get("near", []) or []),
                                                attrs.get("level"), implies, str(attrs.get("note", "")),  # type: ignore[arg-type]
                                                bool(attrs.get("stressed_only")))
            for name in attrs.get("names", []) or []:
                names.setdefault(str(name), []).append((category, cid))
    for key, c in concepts.items():
        for near in c.near:
            if (c.category, near) not in concepts:
                raise ValueError(f"concepts.yaml: {key} is near unknown concept {near!r}")
        for imp in c.implies:
            if imp not in concepts:
                raise ValueError(f"concepts.yaml: {key} implies unknown concept {'.'.join(imp)!r}")
    check_of = {cat: check for check, cats in data["checks"].items() for cat in cats}
    categories_of = {check: tuple(cats) for check, cats in data["checks"].items()}
    nesting = {k: frozenset(v or []) for k, v in (data.get("nesting") or {}).items()}
    clinical = frozenset(str(x) for x in data.get("clinical", []) or [])
    return Inventory(concepts, check_of, categories_of, names, nesting, clinical)


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    return dict(YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {})


@dataclass
class Entry:
    """What one folded surface means (a surface may be several things: ru рука = arm and hand)."""

    kinds: set[str] = field(default_factory=set)
    concepts: set[tuple[str, str]] = field(default_factory=set)
    surface: str = ""  # folded, as listed
    stem: bool = False  # listed with * : any letters may follow
    cased: bool = False  # a short name listed in capitals (ORS, ASA): only found written in capitals
    #: where it takes part in choosing the longest match: its concepts' categories, "neg", "conj"
    layers: frozenset[str] = frozenset()


@dataclass
class MeaningLexicon:
    code: str
    substring: bool
    automaton: Any
    entries: list[Entry]
    patterns: re.Pattern[str] | None  # negation written inside words
    privative_patterns: re.Pattern[str] | None  # negative meaning written inside words (un-, -less)
    restrictive_patterns: re.Pattern[str] | None  # "only" written across words (ne … que)
    length_median: float | None
    length_spread: float | None
    verb_final: bool
    has: frozenset[tuple[str, str]]  # concepts this language lists surfaces for
    #: endings that may follow any surface (Korean particles, Persian plural): checked where a key ends
    suffixes: tuple[str, ...] = ()
    #: clitics that may be glued before any surface (Arabic و، بال …): checked where a key starts
    prefixes: frozenset[str] = frozenset()
    instruction_verbs: frozenset[str] = frozenset()  # (the source language) verbs that open an instruction
    audience_words: frozenset[str] = frozenset()  # (the source language) who a handout talks to or about
    #: (the source language) words that negate again after a negation ("not … without"): a positive
    doubles: frozenset[str] = frozenset()


def data_file(code: str) -> Path:
    return DATA / f"{code}.yaml"


@functools.cache
def meaning_for(tag: str) -> MeaningLexicon | None:
    """The compiled lexicon for a catalog locale, or None when its language has no meaning file."""
    try:
        code = resolve(tag).data_code
    except InputError:
        return None
    return _compiled(code)


@functools.cache
def _compiled(code: str) -> MeaningLexicon | None:
    """One compiled lexicon per language (fr, fr_CA and fr_FR share it)."""
    path = data_file(code)
    if not path.exists():
        return None
    return compile_lexicon(code, dict(_load(path)), path)


def compile_lexicon(code: str, data: dict[str, Any], path: Path | str = "") -> MeaningLexicon:
    inv = inventory()
    substring = data.get("match", "words") == "substring"
    prefixes = frozenset(fold_word(p) for p in data.get("prefixes", []) or []) - {""}
    # longest first, so that 에서 is tried before 에
    suffixes = tuple(sorted({fold_word(s) for s in data.get("suffixes", []) or []}, key=lambda x: (-len(x), x)))
    open_end = bool(suffixes)
    table: dict[str, Entry] = {}
    has: set[tuple[str, str]] = set()
    with_implied = {key: frozenset({key, *c.implies}) for key, c in inv.concepts.items()}

    def add(surface: str, kind: str, concept: tuple[str, str] | None = None) -> None:
        surface = str(surface)
        cased = len(surface) <= 5 and surface.isupper()
        word = fold_word(surface)
        wildcard = word.endswith("*")
        word = word.rstrip("*").strip()
        if not word:
            return
        concepts = with_implied[concept] if concept is not None else frozenset()
        for key in _keys(word, wildcard, substring, prefixes, open_end):
            entry = table.get(key)
            if entry is None:
                table[key] = Entry({kind}, set(concepts), word, wildcard, cased)
            else:  # two surfaces, or two kinds, that fold to the same key: one entry that is all of them
                entry.kinds.add(kind)
                entry.concepts |= concepts
                entry.stem = entry.stem or wildcard
                entry.cased = entry.cased and cased

    for category, members in (data.get("concepts") or {}).items():
        for cid, words in (members or {}).items():
            if (category, cid) not in inv.concepts:
                raise ValueError(f"{path}: unknown concept {category}.{cid}")
            has.add((category, cid))
            for w in words or []:
                add(w, "concept", (category, cid))
    english = _load(data_file("en")) if code != "en" else data
    for cid, words in ((english.get("concepts") or {}).get("medicine") or {}).items():
        for w in words or []:  # translators often keep the English name of a medicine
            add(w, "concept", ("medicine", cid))
    for name, concepts in inv.names.items():
        for concept in concepts:
            add(name, "concept", concept)
    neg = data.get("negation") or {}
    for kind, key in ((CUE, "cues"), (PRIVATIVE, "privatives"), (PROHIBITION, "prohibitions"),
                      (RESTRICTIVE, "restrictives")):
        for w in neg.get(key, []) or []:
            add(w, kind)
    for w in data.get("masks", []) or []:
        add(w, MASK)
    for w in (data.get("lists") or {}).get("conjunctions", []) or []:
        add(w, CONJ)

    automaton = ahocorasick.Automaton()
    entries: list[Entry] = []
    seen_layers: dict[frozenset[str], frozenset[str]] = {}
    negative = {CUE, PRIVATIVE, PROHIBITION, RESTRICTIVE}
    for key, entry in table.items():
        layers = {cat for cat, _ in entry.concepts}
        if not negative.isdisjoint(entry.kinds):
            layers.add("neg")
        if CONJ in entry.kinds:
            layers.add("conj")
        frozen = frozenset(layers)
        entry.layers = seen_layers.setdefault(frozen, frozen)
        automaton.add_word(key, (len(entries), len(key)))
        entries.append(entry)
    automaton.make_automaton()
    ratio = data.get("length_ratio") or {}
    return MeaningLexicon(
        code=code, substring=substring, automaton=automaton, entries=entries,
        patterns=_patterns(neg.get("patterns")), privative_patterns=_patterns(neg.get("privative_patterns")),
        restrictive_patterns=_patterns(neg.get("restrictive_patterns")),
        length_median=ratio.get("median"), length_spread=ratio.get("spread"),
        verb_final=data.get("word_order") == "verb_final", has=frozenset(has), suffixes=suffixes, prefixes=prefixes,
        instruction_verbs=frozenset(fold_word(str(v)) for v in data.get("instruction_verbs", []) or []),
        audience_words=frozenset(fold_word(str(v)) for v in data.get("audience_words", []) or []),
        doubles=frozenset(fold_word(str(v)) for v in neg.get("doubles", []) or []))


@functools.lru_cache(maxsize=65_536)
def fold_word(text: str) -> str:
    """A surface folded as texts are (the English names are folded once for every language)."""
    return _fold_word(text)


def _patterns(patterns: list[str] | None) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _keys(word: str, wildcard: bool, substring: bool, prefixes: frozenset[str], open_end: bool) -> list[str]:
    """The automaton keys of one surface: a space before (a word starts there) — or nothing before, where the
    language's clitics may come first — and a space after (it ends there) — or nothing after, where a stem or
    the language's endings may follow.  The reader checks what the key leaves open."""
    if substring:
        return [word]
    core = word.translate(_PAD).strip()
    if not core:
        return []
    end = "" if wildcard or open_end else " "
    return [("" if prefixes else " ") + core + end]


def warm(tags: Iterable[str]) -> None:
    """Compile the lexicons of these locales (and English) now, before worker processes fork, so they share
    them."""
    for tag in sorted({SOURCE_LOCALE, *tags}):
        meaning_for(tag)
