"""The editor's wording and helpers without Streamlit: CLDR plurals, tokens as the language writes them,
navigation, character diffs and findings that isolate quoted translation text."""

from __future__ import annotations

from pipeline import editor_view as view
from pipeline.checks import ERROR, Finding
from pipeline.editing import EntryView
from pipeline.locales import resolve
from pipeline.wording import count


def entry(ctx: str, text: str = "x", fuzzy: bool = False, errors: int = 0) -> EntryView:
    findings = [Finding("p", 1, "fr_CA", ctx, ctx, text, "quantities", ERROR, "bad")] * errors
    return EntryView((ctx, ctx), ctx, ctx, "", (text,), fuzzy, "", "", "", findings)


def test_counts_follow_the_plural_rule():
    assert [count(n, "{n} entry", "{n} entries") for n in (0, 1, 2)] == ["0 entries", "1 entry", "2 entries"]


def test_tokens_are_offered_as_the_language_writes_them():
    english = "Fever over 38°C (100.4°F): call 811 (topic K050), give 2.5 mL."
    assert view.tokens_for(english, resolve("fr_CA")) == ["38°C", "100,4°F", "811", "K050", "2,5 mL"]
    assert view.tokens_for(english, resolve("fa"))[:2] == ["۳۸°C", "۱۰۰٫۴°F"]  # Persian digits and decimal sign
    assert view.tokens_for(english, resolve("zh_Hant"))[:2] == ["38°C", "100.4°F"]


def test_next_of_a_kind_goes_round_and_skips_the_current_entry():
    entries = [entry("a"), entry("b", ""), entry("c", fuzzy=True), entry("d", errors=1), entry("e", "")]
    assert view.neighbour(entries, "a", "untranslated") == "b"
    assert view.neighbour(entries, "b", "untranslated") == "e"
    assert view.neighbour(entries, "e", "untranslated") == "b"  # round the end
    assert view.neighbour(entries, "a", "any", -1) == "e"
    assert view.neighbour(entries, "d", "errors") is None  # no other entry with an error
    assert view.neighbour(entries, "a", "fuzzy") == "c"


def test_a_character_diff_marks_what_differs_escaped_and_in_the_language():
    theirs, mine = view.char_diff("Appelez le 911 <b>", "Appelez le 811 <b>", resolve("fr_CA"))
    assert "<del>9</del>" in theirs and "<ins>8</ins>" in mine and "&lt;b&gt;" in mine
    assert 'lang="fr-CA" dir="ltr"' in theirs


def test_findings_say_error_or_warning_in_words_and_isolate_quoted_text():
    f = Finding("p", 1, "fa", "c", "38°C", "۳۹ درجه", "quantities", ERROR,
                "translation has “۳۹ درجه” where the English has “38°C”")
    html = str(view.finding_html(f, resolve("fa")))
    assert "⛔ Error" in html and 'role="alert"' in html
    assert '<bdi lang="fa" dir="auto">۳۹ درجه</bdi>' in html
