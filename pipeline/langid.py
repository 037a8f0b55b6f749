"""Offline language and script identification for translations.

lingua-language-detector carries its models inside its wheel: nothing is
downloaded.  The detector is restricted to the languages that have a data
file (plus English), built once per process and only when a string long
enough to judge is seen.  Scripts are counted from Unicode character names;
Simplified vs Traditional Chinese is told apart with hanzidentifier.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .locales import _all_data
from .quantities.lexicon import _WORDCH

MIN_WORDS = 5
_WORD = re.compile(r"[^\W\d_]{2,}")


@functools.cache
def _detector(accurate: bool, names: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """Low accuracy over every language we have data for; or full models over a few (loaded lazily)."""
    from lingua import Language, LanguageDetectorBuilder

    if not names:
        names = frozenset(str(d.get("lingua")) for d in _all_data().values() if d.get("lingua"))
    builder = LanguageDetectorBuilder.from_languages(
        *[getattr(Language, n) for n in sorted(names) if hasattr(Language, n)])
    return builder.build() if accurate else builder.with_low_accuracy_mode().build()


@functools.cache
def _lingua_scripts() -> dict[str, str]:
    """lingua name -> the script its language is written in, from the data files."""
    return {str(d.get("lingua")): str(d.get("script", "Latn")) for d in _all_data().values() if d.get("lingua")}


@functools.cache
def preload(names: frozenset[str]):  # type: ignore[no-untyped-def]
    """Load the quick screen, and the full models of those of ``names`` (lingua names) that share a script
    with another of them, now, and keep them: loaded in a parent before its workers fork, they are shared
    instead of each worker loading its own copy.  English is always among them (an untranslated string)."""
    from lingua import Language, LanguageDetectorBuilder

    scripts = _lingua_scripts()
    names = names | {"ENGLISH"}
    shared = sorted(n for n in names if hasattr(Language, n) and n in scripts
                    and any(scripts.get(m) == scripts[n] for m in names if m != n))
    quick = _detector(False)
    quick.compute_language_confidence_values("the quick screen loads its models on first use")
    if len(shared) < 2:
        return quick, None
    full = LanguageDetectorBuilder.from_languages(*[getattr(Language, n) for n in shared])
    return quick, full.with_preloaded_language_models().build()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def detect(text: str, *, accurate: bool = True, among: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """(LINGUA_NAME, confidence) best first; empty when the text is too short to judge."""
    if len(words(text)) < MIN_WORDS:
        return []
    detector = _detector(accurate, among)
    return [(c.language.name, float(c.value)) for c in detector.compute_language_confidence_values(text)]


@functools.cache
def _function_words() -> dict[str, tuple[str, frozenset[str]]]:
    """lingua name -> (script, the language's commonest words), from the data files."""
    raw = {}
    for d in _all_data().values():
        if d.get("lingua") and d.get("function_words"):
            words = frozenset(str(w).lower() for w in d["function_words"])
            raw[str(d["lingua"])] = (str(d.get("script", "Latn")), words)
    # a word common to two languages of one script ("de", "la", "a") is no evidence for either
    out = {}
    for name, (script, words) in raw.items():
        shared = set().union(*(w for n, (sc, w) in raw.items() if n != name and sc == script))
        out[name] = (script, frozenset(words - shared))
    return out


@functools.cache
def _script_sharers(script: str) -> int:
    return sum(1 for d in _all_data().values() if str(d.get("script", "Latn")) == script and d.get("lingua"))


_TOKEN = re.compile(r"[^\W\d_]+")


@functools.cache
def _word_owner() -> dict[str, str]:
    """Each discriminative function word → the one language it belongs to."""
    return {w: name for name, (_sc, words) in _function_words().items() for w in words}


def tokens(text: str) -> list[str]:
    """The text's words, lower case (what :func:`suspect_language` counts)."""
    return _TOKEN.findall(text.lower())


def suspect_language(text: str, expected: str, script: str, words_lower: list[str] | None = None) -> bool:
    """Is there evidence that ``text`` may be in another language than ``expected``?

    No, when its script is nobody else's, or when it uses more of the expected language's
    commonest words than of any other language written the same way; no, too, when it uses
    none of any language's (a name, a label, a technical string).  Yes otherwise — and only
    then is the language identifier run.
    """
    if _script_sharers(script) <= 1:
        return False
    table = _function_words()
    if expected not in table:
        return True
    owner = _word_owner()
    counts: dict[str, int] = {}
    for token in words_lower if words_lower is not None else tokens(text):
        lang = owner.get(token)
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    mine = counts.pop(expected, 0)
    same_script = table[expected][0]
    best_other = max((n for name, n in counts.items() if table[name][0] == same_script), default=0)
    return best_other > 0 and best_other >= mine


def wrong_language(text: str, expected: str) -> tuple[str, float] | None:
    """(detected language, confidence) when ``text`` is confidently not ``expected``.

    A fast trigram pass (lingua's low-accuracy mode) screens every string; only
    the few it doubts are confirmed with the full models of just the languages in
    question, loaded on first need.
    """
    quick = detect(text, accurate=False)
    if not quick or (quick[0][0] == expected) or quick[0][1] < 0.5:
        return None
    suspect = quick[0][0]
    scripts = _lingua_scripts()
    if scripts.get(suspect, "Latn") != scripts.get(expected, "Latn"):
        return None  # another script is the script check's business; lingua misreads mixed text
    ranked = detect(text, accurate=True, among=frozenset({expected, suspect}))
    top, conf = ranked[0]
    mine = next((c for name, c in ranked if name == expected), 0.0)
    if top != expected and conf >= 0.7 and mine <= 0.1:
        return top, conf
    return None


#: letters of each script, as regex classes (counting with findall is far faster than per-character lookups)
_SCRIPTS = {
    "Latn": "A-Za-z\u00c0-\u024f\u1e00-\u1eff", "Cyrl": "\u0400-\u04ff", "Grek": "\u0370-\u03ff",
    "Arab": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff", "Hebr": "\u0590-\u05ff",
    "Guru": "\u0a00-\u0a7f", "Deva": "\u0900-\u097f", "Beng": "\u0980-\u09ff", "Gujr": "\u0a80-\u0aff",
    "Taml": "\u0b80-\u0bff", "Thai": "\u0e00-\u0e7f", "Ethi": "\u1200-\u139f",
    "Hang": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f", "Hani": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Kana": "\u3040-\u30ff",
}
_SCRIPT_RES = {code: re.compile(f"[{chars}]") for code, chars in _SCRIPTS.items()}
_SHORT_LATIN = re.compile(r"(?<![^\W\d_])(?:[A-Za-z]{1,3}|[A-Z]+)(?![^\W\d_])")


@functools.lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    for code, rx in _SCRIPT_RES.items():
        if rx.match(ch):
            return code
    return "Zyyy"


_IDEOGRAPHIC = {"Hani", "Kana"}
_LETTER_RUN = re.compile(f"{_WORDCH}+")


def script_counts(text: str, *, skip_short_latin: bool = True) -> Counter[str]:
    """Roughly how many *words* of each script the text has.

    Alphabetic scripts count runs of letters; Chinese characters and kana count two to a
    word, so "通过 Digital Factory 添加 UltiMaker 打印机" is mostly Chinese, not mostly Latin.
    Short Latin tokens (units, acronyms: mL, °C, ORS) are not counted.
    """
    if skip_short_latin:
        text = _SHORT_LATIN.sub(" ", text)
    counts: Counter[str] = Counter()
    for run in _LETTER_RUN.findall(text):
        code = script_of(run[0])
        if code in _IDEOGRAPHIC or script_of(run[-1]) != code:
            for ch in run:  # mixed or ideographic runs: per character
                c = script_of(ch)
                counts[c] += 1
        else:
            counts[code] += 2
    return Counter({c: (n + 1) // 2 for c, n in counts.items() if c != "Zyyy"})


#: which counted scripts a language's text is expected to be written in
ALLOWED = {
    "Latn": {"Latn"}, "Cyrl": {"Cyrl"}, "Arab": {"Arab"}, "Guru": {"Guru"}, "Deva": {"Deva"},
    "Hans": {"Hani"}, "Hant": {"Hani"}, "Hang": {"Hang", "Hani"}, "Jpan": {"Hani", "Kana"},
    "Grek": {"Grek"}, "Hebr": {"Hebr"}, "Thai": {"Thai"}, "Ethi": {"Ethi"}, "Taml": {"Taml"},
}


@functools.cache
def _foreign_re(expected: str) -> re.Pattern[str]:
    """Letters of every script a text in ``expected`` script should not be written in."""
    allowed = ALLOWED.get(expected, {expected})
    return re.compile("[" + "".join(chars for code, chars in _SCRIPTS.items() if code not in allowed) + "]")


def has_foreign_letters(text: str, expected: str) -> bool:
    return bool(_foreign_re(expected).search(text))


def foreign_letters(text: str, expected: str) -> int:
    """How many letters of other scripts than ``expected`` the text has."""
    rx = _foreign_re(expected)
    return len(rx.findall(text)) if rx.search(text) else 0


@functools.cache
def _own_re(expected: str) -> re.Pattern[str]:
    allowed = ALLOWED.get(expected, {expected})
    return re.compile("[" + "".join(chars for code, chars in _SCRIPTS.items() if code in allowed) + "]")


def has_letters(text: str, expected: str) -> bool:
    """Does the text have a letter of the expected script?"""
    return bool(_own_re(expected).search(text))


def chinese_variant(text: str) -> str | None:
    """'Hans', 'Hant', 'mixed' or None (undecidable)."""
    import hanzidentifier

    result = hanzidentifier.identify(text)
    if result == hanzidentifier.SIMPLIFIED:
        return "Hans"
    if result == hanzidentifier.TRADITIONAL:
        return "Hant"
    if result == hanzidentifier.MIXED:
        return "mixed"
    return None
