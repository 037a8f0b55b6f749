"""Sending a translation job to an agency's tool and taking it back: XLIFF 1.2.

``export --format xliff`` writes a locale's catalogs (or one handout's) as one XLIFF 1.2 document that
Trados, memoQ and Phrase open: a ``<file>`` per catalog, a ``<trans-unit>`` per entry (a
``<group restype="x-gettext-plurals">`` of one unit per form for a plural entry), with the English as
``<source>``, the translation as ``<target>`` and its state — ``new`` (untranslated),
``needs-review-translation`` (fuzzy), ``translated``, ``signed-off`` with ``approved="yes"`` (reviewed) —,
the author's notes, the translator's comments and our validator's findings as ``<note>``s.  Each unit
carries, in the standard ``extradata`` attribute, a digest of the translation as exported: the base of
the later import's conflict check.  Output is deterministic (no dates).

``import FILE`` takes a translated XLIFF back the way an editor save goes: per catalog, under its lock,
conflict-aware (a unit whose entry someone changed since the export is refused and reported, never
written over), and through the validator — a translation that fails a clinical check is saved *fuzzy*
(so it is never published) and its findings are printed and kept in the catalog's history.  Units
the tool did not change are left alone, so exporting and importing with no edit changes no byte; an
empty target never erases a translation.
XML is read safely with lxml (no DTD, no entities, no network, the input size limit).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import polib
from lxml import etree

from . import history
from .catalog import parse_po
from .checks.base import ERROR, Finding
from .errors import InputError
from .history import Who
from .inputs import read_input
from .locales import LocaleInfo, normalise_tag, resolve
from .poreader import read_po
from .project import Project
from .review import is_reviewed
from .store import Key, Version, save_edits, snapshot
from .tmx import SOURCE_LANG, safe_parser
from .validate import Catalog, check_entry, checkable, fuzzy_findings

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PLURALS = "x-gettext-plurals"
#: our states → XLIFF 1.2 ``state``; on import every state but these counts as "needs review" (fuzzy)
FINAL_STATES = ("translated", "signed-off", "final")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def digest(v: Version) -> str:
    """A short, stable digest of an entry's translation (every form) and fuzzy flag."""
    data = json.dumps([list(v.texts), v.fuzzy], ensure_ascii=False)
    return "base:" + hashlib.blake2b(data.encode(), digest_size=8).hexdigest()


def unit_ids(po: polib.POFile) -> dict[Key, str]:
    """A stable id per active entry: its msgctxt when every msgctxt of the catalog is there and unique (our
    catalogs), else a digest of msgctxt and msgid."""
    keys = [(e.msgctxt or "", e.msgid) for e in po if not e.obsolete and e.msgid]
    contexts = [k[0] for k in keys]
    if all(contexts) and len(set(contexts)) == len(contexts):
        return {k: k[0] for k in keys}
    return {k: "u" + hashlib.blake2b("\x04".join(k).encode(), digest_size=8).hexdigest() for k in keys}


def _state(entry: polib.POEntry, texts: tuple[str, ...]) -> str:
    if not any(texts):
        return "new"
    if "fuzzy" in entry.flags:
        return "needs-review-translation"
    return "signed-off" if is_reviewed(entry) else "translated"


def _text_el(parent: etree._Element, tag: str, text: str, lang: str, what: str) -> etree._Element:
    el = etree.SubElement(parent, _q(tag))
    el.set(XML_LANG, lang)
    try:
        el.text = text
    except ValueError:
        raise InputError(what, "holds a control character that XML cannot carry") from None
    return el


def _notes(unit: etree._Element, entry: polib.POEntry, findings: list[Finding]) -> None:
    for who, text in (("developer", entry.comment), ("translator", entry.tcomment)):
        if text and text.strip():
            note = etree.SubElement(unit, _q("note"), {"from": who})
            note.text = text
    for f in findings:
        note = etree.SubElement(unit, _q("note"), {"from": "validator", "priority": "1" if f.severity == ERROR
                                                   else "3"})
        note.text = f"{f.severity} {f.check}: {f.message}"


