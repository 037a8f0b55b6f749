"""The character encoding of a PO file, read the way GNU gettext reads it.

A PO file says its encoding in its header entry (``Content-Type: text/plain;
charset=ISO-8859-1``).  GNU gettext knows a fixed list of portable names
(case-insensitive, with a few aliases); a catalog in one of them is decoded
with Python's codec of that name, and a byte sequence the charset does not
allow is an error at its line, as msgfmt reports it.  A name outside the list
(or none, or the template placeholder ``CHARSET``) makes msgfmt read the bytes
unconverted; we read them as UTF-8 when they are, else byte for byte
(Latin-1), and say so.  Inside the pipeline text is always Unicode, and every
catalog the pipeline writes is UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .inputs import decode

#: GNU gettext's portable charset names (po-charset.c) -> Python codec; None: Python has no codec for it
_PORTABLE: dict[str, str | None] = {
    "ASCII": "ascii", "ANSI_X3.4-1968": "ascii", "US-ASCII": "ascii",
    **{f"ISO{sep}8859-{n}": f"iso8859_{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15) for sep in "-_"},
    "KOI8-R": "koi8_r", "KOI8-U": "koi8_u", "KOI8-T": "koi8_t",
    **{f"CP{n}": f"cp{n}" for n in (850, 866, 874, 932, 949, 950, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257)},
    "GB2312": "gb2312", "EUC-JP": "euc_jp", "EUC-KR": "euc_kr", "EUC-TW": None,
    "BIG5": "big5", "BIG5-HKSCS": "big5hkscs", "GBK": "gbk", "GB18030": "gb18030",
    "SHIFT_JIS": "shift_jis", "JOHAB": "johab", "TIS-620": "tis_620", "VISCII": None, "GEORGIAN-PS": None,
    "UTF-8": "utf-8",
}
_BY_FOLDED = {name.casefold(): name for name in _PORTABLE}

#: the header entry: a msgid "" with no msgctxt before it, then its msgstr's strings
_HEADER = re.compile(rb'(?:^|\n)[ \t]*msgid[ \t]+""[ \t\r]*\n(?:[ \t]*""[ \t\r]*\n)*[ \t]*msgstr[ \t]+'
                     rb'((?:"(?:[^"\\\n]|\\.)*"[ \t\r]*(?:\n[ \t]*|$))+)')
_CHARSET = re.compile(rb"charset=([^ \t\n\\\"]*)")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    charset: str  # the canonical gettext name ("UTF-8", "ISO-8859-1" …), or the name as declared when unknown
    note: str = ""  # why the text was read some other way than the catalog says (empty when read as declared)

    @property
    def is_utf8(self) -> bool:
        return self.charset == "UTF-8"


def declared_charset(data: bytes) -> str | None:
    """The charset named in the header entry of a PO file's bytes (as written: not canonicalised), if any."""
    header = _HEADER.search(data)
    if header is None:
        return None
    body = header.group(1)
    found = _CHARSET.search(body)
    return found.group(1).decode("ascii", "replace") if found else None


def canonical(name: str) -> str | None:
    """GNU gettext's canonical spelling of a portable charset name (``iso_8859-1`` -> ``ISO-8859-1``)."""
    folded = _BY_FOLDED.get(name.casefold())
    if folded is None:
        return None
    if folded.startswith("ISO_8859-"):
        return "ISO-" + folded[4:]
    return {"ANSI_X3.4-1968": "ASCII", "US-ASCII": "ASCII"}.get(folded, folded)


def decode_po(path: Path | str, data: bytes) -> Decoded:
    """A PO file's text, decoded per its header; bytes its charset does not allow are an :class:`InputError`
    at their line and column."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_strict(path, data[3:], "utf-8", "UTF-8"), "UTF-8")
    declared = declared_charset(data)
    name = canonical(declared) if declared else None
    codec = _PORTABLE.get(name) if name else None
    if codec is not None:
        return Decoded(_strict(path, data, codec, name or declared or ""), name or "")
    try:
        text = data.decode("utf-8")
        how = "UTF-8"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        how = "byte for byte (Latin-1)"
    if declared == "CHARSET" and str(path).endswith(".pot") and how == "UTF-8":
        return Decoded(text, "UTF-8")  # a template not yet given a charset: msgfmt says nothing either
    if declared is None:
        return Decoded(text, "UTF-8" if how == "UTF-8" else "", f"no charset in the header: read as {how}")
    if name is not None:  # portable, but Python has no codec for it
        return Decoded(text, name, f"charset {name} has no Python codec: read as {how}")
    return Decoded(text, declared, f"charset {declared!r} is not a portable encoding name: read as {how}")


def _strict(path: Path | str, data: bytes, codec: str, name: str) -> str:
    return decode(path, data, codec, name, "the catalog's declared charset")


_VALUE = re.compile(r"(?<=charset=)[^ \t\n\\\";]*")


def utf8_content_type(value: str) -> str:
    """A Content-Type (or the header line that holds one) saying ``charset=UTF-8``; unchanged when it already
    names UTF-8, in any spelling, or names no charset."""
    found = _VALUE.search(value)
    if found is None or found.group(0).upper() in ("UTF-8", "UTF8"):
        return value
    return value[:found.start()] + "UTF-8" + value[found.end():]
