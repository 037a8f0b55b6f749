"""``pipeline validate``: run every check over catalogs and lint the English sources.

All inputs are read and parsed before anything is checked, so bad input (an
unreadable or malformed PO file, an unknown locale) stops the run with one
``path:line: message`` line and exit code 2, and no partial report.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import os
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polib

from .cache import Cache, file_digest
from .catalog import is_translated
from .checks import ENTRY_REGISTRY, ERROR, INFO, REGISTRY, WARNING, Finding
from .checks.base import NEEDS, CheckFunc, declare, iter_pairs, quote
from .checks.numbers import conversion_findings
from .errors import InputError
from .glossary import Glossary, glossary_for
from .handout import SOURCE_LOCALE, Handout, load_handout
from .langid import preload as preload_language_models
from .locales import LocaleInfo, _data_code, resolve
from .meaning.lexicon import warm as warm_meaning
from .parallel import default_jobs, pmap
from .plainlang import lint as plain_language
from .poreader import Catalog as PoCatalog
from .poreader import read_entries_at, read_po
from .quantities.lexicon import lexicon_for
from .quantities.scan import scan
from .waivers import status, waivers

WAIVER = declare("waiver", WARNING, "Waivers are valid",
                 "A validate-ignore comment names a check, gives a reason and is sealed to the current text; "
                 "a waiver whose entry changed has lapsed and no longer silences anything.")
CONSISTENCY = declare("consistency", WARNING, "The library is consistent",
                      "The same clinical measure has the same threshold in every handout, and the same English "
                      "sentence is translated the same way within a locale.")
SOURCE_CONVERSIONS = declare("source-conversions", ERROR, "Source conversions are right",
                             "Paired values in the English source agree (a wrong conversion reaches every language).")
HEADER = declare("header", WARNING, "Catalog header is right",
                 "The Plural-Forms header matches CLDR's rule for the language.")


@dataclass
class Catalog:
    path: Path
    display: str
    po: polib.POFile | PoCatalog
    info: LocaleInfo
    nplurals: int
    lines: list[str] = field(default_factory=list)
    #: the locale's glossary (``locales/<L>/glossary.yaml`` beside the catalog's folder), looked up once
    glossary: Glossary | None = None

    @classmethod
    def of(cls, path: Path, display: str, po: polib.POFile | PoCatalog, info: LocaleInfo) -> Catalog:
        """A catalog whose plural count is read from its Plural-Forms header (the locale's default if absent)."""
        return cls(path, display, po, info, nplurals_of(po, info, path), glossary=glossary_for(path))

    def msgstr_line(self, entry: polib.POEntry) -> int:
        line = getattr(entry, "msgstr_line", 0)
        if line or not entry.linenum:
            return line or 0
        start = max(entry.linenum - 1, 0)
        for i in range(start, min(start + 400, len(self.lines))):
            if self.lines[i].startswith("msgstr"):
                return i + 1
        return entry.linenum


@dataclass
class CatalogResult:
    """What checking one catalog gave: findings, counts, and what the library-wide checks compare."""

    path: str  # on disk
    display: str
    tag: str
    findings: list[Finding]
    entries: int  # entries checked
    translated: int
    fuzzy: int
    total: int  # active entries
    #: (hash of msgid, hash of normalised msgstr, msgstr line) of each sentence, flat, for :func:`consistency`
    rows: array = field(default_factory=lambda: array("Q"))


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    entries: int = 0
    handouts: int = 0
    catalogs: list[CatalogResult] = field(default_factory=list)
    cached: int = 0  # catalogs whose results came from the cache

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)

    def summary(self) -> dict[str, object]:
        by_check = Counter(f"{f.check}:{f.severity}" for f in self.findings)
        by_locale: dict[str, dict[str, int]] = defaultdict(lambda: {"errors": 0, "warnings": 0})
        for f in self.findings:
            by_locale[f.locale]["errors" if f.severity == ERROR else "warnings"] += 1
        return {"files": self.files, "entries": self.entries, "handouts": self.handouts,
                "errors": self.errors, "warnings": self.warnings,
                "by_check": dict(sorted(by_check.items())), "by_locale": dict(sorted(by_locale.items()))}


