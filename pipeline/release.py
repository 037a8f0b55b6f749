"""The release gate: is a selection of catalogs safe and ready to publish?

A catalog is releasable when every entry is translated, none is fuzzy, the
validator finds no error and every entry carries a valid review mark.  The
gate prints what blocks each catalog and writes a machine-readable manifest
of what may be published.  ``--shard K/N`` spreads a large library over a CI
job matrix: each catalog belongs to exactly one shard, by a stable hash, so
adding a catalog does not move the others.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import InputError
from .fsutil import atomic_write
from .locales import resolve
from .parallel import pmap
from .project import Project


@dataclass
class Gate:
    locale: str
    handout: str
    path: str
    entries: int = 0
    untranslated: int = 0
    fuzzy: int = 0
    errors: int = 0  # entries with at least one validation error
    unreviewed: int = 0
    sha256: str = ""
    blockers: list[str] = field(default_factory=list)

    @property
    def releasable(self) -> bool:
        return not self.blockers

    @property
    def status(self) -> str:
        return status_word(self.untranslated, self.fuzzy, self.errors, self.unreviewed)


def status_word(untranslated: int, fuzzy: int, errors: int, unreviewed: int) -> str:
    """What a translation is, in one word, by the rules of the release gate: ``ready`` (releasable),
    ``reviewed`` (every entry approved, but something else blocks it) or ``draft``."""
    if not (untranslated or fuzzy or errors or unreviewed):
        return "ready"
    return "draft" if unreviewed else "reviewed"


def parse_shard(text: str) -> tuple[int, int]:
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise InputError("--shard", f"{text!r} is not K/N (for example 2/8)") from None
    if not 1 <= k <= n:
        raise InputError("--shard", f"{text!r}: K must be between 1 and N")
    return k, n


def in_shard(locale: str, handout: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    k, n = shard
    digest = int(hashlib.sha256(f"{locale}/{handout}".encode()).hexdigest()[:12], 16)
    return digest % n == k - 1


def gate(project: Project, locale: str, handout: str) -> Gate:
    from .editing import catalog_status  # the editor's overview counts, so both agree

    info = resolve(locale)
    path = project.po_path(info.tag, handout)
    st = catalog_status(project, info.tag, handout)
    if st is None:
        raise InputError(path, "no such catalog")
    g = Gate(info.tag, handout, project.rel(path), entries=st.total, untranslated=st.untranslated,
             fuzzy=st.fuzzy, errors=st.errors, unreviewed=st.total - st.reviewed,
             sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    if g.untranslated:
        g.blockers.append(f"{g.untranslated} untranslated")
    if g.fuzzy:
        g.blockers.append(f"{g.fuzzy} fuzzy")
    if g.errors:
        g.blockers.append(f"{g.errors} entries with validation errors")
    if g.unreviewed:
        g.blockers.append(f"{g.unreviewed} of {g.entries} entries not reviewed")
    return g


def _gate_job(job: tuple[Path, str, str]) -> Gate:
    root, locale, handout = job
    return gate(Project(root), locale, handout)


def release_check(project: Project, *, locales: list[str] | None = None, handouts: list[str] | None = None,
                  shard: tuple[int, int] | None = None, jobs: int | None = None) -> list[Gate]:
    """The gate of every selected catalog (checked in ``jobs`` processes), in locale, handout order."""
    all_locales = project.locales()
    for loc in locales or []:
        if resolve(loc).tag not in all_locales:
            raise InputError("--locale", f"no catalogs for locale {loc!r} (have: {', '.join(all_locales)})")
    domains = project.domains()
    for h in handouts or []:
        if h not in domains:
            raise InputError("--handout", f"no handout {h!r} (have: {', '.join(domains)})")
    chosen_locales = [resolve(loc).tag for loc in locales] if locales else all_locales
    chosen = [(project.root, loc, domain) for loc in chosen_locales for domain in handouts or domains
              if project.po_path(loc, domain).exists() and in_shard(loc, domain, shard)]
    return pmap(_gate_job, chosen, jobs)


def manifest(gates: list[Gate], selection: dict[str, object]) -> str:
    data = {
        "selection": selection,
        "releasable": [{k: v for k, v in asdict(g).items() if k != "blockers"} for g in gates if g.releasable],
        "blocked": [asdict(g) for g in gates if not g.releasable],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_manifest(path: Path, gates: list[Gate], selection: dict[str, object]) -> None:
    atomic_write(path, manifest(gates, selection))
