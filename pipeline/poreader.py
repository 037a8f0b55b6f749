"""A fast, strict, read-only PO reader for validation at library scale.

polib is the store the pipeline writes through (faithful round trips); this
reader exists because validation only reads, and polib's line-by-line parser
is the slowest step of checking a large library.  It returns light entries
with polib's attribute names, so checks accept either, and it rejects what
msgfmt rejects: unknown keywords, unterminated strings, a msgid without a
msgstr, duplicate entries — as one ``path:line: message`` error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .yamlio import decode_utf8

_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
_KEYWORD = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*)$')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unescape(s: str) -> str:
    if "\\" not in s:
        return s
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), s)


@dataclass(slots=True)
class Entry:
    msgid: str = ""
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    tcomment: str = ""
    comment: str = ""
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    obsolete: bool = False
    linenum: int = 0
    msgstr_line: int = 0

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


@dataclass
class Catalog:
    path: str
    entries: list[Entry]
    metadata: dict[str, str]
    fpath: str = ""

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


class _Builder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[Entry] = []
        self.cur: Entry | None = None
        self.field: str | None = None  # the keyword a continuation line extends
        self.plural_index = 0
        self.seen_msgstr = False
        self.tcomments: list[str] = []
        self.comments: list[str] = []
        self.has_msgid = False

    def fail(self, line: int, what: str) -> InputError:
        return InputError(self.path, f"malformed PO: {what}", line)

    def entry(self, line: int) -> Entry:
        if self.cur is None:
            self.cur = Entry(linenum=line)
        return self.cur

    def finish(self, line: int) -> None:
        e = self.cur
        if e is None:
            return
        if not self.has_msgid:
            if self.field is not None:
                raise self.fail(line, "entry has no msgid")
        elif not self.seen_msgstr:
            raise self.fail(line, f"msgid {e.msgid[:40]!r} has no msgstr")
        if self.has_msgid:
            e.tcomment = "\n".join(self.tcomments)
            e.comment = "\n".join(self.comments)
            self.entries.append(e)
        self.cur, self.field, self.seen_msgstr, self.has_msgid = None, None, False, False
        self.tcomments, self.comments = [], []

    def keyword(self, line: int, key: str, index: str | None, rest: str, obsolete: bool) -> None:
        m = _STRING.match(rest)
        if not m:
            raise self.fail(line, f"{key} is not followed by one quoted string")
        value = _unescape(m.group(1))
        if key in ("msgctxt", "msgid") and self.seen_msgstr:
            self.finish(line)
        e = self.entry(line)
        e.obsolete = e.obsolete or obsolete
        if key == "msgctxt":
            if self.has_msgid:
                raise self.fail(line, "msgctxt after msgid")
            e.msgctxt = value
        elif key == "msgid":
            if self.has_msgid:
                raise self.fail(line, "two msgid lines in one entry")
            e.msgid, self.has_msgid = value, True
        elif key == "msgid_plural":
            if not self.has_msgid:
                raise self.fail(line, "msgid_plural before msgid")
            e.msgid_plural = value
        else:
            if not self.has_msgid:
                raise self.fail(line, "msgstr before msgid")
            if index is None:
                if e.msgid_plural:
                    raise self.fail(line, "plural entry needs msgstr[0], not msgstr")
                e.msgstr = value
            else:
                if not e.msgid_plural:
                    raise self.fail(line, "msgstr[N] without msgid_plural")
                self.plural_index = int(index)
                e.msgstr_plural[self.plural_index] = value
            if not self.seen_msgstr:
                e.msgstr_line = line
            self.seen_msgstr = True
        self.field = key if index is None else "msgstr[]"

    def continuation(self, line: int, text: str) -> None:
        m = _STRING.match(text)
        if not m or self.cur is None or self.field is None:
            raise self.fail(line, "unexpected line" if m else "unterminated or stray string")
        value = _unescape(m.group(1))
        e = self.cur
        if self.field == "msgctxt":
            e.msgctxt = (e.msgctxt or "") + value
        elif self.field == "msgid":
            e.msgid += value
        elif self.field == "msgid_plural":
            e.msgid_plural += value
        elif self.field == "msgstr":
            e.msgstr += value
        else:
            e.msgstr_plural[self.plural_index] += value


def read_po(path: Path | str, text: str | None = None) -> Catalog:
    path = Path(path)
    if text is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror}") from None
        text = decode_utf8(path, data)
    b = _Builder(path)
    n = 0
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        stripped = line.strip()
        if not stripped:
            b.finish(n)
            continue
        obsolete = False
        if stripped.startswith("#~"):
            obsolete = True
            stripped = stripped[2:].lstrip()
            if stripped.startswith("|") or not stripped:
                continue  # previous msgid of an obsolete entry
        if stripped.startswith("#"):
            if b.seen_msgstr:
                b.finish(n)
            e = b.entry(n)
            kind = stripped[1:2]
            body = stripped[2:].strip() if kind in (".", ":", ",", "|") else stripped[1:].removeprefix(" ")
            if kind == ",":
                e.flags.extend(f.strip() for f in body.split(",") if f.strip())
            elif kind == ".":
                b.comments.append(body)
            elif kind == ":":
                e.occurrences.extend((ref.rpartition(":")[0] or ref, ref.rpartition(":")[2])
                                     for ref in body.split())
            elif kind == "|":
                pass
            else:
                b.tcomments.append(body)
            continue
        if stripped.startswith('"'):
            b.continuation(n, stripped)
            continue
        m = _KEYWORD.match(stripped)
        if not m:
            raise b.fail(n, f"unknown keyword {stripped.split()[0][:20]!r}")
        b.keyword(n, m.group(1).split("[")[0], m.group(2), m.group(3), obsolete)
    b.finish(n + 1)

    metadata: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    entries = []
    for e in b.entries:
        if e.obsolete:
            entries.append(e)
            continue
        key = (e.msgctxt or "", e.msgid)
        if key in seen:
            raise InputError(path, f"malformed PO: duplicate entry {e.msgid[:40]!r}", e.linenum)
        seen.add(key)
        if e.msgid == "" and e.msgctxt is None and not metadata:
            for row in e.msgstr.split("\n"):
                k, sep, v = row.partition(":")
                if sep:
                    metadata[k.strip()] = v.strip()
        entries.append(e)
    charset = metadata.get("Content-Type", "")
    if "charset=" in charset:
        cs = charset.split("charset=")[1].strip().lower()
        if cs not in ("utf-8", "utf8", "charset"):
            raise InputError(path, f"catalog declares charset {cs}; only UTF-8 is supported", 1)
    return Catalog(str(path), entries, metadata, str(path))
