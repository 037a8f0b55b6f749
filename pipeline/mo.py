"""Compiling catalogs to GNU MO files (what gettext reads at run time).

Written here rather than with polib's ``to_binary`` because that builds its
string tables by repeated ``bytes`` concatenation; this writer is linear and
produces the same layout msgfmt does (sorted keys, no hash table), so output
is deterministic and ``msgunfmt`` reads it back.  Texts are always UTF-8 in
the MO file, whatever charset the catalog was in, and its header says so.
"""

from __future__ import annotations

import struct

import polib

from .catalog import is_translated
from .pocharset import utf8_content_type
from .poreader import Catalog

MAGIC = 0x950412DE


def _key(entry: polib.POEntry) -> bytes:
    key = entry.msgid
    if entry.msgid_plural:
        key += "\0" + entry.msgid_plural
    if entry.msgctxt is not None:
        key = entry.msgctxt + "\x04" + key
    return key.encode("utf-8")


def _value(entry: polib.POEntry) -> bytes:
    if entry.msgid_plural:
        return "\0".join(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)).encode("utf-8")
    return entry.msgstr.encode("utf-8")


def compile_mo(po: polib.POFile | Catalog) -> tuple[bytes, int]:
    """MO bytes for the translated, non-fuzzy entries of ``po`` (polib's or the fast reader's), and their count."""
    # the header as polib renders it (so both readers give the same bytes), saying the UTF-8 the texts are in
    as_polib = polib.POFile()
    as_polib.metadata = dict(po.metadata)
    if "Content-Type" in as_polib.metadata:
        as_polib.metadata["Content-Type"] = utf8_content_type(as_polib.metadata["Content-Type"])
    header = as_polib.metadata_as_entry()
    pairs = [(b"", _value(header))]
    pairs += [(_key(e), _value(e)) for e in po if is_translated(e) and (e.msgid or e.msgctxt is not None)]
    pairs.sort(key=lambda kv: kv[0])
    n = len(pairs)
    key_start = 28
    value_start = key_start + 8 * n
    data_start = value_start + 8 * n
    key_table = bytearray()
    value_table = bytearray()
    blob = bytearray()
    offset = data_start
    for k, _ in pairs:
        key_table += struct.pack("<II", len(k), offset)
        blob += k + b"\0"
        offset += len(k) + 1
    for _, v in pairs:
        value_table += struct.pack("<II", len(v), offset)
        blob += v + b"\0"
        offset += len(v) + 1
    head = struct.pack("<IIIIIII", MAGIC, 0, n, key_start, value_start, 0, data_start)
    return bytes(head + key_table + value_table + blob), n - 1
