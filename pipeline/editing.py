"""What the translators' and reviewers' editor shows and does — without Streamlit.

``editor_app.py`` only lays out widgets; every piece of data it shows and every
change it makes goes through here (and :mod:`pipeline.store` for saving), so
the CLI, the tests and the app share one behaviour.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from markupsafe import Markup, escape

from . import history
from .catalog import is_translated, parse_po
from .checks import ERROR, WARNING, Finding
from .glossary import Glossary, glossary_for
from .handout import SOURCE_LOCALE, load_handout
from .history import Who
from .locales import LocaleInfo, resolve
from .localize import Localizer
from .meaning.anchors import keep_spans
from .project import SITE_DOMAIN, Project
from .quantities.scan import scan
from .render import render_body
from .review import is_reviewed, mark_of, mark_reviewed
from .store import Key, SaveResult, Version, save_edits, snapshot
from .tm import Memory
from .validate import Catalog, check_entry, checkable
from .waivers import Waiver, status, waivers

FILTERS = ("all", "untranslated", "fuzzy", "errors", "warnings", "unreviewed")

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=^\"'])")


def plain(text: str) -> str:
    """``text`` for a Streamlit element that reads Markdown (captions, alerts), shown as written: every
    Markdown sign escaped, so a catalog's note, context, reviewer name or a finding that quotes a
    translation can neither format nor link nor load an image; line breaks kept."""
    return "  \n".join(_MARKDOWN.sub(r"\\\1", line) for line in text.split("\n"))


@dataclass
class CatalogStatus:
    locale: str
    domain: str
    total: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    errors: int = 0  # entries with at least one validation error
    warnings: int = 0  # entries with at least one warning
    reviewed: int = 0

    @property
    def state(self) -> str:
        """A one-word summary for colour coding: blocked, incomplete, unreviewed, ready."""
        if self.errors:
            return "blocked"
        if self.untranslated or self.fuzzy:
            return "incomplete"
        if self.reviewed < self.total:
            return "unreviewed"
        return "ready"


@dataclass
class EntryView:
    key: Key
    msgctxt: str
    msgid: str
    msgid_plural: str
    msgstr: tuple[str, ...]  # one item, or one per plural form
    fuzzy: bool
    previous: str
    notes: str
    references: str
    findings: list[Finding] = field(default_factory=list)
    reviewed: bool = False
    reviewer: str = ""
    line: int = 0

    @property
    def state(self) -> str:
        if not any(self.msgstr):
            return "untranslated"
        if self.fuzzy:
            return "fuzzy"
        return "translated"

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]


@dataclass
class OpenCatalog:
    """One catalog as an editing session loaded it."""

    project: Project
    locale: str
    domain: str
    path: Path
    po: polib.POFile
    info: LocaleInfo
    base: dict[Key, Version]
    _entries: list[EntryView] | None = field(default=None, repr=False)
    #: findings of each entry's text as last checked: a reload after a save checks only what changed
    _checked: dict[tuple[Key, Version], list[Finding]] = field(default_factory=dict, repr=False)
    _notes: dict[str, list[Finding]] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, project: Project, locale: str, domain: str) -> OpenCatalog:
        info = resolve(locale)
        path = project.po_path(info.tag, domain)
        po = parse_po(path)
        return cls(project, info.tag, domain, path, po, info, snapshot(po))

    def entries(self) -> list[EntryView]:
        """Every active entry with its findings; worked out once per version of the file read."""
        if self._entries is None:
            self._entries = self._views()
        return self._entries

    def _findings(self, cat: Catalog, e: polib.POEntry, checked: dict[tuple[Key, Version], list[Finding]]
                  ) -> list[Finding]:
        sig = ((e.msgctxt or "", e.msgid), Version.of(e))
        found = self._checked.get(sig)
        if found is None:
            found = check_entry(cat, e) if checkable(e) else []
        checked[sig] = found
        return found

    def _views(self) -> list[EntryView]:
        cat = Catalog.of(self.path, self.project.rel(self.path), self.po, self.info)
        checked: dict[tuple[Key, Version], list[Finding]] = {}
        out = []
        for e in self.po:
            if e.obsolete or not e.msgid:
                continue
            texts = (tuple(e.msgstr_plural[i] for i in sorted(e.msgstr_plural)) if e.msgid_plural
                     else (e.msgstr,))
            mark = mark_of(e)
            out.append(EntryView(
                key=(e.msgctxt or "", e.msgid), msgctxt=e.msgctxt or "", msgid=e.msgid,
                msgid_plural=e.msgid_plural or "", msgstr=texts, fuzzy="fuzzy" in e.flags,
                previous=e.previous_msgid or "", notes=e.comment or "",
                references=" ".join(f"{f}:{ln}" for f, ln in e.occurrences),
                findings=self._findings(cat, e, checked),
                reviewed=is_reviewed(e), reviewer=mark.reviewer if mark and mark.valid else "",
                line=e.linenum or 0))
        self._checked = checked
        return out

    @property
    def glossary(self) -> Glossary | None:
        return glossary_for(self.path)

    def pending_waivers(self) -> list[tuple[str, Waiver]]:
        """(msgctxt, waiver) of each waiver of a clinical check that waits for a second person."""
        return [(e.msgctxt or "", w) for e in self.po if not e.obsolete and e.msgid
                for w in waivers(e) if status(e, w) == "pending"]

    def approve_waiver(self, msgctxt: str, checks: tuple[str, ...], approver: str) -> str:
        """Approve a pending waiver as ``approver`` (not its author), under the catalog's lock; the file
        is read again, so an approval never writes over someone else's work."""
        from .workflow import waive

        line = waive(self.path, msgctxt, list(checks), None, approver, approve=True)
        self.reload()
        return line

    def propose_waiver(self, msgctxt: str, checks: tuple[str, ...], reason: str, author: str) -> str:
        """Ask to ignore a finding, with a reason: a clinical check's waiver then waits for a second person."""
        from .workflow import waive

        line = waive(self.path, msgctxt, list(checks), reason, author)
        self.reload()
        return line

    def history(self, msgctxt: str | None = None) -> list[history.Event]:
        return history.read(self.path, msgctxt)

    def source_notes(self) -> dict[str, list[Finding]]:
        """The plain-language warnings of the English, by msgctxt: notes for the author, shown beside it."""
        if self._notes is None:
            from .plainlang import findings, settings_for

            self._notes = {}
            path = self.project.handouts_dir / f"{self.domain}.yaml"
            if self.domain != SITE_DOMAIN and path.is_file():
                for f in findings(load_handout(path), self.project.rel(path), settings_for(self.project.root)):
                    self._notes.setdefault(f.msgctxt, []).append(f)
        return self._notes

    def memory(self) -> Memory:
        return Memory.of_locale(self.path.parent, self.info, exclude=self.path)

    def save(self, edits: dict[Key, tuple[tuple[str, ...], bool]]) -> SaveResult:
        """Save text and fuzzy-flag edits made on top of what this session loaded."""
        versions: dict[Key, Version] = {}
        for key, (texts, fuzzy) in edits.items():
            base = self.base.get(key)
            tcomment = base.tcomment if base else ""
            text: str | tuple[str, ...] = texts if len(texts) > 1 or (base and isinstance(base.msgstr, tuple)) \
                else texts[0]
            versions[key] = Version(text, fuzzy, tcomment)
        result = save_edits(self.path, self.base, versions)
        self.reload()
        return result

    def mark_reviewed(self, keys: list[Key], reviewer: str | Who, when: dt.date | None = None) -> SaveResult:
        """Record ``reviewer``'s approval of these entries' current text (conflict-aware, like edits),
        each mark also in the catalog's history."""
        who = reviewer if isinstance(reviewer, Who) else Who(reviewer)
        reviewer = who.name
        versions: dict[Key, Version] = {}
        index = {(e.msgctxt or "", e.msgid): e for e in self.po if not e.obsolete}
        for key in keys:
            entry = index.get(key)
            if entry is None or not is_translated(entry):
                continue
            probe = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgid_plural=entry.msgid_plural,
                                  msgstr=entry.msgstr, msgstr_plural=dict(entry.msgstr_plural),
                                  tcomment=entry.tcomment, flags=list(entry.flags))
            mark_reviewed(probe, reviewer, when)
            versions[key] = Version.of(probe)
        result = save_edits(self.path, self.base, versions)
        history.append(self.path, [history.event("review", k[0], who, new=list(versions[k].texts))
                                   for k in result.saved])
        self.reload()
        return result

    def reject(self, keys: list[Key], who: Who, comment: str) -> SaveResult:
        """Send entries back to the translator: marked fuzzy (so they block the release and show under
        the fuzzy filter) with the reviewer's comment in the history.  A rejection needs a comment."""
        if not comment.strip():
            raise ValueError("a rejection needs a comment saying what to change")
        versions = {k: Version(v.msgstr, True, v.tcomment) for k in keys if (v := self.base.get(k)) is not None}
        result = save_edits(self.path, self.base, versions)
        history.append(self.path, [history.event("reject", k[0], who, old=list(versions[k].texts),
                                                 comment=comment) for k in (*result.saved, *result.unchanged)])
        self.reload()
        return result

    def comment(self, key: Key, who: Who, text: str) -> None:
        """A note to the author or translator about one entry, kept in the history."""
        if text.strip():
            history.append(self.path, [history.event("comment", key[0], who, comment=text)])

    def reload(self) -> None:
        self.po = parse_po(self.path)
        self.base = snapshot(self.po)
        self._entries = None


