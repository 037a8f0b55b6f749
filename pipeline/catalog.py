"""Reading and writing gettext catalogs with polib-level fidelity.

Every catalog the pipeline writes is canonical polib output (78-column
wrapping), so loading and saving one changes no byte; comments, flags,
previous msgids (``#|``) and obsolete entries (``#~``) survive a round trip.
Reads are strict: wrong encodings and syntax errors become one
``path:line: message`` error.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

from .errors import InputError
from .fsutil import atomic_write
from .poreader import read_po
from .yamlio import read_text

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

_LINE_RE = re.compile(r"\(line (\d+)\)")


#: a msgid (and its continuation lines) not followed by msgid_plural or msgstr
_NO_MSGSTR = re.compile(r'^msgid[ \t]+"(?:[^"\\\n]|\\.)*"[ \t]*(?:\n|\Z)(?:[ \t]*"(?:[^"\\\n]|\\.)*"[ \t]*\n)*+'
                        r'(?![ \t]*(?:msgid_plural|msgstr))', re.M)


def parse_po(path: Path | str, text: str | None = None) -> polib.POFile:
    """Parse a PO/POT file (or its ``text``); raise :class:`InputError` if malformed."""
    path = Path(path)
    if text is None:
        text = read_text(path)
    charset = re.search(r'"Content-Type:[^"]*charset=([A-Za-z0-9_.:-]+)', text)
    if charset and charset.group(1).lower().replace("_", "-") not in ("utf-8", "utf8", "charset"):
        line = text[: charset.start()].count("\n") + 1
        raise InputError(path, f"catalog declares charset {charset.group(1)}; only UTF-8 is supported", line)
    read_po(path, text)  # the validator's strict reader: what msgfmt refuses is refused here too
    dangling = _NO_MSGSTR.search(text)
    if dangling:  # polib would read it as an empty translation; msgfmt refuses it
        raise InputError(path, "malformed PO: msgid has no msgstr", text[: dangling.start()].count("\n") + 1)
    try:
        po = polib.pofile(text, wrapwidth=WRAP, encoding="utf-8")
    except (OSError, ValueError) as exc:
        msg = str(exc)
        m = _LINE_RE.search(msg)
        line = int(m.group(1)) if m else None
        clean = _LINE_RE.sub("", msg).strip().rstrip(":").strip()
        if clean.lower().startswith("syntax error in po file"):
            clean = "malformed PO: syntax error"
        elif "duplicate" in clean.lower():
            clean = "malformed PO: " + clean.split(":")[0].lower()
        else:
            clean = "malformed PO: " + clean
        raise InputError(path, clean, line) from None
    po.fpath = str(path)
    seen: set[tuple[str, str, bool]] = set()
    for entry in po:
        key = (entry.msgctxt or "", entry.msgid, entry.obsolete)
        if key in seen:
            where = f" (msgctxt {entry.msgctxt!r})" if entry.msgctxt else ""
            raise InputError(path, f"malformed PO: duplicate entry {entry.msgid[:40]!r}{where}", entry.linenum)
        seen.add(key)
        if entry.msgid_plural and not entry.msgstr_plural:
            raise InputError(path, "malformed PO: plural entry has no msgstr[0]", entry.linenum)
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
