"""Drafts: every edit kept on disk the moment it is committed, per person, until it is saved.

A draft is a translator's text for one entry (every plural form and the fuzzy flag) together with
the *base* it was made on — the entry as it was on disk when they started — and the states it went
through (for undo).  Drafts live in ``.editor/drafts.sqlite3`` in the project: user data, so not in
``.cache/`` (whose deletion may only ever cost time), and not in the browser session, so they
survive paging, filters, view switches, reloads and server restarts.  Plain SQLite columns and JSON
text: nothing read back is unpickled or evaluated.

A draft whose base no longer matches the catalog on disk is a *conflict*: somebody else saved that
entry meanwhile.  :func:`save_drafts` never writes over them; the translator resolves each one
(:func:`resolve`) by keeping their text, taking the other person's, or saving a merged text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import history
from .catalog import parse_po
from .history import Who
from .store import Key, SaveResult, Version, save_edits, snapshot

FOLDER = ".editor"
UNDO_DEPTH = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
  user TEXT NOT NULL, locale TEXT NOT NULL, domain TEXT NOT NULL, msgctxt TEXT NOT NULL, msgid TEXT NOT NULL,
  texts TEXT NOT NULL,          -- JSON list: the msgstr, or one per plural form
  fuzzy INTEGER NOT NULL,
  base TEXT NOT NULL,           -- JSON: the entry on disk when the draft began {"texts", "fuzzy", "tcomment"}
  undo TEXT NOT NULL,           -- JSON list of earlier [texts, fuzzy] states, newest last
  updated REAL NOT NULL,
  PRIMARY KEY (user, locale, domain, msgctxt, msgid)
)"""


def _dump_base(v: Version) -> str:
    return json.dumps({"texts": list(v.texts), "plural": isinstance(v.msgstr, tuple), "fuzzy": v.fuzzy,
                       "tcomment": v.tcomment}, ensure_ascii=False, sort_keys=True)


def _load_base(raw: str) -> Version:
    data = json.loads(raw)
    texts = tuple(str(t) for t in data["texts"])
    return Version(texts if data.get("plural") else texts[0], bool(data["fuzzy"]), str(data.get("tcomment", "")))


def _dump_undo(undo: tuple[tuple[tuple[str, ...], bool], ...] | list[tuple[tuple[str, ...], bool]]) -> str:
    return json.dumps([[list(t), f] for t, f in undo], ensure_ascii=False)


@dataclass(frozen=True)
class Draft:
    key: Key
    texts: tuple[str, ...]
    fuzzy: bool
    base: Version
    undo: tuple[tuple[tuple[str, ...], bool], ...]
    updated: float

    @property
    def changed(self) -> bool:
        """Unsaved: the text or the flag differs from the base it was made on."""
        return (self.texts, self.fuzzy) != self.base.content

    def version(self, tcomment: str | None = None) -> Version:
        text: str | tuple[str, ...] = self.texts if isinstance(self.base.msgstr, tuple) else self.texts[0]
        return Version(text, self.fuzzy, self.base.tcomment if tcomment is None else tcomment)