def locale_for(po: polib.POFile, path: Path) -> LocaleInfo:
    """The catalog's locale: its ``Language`` header, else a locale-like name in its path.

    When both name the same language and the path is more specific (header ``zh``, file
    ``zh_TW.po``), the path wins: a bare ``zh`` does not say which script to expect.
    """
    from_path = None
    for part in [path.stem, *(p.name for p in path.parents)]:
        if part in ("LC_MESSAGES", "") or part.endswith(".po"):
            continue
        if _data_code(part) is not None:
            try:
                from_path = resolve(part, path)
                break
            except InputError:
                continue
    lang = (po.metadata.get("Language") or "").strip()
    if lang:
        try:
            header = resolve(lang, path)
        except InputError:
            if _data_code(lang.replace("-", "_")) is not None or from_path is None:
                raise  # a real tag we do not support, or nothing better to go on
            return from_path  # a header such as "Arabic": use the path
        if (from_path is not None and from_path.babel.language == header.babel.language
                and len(from_path.tag) > len(header.tag)):
            return from_path
        return header
    if from_path is None:
        raise InputError(path, "cannot tell the locale: no Language header and no locale name in the path", 1)
    return from_path


def collect_po(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(Path(x) for x in sorted(_po_files(str(p)), key=lambda x: x.split(os.sep)))
        elif p.exists():
            files.append(p)
        else:
            raise InputError(p, "no such file or folder")
    return files


def _po_files(folder: str) -> Iterator[str]:
    """Every ``*.po`` file under ``folder`` (one directory listing each, no stat per file)."""
    with os.scandir(folder) as it:
        for entry in it:
            if entry.is_dir():
                yield from _po_files(entry.path)
            elif entry.name.endswith(".po") and entry.is_file():
                yield entry.path


def nplurals_of(po: polib.POFile | PoCatalog, info: LocaleInfo, path: Path | str) -> int:
    header = po.metadata.get("Plural-Forms", "")
    if "nplurals=" not in header:
        return info.nplurals
    try:
        return int(header.split("nplurals=")[1].split(";")[0])
    except (IndexError, ValueError):
        raise InputError(path, f"malformed Plural-Forms header: {header!r}", 1) from None


def load_catalog(path: Path, display_root: Path | None = None) -> Catalog:
    po = read_po(path)
    info = locale_for(po, path)  # type: ignore[arg-type]
    return Catalog.of(path, _display(path, display_root), po, info)


def _display(path: Path, root: Path | None) -> str:
    """``path`` as reports show it: relative to ``root`` (default: the working folder) when inside it."""
    base = _real(str(root or Path.cwd()))
    name = os.path.abspath(path)
    if name.startswith(base + os.sep):
        return name[len(base) + 1:]  # the common case, without asking the file system
    try:
        return str(path.resolve().relative_to(base))
    except ValueError:
        return os.path.relpath(path) if not path.is_absolute() else str(path)


@functools.lru_cache(maxsize=64)
def _real(folder: str) -> str:
    return os.path.realpath(folder)


@functools.cache
def _plan() -> list[tuple[str | None, list[tuple[str, CheckFunc]]]]:
    """The registered checks grouped by prerequisite, so each prerequisite is tested once a pair."""
    groups: dict[str | None, list[tuple[str, CheckFunc]]] = {}
    for cid, (_meta, func, needs) in REGISTRY.items():
        groups.setdefault(needs, []).append((cid, func))
    return list(groups.items())


def check_entry(cat: Catalog, entry: polib.POEntry) -> list[Finding]:
    """Every finding for one entry, after waivers."""
    raw: list[tuple[str, str, str]] = []
    plan = _plan()
    for ctx in iter_pairs(entry, cat.info, cat.nplurals, cat.display, cat.glossary):
        for needs, group in plan:
            if needs is not None and not NEEDS[needs](ctx):
                continue
            for cid, func in group:
                for severity, message in func(ctx):
                    raw.append((cid, severity, message))
    for cid, (_meta, func) in ENTRY_REGISTRY.items():
        for severity, message in func(entry, cat.info, cat.nplurals):
            raw.append((cid, severity, message))
    waived = "validate-ignore" in (entry.tcomment or "")
    if not raw and not waived:
        return []  # the common case: nothing to report
    silenced: set[str] = set()
    extra: list[tuple[str, str, str]] = []
    for w in (waivers(entry) if waived else ()):
        state = status(entry, w)
        unknown = [c for c in w.checks if c not in INFO]
        if unknown:
            extra.append(("waiver", WARNING, f"waiver names unknown check(s) {', '.join(unknown)}"))
        if state == "active":
            silenced.update(w.checks)
        elif state == "pending":
            who = f" by {w.by}" if w.by else ""
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)}{who} waits for a second person's "
                          "approval ('python -m pipeline waive --approve --by NAME'); until then the finding stands"))
        elif state == "no-reason":
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)} gives no reason, so it is ignored"))
        elif state == "unsealed":
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)} is not sealed to this text; "
                          "write it with 'python -m pipeline waive' so it lapses when the text changes"))
        else:
            extra.append(("waiver", WARNING, f"waiver for {', '.join(w.checks)} has lapsed: the text changed "
                          "since it was written"))
    line = cat.msgstr_line(entry)
    msgstr = entry.msgstr if not entry.msgid_plural else entry.msgstr_plural.get(0, "")
    seen: set[tuple[str, str]] = set()
    out = []
    for cid, severity, message in [*raw, *extra]:
        if cid in silenced or (cid, message) in seen:
            continue
        seen.add((cid, message))
        out.append(Finding(cat.display, line, cat.info.tag, entry.msgctxt or "", entry.msgid, msgstr,
                           cid, severity, message))
    return out


