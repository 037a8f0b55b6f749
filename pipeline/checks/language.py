"""Untranslated text, wrong language, wrong script."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..langid import ALLOWED, chinese_variant, detect, script_counts, words
from .base import ERROR, WARNING, EntryContext, check, quote

_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Guru": "Gurmukhi", "Deva": "Devanagari",
          "Hani": "Chinese (Han)", "Hang": "Hangul", "Kana": "Japanese kana", "Grek": "Greek",
          "Hebr": "Hebrew", "Thai": "Thai", "Ethi": "Ethiopic", "Taml": "Tamil", "Beng": "Bengali",
          "Gujr": "Gujarati"}


def _plain(ctx_text: str, scan) -> str:  # type: ignore[no-untyped-def]
    """Text with placeholders, markup, URLs and codes removed."""
    text = ctx_text
    for piece in [*scan.placeholders, *scan.tags, *scan.urls, *(c.text for c in scan.codes)]:
        text = text.replace(piece, " ")
    return text


@check("untranslated", ERROR, "Translated, not copied",
       "The translation is not the English source copied unchanged.")
def untranslated(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    if ctx.info.data_code == "en":
        return
    src = " ".join(ctx.source.split()).casefold()
    if src != " ".join(ctx.target.split()).casefold():
        return
    if sum(1 for w in words(_plain(ctx.source, ctx.src)) if len(w) >= 3) >= 4:
        yield ERROR, "translation is identical to the English source"


@check("language", ERROR, "Right language and script",
       "The translation is written in the catalog's language and script (offline language "
       "identification with lingua; Simplified vs Traditional Chinese with hanzidentifier).")
def language(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    data = ctx.info.data
    expected_script = str(data.get("script", "Latn"))
    plain = _plain(ctx.target, ctx.tgt)
    counts = script_counts(plain)
    total = sum(counts.values())
    allowed = ALLOWED.get(expected_script, {expected_script})
    inside = sum(n for s, n in counts.items() if s in allowed)
    if total >= 12 and inside / total < 0.3:
        main = max(counts, key=lambda s: counts[s])
        yield ERROR, (f"translation is written in {_NAMES.get(main, main)} script; "
                      f"{data.get('name')} uses {_NAMES.get(next(iter(allowed)), expected_script)}")
        return
    if expected_script in ("Hans", "Hant") and counts.get("Hani", 0) >= 6:
        variant = chinese_variant(re.sub(r"[^\u3400-\u9fff\uf900-\ufaff]", "", plain))
        if variant in ("Hans", "Hant") and variant != expected_script:
            name = "Simplified" if variant == "Hans" else "Traditional"
            yield ERROR, f"translation is in {name} Chinese; this catalog is {data.get('name')}"
            return
    letters_ok = data.get("letters_not_expected") or {}
    for ch, advice in letters_ok.items():
        if ch in ctx.target:
            yield WARNING, f"{quote(ch)} is not a {data.get('name')} letter: {advice}"
            break
    lingua_name = data.get("lingua")
    if not lingua_name or len(words(plain)) < 5:
        return
    ranked = detect(plain)
    if not ranked:
        return
    top, conf = ranked[0]
    mine = next((c for name, c in ranked if name == lingua_name), 0.0)
    if top != lingua_name and conf >= 0.7 and mine <= 0.1:
        yield ERROR, (f"translation reads as {top.title()} (confidence {conf:.2f}), "
                      f"not {str(lingua_name).title()}: {quote(ctx.target)}")
