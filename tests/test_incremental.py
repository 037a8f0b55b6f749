"""Incremental runs: what did not change (by content hash) is not redone, and the result is the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import run_cli, snapshot


def _all(proj: Path, *extra: str) -> str:
    r = run_cli("--project", str(proj), "all", "--out", str(proj / "site"), *extra, cwd=proj)
    assert r.code == 0, r.err
    return r.out


def _outputs(proj: Path) -> dict[str, bytes]:
    return {**{f"locales/{k}": v for k, v in snapshot(proj / "locales").items()},
            **{f"site/{k}": v for k, v in snapshot(proj / "site").items()}}


def test_second_run_redoes_nothing_and_changes_no_byte(project: Path):
    first = _all(project)
    assert "not re-read" not in first  # a cold cache: everything was done
    before = _outputs(project)
    second = _all(project)
    assert "34 unchanged since the last merge, not re-read" in second
    assert "(34 catalogs unchanged, not re-checked)" in second
    assert _outputs(project) == before
    # the same lines per locale as the full run
    assert second.splitlines()[-12:] == first.splitlines()[-12:]


def test_one_handout_edit_redoes_only_its_catalogs_and_pages(project: Path):
    _all(project)
    before = _outputs(project)
    k050 = project / "handouts" / "K050.yaml"
    k050.write_text(k050.read_text().replace("Let your child rest whenever they feel tired.",
                                             "Let your child rest whenever they feel tired or sleepy."))
    out = _all(project)
    assert "extract: 5 templates, 1 changed" in out
    assert "update: 34 catalogs, 11 changed (23 unchanged since the last merge, not re-read)" in out
    assert "(23 catalogs unchanged, not re-checked)" in out
    after = _outputs(project)
    changed = sorted(k for k in after if before.get(k) != after[k])
    # K050's catalogs and MO files in 11 locales, its 12 pages and PDFs, the indexes (K050's share translated
    # changed in every language's) and the page manifest
    assert all("K050" in k or k.endswith("index.html") or k == "site/.handouts-manifest.json"
               for k in changed), [k for k in changed if "K050" not in k]
    assert sum(1 for k in changed if k.endswith("K050.po")) == 11
    assert sum(1 for k in changed if k.startswith("site/") and k.endswith("K050.html")) == 12
    assert sum(1 for k in changed if k.startswith("site/") and k.endswith("K050.pdf")) == 12
    # the edited sentence is fuzzy now and shown in English on the French page
    fr = (project / "locales/fr_CA/LC_MESSAGES/K050.po").read_text()
    assert "#| msgid \"Let your child rest whenever they feel tired.\"" in fr
    assert "tired or sleepy" in (project / "site/fr-CA/K050.html").read_text()


def test_cached_and_uncached_runs_give_the_same_bytes(project: Path, tmp_path: Path):
    twin = tmp_path / "twin"
    shutil.copytree(project, twin)
    _all(project)
    k050 = project / "handouts" / "K050.yaml"
    for p in (project, twin):
        f = p / "handouts" / "K050.yaml"
        f.write_text(f.read_text().replace("Most children can go back to school the day after the test.",
                                           "Most children can go back to school two days after the test."))
    assert k050.read_text() == (twin / "handouts" / "K050.yaml").read_text()
    _all(project)  # incremental, cached, 2 workers
    _all(twin, "--no-cache", "--jobs", "1")  # from scratch, one process
    assert not (twin / ".cache").exists()
    assert _outputs(project) == _outputs(twin)


def test_a_changed_translation_is_checked_again(project: Path):
    _all(project)
    po = project / "locales/fr_CA/LC_MESSAGES/K050.po"
    text = po.read_text()
    assert "38\u00a0°C" in text or "38 °C" in text
    po.write_text(text.replace("38\u00a0°C", "39\u00a0°C").replace("38 °C", "39 °C"))
    r = run_cli("--project", str(project), "validate", "--format", "json", cwd=project)
    assert r.code == 1
    assert '"check": "quantities"' in r.out and "fr_CA/LC_MESSAGES/K050.po" in r.out


def test_a_damaged_cache_only_costs_speed(project: Path):
    _all(project)
    db = project / ".cache" / "pipeline.sqlite3"
    assert db.is_file()
    db.write_bytes(b"this is not a database")
    for p in (project / ".cache").glob("pipeline.sqlite3-*"):
        p.unlink()
    out = _all(project)
    assert "validate: 34 catalogs, 1267 entries: 0 errors" in out


def test_a_rewritten_file_is_hashed_again_even_with_its_old_size_and_time(tmp_path: Path, monkeypatch):
    """Hashes are remembered across runs by inode, size and times (as git does); a rewrite always
    changes the change time, so new bytes behind an old size and modification time are still seen."""
    import os

    from pipeline import cache as cache_mod

    monkeypatch.setattr(cache_mod, "_SETTLED_NS", 0)  # remember even a file written just now
    monkeypatch.setattr(cache_mod, "_DIGESTS", {})
    f = tmp_path / "a.po"
    f.write_bytes(b"msgid \"one\"\n")
    stamp = f.stat().st_mtime_ns
    with cache_mod.Cache(tmp_path / ".cache") as c:
        first = cache_mod.file_digest(f)
        c.commit()
    monkeypatch.setattr(cache_mod, "_DIGESTS", {})  # a new run
    with cache_mod.Cache(tmp_path / ".cache"):
        assert str(f) in cache_mod._DIGESTS  # remembered from the last run, not read again
        assert cache_mod.file_digest(f) == first
        f.write_bytes(b"msgid \"two\"\n")  # same size
        os.utime(f, ns=(stamp, stamp))  # same modification time
        assert cache_mod.file_digest(f) == cache_mod.digest(b"msgid \"two\"\n") != first


def test_the_site_is_updated_in_place_to_what_a_fresh_build_gives(project: Path, tmp_path: Path):
    _all(project)
    site = project / "site"
    untouched = site / "fr-CA" / "D215.html"
    inode = untouched.stat().st_ino
    # a handout leaves the library: its template, catalogs and pages go; nothing else is rewritten
    (project / "handouts" / "W320.yaml").unlink()
    for po in (project / "locales").rglob("W320.*"):
        po.unlink()
    _all(project)
    assert not list(site.rglob("W320.html"))
    assert untouched.stat().st_ino == inode
    fresh = tmp_path / "fresh"
    r = run_cli("--project", str(project), "build", "--no-cache", "--out", str(fresh), cwd=project)
    assert r.code == 0, r.err
    assert snapshot(site) == snapshot(fresh)


def test_results_of_another_pipeline_version_are_dropped(tmp_path: Path):
    import sqlite3

    from pipeline.cache import Cache

    with Cache(tmp_path / "c") as c:
        c.put("validate", "k", {"n": 1})
    with Cache(tmp_path / "c") as c:
        assert c.get("validate", "k") == {"n": 1}
    db = sqlite3.connect(tmp_path / "c" / "pipeline.sqlite3")
    with db:
        db.execute("UPDATE meta SET value = 'an older version' WHERE name = 'version'")
    db.close()
    with Cache(tmp_path / "c") as c:
        assert c.get("validate", "k") is None
    rows = sqlite3.connect(tmp_path / "c" / "pipeline.sqlite3").execute("SELECT count(*) FROM results")
    assert rows.fetchone() == (0,)
