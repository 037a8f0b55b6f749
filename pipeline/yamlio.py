"""Reading YAML with ruamel.yaml: strict UTF-8, positions kept for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import InputError


def decode_utf8(path: Path, data: bytes) -> str:
    """Decode strictly; a bad byte becomes ``path:line:col: not valid UTF-8``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                         line, col) from None
    return text.removeprefix("\ufeff")


def read_text(path: Path) -> str:
    """A file's text, strictly UTF-8; unreadable or undecodable input is an :class:`InputError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    return decode_utf8(path, data)


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.preserve_quotes = True
    return yaml


def load_yaml(path: Path) -> Any:
    """Load a YAML file in round-trip mode (comments and positions kept)."""
    text = read_text(path)
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(exc.problem or exc.context or "malformed YAML").split())
        if "duplicate key" in str(exc).lower():
            problem = "duplicate key " + problem.split('"')[1] if '"' in problem else problem
        if mark is None:
            raise InputError(path, f"malformed YAML: {problem}") from None
        raise InputError(path, f"malformed YAML: {problem}", mark.line + 1, mark.column + 1) from None
    except YAMLError as exc:
        raise InputError(path, f"malformed YAML: {' '.join(str(exc).split())}") from None
