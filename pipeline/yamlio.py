"""Reading YAML with ruamel.yaml: strict UTF-8, positions kept for error messages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .errors import InputError
from .inputs import decode, read_input


def decode_utf8(path: Path, data: bytes) -> str:
    """Decode strictly; a bad byte becomes ``path:line:col: not valid UTF-8``."""
    return decode(path, data, "utf-8", "UTF-8", "save the file as UTF-8").removeprefix("\ufeff")


def read_text(path: Path) -> str:
    """A file's text, strictly UTF-8; unreadable or undecodable input is an :class:`InputError`."""
    return decode_utf8(path, read_input(path))


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.preserve_quotes = True
    return yaml


def _fast_load(text: str) -> Any:
    """libyaml (C) composes the document; the nodes become the round-trip loader's mappings and
    sequences with the same positions, an order of magnitude faster than its pure-Python parser.

    Anything unusual (aliases, tags, merge keys, duplicate keys, a syntax error) returns None, and
    the caller falls back to the round-trip loader, whose messages users see.
    """
    y = YAML(typ="safe", pure=False)
    try:
        root = y.compose(text)
    except Exception:  # any parse problem: the round-trip loader reports it
        return None
    constructor = y.constructor
    seen: set[int] = set()

    def build(node: Any) -> Any:
        if id(node) in seen:
            raise _Unusual  # an alias
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            if not node.tag.startswith("tag:yaml.org,2002:"):
                raise _Unusual
            return constructor.construct_object(node, deep=True)
        if isinstance(node, MappingNode):
            m = CommentedMap()
            m._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
            for k, v in node.value:
                if not isinstance(k, ScalarNode) or k.tag == "tag:yaml.org,2002:merge":
                    raise _Unusual
                key = build(k)
                if not isinstance(key, str | int) or key in m:
                    raise _Unusual
                m[key] = build(v)
                m._yaml_set_kv_line_col(key, [k.start_mark.line, k.start_mark.column,
                                              v.start_mark.line, v.start_mark.column])
            return m
        if isinstance(node, SequenceNode):
            seq = CommentedSeq()
            seq._yaml_set_line_col(node.start_mark.line, node.start_mark.column)
            for i, v in enumerate(node.value):
                seq.append(build(v))
                seq._yaml_set_idx_line_col(i, [v.start_mark.line, v.start_mark.column])
            return seq
        raise _Unusual

    try:
        return build(root) if root is not None else None
    except (_Unusual, YAMLError, ValueError, TypeError):
        return None


class _Unusual(Exception):
    """Something the fast loader leaves to the round-trip loader."""


#: input limits: a handout or data file larger, or nested deeper, is refused before it is parsed (a parser
#: recursing through 32,000 brackets crashes the process)
MAX_BYTES = 2_000_000
MAX_DEPTH = 40

_MERGE = re.compile(r"^[ \t]*(?:- +)*<<[ \t]*:", re.MULTILINE)
_BRACKET = re.compile(r"[\[\]{}]")
_INDENT = re.compile(r"^( +)\S", re.MULTILINE)


def line_of(text: str, at: int) -> int:
    """The 1-based line of offset ``at`` in ``text``."""
    return text.count("\n", 0, at) + 1
_DATE_LIKE = re.compile(r"(?<![\w.:/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.:/-])")


def check_limits(path: Path, text: str) -> None:
    """Refuse what no handout needs and a parser cannot survive: too large, too deeply nested, merge keys."""
    if len(text) > MAX_BYTES:
        raise InputError(path, f"file too large ({len(text):,} characters; the limit is {MAX_BYTES:,})")
    depth = 0
    for m in _BRACKET.finditer(text):  # only the brackets are visited, not every character
        if m.group(0) in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(path, f"nested more than {MAX_DEPTH} levels deep", line_of(text, m.start()))
        else:
            depth = max(0, depth - 1)
    deep = next((m for m in _INDENT.finditer(text) if len(m.group(1)) > 4 * MAX_DEPTH), None)
    if deep is not None:
        raise InputError(path, f"nested more than {MAX_DEPTH} levels deep", line_of(text, deep.start()))
    merge = _MERGE.search(text)
    if merge:
        raise InputError(path, "merge keys (<<) are not supported here; write the keys out",
                         line_of(text, merge.start()))


def _bad_date(path: Path, text: str) -> InputError | None:
    """A date-like value that is no date (2026-13-45, 2026-02-30), with its position."""
    for m in _DATE_LIKE.finditer(text):
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            return InputError(path, f"{m.group(0)!r} is not a date ({exc}); write it YYYY-MM-DD",
                              line_of(text, m.start()), col)
    return None


def load_yaml(path: Path) -> Any:
    """Load a YAML file into round-trip mappings and sequences with positions, for error messages."""
    text = read_text(path)
    check_limits(path, text)
    fast = _fast_load(text)
    if fast is not None:
        return fast
    try:
        return round_trip_yaml().load(text)
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # a value the loader cannot build (a date that is none); never a traceback
        bad = _bad_date(path, text)
        if bad is not None:
            raise bad from None
        raise InputError(path, f"malformed YAML: {' '.join(str(exc).split()) or type(exc).__name__}") from None
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