def _findings(cat: Catalog, entry: polib.POEntry) -> list[Finding]:
    if checkable(entry):
        return check_entry(cat, entry)
    if "fuzzy" in entry.flags and any(_texts(entry)):
        return fuzzy_findings(cat, entry)
    return []


def _texts(entry: polib.POEntry) -> tuple[str, ...]:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    return (entry.msgstr,)


def _catalogs(project: Project, info: LocaleInfo, handout: str | None) -> list[Path]:
    folder = project.locales_dir / info.tag / "LC_MESSAGES"
    if handout is not None:
        path = project.po_path(info.tag, project.known_domains(handout))  # a name, never a path
        if not path.is_file():
            raise InputError(path, f"no catalog of {handout} for {info.tag}")
        return [path]
    paths = sorted(folder.glob("*.po"))
    if not paths:
        raise InputError(folder, f"no catalogs for {info.tag}")
    return paths


def export_xliff(project: Project, locale: str, handout: str | None = None) -> tuple[bytes, int]:
    """The XLIFF 1.2 document of a locale's catalogs (or one handout's), and how many entries it holds."""
    info = resolve(locale)
    root = etree.Element(_q("xliff"), nsmap={None: NS}, version="1.2")
    count = 0
    for path in _catalogs(project, info, handout):
        po = parse_po(path)
        cat = Catalog.of(path, project.rel(path), po, info)
        ids = unit_ids(po)
        file_el = etree.SubElement(root, _q("file"), {"original": path.stem, "source-language": SOURCE_LANG,
                                                      "target-language": info.bcp47, "datatype": "po"})
        body = etree.SubElement(file_el, _q("body"))
        for e in po:
            if e.obsolete or not e.msgid:
                continue
            key = (e.msgctxt or "", e.msgid)
            texts = _texts(e)
            attrs = {"id": ids[key], "extradata": digest(Version.of(e))}
            if e.msgctxt:
                attrs["resname"] = e.msgctxt
            if is_reviewed(e) and "fuzzy" not in e.flags:
                attrs["approved"] = "yes"
            state = _state(e, texts)
            what = f"{project.rel(path)}:{e.linenum}"
            if e.msgid_plural:
                group = etree.SubElement(body, _q("group"), {"id": ids[key], "restype": PLURALS})
                group.set(XML_SPACE, "preserve")
                forms = max(cat.nplurals, len(texts))
                for i in range(forms):
                    unit = etree.SubElement(group, _q("trans-unit"), {**attrs, "id": f"{ids[key]}[{i}]"})
                    _text_el(unit, "source", e.msgid if i == 0 else e.msgid_plural, SOURCE_LANG, what)
                    _text_el(unit, "target", texts[i] if i < len(texts) else "", info.bcp47, what).set(
                        "state", state)
                    if i == 0:
                        _notes(unit, e, _findings(cat, e))
            else:
                unit = etree.SubElement(body, _q("trans-unit"), attrs)
                unit.set(XML_SPACE, "preserve")
                _text_el(unit, "source", e.msgid, SOURCE_LANG, what)
                _text_el(unit, "target", texts[0], info.bcp47, what).set("state", state)
                _notes(unit, e, _findings(cat, e))
            count += 1
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True), count


@dataclass
class Returned:
    """One entry as the XLIFF brings it back."""

    id: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    final: bool  # a state that means "done" (translated, signed-off, final) or approved="yes"
    base: str  # the digest the export wrote, or "" when the tool dropped it


def _inner_text(el: etree._Element | None) -> str:
    """The text of a source/target; inline codes another tool added (<ph>, <bpt> …) keep only their text."""
    if el is None:
        return ""
    return "".join(el.itertext())


