"""The pipeline's steps over a project: extract, init, update, compile.

Each step reads everything first and writes only when all inputs were good,
through one atomic transaction, so a failed run leaves the previous files as
they were.  Each returns a small report for the CLI and the editor.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .catalog import WRAP, is_translated, ordered_metadata, parse_po, render_po
from .errors import InputError
from .extract import GENERATOR, templates
from .fsutil import transaction
from .locales import LocaleInfo, resolve
from .merge import MergeStats, merge
from .mo import compile_mo
from .project import Project
from .tm import Memory, fill_from_memory


@dataclass
class StepReport:
    changed: list[Path] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _now() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch
              else dt.datetime.now(dt.UTC))
    return moment.strftime("%Y-%m-%d %H:%M+0000")


def extract(project: Project) -> StepReport:
    """Write ``locales/<domain>.pot`` for every handout and the site strings."""
    report = StepReport()
    pots = templates(project)
    stale = [p for p in project.locales_dir.glob("*.pot") if p.stem not in pots]
    with transaction() as tx:
        for domain, (_pot, text) in pots.items():
            tx.write(project.pot_path(domain), text)
    for p in stale:
        p.unlink()
        report.lines.append(f"removed {project.rel(p)} (its handout is gone)")
    report.changed = list(tx.changed)
    report.lines.insert(0, f"extract: {len(pots)} templates, {len(report.changed)} changed")
    return report


def new_catalog(template: polib.POFile, info: LocaleInfo, domain: str) -> polib.POFile:
    po = polib.POFile(wrapwidth=WRAP)
    po.header = (f"{info.english_name} translation of {template.header.splitlines()[0]}\n"
                 "Created by 'python -m pipeline init'.")
    meta = dict(template.metadata)
    meta.update({
        "PO-Revision-Date": _now(),
        "Last-Translator": "",
        "Language-Team": f"{info.english_name}",
        "Language": info.tag,
        "Plural-Forms": info.plural_forms,
        "X-Generator": GENERATOR,
    })
    po.metadata = ordered_metadata(meta)
    merged, _ = merge(template, po, nplurals=info.nplurals)
    return merged


def _template(project: Project, domain: str) -> polib.POFile:
    path = project.pot_path(domain)
    if not path.exists():
        raise InputError(path, "template missing; run 'python -m pipeline extract' first")
    return parse_po(path)


def init(project: Project, locale: str, domains: list[str] | None = None) -> StepReport:
    """Create missing catalogs for ``locale``; existing ones are never overwritten."""
    info = resolve(locale)
    report = StepReport()
    domains = domains or project.domains()
    memory = Memory.from_catalogs(sorted((project.locales_dir / info.tag / "LC_MESSAGES").glob("*.po")))
    with transaction() as tx:
        for domain in domains:
            dest = project.po_path(info.tag, domain)
            if dest.exists():
                report.lines.append(f"kept {project.rel(dest)} (already exists; use 'update')")
                continue
            po = new_catalog(_template(project, domain), info, domain)
            filled = fill_from_memory(po, memory, dest.name)
            if filled:
                report.lines.append(f"  {domain}: {filled} entries pre-filled from translation memory (fuzzy)")
            tx.write(dest, render_po(po))
    report.changed = list(tx.changed)
    report.lines.insert(0, f"init {info.tag}: {len(report.changed)} catalogs created")
    return report


def update(project: Project, locales: list[str] | None = None, *,
           fuzzy_matching: bool = True, init_missing: bool = False, memory_fill: bool = True) -> StepReport:
    """Merge every template into every existing catalog (``init_missing``: create the others).

    With ``memory_fill``, entries still untranslated are pre-filled (as fuzzy) from the
    same locale's other catalogs when the exact English was translated there.
    """
    report = StepReport()
    locales = [loc for loc in (locales or project.locales()) if not resolve(loc).is_pseudo]
    domains = project.domains()
    pots = {d: _template(project, d) for d in domains}
    results: list[tuple[Path, str]] = []
    per_locale: dict[str, MergeStats] = {}
    for loc in locales:
        info = resolve(loc)
        total = MergeStats()
        memory = Memory.from_catalogs(sorted((project.locales_dir / info.tag / "LC_MESSAGES").glob("*.po")))
        for domain in domains:
            path = project.po_path(loc, domain)
            if path.exists():
                old = parse_po(path)
                lang = old.metadata.get("Language")
                if lang and resolve(lang, path).data_code != info.data_code:
                    raise InputError(path, f"header says Language: {lang}, but the folder is {loc}")
                new, stats = merge(pots[domain], old, nplurals=info.nplurals, fuzzy_matching=fuzzy_matching)
            elif init_missing:
                new = new_catalog(pots[domain], info, domain)
                stats = MergeStats(new=len(pots[domain]))
            else:
                continue
            if memory_fill:
                stats.memory = fill_from_memory(new, memory, path.name)
                stats.new -= stats.memory
            for name in ("kept", "moved", "fuzzy_edited", "fuzzy_matched", "new", "obsoleted", "memory"):
                setattr(total, name, getattr(total, name) + getattr(stats, name))
            results.append((path, render_po(new)))
        per_locale[loc] = total
    with transaction() as tx:
        for path, text in results:
            tx.write(path, text)
    report.changed = list(tx.changed)
    report.lines.append(f"update: {len(results)} catalogs, {len(report.changed)} changed")
    for loc, stats in per_locale.items():
        report.lines.append(f"  {loc}: {stats.summary()}")
    return report


def compile_catalogs(project: Project, locales: list[str] | None = None) -> StepReport:
    """Write ``<domain>.mo`` beside every catalog (translated, non-fuzzy entries)."""
    report = StepReport()
    outputs = []
    counts = []
    for loc in locales or project.locales():
        resolve(loc)
        for domain in project.domains():
            path = project.po_path(loc, domain)
            if not path.exists():
                continue
            data, n = compile_mo(parse_po(path))
            outputs.append((project.mo_path(loc, domain), data))
            counts.append(n)
    with transaction() as tx:
        for path, data in outputs:
            tx.write(path, data)
    report.changed = list(tx.changed)
    report.lines.append(f"compile: {len(outputs)} MO files ({sum(counts)} messages), "
                        f"{len(report.changed)} changed")
    return report


def completion(po: polib.POFile) -> tuple[int, int, int]:
    """(translated, fuzzy, total) over active entries."""
    active = [e for e in po if not e.obsolete]
    translated = sum(1 for e in active if is_translated(e))
    fuzzy = sum(1 for e in active if "fuzzy" in e.flags)
    return translated, fuzzy, len(active)


def pseudo(project: Project, kinds: list[str] | None = None) -> StepReport:
    """(Re)generate pseudo-locale catalogs from the templates (``qps_ploc``, ``qps_plocm``)."""
    from .pseudo import PSEUDO_LOCALES, pseudo_catalog

    report = StepReport()
    outputs = []
    for kind in kinds or list(PSEUDO_LOCALES):
        info = resolve(kind)
        if not info.is_pseudo:
            raise InputError("--locale", f"{kind!r} is not a pseudo-locale (one of {', '.join(PSEUDO_LOCALES)})")
        for domain in project.domains():
            catalog = pseudo_catalog(_template(project, domain), info)
            outputs.append((project.po_path(info.tag, domain), render_po(catalog)))
    with transaction() as tx:
        for path, text in outputs:
            tx.write(path, text)
    report.changed = list(tx.changed)
    report.lines.append(f"pseudo: {len(outputs)} catalogs, {len(report.changed)} changed "
                        "(generated; not for translation — rebuild after each extract)")
    return report
