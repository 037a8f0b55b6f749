#!/usr/bin/env python3
"""Our PO reader against msgfmt on the PO files of GNU gettext's own test suite.

    python bench/gettext_conformance.py GETTEXT_SOURCE [--families msg] [--show 20] [--cli]

GETTEXT_SOURCE is a gettext source tree (or any folder holding its
``gettext-tools/tests``).  The test scripts there write their input and
expected catalogs with shell here-documents (``cat <<\\EOF > x.po``); every
here-document of a script whose name starts with one of ``--families`` and whose
file name ends in ``.po`` or ``.pot`` is written out byte for byte (unquoted
here-documents only when they hold nothing the shell would expand), and so
is every .po and .pot file kept in the folder itself.  Each file
is then given to ``msgfmt`` (in an empty folder, so that each ``domain`` gets
its own .mo file, as msgfmt does by default) and to our reader
(``pipeline.poreader.read_po`` on the bytes, as ``validate`` reads a foreign
catalog); the two must agree on accept / reject.  ``--cli`` also runs
``python -m pipeline validate`` on each file and checks it exits 2 exactly on
the rejected ones.  Prints the tally, the disagreements, and the charsets seen.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_START = re.compile(rb"^\s*cat\s+(?:<<\s*(\\?)EOF\s*>\s*(\S+)|>\s*(\S+)\s*<<\s*(\\?)EOF)\s*$")
_EXPANDS = re.compile(rb"[$`\\]")


def heredocs(script: Path) -> list[tuple[str, bytes]]:
    """(file name, content) of each here-document of ``script`` that writes a .po or .pot file."""
    out: list[tuple[str, bytes]] = []
    lines = script.read_bytes().split(b"\n")
    i = 0
    while i < len(lines):
        m = _START.match(lines[i])
        i += 1
        if not m:
            continue
        quoted = bool(m.group(1) or m.group(4))
        name = (m.group(2) or m.group(3)).decode("ascii", "replace")
        body: list[bytes] = []
        while i < len(lines) and lines[i] != b"EOF":
            body.append(lines[i])
            i += 1
        i += 1
        content = b"\n".join(body) + b"\n"
        if not name.endswith((".po", ".pot")) or (not quoted and _EXPANDS.search(content)):
            continue
        out.append((name, content))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--families", nargs="+", default=["msg"], help="script name prefixes (default: msg)")
    ap.add_argument("--show", type=int, default=20, help="disagreements to print")
    ap.add_argument("--cli", action="store_true", help="also run `python -m pipeline validate` on every file")
    args = ap.parse_args()
    tests = next((p for p in (args.source / "gettext-tools" / "tests", args.source) if (p / "init.sh").exists()
                  or p.name == "tests"), None)
    if tests is None or not tests.is_dir():
        print(f"{args.source}: no gettext-tools/tests here", file=sys.stderr)
        return 2
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        print("msgfmt is not installed", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from pipeline.errors import InputError
    from pipeline.pocharset import declared_charset
    from pipeline.poreader import read_po

    scripts = sorted(p for p in tests.iterdir() if p.is_file() and p.name.startswith(tuple(args.families))
                     and not p.suffix)
    tally: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    wrong: list[str] = []
    samples = [(script.name, n, name, content) for script in scripts
               for n, (name, content) in enumerate(heredocs(script))]
    samples += [("file", 0, p.name, p.read_bytes()) for p in sorted(tests.iterdir())
                if p.suffix in (".po", ".pot") and p.is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "de").mkdir()  # a locale for `validate` to check by when a catalog names none
        for origin, n, name, content in samples:
            path = Path(tmp) / "de" / f"{origin}--{n}--{name.replace('/', '_')}"
            path.write_bytes(content)
            out = Path(tmp) / "mo"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            gnu = subprocess.run([msgfmt, str(path)], capture_output=True, check=False, cwd=out,
                                 env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
            try:
                read_po(path)
                ours, why = True, ""
            except InputError as exc:
                ours, why = False, str(exc)
            charsets[(declared_charset(content) or "(none)").upper()] += 1
            if args.cli:
                cli = subprocess.run([sys.executable, "-m", "pipeline", "validate", str(path)],
                                     capture_output=True, text=True, check=False, cwd=tmp)
                if (cli.returncode == 2) == ours:
                    why = why or cli.stderr.strip()[-200:]
                    ours = not ours  # a reader/CLI mismatch counts as a disagreement
            accepted = gnu.returncode == 0
            tally["files"] += 1
            tally["msgfmt accepts" if accepted else "msgfmt rejects"] += 1
            if accepted == ours:
                tally["agree"] += 1
            else:
                wrong.append(f"{path.name}: msgfmt {'accepts' if accepted else 'rejects'}"
                             f" ({gnu.stderr.decode('utf-8', 'replace').strip()[:160]}); we "
                             f"{'accept' if ours else 'reject'} ({why[:200]})")
    print(f"{len(scripts)} scripts and the folder's own catalogs, {tally['files']} PO files: "
          f"msgfmt accepts {tally['msgfmt accepts']}, "
          f"rejects {tally['msgfmt rejects']}; we agree on {tally['agree']}/{tally['files']}")
    print("charsets declared: " + ", ".join(f"{c} {k}" for c, k in sorted(charsets.items())))
    for line in wrong[: args.show]:
        print("  " + line)
    return 0 if tally["agree"] == tally["files"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
