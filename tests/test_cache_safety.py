"""The cache holds data, never code: a planted, damaged or foreign cache costs at most time (issue 12, item 3)."""

from __future__ import annotations

import datetime as dt
import pickle
import sqlite3
from array import array
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.cachecodec import decode, encode
from pipeline.checks.base import Finding
from pipeline.handout import load_handout
from pipeline.validate import CatalogResult

from .conftest import ROOT, run_cli, snapshot


class _Planted:
    """Unpickling this writes a file: what an attacker's cache row would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.write_text, (self.marker, "code ran"))


def test_values_round_trip_as_data():
    finding = Finding("locales/fr_CA/K050.po", 12, "fr_CA", "", "Call 911", "Composez le 911", "phones", "error",
                      "phone number “911” is missing")
    result = CatalogResult("/p/K050.po", "K050.po", "fr_CA", [finding], 3, 3, 0, 3, array("Q", [1, 2**63, 7]))
    handout = load_handout(ROOT / "handouts" / "K050.yaml")
    for value in (result, handout, ("a", 1, None), {"k": [1.5, True]}, frozenset({"x"}), Decimal("38.5"),
                  dt.date(2026, 12, 7), ([finding], [("fever", 38, "degC", "", "", "")])):
        assert decode(encode(value)) == value


@pytest.mark.parametrize("row", [
    b'{"c":"Popen","f":{"args":"touch /tmp/x"}}',  # not one of our records
    b'{"c":"Finding","f":{"path":"x"}}',  # a record with other fields
    b'{"x":1}',  # an unknown tag
    b'[' * 5000 + b']' * 5000,  # nested too deep
    b"\x80\x04\x95",  # a pickle
])
def test_anything_else_is_refused(row):
    with pytest.raises(ValueError):
        decode(row)


def test_a_planted_cache_runs_no_code_and_changes_nothing(project: Path, tmp_path: Path):
    assert run_cli("--project", str(project), "all", cwd=project).code == 0
    before = snapshot(project / "locales")
    marker = tmp_path / "planted"
    db = sqlite3.connect(project / ".cache" / "pipeline.sqlite3")
    with db:  # every stored result replaced by a pickle that would write the marker when loaded
        db.execute("UPDATE results SET value = ?", (pickle.dumps(_Planted(marker)),))
    db.close()
    r = run_cli("--project", str(project), "validate", "handouts/K050.yaml", cwd=project)
    assert r.code == 0, r.err
    r = run_cli("--project", str(project), "all", cwd=project)
    assert r.code == 0, r.err
    assert not marker.exists()
    assert snapshot(project / "locales") == before


def test_a_file_that_is_no_cache_is_ignored_with_one_line(project: Path):
    (project / ".cache").mkdir()
    (project / ".cache" / "pipeline.sqlite3").write_bytes(b"this is not a database" * 100)
    r = run_cli("--project", str(project), "validate", cwd=project)
    assert r.code == 0, r.err
    notes = [line for line in r.err.splitlines() if line.strip()]
    assert len(notes) == 1 and "not a cache this pipeline can use" in notes[0], r.err
    assert "Traceback" not in r.err
