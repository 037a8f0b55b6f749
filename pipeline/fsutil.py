"""Atomic file writes.

A write goes to a temporary file in the destination folder, is flushed and
fsync'ed, then renamed over the destination with :func:`os.replace`, so a
reader sees either the old file or the new one, never half of each.  A
:class:`Transaction` stages several files and renames them only when every
one was written, so a failed run leaves the previous files intact.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .cache import digest, file_digest
from .errors import InputError
from .inputs import read_input


def _write_temp(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        _name_the_file(exc, path)
        raise
    return Path(tmp)


def _name_the_file(exc: BaseException, path: Path) -> None:
    """A refused write that does not say which file (a full disk) is raised again naming ``path``."""
    if isinstance(exc, OSError) and not exc.filename:
        raise OSError(exc.errno, f"cannot write: {exc.strerror}", str(path)) from None


def read_bytes(path: Path) -> bytes:
    """A file's bytes; an unreadable file is a one-line :class:`~pipeline.errors.InputError`."""
    return read_input(path)


def _same(path: Path, data: bytes) -> bool:
    """Whether ``path`` holds exactly ``data`` (by hash, through the per-run memo of file hashes)."""
    try:
        return file_digest(path) == digest(data)
    except InputError:  # missing or unreadable: write it
        return False


def atomic_write(path: Path | str, data: bytes | str, *, only_if_changed: bool = True) -> bool:
    """Write ``data`` to ``path`` atomically; return True when the file changed.

    With ``only_if_changed`` (the default) an identical file is left untouched,
    so re-running a step on unchanged input changes no byte and no mtime.
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if only_if_changed and _same(path, data):
        return False
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        _name_the_file(exc, path)
        raise
    return True


@contextlib.contextmanager
def locked(path: Path | str) -> Iterator[None]:
    """The one lock protocol of every writer of a catalog (saves, review marks, waivers, ``update``,
    ``init``): an exclusive advisory lock on ``<file>.lock`` beside it, held for the read-check-write."""
    path = Path(path)
    lock = path.with_name(path.name + ".lock")
    with open(lock, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


#: ``base`` of a staged write whose file must not exist yet (a catalog being created)
ABSENT = ""


def _current(path: Path) -> str:
    """The hash of what ``path`` holds now (read, not memoised), or :data:`ABSENT`."""
    try:
        return digest(read_input(path))
    except InputError:
        if os.path.lexists(path):
            raise
        return ABSENT


class Transaction:
    """Stage several writes; rename them into place only if all succeeded.

    A write may name the ``base`` it was made from (the hash of the file it read, or :data:`ABSENT`):
    it is then renamed into place under the file's lock only if the file still holds that base.  If
    another writer changed the file meanwhile (an editor save during ``update``), ``redo`` is called
    under the lock to make the write again from what the file holds now (None: nothing to write), or,
    without ``redo``, the file is left as the other writer made it and listed in ``kept``.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path, str | None, Callable[[], bytes | str | None] | None]] = []
        self.changed: list[Path] = []
        self.kept: list[Path] = []  # changed by another writer since read; left as that writer made it

    def write(self, path: Path | str, data: bytes | str, *, base: str | None = None,
              redo: Callable[[], bytes | str | None] | None = None) -> bool:
        path = Path(path)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if _same(path, data):
            return False
        self._staged.append((_write_temp(path, data), path, base, redo))
        return True

    def commit(self) -> list[Path]:
        for tmp, dest, base, redo in self._staged:
            if base is None:
                os.replace(tmp, dest)
                self.changed.append(dest)
                continue
            with locked(dest):
                if _current(dest) == base:
                    os.replace(tmp, dest)
                    self.changed.append(dest)
                    continue
                os.unlink(tmp)
                again = redo() if redo is not None else None
                if again is None:
                    self.kept.append(dest)
                elif atomic_write(dest, again):
                    self.changed.append(dest)
        self._staged.clear()
        return self.changed

    def rollback(self) -> None:
        for tmp, *_ in self._staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self._staged.clear()


@contextlib.contextmanager
def transaction() -> Iterator[Transaction]:
    """``with transaction() as tx: tx.write(...)`` — all files or none."""
    tx = Transaction()
    try:
        yield tx
        tx.commit()
    except BaseException:
        tx.rollback()  # the temp files of what was not renamed into place go too (a full disk, no permission)
        raise


#: what an interrupted run leaves: ``.<name>.<pid>-<random>.tmp`` files beside the file being written,
#: ``.<site>.new-<pid>-<random>`` and ``.<site>.old-<pid>`` folders beside a site being built
_LITTER = re.compile(r"^\..+\.(?:(\d+)-[^.]*\.tmp|new-(\d+)-.*|old-(\d+))$")
#: litter of an older version, without a process id, is taken once it is this old (seconds)
_STALE = 3600


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_litter(folder: Path, *, recursive: bool = True) -> int:
    """Remove the temp files and staging folders that interrupted runs left in ``folder`` (and below):
    those of a process that no longer runs.  Returns how many were removed."""
    if not folder.is_dir():
        return 0
    removed = 0
    now = time.time()
    for root, dirs, files in os.walk(folder):
        for name in [*files, *dirs]:
            path = Path(root) / name
            with contextlib.suppress(OSError):
                if _stale(path, name, now):
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path)
                    else:
                        path.unlink()
                    removed += 1
        if not recursive:
            break
        dirs[:] = [d for d in dirs if (Path(root) / d).is_dir()]  # not into what was just removed
    return removed


def _stale(path: Path, name: str, now: float) -> bool:
    m = _LITTER.match(name)
    if m is not None:
        pid = int(next(g for g in m.groups() if g))
        return pid != os.getpid() and not _alive(pid)
    # an older version's temp file, without a process id: taken once it is surely abandoned
    return name.startswith(".") and name.endswith(".tmp") and now - path.lstat().st_mtime > _STALE
