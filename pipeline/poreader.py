r"""The one PO reader: fast, strict, and conformant with GNU gettext.

It accepts exactly what msgfmt accepts and refuses what msgfmt refuses, as one
``path:line[:col]: message`` error: msgfmt's grammar (any spacing between
tokens, a message split by a blank line, ``domain "name"``, previous fields
``#|`` and ``#~|``, obsolete messages marked alike), its escapes (octal,
``\x``; not ``\?``), no duplicate message in a domain (obsolete ones
included), the msgctxt separator in no string, and the newline rule between a
translated message's msgid and its translations.  Bytes are decoded by the
header's charset (:mod:`pipeline.pocharset`).  Beyond msgfmt, and as
``msgfmt --check`` does, a Plural-Forms header must be a plural expression in
n, and an empty file, a NUL byte or an unknown escape are refused.

Validation reads every catalog of a library, so the common shape of entry is
read a block at a time with one regular expression; anything else goes
through the token-by-token parser of the grammar.  Entries carry polib's
attribute names, so checks accept either; polib stays the store the pipeline
writes through (:mod:`pipeline.catalog`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .inputs import read_input
from .plural import parse_header
from .pocharset import decode_po
from .yamlio import line_of


def _unescape(s: str) -> str:
    if "\\" not in s:
        return s
    return _ONE_ESCAPE.sub(_escape_value, s)  # a bad escape is refused before (_check_strict)


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
    domain: str = ""
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


@dataclass
class Catalog:
    path: str
    entries: list[Entry]
    metadata: dict[str, str]
    fpath: str = ""
    charset: str = "UTF-8"  # as the header declares it (gettext's canonical name when it is a portable one)
    charset_note: str = ""  # how the text was read when not as declared

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


def _simple_entry(m: re.Match[str], block: str, line: int, domain: str) -> Entry:
    """An entry from a block of the common shape (no plural, not obsolete), without a line-by-line walk."""
    head, ctx, ctx_more, msgid, msgid_more, msgstr, msgstr_more = m.groups()
    entry = Entry(msgid=_joined(msgid, msgid_more), msgstr=_joined(msgstr, msgstr_more), linenum=line,
                  msgstr_line=line + block.count("\n", 0, m.start(6)), domain=domain)
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


def _plain(block: str) -> re.Match[str] | None:
    """The common shape's match of a block that can have it (no obsolete or previous fields)."""
    if block.startswith(("#", "msg")) and "#~" not in block and "#|" not in block:
        return _SIMPLE.fullmatch(block)
    return None


def read_po(path: Path | str, text: str | None = None) -> Catalog:
    """Parse a PO file (this is the hot path of validating a library).

    Without ``text`` the file's bytes are decoded by the charset its header
    names (:mod:`pipeline.pocharset`).  Entries of the common shape are read a
    block at a time with one regular expression; anything else (plurals,
    previous and obsolete entries, odd spacing, a message split by a blank
    line, errors) goes through the strict parser of msgfmt's grammar, which
    gives the exact line of whatever is wrong.
    """
    path = Path(path)
    decoded = decode_po(path, read_input(path)) if text is None else None
    text = _lf(decoded.text if decoded is not None else text or "")
    entries: list[Entry] = []
    reader = _Reader(path, entries, "")
    line = 1
    blocks = text.split("\n\n")
    for k, block in enumerate(blocks):
        m = None
        if (reader.cur is None or reader.complete()) and (
                (k + 1 < len(blocks) and blocks[k + 1].startswith(("#", "msg"))) or _stands_alone(blocks, k + 1)):
            m = _plain(block)
        if m is not None:
            reader.finish(line)
            entries.append(_simple_entry(m, block, line, reader.domain))
        elif block.strip():
            reader.lines(block, line)
        line += block.count("\n") + 2
    reader.end(line)
    catalog = _finish_catalog(path, text, entries)
    if decoded is not None:
        catalog.charset, catalog.charset_note = decoded.charset, decoded.note
    return catalog


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n") if "\r" in text else text


def _stands_alone(blocks: list[str], k: int) -> bool:
    """Whether the blocks from ``k`` on begin a new message or end the file (not a string continuing a message
    across a blank line, which msgfmt allows)."""
    for i in range(k, len(blocks)):
        block = blocks[i]
        if block.startswith(("#", "msg")):
            return True  # the common case
        head = block.lstrip(_SPACE + "\n")
        if head:
            return head.startswith(("#", "msg", "domain"))
    return True