class DraftStore:
    """One SQLite file per project; rows keyed by person, catalog and entry."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.execute(_SCHEMA)

    @classmethod
    def for_project(cls, root: Path) -> DraftStore:
        return cls(Path(root) / FOLDER / "drafts.sqlite3")

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # a committed draft survives a power cut
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.close()

    @staticmethod
    def _row(row: tuple) -> Draft:  # type: ignore[type-arg]
        msgctxt, msgid, texts, fuzzy, base, undo, updated = row
        return Draft((msgctxt, msgid), tuple(json.loads(texts)), bool(fuzzy), _load_base(base),
                     tuple((tuple(t), bool(f)) for t, f in json.loads(undo)), float(updated))

    _COLS = "msgctxt, msgid, texts, fuzzy, base, undo, updated"

    def _fetch(self, db: sqlite3.Connection, who: Who, locale: str, domain: str, key: Key) -> Draft | None:
        row = db.execute(f"SELECT {self._COLS} FROM drafts WHERE user=? AND locale=? AND domain=? "
                         "AND msgctxt=? AND msgid=?", (who.id, locale, domain, *key)).fetchone()
        return self._row(row) if row else None

    def get(self, who: Who, locale: str, domain: str, key: Key) -> Draft | None:
        with self._db() as db:
            return self._fetch(db, who, locale, domain, key)

    def of_catalog(self, who: Who, locale: str, domain: str) -> dict[Key, Draft]:
        with self._db() as db:
            rows = db.execute(f"SELECT {self._COLS} FROM drafts WHERE user=? AND locale=? AND domain=? "
                              "ORDER BY updated", (who.id, locale, domain)).fetchall()
        return {d.key: d for d in map(self._row, rows)}

    def unsaved(self, who: Who) -> dict[tuple[str, str], list[Draft]]:
        """Every catalog in which this person has unsaved drafts, with those drafts."""
        with self._db() as db:
            rows = db.execute(f"SELECT locale, domain, {self._COLS} FROM drafts WHERE user=? "
                              "ORDER BY locale, domain, updated", (who.id,)).fetchall()
        out: dict[tuple[str, str], list[Draft]] = {}
        for locale, domain, *rest in rows:
            d = self._row(tuple(rest))
            if d.changed:
                out.setdefault((locale, domain), []).append(d)
        return out

    def put(self, who: Who, locale: str, domain: str, key: Key, texts: tuple[str, ...], fuzzy: bool,
            base: Version) -> Draft:
        """Keep this text as the person's draft of the entry (made on ``base`` if it is the first)."""
        with self._db() as db:
            old = self._fetch(db, who, locale, domain, key)
            if old is not None and (old.texts, old.fuzzy) == (texts, fuzzy):
                return old
            start = old.base if old else base
            undo = [*old.undo, (old.texts, old.fuzzy)] if old else [start.content]
            draft = Draft(key, tuple(texts), fuzzy, start, tuple(undo[-UNDO_DEPTH:]), time.time())
            db.execute("INSERT OR REPLACE INTO drafts VALUES (?,?,?,?,?,?,?,?,?,?)",
                       (who.id, locale, domain, *key, json.dumps(list(texts), ensure_ascii=False),
                        int(fuzzy), _dump_base(start), _dump_undo(draft.undo), draft.updated))
        return draft

    def undo(self, who: Who, locale: str, domain: str, key: Key) -> Draft | None:
        """Step the draft back to its previous state; None when there is nothing to undo."""
        with self._db() as db:
            old = self._fetch(db, who, locale, domain, key)
            if old is None or not old.undo:
                return None
            (texts, fuzzy), rest = old.undo[-1], old.undo[:-1]
            draft = Draft(key, texts, fuzzy, old.base, rest, time.time())
            db.execute("UPDATE drafts SET texts=?, fuzzy=?, undo=?, updated=? WHERE user=? AND locale=? "
                       "AND domain=? AND msgctxt=? AND msgid=?",
                       (json.dumps(list(texts), ensure_ascii=False), int(fuzzy), _dump_undo(rest), draft.updated,
                        who.id, locale, domain, *key))
        return draft

    def rebase(self, who: Who, locale: str, domain: str, key: Key, base: Version,
               texts: tuple[str, ...] | None = None) -> None:
        """Make the draft sit on ``base`` (what is on disk now), with ``texts`` if given."""
        with self._db() as db:
            sets, args = "base=?", [_dump_base(base)]
            if texts is not None:
                sets += ", texts=?"
                args.append(json.dumps(list(texts), ensure_ascii=False))
            db.execute(f"UPDATE drafts SET {sets} WHERE user=? AND locale=? AND domain=? AND msgctxt=? "
                       "AND msgid=?", (*args, who.id, locale, domain, *key))

    def drop(self, who: Who, locale: str, domain: str, keys: list[Key]) -> None:
        with self._db() as db:
            db.executemany("DELETE FROM drafts WHERE user=? AND locale=? AND domain=? AND msgctxt=? AND msgid=?",
                           [(who.id, locale, domain, *k) for k in keys])


# ----------------------------------------------------------------------------- saving and conflicts
@dataclass(frozen=True)
class DraftConflict:
    """A draft made on a base somebody else has changed since."""

    key: Key
    base: Version
    theirs: Version  # on disk now
    mine: Draft
    by: str  # who made theirs, from the history ("" when it changed outside the editor)
    at: str


