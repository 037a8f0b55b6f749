"""Saving translators' edits without ever losing anyone's work.

An editing session loads a catalog and remembers, per entry, the text it
started from (its *base*).  :func:`save_edits` then, under a file lock:

1. re-reads the catalog as it is on disk now (another translator, the CLI's
   ``update``, a git pull may have changed it);
2. for each edit compares the entry on disk with the session's base: unchanged
   → the edit is applied; already equal to the edit → nothing to do; changed
   by someone else → the edit is **refused** and both versions are returned;
3. rewrites only the edited entries' lines — every other entry, comment, flag
   and obsolete entry stays byte for byte — and replaces the file atomically.

Edits to different entries therefore merge; an edit to an entry someone else
changed is never silently overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

from .catalog import WRAP, entry_key, parse_po, read_catalog_text
from .fsutil import atomic_write, locked
from .inputs import read_input

Key = tuple[str, str]  # (msgctxt, msgid)


@dataclass(frozen=True)
class Version:
    """What a session can change in an entry."""

    msgstr: str | tuple[str, ...]
    fuzzy: bool
    tcomment: str

    @property
    def texts(self) -> tuple[str, ...]:
        """The msgstr as a tuple: one item, or one per plural form."""
        return self.msgstr if isinstance(self.msgstr, tuple) else (self.msgstr,)

    @property
    def content(self) -> tuple[tuple[str, ...], bool]:
        """What a translator changes: the texts and the fuzzy flag (not the comments)."""
        return self.texts, self.fuzzy

    @classmethod
    def of(cls, entry: polib.POEntry) -> Version:
        if entry.msgid_plural:
            text: str | tuple[str, ...] = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        else:
            text = entry.msgstr
        return cls(text, "fuzzy" in entry.flags, entry.tcomment or "")


@dataclass
class Conflict:
    key: Key
    base: Version  # what this session started from
    theirs: Version  # what is on disk now
    mine: Version  # what this session wanted to write


@dataclass
class SaveResult:
    saved: list[Key] = field(default_factory=list)
    unchanged: list[Key] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    missing: list[Key] = field(default_factory=list)  # the entry no longer exists (source edited)
    wrote: bool = False


def snapshot(po: polib.POFile) -> dict[Key, Version]:
    """The base versions of every active entry, as a session loads them."""
    return {entry_key(e): Version.of(e) for e in po if not e.obsolete and e.msgid}


def _apply(entry: polib.POEntry, v: Version) -> None:
    if entry.msgid_plural:
        texts = v.msgstr if isinstance(v.msgstr, tuple) else (v.msgstr,)
        entry.msgstr_plural = {i: t for i, t in enumerate(texts)}
    else:
        entry.msgstr = v.msgstr if isinstance(v.msgstr, str) else v.msgstr[0]
    if v.fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    elif not v.fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    entry.tcomment = v.tcomment


def _entry_spans(text: str, po: polib.POFile) -> dict[Key, tuple[int, int]]:
    """Line span [start, end) of each active entry's block in ``text`` (0-based)."""
    lines = text.split("\n")
    starts = sorted((e.linenum - 1, entry_key(e)) for e in po if not e.obsolete and e.linenum)
    spans: dict[Key, tuple[int, int]] = {}
    for i, (start, key) in enumerate(starts):
        limit = starts[i + 1][0] if i + 1 < len(starts) else len(lines)
        end = start
        while end < limit and lines[end].strip() != "":
            end += 1
        # polib counts the entry from its first comment line; walk back over comments it skipped
        while start > 0 and lines[start - 1].startswith("#") and not lines[start - 1].startswith("#~"):
            start -= 1
        spans[key] = (start, end)
    return spans


def render_entry(entry: polib.POEntry) -> str:
    text = entry.__unicode__(wrapwidth=WRAP)
    return text[:-1] if text.endswith("\n") else text


def save_edits(path: Path | str, base: dict[Key, Version], edits: dict[Key, Version]) -> SaveResult:
    """Merge ``edits`` (made on top of ``base``) into the catalog at ``path``; see the module docstring."""
    path = Path(path)
    result = SaveResult()
    with locked(path):
        data = read_input(path)
        bom = "\ufeff" if data.startswith(b"\xef\xbb\xbf") else ""
        raw = read_catalog_text(path, data)  # line endings as the file has them (CRLF stays CRLF)
        text = raw.replace("\r\n", "\n")
        po = parse_po(path, text)
        current = {entry_key(e): e for e in po if not e.obsolete and e.msgid}
        changed: list[polib.POEntry] = []
        for key, mine in edits.items():
            entry = current.get(key)
            if entry is None:
                result.missing.append(key)
                continue
            theirs = Version.of(entry)
            if theirs == mine:
                result.unchanged.append(key)
                continue
            if key in base and theirs != base[key]:
                result.conflicts.append(Conflict(key, base[key], theirs, mine))
                continue
            _apply(entry, mine)
            changed.append(entry)
            result.saved.append(key)
        if changed:
            lines = raw.split("\n")  # a line of a CRLF file keeps its "\r"
            spans = _entry_spans(text, po)
            for entry in sorted(changed, key=lambda e: -spans[entry_key(e)][0]):
                start, end = spans[entry_key(entry)]
                cr = "\r" if start < len(lines) and lines[start].endswith("\r") else ""
                lines[start:end] = [line + cr for line in render_entry(entry).split("\n")]
            atomic_write(path, bom + "\n".join(lines))
            result.wrote = True
    return result
