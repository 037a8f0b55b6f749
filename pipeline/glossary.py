"""Per-locale termbase: required translations and do-not-translate terms.

``locales/<L>/glossary.yaml`` (documented in the README)::

    terms:                       # English term: accepted translations (any one)
      biopsy: [biopsie]
      nurse advice line: [ligne de conseils infirmiers]
    keep: [ORS, ASA]             # copied exactly as written

The validator reports a missing required term or a changed kept term as a
warning; the editor highlights glossary terms in the English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .errors import InputError
from .yamlio import read_text


@dataclass(frozen=True)
class Term:
    source: str
    targets: tuple[str, ...]  # empty: keep the source term as written
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Glossary:
    path: str
    terms: tuple[Term, ...]

    def in_source(self, text: str) -> list[Term]:
        """The terms the text uses (a term's words must appear before its pattern is tried)."""
        folded = text.casefold()
        return [t for t in self.terms
                if (t.source in text if t.pattern.flags & re.IGNORECASE == 0 else t.source.casefold() in folded)
                and t.pattern.search(text)]

    def problems(self, source: str, target: str) -> list[str]:
        out = []
        folded = target.casefold()
        for term in self.in_source(source):
            if term.targets:
                if not any(t.casefold() in folded for t in term.targets):
                    wanted = " or ".join(f"“{t}”" for t in term.targets)
                    out.append(f"“{term.source}” should be translated as {wanted}")
            elif term.source not in target:
                out.append(f"keep “{term.source}” exactly as written")
        return out


def _term(source: str, targets: tuple[str, ...], exact_case: bool) -> Term:
    flags = 0 if exact_case else re.IGNORECASE
    return Term(source, targets, re.compile(rf"(?<![\w-]){re.escape(source)}(?![\w-])", flags))


@functools.lru_cache(maxsize=256)
def load_glossary(path: str) -> Glossary | None:
    p = Path(path)
    if not p.is_file():
        return None
    try:
        data = YAML(typ="safe").load(read_text(p)) or {}
    except YAMLError as exc:
        raise InputError(p, f"malformed glossary: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise InputError(p, "a glossary is a mapping with 'terms' and/or 'keep'", 1)
    terms: list[Term] = []
    for source, targets in (data.get("terms") or {}).items():
        values = tuple(str(t) for t in (targets if isinstance(targets, list) else [targets]))
        terms.append(_term(str(source), values, exact_case=False))
    for source in data.get("keep") or []:
        terms.append(_term(str(source), (), exact_case=True))
    terms.sort(key=lambda t: -len(t.source))  # longer terms first: "bone marrow" before "bone"
    return Glossary(str(p), tuple(terms))


def glossary_for(catalog_path: Path | str) -> Glossary | None:
    """The glossary of the locale a catalog (``locales/<L>/LC_MESSAGES/<id>.po``) belongs to."""
    return load_glossary(str(Path(catalog_path).parent.parent / "glossary.yaml"))
