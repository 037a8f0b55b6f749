"""The release gate refuses what is not translated, valid and reviewed; shards cover a library once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polib

from pipeline.editing import OpenCatalog
from pipeline.project import Project
from pipeline.release import in_shard, release_check

from .conftest import run_cli


def review_all(project: Path, locale: str, handout: str) -> None:
    cat = OpenCatalog.load(Project(project), locale, handout)
    cat.mark_reviewed([e.key for e in cat.entries()], "Reviewer Name", dt.date(2026, 11, 25))


def test_unreviewed_drafts_are_blocked(project: Path):
    r = run_cli("--project", str(project), "release-check", "--locale", "ar")
    assert r.code == 1
    assert "ar/K050: BLOCKED: 33 of 33 entries not reviewed" in r.out
    data = json.loads((project / "build" / "release-manifest.json").read_text(encoding="utf-8"))
    assert data["releasable"] == [] and {b["handout"] for b in data["blocked"]} == {"D215", "F110", "K050", "W320",
                                                                                    "site"}


def test_reviewed_catalog_is_releasable_until_edited(project: Path):
    review_all(project, "fr_CA", "K050")
    manifest = project / "out" / "m.json"
    r = run_cli("--project", str(project), "release-check", "--locale", "fr_CA", "--handout", "K050",
                "--manifest", str(manifest))
    assert r.code == 0, r.out
    data = json.loads(manifest.read_text(encoding="utf-8"))
    [entry] = data["releasable"]
    assert entry["locale"] == "fr_CA" and entry["handout"] == "K050" and len(entry["sha256"]) == 64
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    fever = po.find("K050/when-to-call/urgent/fever", by="msgctxt")
    fever.msgstr = fever.msgstr.replace("38", "39")
    po.save()
    r = run_cli("--project", str(project), "release-check", "--locale", "fr_CA", "--handout", "K050")
    assert r.code == 1
    assert "1 entries with validation errors" in r.out and "1 of 33 entries not reviewed" in r.out


def test_fuzzy_and_untranslated_block(project: Path):
    review_all(project, "es", "K050")
    po_path = project / "locales" / "es" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/home-care/activity/rest", by="msgctxt").flags.append("fuzzy")
    po.find("K050/home-care/activity/school", by="msgctxt").msgstr = ""
    po.save()
    [g] = release_check(Project(project), locales=["es"], handouts=["K050"])
    assert not g.releasable
    assert g.fuzzy == 1 and g.untranslated == 1


def test_shards_partition_the_library(project: Path):
    everything = {(g.locale, g.handout) for g in release_check(Project(project))}
    parts = [{(g.locale, g.handout) for g in release_check(Project(project), shard=(k, 4))} for k in range(1, 5)]
    assert set().union(*parts) == everything
    assert sum(len(p) for p in parts) == len(everything)
    assert all(in_shard(loc, h, (1, 1)) for loc, h in everything)


def test_bad_selection_is_one_line(project: Path):
    r = run_cli("--project", str(project), "release-check", "--locale", "de")
    assert r.code == 2 and "no catalogs for locale 'de'" in r.err and r.err.count("\n") == 1
    r = run_cli("--project", str(project), "release-check", "--shard", "9/8")
    assert r.code == 2 and "--shard" in r.err
