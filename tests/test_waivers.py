"""Waivers silence one check on one entry, need a reason, and lapse when the text changes."""

from __future__ import annotations

from pathlib import Path

import polib

from pipeline.catalog import parse_po
from pipeline.waivers import add_waiver, fingerprint

from .checks_helpers import checks, warnings
from .conftest import run_cli

SRC, TGT = "Wait 30 minutes.", "Attendez une demi-heure, soit 31 minutes."


def test_sealed_waiver_silences_one_check():
    entry = polib.POEntry(msgid=SRC, msgstr=TGT)
    assert "quantities" in checks(SRC, TGT, "fr_CA")
    add_waiver(entry, ["quantities"], "rounded on purpose for readability")
    assert "quantities" not in checks(SRC, TGT, "fr_CA", tcomment=entry.tcomment)


def test_waiver_lapses_when_msgstr_or_msgid_changes():
    entry = polib.POEntry(msgid=SRC, msgstr=TGT)
    add_waiver(entry, ["quantities"], "rounded on purpose")
    changed = TGT.replace("31", "35")
    assert "quantities" in checks(SRC, changed, "fr_CA", tcomment=entry.tcomment)
    assert any("has lapsed" in w for w in warnings(SRC, changed, "fr_CA", tcomment=entry.tcomment))
    assert "quantities" in checks("Wait 31 minutes!", TGT, "fr_CA", tcomment=entry.tcomment) or \
        any("has lapsed" in w for w in warnings("Wait 31 minutes!", TGT, "fr_CA", tcomment=entry.tcomment))


def test_waiver_without_reason_or_seal_is_ignored():
    fp = fingerprint(polib.POEntry(msgid=SRC, msgstr=TGT))
    no_reason = f"validate-ignore: quantities [fp:{fp}]"
    assert "quantities" in checks(SRC, TGT, "fr_CA", tcomment=no_reason)
    assert any("gives no reason" in w for w in warnings(SRC, TGT, "fr_CA", tcomment=no_reason))
    unsealed = "validate-ignore: quantities — I know what I am doing"
    assert "quantities" in checks(SRC, TGT, "fr_CA", tcomment=unsealed)
    assert any("not sealed" in w for w in warnings(SRC, TGT, "fr_CA", tcomment=unsealed))


def test_waive_command_writes_a_sealed_waiver(tmp_path: Path):
    d = tmp_path / "fr_CA" / "LC_MESSAGES"
    d.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Language": "fr_CA", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="K050/x", msgid=SRC, msgstr=TGT))
    po.save(str(d / "t.po"))
    assert run_cli("validate", str(tmp_path)).code == 1
    r = run_cli("waive", str(d / "t.po"), "--msgctxt", "K050/x", "--check", "quantities",
                "--reason", "rounded on purpose")
    assert r.code == 0, r.err
    assert "validate-ignore: quantities — rounded on purpose [fp:" in r.out
    assert run_cli("validate", str(tmp_path)).code == 0
    e = parse_po(d / "t.po").find("K050/x", by="msgctxt")
    e.msgstr = TGT.replace("31", "35")
    parse_po(d / "t.po")  # still valid
    po2 = parse_po(d / "t.po")
    po2.find("K050/x", by="msgctxt").msgstr = TGT.replace("31", "35")
    po2.save(str(d / "t.po"))
    assert run_cli("validate", str(tmp_path)).code == 1, "the waiver lapsed with the new text"
