"""Untranslated text, wrong language, wrong script."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..langid import (
    ALLOWED,
    MIN_WORDS,
    chinese_variant,
    foreign_letters,
    has_letters,
    script_counts,
    suspect_language,
    tokens,
    words,
    wrong_language,
)
from ..locales import resolve
from ..quantities.scan import BRACE_RE, CODE_RE, PRINTF_RE, TAG_RE, URL_RE
from .base import ERROR, WARNING, EntryContext, check, quote

_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Guru": "Gurmukhi", "Deva": "Devanagari",
          "Hani": "Chinese (Han)", "Hang": "Hangul", "Kana": "Japanese kana", "Grek": "Greek",
          "Hebr": "Hebrew", "Thai": "Thai", "Ethi": "Ethiopic", "Taml": "Tamil", "Beng": "Bengali",
          "Gujr": "Gujarati"}


#: what is not prose, each with the characters it cannot do without (most strings have none)
_NOT_PROSE = ((URL_RE, ("://", "www.", "@")), (TAG_RE, ("<", "&")), (PRINTF_RE, ("%",)), (BRACE_RE, ("{", "$")))
_CODE_HINT = re.compile("[A-Z][0-9]{2}")
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


_NOT_PROSE_HINT = re.compile(r"://|www\.|[@<&%{$]")
_PATH = re.compile(r"\s*\S*[/\\]\S*\s*$")


_IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+")


def _plain(text: str) -> str:
    """Text with web addresses, markup, placeholders and codes removed."""
    if _NOT_PROSE_HINT.search(text):  # most strings hold none of these: one look instead of eight
        for rx, needles in _NOT_PROSE:
            if any(n in text for n in needles):
                text = rx.sub(" ", text)
    return CODE_RE.sub(" ", text) if _CODE_HINT.search(text) else text


_ENGLISH_WORDS = frozenset(str(w) for w in resolve("en").data.get("function_words", []))


def _carried_over(target: str, source: str) -> bool:
    """The target's Latin words are the source's own (names, product terms): kept, not untranslated."""
    latin = re.findall(r"[A-Za-z][A-Za-z'.-]+", target)
    return bool(latin) and sum(1 for w in latin if w in source) >= 0.8 * len(latin) and len(latin) < len(
        re.findall(r"[A-Za-z][A-Za-z'.-]+", source))


_NAME = re.compile(r"(?<![^\W\d_])[A-Za-z]*[A-Z][A-Za-z]*(?![^\W\d_])")


def _without_kept_names(text: str, source: str) -> str:
    """``text`` without the words with a capital letter that the source has too (names, product terms)."""
    if not _NAME.search(text):
        return text
    kept = set(_NAME.findall(source))
    return _NAME.sub(lambda m: " " if m.group(0) in kept else m.group(0), text) if kept else text


def _enough_words(lowered: list[str]) -> bool:
    """Enough words (of two letters or more) for a language to be judged."""
    return len(lowered) >= MIN_WORDS and sum(1 for w in lowered if len(w) > 1) >= MIN_WORDS


@functools.cache
def _odd_letters(code: str) -> re.Pattern[str] | None:
    letters = resolve(code).data.get("letters_not_expected") or {}
    return re.compile("|".join(map(re.escape, letters))) if letters else None


@check("untranslated", ERROR, "Translated, not copied",
       "The translation is not the English source copied unchanged.")
def untranslated(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    source, target = ctx.source, ctx.target
    if ctx.info.data_code == "en" or abs(len(source) - len(target)) > 8:
        return
    if source != target and " ".join(source.split()).casefold() != " ".join(target.split()).casefold():
        return
    tokens = words(_plain(ctx.source))
    # a sentence (it has English function words), not a name or a label ("Compressed COLLADA Asset") nor a
    # list of names ("Dominic Mazzoni, David R. Sky and Steve Daulton": capitals joined by "and")
    function = _ENGLISH_WORDS & set(tokens)
    names = function <= {"and", "or"} and all(w[0].isupper() for w in tokens if w not in function)
    if sum(1 for w in tokens if len(w) >= 3) >= 4 and function and not ctx.source.isupper() and not names:
        yield ERROR, "translation is identical to the English source"


@check("language", ERROR, "Right language and script",
       "The translation is written in the catalog's language and script (offline language "
       "identification with lingua; Simplified vs Traditional Chinese with hanzidentifier).")
def language(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    data = ctx.info.data
    expected_script = str(data.get("script", "Latn"))
    if ctx.target == ctx.source:
        return  # kept unchanged: a name, or untranslated (the untranslated check's business)
    plain = _plain(ctx.target)
    if _PATH.match(plain):
        return  # a file path or address ("/images/zh-tw_get.svg"): no prose to have a language
    if "_" in plain:  # program names ("full_fan_speed_layer") are no prose either
        plain = _IDENTIFIER.sub(" ", plain)
    han = expected_script in ("Hans", "Hant")
    # only a text with enough letters of another script needs counting: three foreign letters
    # beside one of the expected script can never make three quarters of its words
    foreign = foreign_letters(plain, expected_script)
    if foreign > 3 or (foreign and not has_letters(plain, expected_script)):
        counts = script_counts(plain)
        total = sum(counts.values())
        allowed = ALLOWED.get(expected_script, {expected_script})
        inside = sum(n for s, n in counts.items() if s in allowed)
        if total >= 4 and inside / total < 0.25 and not _carried_over(plain, ctx.source):
            main = max(counts, key=lambda s: counts[s])
            wanted = min(allowed)
            yield ERROR, (f"translation is written in {_NAMES.get(main, main)} script; "
                          f"{data.get('name')} uses {_NAMES.get(wanted, expected_script)}")
            return
    if han:  # Chinese: which variant, once there are enough characters to tell
        hanzi = "".join(_HANZI.findall(plain))
        if len(hanzi) >= 11:  # about six words
            variant = chinese_variant(hanzi)
            if variant in ("Hans", "Hant") and variant != expected_script:
                name = "Simplified" if variant == "Hans" else "Traditional"
                yield ERROR, f"translation is in {name} Chinese; this catalog is {data.get('name')}"
                return
    odd = _odd_letters(ctx.info.data_code)
    if odd is not None and (m := odd.search(ctx.target)):
        advice = data["letters_not_expected"][m.group(0)]
        yield WARNING, f"{quote(m.group(0))} is not a {data.get('name')} letter: {advice}"
    lingua_name = data.get("lingua")
    if not lingua_name:
        return
    lowered = tokens(plain)
    if not _enough_words(lowered) or not suspect_language(plain, str(lingua_name), expected_script, lowered):
        return
    # names and product terms kept from the English ("Google;Facebook;…;En ligne;Courriel") are no
    # evidence of the translation's language: only its other words are judged (asked only of a suspect)
    kept = _without_kept_names(plain, ctx.source)
    if kept != plain:
        plain, lowered = kept, tokens(kept)
        if not _enough_words(lowered) or not suspect_language(plain, str(lingua_name), expected_script, lowered):
            return
    wrong = wrong_language(plain, str(lingua_name))
    if wrong:
        yield ERROR, (f"translation reads as {wrong[0].title()} (confidence {wrong[1]:.2f}), "
                      f"not {str(lingua_name).title()}: {quote(ctx.target)}")
