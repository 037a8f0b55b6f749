"""Reading an input file safely: only regular files, within a size limit, one clear line otherwise.

A FIFO or a device in place of a catalog would block a run forever; a huge file would exhaust memory.
Both are refused before a byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InputError

#: the largest input file read (catalogs of a few thousand entries are a few MB)
MAX_FILE_BYTES = 256 * 1024 * 1024


def read_input(path: Path | str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file at ``path``; anything else is an :class:`InputError`."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(Path(path), f"cannot read: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(Path(path), "not a regular file (a pipe, device or folder); give a file")
        if st.st_size > limit:
            raise InputError(Path(path), f"file too large ({st.st_size:,} bytes; the limit is {limit:,})")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(Path(path), f"cannot read: {exc.strerror}") from None
    finally:
        os.close(fd)


def decode(path: Path | str, data: bytes, codec: str, name: str, advice: str = "") -> str:
    """``data`` decoded strictly with ``codec``; a byte it does not allow is an :class:`InputError` at its line
    and column: ``not valid <name> (byte 0x..)[; <advice>]``."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        said = f"not valid {name} (byte 0x{data[exc.start]:02x})" + (f"; {advice}" if advice else "")
        raise InputError(Path(path), said, line, col) from None