def read_entries_at(path: Path | str, lines: Iterable[int]) -> list[Entry]:
    """The entries of the blocks that hold any of ``lines``, without parsing the rest of the catalog (the
    consistency check quotes a few entries of catalogs it has already validated)."""
    path = Path(path)
    text = _lf(decode_po(path, read_input(path)).text)
    wanted = sorted(set(lines))
    entries: list[Entry] = []
    line, i = 1, 0
    for block in text.split("\n\n"):
        if i == len(wanted):
            break
        last = line + block.count("\n")
        if wanted[i] <= last:
            m = _plain(block)
            if m is not None:
                entries.append(_simple_entry(m, block, line, ""))
            elif block.strip():
                reader = _Reader(path, entries, "")
                reader.lines(block, line)
                reader.end(last + 1)
            while i < len(wanted) and wanted[i] <= last:
                i += 1
        line = last + 2
    return entries


_KEYWORDS = frozenset({"domain", "msgid", "msgid_plural", "msgstr", "msgctxt"})
_PREV_KEYWORDS = frozenset({"msgid", "msgid_plural", "msgctxt"})
_WORD = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_SPACE = " \t\r\f\v"
_ORDER = {"pctx": 0, "pid": 1, "ppl": 2, "ctx": 3, "id": 4, "plural": 5, "str": 6, "strn": 6}


def _lex_string(path: Path, line: str, i: int, n: int) -> tuple[str, int]:
    """The quoted string starting at ``line[i]`` (a ``"``), unescaped as msgfmt reads it, and the index after
    its closing quote."""
    out: list[str] = []
    j = i + 1
    end = len(line)
    while True:
        k = j
        while k < end and line[k] not in '"\\':
            k += 1
        out.append(line[j:k])
        if k >= end:
            raise InputError(path, "malformed PO: end-of-line within string", n, i + 1)
        if line[k] == '"':
            text = "".join(out)
            if "\x04" in text:
                raise InputError(path, "malformed PO: context separator <EOT> within string", n, i + 1)
            return text, k + 1
        m = _ONE_ESCAPE.match(line, k)
        if m is None:
            raise InputError(path, "malformed PO: invalid control sequence", n, k + 1)
        out.append(_escape_value(m))
        j = m.end()


