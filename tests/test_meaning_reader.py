"""The meaning reader: folding, matching in every script, negation words, polarity, and the lexicon files."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ruamel.yaml import YAML

from pipeline.meaning.fold import fold
from pipeline.meaning.lexicon import DATA, compile_lexicon, inventory, meaning_for
from pipeline.meaning.read import read

CORE = ["ar", "es", "fa", "fr", "ko", "pa", "ru", "tl", "vi", "zh_CN", "zh_TW"]


def concepts(text: str, tag: str, category: str) -> set[str]:
    r = read(text, tag)
    assert r is not None
    return r.concepts(category)


def cues(text: str, tag: str) -> list[tuple[str, str]]:
    r = read(text, tag)
    assert r is not None
    return [(c.kind, r.original(c.start, c.end)) for c in r.cues]


def test_folding_unifies_spellings_and_maps_back_to_the_original():
    f = fold("الإيبوبروفين\u200c Élève")
    assert f.text == "الايبوبروفين élève"
    assert fold("أُذُنه").text == "اذنه"  # short vowels gone, hamza seat unified
    assert fold("ی ک ة").text == "ي ك ه"  # Persian and Arabic letters read alike
    assert f.original(0, 3) == "الإ"
    assert fold("Ｍ").text == "ｍ"  # full-width stays (the number reader handles it), lower-cased


@pytest.mark.parametrize("text,tag,category,expected", [
    ("Put the drops in the left ear.", "en_CA", "side", {"left"}),
    ("Call right away.", "en_CA", "side", set()),  # "right away" is not a side
    ("Blow the nose gently.", "en_CA", "body", {"nose"}),
    ("No, he knows.", "en_CA", "body", set()),  # "no" is not inside "knows", nor "nose"
    ("아이의 귀에 약을 넣으세요.", "ko", "body", {"ear"}),  # a particle after the word
    ("발진이 생기면 전화하세요.", "ko", "body", set()),  # 발진 (rash) is not 발 (foot)
    ("ضع القطرات في الأذن اليسرى.", "ar", "body", {"ear"}),  # the article glued on
    ("والأذن", "ar", "body", {"ear"}),  # and + the + ear
    ("Не давайте парацетамола больше.", "ru", "medicine", {"acetaminophen"}),  # a case ending on a stem
    ("手术后不要洗澡。", "zh_CN", "body", set()),  # 手术 (surgery) is not 手 (hand)
    ("把药水滴在左眼里。", "zh_CN", "side", {"left"}),  # no spaces: found inside the text
    ("Hít thở không khí mát.", "vi", "symptom", {"breathing"}),
    ("ਖੱਬੇ ਕੰਨ ਵਿੱਚ ਤੁਪਕੇ ਪਾਓ।", "pa", "side", {"left"}),
])
def test_words_are_found_whole_in_every_script(text, tag, category, expected):
    assert concepts(text, tag, category) == expected


def test_masks_hide_words_that_mean_something_else():
    assert cues("Hít thở không khí mát.", "vi") == []  # không khí is "air", not "not"
    assert ("cue", "Không") in cues("Không dùng đá.", "vi")


def test_longest_match_and_nesting():
    # "both eyes" names a side and the eyes; "on an empty stomach" is no mention of the stomach
    assert concepts("Put the drops in both eyes.", "en_CA", "side") == {"both_sides"}
    assert concepts("Put the drops in both eyes.", "en_CA", "body") == {"eye"}
    assert concepts("Give it on an empty stomach.", "en_CA", "body") == set()
    assert concepts("Give it on an empty stomach.", "en_CA", "meal_relation") == {"empty_stomach"}


@pytest.mark.parametrize("text,tag,kind", [
    ("Do not give honey.", "en_CA", "prohibition"),
    ("Ne donnez pas de miel.", "fr", "cue"),
    ("Évitez le miel.", "fr", "privative"),
    ("Ne donnez que de l'eau.", "fr", "restrictive"),  # ne … que is "only", not a negation
    ("不要给孩子吃蜂蜜。", "zh_CN", "cue"),
    ("به کودک عسل ندهید.", "fa", "cue"),  # negation written into the verb
    ("아이에게 꿀을 주지 마세요.", "ko", "cue"),
    ("꽁꽁 얼리지는 마세요.", "ko", "cue"),  # a particle between -지 and 마세요
    ("ਸ਼ਹਿਦ ਨਾ ਦਿਓ।", "pa", "cue"),
    ("Huwag magbigay ng pulot.", "tl", "cue"),
    ("لا تعطِ العسل.", "ar", "cue"),
])
def test_negation_words_by_kind(text, tag, kind):
    assert kind in {k for k, _w in cues(text, tag)}


def test_a_negation_inside_a_concept_is_that_concept():
    r = read("Give it without food.", "en_CA")
    assert r is not None and not r.cues and r.absorbed  # "without food" is the empty stomach
    r = read("نگه دارید", "fa")  # نگه دارید (keep) is not a negative verb
    assert r is not None and not r.negations


def test_polarity_by_clause_with_lists_and_contrasts():
    r = read("Do not give aspirin or ibuprofen to a child with chickenpox. Use acetaminophen instead.", "en_CA")
    assert r is not None
    got = {next(iter(m.concepts)): m.negated for m in r.polarized().of("medicine")}
    assert got == {"aspirin": True, "ibuprofen": True, "acetaminophen": False}
    r = read("Give acetaminophen, not ibuprofen.", "en_CA")
    assert r is not None
    got = {next(iter(m.concepts)): (m.negated, m.certain) for m in r.polarized().of("medicine")}
    assert got == {"acetaminophen": (False, True), "ibuprofen": (True, True)}
    # verb-final: the list items take the negation of the verb after them
    r = read("아스피린이나 이부프로펜을 주지 마세요.", "ko")
    assert r is not None
    assert all(m.negated for m in r.polarized().of("medicine"))


def test_list_joints():
    r = read("Call 911 if your child has trouble breathing, has blue lips, or cannot be woken up.", "en_CA")
    assert r is not None and r.joints == 2  # ", or" is one joint
    r = read("流口水、无法吞咽或呼吸非常吃力", "zh_CN")
    assert r is not None and r.joints == 2


def test_every_lexicon_file_loads_and_names_only_known_concepts():
    yaml = YAML(typ="safe")
    inv = inventory()
    categories = {cat for cat, _ in inv.concepts}
    files = sorted(p for p in DATA.glob("*.yaml") if p.stem != "concepts")
    assert {p.stem for p in files} >= {"en", "ar", "es", "fa", "fr", "ko", "pa", "ru", "tl", "vi", "zh_Hans",
                                         "zh_Hant"}
    for path in files:
        data = yaml.load(path.read_text(encoding="utf-8"))
        lex = compile_lexicon(path.stem, data, path)  # raises on an unknown concept
        listed = {cat for cat, _ in lex.has}
        assert listed == categories, f"{path.name}: no surfaces for {categories - listed}"
        assert data.get("negation", {}).get("cues"), path.name
        if path.stem != "en":
            assert data.get("length_ratio", {}).get("spread", 0) > 0 or path.stem == "uk", path.name


def test_english_names_every_concept():
    en = meaning_for("en_CA")
    assert en is not None
    assert set(inventory().concepts) == set(en.has)


def test_unknown_concept_is_refused(tmp_path):
    bad = {"code": "xx", "concepts": {"body": {"elbowz": ["x"]}}}
    with pytest.raises(ValueError, match=r"unknown concept body\.elbowz"):
        compile_lexicon("xx", bad, tmp_path / "xx.yaml")


def test_probe_shows_what_the_checks_see():
    r = subprocess.run([sys.executable, "-m", "pipeline.meaning.probe", "fr",
                        "Ne donnez pas d'ibuprofène le soir."], capture_output=True, text=True, check=True)
    assert "medicine: ibuprofen" in r.stdout and "(negated)" in r.stdout
    assert "day_part: evening" in r.stdout and "negation cue" in r.stdout
    r = subprocess.run([sys.executable, "-m", "pipeline.meaning.probe", "xx", "text"], capture_output=True, text=True)
    assert r.returncode == 2


@pytest.mark.parametrize("tag", CORE)
def test_core_languages_have_a_lexicon(tag):
    lex = meaning_for(tag)
    assert lex is not None and lex.length_median is not None
