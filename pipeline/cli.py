"""Command line: ``python -m pipeline <command>`` (also installed as ``handouts``).

A thin layer: parse arguments, call the package, print reports.  Bad input
prints one ``path:line: message`` line on stderr and exits with code 2.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from . import steps
from .build import PdfOptions, build_site
from .cache import Cache
from .errors import EnvironmentFailure, InputError
from .fsutil import atomic_write, sweep_litter
from .locales import resolve
from .pdf import PAPERS
from .project import Project
from .release import parse_shard, release_check, write_manifest
from .report import FORMATS, render
from .sources import load_handouts
from .validate import validate
from .workflow import run_all, suggest_lines, waive


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline",
                                description="Patient handouts: YAML → gettext catalogs → validated, localized HTML.")
    p.add_argument("--project", type=Path, help="project folder (default: the nearest folder with handouts/)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # per-catalog work runs in worker processes and skips what is unchanged since the last run
    work = argparse.ArgumentParser(add_help=False)
    work.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: the number of cores)")
    work.add_argument("--no-cache", action="store_true",
                      help="redo every step from scratch (default: skip work whose inputs are unchanged, "
                           "by content hash; the cache is .cache/ in the project)")

    sub.add_parser("extract", parents=[work],
                   help="write locales/<ID>.pot for every handout (and the site strings)")
    sp = sub.add_parser("init", help="create the catalogs of a new locale")
    sp.add_argument("--locale", "-l", required=True, help="locale tag, e.g. fr_CA")
    sp.add_argument("--handout", action="append", help="only this handout (repeatable)")
    sp = sub.add_parser("update", parents=[work], help="merge the templates into every existing catalog")
    sp.add_argument("--locale", "-l", action="append", help="only this locale (repeatable)")
    sp.add_argument("--no-fuzzy", action="store_true", help="do not offer similar old translations as fuzzy")
    sp.add_argument("--init-missing", action="store_true",
                    help="also create catalogs for handouts a locale does not have yet")
    sp = sub.add_parser("suggest", help="translation-memory suggestions for a catalog's open entries")
    sp.add_argument("--locale", "-l", required=True, help="locale tag, e.g. fr_CA")
    sp.add_argument("--handout", required=True, help="handout id (or 'site')")
    sp.add_argument("--cutoff", type=float, default=70.0, help="lowest similarity to show, 0–100 (default 70)")
    sp.add_argument("--all", action="store_true", help="also for translated entries, not only untranslated/fuzzy")
    sp = sub.add_parser("tm", help="exchange translation memory with agencies' tools (TMX 1.4b)")
    tm_sub = sp.add_subparsers(dest="tm_command", required=True)
    tp = tm_sub.add_parser("export", help="write a locale's translated, non-fuzzy entries as TMX")
    tp.add_argument("--locale", "-l", required=True, help="locale tag, e.g. fr_CA")
    tp.add_argument("--format", choices=["tmx"], default="tmx", help="exchange format (default: tmx)")
    tp.add_argument("--output", "-o", type=Path, required=True, help="the file to write")
    tp = tm_sub.add_parser("import", help="keep a TMX from another tool as memory for init, update and suggest")
    tp.add_argument("file", type=Path, help="a TMX file")
    tp.add_argument("--locale", "-l", required=True, help="the target language to take from it, e.g. fr_CA")
    sp = sub.add_parser("export", help="write a translation job for an agency's tool (XLIFF 1.2)")
    sp.add_argument("--locale", "-l", required=True, help="locale tag, e.g. fr_CA")
    sp.add_argument("--handout", help="only this handout (or 'site'; default: every catalog of the locale)")
    sp.add_argument("--format", choices=["xliff"], default="xliff", help="exchange format (default: xliff)")
    sp.add_argument("--output", "-o", type=Path, required=True, help="the file to write")
    sp = sub.add_parser("import", help="take a translated XLIFF back: conflict-aware, validated like a save")
    sp.add_argument("file", type=Path, help="an XLIFF 1.2 file made by 'export'")
    sp.add_argument("--locale", "-l", help="the locale it is for (default: its target-language)")
    sp.add_argument("--by", default="XLIFF import", help="who translated it, for the history (default: %(default)s)")
    sp = sub.add_parser("pseudo", help="generate pseudo-locale catalogs (accented+longer, right-to-left)")
    sp.add_argument("--locale", "-l", action="append", help="qps_ploc or qps_plocm (default: both)")
    sp = sub.add_parser("compile", parents=[work], help="write MO files beside the catalogs")
    sp.add_argument("--locale", "-l", action="append", help="only this locale (repeatable)")
    site = argparse.ArgumentParser(add_help=False)
    site.add_argument("--pdf", action=argparse.BooleanOptionalAction, default=True,
                      help="make a print-ready PDF beside every page (default: yes)")
    site.add_argument("--paper", choices=sorted(PAPERS), default="letter", help="PDF paper size (default: letter)")
    site.add_argument("--base-url", default="", metavar="URL",
                      help="where the site is published; each PDF then carries a QR code of its page")
    site.add_argument("--include-pseudo", action="store_true",
                      help="also publish pseudo-locales (qps_ploc, qps_plocm), which are left out by default")
    sp = sub.add_parser("build", parents=[work, site],
                        help="build the static site (one page and PDF per handout per language)")
    sp.add_argument("--out", type=Path, default=Path("build/site"), help="output folder (default: build/site)")
    sp.add_argument("--locale", "-l", action="append", help="only this locale (repeatable)")
    sp = sub.add_parser("validate", parents=[work],
                        help="check translations for clinical consistency (and lint the English)")
    sp.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                    help="PO files or folders (default: the project's locales/ and handouts/)")
    sp.add_argument("--format", "-f", choices=FORMATS, default="text", help="report format (default: text)")
    sp.add_argument("--output", "-o", type=Path, help="write the report to this file instead of stdout")
    sp = sub.add_parser("waive", help="silence one check on one entry, with a reason (sealed to the text)")
    sp.add_argument("po", type=Path, help="the PO file")
    sp.add_argument("--msgctxt", required=True, help="the entry's msgctxt")
    sp.add_argument("--check", required=True, action="append", help="check id to silence (repeatable)")
    sp.add_argument("--reason", help="why this finding is acceptable (not with --approve)")
    sp.add_argument("--by", default="", help="who writes (or approves) the waiver; required for clinical checks")
    sp.add_argument("--approve", action="store_true",
                    help="approve a waiver of a clinical check that another person wrote")
    sp = sub.add_parser("release-check", parents=[work],
                        help="refuse a selection that is not translated, valid and reviewed")
    sp.add_argument("--locale", "-l", action="append", help="only this locale (repeatable)")
    sp.add_argument("--handout", action="append", help="only this handout (repeatable)")
    sp.add_argument("--shard", help="only shard K of N of the catalogs, e.g. 2/8 (for a CI job matrix)")
    sp.add_argument("--manifest", type=Path, default=Path("build/release-manifest.json"),
                    help="where to write the machine-readable manifest (default: build/release-manifest.json)")
    sp = sub.add_parser("all", parents=[work, site],
                        help="extract → update → validate → compile → build, with a summary per locale")
    sp.add_argument("--out", type=Path, default=Path("build/site"), help="site folder (default: build/site)")
    return p


def _print(report: steps.StepReport) -> None:
    for line in report.lines:
        print(line)


def run(args: argparse.Namespace) -> int:
    project = Project(args.project.resolve()) if args.project else Project.find()
    jobs = getattr(args, "jobs", None)
    use_cache = not getattr(args, "no_cache", False)
    if args.command in ("all", "extract", "init", "update", "pseudo", "compile", "build"):
        # what an interrupted run (kill -9, power loss) left behind goes before this run writes
        sweep_litter(project.locales_dir)
        if getattr(args, "out", None) is not None:
            sweep_litter(_out(project, args).parent, recursive=False)
    if args.command == "all":
        return run_all(project, _out(project, args), jobs=jobs, use_cache=use_cache, **_site(args))
    with Cache.for_project(project.root, use_cache) as cache:
        if args.command == "extract":
            _print(steps.extract(project, load_handouts(project.handout_paths(), cache, jobs), cache))
        elif args.command == "init":
            _print(steps.init(project, args.locale, project.known_domains(args.handout)))
        elif args.command == "update":
            _print(steps.update(project, args.locale, fuzzy_matching=not args.no_fuzzy,
                                init_missing=args.init_missing, jobs=jobs, cache=cache))
        elif args.command == "suggest":
            for line in suggest_lines(project, args.locale, project.known_domains(args.handout), cutoff=args.cutoff,
                                      everything=args.all):
                print(line)
        elif args.command == "tm":
            _tm(project, args)
        elif args.command == "export":
            from .xliff import export_xliff

            data, count = export_xliff(project, args.locale, args.handout)
            atomic_write(args.output, data)
            print(f"export: {count} entries ({resolve(args.locale).tag}) written to {args.output} as XLIFF 1.2")
        elif args.command == "import":
            return _import(project, args)
        elif args.command == "pseudo":
            _print(steps.pseudo(project, args.locale))
        elif args.command == "compile":
            _print(steps.compile_catalogs(project, args.locale, jobs=jobs, cache=cache))
        elif args.command == "validate":
            return _validate(project, args, cache)
        elif args.command == "waive":
            if not args.approve and not args.reason:
                raise InputError("--reason", "a waiver needs a reason (or --approve to approve one)")
            print(waive(args.po, args.msgctxt, args.check, args.reason, args.by, args.approve))
        elif args.command == "release-check":
            return _release_check(project, args)
        elif args.command == "build":
            for line in build_site(project, _out(project, args), locales=args.locale, jobs=jobs, cache=cache,
                                   **_site(args)).lines():
                print(line)
    return 0


def _tm(project: Project, args: argparse.Namespace) -> None:
    from .locales import resolve
    from .tmx import export_units, import_tmx, write_tmx

    if args.tm_command == "export":
        units = export_units(project, args.locale)
        atomic_write(args.output, write_tmx(units, resolve(args.locale)))
        print(f"tm export: {len(units)} translation units ({resolve(args.locale).tag}) written to {args.output}")
    else:
        dest, n = import_tmx(project, args.file, args.locale)
        print(f"tm import: {n} translation units kept as memory in {project.rel(dest)}; init, update and suggest "
              "offer them (a pre-filled entry is fuzzy until a translator confirms it)")


def _import(project: Project, args: argparse.Namespace) -> int:
    """Exit 1 when a translation was kept fuzzy by a clinical check or was not written (conflict, changed
    English), so that a script notices; 0 when everything the tool changed is in."""
    from .history import Who
    from .xliff import import_xliff, report_lines

    reports = import_xliff(project, args.file, Who(args.by), args.locale)
    for line in report_lines(project, reports):
        print(line)
    return 1 if any(r.kept_fuzzy or r.conflicts or r.source_changed for r in reports) else 0


def _site(args: argparse.Namespace) -> dict[str, object]:
    """The site options of ``build`` and ``all``."""
    if args.base_url and not args.base_url.startswith(("https://", "http://")):
        raise InputError("--base-url", f"{args.base_url!r} is not an http(s) address")
    pdf = PdfOptions(args.paper, args.base_url) if args.pdf else None
    return {"pdf": pdf, "include_pseudo": args.include_pseudo}


def _out(project: Project, args: argparse.Namespace) -> Path:
    """The site folder ``--out``, relative to the project."""
    return args.out if args.out.is_absolute() else project.root / args.out


def _validate(project: Project, args: argparse.Namespace, cache: Cache) -> int:
    if args.paths:
        po_paths = [p for p in args.paths if p.suffix != ".yaml"]
        handouts = [p for p in args.paths if p.suffix == ".yaml"]
        if not po_paths and not handouts:
            po_paths = args.paths
    else:
        po_paths = [project.locales_dir]
        handouts = project.handout_paths()
    report = validate(po_paths, handouts=load_handouts(list(handouts), cache, args.jobs), display_root=Path.cwd(),
                      jobs=args.jobs, cache=cache)
    out = render(report, args.format)
    if args.output:
        from .fsutil import atomic_write

        atomic_write(args.output, out)
    else:
        sys.stdout.write(out)
    return 1 if report.errors else 0


def _release_check(project: Project, args: argparse.Namespace) -> int:
    shard = parse_shard(args.shard) if args.shard else None
    gates = release_check(project, locales=args.locale, handouts=project.known_domains(args.handout), shard=shard,
                          jobs=args.jobs)
    for g in gates:
        status = "releasable" if g.releasable else "BLOCKED: " + "; ".join(g.blockers)
        print(f"{g.locale}/{g.handout}: {status}")
    ok = sum(1 for g in gates if g.releasable)
    print(f"{ok} of {len(gates)} catalogs releasable" + (f" (shard {args.shard})" if args.shard else ""))
    out = args.manifest if args.manifest.is_absolute() else project.root / args.manifest
    write_manifest(out, gates, {"locales": args.locale or "all", "handouts": args.handout or "all",
                                "shard": args.shard or "1/1"})
    print(f"manifest: {project.rel(out)}")
    return 0 if gates and ok == len(gates) else 1


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”")


def _private(exc: InputError, args: argparse.Namespace) -> InputError:
    """The error, without any text quoted from the file when the file lies outside the project (a catalog
    that is a link to /etc/passwd must not print its first line)."""
    root = os.path.realpath(args.project if args.project else Project.find().root)
    where = next((p for p in (str(exc.path), os.path.join(root, exc.path)) if os.path.lexists(p)), None)
    if where is None:
        return exc  # an option ("--locale"), not a file
    target = os.path.realpath(where)
    if target == root or target.startswith(root + os.sep):
        return exc
    return replace(exc, message=_QUOTED.sub("(not shown: the file is outside the project)", exc.message))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except EnvironmentFailure as exc:
        print(str(exc), file=sys.stderr)
        return 3
    except InputError as exc:
        print(str(_private(exc, args)), file=sys.stderr)
        return 2
    except OSError as exc:  # the machine refused: disk full, permission denied, a read-only folder
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{where}{exc.strerror or exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