#: msgids that hold the translators' own names and years, not text to check
_CREDITS = frozenset({"translator-credits", "translator_credits", "translation-credits", "TRANSLATORS",
                      "translator credits", "_: NAME OF TRANSLATORS\nYour names", "Your names"})


def checkable(entry: polib.POEntry) -> bool:
    if entry.obsolete or not entry.msgid or "fuzzy" in entry.flags or entry.msgid in _CREDITS:
        return False
    return bool(entry.msgstr) or any((entry.msgstr_plural or {}).values())


def _has_text(entry: polib.POEntry) -> bool:
    return bool(entry.msgstr) or any((entry.msgstr_plural or {}).values())


FUZZY_NOTE = "fuzzy — the English changed; checked against the new English: "
FUZZY_HELD = "fuzzy — not published until a translator confirms it; if confirmed as it is: "


def fuzzy_findings(cat: Catalog, entry: polib.POEntry) -> list[Finding]:
    """A fuzzy entry's translation checked against the English as if it were confirmed, as warnings.  After a
    source change (the entry keeps the previous English, ``#|``) they say what the change means for the text (a
    boundary that moved, a number that changed); otherwise (an import or a reviewer sent it back) what is wrong
    with it.  The entry is not published either way; these tell the translator what to change."""
    probe = copy.copy(entry)  # the same entry, line and comments, as if a translator had cleared the flag
    probe.flags = [f for f in entry.flags if f != "fuzzy"]
    note = FUZZY_NOTE if getattr(entry, "previous_msgid", None) is not None else FUZZY_HELD
    return [dataclasses.replace(f, severity=WARNING, message=note + f.message)
            for f in check_entry(cat, probe) if f.severity == ERROR]


