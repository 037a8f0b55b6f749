"""The editor's flows in Streamlit's AppTest (no browser): filter, edit, save, conflict, memory, review."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from streamlit.testing.v1 import AppTest

from pipeline.catalog import parse_po

APP = str(Path(__file__).resolve().parent.parent / "editor_app.py")
REST = "K050/home-care/activity/rest"


@pytest.fixture
def app(project: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))

    def start() -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60).run()
        assert not at.exception
        at.radio(key="mode").set_value("Translate").run()
        at.selectbox(key="handout").set_value("K050").run()
        at.selectbox(key="locale").set_value("fr_CA").run()
        assert not at.exception, at.exception
        return at
    return start


def area(at: AppTest, ctx: str, form: int = 0):  # type: ignore[no-untyped-def]
    return at.text_area(key=f"t::fr_CA::K050::{ctx}::{form}")


def test_overview_lists_every_catalog_and_links_to_it(project: Path, monkeypatch):
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))
    at = AppTest.from_file(APP, default_timeout=60).run()
    [table] = [h.value for h in at.html if "class='overview'" in h.value]
    for loc, dom in (("ar", "K050"), ("fr_CA", "W320"), ("ru", "K050"), ("pa", "D215")):
        assert f"?view=Translate&amp;locale={loc}&amp;handout={dom}'" in table
    assert "class='ov-unreviewed'" in table  # the shipped drafts: translated, not yet reviewed
    linked = AppTest.from_file(APP, default_timeout=60)
    linked.query_params.update({"view": "Translate", "locale": "ar", "handout": "K050"})
    linked.run()
    assert linked.radio(key="mode").value == "Translate"
    assert linked.selectbox(key="locale").value == "ar" and linked.selectbox(key="handout").value == "K050"


def test_filter_and_search(app, project: Path):  # type: ignore[no-untyped-def]
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find(REST, by="msgctxt").flags.append("fuzzy")
    po.save()
    at = app()
    at.radio(key="filter").set_value("fuzzy").run()
    assert [t.key for t in at.text_area] == [f"t::fr_CA::K050::{REST}::0"]
    at.radio(key="filter").set_value("all").run()
    at.text_input(key="search").input("811").run()
    shown = [t.key.split("::")[3] for t in at.text_area]
    assert shown == ["K050/home-care/follow-up"]
    assert "811" in at.text_area[0].value


def test_edit_shows_findings_then_saves(app, project: Path):  # type: ignore[no-untyped-def]
    at = app()
    at.radio(key="filter").set_value("all").run()
    at.text_input(key="search").input("fever over").run()
    ctx = "K050/when-to-call/urgent/fever"
    area(at, ctx).input("Votre enfant fait une fièvre de plus de 39\u00a0°C (100,4\u00a0°F).").run()
    assert any("quantities" in e.value for e in at.error), [e.value for e in at.error]
    area(at, ctx).input("Votre enfant fait une fièvre de plus de 38\u00a0°C (100,4\u00a0°F).").run()
    assert not any("quantities" in e.value for e in at.error)
    at.button(key="save").click().run()
    assert any("Saved 1 entries" in s.value for s in at.success)
    saved = parse_po(project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po").find(ctx, by="msgctxt")
    assert saved.msgstr == "Votre enfant fait une fièvre de plus de 38\u00a0°C (100,4\u00a0°F)."


def test_conflicting_save_is_refused_with_both_versions(app, project: Path):  # type: ignore[no-untyped-def]
    first, second = app(), app()
    for at in (first, second):
        at.text_input(key="search").input("rest whenever").run()
    area(first, REST).input("Version de la première traductrice.").run()
    first.button(key="save").click().run()
    area(second, REST).input("Version du second traducteur.").run()
    second.button(key="save").click().run()
    assert any("changed by someone else" in e.value for e in second.error)
    assert "Version de la première traductrice." in [t.value for t in second.text]
    saved = parse_po(project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po").find(REST, by="msgctxt")
    assert saved.msgstr == "Version de la première traductrice."


def test_memory_suggestion_is_inserted(app):  # type: ignore[no-untyped-def]
    at = app()
    ctx = "K050/when-to-call/urgent.intro"
    at.text_input(key="search").input("get medical care right away").run()
    area(at, ctx).input("").run()
    use = [b for b in at.button if b.key.startswith(f"use::fr_CA::K050::{ctx}::")]
    assert use, "a suggestion from the other fr_CA catalogs is offered"
    use[0].click().run()
    assert area(at, ctx).value.startswith("Appelez")


def test_review_marks_all_and_escapes_markup(project: Path, monkeypatch):
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/recovery/pace", by="msgctxt").msgstr = 'Texte <img src=x onerror=alert(1)> ici'
    po.save()
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.radio(key="mode").set_value("Review").run()
    at.selectbox(key="review_handout").set_value("K050").run()
    at.selectbox(key="review_locale").set_value("fr_CA").run()
    previews = [h.value for h in at.html if 'data-testid="handout-preview"' in h.value]
    assert len(previews) == 2
    assert "<img" not in previews[1]
    at.button(key="review_all").click().run()
    assert any("Enter your name" in e.value for e in at.error)
    at.text_input(key="reviewer").input("Marie Roy").run()
    at.button(key="review_all").click().run()
    assert any("Marked" in s.value for s in at.success)
    marked = [e for e in parse_po(po_path) if e.msgid and "reviewed: Marie Roy" in (e.tcomment or "")]
    assert len(marked) >= 30


def test_catalog_text_is_shown_as_written_never_as_markdown(app, project: Path):  # type: ignore[no-untyped-def]
    """Issue 12, item 12: a note with an image made the browser fetch it; bold and links rendered."""
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    entry = po.find(REST, by="msgctxt")
    entry.comment = "![tracker](http://example.invalid/pixel.png) **bold** [link](http://example.invalid)"
    entry.msgstr = "Laissez votre enfant se reposer ![x](http://example.invalid/q.png)."
    po.save()
    at = app()
    at.text_input(key="search").input("rest whenever").run()
    shown = [c.value for c in at.caption] + [m.value for m in [*at.error, *at.warning]]
    note = next(v for v in shown if "tracker" in v)
    assert "![" not in note and "**bold**" not in note and "](http" not in note
    assert " ".join(note.replace("\\", "").split()) == entry.comment  # the same text, every sign escaped
    assert all("![" not in v for v in shown)


def test_a_pending_waiver_is_approved_in_the_editor_by_a_second_person(project: Path, monkeypatch):
    """Issue 12, item 11: approvals in the editor as on the command line; the author cannot approve."""
    from pipeline.workflow import waive

    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path), wrapwidth=78)
    entry = po.find("K050/when-to-call/emergency.intro", by="msgctxt")
    entry.msgstr = entry.msgstr.replace("911", "112")
    po.save(str(po_path))
    waive(po_path, "K050/when-to-call/emergency.intro", ["phones"], "checked with the nurse line", "Ana")
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.radio(key="mode").set_value("Review").run()
    at.selectbox(key="review_handout").set_value("K050").run()
    at.selectbox(key="review_locale").set_value("fr_CA").run()
    assert any("Waivers waiting for a second person" in h.value for h in at.subheader)
    at.text_input(key="reviewer").input("Ana").run()
    at.button(key="wv::fr_CA::K050::0").click().run()
    assert any("a second person must approve" in e.value for e in at.error)
    at.text_input(key="reviewer").input("Ben Tremblay").run()
    at.button(key="wv::fr_CA::K050::0").click().run()
    assert any("approved by Ben Tremblay" in s.value for s in at.success)
    assert "[by:Ana] [approved:Ben Tremblay]" in " ".join(
        (parse_po(po_path).find("K050/when-to-call/emergency.intro", by="msgctxt").tcomment or "").split())
