"""Errors that reach the user as one line: ``path:line[:col]: message``.

Every module raises :class:`InputError` for bad input (malformed YAML or PO,
wrong encoding, unknown locale, schema violations).  The CLI turns it into a
single line on stderr and exit code 2 — never a traceback.  What the machine
refuses (disk full, permission denied, a worker process killed) is
:class:`EnvironmentFailure` or an ``OSError``: one line and exit code 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class InputError(Exception):
    """Bad input that the user must fix; rendered as ``path:line:col: message``."""

    path: str | Path
    message: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class EnvironmentFailure(InputError):
    """Not the input's fault: the machine refused (a worker killed, a disk full); exit code 3."""