def _h(text: str) -> int:
    """A hash that is the same in every process and every run (Python's own is salted)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def check_catalog(cat: Catalog, rows: array | None = None) -> tuple[list[Finding], int]:
    """Findings for every checkable entry; with ``rows``, also what :func:`consistency` compares."""
    findings: list[Finding] = []
    expected = cat.info.nplurals
    header = cat.po.metadata.get("Plural-Forms", "")
    if header and f"nplurals={expected};" not in header.replace(" ", ""):
        findings.append(Finding(cat.display, 1, cat.info.tag, "", "", "", "header", WARNING,
                                f"Plural-Forms says {quote(header, 60)}; CLDR for {cat.info.tag} is "
                                f"{quote(cat.info.plural_forms, 60)}"))
    charset, note = getattr(cat.po, "charset", "UTF-8"), getattr(cat.po, "charset_note", "")
    if charset != "UTF-8" or note:
        said = f"{note}; declare charset=UTF-8 in the Content-Type header" if note else (
            f"the catalog is in {charset}; UTF-8 is recommended (msgconv -t UTF-8 converts it) and is what the "
            "pipeline writes")
        findings.append(Finding(cat.display, 1, cat.info.tag, "", "", "", "header", WARNING, said))
    n = 0
    for entry in cat.po:
        if checkable(entry):
            n += 1
            findings.extend(check_entry(cat, entry))
        elif "fuzzy" in entry.flags and _has_text(entry) and not entry.obsolete and entry.msgid:
            findings.extend(fuzzy_findings(cat, entry))
            if rows is not None and not entry.msgid_plural and len(entry.msgid.split()) >= 3:
                rows.extend((_h(entry.msgid), _h(" ".join(entry.msgstr.split())), cat.msgstr_line(entry)))
    return findings, n


def consistency(results: Sequence[CatalogResult], jobs: int | None = None) -> list[Finding]:
    """The same English sentence translated differently within one locale.

    Catalogs report hashes; only the few that hold a disagreement are read again for the
    wording of the finding.
    """
    groups: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)
    for tag, mh, ci, nh, line in _split_rows(results):
        groups[(tag, mh)].append((ci, nh, line))
    plans = []
    for uses in groups.values():
        variants = Counter(nh for _, nh, _ in uses)
        common = variants.most_common(1)[0][0]
        head = next(u for u in uses if u[1] == common)
        plans.append((head, [u for u in uses if u[1] != common]))
    if not plans:
        return []
    lines: dict[int, set[int]] = defaultdict(set)
    for head, others in plans:
        for ci, _, line in [head, *others]:
            lines[ci].add(line)
    wanted = sorted(lines)  # the catalogs in a disagreement, read again (in parallel) for its wording
    texts = pmap(_entries_at, [(results[ci].path, frozenset(lines[ci])) for ci in wanted], jobs)
    by_line = dict(zip(wanted, texts, strict=True))
    out: list[Finding] = []
    for (fci, _, fline), others in plans:
        common_text = " ".join(by_line[fci][fline][2].split())
        where = f"{results[fci].display}:{fline}"
        for ci, _, line in others:
            ctx, msgid, msgstr = by_line[ci][line]
            out.append(Finding(results[ci].display, line, results[ci].tag, ctx, msgid, msgstr,
                               "consistency", WARNING,
                               f"the same English is translated differently in {where} ({quote(common_text)})"))
    return out


def _split_rows(results: Sequence[CatalogResult]) -> list[tuple[str, int, int, int, int]]:
    """(locale, msgid hash, catalog index, msgstr hash, line) of every sentence that its locale
    translates in more than one way, in catalog order.  The million rows of a large library are
    sorted, not looped over."""
    sizes = [len(r.rows) // 3 for r in results]
    if not sum(sizes):
        return []
    tags = sorted({r.tag for r in results})
    rows = np.frombuffer(b"".join(r.rows for r in results), dtype=np.uint64).reshape(-1, 3)
    tag_of = np.repeat(np.array([tags.index(r.tag) for r in results], dtype=np.int64), sizes)
    # one sort key per (locale, msgid): the msgid hash mixed with a hash of the locale
    salt = np.array([_h(t) for t in tags], dtype=np.uint64)
    key = rows[:, 0] ^ salt[tag_of]
    order = np.argsort(key, kind="stable")
    key_s, nh_s = key[order], rows[order, 1]
    is_start = np.concatenate(([True], key_s[1:] != key_s[:-1]))
    starts = np.flatnonzero(is_start)
    split = np.minimum.reduceat(nh_s, starts) != np.maximum.reduceat(nh_s, starts)
    if not split.any():
        return []
    group = np.cumsum(is_start) - 1  # group number of each sorted row
    picked = np.sort(order[split[group]])  # back in catalog order
    ci_of = np.repeat(np.arange(len(results)), sizes)[picked]
    return [(tags[t], int(mh), int(ci), int(nh), int(line)) for t, ci, (mh, nh, line)
            in zip(tag_of[picked].tolist(), ci_of.tolist(), rows[picked].tolist(), strict=True)]


def _entries_at(args: tuple[str, frozenset[int]]) -> dict[int, tuple[str, str, str]]:
    """(msgctxt, msgid, msgstr) of a catalog's entries whose msgstr starts on the given lines."""
    path, lines = args
    return {e.msgstr_line: (e.msgctxt or "", e.msgid, e.msgstr) for e in read_entries_at(path, lines)
            if not e.obsolete and e.msgstr_line in lines}


