"""The whole job (``pipeline all``) and small editing commands shared by the CLI and the editor."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import steps
from .build import build_site
from .catalog import parse_po, save_po
from .errors import InputError
from .locales import resolve
from .validate import blocked_entries, validate
from .waivers import add_waiver


def run_all(project, out: Path) -> int:  # type: ignore[no-untyped-def]
    """extract → update → validate → compile → build; print a summary per locale."""
    console = Console(stderr=True, highlight=False)
    lines: list[str] = []
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("extract", total=5)
        lines += steps.extract(project).lines
        progress.update(task, advance=1, description="update")
        lines += steps.update(project).lines
        pseudo = [loc for loc in project.locales() if resolve(loc).is_pseudo]
        if pseudo:  # generated catalogs follow the templates rather than being merged
            lines += steps.pseudo(project, pseudo).lines
        progress.update(task, advance=1, description="validate")
        report = validate([project.locales_dir], project.handout_paths(), display_root=project.root)
        progress.update(task, advance=1, description="compile")
        lines += steps.compile_catalogs(project).lines
        progress.update(task, advance=1, description="build")
        built = build_site(project, out, blocker=blocked_entries)
        progress.update(task, advance=1)
    for line in lines:
        print(line)
    errors = Counter(f.locale for f in report.findings if f.severity == "error")
    warnings = Counter(f.locale for f in report.findings if f.severity == "warning")
    print(f"validate: {report.files} catalogs, {report.entries} entries: {report.errors} errors, "
          f"{report.warnings} warnings")
    print(built.lines()[0])
    print(f"{'locale':<9} {'pages':>5} {'translated':>10} {'fuzzy':>5} {'untransl.':>9} {'errors':>6} {'warnings':>8}")
    for tag in project.locales():
        b = built.per_locale.get(tag)
        total = translated = fuzzy = 0
        for domain in project.domains():
            path = project.po_path(tag, domain)
            if path.exists():
                t, f, n = steps.completion(parse_po(path))
                translated, fuzzy, total = translated + t, fuzzy + f, total + n
        pages = b.pages if b else 0
        print(f"{tag:<9} {pages:>5} {translated:>5}/{total:<4} {fuzzy:>5} {total - translated - fuzzy:>9} "
              f"{errors.get(tag, 0):>6} {warnings.get(tag, 0):>8}")
    if report.errors:
        print(f"{report.errors} validation errors: the affected messages are shown in English on the site; "
              "run 'python -m pipeline validate' for details")
    return 1 if report.errors else 0


def waive(po_path: Path, msgctxt: str, checks: list[str], reason: str) -> str:
    po = parse_po(po_path)
    entry = next((e for e in po if not e.obsolete and (e.msgctxt or "") == msgctxt), None)
    if entry is None:
        raise InputError(po_path, f"no entry with msgctxt {msgctxt!r}")
    try:
        line = add_waiver(entry, checks, reason)
    except ValueError as exc:
        raise InputError(po_path, str(exc), entry.linenum) from None
    save_po(po, po_path)
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
    memory = Memory.from_catalogs(sorted(path.parent.glob("*.po")), exclude=path)
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
