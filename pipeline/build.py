"""``pipeline build``: the static site — one page per handout per language, and an index.

The site is written to a fresh folder beside the destination and swapped in
only when complete, so a failed build leaves the previous site intact.  A
destination that exists but was not built by this tool is never replaced.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .cache import Cache, digest, file_digest, fingerprint
from .checks import ERROR
from .errors import InputError
from .handout import Handout
from .locales import LocaleInfo, resolve
from .localize import Localizer
from .parallel import pmap
from .poreader import Catalog as PoCatalog
from .poreader import read_po
from .project import SITE_DOMAIN, Project
from .render import render_handout, render_index, stylesheet
from .review import fully_reviewed
from .sources import load_handouts
from .validate import Report, validate

MARKER = ".handouts-site"
SOURCE_DIR = "en-CA"



@dataclass
class LocaleBuild:
    pages: int = 0
    untranslated: int = 0
    fuzzy: int = 0
    blocked: int = 0


@dataclass
class BuildReport:
    out: Path
    pages: int = 0
    per_locale: dict[str, LocaleBuild] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"build: {self.pages} pages in {self.out}"]
        for loc, b in self.per_locale.items():
            fb = b.untranslated + b.fuzzy + b.blocked
            detail = (f"{fb} messages shown in English ({b.untranslated} untranslated, {b.fuzzy} fuzzy, "
                      f"{b.blocked} blocked by validation)" if fb else "fully translated")
            out.append(f"  {loc}: {b.pages} pages, {detail}")
        return out


def is_draft(po: polib.POFile) -> bool:
    """A catalog is a draft until every entry carries a valid review mark (see :mod:`pipeline.review`)."""
    return not fully_reviewed(po)


def _swap_in(staging: Path, out: Path) -> None:
    if out.exists():
        if not (out / MARKER).exists():
            raise InputError(out, "exists and was not built by this tool; choose another --out")
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out)


#: relpath -> the hash of everything a page was rendered from, in every built site
MANIFEST = ".handouts-manifest.json"


def blocked_from(report: Report) -> dict[str, dict[tuple[str, str], list[str]]]:
    """Catalog path -> the entries with error findings (not to be published), from a validation report."""
    by_display = {r.display: r.path for r in report.catalogs}
    out: dict[str, dict[tuple[str, str], list[str]]] = {}
    for f in report.findings:
        if f.severity == ERROR and f.path in by_display:
            out.setdefault(by_display[f.path], {}).setdefault((f.msgctxt, f.msgid), []).append(
                f"{f.check}: {f.message}")
    return out


@dataclass(frozen=True)
class _Page:
    """A handout in one language, with what its page depends on."""

    tag: str
    po: str  # catalog path
    site: str  # the locale's site catalog ("" when it has none)
    counts: tuple[int, int, int]  # translated, fuzzy, total


@dataclass(frozen=True)
class _HandoutJob:
    handout: Handout
    pages: tuple[_Page, ...]
    blocked: tuple[tuple[str, tuple[tuple[tuple[str, str], tuple[str, ...]], ...]], ...]  # per catalog path
    staging: str
    old: str  # the previous site ("" when none), whose unchanged pages are linked, not rendered
    old_manifest: tuple[tuple[str, str], ...]
    dirs: tuple[tuple[str, str], ...]  # tag -> bcp47 folder


def _site_catalog(path: str) -> PoCatalog | None:
    if not path:
        return None
    hit = _SITE_CATALOGS.get(path)
    if hit is None:
        hit = _SITE_CATALOGS[path] = read_po(Path(path))
    return hit


_SITE_CATALOGS: dict[str, PoCatalog] = {}


def _place(job: _HandoutJob, rel: str, key: str, old: dict[str, str], render: Callable[[], str]) -> None:
    """Link the previous site's page when its inputs are the same, else render it."""
    dest = Path(job.staging) / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    if job.old and old.get(rel) == key:
        try:
            os.link(Path(job.old) / rel, dest)
            return
        except OSError:
            pass  # gone or on another file system: render it again
    dest.write_text(render(), encoding="utf-8")


def _build_handout(job: _HandoutJob) -> tuple[dict[str, str], list[tuple[str, int, int, int, int, int]]]:
    """Write one handout's pages; return their manifest rows and (tag, pages, untranslated, fuzzy, blocked,
    percent) per language."""
    h = job.handout
    dirs = dict(job.dirs)
    old = dict(job.old_manifest)
    blocked_by = {path: {k: list(v) for k, v in rows} for path, rows in job.blocked}
    infos = {p.tag: resolve(p.tag) for p in job.pages}
    switcher = [(f"../{dirs[p.tag]}/{h.id}.html", infos[p.tag].native_name, infos[p.tag].bcp47) for p in job.pages]
    # what the page shows, wherever the project lives
    hkey = digest(repr(dataclasses.replace(h, path=Path(h.path.name))))
    manifest: dict[str, str] = {}
    rel = f"{SOURCE_DIR}/{h.id}.html"
    manifest[rel] = digest(fingerprint(), hkey, repr(switcher))
    _place(job, rel, manifest[rel], old,
           lambda: render_handout(h, Localizer(None), languages=switcher, english_href=None)[0])
    stats = []
    for page in job.pages:
        info = infos[page.tag]
        blocked = blocked_by.get(page.po, {})
        others = [s for s in switcher if s[2] != info.bcp47]
        rel = f"{dirs[page.tag]}/{h.id}.html"
        site_digest = file_digest(Path(page.site)) if page.site else ""
        manifest[rel] = digest(fingerprint(), hkey, file_digest(Path(page.po)), site_digest, repr(others),
                               repr(sorted(blocked.items())))

        def render(page: _Page = page, info: LocaleInfo = info, blocked: dict = blocked,  # type: ignore[type-arg]
                   others: list = others) -> str:  # type: ignore[type-arg]
            po = read_po(Path(page.po))
            loc = Localizer(info, po, _site_catalog(page.site), blocked=blocked)  # type: ignore[arg-type]
            return render_handout(h, loc, languages=others, english_href=f"../{SOURCE_DIR}/{h.id}.html",
                                  draft=is_draft(po))[0]  # type: ignore[arg-type]

        _place(job, rel, manifest[rel], old, render)
        translated, fuzzy, total = page.counts
        n_blocked = len(blocked)
        percent = int(100 * (translated - n_blocked) / total) if total else 100
        stats.append((page.tag, total - translated - fuzzy, fuzzy, n_blocked, percent, translated))
    return manifest, stats