def _lint_one(h: Handout, display: str) -> tuple[list[Finding], list[tuple[str, int, str, str, str, str]]]:
    """One handout's source findings, and its thresholds per clinical measure (name, line, …, value)."""
    findings: list[Finding] = []
    measures = resolve(SOURCE_LOCALE).data.get("measures") or {}
    uses: list[tuple[str, int, str, str, str, str]] = []
    for msg in h.messages():
        s = scan(msg.text, SOURCE_LOCALE)
        for severity, message in conversion_findings(s.quantities, "source"):
            findings.append(Finding(display, msg.line, SOURCE_LOCALE, msg.context, msg.text, "",
                                    "source-conversions", severity, message))
        lowered = msg.text.lower()
        for name, spec in measures.items():
            if not any(w in lowered for w in spec.get("words", [])):
                continue
            for q in s.quantities:
                if q.dimension == spec.get("dimension") and q.direction and not q.pair_secondary:
                    uses.append((name, msg.line, msg.context, msg.text, f"{q.label()}", display))
    return findings, uses


def lint_handouts(handouts: Sequence[Handout], display_root: Path | None = None,
                  cache: Cache | None = None) -> tuple[list[Finding], int]:
    """Source checks: conversions in the English, one threshold per clinical measure, and plain language
    (:mod:`pipeline.plainlang`: reading grade, sentence length, hard words — warnings only).

    Each handout's own findings come from ``cache`` when its file is unchanged; the
    library-wide comparison of thresholds is made every time.
    """
    cache = cache or Cache(None)
    findings: list[Finding] = []
    displays = [_display(h.path, display_root) for h in handouts]
    keys = [cache.key("lint", d, file_digest(h.path)) for h, d in zip(handouts, displays, strict=True)]
    known = cache.get_many("lint", keys)
    seen: dict[str, list[tuple[str, int, str, str, str, str]]] = defaultdict(list)
    for h, display, key in zip(handouts, displays, keys, strict=True):
        hit = known.get(key)
        if hit is None:
            hit = known[key] = _lint_one(h, display)
            cache.put("lint", key, hit)
        findings.extend(hit[0])
        for use in hit[1]:
            seen[use[0]].append(use)
    findings.extend(plain_language(handouts, displays, cache))
    for name, uses in seen.items():
        values = Counter(use[4] for use in uses)
        if len(values) < 2:
            continue
        common = values.most_common(1)[0][0]
        for _name, line, ctx, text, value, display in uses:
            if value != common:
                findings.append(Finding(display, line, SOURCE_LOCALE, ctx, text, "", "consistency", WARNING,
                                        f"{name} threshold is {value} here but {common} elsewhere in the library"))
    return findings, len(handouts)


def _check_file(args: tuple[str, Path | None]) -> CatalogResult:
    """Worker: read and check one catalog."""
    path, root = args
    cat = load_catalog(Path(path), root)
    rows = array("Q")
    findings, n = check_catalog(cat, rows)
    translated = fuzzy = total = 0
    for e in cat.po:
        if e.obsolete or not e.msgid:
            continue
        total += 1
        if "fuzzy" in e.flags:
            fuzzy += 1
        elif is_translated(e):
            translated += 1
    return CatalogResult(path, cat.display, cat.info.tag, findings, n, translated, fuzzy, total, rows)


def _template(path: Path) -> str:
    """The path with its locale (folder or file name) left out: catalogs of one template share it."""
    parts = [*path.parent.parts, path.stem]
    return "/".join("*" if _data_code(p) else p for p in parts)


#: catalogs to check larger than this (bytes, ~10,000 entries) will have every worker confirm a doubtful
#: language with lingua's full models: these are loaded once, before the workers fork, instead of once in each
PRELOAD_MODELS_BYTES = 2_000_000


def _warm(paths: Sequence[Path]) -> None:
    """Compile the language knowledge the catalogs will need (guessed from their paths) before workers fork."""
    tags = sorted({t for p in paths for t in [*(q.name for q in p.parents[:3]), p.stem] if _data_code(t)})
    warm_meaning(tags)
    lingua = set()
    for tag in tags:
        try:
            lexicon_for(tag)
            lingua.add(str(resolve(tag).data.get("lingua", "")))
        except InputError:
            continue
    if sum(p.stat().st_size for p in paths) > PRELOAD_MODELS_BYTES:
        preload_language_models(frozenset(lingua - {""}))


