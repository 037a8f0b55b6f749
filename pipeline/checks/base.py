"""The check framework: metadata declared once, one small function per check.

A check is registered with :func:`check` and receives an :class:`EntryContext`
(source, target, locale, scans); it yields ``(severity, message)`` pairs or
full :class:`Finding` objects.  Metadata (id, severity, title, description)
feeds the text, JSON, SARIF and JUnit reports and the editor's labels.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import polib

from ..glossary import Glossary
from ..handout import SOURCE_LOCALE
from ..lazy import lazy
from ..locales import LocaleInfo
from ..meaning.audience import for_family
from ..meaning.read import Reading, read
from ..quantities.compare import Alignment, align
from ..quantities.lexicon import lexicon_for
from ..quantities.scan import Scan, scan

_DIGIT = re.compile(r"\d")
ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class CheckInfo:
    id: str
    severity: str
    title: str
    description: str


@dataclass
class Finding:
    path: str
    line: int
    locale: str
    msgctxt: str
    msgid: str
    msgstr: str
    check: str
    severity: str
    message: str
    #: character spans in msgstr (for editors) — (start, end)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "locale": self.locale, "msgctxt": self.msgctxt,
                "msgid": self.msgid, "msgstr": self.msgstr, "check": self.check,
                "severity": self.severity, "message": self.message}


@functools.lru_cache(maxsize=65536)
def _has_number_words(source: str) -> bool:
    return bool(_source_number_words().search(source))


@functools.cache
def _source_number_words() -> re.Pattern[str]:
    """English numbers written as words (one regex over both word lists)."""
    lex = lexicon_for(SOURCE_LOCALE)
    parts = [rx.pattern for rx in (lex.implied_re, lex.number_word_re) if rx is not None]
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


@dataclass
class EntryContext:
    """One (source, target) pair to check: a msgstr, or one plural form of it."""

    entry: polib.POEntry
    source: str
    target: str
    info: LocaleInfo
    path: str
    plural_index: int | None = None
    nplurals: int = 2
    glossary: Glossary | None = None  # the catalog's locale glossary, if it has one

    @lazy
    def numeric(self) -> bool:
        """Either string has a digit (in any script): only then can quantities, phones or codes differ."""
        if _DIGIT.search(self.source) or _DIGIT.search(self.target):
            return True
        return _has_number_words(self.source)  # "twice a day", "one week"

    def mentions(self, *needles: str) -> bool:
        source, target = self.source, self.target
        for n in needles:  # noqa: SIM110 — a plain loop: this runs for every entry
            if n in source or n in target:
                return True
        return False

    @lazy
    def src(self) -> Scan:
        return scan(self.source, SOURCE_LOCALE)

    @lazy
    def tgt(self) -> Scan:
        return scan(self.target, self.info.tag)

    @lazy
    def alignment(self) -> Alignment:
        return align(self.src, self.tgt)

    @lazy
    def src_meaning(self) -> Reading:
        reading = read(self.source, SOURCE_LOCALE)
        assert reading is not None  # English always has a meaning lexicon
        return reading

    @lazy
    def tgt_meaning(self) -> Reading | None:
        """What the translation says, or None when its language has no meaning lexicon."""
        return read(self.target, self.info.tag)


CheckFunc = Callable[[EntryContext], Iterable[tuple[str, str]]]
#: cheap tests that decide whether a check can find anything in a pair at all
NEEDS: dict[str, Callable[[EntryContext], bool]] = {
    "numbers": lambda ctx: ctx.numeric,
    "markup": lambda ctx: ctx.mentions("<", "&"),
    "placeholders": lambda ctx: ctx.mentions("%", "{", "$"),
    "links": lambda ctx: ctx.mentions("://", "www.", "@"),
    # the meaning checks: a translation is read for its meaning only when its English is a sentence for a
    # family, in a language with a meaning lexicon (each check then looks for what it compares)
    # (software strings of other projects use "skin", "head" or "cut" for other things; see meaning.audience)
    # (a translation that is the English unchanged is the untranslated check's business)
    "meaning": lambda ctx: for_family(ctx.source) and ctx.target != ctx.source and ctx.tgt_meaning is not None,
}
REGISTRY: dict[str, tuple[CheckInfo, CheckFunc, str | None]] = {}
#: checks that look at a whole entry (plural forms, header) rather than one string
ENTRY_REGISTRY: dict[str, tuple[CheckInfo, Callable[[polib.POEntry, LocaleInfo, int], Iterable[tuple[str, str]]]]] = {}
#: checks that run once over the whole library (consistency)
INFO: dict[str, CheckInfo] = {}


def check(id: str, severity: str, title: str, description: str, *,
          needs: str | None = None) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check; ``needs`` names a prerequisite in :data:`NEEDS` (skipped when it fails)."""
    def register(func: CheckFunc) -> CheckFunc:
        info = CheckInfo(id, severity, title, description)
        REGISTRY[id] = (info, func, needs)
        INFO[id] = info
        return func
    return register


def entry_check(id: str, severity: str, title: str, description: str):  # type: ignore[no-untyped-def]
    def register(func):  # type: ignore[no-untyped-def]
        info = CheckInfo(id, severity, title, description)
        ENTRY_REGISTRY[id] = (info, func)
        INFO[id] = info
        return func
    return register


def declare(id: str, severity: str, title: str, description: str) -> CheckInfo:
    """Metadata for a check that runs outside the per-entry loop."""
    info = CheckInfo(id, severity, title, description)
    INFO[id] = info
    return info


def quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def iter_pairs(entry: polib.POEntry, info: LocaleInfo, nplurals: int, path: str,
               glossary: Glossary | None = None) -> Iterator[EntryContext]:
    """The (source, target) strings of an entry: msgstr, or each plural form."""
    if entry.msgid_plural:
        for idx in sorted(entry.msgstr_plural):
            target = entry.msgstr_plural[idx]
            if not target:
                continue
            source = entry.msgid if (idx == 0 and nplurals > 1) else entry.msgid_plural
            yield EntryContext(entry, source, target, info, path, idx, nplurals, glossary)
    elif entry.msgstr:
        yield EntryContext(entry, entry.msgid, entry.msgstr, info, path, None, nplurals, glossary)