def _returned(uid: str, units: list[etree._Element]) -> Returned:
    """An entry from its trans-units: one, or one per plural form."""
    targets = [u.find(_q("target")) for u in units]
    states = [t.get("state", "") if t is not None else "" for t in targets]
    final = all(u.get("approved") == "yes" or state in FINAL_STATES or (t is not None and not state and
                                                                       bool(_inner_text(t)))
                for u, t, state in zip(units, targets, states, strict=True))
    return Returned(uid, tuple(_inner_text(u.find(_q("source"))) for u in units),
                    tuple(_inner_text(t) for t in targets), final, units[0].get("extradata", ""))


def read_xliff(path: Path) -> dict[str, tuple[str, list[Returned]]]:
    """original (catalog) -> (target language, entries) of an XLIFF 1.2 file; one line and exit 2 when it is
    no XLIFF 1.2."""
    data = read_input(path)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"not well-formed XML: {exc.msg}", exc.lineno) from None
    if root.getroottree().docinfo.doctype:
        raise InputError(path, "an XLIFF has no DOCTYPE; this one declares one (entities are never expanded)", 1)
    if root.tag != _q("xliff"):
        raise InputError(path, "not an XLIFF 1.2 document (no <xliff> in the XLIFF 1.2 namespace)", root.sourceline)
    out: dict[str, tuple[str, list[Returned]]] = {}
    for file_el in root.findall(_q("file")):
        original = file_el.get("original", "")
        lang = file_el.get("target-language", "")
        body = file_el.find(_q("body"))
        if not original or body is None:
            raise InputError(path, "<file> without an original or a <body>", file_el.sourceline)
        entries: list[Returned] = []
        for el in body.iter(_q("trans-unit"), _q("group")):
            if el.tag == _q("group"):
                if el.get("restype") == PLURALS and (units := el.findall(_q("trans-unit"))):
                    entries.append(_returned(el.get("id", ""), units))
            elif el.getparent() is body or el.getparent().get("restype") != PLURALS:
                entries.append(_returned(el.get("id", ""), [el]))
        out[original] = (lang, entries)
    if not out:
        raise InputError(path, "no <file> in this XLIFF", root.sourceline)
    return out


@dataclass
class CatalogImport:
    path: Path
    saved: list[Key] = field(default_factory=list)
    kept_fuzzy: dict[Key, list[Finding]] = field(default_factory=dict)  # saved fuzzy: a clinical check failed
    unchanged: int = 0
    conflicts: list[Key] = field(default_factory=list)  # changed on disk since the export: not written
    source_changed: list[Key] = field(default_factory=list)  # the English changed since the export
    unknown: list[str] = field(default_factory=list)  # ids with no entry (removed from the handout)
    unchecked: int = 0  # units the tool sent back without the export's digest: no conflict check was possible


def import_xliff(project: Project, path: Path, who: Who, locale: str | None = None) -> list[CatalogImport]:
    """Merge a translated XLIFF back into the catalogs it came from (see the module docstring)."""
    files = read_xliff(path)
    reports = []
    for original, (lang, entries) in files.items():
        info = _locale(path, lang, locale)
        if not original.replace("-", "").replace("_", "").isalnum():
            raise InputError(path, f"<file original={original!r}> is not a catalog name")
        po_path = project.po_path(info.tag, original)
        if not po_path.is_file():
            raise InputError(path, f"no catalog {project.rel(po_path)} for <file original={original!r}>")
        reports.append(_import_catalog(project, po_path, info, entries, who))
    return reports


def _locale(path: Path, lang: str, wanted: str | None) -> LocaleInfo:
    if not lang and not wanted:
        raise InputError(path, "the XLIFF names no target-language; give --locale")
    info = resolve(normalise_tag(wanted or lang))
    if wanted and lang and resolve(normalise_tag(lang)).tag != info.tag:
        raise InputError(path, f"the XLIFF is for {lang}, not {info.bcp47}")
    return info


