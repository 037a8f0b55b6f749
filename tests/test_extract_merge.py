"""Extraction is deterministic and id-based; update keeps translations, fuzzies edits, obsoletes removals."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import polib

from pipeline import store
from pipeline.catalog import parse_po, save_po

from .conftest import run_cli, snapshot


def entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in polib.pofile(str(path)) if not e.obsolete}


def test_extract_is_deterministic(mini: Path):
    assert run_cli("--project", str(mini), "extract").code == 0
    pot = mini / "locales" / "K050.pot"
    first, mtime = pot.read_bytes(), pot.stat().st_mtime_ns
    r = run_cli("--project", str(mini), "extract")
    assert r.code == 0 and "0 changed" in r.out
    assert pot.read_bytes() == first
    assert pot.stat().st_mtime_ns == mtime, "an unchanged file is not rewritten"


def test_pot_has_context_reference_and_notes(mini: Path):
    run_cli("--project", str(mini), "extract")
    pot = entries(mini / "locales" / "K050.pot")
    fever = pot["K050/when-to-call/urgent/fever"]
    assert fever.msgid == "Your child has a fever over 38°C (100.4°F)."
    assert fever.occurrences == [("handouts/K050.yaml", str(_line(mini, "text: Your child has a fever over")))]
    assert "Bullet under “When should you call for help?” → Call now or seek care" in fever.comment
    assert "38°C (100.4°F) [conversion, threshold “over”]" in fever.comment
    emergency = pot["K050/when-to-call/emergency.intro"]
    assert "Keep exactly as written: 911" in emergency.comment
    learn = pot["K050/learn-more/topic-code"]
    assert "K050" in learn.comment.split("Keep exactly as written:")[1]
    assert "10 to 20 minutes [range]" in pot["K050/home-care/ice/cold-pack"].comment


def _line(root: Path, needle: str) -> int:
    text = (root / "handouts" / "K050.yaml").read_text(encoding="utf-8")
    return next(i for i, ln in enumerate(text.splitlines(), 1) if needle in ln)


def test_inserting_a_bullet_changes_no_other_identity(mini: Path):
    run_cli("--project", str(mini), "extract")
    before = {(e.msgctxt, e.msgid) for e in polib.pofile(str(mini / "locales" / "K050.pot"))}
    y = mini / "handouts" / "K050.yaml"
    y.write_text(y.read_text(encoding="utf-8").replace(
        "          - id: rest\n",
        "          - id: drink\n            text: Offer your child plenty to drink.\n          - id: rest\n"),
        encoding="utf-8")
    assert run_cli("--project", str(mini), "extract").code == 0
    after = {(e.msgctxt, e.msgid) for e in polib.pofile(str(mini / "locales" / "K050.pot"))}
    assert after - before == {("K050/home-care/activity/drink", "Offer your child plenty to drink.")}
    assert before <= after


def _translated_fr(mini: Path) -> Path:
    """Extract, start fr_CA and fill every entry with a marked translation; return the catalog's path."""
    run_cli("--project", str(mini), "extract")
    assert run_cli("--project", str(mini), "init", "--locale", "fr_CA").code == 0
    po_path = mini / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    for e in po:
        if e.msgid_plural:
            e.msgstr_plural = {k: f"[fr] {e.msgid}" for k in e.msgstr_plural}
        else:
            e.msgstr = f"[fr] {e.msgid}"
    po.save()
    return po_path


