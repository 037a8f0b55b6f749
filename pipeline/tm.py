"""Translation memory: earlier translations of the same or similar English, in one locale.

Built from a locale's other catalogs (translated, non-fuzzy entries) and
searched through the indexed :class:`~pipeline.fuzzy.FuzzyIndex`, so a lookup
costs the same in a library of twenty catalogs or two thousand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib

from .catalog import is_translated
from .fuzzy import FuzzyIndex
from .locales import LocaleInfo
from .poreader import read_po


@dataclass(frozen=True)
class Suggestion:
    text: str  # the earlier translation
    source: str  # the English it translated
    score: float  # 100 = the same English
    origin: str  # "K050/home-care/ice/cold-pack in K050.po"


class Memory:
    def __init__(self, *, fuzzy: bool = True) -> None:
        self._index: FuzzyIndex | None = FuzzyIndex() if fuzzy else None
        self._rows: list[tuple[str, str, str]] = []  # (source, translation, origin)
        self._files: list[str] = []  # the catalog file each row came from
        self._exact: dict[str, list[int]] = {}

    @classmethod
    def from_catalogs(cls, paths: list[Path], *, exclude: Path | None = None, fuzzy: bool = True) -> Memory:
        """The translated entries of ``paths``; ``fuzzy=False`` for exact lookups only (no index to build)."""
        mem = cls(fuzzy=fuzzy)
        skip = exclude.resolve() if exclude is not None else None
        for path in sorted(paths):
            if skip is not None and path.resolve() == skip:
                continue
            for e in read_po(path):
                if is_translated(e) and e.msgid and not e.msgid_plural:
                    mem.add(e.msgid, e.msgstr, f"{e.msgctxt or e.msgid[:30]} in {path.name}", path.name)
        return mem

    @classmethod
    def of_locale(cls, folder: Path, info: LocaleInfo, *, exclude: Path | None = None, fuzzy: bool = True) -> Memory:
        """A locale's memory: the translated entries of the catalogs in ``folder`` (its ``LC_MESSAGES``, but
        ``exclude``) and the pairs of the TMX memories imported for it (``tm import``)."""
        from .tmx import memory_files, read_tmx

        mem = cls.from_catalogs(sorted(Path(folder).glob("*.po")), exclude=exclude, fuzzy=fuzzy)
        for path in memory_files(Path(folder)):
            for unit in read_tmx(path, info):
                mem.add(unit.source, unit.target, f"imported memory {path.name}", path.name)
        return mem

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, source: str, translation: str, origin: str, file: str = "") -> None:
        idx = len(self._rows)
        self._rows.append((source, translation, origin))
        self._files.append(file)
        self._exact.setdefault(source, []).append(idx)
        if self._index is not None:
            self._index.add(idx, source)

    def suggest(self, source: str, *, limit: int = 3, cutoff: float = 70.0) -> list[Suggestion]:
        """Exact matches first (score 100), then fuzzy ones above ``cutoff``; one per distinct translation."""
        out: list[Suggestion] = []
        seen: set[str] = set()
        for idx in self._exact.get(source, []):
            src, text, origin = self._rows[idx]
            if text not in seen:
                seen.add(text)
                out.append(Suggestion(text, src, 100.0, origin))
        matches = self._index.search(source, cutoff=cutoff, limit=limit + len(out) + 4) if self._index else []
        for match in matches:
            src, text, origin = self._rows[match.key]  # type: ignore[index]
            if text not in seen and src != source:
                seen.add(text)
                out.append(Suggestion(text, src, round(match.score, 1), origin))
        return out[:limit]

    def exact(self, source: str, *, exclude_file: str = "") -> Suggestion | None:
        """The first earlier translation of exactly this English, from another catalog."""
        for idx in self._exact.get(source, []):
            if self._files[idx] != exclude_file:
                src, text, origin = self._rows[idx]
                return Suggestion(text, src, 100.0, origin)
        return None


def fill_from_memory(po: polib.POFile, memory: Memory, file: str) -> int:
    """Pre-fill untranslated entries whose exact English is translated in another catalog.

    The entry is marked fuzzy (a person confirms it in this context) and a translator
    comment names where the translation came from.  Returns how many were filled.
    """
    filled = 0
    for e in po:
        if e.obsolete or not e.msgid or e.msgid_plural or e.msgstr or "fuzzy" in e.flags:
            continue
        hit = memory.exact(e.msgid, exclude_file=file)
        if hit is None:
            continue
        e.msgstr = hit.text
        e.flags.insert(0, "fuzzy")
        note = f"translation memory: same English in {hit.origin}; check it fits here"
        e.tcomment = "\n".join(x for x in (e.tcomment, note) if x)
        filled += 1
    return filled
