"""Saving never loses work: merges edits to different entries, refuses overwriting someone else's."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import polib

from pipeline.catalog import parse_po
from pipeline.store import Version, save_edits, snapshot

from .conftest import ROOT

FR = ROOT / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
REST = ("K050/home-care/activity/rest", "Let your child rest whenever they feel tired.")
SCHOOL = ("K050/home-care/activity/school", "Most children can go back to school the day after the test.")


def copy(tmp_path: Path, source: Path = FR) -> Path:
    dest = tmp_path / "K050.po"
    shutil.copy(source, dest)
    return dest


def v(text: str, fuzzy: bool = False, tcomment: str = "") -> Version:
    return Version(text, fuzzy, tcomment)


def test_save_changes_only_the_edited_entry_byte_for_byte(tmp_path: Path):
    path = copy(tmp_path)
    before = path.read_text(encoding="utf-8").split("\n")
    base = snapshot(parse_po(path))
    result = save_edits(path, base, {REST: v("Laissez votre enfant se reposer.")})
    assert result.saved == [REST] and not result.conflicts
    after = path.read_text(encoding="utf-8").split("\n")
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    assert len(changed) == 1 and "Laissez votre enfant se reposer." in after[changed[0]]
    assert len(before) == len(after)


def test_foreign_wrapping_and_obsolete_entries_survive(tmp_path: Path):
    path = tmp_path / "x.po"
    text = ('msgid ""\nmsgstr ""\n"Language: fr_CA\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            '# kept comment\n#. note\n#, python-format\nmsgctxt "a"\nmsgid "A long sentence"\nmsgstr ""\n'
            '"Une phrase "\n"wrapped the way another tool wraps"\n\n'
            'msgctxt "b"\nmsgid "Short"\nmsgstr "Court"\n\n#~ msgctxt "old"\n#~ msgid "Gone"\n#~ msgstr "Parti"\n')
    path.write_text(text, encoding="utf-8")
    base = snapshot(parse_po(path))
    save_edits(path, base, {("b", "Short"): v("Bref")})
    assert path.read_text(encoding="utf-8") == text.replace('msgstr "Court"', 'msgstr "Bref"')


def test_edit_to_an_entry_someone_else_changed_is_refused(tmp_path: Path):
    path = copy(tmp_path)
    mine = snapshot(parse_po(path))
    theirs = snapshot(parse_po(path))
    assert save_edits(path, theirs, {REST: v("Version d'une collègue.")}).saved == [REST]
    result = save_edits(path, mine, {REST: v("Ma version."), SCHOOL: v("La plupart retournent à l'école.")})
    assert result.saved == [SCHOOL]
    [conflict] = result.conflicts
    assert conflict.key == REST and conflict.theirs.msgstr == "Version d'une collègue."
    assert conflict.mine.msgstr == "Ma version."
    po = parse_po(path)
    assert po.find(REST[0], by="msgctxt").msgstr == "Version d'une collègue."
    assert po.find(SCHOOL[0], by="msgctxt").msgstr == "La plupart retournent à l'école."


def test_same_edit_twice_is_not_a_conflict(tmp_path: Path):
    path = copy(tmp_path)
    a = snapshot(parse_po(path))
    b = snapshot(parse_po(path))
    save_edits(path, a, {REST: v("Pareil.")})
    result = save_edits(path, b, {REST: v("Pareil.")})
    assert result.unchanged == [REST] and not result.conflicts


def test_entry_gone_after_update_is_reported(tmp_path: Path):
    path = copy(tmp_path)
    base = snapshot(parse_po(path))
    result = save_edits(path, base, {("K050/nope", "Nothing"): v("Rien")})
    assert result.missing == [("K050/nope", "Nothing")] and not result.wrote


def _writer(path: str, ctxs: list[tuple[str, str]], tag: str, rounds: int) -> None:
    for n in range(rounds):
        base = snapshot(parse_po(Path(path)))
        key = ctxs[n % len(ctxs)]
        save_edits(Path(path), base, {key: v(f"{tag} {n}")})


def test_two_writers_interleaved_lose_nothing(tmp_path: Path):
    path = copy(tmp_path)
    keys = [(e.msgctxt, e.msgid) for e in polib.pofile(str(path)) if e.msgid]
    a_keys, b_keys = keys[:10], keys[10:20]
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(path), a_keys, "A", 30)),
             ctx.Process(target=_writer, args=(str(path), b_keys, "B", 30))]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    po = {(e.msgctxt, e.msgid): e.msgstr for e in parse_po(path)}
    # every writer's last edit of each of its entries is on disk
    for tag, ks in (("A", a_keys), ("B", b_keys)):
        for i, key in enumerate(ks):
            last = max(n for n in range(30) if n % len(ks) == i)
            assert po[key] == f"{tag} {last}", key
    assert parse_po(path)  # still a valid catalog


def test_a_save_keeps_line_endings_and_bom_byte_for_byte_outside_the_edit(tmp_path: Path):
    """Issue 12, item 9: one saved entry in a CRLF catalog turned 320 of 321 lines into LF."""
    lf = FR.read_bytes()
    path = tmp_path / "K050.po"
    path.write_bytes(b"\xef\xbb\xbf" + lf.replace(b"\n", b"\r\n"))
    before = path.read_bytes()
    result = save_edits(path, snapshot(parse_po(path)), {REST: v("Laissez votre enfant se reposer.")})
    assert result.saved == [REST]
    after = path.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in after.replace(b"\r\n", b"")  # every line still ends in CRLF
    old_lines, new_lines = before.split(b"\r\n"), after.split(b"\r\n")
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert len(old_lines) == len(new_lines) and len(changed) == 1
    assert b"Laissez votre enfant se reposer." in new_lines[changed[0]]


def test_saves_during_update_are_never_lost(tmp_path: Path, monkeypatch):
    """Issue 12, item 2: ``update`` renamed over a catalog an editor had saved while it merged (3 of 6
    timings lost the save on a 20,000-entry library).  Here the save lands at the worst moment every time:
    after ``update`` read the catalog and before it writes its merge."""
    from pipeline import steps
    from pipeline.cli import main

    from .conftest import run_cli

    proj = tmp_path / "p"
    shutil.copytree(ROOT / "handouts", proj / "handouts")
    shutil.copytree(ROOT / "locales", proj / "locales")
    k050 = proj / "handouts" / "K050.yaml"
    k050.write_text(k050.read_text().replace("Caring for your child after a bone marrow test",
                                             "Caring for your child after a bone marrow test, at home"))
    assert run_cli("--project", str(proj), "extract", cwd=proj).code == 0
    path = proj / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    mine = "Laissez votre enfant se reposer quand il est fatigué."
    merge_locale = steps._merge_locale
    saved = []

    def merge_then_a_save_lands(job):  # type: ignore[no-untyped-def]
        out = merge_locale(job)
        if job.tag == "fr_CA" and not saved:
            saved.append(save_edits(path, snapshot(parse_po(path)), {REST: v(mine)}))
        return out

    monkeypatch.setattr(steps, "_merge_locale", merge_then_a_save_lands)
    assert main(["--project", str(proj), "update", "--jobs", "1"]) == 0
    assert saved and saved[0].saved == [REST]
    text = path.read_text(encoding="utf-8")
    assert mine in text  # the save survived …
    assert "bone marrow test, at home" in text  # … and the merge was made again on top of it


def test_a_catalog_made_by_another_writer_meanwhile_is_not_overwritten(tmp_path: Path):
    from pipeline.fsutil import ABSENT, transaction

    dest = tmp_path / "K050.po"
    with transaction() as tx:
        tx.write(dest, "init's new catalog\n", base=ABSENT)
        dest.write_text("a translator's catalog, saved first\n")
    assert dest.read_text() == "a translator's catalog, saved first\n"
    assert tx.kept == [dest] and tx.changed == []
