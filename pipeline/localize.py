"""Looking up what to show for each message in one language.

A :class:`Localizer` answers, for every source message, the text to publish
and why: ``translated``; or the English original as a visible fallback
because the entry is ``untranslated``, ``fuzzy`` or ``blocked`` (it failed a
clinical-safety check).  The build and the editor's preview share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polib

from .catalog import is_translated
from .extract import site_strings
from .handout import Message
from .locales import LocaleInfo
from .plural import Rule, parse_header, parse_rule

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

    def _site_string(self, key: str, english: str, values: dict[str, object], form: int | None = None) -> Shown:
        """A site string: its translation when there is one that passed the checks and fills in only the
        English's own placeholders; else the English (``blocked`` when the translation failed a check)."""
        spec = site_strings()[key]
        names = spec["text"] + " " + spec.get("plural", "")
        shown_english = substitute(english, values, names) or english
        entry = self._site_entry(key) if self.info else None
        if entry is None:
            return Shown(shown_english, SOURCE, "en-CA")
        why = self.blocked.get((f"site.{key}", spec["text"]))
        if why is not None:
            self.fallbacks += 1
            return Shown(shown_english, BLOCKED, "en-CA", "; ".join(why))
        msgstr = entry.msgstr if form is None else entry.msgstr_plural.get(form, entry.msgstr_plural.get(0, ""))
        text = substitute(msgstr, values, names)
        return Shown(text, TRANSLATED, self.lang) if text is not None else Shown(shown_english, SOURCE, "en-CA")

    def ui(self, key: str, **values: object) -> Shown:
        return self._site_string(key, site_strings()[key]["text"], values)

    def ui_plural(self, key: str, n: int, **values: object) -> Shown:
        spec = site_strings()[key]
        english = spec["text"] if n == 1 else spec.get("plural", spec["text"])
        return self._site_string(key, english, {"count": n, **values}, self._plural(n))


_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def substitute(template: str, values: dict[str, object], english: str) -> str | None:
    """``template`` with each ``{name}`` the English has replaced by its value, ``{{``/``}}`` by a brace.

    A translation is never a format string: anything else in braces (``{0}``, ``{x.attr}``, ``{x[0]}``,
    ``{x:>9}``, a lone brace) or a name the English does not have makes it unusable (None), and the
    English is shown instead.
    """
    allowed = {m.group(1) for m in _FIELD.finditer(english) if m.group(1) and _NAME.fullmatch(m.group(1))}
    out: list[str] = []
    last = 0
    for m in _FIELD.finditer(template):
        out.append(template[last:m.start()])
        last = m.end()
        token = m.group(0)
        if token in ("{{", "}}"):
            out.append(token[0])
            continue
        name = m.group(1)
        if name is None or name not in allowed or name not in values:
            return None
        out.append(str(values[name]))
    out.append(template[last:])
    return "".join(out)


def _plural_func(header: str) -> Rule:
    """The catalog's plural rule, parsed (never evaluated as Python); English's when it has none that parses."""
    try:
        return parse_header(header)[1]
    except ValueError:
        return parse_rule("(n != 1)")