def select(entries: list[EntryView], kind: str = "all", search: str = "") -> list[EntryView]:
    """Entries matching a filter and a case-insensitive search in source, translation or context."""
    needle = search.casefold().strip()
    out = []
    for e in entries:
        if kind == "untranslated" and e.state != "untranslated":
            continue
        if kind == "fuzzy" and e.state != "fuzzy":
            continue
        if kind == "errors" and not e.errors:
            continue
        if kind == "warnings" and not e.warnings:
            continue
        if kind == "unreviewed" and e.reviewed:
            continue
        if needle and not any(needle in s.casefold() for s in (e.msgid, e.msgid_plural, e.msgctxt, *e.msgstr)):
            continue
        out.append(e)
    return out


def page(items: list[EntryView], number: int, size: int) -> list[EntryView]:
    number = max(1, number)
    return items[(number - 1) * size: number * size]


def pages(count: int, size: int) -> int:
    return max(1, -(-count // size))


def highlight(text: str, tag: str = "en_CA", glossary: Glossary | None = None) -> Markup:
    """``text`` escaped; quantities marked, must-keep tokens (phones, codes) and glossary terms emphasised."""
    spans = [(a, b, kind, "") for a, b, kind in scan(text, tag).spans()]
    for term in glossary.in_source(text) if glossary else []:
        for m in term.pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _k, _t in spans):
                hint = " or ".join(term.targets) if term.targets else "keep as written"
                spans.append((m.start(), m.end(), "term", f"glossary: {hint}"))
    if resolve(tag).data_code == resolve(SOURCE_LOCALE).data_code:
        for a, b, kind, what in keep_spans(text):
            if not any(x < b and a < y for x, y, _k, _t in spans):
                spans.append((a, b, "meaning", f"keep the meaning: {what}" if kind != "negation" else
                              "keep the negation"))
    out: list[str] = []
    pos = 0
    for a, b, kind, hint in sorted(spans):
        out.append(str(escape(text[pos:a])))
        cls = {"phone": "keep", "code": "keep", "token": "keep", "term": "term", "meaning": "sense"}.get(kind, "qty")
        title = hint or ("keep exactly" if cls == "keep" else "quantity")
        out.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[a:b])}</mark>')
        pos = b
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def catalog_status(project: Project, locale: str, domain: str) -> CatalogStatus | None:
    path = project.po_path(locale, domain)
    if not path.exists():
        return None
    po = parse_po(path)
    info = resolve(locale)
    cat = Catalog.of(path, project.rel(path), po, info)
    st = CatalogStatus(locale, domain)
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        st.total += 1
        if "fuzzy" in e.flags:
            st.fuzzy += 1
        elif is_translated(e):
            st.translated += 1
        else:
            st.untranslated += 1
        if is_reviewed(e):
            st.reviewed += 1
        if checkable(e):
            found = check_entry(cat, e)
            st.errors += any(f.severity == ERROR for f in found)
            st.warnings += any(f.severity == WARNING for f in found)
    return st


