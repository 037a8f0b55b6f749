"""The per-locale glossary: required translations and kept terms, checked and highlighted."""

from __future__ import annotations

from pathlib import Path

import polib

from pipeline.editing import highlight
from pipeline.glossary import glossary_for, load_glossary

from .conftest import run_cli

GLOSSARY = """terms:
  biopsy: [biopsie]
  bone marrow: [moelle osseuse]
keep: [ORS]
"""


def catalog(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    d = tmp_path / "locales" / "fr_CA" / "LC_MESSAGES"
    d.mkdir(parents=True)
    (tmp_path / "locales" / "fr_CA" / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    po = polib.POFile()
    po.metadata = {"Language": "fr_CA", "Content-Type": "text/plain; charset=UTF-8"}
    for i, (src, tgt) in enumerate(rows):
        po.append(polib.POEntry(msgctxt=f"x{i}", msgid=src, msgstr=tgt))
    po.save(str(d / "t.po"))
    return d / "t.po"


def test_required_and_kept_terms(tmp_path: Path):
    path = catalog(tmp_path, [
        ("The bone marrow biopsy is quick.", "La biopsie de la moelle osseuse est rapide."),
        ("The biopsy is quick.", "Le prélèvement est rapide."),
        ("Give ORS often.", "Donnez souvent de la SRO."),
    ])
    r = run_cli("validate", str(path))
    assert r.code == 0  # glossary findings are warnings
    assert "warning glossary: “biopsy” should be translated as “biopsie”" in r.out
    assert "warning glossary: keep “ORS” exactly as written" in r.out
    assert r.out.count("warning glossary") == 2


def test_shipped_fr_glossary_loads_and_is_followed():
    g = glossary_for(Path(__file__).parent.parent / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po")
    assert g is not None and any(t.source == "bone marrow" for t in g.terms)
    r = run_cli("validate", str(Path(__file__).parent.parent / "locales" / "fr_CA"))
    assert "glossary" not in r.out


def test_editor_highlights_terms(tmp_path: Path):
    path = catalog(tmp_path, [])
    g = load_glossary(str(path.parent.parent / "glossary.yaml"))
    html = str(highlight("A bone marrow biopsy takes 10 minutes.", glossary=g))
    assert '<mark class="term" title="glossary: moelle osseuse">bone marrow</mark>' in html
    assert '<mark class="qty"' in html


def test_malformed_glossary_is_one_line(tmp_path: Path):
    path = catalog(tmp_path, [("The biopsy is quick.", "La biopsie est rapide.")])
    (path.parent.parent / "glossary.yaml").write_text("terms: [unclosed\n", encoding="utf-8")
    r = run_cli("validate", str(path))
    assert r.code == 2 and "malformed glossary" in r.err and r.err.count("\n") == 1
