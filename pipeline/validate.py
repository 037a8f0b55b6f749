"""``pipeline validate``: run every check over catalogs and lint the English sources.

All inputs are read and parsed before anything is checked, so bad input (an
unreadable or malformed PO file, an unknown locale) stops the run with one
``path:line: message`` line and exit code 2, and no partial report.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .catalog import parse_po
from .checks import ENTRY_REGISTRY, ERROR, INFO, REGISTRY, WARNING, Finding
from .checks.base import declare, iter_pairs, quote
from .checks.numbers import conversion_findings
from .errors import InputError
from .handout import SOURCE_LOCALE, load_handout
from .locales import LocaleInfo, _data_code, resolve
from .quantities.scan import scan
from .waivers import status, waivers

WAIVER = declare("waiver", WARNING, "Waivers are valid",
                 "A validate-ignore comment names a check, gives a reason and is sealed to the current text; "
                 "a waiver whose entry changed has lapsed and no longer silences anything.")
CONSISTENCY = declare("consistency", WARNING, "The library is consistent",
                      "The same clinical measure has the same threshold in every handout, and the same English "
                      "sentence is translated the same way within a locale.")
SOURCE_CONVERSIONS = declare("source-conversions", ERROR, "Source conversions are right",
                             "Paired values in the English source agree (a wrong conversion reaches every language).")
HEADER = declare("header", WARNING, "Catalog header is right",
                 "The Plural-Forms header matches CLDR's rule for the language.")


@dataclass
class Catalog:
    path: Path
    display: str
    po: polib.POFile
    info: LocaleInfo
    nplurals: int
    lines: list[str] = field(default_factory=list)

    def msgstr_line(self, entry: polib.POEntry) -> int:
        if not entry.linenum:
            return 0
        start = max(entry.linenum - 1, 0)
        for i in range(start, min(start + 400, len(self.lines))):
            if self.lines[i].startswith("msgstr"):
                return i + 1
        return entry.linenum


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    entries: int = 0
    handouts: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)

    def summary(self) -> dict[str, object]:
        by_check = Counter(f"{f.check}:{f.severity}" for f in self.findings)
        by_locale: dict[str, dict[str, int]] = defaultdict(lambda: {"errors": 0, "warnings": 0})
        for f in self.findings:
            by_locale[f.locale]["errors" if f.severity == ERROR else "warnings"] += 1
        return {"files": self.files, "entries": self.entries, "handouts": self.handouts,
                "errors": self.errors, "warnings": self.warnings,
                "by_check": dict(sorted(by_check.items())), "by_locale": dict(sorted(by_locale.items()))}


def locale_for(po: polib.POFile, path: Path) -> LocaleInfo:
    """The catalog's locale: its ``Language`` header, else a locale-like name in its path."""
    lang = (po.metadata.get("Language") or "").strip()
    if lang:
        return resolve(lang, path)
    for part in [path.stem, *(p.name for p in path.parents)]:
        if part in ("LC_MESSAGES", "") or part.endswith(".po"):
            continue
        if _data_code(part) is not None:
            try:
                return resolve(part, path)
            except InputError:
                continue
    raise InputError(path, "cannot tell the locale: no Language header and no locale name in the path", 1)


def collect_po(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(x for x in p.rglob("*.po") if x.is_file()))
        elif p.exists():
            files.append(p)
        else:
            raise InputError(p, "no such file or folder")
    return files


def load_catalogs(files: Sequence[Path], display_root: Path | None = None) -> list[Catalog]:
    out = []
    for path in files:
        text = None
        po = parse_po(path)
        info = locale_for(po, path)
        header = po.metadata.get("Plural-Forms", "")
        try:
            nplurals = int(header.split("nplurals=")[1].split(";")[0]) if "nplurals=" in header else info.nplurals
        except (IndexError, ValueError):
            raise InputError(path, f"malformed Plural-Forms header: {header!r}", 1) from None
        display = _display(path, display_root)
        text = path.read_text(encoding="utf-8", errors="replace")
        out.append(Catalog(path, display, po, info, nplurals, text.splitlines()))
    return out