class _Reader:
    """msgfmt's grammar over one run of lines: comments between messages, a message's keywords and strings in
    order with any spacing (``msgid "a" "b"`` on one line, ``msgstr [ 0 ]``), previous fields (``#|``,
    ``#~|``), obsolete messages (``#~``, the same for all of a message's tokens), ``domain "name"``."""

    def __init__(self, path: Path, entries: list[Entry], domain: str) -> None:
        self.path, self.entries, self.domain = path, entries, domain
        self.cur: Entry | None = None
        self.phase = ""  # the keyword whose strings come next: pctx pid ppl ctx id plural str strn ("": none)
        self.strings = 0  # strings seen since that keyword
        self.obsolete = False
        self.pidx = -1
        self.tcomments: list[str] = []
        self.comments: list[str] = []
        self.want_domain = 0  # line of a ``domain`` keyword still waiting for its string

    def fail(self, line: int, what: str, col: int | None = None) -> InputError:
        return InputError(self.path, f"malformed PO: {what}", line, col)

    def complete(self) -> bool:
        return self.phase in ("str", "strn") and self.strings > 0

    def finish(self, line: int) -> None:
        """End the message in progress (it must be whole)."""
        if self.cur is None:
            return
        if not self.complete():
            at = self.cur.linenum
            if self.phase == "plural" and self.strings:
                raise self.fail(at, "missing 'msgstr[]' section")
            if self.phase == "id" and self.strings:
                raise self.fail(at, "missing 'msgstr' section")
            raise self.fail(line, "syntax error")
        e = self.cur
        e.tcomment, e.comment, e.domain = "\n".join(self.tcomments), "\n".join(self.comments), self.domain
        self.entries.append(e)
        self.cur, self.phase, self.strings, self.pidx = None, "", 0, -1
        self.tcomments, self.comments = [], []

    def comment(self, raw: str, n: int) -> None:
        if self.cur is not None and self.phase:
            self.finish(n)
        if self.want_domain:
            raise self.fail(n, "syntax error")
        if self.cur is None:
            self.cur = Entry(linenum=n)
        kind = raw[1:2]
        if kind == ",":
            self.cur.flags.extend(f.strip() for f in raw[2:].split(",") if f.strip())
        elif kind == ".":
            self.comments.append(raw[2:].strip())
        elif kind == ":":
            self.cur.occurrences.extend((ref.rpartition(":")[0] or ref, ref.rpartition(":")[2])
                                        for ref in raw[2:].split())
        else:
            self.tcomments.append(raw[1:].removeprefix(" "))

    def keyword(self, word: str, n: int, col: int, obsolete: bool, previous: bool, index: int | None) -> None:
        if self.want_domain:
            raise self.fail(n, "syntax error", col)
        if word == "domain":
            if self.phase:
                self.finish(n)
            self.want_domain = n
            return
        key = {"msgctxt": "pctx", "msgid": "pid", "msgid_plural": "ppl"}[word] if previous else {
            "msgctxt": "ctx", "msgid": "id", "msgid_plural": "plural", "msgstr": "strn" if index is not None
            else "str"}[word]
        if key in ("pctx", "pid", "ctx", "id") and self.complete():
            self.finish(n)
        phase, had = self.phase, self.strings > 0
        if phase and not had:
            raise self.fail(n, "syntax error", col)
        allowed = {"pctx": ("",), "pid": ("", "pctx"), "ppl": ("pid",), "ctx": ("", "pid", "ppl"),
                   "id": ("", "pid", "ppl", "ctx"), "plural": ("id",), "str": ("id",), "strn": ("plural", "strn")}
        if phase not in allowed[key]:
            if phase == "id" and key in ("pctx", "pid", "ctx", "id"):
                raise self.fail(self.cur.linenum if self.cur else n, "missing 'msgstr' section")
            if key == "strn" and phase == "id":
                raise self.fail(self.cur.linenum if self.cur else n, "missing 'msgid_plural' section")
            raise self.fail(n, "syntax error", col)
        if self.cur is None:
            self.cur = Entry(linenum=n)
        if not phase:
            self.obsolete = obsolete
        elif obsolete != self.obsolete:
            raise self.fail(n, "inconsistent use of #~")
        cur = self.cur
        cur.obsolete = obsolete
        if key == "strn":
            self.pidx += 1
            if index != self.pidx:
                raise self.fail(n, "first plural form has nonzero index" if self.pidx == 0
                                else "plural form has wrong index")
            cur.msgstr_plural[index] = ""
        if key in ("str", "strn") and phase not in ("str", "strn"):
            cur.msgstr_line = n
        if key == "ctx":
            cur.msgctxt = ""
        elif key == "pctx":
            cur.previous_msgctxt = ""
        elif key == "pid":
            cur.previous_msgid = ""
        elif key == "ppl":
            cur.previous_msgid_plural = ""
        self.phase, self.strings = key, 0

    def string(self, value: str, n: int, col: int, obsolete: bool, previous: bool) -> None:
        if self.want_domain:
            self.domain, self.want_domain = value, 0
            return
        cur, phase = self.cur, self.phase
        if cur is None or not phase or previous != (_ORDER[phase] < 3):
            raise self.fail(n, "syntax error", col)
        if obsolete != self.obsolete:
            raise self.fail(n, "inconsistent use of #~")
        self.strings += 1
        if phase == "str":
            cur.msgstr += value
        elif phase == "strn":
            cur.msgstr_plural[self.pidx] += value
        elif phase == "id":
            cur.msgid += value
        elif phase == "ctx":
            cur.msgctxt = (cur.msgctxt or "") + value
        elif phase == "plural":
            cur.msgid_plural += value
        elif phase == "pid":
            cur.previous_msgid = (cur.previous_msgid or "") + value
        elif phase == "pctx":
            cur.previous_msgctxt = (cur.previous_msgctxt or "") + value
        else:
            cur.previous_msgid_plural = (cur.previous_msgid_plural or "") + value

    def line(self, text: str, n: int) -> None:
        """Lex one line: a newline ends ``#~`` and ``#|`` (msgfmt's lexer)."""
        obsolete = previous = False
        i, end = 0, len(text)
        while i < end:
            c = text[i]
            if c in _SPACE:
                i += 1
            elif c == "#":
                nxt = text[i + 1:i + 2]
                if nxt == "~":
                    obsolete = True
                    i += 2
                    if text[i:i + 1] == "|":
                        previous = True
                        i += 1
                elif nxt == "|":
                    previous = True
                    i += 2
                else:
                    self.comment(text[i:].rstrip(), n)
                    return
            elif c == '"':
                value, i = _lex_string(self.path, text, i, n)
                self.string(value, n, i, obsolete, previous)
            else:
                m = _WORD.match(text, i)
                if m is None:
                    raise self.fail(n, "syntax error", i + 1)
                word = m.group(0)
                if word not in (_PREV_KEYWORDS if previous else _KEYWORDS):
                    raise self.fail(n, f"unknown keyword {word[:20]!r}", i + 1)
                i = m.end()
                index = None
                if word == "msgstr" and not previous:
                    idx = _INDEX.match(text, i)
                    if idx is not None:
                        index, i = int(idx.group(1)), idx.end()
                self.keyword(word, n, i + 1, obsolete, previous, index)

    def lines(self, block: str, first: int) -> None:
        """Lex the lines of ``block``, the first of them line ``first``."""
        for n, row in enumerate(block.split("\n"), first):
            self.line(row, n)

    def end(self, n: int) -> None:
        if self.want_domain:
            raise self.fail(self.want_domain, "domain has no name")
        if self.cur is not None and self.phase:
            self.finish(n)
        # comments after the last message belong to no message (msgfmt ignores them)


