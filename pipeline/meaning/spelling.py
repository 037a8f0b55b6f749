"""Names spelled another way than the lexicon lists them.

A French catalog writes "benzylpénicilline" and a Spanish one "bencilpenicilina" for the English
"benzylpenicillin"; a Punjabi one "ਆਈਬਿਊਪ੍ਰੋਫ਼ਿਨ" where the lexicon has "ਆਈਬਿਊਪ੍ਰੋਫ਼ੈਨ": the same
names, which no lexicon lists in every spelling.  A name counts as written when a run of the
translation's words is closer to one of this concept's names (for medicines the English ones too, and
the language's own) than to any other concept's of its kind, and close enough (rapidfuzz similarity of
the unaccented letters).  For other concepts the same test finds a word the translator misspelled
(Arabic "التعطيم" for "التطعيم", immunization).
"""

from __future__ import annotations

import functools
import unicodedata

from rapidfuzz import fuzz, process

from .fold import fold, fold_word
from .lexicon import DATA, _load, inventory, meaning_for
from .read import WORD

#: how alike (0–100) the translation's words must be to an English name
SIMILARITY = 80


def _plain(text: str) -> str:
    """Lower case, Latin accents removed (é → e); other scripts' marks are letters and stay."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    kept = "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and "\u0300" <= ch <= "\u036f"))
    return unicodedata.normalize("NFC", kept)


@functools.cache
def _english_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Medicine concept → its English names (each as its words), from en.yaml and concepts.yaml."""
    out: dict[str, list[tuple[str, ...]]] = {}
    english = (_load(DATA / "en.yaml").get("concepts") or {}).get("medicine") or {}
    for cid, words in english.items():
        out.setdefault(cid, []).extend(tuple(_words(str(w))) for w in words or [])
    for name, concepts in inventory().names.items():
        for category, cid in concepts:
            if category == "medicine":
                out.setdefault(cid, []).append(tuple(_words(name)))
    return {cid: tuple(n for n in names if n and len("".join(n)) >= 5) for cid, names in out.items()}


@functools.cache
def _local_names(code: str, category: str = "medicine") -> dict[str, tuple[tuple[str, ...], ...]]:
    """Concept → its names in one language's lexicon (each as its words); for medicines with the English ones,
    which translators often keep."""
    out = {cid: list(names) for cid, names in _english_names().items()} if category == "medicine" else {}
    if code != "en" and (DATA / f"{code}.yaml").exists():
        local = (_load(DATA / f"{code}.yaml").get("concepts") or {}).get(category) or {}
        for cid, words in local.items():
            for w in words or []:
                name = tuple(_words(fold_word(str(w)).rstrip("*")))
                if name and len("".join(name)) >= 5:
                    out.setdefault(cid, []).append(name)
    return {cid: tuple(names) for cid, names in out.items()}


def _words(text: str) -> list[str]:
    """The words of ``text``, vowel signs kept in them (ਰਾਤ is one word, not ਰ and ਤ)."""
    return [w for w in WORD.findall(_plain(text).replace("_", " ")) if not w.isdigit()]


def spelled_alike(concepts: frozenset[str], target: str, code: str = "en") -> bool:
    """Does ``target`` write one of these medicines' names in its own spelling — closer to it than to any other
    medicine's name (prednisona is prednisone, not prednisolone)?"""
    return alike(concepts, target, code) is not None


def alike(concepts: frozenset[str], target: str, code: str = "en", category: str = "medicine") -> str | None:
    """The run of ``target``'s words that writes one of these concepts' names in another spelling, if any."""
    words = _words(fold(target).text)
    if not words:
        return None
    names = _local_names(code, category)
    lengths = {len(name) for cid in concepts for name in names.get(cid, ())}
    lex = meaning_for(code)
    prefixes = sorted(lex.prefixes, key=len, reverse=True) if lex is not None else []
    for n in sorted(lengths):
        choices, owners = _choices(code, category, n)
        for i in range(len(words) - n + 1):
            run = " ".join(words[i:i + n])
            # a one-word name may carry the language's clitics (Arabic ال, و, ب …)
            forms = [run, *(run[len(p):] for p in prefixes if n == 1 and run.startswith(p) and len(run) > len(p) + 2)]
            best = max((process.extractOne(f, choices, scorer=fuzz.ratio) for f in forms), key=lambda r: r[1])
            if best[1] >= SIMILARITY and owners[best[2]] in concepts:
                return run
    return None


@functools.cache
def _choices(code: str, category: str, n: int) -> tuple[list[str], list[str]]:
    """The names of ``n`` words of one category, joined, with the concept each names (for rapidfuzz's process)."""
    pairs = [(" ".join(name), cid) for cid, options in _local_names(code, category).items() for name in options
             if len(name) == n]
    return [p for p, _ in pairs], [c for _, c in pairs]