def _display(path: Path, root: Path | None) -> str:
    try:
        return str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except ValueError:
        return os.path.relpath(path) if not path.is_absolute() else str(path)


def check_entry(cat: Catalog, entry: polib.POEntry) -> list[Finding]:
    """Every finding for one entry, after waivers."""
    raw: list[tuple[str, str, str]] = []
    for ctx in iter_pairs(entry, cat.info, cat.nplurals, cat.display):
        for cid, (_meta, func) in REGISTRY.items():
            for severity, message in func(ctx):
                raw.append((cid, severity, message))
    for cid, (_meta, func) in ENTRY_REGISTRY.items():
        for severity, message in func(entry, cat.info, cat.nplurals):
            raw.append((cid, severity, message))
    silenced: set[str] = set()
    extra: list[tuple[str, str, str]] = []
    for w in waivers(entry):
        state = status(entry, w)
        unknown = [c for c in w.checks if c not in INFO]
        if unknown:
            extra.append(("waiver", WARNING, f"waiver names unknown check(s) {', '.join(unknown)}"))
        if state == "active":
            silenced.update(w.checks)
        elif state == "no-reason":
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)} gives no reason, so it is ignored"))
        elif state == "unsealed":
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)} is not sealed to this text; "
                          "write it with 'python -m pipeline waive' so it lapses when the text changes"))
        else:
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)} has lapsed: the text changed "
                          "since it was written"))
    line = cat.msgstr_line(entry)
    msgstr = entry.msgstr if not entry.msgid_plural else entry.msgstr_plural.get(0, "")
    seen: set[tuple[str, str]] = set()
    out = []
    for cid, severity, message in [*raw, *extra]:
        if cid in silenced or (cid, message) in seen:
            continue
        seen.add((cid, message))
        out.append(Finding(cat.display, line, cat.info.tag, entry.msgctxt or "", entry.msgid, msgstr,
                           cid, severity, message))
    return out


def checkable(entry: polib.POEntry) -> bool:
    if entry.obsolete or not entry.msgid or "fuzzy" in entry.flags:
        return False
    return bool(entry.msgstr) or any((entry.msgstr_plural or {}).values())


def check_catalog(cat: Catalog) -> tuple[list[Finding], int]:
    findings: list[Finding] = []
    expected = cat.info.nplurals
    header = cat.po.metadata.get("Plural-Forms", "")
    if header and f"nplurals={expected};" not in header.replace(" ", ""):
        findings.append(Finding(cat.display, 1, cat.info.tag, "", "", "", "header", WARNING,
                                f"Plural-Forms says {quote(header, 60)}; CLDR for {cat.info.tag} is "
                                f"{quote(cat.info.plural_forms, 60)}"))
    n = 0
    for entry in cat.po:
        if checkable(entry):
            n += 1
            findings.extend(check_entry(cat, entry))
    return findings, n


def consistency(catalogs: Sequence[Catalog]) -> list[Finding]:
    """The same English sentence translated differently within one locale."""
    out: list[Finding] = []
    by_locale: dict[str, dict[str, list[tuple[Catalog, polib.POEntry]]]] = defaultdict(lambda: defaultdict(list))
    for cat in catalogs:
        for e in cat.po:
            if checkable(e) and not e.msgid_plural and len(e.msgid.split()) >= 3:
                by_locale[cat.info.tag][e.msgid].append((cat, e))
    for tag, groups in by_locale.items():
        for _msgid, uses in groups.items():
            variants = Counter(" ".join(e.msgstr.split()) for _, e in uses)
            if len(variants) < 2:
                continue
            common = variants.most_common(1)[0][0]
            first = next((c, e) for c, e in uses if " ".join(e.msgstr.split()) == common)
            for cat, e in uses:
                if " ".join(e.msgstr.split()) != common:
                    out.append(Finding(cat.display, cat.msgstr_line(e), tag, e.msgctxt or "", e.msgid, e.msgstr,
                                       "consistency", WARNING,
                                       f"the same English is translated differently in {first[0].display}:"
                                       f"{first[0].msgstr_line(first[1])} ({quote(common)})"))
    return out


