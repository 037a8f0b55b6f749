"""``pipeline build``: the static site — one page per handout per language, and an index.

The site is written to a fresh folder beside the destination and swapped in
only when complete, so a failed build leaves the previous site intact.  A
destination that exists but was not built by this tool is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .catalog import parse_po
from .errors import InputError
from .handout import Handout, load_handout
from .locales import LocaleInfo, resolve
from .localize import Localizer
from .project import SITE_DOMAIN, Project
from .render import render_handout, render_index, stylesheet
from .review import fully_reviewed
from .steps import completion

MARKER = ".handouts-site"
SOURCE_DIR = "en-CA"

#: (catalog, locale) -> {(msgctxt, msgid): [error messages]} for entries not to publish
Blocker = Callable[[polib.POFile, LocaleInfo], dict[tuple[str, str], list[str]]]


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


def build_site(project: Project, out: Path, *, blocker: Blocker | None = None,
               locales: list[str] | None = None) -> BuildReport:
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise InputError(out, "is a file; --out must be a folder")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError(out, "exists and was not built by this tool; choose another --out")
    handouts: list[Handout] = [load_handout(p) for p in project.handout_paths()]
    locale_tags = locales or project.locales()
    infos = {tag: resolve(tag) for tag in locale_tags}
    catalogs: dict[tuple[str, str], polib.POFile] = {}
    for tag in locale_tags:
        for domain in [h.id for h in handouts] + [SITE_DOMAIN]:
            path = project.po_path(tag, domain)
            if path.exists():
                catalogs[(tag, domain)] = parse_po(path)

    report = BuildReport(out=out)
    files: dict[str, str] = {"style.css": stylesheet(), MARKER: "built by handouts-pipeline\n"}
    dirs = {tag: infos[tag].bcp47 for tag in locale_tags}
    rows = []
    for h in handouts:
        available = [t for t in locale_tags if (t, h.id) in catalogs]
        switcher = [(f"../{dirs[t]}/{h.id}.html", infos[t].native_name, infos[t].bcp47) for t in available]
        english = Localizer(None)
        html, _ = render_handout(h, english, languages=switcher, english_href=None)
        files[f"{SOURCE_DIR}/{h.id}.html"] = html
        report.pages += 1
        cells = []
        for tag in locale_tags:
            po = catalogs.get((tag, h.id))
            if po is None:
                cells.append(None)
                continue
            info = infos[tag]
            blocked = blocker(po, info) if blocker else {}
            loc = Localizer(info, po, catalogs.get((tag, SITE_DOMAIN)), blocked=blocked)
            others = [s for s in switcher if s[2] != info.bcp47]
            page, _fallbacks = render_handout(
                h, loc, languages=others, english_href=f"../{SOURCE_DIR}/{h.id}.html", draft=is_draft(po))
            files[f"{dirs[tag]}/{h.id}.html"] = page
            report.pages += 1
            stats = report.per_locale.setdefault(tag, LocaleBuild())
            stats.pages += 1
            translated, fuzzy, total = completion(po)
            n_blocked = len(blocked)
            stats.fuzzy += fuzzy
            stats.untranslated += total - translated - fuzzy
            stats.blocked += n_blocked
            percent = int(100 * (translated - n_blocked) / total) if total else 100
            css = "cell-blocked" if n_blocked else ("cell-full" if percent == 100 else "cell-partial")
            cells.append({"href": f"{dirs[tag]}/{h.id}.html", "percent": percent, "fuzzy": fuzzy,
                          "blocked": n_blocked, "css": css, "name": info.english_name})
        rows.append({"id": h.id, "title": h.title.text, "english_href": f"{SOURCE_DIR}/{h.id}.html",
                     "cells": cells})
    columns = [{"tag": t, "bcp47": infos[t].bcp47, "native": infos[t].native_name} for t in locale_tags]
    files["index.html"] = render_index(rows, columns, loc=Localizer(None))

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel, text in files.items():
            dest = staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8")
        os.chmod(staging, 0o755)
        _swap_in(staging, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
        raise
    return report
