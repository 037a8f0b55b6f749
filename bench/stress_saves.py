#!/usr/bin/env python3
"""Editor saves racing ``update`` on a whole library: no saved edit is ever lost.

    python bench/stress_saves.py [--entries 20000] [--rounds 12] [--seed 7] [--jobs 2]

Builds a library with :mod:`make_library` (its ``edited`` variant), extracts both versions of the
English (as written and as edited) and then, round after round, switches the templates between the
two and runs a real ``python -m pipeline update`` in a subprocess — which rewrites every catalog,
about one entry in six changed — while this process saves translations as fast as it can into
random catalogs, each save through :func:`pipeline.store.save_edits` exactly as the editor does
(read, snapshot, edit, save).  Saves land at every moment of the update: before it reads a catalog,
between its read and its rename, after.  The saved entries are ones the source change leaves alone,
so every save reported as saved must still be on disk when the round ends, and the catalog must
still hold the merge (every message of the current template).

Prints one JSON object: rounds, saves attempted / saved / refused as conflicts, saves found lost
(must be 0), catalogs left incomplete (must be 0).  Exit 1 if anything was lost.  Importable:
:func:`stress` (the test suite runs it on a small library).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_library import edit_library, make_library

from pipeline.catalog import parse_po
from pipeline.store import Version, save_edits, snapshot

Key = tuple[str, str]


@dataclass
class Tally:
    rounds: int = 0
    catalogs: int = 0
    attempted: int = 0
    saved: int = 0
    conflicts: int = 0
    lost: int = 0
    incomplete: int = 0
    update_failures: int = 0


def _pipeline(project: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "--project", str(project), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _templates(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "locales").glob("*.pot"))}


def _keys(pot_bytes: bytes) -> set[Key]:
    with tempfile.NamedTemporaryFile(suffix=".pot") as f:
        f.write(pot_bytes)
        f.flush()
        return {(e.msgctxt or "", e.msgid) for e in parse_po(Path(f.name)) if not e.msgid_plural}


def stress(project: Path, entries: int, rounds: int, seed: int = 7, jobs: int = 2) -> Tally:
    """Build the library in ``project`` (absent or empty) and race saves against ``rounds`` updates."""
    make_library(project, entries, seed=seed)
    original = _templates(project)
    edit_library(project, seed=seed)
    if _pipeline(project, "extract").wait() != 0:
        raise SystemExit("extract failed")
    edited = _templates(project)
    stable = {name: sorted(_keys(original[name]) & _keys(edited[name])) for name in original}  # singular ones
    catalogs = sorted((project / "locales").glob("*/LC_MESSAGES/*.po"))
    rng = random.Random(seed)
    tally = Tally(catalogs=len(catalogs))
    counter = 0
    for n in range(rounds):
        target = edited if n % 2 == 0 else original
        for name, data in target.items():
            (project / "locales" / name).write_bytes(data)
        last: dict[tuple[Path, Key], str] = {}
        update = _pipeline(project, "update", "--jobs", str(jobs))
        while update.poll() is None:
            path = rng.choice(catalogs)
            keys = stable[path.stem + ".pot"]
            if not keys:
                continue
            key = rng.choice(keys)
            counter += 1
            text = f"S{counter} sauvegardé pendant la mise à jour"
            result = save_edits(path, snapshot(parse_po(path)), {key: Version(text, False, "")})
            tally.attempted += 1
            if key in result.saved:
                tally.saved += 1
                last[(path, key)] = text
            elif result.conflicts:
                tally.conflicts += 1
        if update.returncode != 0:
            tally.update_failures += 1
            sys.stderr.write(update.stderr.read().decode() if update.stderr else "")
        for path in catalogs:
            po = {(e.msgctxt or "", e.msgid): e for e in parse_po(path)}
            if not _keys(target[path.stem + ".pot"]) <= set(po):
                tally.incomplete += 1
        for (path, key), text in last.items():
            po = {(e.msgctxt or "", e.msgid): e.msgstr for e in parse_po(path)}
            if po.get(key) != text:
                tally.lost += 1
                print(f"lost: {path}: {key[0]}: saved {text!r}, on disk {po.get(key)!r}", file=sys.stderr)
        tally.rounds += 1
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="build the library here and keep it (default: a temp dir)")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="stress-saves-"))
    project = args.keep or work / "library"
    try:
        tally = stress(project, args.entries, args.rounds, args.seed, args.jobs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"entries": args.entries, **asdict(tally)}, indent=1))
    return 1 if tally.lost or tally.incomplete or tally.update_failures else 0


if __name__ == "__main__":
    sys.exit(main())
