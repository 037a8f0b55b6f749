"""The whole job (``pipeline all``) and small editing commands shared by the CLI and the editor."""

from __future__ import annotations

import shlex
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import steps
from .build import build_site
from .cache import Cache
from .catalog import parse_po, save_po
from .checks import WARNING
from .errors import InputError
from .fsutil import locked
from .handout import SOURCE_LOCALE
from .locales import resolve
from .plainlang import settings_for
from .project import Project
from .report import as_line, ordered
from .sources import load_handouts
from .validate import Report, validate
from .waivers import add_waiver, approve_waiver


def run_all(project, out: Path, *, jobs: int | None = None, use_cache: bool = True,  # type: ignore[no-untyped-def]
            **site: Any) -> int:
    """extract → update → validate → compile → build; print a summary per locale.

    Handouts are parsed once; per-catalog work runs in ``jobs`` processes; with ``use_cache``
    every step skips what is unchanged since the last run (by content hash), so a run after a
    one-handout edit redoes only that handout's catalogs and pages.
    """
    console = Console(stderr=True, highlight=False)
    lines: list[str] = []
    with (Cache.for_project(project.root, use_cache) as cache,
          Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                   console=console, transient=True, disable=not console.is_terminal) as progress):
        task = progress.add_task("extract", total=5)
        handouts = load_handouts(project.handout_paths(), cache, jobs)
        settings_for(project.root)  # a bad plain-language.yaml is bad input: refused before anything is written
        cache.commit()
        lines += steps.extract(project, handouts, cache).lines
        progress.update(task, advance=1, description="update")
        lines += steps.update(project, jobs=jobs, cache=cache).lines
        pseudo = [loc for loc in project.locales() if resolve(loc).is_pseudo]
        if pseudo:  # generated catalogs follow the templates rather than being merged
            lines += steps.pseudo(project, pseudo).lines
        progress.update(task, advance=1, description="validate")
        report = validate([project.locales_dir], handouts=handouts, display_root=project.root, jobs=jobs,
                          cache=cache)
        progress.update(task, advance=1, description="compile")
        lines += steps.compile_catalogs(project, jobs=jobs, cache=cache).lines
        progress.update(task, advance=1, description="build")
        built = build_site(project, out, report=report, handouts=handouts, jobs=jobs, cache=cache, **site)
        progress.update(task, advance=1)
    for line in lines:
        print(line)
    errors = Counter(f.locale for f in report.findings if f.severity == "error")
    warnings = Counter(f.locale for f in report.findings if f.severity == "warning")
    print(f"validate: {report.files} catalogs, {report.entries} entries: {report.errors} errors, "
          f"{report.warnings} warnings" + (f" ({report.cached} catalogs unchanged, not re-checked)"
                                           if report.cached else ""))
    print(built.lines()[0])
    done: dict[str, list[int]] = {}
    for r in report.catalogs:
        t = done.setdefault(r.tag, [0, 0, 0])
        t[0], t[1], t[2] = t[0] + r.translated, t[1] + r.fuzzy, t[2] + r.total
    print(f"{'locale':<9} {'pages':>5} {'translated':>10} {'fuzzy':>5} {'untransl.':>9} {'errors':>6} {'warnings':>8}")
    for tag in project.locales():
        info = resolve(tag)
        b = built.per_locale.get(tag)
        translated, fuzzy, total = done.get(info.tag, [0, 0, 0])
        pages = b.pages if b else 0
        print(f"{tag:<9} {pages:>5} {translated:>5}/{total:<4} {fuzzy:>5} {total - translated - fuzzy:>9} "
              f"{errors.get(info.tag, 0):>6} {warnings.get(info.tag, 0):>8}")
    command = _validate_command(project)
    for text in warning_lines(report, command):
        print(text)
    if report.errors:
        print(f"{report.errors} validation errors: the affected messages are shown in English on the site; "
              f"run '{command}' for details")
    return 1 if report.errors else 0


#: how many warnings the summary of ``all`` shows (``validate`` shows every one)
SHOWN_WARNINGS = 5


def warning_lines(report: Report, command: str = "python -m pipeline validate",
                  shown: int = SHOWN_WARNINGS) -> list[str]:
    """The summary's warnings: how many (in the English sources, in the catalogs), the first ``shown`` of
    them as ``validate`` writes them, and how to see them all."""
    found = [f for f in ordered(report.findings) if f.severity == WARNING]
    if not found:
        return []
    sources = sum(1 for f in found if f.locale == SOURCE_LOCALE)
    head = (f"{len(found)} warning{'s' * (len(found) != 1)} ({sources} in the English sources, "
            f"{len(found) - sources} in the catalogs)")
    out = [head + (f"; the first {shown}:" if len(found) > shown else ":")]
    out += [f"  {as_line(f)}" for f in found[:shown]]
    more = f"{len(found) - shown} more — to see all {len(found)}" if len(found) > shown else "to see them in a report"
    out.append(f"{more}: run '{command}' (or '{command} --format json')")
    return out


def _validate_command(project) -> str:  # type: ignore[no-untyped-def]
    """The ``validate`` command line that reports on ``project`` from the current folder."""
    try:
        here = Project.find().root
    except OSError:
        here = None
    where = "" if here == project.root else f" --project {shlex.quote(str(project.root))}"
    return f"python -m pipeline{where} validate"


def waive(po_path: Path, msgctxt: str, checks: list[str], reason: str | None, by: str = "",
          approve: bool = False) -> str:
    """Write a waiver (``reason``, by ``by``), or with ``approve`` approve one another person wrote."""
    with locked(po_path):  # read, change and write under the lock every writer takes
        po = parse_po(po_path)
        entry = next((e for e in po if not e.obsolete and (e.msgctxt or "") == msgctxt), None)
        if entry is None:
            raise InputError(po_path, f"no entry with msgctxt {msgctxt!r}")
        try:
            line = approve_waiver(entry, checks, by) if approve else add_waiver(entry, checks, reason or "", by)
        except ValueError as exc:
            raise InputError(po_path, str(exc), entry.linenum) from None
        save_po(po, po_path)
    from . import history

    history.append(po_path, [history.event("waiver-approved" if approve else "waiver-proposed", msgctxt,
                                           history.Who(by or "(unnamed)"), comment=reason or "",
                                           checks=", ".join(checks))])
    return line


def suggest_lines(project, locale: str, handout: str, *, cutoff: float = 70.0,  # type: ignore[no-untyped-def]
                  everything: bool = False) -> list[str]:
    """Translation-memory suggestions (exact and fuzzy, from the locale's other catalogs), as text."""
    from .catalog import is_translated
    from .locales import resolve
    from .tm import Memory

    info = resolve(locale)
    path = project.po_path(info.tag, handout)
    if not path.exists():
        raise InputError(path, f"no catalog for {handout} in {info.tag}")
    memory = Memory.of_locale(path.parent, info, exclude=path)
    lines = []
    for e in parse_po(path):
        if e.obsolete or not e.msgid or e.msgid_plural or (is_translated(e) and not everything):
            continue
        hits = memory.suggest(e.msgid, cutoff=cutoff)
        if hits:
            lines.append(f"{e.msgctxt}: {e.msgid}")
            lines += [f"  {h.score:5.1f}%  {h.text}   ({h.origin})" for h in hits]
    lines.append(f"{sum(1 for ln in lines if not ln.startswith('  '))} entries with suggestions "
                 f"from {len(memory)} translations in {info.tag}")
    return lines
