"""Looking up what to show for each message in one language.

A :class:`Localizer` answers, for every source message, the text to publish
and why: ``translated``; or the English original as a visible fallback
because the entry is ``untranslated``, ``fuzzy`` or ``blocked`` (it failed a
clinical-safety check).  The build and the editor's preview share it.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field

import polib

from .catalog import is_translated
from .extract import site_strings
from .handout import Message
from .locales import LocaleInfo

TRANSLATED = "translated"
UNTRANSLATED = "untranslated"
FUZZY = "fuzzy"
BLOCKED = "blocked"
SOURCE = "source"


@dataclass
class Shown:
    text: str
    state: str
    lang: str  # BCP 47 tag of ``text``
    note: str = ""  # why a fallback happened (finding messages)

    @property
    def fallback(self) -> bool:
        return self.state in (UNTRANSLATED, FUZZY, BLOCKED)


@dataclass
class Localizer:
    info: LocaleInfo | None  # None: the English original
    catalog: polib.POFile | None = None
    site: polib.POFile | None = None
    #: (msgctxt, msgid) -> error messages; such entries are not published
    blocked: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    #: (msgctxt, msgid) -> draft text from an editor session, shown instead of the file's
    overrides: dict[tuple[str, str], str] = field(default_factory=dict)
    fallbacks: int = 0

    def __post_init__(self) -> None:
        self._index = {(e.msgctxt or "", e.msgid): e for e in (self.catalog or []) if not e.obsolete}
        self._site = {(e.msgctxt or "", e.msgid): e for e in (self.site or []) if not e.obsolete}
        expr = (self.site.metadata.get("Plural-Forms", "") if self.site is not None else "")
        self._plural = _plural_func(expr)

    @property
    def lang(self) -> str:
        return self.info.bcp47 if self.info else "en-CA"

    def message(self, msg: Message) -> Shown:
        if self.info is None:
            return Shown(msg.text, SOURCE, "en-CA")
        key = (msg.context, msg.text)
        if key in self.overrides and self.overrides[key].strip():
            text = self.overrides[key]
            if key in self.blocked:
                self.fallbacks += 1
                return Shown(msg.text, BLOCKED, "en-CA", "; ".join(self.blocked[key]))
            return Shown(text, TRANSLATED, self.lang)
        entry = self._index.get(key)
        if entry is None or not entry.msgstr:
            self.fallbacks += 1
            return Shown(msg.text, UNTRANSLATED, "en-CA")
        if "fuzzy" in entry.flags:
            self.fallbacks += 1
            return Shown(msg.text, FUZZY, "en-CA", "needs review: the English changed")
        if key in self.blocked:
            self.fallbacks += 1
            return Shown(msg.text, BLOCKED, "en-CA", "; ".join(self.blocked[key]))
        return Shown(entry.msgstr, TRANSLATED, self.lang)

    # ---------------------------------------------------------------- site strings
    def _site_entry(self, key: str) -> polib.POEntry | None:
        spec = site_strings()[key]
        entry = self._site.get((f"site.{key}", spec["text"]))
        return entry if entry is not None and is_translated(entry) else None

    def ui(self, key: str, **values: object) -> Shown:
        spec = site_strings()[key]
        entry = self._site_entry(key) if self.info else None
        if entry is not None:
            text = _format(entry.msgstr, values)
            if text is not None:
                return Shown(text, TRANSLATED, self.lang)
        return Shown(spec["text"].format(**values), SOURCE, "en-CA")

    def ui_plural(self, key: str, n: int, **values: object) -> Shown:
        spec = site_strings()[key]
        entry = self._site_entry(key) if self.info else None
        if entry is not None:
            form = entry.msgstr_plural.get(self._plural(n), entry.msgstr_plural.get(0, ""))
            text = _format(form, {"count": n, **values})
            if text is not None:
                return Shown(text, TRANSLATED, self.lang)
        english = spec["text"] if n == 1 else spec.get("plural", spec["text"])
        return Shown(english.format(count=n, **values), SOURCE, "en-CA")


def _format(template: str, values: dict[str, object]) -> str | None:
    """``template.format(**values)``, or None when a translation broke a placeholder."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return None


def _plural_func(header: str):  # type: ignore[no-untyped-def]
    expr = header.split("plural=", 1)[1].rstrip(";").strip() if "plural=" in header else "(n != 1)"
    try:
        return gettext.c2py(expr)
    except (ValueError, SyntaxError):
        return gettext.c2py("(n != 1)")
