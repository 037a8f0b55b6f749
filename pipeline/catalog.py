"""Reading and writing gettext catalogs with polib-level fidelity.

Every catalog the pipeline writes is canonical polib output (78-column
wrapping), so loading and saving one changes no byte; comments, flags,
previous msgids (``#|``) and obsolete entries (``#~``) survive a round trip.
Reads are strict and conformant: a catalog is read as msgfmt reads it (any
charset GNU gettext supports, its grammar), and what msgfmt refuses becomes one
``path:line: message`` error.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

from .errors import InputError
from .fsutil import atomic_write
from .inputs import read_input
from .pocharset import decode_po, utf8_content_type
from .poreader import Catalog as PoCatalog
from .poreader import read_po

WRAP = 78
PO_HEADER_ORDER = (
    "Project-Id-Version",
    "Report-Msgid-Bugs-To",
    "POT-Creation-Date",
    "PO-Revision-Date",
    "Last-Translator",
    "Language-Team",
    "Language",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Plural-Forms",
)

def parse_po(path: Path | str, text: str | None = None) -> polib.POFile:
    """Parse a PO/POT file (or its ``text``) for editing; raise :class:`InputError` if malformed.

    The file is read by the one strict reader (:func:`pipeline.poreader.read_po`: what msgfmt refuses is refused
    here too, with its line) and decoded by its declared charset; a catalog in another charset than UTF-8 comes
    back with its header saying UTF-8, since every catalog the pipeline writes is UTF-8."""
    path = Path(path)
    if text is None:
        text = decode_po(path, read_input(path)).text
    checked = read_po(path, text)
    domains = sorted({e.domain for e in checked.entries if e.domain})
    if domains:
        line = next((i for i, row in enumerate(text.split("\n"), 1) if row.lstrip("#~ \t").startswith("domain")),
                    None)
        raise InputError(path, f"catalog holds the domain(s) {', '.join(domains)}; the pipeline keeps one domain "
                         "a catalog (split it with msggrep or msgcat first)", line)
    try:
        po = polib.pofile(text, wrapwidth=WRAP, encoding="utf-8")
    except (OSError, ValueError):
        po = _from_entries(checked)  # msgfmt's grammar allows spacing polib's line reader does not
    po.fpath = str(path)
    _keep_obsolete_previous(po, checked)
    content_type = po.metadata.get("Content-Type", "")
    if checked.metadata:
        po.metadata["Content-Type"] = utf8_content_type(content_type) if "charset=" in content_type \
            else "text/plain; charset=UTF-8"
    return po


def read_catalog_text(path: Path, data: bytes) -> str:
    """A catalog's text for the pipeline to rewrite in place: decoded by its charset, and when that is not
    UTF-8, with the header's charset changed to UTF-8 (what the pipeline writes)."""
    decoded = decode_po(path, data)
    if decoded.is_utf8 or decoded.charset == "":
        return decoded.text
    return _CONTENT_TYPE.sub(lambda m: utf8_content_type(m.group(0)), decoded.text, count=1)


_CONTENT_TYPE = re.compile(r'"Content-Type:[^"\n]*')


def _keep_obsolete_previous(po: polib.POFile, checked: PoCatalog) -> None:
    """polib skips the ``#~|`` lines of an obsolete entry; put them back from the strict reader's entries."""
    previous = {(e.msgctxt, e.msgid): e for e in checked.entries if e.obsolete and (
        e.previous_msgid is not None or e.previous_msgctxt is not None)}
    if not previous:
        return
    for entry in po.obsolete_entries():
        had = previous.get((entry.msgctxt, entry.msgid))
        if had is not None:
            entry.previous_msgctxt = had.previous_msgctxt
            entry.previous_msgid = had.previous_msgid
            entry.previous_msgid_plural = had.previous_msgid_plural


def _from_entries(checked: PoCatalog) -> polib.POFile:
    """A polib catalog built from the strict reader's entries."""
    po = polib.POFile(wrapwidth=WRAP, encoding="utf-8")
    for e in checked.entries:
        if e.msgid == "" and e.msgctxt is None and not e.obsolete and not po.metadata:
            po.header = e.tcomment
            po.metadata_is_fuzzy = ["fuzzy"] if "fuzzy" in e.flags else []
            po.metadata.update(checked.metadata)
            continue
        po.append(polib.POEntry(
            msgid=e.msgid, msgstr=e.msgstr, msgctxt=e.msgctxt, msgid_plural=e.msgid_plural,
            msgstr_plural=dict(e.msgstr_plural), flags=list(e.flags), tcomment=e.tcomment, comment=e.comment,
            occurrences=list(e.occurrences), obsolete=e.obsolete, linenum=e.linenum,
            previous_msgctxt=e.previous_msgctxt, previous_msgid=e.previous_msgid,
            previous_msgid_plural=e.previous_msgid_plural))
    return po


def _as_read(comment: str | None) -> str:
    if not comment:
        return comment or ""
    lines = [line.rstrip() for line in comment.split("\n")]
    return "\n".join(lines) if any(lines) else ""


def render_po(po: polib.POFile) -> str:
    """The exact text polib writes for ``po`` (used for atomic, no-churn saves).

    Comments are written as a PO reader reads them back (no spaces at the end of a line; a comment of
    spaces only is none), so that a catalog reads back exactly as it was written."""
    po.wrapwidth = WRAP
    for e in po:
        e.tcomment = _as_read(e.tcomment)
        e.comment = _as_read(e.comment)
    text = str(po)
    return text if text.endswith("\n") else text + "\n"


def save_po(po: polib.POFile, path: Path | str) -> bool:
    """Atomically write ``po``; return True if the file changed."""
    return atomic_write(Path(path), render_po(po))


def ordered_metadata(meta: dict[str, str]) -> dict[str, str]:
    """Header fields in the conventional gettext order, extra fields after, sorted."""
    out = {k: meta[k] for k in PO_HEADER_ORDER if k in meta}
    for k in sorted(meta):
        if k not in out:
            out[k] = meta[k]
    return out


def is_translated(entry: polib.POEntry) -> bool:
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(v for v in entry.msgstr_plural.values())
    return bool(entry.msgstr)


def has_translation(entry: polib.POEntry) -> bool:
    """Some target text exists (fuzzy or not)."""
    if entry.msgid_plural:
        return any(v for v in entry.msgstr_plural.values())
    return bool(entry.msgstr)


def entry_key(entry: polib.POEntry) -> tuple[str, str]:
    return (entry.msgctxt or "", entry.msgid)
