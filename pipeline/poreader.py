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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .plural import parse_header
from .yamlio import line_of, read_text

_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
_KEYWORD = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*)$')
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


_PIECE = r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"'
_MORE = r'((?:\n"[^"\\\n]*(?:\\.[^"\\\n]*)*")*)'
#: the common shape of an entry, as one block between blank lines: comments, msgctxt, msgid, msgstr
_SIMPLE = re.compile(r"((?:#[^\n]*\n)*)(?:msgctxt " + _PIECE + _MORE + r"\n)?msgid " + _PIECE + _MORE
                     + r"\nmsgstr " + _PIECE + _MORE + r"\n?")
_PIECES = re.compile(_PIECE)


def _joined(first: str, more: str) -> str:
    value = _unescape(first) if "\\" in first else first
    if more:
        value += "".join(_unescape(p) for p in _PIECES.findall(more))
    return value


def _simple_entry(m: re.Match[str], block: str, line: int) -> Entry:
    """An entry from a block of the common shape (no plural, not obsolete), without a line-by-line walk."""
    head, ctx, ctx_more, msgid, msgid_more, msgstr, msgstr_more = m.groups()
    entry = Entry(msgid=_joined(msgid, msgid_more), msgstr=_joined(msgstr, msgstr_more), linenum=line,
                  msgstr_line=line + block.count("\n", 0, m.start(6)))
    if ctx is not None:
        entry.msgctxt = _joined(ctx, ctx_more)
    if head:
        tcomments: list[str] = []
        comments: list[str] = []
        for raw in head.split("\n")[:-1]:
            stripped = raw.strip()
            kind = stripped[1:2]
            if kind == ",":
                entry.flags.extend(f.strip() for f in stripped[2:].split(",") if f.strip())
            elif kind == ".":
                comments.append(stripped[2:].strip())
            elif kind == ":":
                entry.occurrences.extend((ref.rpartition(":")[0] or ref, ref.rpartition(":")[2])
                                         for ref in stripped[2:].split())
            elif kind != "|":
                tcomments.append(stripped[1:].removeprefix(" "))
        entry.tcomment = "\n".join(tcomments)
        entry.comment = "\n".join(comments)
    return entry


def read_po(path: Path | str, text: str | None = None) -> Catalog:
    """Parse a PO file (this is the hot path of validating a library).

    Entries of the common shape are read a block at a time with one regular
    expression; anything else (plurals, obsolete entries, odd spacing, errors)
    goes through the strict line-by-line parser, which gives the exact line
    of whatever is wrong.
    """
    path = Path(path)
    if text is None:
        text = read_text(path)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    entries: list[Entry] = []
    line = 1
    for block in text.split("\n\n"):
        _parse_block(path, block, line, entries)
        line += block.count("\n") + 2
    return _finish_catalog(path, text, entries)


def read_entries_at(path: Path | str, lines: Iterable[int]) -> list[Entry]:
    """The entries of the blocks that hold any of ``lines``, without parsing the rest of the catalog (the
    consistency check quotes a few entries of catalogs it has already validated)."""
    path = Path(path)
    text = read_text(path)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    wanted = sorted(set(lines))
    entries: list[Entry] = []
    line, i = 1, 0
    for block in text.split("\n\n"):
        if i == len(wanted):
            break
        last = line + block.count("\n")
        if wanted[i] <= last:
            _parse_block(path, block, line, entries)
            while i < len(wanted) and wanted[i] <= last:
                i += 1
        line = last + 2
    return entries


def _parse_block(path: Path, block: str, line: int, entries: list[Entry]) -> None:
    """The entries of one block between blank lines, first line ``line``: by one regular expression when it has
    the common shape, else line by line."""
    m = _SIMPLE.fullmatch(block) if block.startswith(("#", "msg")) and "#~" not in block else None
    if m is not None:
        entries.append(_simple_entry(m, block, line))
    elif block.strip():
        _parse_lines(path, block.split("\n"), line, entries)