def lint_handouts(paths: Sequence[Path], display_root: Path | None = None) -> tuple[list[Finding], int]:
    """Source checks: conversions in the English, and one threshold per clinical measure."""
    findings: list[Finding] = []
    measures = resolve(SOURCE_LOCALE).data.get("measures") or {}
    seen: dict[str, list[tuple[str, int, str, str, str]]] = defaultdict(list)
    handouts = [load_handout(p) for p in paths]
    for h in handouts:
        display = _display(h.path, display_root)
        for msg in h.messages():
            s = scan(msg.text, SOURCE_LOCALE)
            for severity, message in conversion_findings(s.quantities, "source"):
                findings.append(Finding(display, msg.line, SOURCE_LOCALE, msg.context, msg.text, "",
                                        "source-conversions", severity, message))
            lowered = msg.text.lower()
            for name, spec in measures.items():
                if not any(w in lowered for w in spec.get("words", [])):
                    continue
                for q in s.quantities:
                    if q.dimension == spec.get("dimension") and q.direction and not q.pair_secondary:
                        seen[name].append((display, msg.line, msg.context, msg.text, f"{q.label()}"))
    for name, uses in seen.items():
        values = Counter(v for *_, v in uses)
        if len(values) < 2:
            continue
        common = values.most_common(1)[0][0]
        for display, line, ctx, text, value in uses:
            if value != common:
                findings.append(Finding(display, line, SOURCE_LOCALE, ctx, text, "", "consistency", WARNING,
                                        f"{name} threshold is {value} here but {common} elsewhere in the library"))
    return findings, len(handouts)


def validate(po_paths: Sequence[Path], handout_paths: Sequence[Path] = (), *,
             display_root: Path | None = None) -> Report:
    catalogs = load_catalogs(collect_po(po_paths), display_root)
    report = Report(files=len(catalogs))
    if handout_paths:
        found, n = lint_handouts(handout_paths, display_root)
        report.findings.extend(found)
        report.handouts = n
    for cat in catalogs:
        found, n = check_catalog(cat)
        report.findings.extend(found)
        report.entries += n
    report.findings.extend(consistency(catalogs))
    return report


def blocked_entries(po: polib.POFile, info: LocaleInfo) -> dict[tuple[str, str], list[str]]:
    """Entries with an error finding: the build shows the English instead of publishing them."""
    header = po.metadata.get("Plural-Forms", "")
    nplurals = int(header.split("nplurals=")[1].split(";")[0]) if "nplurals=" in header else info.nplurals
    cat = Catalog(Path(po.fpath or "catalog.po"), po.fpath or "catalog.po", po, info, nplurals)
    out: dict[tuple[str, str], list[str]] = {}
    for entry in po:
        if checkable(entry):
            errors = [f"{f.check}: {f.message}" for f in check_entry(cat, entry) if f.severity == ERROR]
            if errors:
                out[(entry.msgctxt or "", entry.msgid)] = errors
    return out


def check_text(source: str, target: str, locale: str, *, msgctxt: str = "", flags: Sequence[str] = (),
               tcomment: str = "", path: str = "<draft>") -> list[Finding]:
    """Findings for one source/translation pair (the editor's live check, and tests)."""
    info = resolve(locale)
    entry = polib.POEntry(msgctxt=msgctxt or None, msgid=source, msgstr=target, flags=list(flags),
                          tcomment=tcomment)
    cat = Catalog(Path(path), path, polib.POFile(), info, info.nplurals)
    return check_entry(cat, entry)
