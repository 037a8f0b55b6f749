"""Where things live in a project: handouts, catalogs, the built site."""

from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .errors import InputError
from .locales import normalise_tag, resolve

T = TypeVar("T", str, list[str], None)

SITE_DOMAIN = "site"


def enclosing(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``handouts/``, if any."""
    return next((d for d in (start, *start.parents) if (d / "handouts").is_dir()), None)


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def find(cls, start: Path | str | None = None) -> Project:
        """The project at ``$HANDOUTS_PROJECT``, else the nearest folder with ``handouts/``."""
        env = os.environ.get("HANDOUTS_PROJECT")
        if env:
            return cls(Path(env).resolve())
        here = Path(start or Path.cwd()).resolve()
        return cls(enclosing(here) or here)

    @property
    def handouts_dir(self) -> Path:
        return self.root / "handouts"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    def rel(self, path: Path | str) -> str:
        """A path as shown to people: relative to the project root when inside it."""
        p = Path(path)
        try:
            return str(p.resolve().relative_to(self.root))
        except ValueError:
            return str(p)

    def handout_paths(self) -> list[Path]:
        if not self.handouts_dir.is_dir():
            raise InputError(self.handouts_dir, "no handouts/ folder here")
        return sorted(self.handouts_dir.glob("*.yaml"))

    def handout_ids(self) -> list[str]:
        return [p.stem for p in self.handout_paths()]

    def pot_path(self, domain: str) -> Path:
        return self.locales_dir / f"{domain}.pot"

    def catalog_dir(self, locale: str) -> str:
        """``locales/<locale>/LC_MESSAGES`` as text, for loops over thousands of catalogs."""
        return _catalog_dir(self.root, locale)

    def po_path(self, locale: str, domain: str) -> Path:
        return Path(f"{_catalog_dir(self.root, locale)}/{domain}.po")

    def mo_path(self, locale: str, domain: str) -> Path:
        return Path(f"{_catalog_dir(self.root, locale)}/{domain}.mo")

    def locales(self) -> list[str]:
        """Locales that have a catalog folder, validated against our language data."""
        if not self.locales_dir.is_dir():
            return []
        out = []
        for d in sorted(self.locales_dir.iterdir()):
            if d.is_dir() and (d / "LC_MESSAGES").is_dir():
                resolve(d.name, d)
                out.append(d.name)
        return out

    def domains(self) -> list[str]:
        """Catalog domains: one per handout, plus the site's own strings."""
        return [*self.handout_ids(), SITE_DOMAIN]

    def known_domains(self, asked: T) -> T:
        """``asked`` (``--handout``: one name or several), each checked to be a handout of this project (or
        the site): a name is never a path ("../locales/K050")."""
        if not asked:
            return asked
        have = self.domains()
        for name in [asked] if isinstance(asked, str) else asked:
            if name not in have:
                raise InputError("--handout", f"unknown handout {name!r} (have: {', '.join(have)})")
        return asked


@functools.lru_cache(maxsize=256)
def _catalog_dir(root: Path, locale: str) -> str:
    """A locale's catalog folder, as text (paths to every catalog are made from it many times a run)."""
    folder = normalise_tag(locale)
    if not os.path.isdir(os.path.join(root, "locales", folder)):
        # a folder made before names were normalised ("fr_ca") is still that locale's
        with contextlib.suppress(OSError):
            folder = next((d for d in os.listdir(os.path.join(root, "locales")) if d.lower() == folder.lower()
                           and os.path.isdir(os.path.join(root, "locales", d))), folder)
    return os.path.join(root, "locales", folder, "LC_MESSAGES")