def test_edit_one_sentence_becomes_fuzzy_with_previous(mini: Path):
    po_path = _translated_fr(mini)
    po = polib.pofile(str(po_path))
    po.find("K050/home-care/activity/rest", by="msgctxt").tcomment = "translator: keep it short"
    po.save()
    before = entries(po_path)

    y = mini / "handouts" / "K050.yaml"
    y.write_text(y.read_text(encoding="utf-8").replace(
        "Let your child rest whenever they feel tired.", "Let your child rest whenever they seem tired."),
        encoding="utf-8")
    run_cli("--project", str(mini), "extract")
    r = run_cli("--project", str(mini), "update")
    assert r.code == 0, r.err
    after = entries(po_path)
    rest = after["K050/home-care/activity/rest"]
    assert rest.msgid == "Let your child rest whenever they seem tired."
    assert "fuzzy" in rest.flags
    assert rest.previous_msgid == "Let your child rest whenever they feel tired."
    assert rest.msgstr == "[fr] Let your child rest whenever they feel tired."
    assert rest.tcomment == "translator: keep it short"
    for ctx, e in before.items():
        if ctx != "K050/home-care/activity/rest":
            assert after[ctx].msgstr == e.msgstr and "fuzzy" not in after[ctx].flags, ctx
    text = po_path.read_text(encoding="utf-8")
    assert '#| msgid "Let your child rest whenever they feel tired."' in text
    subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(po_path)], check=True)

    # idempotent: a second update changes no byte
    snap = po_path.read_bytes()
    run_cli("--project", str(mini), "update")
    assert po_path.read_bytes() == snap


def test_removed_entry_becomes_obsolete_and_comes_back(mini: Path):
    po_path = _translated_fr(mini)
    y = mini / "handouts" / "K050.yaml"
    original = y.read_text(encoding="utf-8")
    y.write_text(original.replace(
        "          - id: school\n            text: Most children can go back to school the day after the test.\n",
        ""), encoding="utf-8")
    run_cli("--project", str(mini), "extract")
    run_cli("--project", str(mini), "update")
    po = polib.pofile(str(po_path))
    obsolete = [e for e in po if e.obsolete]
    assert [(e.msgctxt, e.msgstr) for e in obsolete] == [
        ("K050/home-care/activity/school", "[fr] Most children can go back to school the day after the test.")]
    subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(po_path)], check=True)
    y.write_text(original, encoding="utf-8")
    run_cli("--project", str(mini), "extract")
    run_cli("--project", str(mini), "update")
    back = entries(po_path)["K050/home-care/activity/school"]
    assert back.msgstr.startswith("[fr] Most children") and "fuzzy" not in back.flags
    assert not [e for e in polib.pofile(str(po_path)) if e.obsolete]


def test_moved_bullet_keeps_its_translation(mini: Path):
    po_path = _translated_fr(mini)
    y = mini / "handouts" / "K050.yaml"
    y.write_text(y.read_text(encoding="utf-8").replace("- id: rest\n", "- id: rest-when-tired\n"),
                 encoding="utf-8")
    run_cli("--project", str(mini), "extract")
    run_cli("--project", str(mini), "update")
    moved = entries(po_path)["K050/home-care/activity/rest-when-tired"]
    assert moved.msgstr == "[fr] Let your child rest whenever they feel tired."
    assert "fuzzy" not in moved.flags


def test_init_never_overwrites(mini: Path):
    po_path = _translated_fr(mini)
    snap = po_path.read_bytes()
    r = run_cli("--project", str(mini), "init", "--locale", "fr_CA")
    assert r.code == 0 and "kept" in r.out
    assert po_path.read_bytes() == snap


def test_new_catalog_header(mini: Path):
    run_cli("--project", str(mini), "extract")
    run_cli("--project", str(mini), "init", "--locale", "ar", env={"SOURCE_DATE_EPOCH": "1790000000"})
    po = parse_po(mini / "locales" / "ar" / "LC_MESSAGES" / "K050.po")
    assert po.metadata["Language"] == "ar"
    assert po.metadata["Plural-Forms"].startswith("nplurals=6;")
    assert po.metadata["PO-Revision-Date"] == "2026-09-21 14:13+0000"


def test_unknown_locale_is_one_line(mini: Path):
    run_cli("--project", str(mini), "extract")
    r = run_cli("--project", str(mini), "init", "--locale", "xx_YY")
    assert r.code == 2
    assert r.err.strip().count("\n") == 0 and "unknown locale 'xx_YY'" in r.err
    assert not (mini / "locales" / "xx_YY").exists()


