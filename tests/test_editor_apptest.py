"""The editor's logic in Streamlit's AppTest (no browser): drafts, navigation, findings, saves, conflicts,
memory, undo, review with approve / reject, waivers, and text shown as written."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from streamlit.testing.v1 import AppTest

from pipeline import history
from pipeline.catalog import parse_po
from pipeline.drafts import DraftStore
from pipeline.editor_view import section_of
from pipeline.history import Who

APP = str(Path(__file__).resolve().parent.parent / "editor_app.py")
REST = "K050/home-care/activity/rest"
FEVER = "K050/when-to-call/urgent/fever"


def po_path(project: Path, locale: str = "fr_CA", domain: str = "K050") -> Path:
    return project / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"


def on_disk(project: Path, ctx: str) -> polib.POEntry:
    return parse_po(po_path(project)).find(ctx, by="msgctxt")


@pytest.fixture
def app(project: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))

    def start(who: str = "Amira", mode: str = "Translate", locale: str = "fr_CA") -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["who"] = who
        at.run()
        assert not at.exception, at.exception
        at.radio(key="mode").set_value(mode).run()
        at.selectbox(key="handout").set_value("K050").run()
        at.selectbox(key="locale").set_value(locale).run()
        assert not at.exception, at.exception
        return at
    return start


def box(at: AppTest, form: int = 0):  # type: ignore[no-untyped-def]
    """The translation box of the entry in focus."""
    boxes = [t for t in at.text_area if t.key.startswith("tx-") and t.key.endswith(f"-{form}")]
    assert len(boxes) == 1, [t.key for t in at.text_area]
    return boxes[0]


def focused(at: AppTest) -> str:
    return next(c.value for c in at.caption if c.value.startswith("K050")).split(" · ")[0].replace("\\", "")


def button(at: AppTest, prefix: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.key.startswith(prefix))


def said(elements) -> list[str]:  # type: ignore[no-untyped-def]
    """What alerts or captions say, their Markdown escapes removed."""
    return [e.value.replace("\\", "") for e in elements]


def find(at: AppTest, text: str) -> None:
    at.text_input(key="search").input(text).run()


def test_overview_lists_every_catalog_with_words_and_accessible_links(project: Path, monkeypatch):
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))
    at = AppTest.from_file(APP, default_timeout=60).run()
    [table] = [h.value for h in at.html if "class='overview'" in h.value]
    for loc, dom in (("ar", "K050"), ("fr_CA", "W320"), ("ru", "K050"), ("pa", "D215")):
        assert f"?mode=Translate&amp;locale={loc}&amp;handout={dom}'" in table
    assert "aria-label='Persian, K050: 33 of 33 translated, 0 reviewed" in table
    assert "● translated, not reviewed" in table  # a word and an icon, not colour alone
    assert "1 warnings" not in table and "1 errors" not in table
    linked = AppTest.from_file(APP, default_timeout=60)
    linked.query_params.update({"mode": "Translate", "locale": "ar", "handout": "K050", "who": "Amira"})
    linked.run()
    assert linked.radio(key="mode").value == "Translate"
    assert linked.selectbox(key="locale").value == "ar" and linked.selectbox(key="handout").value == "K050"


def test_translate_asks_who_is_working_first(project: Path, monkeypatch):
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.radio(key="mode").set_value("Translate").run()
    assert any("Enter your name" in i.value for i in at.info)
    assert not [t for t in at.text_area if t.key.startswith("tx-")]


def test_filter_search_and_next_commands(app, project: Path):  # type: ignore[no-untyped-def]
    po = polib.pofile(str(po_path(project)))
    po.find(REST, by="msgctxt").flags.append("fuzzy")
    po.find("K050/recovery/pace", by="msgctxt").msgstr = ""
    po.save()
    at = app()
    assert focused(at) == "K050.title"
    button(at, "nav-fuzzy-1").click().run()
    assert focused(at) == REST
    button(at, "nav-untranslated-1").click().run()
    assert focused(at) == "K050/recovery/pace" and box(at).value == ""
    button(at, "nav-any-1").click().run()
    button(at, "nav-any--1").click().run()
    assert focused(at) == "K050/recovery/pace"
    assert button(at, "nav-errors-1").disabled  # no entry has an error
    at.radio(key="filter").set_value("fuzzy").run()
    assert focused(at) == REST
    at.radio(key="filter").set_value("all").run()
    find(at, "811")
    assert focused(at) == "K050/home-care/follow-up" and "811" in box(at).value


def test_an_edit_is_a_draft_at_once_and_survives_paging_and_a_new_session(app, project: Path):
    at = app()
    find(at, "rest whenever")
    box(at).input("Qu'il se repose.").run()
    assert any("1 unsaved draft" in m.value for m in at.sidebar.markdown)
    draft = DraftStore.for_project(project).get(Who("Amira"), "fr_CA", "K050",
                                                (REST, on_disk(project, REST).msgid))
    assert draft is not None and draft.texts == ("Qu'il se repose.",)
    find(at, "811")  # the entry leaves the screen
    find(at, "rest whenever")
    assert box(at).value == "Qu'il se repose."
    again = app()  # a reload or a server restart: a new session, the same person
    find(again, "rest whenever")
    assert box(again).value == "Qu'il se repose."
    other = app(who="Ben")
    find(other, "rest whenever")
    assert box(other).value == on_disk(project, REST).msgstr  # drafts are per person
    assert on_disk(project, REST).msgstr != "Qu'il se repose."  # not saved until Save


def test_findings_have_words_and_a_failing_save_says_so(app, project: Path):  # type: ignore[no-untyped-def]
    at = app()
    find(at, "fever over")
    box(at).input("Votre enfant fait une fièvre de plus de 39\u00a0°C (100,4\u00a0°F).").run()
    shown = " ".join(h.value for h in at.html)
    assert "⛔ Error</span> · <span class=\"check\">quantities" in shown
    at.button(key="save").click().run()
    [msg] = [e for e in said(at.error) if "Saved" in e]
    assert "Saved 1 entry" in msg and "fails a clinical-safety check" in msg
    box(at).input("Votre enfant fait une fièvre de plus de 38\u00a0°C (100,4\u00a0°F).").run()
    assert "⛔ Error" not in " ".join(h.value for h in at.html)
    at.button(key="save").click().run()
    assert any("Saved 1 entry to" in s for s in said(at.success))
    assert on_disk(project, FEVER).msgstr == "Votre enfant fait une fièvre de plus de 38\u00a0°C (100,4\u00a0°F)."
    assert any(c.value.split(" · ")[-1].endswith("not reviewed") for c in at.caption)  # state refreshed
    events = history.read(po_path(project), FEVER)
    assert [(e.event, e.by) for e in events] == [("save", "Amira"), ("save", "Amira")]


def test_a_conflict_is_refused_until_resolved_and_a_second_click_never_overwrites(app, project: Path):
    first, second = app("Amira"), app("Ben")
    for at in (first, second):
        find(at, "rest whenever")
    box(first).input("Version d'Amira.").run()
    box(second).input("Version de Ben.").run()
    first.button(key="save").click().run()
    for _ in range(2):
        second.button(key="save").click().run()
        assert any("was not saved" in e.value for e in second.error)
        assert on_disk(project, REST).msgstr == "Version d'Amira."
    diff = " ".join(h.value for h in second.html if 'class="diff"' in h.value)
    assert "<del>" in diff and "<ins>" in diff
    assert any("Theirs (on disk) — Amira" in c for c in said(second.caption))
    button(second, "take-").click().run()
    assert on_disk(project, REST).msgstr == "Version d'Amira." and box(second).value == "Version d'Amira."
    # and keep mine, the other way round
    box(first).input("Amira encore.").run()
    box(second).input("Ben encore.").run()
    second.button(key="save").click().run()
    first.button(key="save").click().run()
    assert on_disk(project, REST).msgstr == "Ben encore."
    button(first, "keep-").click().run()
    assert on_disk(project, REST).msgstr == "Amira encore."
    kinds = [(e.event, e.by, e.detail.get("resolution")) for e in history.read(po_path(project), REST)]
    assert ("resolve", "Ben", "take-theirs") in kinds and ("resolve", "Amira", "keep-mine") in kinds


def test_use_marks_a_partial_match_fuzzy_and_every_change_undoes(app):  # type: ignore[no-untyped-def]
    at = app()
    find(at, "get medical care right away")
    before = box(at).value
    box(at).input("").run()
    use = [b for b in at.button if b.key.startswith("use-")]
    assert use, "a suggestion from the other fr_CA catalogs is offered"
    use[0].click().run()
    assert box(at).value.startswith("Appelez")
    fuzzy = next(c for c in at.checkbox if c.key.startswith("fz-"))
    hit = next(h.value for h in at.html if 'class="suggest"' in h.value)
    assert fuzzy.value == ("100%" not in hit)
    button(at, "undo-").click().run()
    assert box(at).value == ""
    button(at, "undo-").click().run()
    assert box(at).value == before
    button(at, "copy-").click().run()
    assert box(at).value.startswith("If ") or box(at).value[:1].isupper()
    assert next(c for c in at.checkbox if c.key.startswith("fz-")).value  # English copied: fuzzy


def test_review_approves_rejects_with_a_comment_and_escapes_markup(app, project: Path):
    po = polib.pofile(str(po_path(project)))
    po.find("K050/recovery/pace", by="msgctxt").msgstr = "Texte <img src=x onerror=alert(1)> ici"
    po.save()
    at = app("Chloé", mode="Review")
    assert not at.exception
    previews = [h.value for h in at.html if 'data-testid="handout-preview"' in h.value]
    assert len(previews) == 2 and "<img" not in previews[1]
    assert all("<img src=x" not in h.value for h in at.html)
    rows = [h.value for h in at.html if 'class="tx"' in h.value]
    assert rows and all('lang="fr-CA" dir="ltr"' in r for r in rows)
    next(b for b in at.button if b.key.startswith("rj-")).click().run()
    assert any("a rejection needs a comment" in e for e in said(at.error))  # and nothing was changed
    assert "fuzzy" not in parse_po(po_path(project)).find("K050.title", by="msgctxt").flags
    note = next(t for t in at.text_input if t.key.startswith("rjc-"))
    note.input("Trop formel pour des parents.").run()
    next(b for b in at.button if b.key.startswith("rj-")).click().run()
    title = parse_po(po_path(project)).find("K050.title", by="msgctxt")
    assert "fuzzy" in title.flags
    last = history.read(po_path(project), "K050.title")[-1]
    assert (last.event, last.by, last.comment) == ("reject", "Chloé", "Trop formel pour des parents.")
    at.button(key="review_all").click().run()
    assert any("Approved" in s and "Chloé (unverified)" in s for s in said(at.success))
    marked = [e for e in parse_po(po_path(project)) if e.msgid and "reviewed: Chloé" in (e.tcomment or "")]
    assert len(marked) >= 25
    assert not any("reviewed: Chloé" in (e.tcomment or "") for e in parse_po(po_path(project))
                   if e.msgctxt in ("K050.title", "K050/recovery/pace"))  # rejected and blocked: left out
    assert sum(1 for e in history.read(po_path(project)) if e.event == "review") == len(marked)


def test_catalog_text_is_shown_as_written_never_as_markdown(app, project: Path):  # type: ignore[no-untyped-def]
    """Issue 12, item 12: a note with an image made the browser fetch it; bold and links rendered."""
    po = polib.pofile(str(po_path(project)))
    entry = po.find(REST, by="msgctxt")
    entry.comment = "![tracker](http://example.invalid/pixel.png) **bold** [link](http://example.invalid)"
    entry.msgstr = "Laissez votre enfant se reposer ![x](http://example.invalid/q.png)."
    po.save()
    at = app()
    find(at, "rest whenever")
    shown = [c.value for c in at.caption] + [m.value for m in [*at.error, *at.warning]]
    note = next(v for v in shown if "tracker" in v)
    assert "![" not in note and "**bold**" not in note and "](http" not in note
    assert " ".join(note.replace("\\", "").split()) == entry.comment  # the same text, every sign escaped
    assert all("![" not in v for v in shown)


def test_a_waiver_is_proposed_in_the_editor_and_approved_by_a_second_person(app, project: Path):
    """Issue 12, item 11 and issue 13: propose in Translate, approve in Review; the author cannot approve."""
    ctx = "K050/when-to-call/emergency.intro"
    po = polib.pofile(str(po_path(project)), wrapwidth=78)
    entry = po.find(ctx, by="msgctxt")
    entry.msgstr = entry.msgstr.replace("911", "112")
    po.save(str(po_path(project)))
    at = app("Ana")
    find(at, "911")
    next(m for m in at.multiselect if m.key.startswith("wvc-")).select("phones").run()
    next(t for t in at.text_input if t.key.startswith("wvr-")).input("checked with the nurse line").run()
    next(b for b in at.button if b.key.startswith("wvp-")).click().run()
    assert any("Proposed" in s.value for s in at.success)
    own = app("Ana", mode="Review")
    assert any("Waivers waiting for a second person" in h.value for h in own.subheader)
    own.button(key="wv::fr_CA::K050::0").click().run()
    assert any("a second person must approve" in e.value for e in own.error)
    other = app("Ben Tremblay", mode="Review")
    other.button(key="wv::fr_CA::K050::0").click().run()
    assert any("approved by Ben Tremblay" in s for s in said(other.success))
    assert "[by:Ana] [approved:Ben Tremblay]" in " ".join((on_disk(project, ctx).tcomment or "").split())
    assert [e.event for e in history.read(po_path(project), ctx)] == ["waiver-proposed", "waiver-approved"]


def test_overview_counts_are_words_pluralised_by_the_locale():
    from pipeline.editing import CatalogStatus, overview_html

    one = CatalogStatus("fa", "K050", total=33, translated=33, errors=1, warnings=1)
    two = CatalogStatus("ar", "K050", total=33, translated=30, untranslated=3, warnings=2)
    table = overview_html({("fa", "K050"): one, ("ar", "K050"): two}, ["ar", "fa"], ["K050"])
    assert "⛔ 1 error ·" in table and "⚠️ 1 warning ·" in table and "⚠️ 2 warnings" in table
    assert "aria-label='Persian, K050: 33 of 33 translated, 0 reviewed, 1 entry with errors, 1 entry with " \
           "warnings'" in table
    assert "⛔ validation errors" in table and "○ untranslated or fuzzy entries" in table


def test_comments_and_a_section_rejection_reach_the_history(app, project: Path):  # type: ignore[no-untyped-def]
    at = app("Chloé", mode="Review")
    next(t for t in at.text_input if t.key.startswith("cmc-")).input("Préférer « enfant » à « petit ».").run()
    next(b for b in at.button if b.key.startswith("cm-")).click().run()
    assert any("kept in the history" in s for s in said(at.success))
    [ev] = history.read(po_path(project), "K050.title")
    assert (ev.event, ev.by, ev.comment) == ("comment", "Chloé", "Préférer « enfant » à « petit ».")
    assert "fuzzy" not in on_disk(project, "K050.title").flags  # a comment changes no text or flag
    section = next(t for t in at.text_input if t.key.startswith("rsc-") and t.key.endswith("-2"))
    section.input("Toute la section est trop technique.").run()
    next(b for b in at.button if b.key.startswith("rsj-") and b.key.endswith("-2")).click().run()
    rejected = [e for e in history.read(po_path(project)) if e.event == "reject"]
    assert len(rejected) >= 2 and {e.comment for e in rejected} == {"Toute la section est trop technique."}
    assert all("fuzzy" in on_disk(project, e.msgctxt).flags for e in rejected)
    assert len({section_of(e.msgctxt) for e in rejected}) == 1  # one section only, its heading included


def test_with_sign_in_configured_the_name_box_gives_way_to_sign_in(project: Path, monkeypatch):
    monkeypatch.setenv("HANDOUTS_PROJECT", str(project))
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                          "client_id": "handouts", "client_secret": "s",
                          "server_metadata_url": "https://id.example.invalid/.well-known/openid-configuration"}
    at.query_params["who"] = "Someone typed this"
    at.run()
    at.radio(key="mode").set_value("Translate").run()
    assert not at.exception, at.exception
    assert [b.label for b in at.sidebar.button if b.key == "signin"] == ["Sign in"]
    assert not [t for t in at.text_input if t.key == "who"]  # an unverified name is not offered
    assert any("Enter your name" in i.value or "Sign in" in i.value for i in at.info)


def test_plain_language_notes_on_the_english_are_shown_for_the_author(app, project: Path):
    """Issue 14: the plain-language lint in the editor, beside the English it is about."""
    at = app()
    find(at, "Many pharmacies and hospitals")
    notes = [h.value for h in at.html if "author-note" in h.value]
    assert notes and "plain-language" in notes[0] and "⚠️ Warning" in notes[0]
    find(at, "rest whenever")
    assert not [h.value for h in at.html if "author-note" in h.value]  # a plain sentence has none


def test_a_fuzzy_entry_shows_what_the_source_change_means(app, project: Path):
    """Issue 15, item 3: the English moved the boundary ("over" → "or higher"); the fuzzy French, still
    "de plus de 38 °C", is checked against the new English in the editor, inline."""
    from .conftest import run_cli

    k050 = project / "handouts" / "K050.yaml"
    k050.write_text(k050.read_text(encoding="utf-8").replace("Your child has a fever over 38°C (100.4°F).",
                                                             "Your child has a fever of 38°C (100.4°F) or higher."),
                    encoding="utf-8")
    assert run_cli("--project", str(project), "all", "--no-pdf").code == 0
    at = app()
    at.radio(key="filter").set_value("fuzzy").run()
    shown = " ".join(h.value for h in at.html)
    assert "or higher" in shown and "boundary changed" in shown