def _import_catalog(project: Project, po_path: Path, info: LocaleInfo, entries: list[Returned],
                    who: Who) -> CatalogImport:
    report = CatalogImport(po_path)
    po = parse_po(po_path)
    current = snapshot(po)
    by_id = {uid: key for key, uid in unit_ids(po).items()}
    index = {(e.msgctxt or "", e.msgid): e for e in po if not e.obsolete and e.msgid}
    cat = Catalog.of(po_path, project.rel(po_path), po, info)
    base: dict[Key, Version] = {}
    edits: dict[Key, Version] = {}
    for r in entries:
        key = by_id.get(r.id)
        if key is None:
            report.unknown.append(r.id)
            continue
        entry, now = index[key], current[key]
        english = (entry.msgid, entry.msgid_plural) if entry.msgid_plural else (entry.msgid,)
        if r.sources[:len(english)] != english[:len(r.sources)] or len(r.sources) < len(english):
            report.source_changed.append(key)
            continue
        if not any(r.targets) and any(now.texts):
            report.unchanged += 1  # an empty target never erases a translation
            continue
        plural = isinstance(now.msgstr, tuple)
        texts = tuple(r.targets) if plural else r.targets[0]
        mine = Version(texts, not r.final and any(r.targets), now.tcomment)
        if (r.base and digest(mine) == r.base) or mine == now:
            report.unchanged += 1  # the tool left it as exported, or it already says this
            continue
        if r.base and digest(now) != r.base:
            report.conflicts.append(key)  # someone changed it here since the export
            continue
        if not r.base:
            report.unchecked += 1
        if any(r.targets) and not mine.fuzzy:
            probe = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgid_plural=entry.msgid_plural,
                                  msgstr=mine.texts[0] if not plural else "",
                                  msgstr_plural=dict(enumerate(mine.texts)) if plural else {},
                                  tcomment=entry.tcomment, flags=[f for f in entry.flags if f != "fuzzy"])
            errors = [f for f in check_entry(cat, probe) if f.severity == ERROR]
            if errors:
                mine = Version(mine.msgstr, True, mine.tcomment)
                report.kept_fuzzy[key] = errors
        base[key], edits[key] = now, mine
    if edits:
        result = save_edits(po_path, base, edits)
        report.saved = result.saved
        report.conflicts += [c.key for c in result.conflicts]
        report.source_changed += result.missing
        history.append(po_path, [history.event(
            "import", k[0], who, old=list(base[k].texts), new=list(edits[k].texts),
            comment="; ".join(f"{f.check}: {f.message}" for f in report.kept_fuzzy.get(k, [])),
            fuzzy="yes" if edits[k].fuzzy else "no") for k in result.saved])
        for k in list(report.kept_fuzzy):
            if k not in result.saved:
                del report.kept_fuzzy[k]
    return report


def report_lines(project: Project, reports: list[CatalogImport]) -> list[str]:
    """What an import did, catalog by catalog; a translation kept fuzzy is listed with its findings."""
    lines = []
    for r in reports:
        rel = project.rel(r.path)
        lines.append(f"{rel}: {len(r.saved)} saved ({len(r.kept_fuzzy)} kept fuzzy: a clinical check failed), "
                     f"{r.unchanged} unchanged, {len(r.conflicts)} conflicts, "
                     f"{len(r.source_changed)} with changed English, {len(r.unknown)} unknown")
        index = {(e.msgctxt or "", e.msgid): e for e in read_po(r.path) if not e.obsolete} if r.kept_fuzzy else {}
        for key, findings in r.kept_fuzzy.items():
            line = index[key].msgstr_line if key in index else 0
            for f in findings:
                lines.append(f"  {rel}:{line}: error {f.check}: {f.message} — saved fuzzy, not published")
        if r.unchecked:
            lines.append(f"  {rel}: {r.unchecked} changed units came back without the export's digest (extradata), "
                         "so they were saved over the current text without a conflict check")
        for key in r.conflicts:
            lines.append(f"  {rel}: {key[0] or key[1][:40]!r} was changed here since the export; not written "
                         "(resolve it in the editor)")
        for key in r.source_changed:
            lines.append(f"  {rel}: {key[0] or key[1][:40]!r}: the English changed since the export; not written")
    return lines