def _parse_lines(path: Path, lines: list[str], first: int, entries: list[Entry]) -> None:
    """The strict line-by-line parser, over the lines of one block starting at line ``first``."""
    def fail(line: int, what: str) -> InputError:
        return InputError(path, f"malformed PO: {what}", line)

    cur: Entry | None = None
    fld: str | None = None  # which field a continuation line extends
    pidx = 0
    has_msgid = seen_msgstr = False
    tcomments: list[str] = []
    comments: list[str] = []
    string_match = _STRING.match
    keyword_match = _KEYWORD.match

    def finish(line: int) -> None:
        nonlocal cur, fld, has_msgid, seen_msgstr, tcomments, comments
        if cur is None:
            return
        if has_msgid:
            if not seen_msgstr:
                raise fail(line, f"msgid {cur.msgid[:40]!r} has no msgstr")
            cur.tcomment = "\n".join(tcomments)
            cur.comment = "\n".join(comments)
            entries.append(cur)
        elif fld is not None:
            raise fail(line, "entry has no msgid")
        cur, fld, has_msgid, seen_msgstr = None, None, False, False
        tcomments, comments = [], []

    n = first - 1
    for n, line in enumerate(lines, first):
        if line.endswith("\r"):
            line = line[:-1]
        stripped = line.strip()
        if not stripped:
            if cur is not None:
                finish(n)
            continue
        obsolete = False
        first = stripped[0]
        if first == "#" and stripped[1:2] == "~":
            obsolete = True
            stripped = stripped[2:].lstrip()
            if not stripped or stripped[0] == "|":
                continue  # previous msgid of an obsolete entry
            first = stripped[0]
        if first == "#":
            if seen_msgstr:
                finish(n)
            if cur is None:
                cur = Entry(linenum=n)
            kind = stripped[1:2]
            if kind == ",":
                cur.flags.extend(f.strip() for f in stripped[2:].split(",") if f.strip())
            elif kind == ".":
                comments.append(stripped[2:].strip())
            elif kind == ":":
                cur.occurrences.extend((ref.rpartition(":")[0] or ref, ref.rpartition(":")[2])
                                       for ref in stripped[2:].split())
            elif kind != "|":
                tcomments.append(stripped[1:].removeprefix(" "))
            continue
        if first == '"':
            m = string_match(stripped)
            if not m or cur is None or fld is None:
                raise fail(n, "unexpected line" if m else "unterminated or stray string")
            value = _unescape(m.group(1))
            if fld == "msgstr":
                cur.msgstr += value
            elif fld == "msgid":
                cur.msgid += value
            elif fld == "msgstr[]":
                cur.msgstr_plural[pidx] += value
            elif fld == "msgctxt":
                cur.msgctxt = (cur.msgctxt or "") + value
            else:
                cur.msgid_plural += value
            continue
        km = keyword_match(stripped)
        if not km:
            raise fail(n, f"unknown keyword {stripped.split()[0][:20]!r}")
        key, index, rest = km.group(1), km.group(2), km.group(3)
        m = string_match(rest)
        if not m:
            raise fail(n, f"{key} is not followed by one quoted string")
        value = _unescape(m.group(1))
        if seen_msgstr and key in ("msgctxt", "msgid"):
            finish(n)
        if cur is None:
            cur = Entry(linenum=n)
        if obsolete:
            cur.obsolete = True
        if key == "msgstr":
            if not has_msgid:
                raise fail(n, "msgstr before msgid")
            if index is None:
                if cur.msgid_plural:
                    raise fail(n, "plural entry needs msgstr[0], not msgstr")
                cur.msgstr = value
                fld = "msgstr"
            else:
                if not cur.msgid_plural:
                    raise fail(n, "msgstr[N] without msgid_plural")
                pidx = int(index)
                cur.msgstr_plural[pidx] = value
                fld = "msgstr[]"
            if not seen_msgstr:
                cur.msgstr_line = n
            seen_msgstr = True
            continue
        if index is not None:
            raise fail(n, f"{key}[{index}] is not a keyword")
        if key == "msgid":
            if has_msgid:
                raise fail(n, "two msgid lines in one entry")
            cur.msgid, has_msgid = value, True
        elif key == "msgctxt":
            if has_msgid:
                raise fail(n, "msgctxt after msgid")
            cur.msgctxt = value
        else:
            if not has_msgid:
                raise fail(n, "msgid_plural before msgid")
            cur.msgid_plural = value
        fld = key
    finish(n + 1)


