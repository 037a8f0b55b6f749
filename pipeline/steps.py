"""The pipeline's steps over a project: extract, init, update, compile.

Each step reads everything first and writes only when all inputs were good,
through one atomic transaction, so a failed run leaves the previous files as
they were.  Each returns a small report for the CLI and the editor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .cache import Cache, digest, digest_if_exists, file_digest
from .catalog import WRAP, has_translation, is_translated, ordered_metadata, parse_po, read_catalog_text, render_po
from .errors import InputError
from .extract import GENERATOR, templates
from .fsutil import ABSENT, transaction
from .handout import Handout
from .inputs import read_input
from .locales import LocaleInfo, resolve
from .merge import MergeStats, merge, same_catalog
from .mo import compile_mo
from .parallel import pmap, pmap_iter
from .poreader import read_po
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


def extract(project: Project, handouts: list[Handout] | None = None, cache: Cache | None = None) -> StepReport:
    """Write ``locales/<domain>.pot`` for every handout and the site strings."""
    report = StepReport()
    pots = templates(project, handouts, cache)
    stale = [p for p in project.locales_dir.glob("*.pot") if p.stem not in pots]
    with transaction() as tx:
        for domain, text in pots.items():
            if text is not None:  # None: the file already holds it
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
    return _template_at(project.pot_path(domain))


def _template_at(path: Path) -> polib.POFile:
    if not path.exists():
        raise InputError(path, "template missing; run 'python -m pipeline extract' first")
    return parse_po(path)


def _template_digest(project: Project, domain: str) -> str:
    path = project.pot_path(domain)
    found = digest_if_exists(path)
    if found is None:
        raise InputError(path, "template missing; run 'python -m pipeline extract' first")
    return found


def init(project: Project, locale: str, domains: list[str] | None = None) -> StepReport:
    """Create missing catalogs for ``locale``; existing ones are never overwritten."""
    info = resolve(locale)
    report = StepReport()
    domains = domains or project.domains()
    memory = Memory.of_locale(project.locales_dir / info.tag / "LC_MESSAGES", info)
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
            tx.write(dest, render_po(po), base=ABSENT)  # never over a catalog another writer just made
    report.changed = list(tx.changed)
    report.lines.insert(0, f"init {info.tag}: {len(report.changed)} catalogs created")
    return report


@dataclass(frozen=True)
class _LocaleMerge:
    """One locale's share of ``update``, done in a worker."""

    tag: str
    todo: tuple[tuple[str, str, bool], ...]  # (domain, catalog path, exists)
    pot_dir: str
    folder: str  # the locale's LC_MESSAGES, for the translation memory
    fuzzy_matching: bool
    memory_fill: bool


#: templates parsed in this (worker) process, by path and contents: each is parsed once, not once a locale
_TEMPLATES: dict[tuple[str, bytes], polib.POFile] = {}


def _template_cached(path: Path) -> polib.POFile:
    if not path.exists():
        raise InputError(path, "template missing; run 'python -m pipeline extract' first")
    data = path.read_bytes()
    key = (str(path), hashlib.blake2b(data, digest_size=16).digest())
    pot = _TEMPLATES.get(key)
    if pot is None:
        if len(_TEMPLATES) > 4096:
            _TEMPLATES.clear()
        pot = _TEMPLATES[key] = parse_po(path, read_catalog_text(path, data))
    return pot


def _merge_locale(job: _LocaleMerge) -> list[tuple[str, str | None, MergeStats, bool, str]]:
    """(path, new text or None when unchanged, stats, complete, base) for each catalog of the job.

    ``complete``: nothing is left untranslated, so the translation memory has nothing to add; ``base``:
    the hash of the catalog as read (:data:`~pipeline.fsutil.ABSENT` for a new one), so that the write
    is refused if another writer (an editor save) changed it meanwhile.
    """
    info = resolve(job.tag)
    memory: Memory | None = None
    out: list[tuple[str, str | None, MergeStats, bool, str]] = []
    for domain, path_s, exists in job.todo:
        path = Path(path_s)
        pot = _template_cached(Path(job.pot_dir) / f"{domain}.pot")
        old = None
        base = ABSENT
        if exists:
            data = read_input(path)
            base = digest(data)
            old = parse_po(path, read_catalog_text(path, data))
            lang = old.metadata.get("Language")
            if lang and resolve(lang, path).data_code != info.data_code:
                raise InputError(path, f"header says Language: {lang}, but the folder is {job.tag}")
            new, stats = merge(pot, old, nplurals=info.nplurals, fuzzy_matching=job.fuzzy_matching)
        else:
            new = new_catalog(pot, info, domain)
            stats = MergeStats(new=len(pot))
        complete = all(has_translation(e) for e in new if not e.obsolete and e.msgid)
        if job.memory_fill and not complete:
            if memory is None:  # built once per locale, and only when something is left to fill
                memory = Memory.of_locale(Path(job.folder), resolve(job.tag), fuzzy=False)
            stats.memory = fill_from_memory(new, memory, path.name)
            stats.new -= stats.memory
        unchanged = old is not None and same_catalog(old, new)
        out.append((path_s, None if unchanged else render_po(new), stats, complete, base))
    return out


def _merge_again(job: _LocaleMerge, domain: str, path: str) -> str | None:
    """The merge of one catalog made again from what it holds now (called under its lock)."""
    exists = os.path.exists(path)
    [(_, text, _stats, _complete, _base)] = _merge_locale(dataclasses.replace(job, todo=((domain, path, exists),)))
    return text


