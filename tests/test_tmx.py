"""Translation memory exchange (issue 15, item 4): TMX 1.4b out, any tool's TMX in as memory —
suggested, or pre-filled as fuzzy, never written into a catalog as final."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from lxml import etree

from pipeline.catalog import parse_po

from .conftest import run_cli

REST = "K050/home-care/activity/rest"
AGENCY_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4">
  <header creationtool="SomeCAT" creationtoolversion="17" segtype="sentence" o-tmf="sdlxliff" adminlang="en-US"
          srclang="en-US" datatype="plaintext"/>
  <body>
    <tu><tuv xml:lang="en-US"><seg>Let your child rest whenever they feel tired.</seg></tuv>
        <tuv xml:lang="fr-FR"><seg>Laissez votre enfant <bpt i="1">&lt;b&gt;</bpt>se reposer{EPT} dès qu'il est \
fatigué.</seg></tuv></tu>
    <tu><tuv xml:lang="en-US"><seg>Drink plenty of water.</seg></tuv>
        <tuv xml:lang="de-DE"><seg>Trinken Sie viel Wasser.</seg></tuv></tu>
    <tu><tuv xml:lang="en-US"><seg>Leaked &secret;</seg></tuv><tuv xml:lang="fr-CA"><seg>Fuite &secret;</seg></tuv></tu>
  </body>
</tmx>
""".replace("{EPT}", '<ept i="1">&lt;/b&gt;</ept>')


def test_export_is_tmx_14b_with_context_and_origin_and_reads_in_translate_toolkit(project: Path, tmp_path: Path):
    out = tmp_path / "fr.tmx"
    r = run_cli("--project", str(project), "tm", "export", "--locale", "fr-CA", "--format", "tmx", "-o", str(out))
    assert r.code == 0, r.err
    root = etree.parse(str(out)).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert {k: header.get(k) for k in ("srclang", "segtype", "o-tmf", "datatype", "adminlang")} == \
        {"srclang": "en-CA", "segtype": "sentence", "o-tmf": "PO", "datatype": "plaintext", "adminlang": "en"}
    po = parse_po(project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po")
    rest = po.find(REST, by="msgctxt")
    [tu] = [t for t in root.iter("tu") if t.findtext("prop[@type='x-context']") == REST]
    assert tu.findtext("prop[@type='x-origin']") == "K050"
    segs = [(v.get("{http://www.w3.org/XML/1998/namespace}lang"), v.findtext("seg")) for v in tu.findall("tuv")]
    assert segs == [("en-CA", rest.msgid), ("fr-CA", rest.msgstr)]
    fuzzy = [e for e in po if "fuzzy" in e.flags]
    assert not any(t.findtext("tuv/seg") in {e.msgid for e in fuzzy} for t in root.iter("tu"))
    again = tmp_path / "again.tmx"
    run_cli("--project", str(project), "tm", "export", "--locale", "fr_CA", "-o", str(again))
    assert again.read_bytes() == out.read_bytes()  # deterministic
    translate = pytest.importorskip("translate.storage.tmx")  # the peer tool agencies' exports go through
    units = list(translate.tmxfile.parsefile(str(out)).units)
    assert len(units) == len(list(root.iter("tu"))) and any(u.source == rest.msgid for u in units)


def test_an_agencys_tmx_becomes_memory_suggested_and_prefilled_fuzzy(project: Path, tmp_path: Path):
    agency = tmp_path / "agency export 2026.tmx"
    agency.write_text(AGENCY_TMX, encoding="utf-8")
    r = run_cli("--project", str(project), "tm", "import", str(agency), "--locale", "fr_CA")
    assert r.code == 0, r.err
    kept = project / "locales" / "fr_CA" / "memory" / "agency-export-2026.tmx"
    text = kept.read_text(encoding="utf-8")
    assert "dès qu'il est fatigué" in text and "&lt;b&gt;" not in text  # the tool's inline codes are dropped
    assert "Trinken" not in text  # another language is not taken
    assert "root:x:0" not in text and "/bin/" not in text  # no entity is ever expanded (/etc/passwd)
    # the catalog is untouched until someone asks for suggestions or a merge pre-fills
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find(REST, by="msgctxt").msgstr = ""
    po.save()
    r = run_cli("--project", str(project), "suggest", "--locale", "fr_CA", "--handout", "K050")
    assert "Laissez votre enfant se reposer dès qu'il est fatigué." in r.out and "imported memory" in r.out
    assert run_cli("--project", str(project), "update").code == 0
    entry = parse_po(po_path).find(REST, by="msgctxt")
    assert entry.msgstr == "Laissez votre enfant se reposer dès qu'il est fatigué."
    assert "fuzzy" in entry.flags and "imported memory" in entry.tcomment  # never final without a person


@pytest.mark.parametrize(("text", "why"), [("<tmx><body><tu>", "not well-formed XML"),
                                           ("<xliff version='1.2'/>", "not a TMX document")])
def test_a_file_that_is_no_tmx_is_one_line_and_exit_2(project: Path, tmp_path: Path, text: str, why: str):
    bad = tmp_path / "bad.tmx"
    bad.write_text(text, encoding="utf-8")
    r = run_cli("--project", str(project), "tm", "import", str(bad), "--locale", "fr_CA")
    assert r.code == 2 and r.err.count("\n") == 1 and why in r.err and str(bad) in r.err
    assert not (project / "locales" / "fr_CA" / "memory").exists()
