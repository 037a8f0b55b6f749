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
import unicodedata
from collections import Counter

from .locales import _all_data

MIN_WORDS = 5
_WORD = re.compile(r"[^\W\d_]{2,}")


@functools.cache
def _detector(accurate: bool):  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    names = {str(d.get("lingua")) for d in _all_data().values() if d.get("lingua")}
    builder = LanguageDetectorBuilder.from_languages(
        *[getattr(Language, n) for n in sorted(names) if hasattr(Language, n)])
    return (builder.with_preloaded_language_models() if accurate else builder.with_low_accuracy_mode()).build()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def detect(text: str, *, accurate: bool = True) -> list[tuple[str, float]]:
    """(LINGUA_NAME, confidence) best first; empty when the text is too short to judge."""
    if len(words(text)) < MIN_WORDS:
        return []
    return [(c.language.name, float(c.value)) for c in _detector(accurate).compute_language_confidence_values(text)]


def wrong_language(text: str, expected: str) -> tuple[str, float] | None:
    """(detected language, confidence) when ``text`` is confidently not ``expected``.

    A fast trigram pass (lingua's low-accuracy mode) screens every string; only
    the few it doubts are confirmed with the full models, loaded on first need.
    """
    quick = detect(text, accurate=False)
    if not quick or (quick[0][0] == expected) or quick[0][1] < 0.5:
        return None
    ranked = detect(text, accurate=True)
    top, conf = ranked[0]
    mine = next((c for name, c in ranked if name == expected), 0.0)
    if top != expected and conf >= 0.7 and mine <= 0.1:
        return top, conf
    return None


_SCRIPT_PREFIX = (
    ("LATIN", "Latn"), ("CYRILLIC", "Cyrl"), ("ARABIC", "Arab"), ("GURMUKHI", "Guru"),
    ("DEVANAGARI", "Deva"), ("HANGUL", "Hang"), ("CJK", "Hani"), ("HIRAGANA", "Kana"), ("KATAKANA", "Kana"),
    ("GREEK", "Grek"), ("HEBREW", "Hebr"), ("THAI", "Thai"), ("ETHIOPIC", "Ethi"), ("TAMIL", "Taml"),
    ("BENGALI", "Beng"), ("GUJARATI", "Gujr"),
)


def script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix, code in _SCRIPT_PREFIX:
        if name.startswith(prefix):
            return code
    return "Zyyy"


def script_counts(text: str, *, skip_short_latin: bool = True) -> Counter[str]:
    """Letters per script; short Latin tokens (units, acronyms: mL, °C, ORS) are not counted."""
    counts: Counter[str] = Counter()
    for token in re.findall(r"[^\W\d_]+", text):
        scripts = Counter(script_of(ch) for ch in token)
        if skip_short_latin and scripts.get("Latn") == len(token) and (len(token) <= 3 or token.isupper()):
            continue
        counts.update(scripts)
    return counts


#: which counted scripts a language's text is expected to be written in
ALLOWED = {
    "Latn": {"Latn"}, "Cyrl": {"Cyrl"}, "Arab": {"Arab"}, "Guru": {"Guru"}, "Deva": {"Deva"},
    "Hans": {"Hani"}, "Hant": {"Hani"}, "Hang": {"Hang", "Hani"}, "Jpan": {"Hani", "Kana"},
    "Grek": {"Grek"}, "Hebr": {"Hebr"}, "Thai": {"Thai"}, "Ethi": {"Ethi"}, "Taml": {"Taml"},
}


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
