"""Review marks lapse when text changes; translation memory proposes earlier translations."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import polib

from pipeline.editing import OpenCatalog
from pipeline.project import Project
from pipeline.review import is_reviewed, mark_of, mark_reviewed
from pipeline.tm import Memory

from .conftest import run_cli


def test_review_mark_lapses_when_translation_or_source_changes():
    e = polib.POEntry(msgctxt="K050/x", msgid="Rest for 2 days.", msgstr="Reposez-vous 2 jours.")
    line = mark_reviewed(e, "Amira Haddad", dt.date(2026, 11, 25))
    assert line.startswith("reviewed: Amira Haddad, 2026-11-25 [fp:")
    assert is_reviewed(e)
    e.msgstr = "Reposez-vous 3 jours."
    assert not is_reviewed(e) and mark_of(e) is not None and not mark_of(e).valid
    e.msgstr = "Reposez-vous 2 jours."
    e.msgid = "Rest for 3 days."
    assert not is_reviewed(e)


def test_review_survives_update_and_lapses_on_source_edit(project: Path):
    cat = OpenCatalog.load(Project(project), "fr_CA", "K050")
    keys = [e.key for e in cat.entries()]
    result = cat.mark_reviewed(keys, "Jean Tremblay", dt.date(2026, 11, 25))
    assert len(result.saved) == len(keys)
    run_cli("--project", str(project), "extract")
    run_cli("--project", str(project), "update")
    again = OpenCatalog.load(Project(project), "fr_CA", "K050").entries()
    assert all(e.reviewed for e in again)
    y = project / "handouts" / "K050.yaml"
    y.write_text(y.read_text(encoding="utf-8").replace("feel tired.", "seem tired."), encoding="utf-8")
    run_cli("--project", str(project), "extract")
    run_cli("--project", str(project), "update")
    after = {e.msgctxt: e for e in OpenCatalog.load(Project(project), "fr_CA", "K050").entries()}
    assert not after["K050/home-care/activity/rest"].reviewed
    assert after["K050/home-care/activity/school"].reviewed


def test_memory_exact_and_fuzzy(tmp_path: Path):
    mem = Memory()
    mem.add("Call 911 anytime you think your child may need emergency care.",
            "Composez le 911 chaque fois que vous pensez que votre enfant a besoin de soins d'urgence.", "K050")
    mem.add("Keep the bandage dry.", "Gardez le pansement au sec.", "W320")
    exact = mem.suggest("Call 911 anytime you think your child may need emergency care.")
    assert exact[0].score == 100 and exact[0].text.startswith("Composez le 911")
    edited = mem.suggest("Call 911 anytime you think your baby may need emergency care.")
    assert edited and edited[0].text.startswith("Composez le 911") and 80 <= edited[0].score < 100
    assert mem.suggest("Something entirely different about lunch.") == []


def test_memory_from_the_locales_other_catalogs(project: Path):
    cat = OpenCatalog.load(Project(project), "fr_CA", "K050")
    mem = cat.memory()
    assert len(mem) > 100
    hits = mem.suggest("Call your doctor or nurse advice line now, or get medical care right away, if:")
    assert hits and hits[0].score == 100 and "K050.po" not in hits[0].origin


def test_shipped_locales_copy(tmp_path: Path):
    # the editor's project fixture is a plain copy: catalogs there are the shipped drafts, unreviewed
    dest = tmp_path / "p"
    shutil.copytree(Path(__file__).parent.parent / "locales", dest)
    po = polib.pofile(str(dest / "fr_CA" / "LC_MESSAGES" / "K050.po"))
    assert not any(is_reviewed(e) for e in po)


def test_new_catalog_is_prefilled_from_memory_as_fuzzy(project: Path):
    target = project / "locales" / "ar" / "LC_MESSAGES" / "W320.po"
    target.unlink()
    r = run_cli("--project", str(project), "init", "--locale", "ar")
    assert r.code == 0, r.err
    assert "pre-filled from translation memory" in r.out
    po = polib.pofile(str(target))
    filled = [e for e in po if e.msgstr]
    assert filled and all("fuzzy" in e.flags for e in filled)
    heading = po.find("W320/when-to-call.heading", by="msgctxt")
    assert heading.msgstr and "translation memory: same English in" in heading.tcomment
    # idempotent: an update keeps the pre-fill and adds nothing
    snap = target.read_bytes()
    run_cli("--project", str(project), "update")
    assert target.read_bytes() == snap


def test_suggest_command_prints_memory_matches(project: Path):
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/when-to-call/urgent.intro", by="msgctxt").msgstr = ""
    po.save()
    r = run_cli("--project", str(project), "suggest", "--locale", "fr_CA", "--handout", "K050")
    assert r.code == 0, r.err
    assert "K050/when-to-call/urgent.intro:" in r.out
    assert "100.0%  Appelez" in r.out
    assert any(f"in {h}.po)" in r.out for h in ("F110", "D215", "W320"))
