"""Helpers for check tests: one call per (source, translation, locale)."""

from __future__ import annotations

from pipeline.validate import check_text


def errors(source: str, target: str, locale: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{f.check}: {f.message}" for f in check_text(source, target, locale, **kw) if f.severity == "error"]


def warnings(source: str, target: str, locale: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{f.check}: {f.message}" for f in check_text(source, target, locale, **kw) if f.severity == "warning"]


def checks(source: str, target: str, locale: str, **kw) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.check for f in check_text(source, target, locale, **kw) if f.severity == "error"}