#: a run of backslashes before a character C does not escape (a bad escape when the run is odd)
_ODD_ESCAPE = re.compile(r'\\+[^ntr"\\abfv?\'x0-7]')
_BAD_ESCAPE = re.compile(r'\\(?:[ntr"\\abfv?\'x]|[0-7])|\\(.)')


def _check_strict(path: Path, text: str, entries: list[Entry], metadata: dict[str, str]) -> None:
    """What msgfmt refuses and a lenient reader would let through: an empty file, a NUL, an escape C does not
    have (``\\q``), a Plural-Forms header that is not a plural expression in n, a plural form left out."""
    if not text.strip():
        raise InputError(path, "empty catalog", 1)
    if "\0" in text:
        raise InputError(path, "malformed PO: a NUL character", line_of(text, text.index("\0")))
    for hit in _ODD_ESCAPE.finditer(text) if "\\" in text else ():  # one pass in C; suspects looked at closely
        if (len(hit.group(0)) - 1) % 2 == 0:
            continue  # "\\\\q": an escaped backslash, then a letter
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        raw = text[start:end if end >= 0 else len(text)]
        body = raw.lstrip("#~ ").lstrip()
        if body.startswith(("msg", '"')):
            for m in _BAD_ESCAPE.finditer(body):
                if m.group(1) is not None:
                    raise InputError(path, f"malformed PO: unknown escape \\{m.group(1)}",
                                     line_of(text, start), raw.index(m.group(0)) + 1)
    header = metadata.get("Plural-Forms")
    if header:
        try:
            parse_header(header)
        except ValueError as exc:
            line = next((i for i, ln in enumerate(text.split("\n"), 1) if "Plural-Forms" in ln), 1)
            raise InputError(path, f"Plural-Forms: {exc}", line) from None
    for e in entries:
        if e.msgstr_plural and sorted(e.msgstr_plural) != list(range(len(e.msgstr_plural))):
            gap = next(i for i in range(len(e.msgstr_plural) + 1) if i not in e.msgstr_plural)
            raise InputError(path, f"malformed PO: msgstr[{gap}] is missing (forms must run 0, 1, 2 …)",
                             e.linenum)


def _finish_catalog(path: Path, text: str, entries: list[Entry]) -> Catalog:
    metadata: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for e in entries:
        if e.obsolete:
            continue
        key2 = (e.msgctxt or "", e.msgid)
        if key2 in seen:
            raise InputError(path, f"malformed PO: duplicate entry {e.msgid[:40]!r}", e.linenum)
        seen.add(key2)
        if e.msgid == "" and e.msgctxt is None and not metadata:
            for row in e.msgstr.split("\n"):
                k, sep, v = row.partition(":")
                if sep:
                    metadata[k.strip()] = v.strip()
    _check_strict(path, text, entries, metadata)
    charset = metadata.get("Content-Type", "")
    if "charset=" in charset:
        cs = charset.split("charset=")[1].strip().lower()
        if cs not in ("utf-8", "utf8", "charset"):
            line = next((i for i, ln in enumerate(text.split("\n"), 1) if "charset=" in ln), 1)
            raise InputError(path, f"catalog declares charset {cs}; only UTF-8 is supported", line)
    return Catalog(str(path), entries, metadata, str(path))