def update(project: Project, locales: list[str] | None = None, *,
           fuzzy_matching: bool = True, init_missing: bool = False, memory_fill: bool = True,
           jobs: int | None = None, cache: Cache | None = None) -> StepReport:
    """Merge every template into every existing catalog (``init_missing``: create the others).

    With ``memory_fill``, entries still untranslated are pre-filled (as fuzzy) from the
    same locale's other catalogs when the exact English was translated there.  Locales are
    merged in ``jobs`` worker processes.  A catalog whose template and contents are those
    of an earlier merge that left nothing untranslated is not merged again: the merge would
    give it back unchanged (``cache``).
    """
    report = StepReport()
    cache = cache or Cache(None)
    locales = [loc for loc in (locales or project.locales()) if not resolve(loc).is_pseudo]
    domains = project.domains()
    pots = {d: _template_digest(project, d) for d in domains}
    options = f"fuzzy={fuzzy_matching} memory={memory_fill}"
    jobs_list: list[_LocaleMerge] = []
    candidates: dict[str, list[tuple[str, str, bool, str]]] = {}  # locale -> (domain, path, exists, key)
    for loc in locales:
        folder = project.catalog_dir(loc)
        mine = candidates[loc] = []
        for domain in domains:
            path = f"{folder}/{domain}.po"
            if (found := digest_if_exists(path)) is not None:
                mine.append((domain, path, True, cache.key("update", loc, domain, pots[domain], found, options)))
            elif init_missing:
                mine.append((domain, path, False, ""))
    settled = cache.get_many("update", [c[3] for mine in candidates.values() for c in mine if c[3]])
    skipped: dict[str, int] = {}
    for loc, mine in candidates.items():
        todo = tuple((domain, path, exists) for domain, path, exists, key in mine if key not in settled)
        if len(todo) < len(mine):
            skipped[loc] = len(mine) - len(todo)
        if todo:
            jobs_list.append(_LocaleMerge(loc, todo, str(project.locales_dir), project.catalog_dir(loc),
                                          fuzzy_matching, memory_fill))
    per_locale: dict[str, MergeStats] = {}
    with transaction() as tx:  # each locale's catalogs are staged as they arrive, not held
        for job, merged in zip(jobs_list, pmap_iter(_merge_locale, jobs_list, jobs), strict=True):
            total = per_locale.setdefault(job.tag, MergeStats())
            for (domain, _p, _e), (path_s, text, stats, complete, base) in zip(job.todo, merged, strict=True):
                for name in ("kept", "moved", "fuzzy_edited", "fuzzy_matched", "new", "obsoleted", "memory"):
                    setattr(total, name, getattr(total, name) + getattr(stats, name))
                if text is not None:
                    # renamed into place under the catalog's lock only if no save changed it since it was
                    # read; else merged again from what the save left
                    tx.write(Path(path_s), text, base=base,
                             redo=functools.partial(_merge_again, job, domain, path_s))
                if complete:  # merging again would change nothing: remember that
                    done = digest(text.encode()) if text is not None else file_digest(Path(path_s))
                    cache.put("update", cache.key("update", job.tag, domain, pots[domain], done, options), True)
    cache.commit()
    report.changed = list(tx.changed)
    n = sum(len(j.todo) for j in jobs_list) + sum(skipped.values())
    report.lines.append(f"update: {n} catalogs, {len(report.changed)} changed"
                        + (f" ({sum(skipped.values())} unchanged since the last merge, not re-read)"
                           if skipped else ""))
    for loc in locales:
        if loc in per_locale:
            report.lines.append(f"  {loc}: {per_locale[loc].summary()}")
    return report


def _compile_one(path_s: str) -> tuple[bytes, int]:
    return compile_mo(read_po(Path(path_s)))


def compile_catalogs(project: Project, locales: list[str] | None = None, *,
                     jobs: int | None = None, cache: Cache | None = None) -> StepReport:
    """Write ``<domain>.mo`` beside every catalog (translated, non-fuzzy entries).

    Catalogs are compiled in ``jobs`` processes; one whose MO file is what its current
    contents compile to (``cache``: by the hashes of both files) is left alone.
    """
    report = StepReport()
    cache = cache or Cache(None)
    pairs: list[tuple[str, str, str]] = []  # (po, mo, key)
    domains = project.domains()
    for loc in locales or project.locales():
        resolve(loc)
        folder = project.catalog_dir(loc)
        for domain in domains:
            path = f"{folder}/{domain}.po"
            if (found := digest_if_exists(path)) is not None:
                pairs.append((path, f"{folder}/{domain}.mo", cache.key("mo", found)))
    known = cache.get_many("mo", [k for *_, k in pairs])
    todo: list[tuple[str, str, str]] = []
    messages = 0
    for po, mo, key in pairs:
        hit = known.get(key)
        if hit is not None and digest_if_exists(mo) == hit[0]:
            messages += hit[1]
        else:
            todo.append((po, mo, key))
    built = pmap(_compile_one, [po for po, _, _ in todo], jobs)
    with transaction() as tx:
        for (_po, mo, key), (data, n) in zip(todo, built, strict=True):
            tx.write(mo, data)
            cache.put("mo", key, (digest(data), n))
            messages += n
    cache.commit()
    report.changed = list(tx.changed)
    report.lines.append(f"compile: {len(pairs)} MO files ({messages} messages), {len(report.changed)} changed")
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
