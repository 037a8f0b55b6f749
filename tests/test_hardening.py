"""Regression tests for the hostile-input and fault pass (issue 12), one per item found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import run_cli, snapshot


def test_validating_a_relative_path_does_not_wedge_the_build(project: Path):
    """Item 6: the cache kept the path as typed; the build looked it up absolute."""
    r = run_cli("--project", str(project), "validate", "locales/fr_CA/LC_MESSAGES/K050.po", cwd=project)
    assert r.code == 0, r.err
    r = run_cli("--project", str(project), "build", cwd=project)
    assert r.code == 0, r.err
    assert (project / "build" / "site" / "fr-CA" / "K050.html").is_file()
    r = run_cli("--project", str(project), "validate", "fr_CA", cwd=project / "locales")
    assert r.code == 0, r.err
    r = run_cli("--project", str(project), "all", cwd=project)
    assert r.code == 0, r.err


def _edit_handout(project: Path, old: str, new: str) -> Path:
    path = project / "handouts" / "K050.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _one_line(r) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in r.err.splitlines() if line.strip()]
    assert r.code == 2 and len(lines) == 1 and "Traceback" not in r.err, (r.code, r.err)
    return lines[0]


@pytest.mark.parametrize("date,why", [("2026-13-45", "month must be in 1..12"),
                                      ("2026-02-30", "day is out of range for month")])
def test_a_date_that_is_no_date_is_one_line(project: Path, date: str, why: str):
    """Item 7: a traceback with exit 1."""
    _edit_handout(project, "last_reviewed: 2026-11-01", f"last_reviewed: {date}")
    line = _one_line(run_cli("--project", str(project), "validate", "handouts/K050.yaml", cwd=project))
    assert line.startswith("handouts/K050.yaml:9:16:") and date in line and why in line


def test_a_merge_key_is_one_line(project: Path):
    """Item 7: merge keys are refused where they stand."""
    _edit_handout(project, 'version: "1.0"\n', 'version: "1.0"\n<<: {version: "1.1"}\n')
    line = _one_line(run_cli("--project", str(project), "validate", "handouts/K050.yaml", cwd=project))
    assert line.startswith("handouts/K050.yaml:9:") and "merge keys" in line


@pytest.mark.parametrize("levels,jobs", [(32_000, "2"), (32_000, "1"), (1_000, "2")])
def test_deep_nesting_is_refused_before_parsing(project: Path, levels: int, jobs: str):
    """Item 4: 32,000 levels crashed libyaml in a worker (the run hung) or the process; 1,000 gave a traceback."""
    _edit_handout(project, "subtitle: Caring for your child after a bone marrow test",
                  "subtitle: " + "[" * levels + "]" * levels)
    line = _one_line(run_cli("--project", str(project), "all", "--jobs", jobs, cwd=project))
    assert "K050.yaml:6: nested more than" in line


def test_a_pipe_in_place_of_a_catalog_is_refused(project: Path):
    """Item 4: a FIFO hung ``all`` forever."""
    po = project / "locales" / "es" / "LC_MESSAGES" / "K050.po"
    po.unlink()
    os.mkfifo(po)
    line = _one_line(run_cli("--project", str(project), "all", cwd=project))
    assert line.endswith("K050.po: not a regular file (a pipe, device or folder); give a file")


def test_a_full_disk_is_one_line_exit_3_and_nothing_half_written(project: Path, monkeypatch, capsys):
    """Item 7: ENOSPC gave a traceback with exit 1 (the code that means validation errors)."""
    import errno

    from pipeline.cli import main

    _edit_handout(project, "Caring for your child after a bone marrow test",
                  "Caring for your child after the bone marrow test")
    before = snapshot(project / "locales")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code = main(["--project", str(project), "all", "--jobs", "1"])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 3
    assert len(err) == 1 and err[0].endswith("cannot write: No space left on device"), err
    assert snapshot(project / "locales") == before
    assert not list(project.rglob("*.tmp"))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_litter_of_an_interrupted_run_is_removed_by_the_next(project: Path):
    """Item 8: after kill -9, temp files and staging folders stayed forever."""
    assert run_cli("--project", str(project), "all", cwd=project).code == 0
    dead = _dead_pid()
    folder = project / "locales" / "fr_CA" / "LC_MESSAGES"
    litter = [folder / f".K050.po.{dead}-a1b2c3.tmp", project / "locales" / f".K050.pot.{dead}-x9.tmp",
              project / "build" / f".site.new-{dead}-q7", project / "build" / f".site.old-{dead}"]
    for path in litter:
        if path.name.endswith(".tmp"):
            path.write_text("half a catalog")
        else:
            (path / "fr-CA").mkdir(parents=True)
            (path / "fr-CA" / "K050.html").write_text("<p>half a page</p>")
    running = folder / f".K050.po.{os.getpid()}-zz.tmp"  # a live process's temp file is left alone
    running.write_text("being written")
    assert run_cli("--project", str(project), "all", cwd=project).code == 0
    assert not any(p.exists() for p in litter)
    assert running.exists()


def test_an_error_never_shows_a_file_outside_the_project(project: Path, tmp_path: Path):
    """Item 13: a catalog linked to /etc/passwd printed its first 20 characters."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:hunter2-password\n")
    po = project / "locales" / "es" / "LC_MESSAGES" / "K050.po"
    po.unlink()
    po.symlink_to(secret)
    for args in (["validate", "locales/es"], ["all"]):
        line = _one_line(run_cli("--project", str(project), *args, cwd=project))
        assert "K050.po" in line and "root:x" not in line and "hunter2" not in line, line
    (project / "locales" / "es" / "LC_MESSAGES" / "bad.po").write_text('msgid "x"\nmsgstr "y"\nbogus "z"\n')
    line = _one_line(run_cli("--project", str(project), "validate", "locales/es/LC_MESSAGES/bad.po", cwd=project))
    assert "'bogus'" in line  # inside the project, the offending text is named