_ONE_ESCAPE = re.compile(r"\\(?:([ntbrfva\\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+))")
_INDEX = re.compile(r"[ \t\r\f\v]*\[[ \t\r\f\v]*(\d+)[ \t\r\f\v]*\]")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\", '"': '"'}


def _escape_value(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return _SIMPLE_ESCAPES[m.group(1)]
    if m.group(2) is not None:
        return chr(int(m.group(2), 8) & 0xFF)
    return chr(int(m.group(3), 16) & 0xFF)


#: a run of backslashes before a character C does not escape (a bad escape when the run is odd)
_ODD_ESCAPE = re.compile(r'\\+(?:[^ntbrfva"\\x0-7]|x(?![0-9A-Fa-f]))')
_BAD_ESCAPE = re.compile(r'\\(?:[ntbrfva"\\]|[0-7]|x[0-9A-Fa-f])|\\(.)')


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


#: an escape that makes the msgctxt separator EOT (U+0004)
_EOT_ESCAPE = re.compile(r"\\(?:0{0,2}4(?![0-7])|x0*4(?![0-9A-Fa-f]))")


def _finish_catalog(path: Path, text: str, entries: list[Entry]) -> Catalog:
    metadata: dict[str, str] = {}
    seen: set[tuple[str, str | None, str]] = set()
    eot = "\x04" in text or _EOT_ESCAPE.search(text) is not None
    for e in entries:
        key = (e.domain, e.msgctxt, e.msgid)  # msgfmt: no two messages alike, obsolete ones included
        if key in seen:
            where = f" (msgctxt {e.msgctxt!r})" if e.msgctxt else ""
            raise InputError(path, f"malformed PO: duplicate entry {e.msgid[:40]!r}{where}", e.linenum)
        seen.add(key)
        if eot and any("\x04" in t for t in (e.msgid, e.msgstr, e.msgctxt or "", e.msgid_plural,
                                             *e.msgstr_plural.values())):
            raise InputError(path, "malformed PO: context separator <EOT> within string", e.linenum)
        if e.obsolete:
            continue
        if e.msgid == "" and e.msgctxt is None and not metadata:
            for row in e.msgstr.split("\n"):
                k, sep, v = row.partition(":")
                if sep:
                    metadata[k.strip()] = v.strip()
        elif e.msgid and (e.msgstr_plural or (e.msgstr and (
                (e.msgid[0] == "\n") != (e.msgstr[0] == "\n") or (e.msgid[-1] == "\n") != (e.msgstr[-1] == "\n")))) \
                and "fuzzy" not in e.flags:
            _check_newlines(path, e)  # a suspect (or a plural) looked at closely
    _check_strict(path, text, entries, metadata)
    return Catalog(str(path), entries, metadata, str(path))


def _check_newlines(path: Path, e: Entry) -> None:
    """msgfmt's one check of every translated message: msgid, msgid_plural and each translation all begin, and
    all end, with a newline or none does."""
    forms = [(f"msgstr[{i}]", t) for i, t in sorted(e.msgstr_plural.items())] if e.msgid_plural \
        else [("msgstr", e.msgstr)]
    if not forms[0][1]:
        return  # untranslated: msgfmt leaves it out
    if e.msgid_plural:
        forms.insert(0, ("msgid_plural", e.msgid_plural))
    for where, test in (("begin", lambda t: t.startswith("\n")), ("end", lambda t: t.endswith("\n"))):
        has = test(e.msgid)
        for name, value in forms:
            if test(value) != has:
                raise InputError(path, f"malformed PO: 'msgid' and '{name}' entries do not both {where} with "
                                 "'\\n'", e.linenum)
