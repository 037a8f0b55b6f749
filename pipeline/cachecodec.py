"""The cache's value format: JSON, read back into a fixed list of our own record types and nothing else.

A cached value is data, never code: what a planted or damaged cache row holds can at worst be rejected.
Plain JSON values stand for themselves; everything else is one tagged object:

- ``{"t": [...]}`` a tuple, ``{"s": [...]}`` a frozenset, ``{"m": [[key, value], ...]}`` a dict,
- ``{"p": "..."}`` a path, ``{"d": "2026-12-07"}`` a date, ``{"n": "38.5"}`` a Decimal,
- ``{"a": ["Q", "<base64>"]}`` an array of integers,
- ``{"c": "Finding", "f": {...}}`` one of the record types in :func:`_records`, by name, with exactly its fields.

:func:`decode` raises :class:`ValueError` on anything else (an unknown tag or record, a missing or extra
field, a value of the wrong kind), which the cache treats as a miss.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import json
from array import array
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

#: how deep a value may nest (a handout's items are a few levels; a planted row may not recurse the reader)
MAX_DEPTH = 64


@functools.cache
def _records() -> dict[str, type]:
    """The record types a cached value may hold, by class name."""
    from .checks.base import Finding
    from .handout import Block, Handout, Item, Message, Section
    from .validate import CatalogResult

    return {cls.__name__: cls for cls in (Finding, CatalogResult, Handout, Section, Block, Item, Message)}


def _enc(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_enc(v) for v in value]
    if isinstance(value, tuple):
        return {"t": [_enc(v) for v in value]}
    if isinstance(value, frozenset | set):
        return {"s": [_enc(v) for v in value]}
    if isinstance(value, dict):
        return {"m": [[_enc(k), _enc(v)] for k, v in value.items()]}
    if isinstance(value, Path):
        return {"p": str(value)}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    if isinstance(value, array):
        return {"a": [value.typecode, base64.b64encode(value.tobytes()).decode("ascii")]}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and _records().get(name) is type(value):
        return {"c": name, "f": {f.name: _enc(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    raise TypeError(f"the cache cannot store a {name}")


def encode(value: Any) -> bytes:
    """``value`` as compact JSON (UTF-8)."""
    return json.dumps(_enc(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _dec(value: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise ValueError("nested too deep")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_dec(v, depth + 1) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2):
        raise ValueError("not a cache value")
    if "c" in value:
        cls = _records().get(value["c"]) if isinstance(value["c"], str) else None
        fields = value.get("f")
        if cls is None or not isinstance(fields, dict):
            raise ValueError(f"not a record the cache keeps: {str(value['c'])[:40]}")
        known = {f.name: f for f in dataclasses.fields(cls)}
        if set(fields) != set(known):
            raise ValueError(f"{cls.__name__} with other fields")
        args = {k: _dec(v, depth + 1) for k, v in fields.items()}
        obj = cls(**{k: v for k, v in args.items() if known[k].init})
        for k, v in args.items():
            if not known[k].init:
                object.__setattr__(obj, k, v)
        return obj
    if len(value) != 1:
        raise ValueError("not a cache value")
    (tag, body), = value.items()
    if tag in ("t", "s", "m") and not isinstance(body, list):
        raise ValueError("not a cache value")
    if tag == "t":
        return tuple(_dec(v, depth + 1) for v in body)
    if tag == "s":
        return frozenset(_dec(v, depth + 1) for v in body)
    if tag == "m":
        if not all(isinstance(kv, list) and len(kv) == 2 for kv in body):
            raise ValueError("not a cache value")
        return {_dec(k, depth + 1): _dec(v, depth + 1) for k, v in body}
    if not isinstance(body, str | list):
        raise ValueError("not a cache value")
    try:
        if tag == "p" and isinstance(body, str):
            return Path(body)
        if tag == "d" and isinstance(body, str):
            return dt.date.fromisoformat(body)
        if tag == "n" and isinstance(body, str):
            return Decimal(body)
        if tag == "a" and isinstance(body, list) and len(body) == 2 and body[0] in ("Q", "q", "L", "l", "I", "i"):
            out = array(body[0])
            out.frombytes(base64.b64decode(body[1], validate=True))
            return out
    except (ValueError, InvalidOperation, TypeError) as exc:
        raise ValueError(f"not a cache value: {exc}") from None
    raise ValueError(f"not a cache value: tag {tag[:10]!r}")


def decode(data: bytes) -> Any:
    """A value written by :func:`encode`; :class:`ValueError` for anything else."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not a cache value: {exc}") from None
    try:
        return _dec(raw, 0)
    except RecursionError:
        raise ValueError("nested too deep") from None