def validate(po_paths: Sequence[Path], handout_paths: Sequence[Path] = (), *,
             handouts: Sequence[Handout] | None = None, display_root: Path | None = None,
             jobs: int | None = None, cache: Cache | None = None) -> Report:
    """Check catalogs (in parallel, ``jobs`` processes) and lint handouts; nothing is reported on bad input.

    A catalog whose bytes (and locale glossary) are unchanged since a run of the same
    pipeline version is not checked again: its results come from ``cache``.
    """
    cache = cache or Cache(None)
    files = collect_po(po_paths)
    report = Report(files=len(files))
    if handouts is None and handout_paths:
        handouts = [load_handout(p) for p in handout_paths]
    if handouts:
        found, n = lint_handouts(handouts, display_root, cache)
        report.findings.extend(found)
        report.handouts = n
    glossaries: dict[str, str] = {}  # locale folder -> the hash of its glossary, which the checks read
    keys = []
    for p in files:
        name = os.path.abspath(p)
        folder = os.path.dirname(os.path.dirname(name))
        if folder not in glossaries:
            g = os.path.join(folder, "glossary.yaml")
            glossaries[folder] = file_digest(g) if os.path.isfile(g) else ""
        keys.append(cache.key("validate", name, _display(p, display_root), glossaries[folder], file_digest(name)))
    known = cache.get_many("validate", keys)
    todo = [i for i, k in enumerate(keys) if k not in known]
    groups: list[str] | None = None
    if len(todo) < 1000:  # a few catalogs: biggest first, so the workers finish together, and one
        # template's catalogs in one worker where that keeps them so (the English is read once)
        weights: list[float] | None = [float(files[i].stat().st_size) for i in todo]
        groups = [_template(files[i]) for i in todo]
    else:  # a library: one handout's catalogs in every language together (they share the English)
        todo.sort(key=lambda i: (files[i].stem, i))
        weights = None
    if len(todo) > 1 and default_jobs(jobs) > 1:
        _warm([files[i] for i in todo])  # compiled once here, shared by the forked workers
    fresh = pmap(_check_file, [(str(files[i]), display_root) for i in todo], jobs, weights=weights, groups=groups)
    for i, result in zip(todo, fresh, strict=True):
        known[keys[i]] = result
        cache.put("validate", keys[i], result)
    cache.commit()
    report.cached = len(files) - len(todo)
    # a result from the cache names the file as that run was given it ("locales/…" typed in another folder):
    # this run's name for it is the one the build and the consistency check look up
    report.catalogs = [known[k] if known[k].path == str(f) else dataclasses.replace(known[k], path=str(f))
                       for k, f in zip(keys, files, strict=True)]
    for r in report.catalogs:
        report.findings.extend(r.findings)
        report.entries += r.entries
    report.findings.extend(consistency(report.catalogs, jobs))
    return report


def blocked_entries(po: polib.POFile, info: LocaleInfo) -> dict[tuple[str, str], list[str]]:
    """Entries with an error finding: the build shows the English instead of publishing them."""
    path = Path(po.fpath or "catalog.po")
    cat = Catalog.of(path, str(path), po, info)
    out: dict[tuple[str, str], list[str]] = {}
    for entry in po:
        if checkable(entry):
            errors = [f"{f.check}: {f.message}" for f in check_entry(cat, entry) if f.severity == ERROR]
            if errors:
                out[(entry.msgctxt or "", entry.msgid)] = errors
    return out


def check_text(source: str, target: str, locale: str, *, msgctxt: str = "", flags: Sequence[str] = (),
               tcomment: str = "", path: str = "<draft>") -> list[Finding]:
    """Findings for one source/translation pair (the editor's live check, and tests)."""
    info = resolve(locale)
    entry = polib.POEntry(msgctxt=msgctxt or None, msgid=source, msgstr=target, flags=list(flags),
                          tcomment=tcomment)
    cat = Catalog(Path(path), path, polib.POFile(), info, info.nplurals, glossary=glossary_for(path))
    return check_entry(cat, entry)
