"""Threshold boundaries (issue 15, item 3): "over 38°C" (> 38) and "38°C or higher" (≥ 38) differ exactly
at 38.0 °C.  A translation that says the other one is an error; after the English changes, the fuzzy
translation is checked against the new English, so the translator sees what the change means."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.validate import check_text

from .conftest import run_cli

OVER = "Your child has a fever over 38°C (100.4°F)."
AT_LEAST = "Your child has a fever of 38°C (100.4°F) or higher."
FR_OVER = "Votre enfant a une fièvre de plus de 38\u00a0°C (100,4\u00a0°F)."
FR_AT_LEAST = "Votre enfant a une fièvre de 38\u00a0°C (100,4\u00a0°F) ou plus."
FR_AU_MOINS = "Votre enfant a une fièvre d'au moins 38\u00a0°C (100,4\u00a0°F)."


def boundary_errors(source: str, target: str, locale: str = "fr_CA") -> list[str]:
    return [f.message for f in check_text(source, target, locale) if f.check == "thresholds" and f.severity == "error"
            and f.message.startswith("boundary changed")]


@pytest.mark.parametrize(("source", "target", "changed"), [
    (OVER, FR_OVER, False), (OVER, FR_AT_LEAST, True), (OVER, FR_AU_MOINS, True),
    (AT_LEAST, FR_AT_LEAST, False), (AT_LEAST, FR_AU_MOINS, False), (AT_LEAST, FR_OVER, True),
    ("Give no more than 4 doses in 24 hours.", "Ne donnez pas plus de 4 doses en 24 heures.", False),
    ("Give no more than 4 doses in 24 hours.", "Donnez moins de 4 doses en 24 heures.", True),
    ("Call if your baby is younger than 3 months.", "Appelez si votre bébé a moins de 3 mois.", False),
])
def test_a_changed_boundary_is_an_error_in_either_direction(source: str, target: str, changed: bool):
    found = boundary_errors(source, target)
    assert bool(found) == changed, found
    if changed:
        assert "itself" in found[0]  # says which side includes the value


def test_in_english_too_the_signs_and_words_after_the_number_include_it():
    assert boundary_errors("Fever ≥ 38°C (100.4°F).", "Fever over 38°C (100.4°F).", "en_CA")
    assert not boundary_errors("Fever ≥ 38°C (100.4°F).", "Fever of 38°C (100.4°F) or more.", "en_CA")


def test_a_source_change_of_boundary_shows_on_the_fuzzy_translation(project: Path):
    k050 = project / "handouts" / "K050.yaml"
    k050.write_text(k050.read_text(encoding="utf-8").replace(OVER, AT_LEAST), encoding="utf-8")
    r = run_cli("--project", str(project), "all", "--no-pdf")
    assert r.code == 0, r.err  # a fuzzy entry is not published; its findings are warnings
    fr = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    assert "#| msgid \"Your child has a fever over 38°C (100.4°F).\"" in fr.read_text(encoding="utf-8")
    r = run_cli("--project", str(project), "validate", str(fr))
    assert r.code == 0
    [line] = [ln for ln in r.out.splitlines() if "boundary changed" in ln]
    assert "warning thresholds: fuzzy — the English changed; checked against the new English" in line
    assert "“38°C or higher” includes 38°C itself" in line and "excludes 38" in line


#: (locale, says "over 38", says "38 or more") — languages that put the comparison word after the number, where
#: that word alone decides: 초과 / 이상, を超える / 以上, से अधिक / या उससे अधिक, ਤੋਂ ਵੱਧ / ਜਾਂ ਵੱਧ, بیش از / یا بیشتر
AFTER_THE_NUMBER = [
    ("ko", "아이의 열이 38°C(100.4°F)를 넘으면", "아이의 열이 38°C(100.4°F) 이상이면"),
    ("ko", "아이의 열이 38°C(100.4°F) 초과이면", "아이의 열이 최소 38°C(100.4°F)이면"),
    ("ja", "お子さんの熱が38°C（100.4°F）を超える場合", "お子さんの熱が38°C（100.4°F）以上の場合"),
    ("hi", "आपके बच्चे को 38°C (100.4°F) से अधिक बुखार है।", "आपके बच्चे को 38°C (100.4°F) या उससे अधिक बुखार है।"),
    ("hi", "आपके बच्चे को 38°C (100.4°F) से ज़्यादा बुखार है।", "आपके बच्चे को कम से कम 38°C (100.4°F) बुखार है।"),
    ("pa", "ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ 38°C (100.4°F) ਤੋਂ ਵੱਧ ਬੁਖਾਰ ਹੈ।", "ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ 38°C (100.4°F) ਜਾਂ ਵੱਧ ਬੁਖਾਰ ਹੈ।"),
    ("fa", "فرزندتان تب بیش از ۳۸ درجه سانتی‌گراد (۱۰۰٫۴ درجه فارنهایت) دارد.",
     "فرزندتان تب ۳۸ درجه سانتی‌گراد (۱۰۰٫۴ درجه فارنهایت) یا بیشتر دارد."),
    ("fa", "اگر تب فرزندتان از ۳۸ درجه سانتی‌گراد (۱۰۰٫۴ درجه فارنهایت) بالاتر باشد",
     "فرزندتان تب حداقل ۳۸ درجه سانتی‌گراد (۱۰۰٫۴ درجه فارنهایت) دارد."),
]


@pytest.mark.parametrize(("locale", "strict", "inclusive"), AFTER_THE_NUMBER)
def test_where_the_word_after_the_number_decides_the_boundary_is_read_from_the_word(locale: str, strict: str,
                                                                                   inclusive: str):
    assert not boundary_errors(OVER, strict, locale) and not boundary_errors(AT_LEAST, inclusive, locale)
    assert boundary_errors(OVER, inclusive, locale) and boundary_errors(AT_LEAST, strict, locale)
