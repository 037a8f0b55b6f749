"""A translation job for an agency's tool and back (issue 15, item 5): XLIFF 1.2 out — valid against the OASIS
strict schema, states from our fuzzy and review marks, notes and findings —; a translated XLIFF in through the
same lock, conflict check and validator as an editor save."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from pipeline import history
from pipeline.catalog import parse_po, save_po
from pipeline.editor_view import history_html
from pipeline.locales import resolve
from pipeline.review import mark_reviewed
from pipeline.store import Version, save_edits, snapshot

from .conftest import run_cli
from .conftest import snapshot as folder_bytes

SCHEMA = Path(__file__).parent / "data" / "xliff" / "xliff-core-1.2-strict.xsd"
NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
FEVER = "K050/when-to-call/urgent/fever"
REST = "K050/home-care/activity/rest"


def _export(project: Path, out: Path, *extra: str) -> None:
    r = run_cli("--project", str(project), "export", "--locale", "fr_CA", "--format", "xliff", "-o", str(out),
                *extra)
    assert r.code == 0, r.err


def _unit(root: etree._Element, uid: str) -> etree._Element:
    found = root.find(f".//x:trans-unit[@id='{uid}']", NS)
    assert found is not None, uid
    return found


def test_export_validates_against_the_xliff_1_2_schema_with_states_notes_and_findings(project: Path,
                                                                                          tmp_path: Path):
    path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = parse_po(path)
    po.find("K050.title", by="msgctxt").msgstr = ""  # untranslated
    po.find("K050.subtitle", by="msgctxt").flags.append("fuzzy")
    mark_reviewed(po.find(REST, by="msgctxt"), "Reviewer Name")
    po.find(FEVER, by="msgctxt").msgstr = "Votre enfant a une fièvre de plus de 39 °C (100,4 °F)."
    save_po(po, path)
    out = tmp_path / "fr.xlf"
    _export(project, out)
    doc = etree.parse(str(out))
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(doc), schema.error_log
    root = doc.getroot()
    assert root.get("version") == "1.2"
    files = {f.get("original"): f for f in root.findall("x:file", NS)}
    assert {"K050", "site"} <= set(files) and files["K050"].get("target-language") == "fr-CA"
    state = {uid: _unit(root, uid).find("x:target", NS).get("state")
             for uid in ("K050.title", "K050.subtitle", REST, "K050/home-care.heading")}
    assert state == {"K050.title": "new", "K050.subtitle": "needs-review-translation", REST: "signed-off",
                     "K050/home-care.heading": "translated"}
    assert _unit(root, REST).get("approved") == "yes"
    fever = _unit(root, FEVER)
    notes = {n.get("from"): n.text for n in fever.findall("x:note", NS)}
    assert "38°C (100.4°F)" in notes["developer"]  # the author's note
    validator = [n for n in fever.findall("x:note", NS) if n.get("from") == "validator"]
    assert any(n.get("priority") == "1" and "error quantities" in n.text for n in validator)
    plural = root.find(".//x:group[@restype='x-gettext-plurals']", NS)
    forms = plural.findall("x:trans-unit", NS)
    assert [u.get("id") for u in forms] == [f"{plural.get('id')}[0]", f"{plural.get('id')}[1]"]
    assert forms[1].find("x:source", NS).text.startswith("{count} passages")
    again = tmp_path / "again.xlf"
    _export(project, again)
    assert again.read_bytes() == out.read_bytes()  # deterministic


def test_a_round_trip_with_no_edit_changes_no_byte(project: Path, tmp_path: Path):
    out = tmp_path / "fr.xlf"
    _export(project, out)
    before = folder_bytes(project / "locales")
    r = run_cli("--project", str(project), "import", str(out))
    assert r.code == 0, r.err
    assert "0 saved" in r.out and "conflicts" in r.out
    assert folder_bytes(project / "locales") == before  # not even a history line


def test_edited_in_another_tool_a_clinical_error_is_caught_and_kept_fuzzy(project: Path, tmp_path: Path):
    """The agency's tool (translate-toolkit's XLIFF storage here) rewrites the file; one translation is
    improved, one gets a wrong temperature: the first is saved, the second saved fuzzy with its findings —
    never published — and both are in the history."""
    from translate.storage import xliff

    out = tmp_path / "fr.xlf"
    _export(project, out, "--handout", "K050")
    store = xliff.xlifffile.parsefile(str(out))
    for unit in store.units:
        if unit.getid().endswith(FEVER):
            unit.target = "Votre enfant a une fièvre de plus de 39 °C (100,4 °F)."
        elif unit.getid().endswith(REST):
            unit.target = "Laissez votre enfant se reposer dès qu'il se sent fatigué."
    agency = tmp_path / "fr-agency.xlf"
    store.savefile(str(agency))
    r = run_cli("--project", str(project), "import", str(agency), "--by", "Agence Santé")
    assert r.code == 1, r.err
    assert "2 saved (1 kept fuzzy: a clinical check failed)" in r.out
    assert "error quantities" in r.out and "saved fuzzy, not published" in r.out
    path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = parse_po(path)
    fever, rest = po.find(FEVER, by="msgctxt"), po.find(REST, by="msgctxt")
    assert "39 °C" in fever.msgstr and "fuzzy" in fever.flags
    assert rest.msgstr.startswith("Laissez votre enfant se reposer dès") and "fuzzy" not in rest.flags
    events = [json.loads(line) for line in path.with_name("K050.history.jsonl").read_text().splitlines()]
    imported = {e["msgctxt"]: e for e in events if e["event"] == "import"}
    assert imported[FEVER]["by"] == "Agence Santé" and "quantities" in imported[FEVER]["comment"]
    assert imported[FEVER]["detail"]["fuzzy"] == "yes" and imported[REST]["detail"]["fuzzy"] == "no"
    shown = history_html(history.read(path, FEVER), resolve("fr_CA"))  # the editor's history of the entry
    assert "Agence Santé (unverified)" in shown and "imported from an XLIFF" in shown and "39 °C" in shown
    gate = run_cli("--project", str(project), "release-check", "--locale", "fr_CA", "--handout", "K050",
                   cwd=project)
    assert gate.code != 0 and "fuzzy" in (gate.out + gate.err)


def test_an_entry_changed_here_since_the_export_is_a_conflict_not_overwritten(project: Path, tmp_path: Path):
    out = tmp_path / "fr.xlf"
    _export(project, out, "--handout", "K050")
    path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    base = snapshot(parse_po(path))
    key = next(k for k in base if k[0] == REST)
    mine = "Laissez-le se reposer quand il est fatigué."  # a translator's save in the editor meanwhile
    assert save_edits(path, base, {key: Version(mine, False, base[key].tcomment)}).saved == [key]
    text = out.read_text(encoding="utf-8").replace(
        "Laissez votre enfant se reposer chaque fois qu'il se sent fatigué.", "Texte de l'agence.")
    out.write_text(text, encoding="utf-8")
    r = run_cli("--project", str(project), "import", str(out))
    assert r.code == 1 and "1 conflicts" in r.out and "changed here since the export" in r.out
    assert parse_po(path).find(REST, by="msgctxt").msgstr == mine
    # a tool that drops the digest: nothing to check against, and the report says so
    out.write_text(re.sub(r' extradata="[^"]*"', "", text), encoding="utf-8")
    r = run_cli("--project", str(project), "import", str(out))
    assert r.code == 0 and "1 changed units came back without the export's digest" in r.out
    assert parse_po(path).find(REST, by="msgctxt").msgstr == "Texte de l'agence."


def test_changed_english_and_unknown_units_are_reported_not_written(project: Path, tmp_path: Path):
    out = tmp_path / "fr.xlf"
    _export(project, out, "--handout", "K050")
    text = out.read_text(encoding="utf-8")
    text = text.replace("<source xml:lang=\"en-CA\">Let your child rest whenever they feel tired.</source>",
                        "<source xml:lang=\"en-CA\">Let your child sleep.</source>")
    text = text.replace("Laissez votre enfant se reposer chaque fois qu'il se sent fatigué.", "Laissez-le dormir.")
    text = text.replace('id="K050.subtitle"', 'id="K050.gone"')
    out.write_text(text, encoding="utf-8")
    path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    before = path.read_bytes()
    r = run_cli("--project", str(project), "import", str(out))
    assert r.code == 1 and "1 with changed English, 1 unknown" in r.out
    assert path.read_bytes() == before


@pytest.mark.parametrize("text, why", [
    ("not xml at all", "not well-formed XML"),
    ('<?xml version="1.0"?><tmx version="1.4"><body/></tmx>', "not an XLIFF 1.2 document"),
    ('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
     '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="K050" '
     'source-language="en-CA" target-language="fr-CA" datatype="po"><body><trans-unit id="K050.title">'
     '<source>x</source><target state="translated">&x;</target></trans-unit></body></file></xliff>',
     "declares one"),
    ('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
     '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="K050" '
     'source-language="en-CA" target-language="fr-CA" datatype="po"><body><trans-unit id="K050/home-care.heading">'
     '<source>How can you care for your child at home?</source><target state="translated">&x;</target>'
     '</trans-unit></body></file></xliff>', "declares one"),
    ('<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file '
     'original="../../etc/passwd" source-language="en-CA" target-language="fr-CA" datatype="po"><body/></file>'
     '</xliff>', "is not a catalog name"),
])
def test_a_hostile_or_foreign_file_changes_nothing(project: Path, tmp_path: Path, text: str, why: str):
    bad = tmp_path / "bad.xlf"
    bad.write_text(text, encoding="utf-8")
    before = folder_bytes(project / "locales")
    r = run_cli("--project", str(project), "import", str(bad))
    assert why in (r.out + r.err), (r.out, r.err)
    assert "root:" not in r.out + r.err and "Traceback" not in r.err
    if r.code == 2:
        assert r.err.count("\n") == 1
    assert folder_bytes(project / "locales") == before


def test_export_takes_a_handout_name_never_a_path(project: Path, tmp_path: Path):
    r = run_cli("--project", str(project), "export", "--locale", "fr_CA", "--handout", "../fr_CA/LC_MESSAGES/K050",
                "-o", str(tmp_path / "x.xlf"))
    assert r.code == 2 and "unknown handout" in r.err and not (tmp_path / "x.xlf").exists()
