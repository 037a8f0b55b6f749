"""Translation memory exchange with translation agencies' tools (Trados, memoQ, Phrase): TMX 1.4b.

``tm export`` writes every translated, non-fuzzy entry of a locale's catalogs as a translation unit —
the English and the translation, the msgctxt as an ``x-context`` property and the handout as
``x-origin`` — deterministic (no dates), one file.  ``tm import`` reads a TMX from any tool (safely:
no DTD, no entities, no network, a size limit) and keeps the pairs for the locale as memory in
``locales/<L>/memory/<name>.tmx`` (in our own TMX), where ``init``, ``update``, ``suggest`` and the editor
find them.  Imported memory only ever reaches a catalog as a *suggestion* or a *fuzzy* pre-fill that a
translator confirms; it never overwrites a translation.  XML is read and written with lxml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .catalog import is_translated
from .errors import InputError
from .fsutil import atomic_write
from .inputs import read_input
from .locales import LocaleInfo, normalise_tag, resolve
from .poreader import read_po
from .project import Project

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCE_LANG = "en-CA"
FOLDER = "memory"


@dataclass(frozen=True)
class Unit:
    source: str
    target: str
    context: str = ""
    origin: str = ""


def _tu(body: etree._Element, unit: Unit, target_lang: str) -> None:
    tu = etree.SubElement(body, "tu", tuid=f"{unit.origin}|{unit.context}" if unit.context else unit.origin)
    for name, value in (("x-context", unit.context), ("x-origin", unit.origin)):
        if value:
            prop = etree.SubElement(tu, "prop", type=name)
            prop.text = value
    for lang, text in ((SOURCE_LANG, unit.source), (target_lang, unit.target)):
        tuv = etree.SubElement(tu, "tuv")
        tuv.set(XML_LANG, lang)
        seg = etree.SubElement(tuv, "seg")
        seg.text = text


def write_tmx(units: list[Unit], info: LocaleInfo) -> bytes:
    """A TMX 1.4b document of ``units`` (English → ``info``'s language)."""
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {"creationtool": "handouts-pipeline", "creationtoolversion": "1",
                                      "segtype": "sentence", "o-tmf": "PO", "adminlang": "en",
                                      "srclang": SOURCE_LANG, "datatype": "plaintext"})
    body = etree.SubElement(root, "body")
    for unit in units:
        _tu(body, unit, info.bcp47)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')


def export_units(project: Project, locale: str) -> list[Unit]:
    """Every translated, non-fuzzy, singular entry of the locale's catalogs, in catalog and file order."""
    info = resolve(locale)
    folder = project.locales_dir / info.tag / "LC_MESSAGES"
    if not folder.is_dir():
        raise InputError(folder, f"no catalogs for {info.tag}")
    units = []
    for path in sorted(folder.glob("*.po")):
        for e in read_po(path):
            if is_translated(e) and e.msgid and not e.msgid_plural:
                units.append(Unit(e.msgid, e.msgstr, e.msgctxt or "", path.stem))
    return units


def safe_parser() -> etree.XMLParser:
    """An XML parser that loads no DTD, expands no entity and opens no network connection."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True)


def _text(seg: etree._Element) -> str:
    """A segment's text; inline markup (bpt/ept/ph/it) is another tool's formatting, dropped."""
    parts = [seg.text or ""]
    for child in seg:
        if child.tag not in ("bpt", "ept", "ph", "it", "ut"):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lang_matches(lang: str, info: LocaleInfo) -> bool:
    try:
        other = resolve(normalise_tag(lang)) if lang.strip() else None
    except (InputError, ValueError, KeyError):
        return False  # a language we have no data for is not this one
    return other is not None and (other.tag == info.tag or other.data_code == info.data_code)


def read_tmx(path: Path, info: LocaleInfo) -> list[Unit]:
    """The English → ``info`` pairs of a TMX file from any tool (one line and exit 2 when it is no TMX)."""
    data = read_input(path)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"not well-formed XML: {exc.msg}", exc.lineno) from None
    if root.tag != "tmx" or root.find("body") is None:
        raise InputError(path, "not a TMX document (no <tmx> with a <body>)", root.sourceline)
    header = root.find("header")
    srclang = header.get("srclang", "") if header is not None else ""
    units = []
    for tu in root.iter("tu"):
        by_lang = {tuv.get(XML_LANG) or tuv.get("lang") or "": tuv for tuv in tu.findall("tuv")}
        source = next((t for lang, t in by_lang.items() if re.match(r"(?i)en\b", lang) or
                       (srclang not in ("", "*all*") and lang.lower() == srclang.lower())), None)
        target = next((t for lang, t in by_lang.items() if t is not source and _lang_matches(lang, info)), None)
        if source is None or target is None or source.find("seg") is None or target.find("seg") is None:
            continue
        src, tgt = _text(source.find("seg")).strip(), _text(target.find("seg")).strip()
        if src and tgt:
            props = {p.get("type", ""): (p.text or "") for p in tu.findall("prop")}
            units.append(Unit(src, tgt, props.get("x-context", ""), props.get("x-origin", path.name)))
    return units


def import_tmx(project: Project, path: Path, locale: str) -> tuple[Path, int]:
    """Keep the TMX's pairs for ``locale`` as memory; return where and how many."""
    info = resolve(locale)
    units = read_tmx(path, info)
    if not units:
        raise InputError(path, f"no English → {info.bcp47} translation units")
    dest = project.locales_dir / info.tag / FOLDER / (re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem) + ".tmx")
    dest.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(dest, write_tmx(units, info))
    return dest, len(units)


def memory_files(catalog_folder: Path) -> list[Path]:
    """The imported memories of a locale, given its ``LC_MESSAGES`` folder."""
    return sorted((Path(catalog_folder).parent / FOLDER).glob("*.tmx"))