def test_update_of_unchanged_project_changes_nothing(project: Path):
    before = snapshot(project / "locales")
    assert run_cli("--project", str(project), "extract").code == 0
    r = run_cli("--project", str(project), "update")
    assert r.code == 0, r.err
    assert snapshot(project / "locales") == before


def test_update_with_one_bad_catalog_writes_nothing(project: Path):
    """Locales are merged in workers and staged as they arrive; one malformed catalog anywhere
    still means one clear line, exit code 2 and not a byte changed in any locale."""
    k050 = project / "handouts" / "K050.yaml"
    k050.write_text(k050.read_text().replace("Let your child rest whenever they feel tired.",
                                             "Let your child rest whenever they feel tired or sleepy."))
    assert run_cli("--project", str(project), "extract", cwd=project).code == 0
    bad = project / "locales" / "zh_Hans" / "LC_MESSAGES" / "F110.po"  # merged late, after others
    bad.write_text(bad.read_text(encoding="utf-8") + '\nmsgid "dangling"\n', encoding="utf-8")
    before = snapshot(project / "locales")
    r = run_cli("--project", str(project), "update", "--jobs", "2", cwd=project)
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1 and "F110.po:" in r.err
    assert snapshot(project / "locales") == before


def test_previous_fields_are_written_as_gettext_writes_them(project: Path, tmp_path: Path):
    """Issue 15, item 2: a changed sentence wrote '#| msgid_plural ""' into singular entries (11 in K050's
    catalogs after one edit).  Now the #| lines are exactly those of msgmerge --previous."""
    fr = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    before = tmp_path / "before.po"
    before.write_bytes(fr.read_bytes())
    k050 = project / "handouts" / "K050.yaml"
    k050.write_text(k050.read_text(encoding="utf-8").replace("Your child has a fever over 38°C (100.4°F).",
                                                             "Your child has a fever of more than 38°C (100.4°F)."),
                    encoding="utf-8")
    assert run_cli("--project", str(project), "extract").code == 0
    assert run_cli("--project", str(project), "update").code == 0
    ours = fr.read_text(encoding="utf-8")
    assert '#| msgid_plural ""' not in ours and '#| msgctxt ""' not in ours
    theirs = subprocess.run(["msgmerge", "--previous", "--quiet", "-o", "-", str(before),
                             str(project / "locales" / "K050.pot")], capture_output=True, text=True, check=True).stdout
    assert [ln for ln in ours.splitlines() if ln.startswith("#|")] == \
        [ln for ln in theirs.splitlines() if ln.startswith("#|")]
    assert "#| msgid \"Your child has a fever over 38°C (100.4°F).\"" in ours
    # a msgmerge-made catalog round-trips: read and written back, then an editor save that confirms the
    # fuzzy entry — the previous fields go with its fuzzy flag, and only there
    merged = tmp_path / "msgmerge.po"
    merged.write_text(theirs, encoding="utf-8")
    save_po(parse_po(merged), merged)
    prev = [ln for ln in merged.read_text(encoding="utf-8").splitlines() if ln.startswith("#|")]
    assert prev == [ln for ln in theirs.splitlines() if ln.startswith("#|")] and prev
    base = store.snapshot(parse_po(merged))
    fuzzy = [k for k, v in base.items() if v.fuzzy]
    key = fuzzy[0]
    assert store.save_edits(merged, base, {key: store.Version(base[key].msgstr, False, base[key].tcomment)}).saved
    def previous_lines(text: str) -> tuple[list[str], list[str]]:
        """(#| lines of the confirmed entry, #| lines of every other entry)"""
        mine, others = [], []
        for block in text.split("\n\n"):
            lines = [ln for ln in block.splitlines() if ln.startswith("#|")]
            (mine if f'msgctxt "{key[0]}"' in block else others).extend(lines)
        return mine, others

    had, kept = previous_lines(theirs)
    now_mine, now_others = previous_lines(merged.read_text(encoding="utf-8"))
    assert had and now_mine == [] and now_others == kept
    assert "fuzzy" not in parse_po(merged).find(key[0], by="msgctxt").flags
