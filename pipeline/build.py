"""``pipeline build``: the static site — one page per handout per language, and an index.

The first build writes the whole site to a fresh folder beside the destination
and swaps it in when complete.  Later builds know from the site's manifest what
each page was rendered from (content hashes): they render only the pages whose
inputs changed, into a folder beside the destination, and move them into place
only when every one was rendered — so a failed build leaves the previous site
as it was.  A destination that exists but was not built by this tool is never
touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .cache import Cache, digest, file_digest, fingerprint
from .checks import ERROR
from .errors import InputError
from .fonts import lang_css
from .fsutil import atomic_write
from .handout import SOURCE_LOCALE, Handout
from .locales import LocaleInfo, resolve
from .localize import Localizer
from .parallel import pmap
from .poreader import Catalog as PoCatalog
from .poreader import read_po
from .project import SITE_DOMAIN, Project
from .release import status_word
from .render import render_handout, render_index, stylesheet
from .review import fully_reviewed, review_counts
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
    rel: str  # where the page goes in the site
    key: str  # the hash of everything the page is rendered from (its manifest row)
    po: str  # catalog path
    site: str  # the locale's site catalog ("" when it has none)
    others: tuple[tuple[str, str, str], ...]  # the language switcher: (href, native name, bcp47)
    blocked: tuple[tuple[tuple[str, str], tuple[str, ...]], ...]  # entries shown in English, with why
    status: str = ""  # release status of a translation: draft, reviewed or ready (the English: "")

    @property
    def pdf_rel(self) -> str:
        return self.rel[:-len(".html")] + ".pdf"


@dataclass(frozen=True)
class PdfOptions:
    """How (and whether) the printable PDFs are made."""

    paper: str = "letter"  # letter or a4
    base_url: str = ""  # where the site is published: each PDF then carries a QR code of its page

    def key(self) -> str:
        return f"pdf:{self.paper}:{self.base_url}"


@dataclass(frozen=True)
class _HandoutJob:
    """Pages of one handout to render into ``staging``."""

    handout: Handout
    pages: tuple[_Page, ...]
    staging: str
    pdf: PdfOptions | None = None
    fonts_css: str = ""


def _site_catalog(path: str) -> PoCatalog | None:
    if not path:
        return None
    hit = _SITE_CATALOGS.get(path)
    if hit is None:
        hit = _SITE_CATALOGS[path] = read_po(Path(path))
    return hit


_SITE_CATALOGS: dict[str, PoCatalog] = {}


def _render_page(h: Handout, page: _Page, *, pdf: PdfOptions | None = None, for_print: bool = False) -> str:
    """The page's HTML (``for_print``: the PDF's version of it; ``pdf``: the PDFs are made, so link them)."""
    url = f"{pdf.base_url.rstrip('/')}/{page.rel}" if for_print and pdf and pdf.base_url else ""
    pdf_href = Path(page.pdf_rel).name if pdf is not None and not for_print else None
    if not page.po:
        return render_handout(h, Localizer(None), languages=list(page.others), english_href=None,
                              pdf=for_print, pdf_href=pdf_href, url=url)[0]
    info = resolve(page.tag)
    po = read_po(Path(page.po))
    blocked = {k: list(v) for k, v in page.blocked}
    loc = Localizer(info, po, _site_catalog(page.site), blocked=blocked)  # type: ignore[arg-type]
    status = loc.ui(f"status-{page.status}") if page.status else None
    return render_handout(h, loc, languages=list(page.others), english_href=f"../{SOURCE_DIR}/{h.id}.html",
                          home_href="index.html", draft=is_draft(po), pdf=for_print,  # type: ignore[arg-type]
                          pdf_href=pdf_href, url=url, status=status)[0]


def _print_css(h: Handout, page: _Page, job: _HandoutJob) -> str:
    from .digits import preferred
    from .pdf import page_counter_css, print_css

    assert job.pdf is not None
    info = resolve(page.tag) if page.tag else None
    blocked = {k: list(v) for k, v in page.blocked}
    loc = Localizer(info, None, _site_catalog(page.site), blocked=blocked) if info \
        else Localizer(None)  # type: ignore[arg-type]
    counter = page_counter_css(loc.ui("pdf-page", page="{page}", pages="{pages}").text, preferred(info))
    return (stylesheet() + job.fonts_css + print_css(job.pdf.paper)
            + f"@page {{ @bottom-right {{ content: {counter}; }} }}\n")


def _build_handout(job: _HandoutJob) -> int:
    """Render the job's pages (and their PDFs); return how many pages."""
    from .pdf import write_pdf

    for page in job.pages:
        dest = Path(job.staging) / page.rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(_render_page(job.handout, page, pdf=job.pdf), encoding="utf-8")
        if job.pdf is not None:
            html = _render_page(job.handout, page, pdf=job.pdf, for_print=True)
            (Path(job.staging) / page.pdf_rel).write_bytes(write_pdf(html, _print_css(job.handout, page, job)))
    return len(job.pages)


