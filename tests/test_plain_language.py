"""Plain-language lint of the English sources (issue 14): reading grade, sentence length, hard words —
warnings in ``validate`` and in the ``all`` summary, configurable per project, never an error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import plainlang
from pipeline.cache import Cache
from pipeline.errors import InputError
from pipeline.handout import load_handout
from pipeline.plainlang import Settings, Syllables, Term, defaults, findings, fk_grade, measure, split_sentences

from .conftest import ROOT, run_cli

PLAIN = "Give your child small sips of water often."
JARGON = "Administer the pain medicine prior to bedtime."
LONG = ("Notwithstanding considerable interindividual variability, pharmacological management of postoperative "
        "discomfort necessitates individualized consideration of contraindications, comorbidities and "
        "developmental characteristics, particularly regarding paediatric formulations and concentrations.")


def handout(*texts: str, hid: str = "T100") -> str:
    """A small handout whose bullets are ``texts`` (one line each)."""
    items = "".join(f"          - id: item-{i}\n            text: {t}\n" for i, t in enumerate(texts))
    return (f"id: {hid}\n"
            "title: Care at Home\n"
            "audience: For parents and caregivers\n"
            'version: "1.0"\n'
            "last_reviewed: 2026-11-01\n"
            "sample: true\n"
            "credits: Sample content for a test.\n"
            "sections:\n"
            "  - id: care\n"
            "    heading: How can you help?\n"
            "    blocks:\n"
            "      - type: bullets\n"
            "        id: steps\n"
            "        items:\n" + items)


def make(root: Path, *texts: str, hid: str = "T100") -> Path:
    (root / "handouts").mkdir(parents=True, exist_ok=True)
    (root / "locales").mkdir(exist_ok=True)
    path = root / "handouts" / f"{hid}.yaml"
    path.write_text(handout(*texts, hid=hid), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    return next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in ln)


def warnings_of(root: Path, *args: str) -> list[str]:
    r = run_cli("validate", *args, cwd=root)
    assert r.code == 0, r.err
    return [ln for ln in r.out.splitlines() if "plain-language" in ln]


# --------------------------------------------------------------------------- in the library


def test_a_hard_word_names_the_plain_alternative_at_its_line(tmp_path: Path):
    path = make(tmp_path, PLAIN, JARGON)
    found = findings(load_handout(path), "handouts/T100.yaml", defaults())
    line = line_of(path, "Administer")
    assert [(f.line, f.message) for f in found] == [
        (line, "“Administer” — say “give”"),
        (line, "“prior to” — say “before”"),
    ]
    assert all(f.severity == "warning" and f.check == "plain-language" for f in found)
    assert found[0].msgctxt == "T100/care/steps/item-1" and found[0].msgid == JARGON


def test_words_are_matched_whole_in_any_case_with_their_listed_forms(tmp_path: Path):
    terms = defaults().matcher
    assert [w for w, _ in terms.find("The nurse ADMINISTERED it; physicians agree.")] == ["ADMINISTERED", "physicians"]
    assert list(terms.find("Keep the oral rehydration solution cold.")) == []  # "oral" is fine in a product name
    assert [w for w, _ in terms.find("Take it orally.")] == ["orally"]
    assert list(terms.find("Stitches (sutures) hold the cut. A temperature taken in the bottom (rectal).")) == []
    assert [w for w, _ in terms.find("Your sutures come out in a week.")] == ["sutures"]
    assert list(terms.find("Orality and administration are other words.")) == []  # not listed forms


def test_a_long_complex_sentence_warns_and_a_plain_one_does_not(tmp_path: Path):
    path = make(tmp_path, PLAIN, LONG)
    found = findings(load_handout(path), "handouts/T100.yaml", defaults())
    sentence = [f for f in found if f.message.startswith("sentence")]
    assert len(sentence) == 1 and sentence[0].line == line_of(path, "Notwithstanding")
    assert "has 24 words" not in sentence[0].message
    assert "reads at grade" in sentence[0].message and "(target 6)" in sentence[0].message
    assert "“Notwithstanding considerable" in sentence[0].message
    # the handout as a whole now reads above grade 6: one summary warning at its title
    summary = [f for f in found if f.message.startswith("T100 reads at grade")]
    assert len(summary) == 1 and summary[0].line == line_of(path, "title:")

    plain = make(tmp_path / "plain", PLAIN, "Let your child rest when they feel tired.", "Call us if you are worried.")
    assert findings(load_handout(plain), "handouts/T100.yaml", defaults()) == []


def test_headings_are_checked_for_words_but_not_read_as_sentences(tmp_path: Path):
    path = make(tmp_path, PLAIN)
    text = path.read_text(encoding="utf-8").replace("heading: How can you help?",
                                                    "heading: Analgesic medication and ambulation after surgery")
    path.write_text(text, encoding="utf-8")
    found = findings(load_handout(path), "handouts/T100.yaml", defaults())
    assert [f.message for f in found] == ["“Analgesic” — say “pain medicine”", "“medication” — say “medicine”",
                                          "“ambulation” — say “walk” or “walk around”"]
    assert all(f.line == line_of(path, "heading: Analgesic") for f in found)


def test_sentences_split_at_their_ends_only():
    assert split_sentences("Fever is 38°C (100.4°F) or higher. Call Dr. Lee, e.g. today. Rest! Done?") == [
        "Fever is 38°C (100.4°F) or higher.", "Call Dr. Lee, e.g. today.", "Rest!", "Done?"]
    assert split_sentences("Call your doctor if:") == ["Call your doctor if:"]
    assert split_sentences("— 911 —") == []


def test_grade_is_flesch_kincaid_with_textstat_counts():
    import textstat

    s = measure("Hold ice on the sore spot for ten minutes at a time.")
    assert (s.words, s.grade) == (12, fk_grade(12, s.syllables, 1))
    assert s.grade == round(textstat.flesch_kincaid_grade(s.text), 1)
    assert fk_grade(0, 0, 0) == 0.0


def test_syllables_are_counted_word_by_word_as_textstat_counts_a_text():
    import textstat

    texts = [m.text for p in sorted((ROOT / "handouts").glob("*.yaml")) for m in load_handout(p).messages()]
    texts += [LONG, "DON'T give your child's pills — ever. (Really!) 'Tis “fine”, isn't it? 38°C/100.4°F; 1-800-555."]
    texts = [t for t in texts if not (set(plainlang.words_of(t.casefold())) & plainlang.medicine_names())]
    count = Syllables()
    assert [count(t) for t in texts] == [textstat.syllable_count(t) for t in texts]


def test_a_medicine_name_counts_as_a_plain_word():
    """"You can give acetaminophen every 4 to 6 hours." is plain: the name cannot be said more simply."""
    count = Syllables()
    assert count("Give acetaminophen.") == count("Give ibuprofen.") == 1 + 2  # not 1 + 6, 1 + 4
    plain = plainlang.measure("You can give acetaminophen every 4 to 6 hours.", count)
    assert plain.grade <= 6


def test_an_edit_in_words_counted_before_does_not_load_the_dictionary(tmp_path: Path, monkeypatch):
    import textstat

    path = make(tmp_path, PLAIN, "Let your child rest when they feel tired.")
    with Cache(tmp_path / ".cache") as cache:
        first = plainlang.lint([load_handout(path)], ["handouts/T100.yaml"], cache)
    path.write_text(path.read_text(encoding="utf-8").replace("when they feel tired", "when they feel tired often"),
                    encoding="utf-8")

    def refuse(*args: object) -> int:
        raise AssertionError("counted a word an earlier run counted")

    monkeypatch.setattr(textstat, "syllable_count", refuse)
    with Cache(tmp_path / ".cache") as cache:
        again = plainlang.lint([load_handout(path)], ["handouts/T100.yaml"], cache)
    assert first == again == []


def test_the_data_file_is_small_and_every_word_has_an_alternative():
    terms = defaults().terms
    assert 30 <= len(terms) <= 60
    forms = [f.lower() for t in terms for f in t.forms]
    assert len(forms) == len(set(forms)), "a form listed under two terms"
    assert all(t.say and all(s.strip() for s in t.say) for t in terms)
    d = defaults()
    assert (d.target_grade, d.sentence_grade, d.sentence_words) == (6, 10, 25)


# --------------------------------------------------------------------------- per project


def test_thresholds_words_and_targets_are_configured_per_project(tmp_path: Path):
    ten = "Give your child a drink of water every hour or so."
    make(tmp_path, ten, JARGON)
    before = warnings_of(tmp_path)
    assert not any("sentence has" in w for w in before)
    assert any("“Administer” — say “give”" in w for w in before)

    (tmp_path / "plain-language.yaml").write_text(
        "plain_language:\n"
        "  sentence_words: 8\n"
        "  handouts:\n"
        "    T100: 1\n"
        "  allow: [administer]\n"
        "  terms:\n"
        "    - words: [bedtime]\n"
        "      say: [when your child goes to sleep]\n", encoding="utf-8")
    after = warnings_of(tmp_path)  # the cached result of the first run is not used: the settings changed
    assert any("sentence has 11 words (more than 8)" in w for w in after)
    assert any("T100 reads at grade" in w and "(target 1)" in w for w in after)
    assert not any("Administer" in w for w in after)
    assert any("“bedtime” — say “when your child goes to sleep”" in w for w in after)

    (tmp_path / "plain-language.yaml").write_text("plain_language:\n  enabled: false\n", encoding="utf-8")
    assert warnings_of(tmp_path) == []


@pytest.mark.parametrize(("config", "line", "what"), [
    ("plain_language:\n  target_grade: six\n", 2, "'target_grade' must be a number"),
    ("plain_language:\n  sentence_word: 20\n", 2, "unknown key 'sentence_word'"),
    ("plain_language:\n  terms:\n    - words: [bedtime]\n", 3, "'say' must be a list"),
    ("other: 1\n", 1, "unknown key 'other'"),
])
def test_a_bad_settings_file_is_bad_input(tmp_path: Path, config: str, line: int, what: str):
    make(tmp_path, PLAIN)
    (tmp_path / "plain-language.yaml").write_text(config, encoding="utf-8")
    r = run_cli("validate", cwd=tmp_path)
    assert r.code == 2 and r.out == ""
    assert r.err.startswith(f"{tmp_path / 'plain-language.yaml'}:{line}") and what in r.err, r.err
    with pytest.raises(InputError):
        plainlang._project_settings(tmp_path / "plain-language.yaml", "x")
    r = run_cli("all", cwd=tmp_path)  # refused before anything is written
    assert r.code == 2 and r.err.startswith(f"{tmp_path / 'plain-language.yaml'}:{line}")
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if ".cache" not in p.parts)
    assert written == ["handouts", "handouts/T100.yaml", "locales", "plain-language.yaml"]


def test_the_project_is_the_folder_that_holds_handouts(tmp_path: Path):
    path = make(tmp_path / "proj", PLAIN)
    assert plainlang.project_root(path) == tmp_path / "proj"
    assert Settings(targets={"K050": 8.0}).target("K050") == 8.0
    assert Settings().target("K050") == 6.0
    assert Term(("a",), ("b", "c")).advice() == "“b” or “c”"


# --------------------------------------------------------------------------- the command line


def test_validate_reports_them_as_warnings_in_every_format_and_exits_0(tmp_path: Path):
    path = make(tmp_path, PLAIN, JARGON, LONG)
    r = run_cli("validate", cwd=tmp_path)
    assert r.code == 0, r.err
    line = line_of(path, "Administer")
    assert f"handouts/T100.yaml:{line}: warning plain-language: “Administer” — say “give”" in r.out.splitlines()
    assert "0 errors, 5 warnings" in r.out

    data = json.loads(run_cli("validate", "--format", "json", cwd=tmp_path).out)
    assert data["summary"]["errors"] == 0 and data["summary"]["by_check"] == {"plain-language:warning": 5}
    assert {"path": "handouts/T100.yaml", "line": line, "check": "plain-language", "severity": "warning",
            "message": "“Administer” — say “give”"}.items() <= data["findings"][1].items()
    sarif = json.loads(run_cli("validate", "--format", "sarif", cwd=tmp_path).out)["runs"][0]
    assert "plain-language" in [rule["id"] for rule in sarif["tool"]["driver"]["rules"]]
    assert {res["level"] for res in sarif["results"]} == {"warning"}
    gh = run_cli("validate", "--format", "github", cwd=tmp_path)
    assert gh.code == 0 and f"::warning file=handouts/T100.yaml,line={line},title=plain-language::" in gh.out
    junit = run_cli("validate", "--format", "junit", cwd=tmp_path)
    assert junit.code == 0 and 'failures="0"' in junit.out and "warning plain-language" in junit.out


def test_all_shows_the_first_warnings_and_how_to_see_them_all(tmp_path: Path):
    root = tmp_path / "proj"
    make(root, PLAIN, JARGON, LONG, "Utilize a clean towel.", "Discontinue the cream if the skin gets red.")
    r = run_cli("all", cwd=root)
    assert r.code == 0, r.err
    out = r.out.splitlines()
    head = next(i for i, ln in enumerate(out) if ln.startswith("7 warnings"))
    assert out[head] == "7 warnings (7 in the English sources, 0 in the catalogs); the first 5:"
    shown = out[head + 1:head + 6]
    assert all(ln.startswith("  handouts/T100.yaml:") and " warning plain-language: " in ln for ln in shown)
    assert out[head + 6] == ("2 more — to see all 7: run 'python -m pipeline validate' "
                             "(or 'python -m pipeline validate --format json')")
    # the lines shown are the first lines of validate's own report
    report = [ln for ln in run_cli("validate", cwd=root).out.splitlines() if ln.startswith("handouts/")]
    assert [ln.strip() for ln in shown] == report[:5]

    elsewhere = run_cli("--project", str(root), "all", cwd=tmp_path)
    assert elsewhere.code == 0 and f"run 'python -m pipeline --project {root} validate'" in elsewhere.out


def test_all_with_the_shipped_catalogs_stays_0_and_rewrites_no_catalog(project: Path):
    po = {p: p.read_bytes() for p in sorted((project / "locales").rglob("*.po"))}
    make(project, JARGON, hid="A100")  # first in the report's order
    r = run_cli("--project", str(project), "all", cwd=project)
    assert r.code == 0, r.err
    assert "in the English sources" in r.out and "“Administer” — say “give”" in r.out
    assert {p: p.read_bytes() for p in po} == po


def test_the_same_input_gives_the_same_output(tmp_path: Path):
    shutil.copytree(ROOT / "handouts", tmp_path / "handouts")
    make(tmp_path, PLAIN, JARGON, LONG, hid="Z900")
    first = run_cli("validate", "--no-cache", cwd=tmp_path)
    again = run_cli("validate", "--no-cache", cwd=tmp_path)
    cached = run_cli("validate", cwd=tmp_path)
    cached_again = run_cli("validate", cwd=tmp_path)
    assert first.code == 0 and "plain-language" in first.out
    assert first.out == again.out == cached.out == cached_again.out
