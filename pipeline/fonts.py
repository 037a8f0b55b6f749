"""Fonts: which faces render each language, as CSS for the site and the PDFs, and whether they cover
every character a page shows.

Each language's data file names its font families, best first (``fonts:``): Traditional Chinese
gets the TC face (never the Simplified one, whose glyph shapes and punctuation placement differ),
Korean the KR face, Punjabi Gurmukhi, Arabic and Persian Naskh.  :func:`lang_css` turns them into
``:lang()`` rules; :func:`resolve_files` asks fontconfig (``fc-match``, as Pango will) which file
each family is on this machine; :func:`missing_glyphs` reads those files' character maps with
fontTools and lists the characters none of them has — a page that would print empty boxes.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .locales import LocaleInfo, resolve

#: after a language's own faces: Latin, Greek and Cyrillic (numbers, codes, units, English fallbacks)
BASE_FAMILIES = ("Noto Sans",)
GENERIC = "sans-serif"


def families(info: LocaleInfo | None) -> list[str]:
    """The font families for text in this language, best first, then the base faces."""
    own = list(info.data.get("fonts") or []) if info is not None else []
    return [*own, *(f for f in BASE_FAMILIES if f not in own)]


def _stack(names: Iterable[str]) -> str:
    return ", ".join([*(f'"{n}"' for n in names), GENERIC])


def lang_css(tags: Iterable[str]) -> str:
    """``:lang()`` font rules for these catalog tags (the English's base faces first)."""
    rules = [f"body {{ font-family: {_stack(families(None))}; }}"]
    seen: set[str] = set()
    for tag in sorted(set(tags)):
        info = resolve(tag)
        if info.bcp47 in seen:
            continue
        seen.add(info.bcp47)
        rules.append(f':lang({info.bcp47}) {{ font-family: {_stack(families(info))}; }}')
    return "\n".join(rules) + "\n"


@functools.cache
def resolve_files(family: str) -> tuple[Path, int] | None:
    """The font file (and face index in a collection) fontconfig gives for ``family`` — or None when
    fontconfig falls back to another family (the font is not installed)."""
    if shutil.which("fc-match") is None:
        return None
    out = subprocess.run(["fc-match", "--format=%{family}\t%{file}\t%{index}", family],
                         capture_output=True, text=True, check=False).stdout
    try:
        got, file, index = out.split("\t")
    except ValueError:
        return None
    if family.casefold() not in (f.strip().casefold() for f in got.split(",")):
        return None
    return Path(file), int(index or 0)


@functools.cache
def _cmap(file: Path, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont

    if file.suffix.lower() in (".ttc", ".otc"):
        font = TTCollection(str(file), lazy=True).fonts[index]
    else:
        font = TTFont(str(file), lazy=True)
    return frozenset(font.getBestCmap() or {})


def covered(families_: Iterable[str]) -> tuple[frozenset[int], list[str]]:
    """The code points the installed faces of these families have, and the families not installed."""
    points: set[int] = set()
    absent = []
    for fam in families_:
        found = resolve_files(fam)
        if found is None:
            absent.append(fam)
            continue
        points |= _cmap(*found)
    return frozenset(points), absent


def _needs_glyph(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return not (cat.startswith("Z") or cat in ("Cc", "Cf"))  # spaces and invisible controls draw nothing


def missing_glyphs(text: str, info: LocaleInfo | None) -> tuple[list[str], list[str]]:
    """(characters of ``text`` that no face of its language has, families that are not installed)."""
    points, absent = covered(families(info))
    missing = sorted({ch for ch in text if _needs_glyph(ch) and ord(ch) not in points})
    return missing, absent