def _move_in(staging: Path, out: Path, rendered: list[str], furniture: dict[str, str],
             gone: list[str]) -> None:
    """Update a built site in place: rendered pages moved over their old versions (each an atomic
    rename), pages no longer built removed, then the index and the manifest."""
    for rel in rendered:
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / rel, dest)
    for rel in gone:
        with contextlib.suppress(OSError):
            (out / rel).unlink()
            (out / rel).parent.rmdir()  # only when now empty
    for rel, text in furniture.items():
        atomic_write(out / rel, text)


def _catalog_facts(paths: list[str], handouts: list[Handout], cache: Cache | None
                   ) -> dict[str, tuple[int, str]]:
    """For each catalog: how many entries carry a valid review mark, and its handout's title as
    translated ("" when untranslated or fuzzy) — remembered by the catalog's content hash."""
    cache = cache or Cache(None)
    title_of = {h.id: (h.title.context, h.title.text) for h in handouts}
    keys = {p: cache.key("facts", file_digest(p), repr(title_of.get(Path(p).stem))) for p in paths}
    hits = cache.get_many("facts", keys.values())
    out: dict[str, tuple[int, str]] = {}
    for path, key in keys.items():
        hit = hits.get(key)
        if hit is None:
            po = read_po(Path(path))
            reviewed, _total = review_counts(po)  # type: ignore[arg-type]
            want = title_of.get(Path(path).stem)
            title = next((e.msgstr for e in po if (e.msgctxt or "", e.msgid) == want and e.msgstr
                          and "fuzzy" not in e.flags), "")
            hit = (reviewed, title)
            cache.put("facts", key, hit)
        out[path] = (int(hit[0]), str(hit[1]))
    return out


def _pages_of(h: Handout, catalogs: dict[str, str], sites: dict[str, tuple[str, str]], dirs: dict[str, str],
              infos: dict[str, LocaleInfo], counts: dict[str, tuple[int, int, int]],
              blocked: dict[str, dict[tuple[str, str], list[str]]], stamp: str,
              statuses: dict[str, str]) -> list[_Page]:
    """The English page, then one page per language that has a catalog, each with its key.

    ``catalogs``: locale folder -> its LC_MESSAGES path; ``sites``: locale -> (site catalog path,
    its hash), ("", "") when it has none.
    """
    found = []
    for tag, folder in catalogs.items():
        po = f"{folder}/{h.id}.po"
        if po not in counts:
            if os.path.exists(po):
                raise InputError(Path(po), "catalog was not validated before the build")
            continue
        found.append((tag, po))
    switcher = tuple((f"../{dirs[tag]}/{h.id}.html", infos[tag].native_name, infos[tag].bcp47)
                     for tag, _ in found)
    # what the page shows, wherever the project lives: the handout is what its file's bytes say;
    # a language's switcher is this one without itself
    hkey = digest(stamp, file_digest(h.path), h.path.name, repr(switcher))
    pages = [_Page("", f"{SOURCE_DIR}/{h.id}.html", hkey, "", "", switcher, ())]
    for tag, po in found:
        site, site_digest = sites[tag]
        # the page's own failing entries and its language's failing site strings are shown in English
        failing = {**blocked.get(site, {}), **blocked.get(po, {})}
        rows = tuple((k, tuple(v)) for k, v in sorted(failing.items()))
        status = statuses.get(po, "draft")
        key = digest(hkey, tag, file_digest(po), site_digest, repr(rows) if rows else "", status)
        others = tuple(s for s in switcher if s[2] != infos[tag].bcp47)
        pages.append(_Page(tag, f"{dirs[tag]}/{h.id}.html", key, po, site, others, rows, status))
    return pages


