"""Waivers: a translator comment that silences one check on one entry, with a reason.

    # validate-ignore: quantities — the dose is written out in words here [fp:1a2b3c4d]

The fingerprint seals the waiver to the entry's current msgctxt, msgid and
msgstr: when any of them changes, the waiver lapses by itself and the check
runs again.  ``python -m pipeline waive`` writes sealed waivers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import polib

WAIVER_RE = re.compile(
    r"^\s*validate-ignore:\s*(?P<checks>[\w-]+(?:\s*,\s*[\w-]+)*)\s*"
    r"(?:(?:—|–|--|:)\s*(?P<reason>.*?))?\s*(?:\[fp:(?P<fp>[0-9a-f]{8})\])?\s*$"
)


@dataclass(frozen=True)
class Waiver:
    checks: tuple[str, ...]
    reason: str
    fingerprint: str | None
    line: str


def fingerprint(entry: polib.POEntry) -> str:
    target = entry.msgstr if not entry.msgid_plural else "\x00".join(
        entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    key = f"{entry.msgctxt or ''}\x04{entry.msgid}\x00{entry.msgid_plural or ''}\x00{target}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def waivers(entry: polib.POEntry) -> list[Waiver]:
    out = []
    for line in (entry.tcomment or "").splitlines():
        m = WAIVER_RE.match(line)
        if m:
            checks = tuple(c.strip() for c in m.group("checks").split(","))
            out.append(Waiver(checks, (m.group("reason") or "").strip(), m.group("fp"), line.strip()))
    return out


def status(entry: polib.POEntry, waiver: Waiver) -> str:
    """'active', 'no-reason', 'unsealed' or 'lapsed'."""
    if not waiver.reason:
        return "no-reason"
    if waiver.fingerprint is None:
        return "unsealed"
    if waiver.fingerprint != fingerprint(entry):
        return "lapsed"
    return "active"


def add_waiver(entry: polib.POEntry, checks: list[str], reason: str) -> str:
    """Add (or replace) a sealed waiver for ``checks`` on ``entry``; return the comment line."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("a waiver needs a reason")
    line = f"validate-ignore: {', '.join(checks)} — {reason} [fp:{fingerprint(entry)}]"
    kept = [ln for ln in (entry.tcomment or "").splitlines()
            if not (WAIVER_RE.match(ln) and set(WAIVER_RE.match(ln).group("checks").replace(" ", "").split(","))
                    == set(checks))]
    entry.tcomment = "\n".join([*kept, line])
    return line
