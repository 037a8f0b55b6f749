"""A content-addressed cache of step results, so unchanged work is not redone.

Keys are hashes of a step's inputs (file *contents*, never timestamps) and of the
pipeline itself (its code, language data and templates), so a changed input or a
new version of the tool misses the cache and is recomputed.  Values are JSON
(:mod:`pipeline.cachecodec`: plain data and a fixed list of our own record types,
never code) kept in one SQLite file, ``<project>/.cache/pipeline.sqlite3``:
removing it (or ``--no-cache``) only makes the next run slower, and a damaged,
planted or foreign row is a miss.  Only the main process reads and writes it;
workers get inputs and return results.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .cachecodec import decode, encode
from .errors import InputError
from .inputs import read_input

_PACKAGE = Path(__file__).resolve().parent
#: bump to drop every cached result on purpose
SCHEMA = 2


@functools.cache
def fingerprint() -> str:
    """A hash of the pipeline's code, language data and templates."""
    h = hashlib.blake2b(f"schema {SCHEMA}".encode(), digest_size=16)
    for p in sorted(_PACKAGE.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".yaml", ".html", ".css", ".j2", ".txt", ".json"):
            h.update(str(p.relative_to(_PACKAGE)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def digest(*parts: bytes | str) -> str:
    """One key for several inputs (each length-prefixed, so ("ab", "c") ≠ ("a", "bc"))."""
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


#: absolute path -> ((inode, size, mtime_ns, ctime_ns), content hash): read once per run, and across runs
#: through the cache's ``files`` table
_DIGESTS: dict[str, tuple[tuple[int, int, int, int], str]] = {}
#: a memo row is kept across runs only for a file last changed this long ago, so a file rewritten
#: within one timestamp tick of being hashed is never mistaken for the old contents (git's "racy" rule)
_SETTLED_NS = 2_000_000_000


def file_digest(path: Path | str) -> str:
    """The hash of a file's contents, read once however many steps (and runs) ask.

    The file's inode, size, modification and change times only key the memo of its hash, as
    git's index does: any write changes the change time, so a changed file is read and hashed
    again.  What decides whether work is redone is the content hash itself.
    """
    name = os.path.abspath(path)
    try:
        st = os.stat(name)
        sig = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        hit = _DIGESTS.get(name)
        if hit is not None and hit[0] == sig:
            return hit[1]
        value = digest(read_input(name))
        _DIGESTS[name] = (sig, value)
        return value
    except OSError as exc:
        raise InputError(Path(path), f"cannot read: {exc.strerror}") from None


def digest_if_exists(path: Path | str) -> str | None:
    """:func:`file_digest`, or ``None`` when there is no such file (one system call, not two)."""
    try:
        return file_digest(path)
    except InputError:
        if os.path.lexists(path):
            raise  # there, but unreadable
        return None


class Cache:
    """``get``/``put`` by (kind, key); a disabled cache misses every time and stores nothing."""

    def __init__(self, folder: Path | None) -> None:
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, str, bytes]] = []
        self._written = 0  # rows stored by this run
        self._stored: dict[str, tuple[tuple[int, int, int, int], str]] = {}
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(folder / "pipeline.sqlite3", timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS results (kind TEXT, key TEXT, value BLOB, "
                             "PRIMARY KEY (kind, key)) WITHOUT ROWID")
            self._db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, ino INTEGER, "
                             "size INTEGER, mtime INTEGER, ctime INTEGER, digest TEXT) WITHOUT ROWID")
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            row = self._db.execute("SELECT value FROM meta WHERE name='version'").fetchone()
            if row is None or row[0] != fingerprint():
                # results of another version of the pipeline can never be used: drop them, once
                with self._db:
                    self._db.execute("DELETE FROM results")
                    self._db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (fingerprint(),))
            for name, *sig, value in self._db.execute("SELECT * FROM files"):
                self._stored[name] = (tuple(sig), value)  # type: ignore[assignment]
                _DIGESTS.setdefault(name, (tuple(sig), value))  # type: ignore[arg-type]
        except sqlite3.OperationalError:
            self._close_quietly()  # a full disk or a locked, unwritable cache only costs speed
        except sqlite3.DatabaseError as exc:  # not a database, or another program's: costs only speed
            print(f"note: {folder / 'pipeline.sqlite3'}: not a cache this pipeline can use ({exc}); ignored — "
                  "remove it to start a new one", file=sys.stderr)
            self._close_quietly()
        except OSError:
            self._close_quietly()  # a read-only cache folder only costs speed

    def _close_quietly(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None

    @classmethod
    def for_project(cls, root: Path, enabled: bool = True) -> Cache:
        return cls(root / ".cache" if enabled else None)

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def key(self, *parts: bytes | str) -> str:
        return digest(fingerprint(), *parts)

    def get(self, kind: str, key: str) -> Any | None:
        if self._db is None:
            return None
        row = self._db.execute("SELECT value FROM results WHERE kind=? AND key=?", (kind, key)).fetchone()
        if row is None:
            return None
        try:
            return decode(row[0])
        except ValueError:  # a damaged or planted entry is a miss, not a failure
            return None

    def get_many(self, kind: str, keys: Iterable[str]) -> dict[str, Any]:
        """The cached values of the keys that hit."""
        out: dict[str, Any] = {}
        if self._db is None:
            return out
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            marks = ",".join("?" * len(part))
            for key, value in self._db.execute(
                    f"SELECT key, value FROM results WHERE kind=? AND key IN ({marks})", (kind, *part)):
                if isinstance(value, bytes):
                    with contextlib.suppress(ValueError):
                        out[key] = decode(value)
        return out

    def put(self, kind: str, key: str, value: Any) -> None:
        if self._db is not None:
            self._pending.append((kind, key, encode(value)))

    def commit(self) -> None:
        """Store what was put (one transaction; a concurrent run waits, and a failure only loses speed)."""
        if self._db is None:
            return
        settled = time.time_ns() - _SETTLED_NS
        files = [(name, *sig, value) for name, (sig, value) in _DIGESTS.items()
                 if max(sig[2], sig[3]) < settled and self._stored.get(name) != (sig, value)]
        if not self._pending and not files:
            return
        with contextlib.suppress(sqlite3.Error), self._db:
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", self._pending)
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", files)
            self._stored.update((name, (tuple(sig), value)) for name, *sig, value in files)  # type: ignore[misc]
            self._written += len(self._pending) + len(files)
        self._pending.clear()

    def close(self) -> None:
        self.commit()
        if self._db is not None:
            if self._written > 1000:
                # fold the write-ahead log into the database now, so the next (small) run does not
                # pay for this run's writes
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
            self._db = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