def conflicts(store: DraftStore, who: Who, locale: str, domain: str, path: Path,
              disk: dict[Key, Version] | None = None) -> list[DraftConflict]:
    """The person's drafts of this catalog whose base is no longer what the catalog holds (``disk``: the
    catalog's entries as just read, if the caller has them; else the file is read)."""
    disk = snapshot(parse_po(path)) if disk is None else disk
    out = []
    for key, d in store.of_catalog(who, locale, domain).items():
        theirs = disk.get(key)
        if theirs is None or theirs == d.base:
            continue
        if theirs.content in ((d.texts, d.fuzzy), d.base.content):
            # they saved the very same text, or changed only comments (a review mark): nothing to choose
            store.rebase(who, locale, domain, key, theirs)
            continue
        last = history.last_change(path, key[0])
        out.append(DraftConflict(key, d.base, theirs, d, last.by if last else "", last.at if last else ""))
    return out


def save_drafts(store: DraftStore, who: Who, locale: str, domain: str, path: Path) -> SaveResult:
    """Save every unsaved draft of the catalog — conflict-aware, under the catalog's lock — record each
    saved entry in the history, and drop the drafts that were saved (or had nothing left to save)."""
    drafts = store.of_catalog(who, locale, domain)
    pending = {k: d for k, d in drafts.items() if d.changed}
    result = save_edits(path, {k: d.base for k, d in pending.items()},
                        {k: d.version() for k, d in pending.items()})
    moved = [c for c in result.conflicts  # only comments changed (a review mark): bring the base up to date
             if c.theirs.content == c.base.content]
    if moved:
        for c in moved:
            store.rebase(who, locale, domain, c.key, c.theirs)
        again = save_edits(path, {c.key: c.theirs for c in moved},
                           {c.key: pending[c.key].version(c.theirs.tcomment) for c in moved})
        result.conflicts = [c for c in result.conflicts if c not in moved] + again.conflicts
        result.saved += again.saved
        result.unchanged += again.unchanged
        result.missing += again.missing
    history.append(path, [history.event("save", k[0], who, old=list(pending[k].base.texts),
                                        new=list(pending[k].texts),
                                        fuzzy="yes" if pending[k].fuzzy else "no") for k in result.saved])
    done = [*result.saved, *result.unchanged, *result.missing,
            *(k for k, d in drafts.items() if not d.changed)]
    store.drop(who, locale, domain, done)
    return result


RESOLUTIONS = ("keep-mine", "take-theirs", "merged")


def resolve(store: DraftStore, who: Who, locale: str, domain: str, path: Path, key: Key, how: str,
            merged: tuple[str, ...] | None = None) -> SaveResult:
    """Settle one conflict knowingly: ``keep-mine`` writes the draft over what the other person saved,
    ``take-theirs`` drops the draft, ``merged`` saves ``merged`` — each recorded in the history."""
    if how not in RESOLUTIONS:
        raise ValueError(f"unknown resolution {how!r}")
    draft = store.get(who, locale, domain, key)
    theirs = snapshot(parse_po(path)).get(key)
    if draft is None or theirs is None:
        store.drop(who, locale, domain, [key])
        return SaveResult(missing=[key])
    if how == "take-theirs":
        store.drop(who, locale, domain, [key])
        history.append(path, [history.event("resolve", key[0], who, old=list(draft.texts),
                                            new=list(theirs.texts), resolution=how)])
        return SaveResult(unchanged=[key])
    texts = merged if how == "merged" and merged is not None else draft.texts
    store.rebase(who, locale, domain, key, theirs, texts)
    mine = dataclasses.replace(draft, texts=texts, base=theirs)  # the draft as the store now holds it
    result = save_edits(path, {key: theirs}, {key: mine.version()})
    if key in result.saved:
        history.append(path, [history.event("resolve", key[0], who, old=list(theirs.texts), new=list(texts),
                                            resolution=how)])
    if key in (*result.saved, *result.unchanged):
        store.drop(who, locale, domain, [key])
    return result
