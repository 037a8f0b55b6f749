"""Counts in words, pluralised through the UI locale's CLDR plural rules (Babel): never "1 entries"."""

from __future__ import annotations

from babel import Locale

UI_LOCALE = Locale.parse("en_CA")


def count(n: int, one: str, other: str, locale: Locale = UI_LOCALE) -> str:
    """``1 entry`` / ``3 entries``: the form chosen by the locale's plural rule (``{n}`` is the number)."""
    form = locale.plural_form(n)
    return (one if form == "one" else other).format(n=n)


def link_name(language: str, domain: str, translated: int, total: int, reviewed: int, errors: int = 0,
              warnings: int = 0) -> str:
    """An overview cell's accessible name: ``Persian, K050: 33 of 33 translated, 0 reviewed``."""
    parts = [f"{language}, {domain}: {translated} of {total} translated", f"{reviewed} reviewed"]
    if errors:
        parts.append(count(errors, "{n} entry with errors", "{n} entries with errors"))
    if warnings:
        parts.append(count(warnings, "{n} entry with warnings", "{n} entries with warnings"))
    return ", ".join(parts)
