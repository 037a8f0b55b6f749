"""Who changed what: an append-only history beside each catalog.

``locales/<L>/LC_MESSAGES/<ID>.po`` has its history in ``<ID>.history.jsonl`` next to it: one JSON
object per line, one line per event — a save, a review mark, a rejection, a comment, a waiver
proposed or approved, a conflict resolved — with who (and whether that name was verified by a
sign-in), when (UTC), the entry (msgctxt) and the text before and after.  Lines are only ever
appended (``O_APPEND``, one ``write`` per batch, under the file's lock), never rewritten, so the file
is git-friendly: ``.gitattributes`` merges it with ``merge=union``, and two branches that both added
events keep both.  The PO file itself stays standard gettext.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .fsutil import locked
from .inputs import read_input

SUFFIX = ".history.jsonl"

#: what an event can be
EVENTS = ("save", "review", "reject", "comment", "waiver-proposed", "waiver-approved", "resolve", "import")

Text = str | list[str]


@dataclass(frozen=True)
class Who:
    """Who is acting: a name, and whether a sign-in (OIDC) vouches for it."""

    name: str
    verified: bool = False
    email: str = ""

    @property
    def id(self) -> str:
        """The key of this person's drafts: the sign-in's e-mail, else the name as typed."""
        return f"oidc:{self.email.casefold()}" if self.verified and self.email else f"name:{self.name.strip()}"

    @property
    def label(self) -> str:
        return self.name if self.verified else f"{self.name} (unverified)"


@dataclass(frozen=True)
class Event:
    event: str
    msgctxt: str
    by: str
    verified: bool = False
    at: str = ""  # ISO 8601, UTC, seconds
    old: Text | None = None
    new: Text | None = None
    comment: str = ""
    detail: dict[str, str] = field(default_factory=dict)

    def line(self) -> str:
        data = {k: v for k, v in asdict(self).items() if v not in (None, "", {})}
        data["verified"] = self.verified
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def path_for(po_path: Path | str) -> Path:
    po_path = Path(po_path)
    return po_path.with_name(po_path.stem + SUFFIX)


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def event(kind: str, msgctxt: str, who: Who, *, old: Text | None = None, new: Text | None = None,
          comment: str = "", **detail: str) -> Event:
    if kind not in EVENTS:
        raise ValueError(f"unknown history event {kind!r}")
    return Event(kind, msgctxt, who.name.strip(), who.verified, now(), old, new, comment.strip(), detail)


def append(po_path: Path | str, events: Iterable[Event]) -> None:
    """Append ``events`` to the catalog's history: one write, under the history file's own lock."""
    lines = "".join(e.line() + "\n" for e in events)
    if not lines:
        return
    target = path_for(po_path)
    with locked(target):
        fd = os.open(target, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            size = os.fstat(fd).st_size
            torn = size > 0 and os.pread(fd, 1, size - 1) != b"\n"  # a crash cut the last line short
            data = (("\n" if torn else "") + lines).encode("utf-8")
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.fsync(fd)
        finally:
            os.close(fd)


def read(po_path: Path | str, msgctxt: str | None = None) -> list[Event]:
    """The catalog's events, oldest first (of one entry with ``msgctxt``).  A line that is not an
    event — a torn write, a merge artefact — is skipped, never fatal: history is a record, not input."""
    target = path_for(po_path)
    if not target.exists():
        return []
    out = []
    for raw in read_input(target).decode("utf-8", "replace").splitlines():
        try:
            data = json.loads(raw)
            ev = Event(str(data["event"]), str(data.get("msgctxt", "")), str(data.get("by", "")),
                       bool(data.get("verified", False)), str(data.get("at", "")), data.get("old"),
                       data.get("new"), str(data.get("comment", "")),
                       {str(k): str(v) for k, v in (data.get("detail") or {}).items()})
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        if msgctxt is None or ev.msgctxt == msgctxt:
            out.append(ev)
    return out


def last_change(po_path: Path | str, msgctxt: str) -> Event | None:
    """The newest event that changed the entry's text (a save or a resolution), if any."""
    for ev in reversed(read(po_path, msgctxt)):
        if ev.event in ("save", "resolve"):
            return ev
    return None
