"""Reading YAML with ruamel.yaml: strict UTF-8, positions kept for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

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


def load_yaml(path: Path) -> Any:
    """Load a YAML file into round-trip mappings and sequences with positions, for error messages."""
    text = read_text(path)
    fast = _fast_load(text)
    if fast is not None:
        return fast
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