def build_site(project: Project, out: Path, *, report: Report | None = None, locales: list[str] | None = None,
               handouts: list[Handout] | None = None, jobs: int | None = None,
               cache: Cache | None = None) -> BuildReport:
    """Write the site to ``out``: one page per handout per language, and an index.

    Entries with validation errors are shown in English (``report``: a validation of these
    catalogs; run here when not given).  Pages are rendered in ``jobs`` processes; a page
    whose inputs are those of the previous build is linked from it instead of rendered.
    """
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise InputError(out, "is a file; --out must be a folder")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError(out, "exists and was not built by this tool; choose another --out")
    if handouts is None:
        handouts = load_handouts(project.handout_paths(), cache, jobs)
    locale_tags = locales or project.locales()
    infos = {tag: resolve(tag) for tag in locale_tags}
    if report is None:
        paths = [p for tag in locale_tags for d in [h.id for h in handouts] + [SITE_DOMAIN]
                 if (p := project.po_path(tag, d)).exists()]
        report = validate(paths, display_root=project.root, jobs=jobs, cache=cache)
    counts = {r.path: (r.translated, r.fuzzy, r.total) for r in report.catalogs}
    blocked = blocked_from(report)
    dirs = {tag: infos[tag].bcp47 for tag in locale_tags}
    old_manifest: dict[str, str] = {}
    if (out / MANIFEST).is_file():
        with contextlib.suppress(ValueError, OSError):
            old_manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        work = []
        for h in handouts:
            pages = []
            for tag in locale_tags:
                po = project.po_path(tag, h.id)
                if not po.exists():
                    continue
                site = project.po_path(tag, SITE_DOMAIN)
                if str(po) not in counts:
                    raise InputError(po, "catalog was not validated before the build")
                pages.append(_Page(tag, str(po), str(site) if site.exists() else "", counts[str(po)]))
            blocked_rows = tuple((p.po, tuple((k, tuple(v)) for k, v in sorted(blocked[p.po].items())))
                                 for p in pages if p.po in blocked)
            prefix = {f"{SOURCE_DIR}/{h.id}.html"} | {f"{dirs[p.tag]}/{h.id}.html" for p in pages}
            work.append(_HandoutJob(h, tuple(pages), blocked_rows, str(staging), str(out) if old_manifest else "",
                                    tuple((k, v) for k, v in old_manifest.items() if k in prefix),
                                    tuple(dirs.items())))
        done = pmap(_build_handout, work, jobs)
        result = BuildReport(out=out)
        manifest: dict[str, str] = {}
        rows = []
        for h, (page_keys, stats) in zip(handouts, done, strict=True):
            manifest.update(page_keys)
            result.pages += 1 + len(stats)
            by_tag = {s[0]: s for s in stats}
            cells = []
            for tag in locale_tags:
                if tag not in by_tag:
                    cells.append(None)
                    continue
                _, untranslated, fuzzy, n_blocked, percent, _translated = by_tag[tag]
                b = result.per_locale.setdefault(tag, LocaleBuild())
                b.pages += 1
                b.untranslated += untranslated
                b.fuzzy += fuzzy
                b.blocked += n_blocked
                css = "cell-blocked" if n_blocked else ("cell-full" if percent == 100 else "cell-partial")
                cells.append({"href": f"{dirs[tag]}/{h.id}.html", "percent": percent, "fuzzy": fuzzy,
                              "blocked": n_blocked, "css": css, "name": infos[tag].english_name})
            rows.append({"id": h.id, "title": h.title.text, "english_href": f"{SOURCE_DIR}/{h.id}.html",
                         "cells": cells})
        columns = [{"tag": t, "bcp47": infos[t].bcp47, "native": infos[t].native_name} for t in locale_tags]
        for rel, text in {"style.css": stylesheet(), MARKER: "built by handouts-pipeline\n",
                          "index.html": render_index(rows, columns, loc=Localizer(None)),
                          MANIFEST: json.dumps(manifest, sort_keys=True, indent=0) + "\n"}.items():
            (staging / rel).write_text(text, encoding="utf-8")
        os.chmod(staging, 0o755)
        _swap_in(staging, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
        raise
    return result