def matrix(project: Project) -> dict[tuple[str, str], CatalogStatus]:
    out = {}
    for locale in project.locales():
        for domain in project.domains():
            st = catalog_status(project, locale, domain)
            if st is not None:
                out[(locale, domain)] = st
    return out


_STATE_TEXT = {"ready": "✔ ready to publish", "unreviewed": "● translated, not reviewed",
               "incomplete": "○ untranslated or fuzzy entries", "blocked": "⛔ validation errors"}


def overview_html(status: dict[tuple[str, str], CatalogStatus], locales: list[str], domains: list[str],
                  query: str = "") -> str:
    """The handouts × languages matrix; each cell links to that catalog in the editor (``query``: more
    ``&name=value`` pairs for the link, e.g. who is working) and says what it holds in words."""
    from .wording import count, link_name

    head = "".join(f"<th scope='col'><span lang='{escape(resolve(loc).bcp47)}'>{escape(resolve(loc).native_name)}"
                   f"</span><br><small>{escape(loc)}</small></th>" for loc in locales)
    rows = []
    for domain in domains:
        cells = []
        for loc in locales:
            s = status.get((loc, domain))
            if s is None:
                cells.append("<td class='ov-none'>–</td>")
                continue
            detail = " · ".join(x for x in (f"{s.untranslated} untranslated" if s.untranslated else "",
                                            f"{s.fuzzy} fuzzy" if s.fuzzy else "",
                                            count(s.errors, "⛔ {n} error", "⛔ {n} errors") if s.errors else "",
                                            count(s.warnings, "⚠️ {n} warning", "⚠️ {n} warnings") if s.warnings
                                            else "",
                                            f"{s.reviewed} reviewed") if x)
            name = link_name(resolve(loc).english_name, domain, s.translated, s.total, s.reviewed, s.errors,
                             s.warnings)
            cells.append(f"<td class='ov-{s.state}'><a href='?mode=Translate&amp;locale={escape(loc)}"
                         f"&amp;handout={escape(domain)}{escape(query)}' target='_self' aria-label='{escape(name)}' "
                         f"title='{escape(_STATE_TEXT[s.state])}'>"
                         f"{s.translated}/{s.total}<br><small>{_STATE_TEXT[s.state]}<br>{detail}</small></a></td>")
        rows.append(f"<tr><th scope='row'>{escape(domain)}</th>{''.join(cells)}</tr>")
    legend = " ".join(f"<span class='ov-{k}'>{v}</span>" for k, v in _STATE_TEXT.items())
    return (f"<div class='overview'><p class='ov-legend'>{legend}</p><table><thead><tr><th>Handout</th>{head}"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def preview(project: Project, handout_id: str, locale: str | None,
            drafts: dict[Key, str] | None = None) -> str:
    """The handout as the build renders it, marked up for review, as an HTML fragment.

    ``locale`` None gives the English original.  Untranslated, fuzzy and failing
    messages are highlighted; ``drafts`` (unsaved edits) are shown in place.  Every
    translated string in it is escaped; the fragment carries its own ``lang`` and ``dir``.
    """
    from .validate import blocked_entries

    handout = load_handout(project.handouts_dir / f"{handout_id}.yaml")
    if locale is None:
        loc = Localizer(None)
    else:
        info = resolve(locale)
        po = parse_po(project.po_path(info.tag, handout_id))
        site_path = project.po_path(info.tag, SITE_DOMAIN)
        site = parse_po(site_path) if site_path.exists() else None
        failing = {**(blocked_entries(site, info) if site is not None else {}), **blocked_entries(po, info)}
        loc = Localizer(info, po, site, blocked=failing, overrides=dict(drafts or {}))
    view, body, fallbacks = render_body(handout, loc, preview=True)
    direction = loc.info.direction if loc.info else "ltr"
    note = f'<p class="hp-note">{fallbacks} passages shown in English</p>' if fallbacks else ""
    return (f'<div class="handout-preview" lang="{view.page_lang}" dir="{direction}" '
            f'data-testid="handout-preview">{note}{body}</div>')


#: the site's look, scoped to the preview so it does not restyle the editor around it
PREVIEW_CSS = """
.handout-preview { font-family: "Noto Sans", system-ui, sans-serif; line-height: 1.5; }
.handout-preview .help { border: 2px solid; border-inline-start-width: 8px; border-radius: 6px;
  padding: .1rem .8rem .5rem; margin: .8rem 0; }
.handout-preview .help-emergency { border-color: #8f1414; background: #fdecec; }
.handout-preview .help-urgent { border-color: #6b3d00; background: #fff3df; }
.handout-preview .help-watch { border-color: #0d4672; background: #e9f2fb; }
.handout-preview .fallback { outline: 2px dashed #5c3b00; background: #fff1cc; }
.handout-preview .fallback-blocked { outline-color: #8f1414; background: #fde2e2; }
.handout-preview .marker { font-size: .75rem; border: 1px solid #5c3b00; border-radius: 3px; padding: 0 .3rem; }
.handout-preview .hp-note { color: #5c3b00; font-size: .85rem; }
.handout-preview bdi.q { unicode-bidi: isolate; }
.overview table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.overview th, .overview td { border: 1px solid #ccc; padding: .35rem .45rem; text-align: start; }
.overview td a { color: inherit; text-decoration: none; display: block; }
.overview small { color: #444; }
.ov-ready { background: #dcf3e3; } .ov-unreviewed { background: #e3ecfb; }
.ov-incomplete { background: #fff1d6; } .ov-blocked { background: #fde2e2; }
.ov-legend span { padding: .1rem .5rem; margin-inline-end: .4rem; border-radius: 3px; font-size: .85rem; }
"""
