"""PO fidelity, strict reading, and atomic writes that never leave a half-written file."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import polib
import pytest

from pipeline import fsutil
from pipeline.catalog import parse_po, render_po, save_po
from pipeline.errors import InputError

from .conftest import ROOT, run_cli

RICH_PO = '''# Translator's header comment
msgid ""
msgstr ""
"Language: fr_CA\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

# a translator comment
#. an extracted comment
#: handouts/K050.yaml:12
#, fuzzy, python-brace-format
#| msgctxt "K050/old"
#| msgid ""
#| "The old sentence that was a little longer than the wrap width of seventy-"
#| "eight"
msgctxt "K050/new"
msgid ""
"The new sentence that is a little longer than the wrap width of seventy-eight"
" columns"
msgstr ""
"La nouvelle phrase qui est un peu plus longue que la largeur de soixante-dix-"
"huit colonnes"

msgctxt "K050/plural"
msgid "{count} day"
msgid_plural "{count} days"
msgstr[0] "{count} jour"
msgstr[1] "{count} jours"

#~ msgctxt "K050/gone"
#~ msgid "Removed sentence."
#~ msgstr "Phrase retirée."
'''


def test_round_trip_keeps_every_comment_flag_and_obsolete_entry(tmp_path: Path):
    p = tmp_path / "x.po"
    p.write_text(RICH_PO, encoding="utf-8")
    po = parse_po(p)
    canonical = render_po(po)
    # once written by the pipeline, a catalog is a fixed point: load + save changes no byte
    p.write_text(canonical, encoding="utf-8")
    assert render_po(parse_po(p)) == canonical
    again = parse_po(p)
    e = again.find("K050/new", by="msgctxt")
    assert e.flags == ["fuzzy", "python-brace-format"]
    assert e.previous_msgctxt == "K050/old" and e.previous_msgid.startswith("The old sentence")
    assert e.tcomment == "a translator comment" and e.comment == "an extracted comment"
    assert e.occurrences == [("handouts/K050.yaml", "12")]
    assert again.header == "Translator's header comment"
    assert [x.msgid for x in again if x.obsolete] == ["Removed sentence."]
    assert again.find("K050/plural", by="msgctxt").msgstr_plural == {0: "{count} jour", 1: "{count} jours"}


def test_shipped_catalogs_round_trip_and_pass_msgfmt():
    files = sorted((ROOT / "locales").rglob("*.po")) + sorted((ROOT / "locales").glob("*.pot"))
    assert len(files) == 5 + 23 + 11  # POTs + handout catalogs + one site catalog per locale
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert render_po(parse_po(f)) == text, f"{f} is not in canonical form"
        if f.suffix == ".po":
            r = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(f)], capture_output=True, text=True)
            assert r.returncode == 0, f"{f}: {r.stderr}"


def test_shipped_catalogs_are_complete_drafts():
    for f in sorted((ROOT / "locales").rglob("*.po")):
        po = parse_po(f)
        assert po.percent_translated() == 100, f
        assert not po.fuzzy_entries(), f
        assert "not reviewed by a human translator" in po.metadata.get("X-Review-Status", ""), f


@pytest.mark.parametrize("text, needle, line", [
    ('msgid "a"\nmsgstr "b"\nmsgid "c"\nmsgstr "d" extra\n', "malformed PO", 4),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', "malformed PO", None),
    ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ASCII\\n"\n\nmsgid "é"\nmsgstr ""\n',
     "not valid ASCII", 5),
])
def test_malformed_po_is_one_clear_error(tmp_path: Path, text: str, needle: str, line: int | None):
    p = tmp_path / "bad.po"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        parse_po(p)
    assert needle in str(exc.value)
    if line is not None:
        assert exc.value.line == line


def test_wrong_encoding_po(tmp_path: Path):
    """Bytes the declared charset does not allow are an error at their line (msgfmt: invalid multibyte
    sequence); with no charset declared, msgfmt takes the bytes as they are, and so do we (byte for byte)."""
    p = tmp_path / "latin.po"
    header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    p.write_bytes((header + 'msgid "fever"\nmsgstr "fièvre"\n').encode("latin-1"))
    with pytest.raises(InputError) as exc:
        parse_po(p)
    assert "not valid UTF-8" in str(exc.value) and exc.value.line == 5
    p.write_bytes('msgid "fever"\nmsgstr "fièvre"\n'.encode("latin-1"))
    assert parse_po(p).find("fever").msgstr == "fièvre"


def test_validate_cli_bad_po_exit_2_no_partial_output(tmp_path: Path):
    good = tmp_path / "fr_CA" / "LC_MESSAGES"
    good.mkdir(parents=True)
    (good / "a.po").write_text('msgid ""\nmsgstr "Language: fr_CA\\n"\n\nmsgid "Wait 30 minutes."\n'
                               'msgstr "Attendez 40 minutes."\n', encoding="utf-8")
    (good / "b.po").write_text('msgid "x"\nmsgstr "y" z\n', encoding="utf-8")
    r = run_cli("validate", str(tmp_path), "--format", "json")
    assert r.code == 2
    assert r.out == ""
    assert r.err.strip().count("\n") == 0 and "b.po:2:12: malformed PO: unknown keyword" in r.err
    assert "Traceback" not in r.err


def test_atomic_write_keeps_old_file_when_writing_fails(tmp_path: Path, monkeypatch):
    target = tmp_path / "K050.po"
    target.write_text("old content\n", encoding="utf-8")

    def broken_replace(src, dst):  # the rename step fails (disk full, killed…)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", broken_replace)
    with pytest.raises(OSError):
        fsutil.atomic_write(target, "new content\n")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["K050.po"], "no temp file is left behind"


def test_atomic_write_keeps_old_file_when_data_write_fails(tmp_path: Path, monkeypatch):
    target = tmp_path / "K050.po"
    target.write_text("old content\n", encoding="utf-8")
    real_fsync = os.fsync

    def failing_fsync(fd):
        real_fsync(fd)
        raise OSError(5, "I/O error")

    monkeypatch.setattr(fsutil.os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        fsutil.atomic_write(target, "new content\n")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["K050.po"]


def test_transaction_is_all_or_nothing(tmp_path: Path):
    a, b = tmp_path / "a.po", tmp_path / "b.po"
    a.write_text("A\n", encoding="utf-8")
    b.write_text("B\n", encoding="utf-8")
    with pytest.raises(RuntimeError), fsutil.transaction() as tx:
        tx.write(a, "A2\n")
        raise RuntimeError("a later step failed")
    assert a.read_text(encoding="utf-8") == "A\n" and b.read_text(encoding="utf-8") == "B\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po", "b.po"]


def test_save_po_is_atomic_and_unchanged_file_untouched(tmp_path: Path):
    p = tmp_path / "x.po"
    p.write_text(render_po(parse_po(tmp_path / "x.po", RICH_PO)), encoding="utf-8")
    mtime = p.stat().st_mtime_ns
    assert save_po(parse_po(p), p) is False
    assert p.stat().st_mtime_ns == mtime
    po = parse_po(p)
    po.find("K050/plural", by="msgctxt").msgstr_plural[0] = "{count} journée"
    assert save_po(po, p) is True
    assert "journée" in p.read_text(encoding="utf-8")
    assert isinstance(polib.pofile(str(p)), polib.POFile)


def test_fast_reader_agrees_with_polib_and_reports_exact_lines(tmp_path: Path):
    """The validator's reader: block fast path and strict fallback give polib's entries and exact error lines."""
    from pipeline.poreader import read_po

    crlf = RICH_PO + ('#, c-format\nmsgid "Tab\\there, quote \\" and %d"\n'
                      'msgstr ""\n"Tab\\tici, "\n"guillemet \\" et %d"\n')
    p = tmp_path / "rich.po"
    p.write_bytes(crlf.replace("\n", "\r\n").encode())
    ours, theirs = read_po(p), polib.pofile(str(p))
    assert ours.metadata["Language"] == "fr_CA"
    mine = {(e.msgctxt, e.msgid): e for e in ours}
    for e in theirs:
        o = mine[(e.msgctxt, e.msgid)]
        assert (o.msgstr, o.msgstr_plural, o.obsolete) == (e.msgstr, dict(e.msgstr_plural), e.obsolete)
        assert (o.flags, o.tcomment, o.comment, o.linenum) == (e.flags, e.tcomment, e.comment, e.linenum)
    assert len(ours) == len(theirs) + 1  # + the header entry, which polib keeps apart
    new = mine[("K050/new", "The new sentence that is a little longer than the wrap width of seventy-eight columns")]
    assert new.msgstr_line == 22 and new.flags == ["fuzzy", "python-brace-format"]
    # an error many fast-path blocks into the file still names its own line
    bad = tmp_path / "late.po"
    bad.write_text("".join(f'msgid "m{i}"\nmsgstr "t{i}"\n\n' for i in range(50)) + 'msgid "x"\nmsgstr "y" z\n',
                   encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_po(bad)
    assert exc.value.line == 152 and "malformed PO" in exc.value.message


def test_entries_at_lines_match_the_full_read(tmp_path: Path):
    """The consistency check re-reads only the blocks that hold the lines it quotes: the same entries as a full
    read, from plain, multi-line, plural and CRLF blocks alike."""
    from pipeline.poreader import read_entries_at, read_po

    p = tmp_path / "rich.po"
    p.write_bytes((RICH_PO + "".join(f'msgid "m{i}"\nmsgstr "t{i}"\n\n' for i in range(30))).replace(
        "\n", "\r\n").encode())
    full = {e.msgstr_line: e for e in read_po(p)}
    wanted = [22, *sorted(full)[-3:]]
    got = {e.msgstr_line: e for e in read_entries_at(p, wanted)}
    assert set(wanted) <= set(got)
    for line in wanted:
        assert (got[line].msgctxt, got[line].msgid, got[line].msgstr) == (
            full[line].msgctxt, full[line].msgid, full[line].msgstr)
    assert len(got) < len(full) / 4  # the rest was skipped, not parsed
    assert read_entries_at(p, []) == []
