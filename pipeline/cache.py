"""A content-addressed cache of step results, so unchanged work is not redone.

Keys are hashes of a step's inputs (file *contents*, never timestamps) and of the
pipeline itself (its code, language data and templates), so a changed input or a
new version of the tool misses the cache and is recomputed.  Values are pickled
results kept in one SQLite file, ``<project>/.cache/pipeline.sqlite3``: removing
it (or ``--no-cache``) only makes the next run slower.  Only the main process
reads and writes it; workers get inputs and return results.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import InputError

_PACKAGE = Path(__file__).resolve().parent
#: bump to drop every cached result on purpose
SCHEMA = 1


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


_DIGESTS: dict[tuple[str, int, int, int], str] = {}


def file_digest(path: Path) -> str:
    """The hash of a file's contents, read once per run however many steps ask.

    The file's identity and size/modification time only key this in-process memo (a file a
    step rewrites is read and hashed again); what decides whether work is redone is the
    content hash itself.
    """
    try:
        st = path.stat()
        memo = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
        hit = _DIGESTS.get(memo)
        if hit is None:
            hit = _DIGESTS[memo] = digest(path.read_bytes())
        return hit
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None


class Cache:
    """``get``/``put`` by (kind, key); a disabled cache misses every time and stores nothing."""

    def __init__(self, folder: Path | None) -> None:
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, str, bytes]] = []
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(folder / "pipeline.sqlite3", timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS results (kind TEXT, key TEXT, value BLOB, "
                             "PRIMARY KEY (kind, key)) WITHOUT ROWID")
        except (OSError, sqlite3.Error):
            self._db = None  # a read-only or broken cache folder only costs speed

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
            return pickle.loads(row[0])
        except Exception:  # a damaged entry is a miss, not a failure
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
                with contextlib.suppress(Exception):
                    out[key] = pickle.loads(value)
        return out

    def put(self, kind: str, key: str, value: Any) -> None:
        if self._db is not None:
            self._pending.append((kind, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))

    def commit(self) -> None:
        """Store what was put (one transaction; a concurrent run waits, and a failure only loses speed)."""
        if self._db is None or not self._pending:
            return
        with contextlib.suppress(sqlite3.Error), self._db:
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", self._pending)
        self._pending.clear()

    def close(self) -> None:
        self.commit()
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