def _files_under(folder: Path) -> set[str]:
    """Paths (relative, with "/") of the files in a built site: one listing per folder, no stat per page."""
    out: set[str] = set()
    stack = [("", str(folder))]
    while stack:
        prefix, path = stack.pop()
        with os.scandir(path) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((f"{prefix}{entry.name}/", entry.path))
                else:
                    out.add(prefix + entry.name)
    return out


def _index_page(rows: list[dict], columns: list[dict], tag: str, site: str,  # type: ignore[type-arg]
                dirs: dict[str, str], cache: Cache | None) -> str:
    """The index in one language (``tag``; "" for the English one), from ``cache`` when unchanged."""
    cache = cache or Cache(None)
    key = cache.key("index", tag, file_digest(site) if site else "", repr(rows), repr(columns), repr(dirs))
    html = cache.get("index", key)
    if html is None:
        info = resolve(tag) if tag else None
        loc = Localizer(info, None, _site_catalog(site)) if info else Localizer(None)  # type: ignore[arg-type]
        html = render_index(rows, columns, loc=loc, tag=tag, dirs=dirs)
        cache.put("index", key, html)
    return str(html)


def build_site(project: Project, out: Path, *, report: Report | None = None, locales: list[str] | None = None,
               handouts: list[Handout] | None = None, jobs: int | None = None,
               cache: Cache | None = None, pdf: PdfOptions | None = PdfOptions(),
               include_pseudo: bool = False) -> BuildReport:
    """Write the site to ``out``: one page per handout per language (and its PDF unless ``pdf`` is
    None), an index per language and the English one.

    Entries with validation errors are shown in English (``report``: a validation of these
    catalogs; run here when not given).  Pages are rendered in ``jobs`` processes; a page
    whose inputs are those it was last built from (the site's manifest) is left as it is.
    Pseudo-locales are left out unless ``include_pseudo``.
    """
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise InputError(out, "is a file; --out must be a folder")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError(out, "exists and was not built by this tool; choose another --out")
    if handouts is None:
        handouts = load_handouts(project.handout_paths(), cache, jobs)
    locale_tags = [t for t in (locales or project.locales()) if include_pseudo or not resolve(t).is_pseudo]
    infos = {tag: resolve(tag) for tag in locale_tags}
    if report is None:
        paths = [p for tag in locale_tags for d in [h.id for h in handouts] + [SITE_DOMAIN]
                 if (p := project.po_path(tag, d)).exists()]
        report = validate(paths, display_root=project.root, jobs=jobs, cache=cache)
    counts = {r.path: (r.translated, r.fuzzy, r.total) for r in report.catalogs}
    blocked = blocked_from(report)
    dirs = {tag: infos[tag].bcp47 for tag in locale_tags}
    fonts_css = lang_css([*locale_tags, SOURCE_LOCALE])
    old_manifest: dict[str, str] = {}
    if (out / MANIFEST).is_file():
        with contextlib.suppress(ValueError, OSError):
            old_manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-{os.getpid()}-", dir=out.parent))
    try:
        result = BuildReport(out=out)
        manifest: dict[str, str] = {}
        rows = []
        work = []
        in_place = bool(old_manifest) and (out / MARKER).exists()  # else: a whole new site, swapped in
        stamp = fingerprint() + (pdf.key() if pdf is not None else "")
        catalogs = {tag: project.catalog_dir(tag) for tag in locale_tags}
        sites = {tag: (str(site), file_digest(site)) if (site := project.po_path(tag, SITE_DOMAIN)).exists()
                 else ("", "") for tag in locale_tags}
        rendered: list[str] = []
        present = _files_under(out) if in_place else set()
        facts = _catalog_facts([f"{catalogs[t]}/{h.id}.po" for h in handouts for t in locale_tags
                                if f"{catalogs[t]}/{h.id}.po" in counts], handouts, cache)
        statuses = {po: status_word(total - translated - fuzzy, fuzzy, len(blocked.get(po, {})),
                                    total - facts[po][0])
                    for po, (translated, fuzzy, total) in counts.items() if po in facts}
        for h in handouts:
            pages = _pages_of(h, catalogs, sites, dirs, infos, counts, blocked, stamp, statuses)
            english = pages[0]
            manifest.update((p.rel, p.key) for p in pages)
            if pdf is not None:
                manifest.update((p.pdf_rel, p.key) for p in pages)
            todo = tuple(p for p in pages if not in_place or old_manifest.get(p.rel) != p.key
                         or p.rel not in present or (pdf is not None and p.pdf_rel not in present))
            if todo:
                work.append(_HandoutJob(h, todo, str(staging), pdf, fonts_css))
                rendered += [p.rel for p in todo] + ([p.pdf_rel for p in todo] if pdf is not None else [])
            pages = pages[1:]
            result.pages += 1 + len(pages)
            cells: list[dict | None] = []  # type: ignore[type-arg]
            by_tag = {p.tag: p for p in pages}
            titles = {"": h.title.text}
            for tag in locale_tags:
                page = by_tag.get(tag)
                if page is None:
                    cells.append(None)
                    continue
                translated, fuzzy, total = counts[page.po]
                n_blocked = len(page.blocked)
                percent = int(100 * (translated - n_blocked) / total) if total else 100
                b = result.per_locale.setdefault(tag, LocaleBuild())
                b.pages += 1
                b.untranslated += total - translated - fuzzy
                b.fuzzy += fuzzy
                b.blocked += n_blocked
                if (h.title.context, h.title.text) not in dict(page.blocked) and facts[page.po][1]:
                    titles[tag] = facts[page.po][1]
                cells.append({"tag": tag, "href": page.rel, "percent": percent, "fuzzy": fuzzy,
                              "untranslated": total - translated - fuzzy, "blocked": n_blocked,
                              "status": page.status, "name": infos[tag].english_name})
            rows.append({"id": h.id, "titles": titles, "english_href": english.rel, "cells": cells})
        pmap(_build_handout, work, jobs, weights=[float(len(j.pages)) * (3 if pdf else 1) for j in work])
        columns = [{"tag": t, "bcp47": infos[t].bcp47, "native": infos[t].native_name} for t in locale_tags]
        furniture = {"style.css": stylesheet() + fonts_css, MARKER: "built by handouts-pipeline\n",
                     MANIFEST: json.dumps(manifest, sort_keys=True, indent=0) + "\n"}
        for tag in ["", *locale_tags]:
            rel = "index.html" if not tag else f"{dirs[tag]}/index.html"
            furniture[rel] = _index_page(rows, columns, tag, sites.get(tag, ("", ""))[0], dirs, cache)
        if in_place:
            _move_in(staging, out, rendered, furniture, sorted(set(old_manifest) - set(manifest)))
            shutil.rmtree(staging)
        else:
            for rel, text in furniture.items():
                (staging / rel).write_text(text, encoding="utf-8")
            os.chmod(staging, 0o755)
            _swap_in(staging, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
        raise
    return result
