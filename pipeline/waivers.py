"""Waivers: a translator comment that silences one check on one entry, with a reason.

    # validate-ignore: quantities — the dose is written out in words here [fp:1a2b3c4d]

The fingerprint seals the waiver to the entry's current msgctxt, msgid and
msgstr: when any of them changes, the waiver lapses by itself and the check
runs again.  ``python -m pipeline waive`` writes sealed waivers.

A waiver records who wrote it (``[by:Ana]``).  One that silences a clinical
check (a number, a phone number, a negation, a medicine … :data:`SECOND_PERSON`)
needs a second person: it stays *pending* — the finding still blocks ``all``,
``release-check`` and the site — until someone else approves it
(``waive --approve --by Ben`` adds ``[approved:Ben]``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import polib

WAIVER_RE = re.compile(
    r"^\s*validate-ignore:\s*(?P<checks>[\w-]+(?:\s*,\s*[\w-]+)*)\s*"
    r"(?:(?:—|–|--|:)\s*(?P<reason>.*?))?\s*(?P<tags>(?:\[(?:by|approved|fp):[^\]]*\]\s*)*)$"
)
_TAG = re.compile(r"\[(by|approved|fp):([^\]]*)\]")
_FP = re.compile(r"^[0-9a-f]{8}$")

#: error-level clinical checks: silencing one takes two people
SECOND_PERSON = frozenset({"quantities", "ranges", "conversions", "thresholds", "phones", "codes", "tampering",
                           "negation", "medicines", "body-parts", "timing", "urgency", "conditions", "omission",
                           "source-conversions"})


@dataclass(frozen=True)
class Waiver:
    checks: tuple[str, ...]
    reason: str
    fingerprint: str | None
    line: str
    by: str | None = None
    approved: str | None = None

    @property
    def needs_second_person(self) -> bool:
        return any(c in SECOND_PERSON for c in self.checks)


def fingerprint(entry: polib.POEntry) -> str:
    target = entry.msgstr if not entry.msgid_plural else "\x00".join(
        entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    key = f"{entry.msgctxt or ''}\x04{entry.msgid}\x00{entry.msgid_plural or ''}\x00{target}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _blocks(tcomment: str) -> list[tuple[int, int, str]]:
    """(first line, end line, text) of each waiver in a translator comment, a waiver that a PO writer
    wrapped over several lines joined again (its seal ``[fp:…]`` ends it)."""
    lines = tcomment.splitlines()
    out = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("validate-ignore:"):
            i += 1
            continue
        j, text = i + 1, lines[i].strip()
        while "[fp:" not in text and j < len(lines) and not lines[j].lstrip().startswith("validate-ignore:"):
            text += " " + lines[j].strip()
            j += 1
        if "[fp:" not in text:
            j, text = i + 1, lines[i].strip()  # never sealed: the waiver is its own line
        out.append((i, j, text))
        i = j
    return out


def waivers(entry: polib.POEntry) -> list[Waiver]:
    out = []
    for _start, _end, line in _blocks(entry.tcomment or ""):
        m = WAIVER_RE.match(line)
        if m:
            checks = tuple(c.strip() for c in m.group("checks").split(","))
            tags = {k: v.strip() for k, v in _TAG.findall(m.group("tags") or "")}
            fp = tags.get("fp") if _FP.match(tags.get("fp", "")) else None
            out.append(Waiver(checks, (m.group("reason") or "").strip(), fp, line.strip(),
                              tags.get("by") or None, tags.get("approved") or None))
    return out


def _name(text: str | None) -> str:
    """A person's name as a waiver records it: one line, single spaces, no closing bracket."""
    return " ".join((text or "").replace("]", " ").split())


def _same_person(a: str | None, b: str | None) -> bool:
    return _name(a).casefold() == _name(b).casefold()


def status(entry: polib.POEntry, waiver: Waiver) -> str:
    """'active', 'no-reason', 'unsealed', 'lapsed' or 'pending' (a clinical waiver not yet approved by
    a second person)."""
    if not waiver.reason:
        return "no-reason"
    if waiver.fingerprint is None:
        return "unsealed"
    if waiver.fingerprint != fingerprint(entry):
        return "lapsed"
    if waiver.needs_second_person and (not waiver.by or not waiver.approved
                                       or _same_person(waiver.by, waiver.approved)):
        return "pending"
    return "active"


def _line(checks: tuple[str, ...] | list[str], reason: str, by: str | None, approved: str | None,
          entry: polib.POEntry) -> str:
    tags = "".join(f" [{k}:{v}]" for k, v in (("by", by), ("approved", approved)) if v)
    return f"validate-ignore: {', '.join(checks)} — {reason}{tags} [fp:{fingerprint(entry)}]"


def _replace(entry: polib.POEntry, checks: tuple[str, ...] | list[str], line: str) -> None:
    lines = (entry.tcomment or "").splitlines()
    drop: set[int] = set()
    for start, end, text in _blocks(entry.tcomment or ""):
        m = WAIVER_RE.match(text)
        if m and set(m.group("checks").replace(" ", "").split(",")) == set(checks):
            drop.update(range(start, end))
    entry.tcomment = "\n".join([*(ln for i, ln in enumerate(lines) if i not in drop), line])


def add_waiver(entry: polib.POEntry, checks: list[str], reason: str, by: str = "") -> str:
    """Add (or replace) a sealed waiver for ``checks`` on ``entry``, written by ``by``; return the comment
    line.  One of a clinical check is pending until another person approves it (:func:`approve_waiver`)."""
    reason = " ".join(reason.split())
    by = _name(by)
    if not reason:
        raise ValueError("a waiver needs a reason")
    if not by and any(c in SECOND_PERSON for c in checks):
        raise ValueError("a waiver of a clinical check records who wrote it: give --by NAME")
    line = _line(checks, reason, by or None, None, entry)
    _replace(entry, checks, line)
    return line


def approve_waiver(entry: polib.POEntry, checks: list[str], approver: str) -> str:
    """Approve the waiver of ``checks`` on ``entry`` as ``approver``, who must not be its author."""
    approver = _name(approver)
    if not approver:
        raise ValueError("an approval records who approved: give --by NAME")
    found = next((w for w in waivers(entry) if set(w.checks) == set(checks)), None)
    if found is None:
        raise ValueError(f"no waiver of {', '.join(checks)} on this entry to approve")
    if status(entry, found) in ("no-reason", "unsealed", "lapsed"):
        raise ValueError("this waiver is not sealed to the current text; write it again with 'waive'")
    if _same_person(found.by, approver):
        raise ValueError(f"{approver} wrote this waiver; a second person must approve it")
    line = _line(found.checks, found.reason, found.by, approver, entry)
    _replace(entry, found.checks, line)
    return line
