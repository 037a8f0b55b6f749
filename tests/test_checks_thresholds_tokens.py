"""Thresholds keep their direction; phones and codes stay digit for digit; language and markup checks."""

from __future__ import annotations

import pytest

from .checks_helpers import checks, errors, warnings


@pytest.mark.parametrize("locale, good, flipped", [
    ("fr_CA", "Appelez si votre bébé a moins de 3 mois.", "Appelez si votre bébé a plus de 3 mois."),
    ("es", "Llame si su bebé tiene menos de 3 meses.", "Llame si su bebé tiene más de 3 meses."),
    ("zh_Hans", "如果您的宝宝不足3个月，请打电话。", "如果您的宝宝超过3个月，请打电话。"),
    ("ko", "아기가 3개월 미만이면 전화하세요.", "아기가 3개월 이상이면 전화하세요."),
    ("ar", "اتصل إذا كان عمر طفلك أقل من 3 أشهر.", "اتصل إذا كان عمر طفلك أكثر من 3 أشهر."),
    ("ru", "Звоните, если ребёнку меньше 3 месяцев.", "Звоните, если ребёнку больше 3 месяцев."),
    ("vi", "Hãy gọi nếu bé dưới 3 tháng tuổi.", "Hãy gọi nếu bé trên 3 tháng tuổi."),
])
def test_threshold_direction(locale, good, flipped):
    src = "Call if your baby is younger than 3 months."
    assert "thresholds" not in checks(src, good, locale), errors(src, good, locale)
    assert "thresholds" in checks(src, flipped, locale), errors(src, flipped, locale)


def test_negation_moves_between_verb_and_comparator():
    src = "Give no more than 5 doses in 24 hours."
    # "do not give more than 5" states the same upper limit
    assert "thresholds" not in checks(src, "Ne donnez pas plus de 5 doses en 24 heures.", "fr_CA")
    assert "thresholds" not in checks(src, "24 ਘੰਟਿਆਂ ਵਿੱਚ 5 ਤੋਂ ਵੱਧ ਖ਼ੁਰਾਕਾਂ ਨਾ ਦਿਓ।", "pa")
    assert "thresholds" in checks(src, "Donnez plus de 5 doses en 24 heures.", "fr_CA")


def test_missing_comparison_word_is_a_warning():
    src = "Call if the fever lasts longer than 3 days."
    assert "thresholds" not in checks(src, "Appelez si la fièvre dure 3 jours.", "fr_CA")
    assert any(w.startswith("thresholds:") for w in warnings(src, "Appelez si la fièvre dure 3 jours.", "fr_CA"))


@pytest.mark.parametrize("target, ok", [
    ("Composez le 911 si votre enfant s'évanouit.", True),
    ("Composez le 9-1-1 si votre enfant s'évanouit.", True),
    ("Composez le 112 si votre enfant s'évanouit.", False),
    ("Composez le 911 ou le 112 si votre enfant s'évanouit.", False),
    ("Composez le 811 si votre enfant s'évanouit.", False),
])
def test_emergency_numbers(target, ok):
    src = "Call 911 if your child faints."
    assert ("phones" not in checks(src, target, "fr_CA")) is ok, errors(src, target, "fr_CA")


def test_phone_numbers_digit_for_digit():
    src = "Call the poison line at 1-800-555-0199."
    assert errors(src, "Appelez la ligne antipoison au 1 800 555-0199.", "fr_CA") == []
    assert "phones" in checks(src, "Appelez la ligne antipoison au 1-800-555-0198.", "fr_CA")
    assert errors("Call 911.", "با ۹۱۱ تماس بگیرید.", "fa") == []
    assert any("non-Latin digits" in w for w in warnings("Call 911.", "اتصل بـ ٩١١.", "ar"))


@pytest.mark.parametrize("target, ok", [
    ("Cherchez K050 sur le site.", True),
    ("Cherchez K05O sur le site.", False),     # letter O for zero
    ("Cherchez K٠٥٠ sur le site.", False),     # native digits inside a code
    ("Cherchez К050 sur le site.", False),     # Cyrillic К
    ("Cherchez K005 sur le site.", False),
    ("Cherchez sur le site.", False),
])
def test_codes(target, ok):
    assert ("codes" not in checks("Search for K050 on the website.", target, "fr_CA")) is ok


def test_untranslated_and_wrong_language():
    src = "Keep the bandage clean and dry for two days."
    assert "untranslated" in checks(src, src, "fr_CA")
    assert "language" in checks(src, "Mantenga el vendaje limpio y seco durante dos días.", "fr_CA")
    assert checks(src, "Gardez le pansement propre et sec pendant deux jours.", "fr_CA") == set()
    assert "language" in checks(src, "Keep the bandage clean and dry for two days, please.", "ar")
    assert "language" in checks(src, "請保持繃帶清潔乾燥兩天。請保持繃帶清潔乾燥。", "zh_Hans")
    assert checks(src, "请保持绷带清洁干燥两天。", "zh_Hans") == set()


def test_markup_placeholders_links():
    assert "markup" in checks("Take <b>one</b> pill.", "Prenez un comprimé.", "fr_CA")
    assert "markup" in checks("Take one pill.", "Prenez <script>x</script> un comprimé.", "fr_CA")
    assert "placeholders" in checks("{count} days left", "jours restants", "fr_CA", flags=["python-brace-format"])
    assert "placeholders" in checks("%d days left", "jours restants", "fr_CA", flags=["c-format"])
    assert checks("Go to https://example.org/help.", "Allez à https://example.org/help.", "fr_CA") == set()
    assert "links" in checks("Go to https://example.org/help.", "Allez à https://example.com/help.", "fr_CA")


def test_rtl_text_with_bidi_controls_is_read():
    # isolates and marks around numbers (as a careful translator or tool may add) change nothing
    src = "Call 811 if the fever lasts more than 3 days."
    target = "اتصل بالرقم \u2066811\u2069 إذا استمرت الحمى أكثر من \u200e3\u200e أيام."
    assert errors(src, target, "ar") == []