@pytest.mark.parametrize("typed,folder", [("fr-ca", "fr_CA"), ("FR_ca", "fr_CA"), ("de-de", "de_DE"),
                                          ("zh-hant-tw", "zh_Hant_TW"), ("pt-br", "pt_BR")])
def test_a_locale_has_one_spelling_on_disk(project: Path, typed: str, folder: str):
    """Item 10: ``init --locale fr-ca`` made fr_ca beside fr_CA (two site folders)."""
    before = sorted(p.name for p in (project / "locales").iterdir() if p.is_dir())
    r = run_cli("--project", str(project), "init", "--locale", typed, "--handout", "K050", cwd=project)
    assert r.code == 0, r.err
    after = sorted(p.name for p in (project / "locales").iterdir() if p.is_dir())
    assert set(after) - set(before) <= {folder}
    assert (project / "locales" / folder / "LC_MESSAGES" / "K050.po").is_file()


def test_a_handout_name_is_never_a_path(project: Path):
    """Item 10: ``init --handout ../locales/K050`` wrote locales/es/locales/K050.po."""
    before = snapshot(project / "locales")
    for args in (["init", "--locale", "de", "--handout", "../locales/K050"],
                 ["release-check", "--handout", "../../handouts/K050"]):
        line = _one_line(run_cli("--project", str(project), *args, cwd=project))
        assert line.startswith("--handout: unknown handout")
    assert snapshot(project / "locales") == before


_HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr_CA\\n"\n'
           '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n')


@pytest.mark.parametrize("text,why", [
    (_HEADER + 'msgctxt "K050.title"\nmsgid "Medicines\nmsgstr "Médicaments"\n', "end-of-line within string"),
    (_HEADER + 'msgctxt "K050.title"\nmsgid "Medicines"\nmsgstr "Médicaments\n', "end-of-line within string"),
    (_HEADER + 'msgctxt "K050.title"\nmsgid "Medicines"\nmsgstr "M\\qdicaments"\n', "unknown escape \\q"),
    ("", "empty catalog"),
    (_HEADER + 'msgctxt "K050.title"\nmsgid "Medi\0cines"\nmsgstr "x"\n', "NUL"),
    (_HEADER.replace("plural=(n > 1);", 'plural=__import__(\\"os\\").getpid();'), "only n, numbers"),
    (_HEADER.replace("plural=(n > 1);", "plural=n+7;"), "gives form 7 for n=0"),
    (_HEADER + 'msgid "%d day"\nmsgid_plural "%d days"\nmsgstr[0] "%d jour"\nmsgstr[2] "%d jours"\n',
     "plural form has wrong index"),
])
def test_a_malformed_catalog_is_one_line_for_every_command_and_nothing_is_written(project: Path, text: str,
                                                                                  why: str):
    """Item 5: update rewrote malformed catalogs (lenient polib) and published them; validate accepted a
    0-byte catalog and plural headers that are not plural expressions."""
    po = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po.write_text(text, encoding="utf-8")
    before = snapshot(project / "locales")
    for args in (["update"], ["validate", "locales/fr_CA"], ["all"]):
        line = _one_line(run_cli("--project", str(project), *args, cwd=project))
        assert "K050.po" in line and why in line, (args, line)
    assert snapshot(project / "locales") == before


def test_one_translator_cannot_waive_a_clinical_error(project: Path):
    """Item 11: ``waive --check phones --reason x`` published "Composez le 112" and ``all`` exited 0."""
    import polib

    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path), wrapwidth=78)
    entry = po.find("K050/when-to-call/emergency.intro", by="msgctxt")
    entry.msgstr = entry.msgstr.replace("911", "112")
    po.save(str(po_path))
    ctx = ["--msgctxt", "K050/when-to-call/emergency.intro", "--check", "phones"]
    r = run_cli("--project", str(project), "waive", str(po_path), *ctx, "--reason", "x", cwd=project)
    assert r.code == 2 and "records who wrote it" in r.err  # a clinical waiver names its author
    r = run_cli("--project", str(project), "waive", str(po_path), *ctx, "--reason", "x", "--by", "Ana", cwd=project)
    assert r.code == 0, r.err
    assert run_cli("--project", str(project), "all", cwd=project).code == 1  # pending: still blocks
    page = (project / "build" / "site" / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    assert "112" not in page and "anytime you think your child may need emergency care" in page
    r = run_cli("--project", str(project), "release-check", "--locale", "fr_CA", "--handout", "K050", cwd=project)
    assert r.code == 1
    r = run_cli("--project", str(project), "waive", str(po_path), *ctx, "--approve", "--by", "ANA ", cwd=project)
    assert r.code == 2 and "a second person must approve" in r.err


def test_a_read_only_folder_is_one_line_exit_3(project: Path, monkeypatch, capsys):
    """Item 7: a read-only LC_MESSAGES or build/site gave a traceback with exit 1 (root ignores modes, so the
    refusal is made where the system would make it: at the rename into place)."""
    import errno

    from pipeline.cli import main

    _edit_handout(project, "Caring for your child after a bone marrow test",
                  "Caring for your child after the bone marrow test")
    real_replace = os.replace

    def refuse(src, dst):  # type: ignore[no-untyped-def]
        if "LC_MESSAGES" in str(dst):
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    code = main(["--project", str(project), "all", "--jobs", "1"])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 3
    assert len(err) == 1 and "LC_MESSAGES" in err[0] and err[0].endswith("Permission denied"), err
    assert not list((project / "locales").rglob("*.tmp"))
