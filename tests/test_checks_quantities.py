"""Quantities, ranges and conversions read by value in every script."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.quantities.scan import scan

from .checks_helpers import checks, errors, warnings

SRC_TEMP = "Call if the temperature is 39°C (102.2°F) or more."


@pytest.mark.parametrize("locale, target", [
    ("fr_CA", "Appelez si la température est de 39\u00a0°C (102,2\u00a0°F) ou plus."),
    ("ar", "اتصل إذا كانت الحرارة ٣٩ درجة مئوية (١٠٢٫٢ درجة فهرنهايت) أو أكثر."),
    ("fa", "اگر دما ۳۹ درجه سانتی‌گراد (۱۰۲٫۲ درجه فارنهایت) یا بیشتر بود تماس بگیرید."),
    ("zh_Hans", "如果体温达到39℃（102.2℉）或以上，请打电话。"),
    ("ru", "Звоните, если температура 39 °C (102,2 °F) или выше."),
    ("pa", "ਜੇ ਤਾਪਮਾਨ ੩੯°C (੧੦੨.੨°F) ਜਾਂ ਵੱਧ ਹੋਵੇ ਤਾਂ ਫ਼ੋਨ ਕਰੋ।"),
])
def test_correct_temperatures_in_every_script_pass(locale, target):
    assert errors(SRC_TEMP, target, locale) == []


def test_native_digit_values():
    q = scan("٣٩٫٥ درجة مئوية", "ar").quantities[0]
    assert (q.value, q.unit) == (Decimal("39.5"), "degC")
    q = scan("۱۰۲٫۲", "fa").quantities[0]
    assert q.value == Decimal("102.2")
    q = scan("३८.५ °C", "hi").quantities[0]
    assert (q.value, q.unit) == (Decimal("38.5"), "degC")
    q = scan("３８．５℃", "zh_Hans").quantities[0]
    assert (q.value, q.unit) == (Decimal("38.5"), "degC")


def test_group_separators_and_fractions():
    for text, locale in (("1\u00a0500 mL", "fr_CA"), ("1\u202f500 mL", "fr_CA"), ("1.500 ml", "es"),
                         ("١٬٥٠٠ مل", "ar"), ("1,500 mL", "en_CA")):
        q = scan(text, locale).quantities[0]
        assert (q.value, q.unit) == (Decimal(1500), "mL"), text
    assert scan("2½ tsp", "en_CA").quantities[0].value == Decimal("2.5")
    assert scan("½ cup", "en_CA").quantities[0].value == Decimal("0.5")


def test_decimal_comma_thousands_trap():
    # "3,000 mg" is 3 mg to a French reader
    found = errors("Do not take more than 3,000 mg in a day.", "Ne prenez pas plus de 3,000 mg par jour.", "fr_CA")
    assert any("3,000 mg" in e and "reads as 3 mg" in e for e in found), found
    assert errors("Do not take more than 3,000 mg in a day.",
                  "Ne prenez pas plus de 3\u00a0000 mg par jour.", "fr_CA") == []


def test_changed_number_and_unit():
    assert checks("Give 5 mL.", "Donnez 5 mg.", "fr_CA") == {"quantities"}
    assert checks("Give 5 mL.", "Donnez 15 mL.", "fr_CA") == {"quantities"}
    assert checks("Rest for 24 hours.", "Reposez-vous pendant 24 jours.", "fr_CA") == {"quantities"}
    assert any("unit changed" in e for e in errors("Rest for 24 hours.", "Reposez-vous pendant 24 jours.", "fr_CA"))


def test_extra_and_dropped_quantities():
    assert checks("Wait 30 minutes.", "Attendez 30 minutes, 2 fois.", "fr_CA") == {"quantities"}
    assert checks("Wait 30 minutes before you eat.", "Attendez avant de manger.", "fr_CA") == {"quantities"}
    assert checks("Wait 30 minutes.", "Attendez 30 minutes. 30 minutes suffisent.", "fr_CA") == set()


def test_unit_words_in_many_languages():
    src = "Hold it for 10 minutes."
    for locale, target in (("es", "Manténgalo durante 10 minutos."), ("ru", "Держите 10 минут."),
                           ("zh_Hans", "按住10分钟。"), ("ko", "10분 동안 누르세요."),
                           ("ar", "اضغط لمدة 10 دقائق."), ("pa", "10 ਮਿੰਟ ਲਈ ਫੜ ਕੇ ਰੱਖੋ।"),
                           ("vi", "Giữ trong 10 phút."), ("tl", "Hawakan ito nang 10 minuto.")):
        assert errors(src, target, locale) == [], (locale, target)
        assert scan(target, locale).quantities[0].unit == "minute", (locale, target)


def test_ranges_any_connector():
    src = "Apply ice for 10 to 20 minutes."
    for locale, target in (("fr_CA", "Appliquez de la glace de 10 à 20 minutes."),
                           ("es", "Aplique hielo de 10 a 20 minutos."), ("zh_Hans", "冰敷10到20分钟。"),
                           ("ko", "10~20분 동안 얼음을 대세요."), ("fa", "۱۰ تا ۲۰ دقیقه یخ بگذارید."),
                           ("ar", "ضع الثلج من 10 إلى 20 دقيقة."), ("vi", "Chườm đá từ 10 đến 20 phút."),
                           ("tl", "Maglagay ng yelo nang 10 hanggang 20 minuto."),
                           ("ru", "Прикладывайте лёд на 10–20 минут.")):
        assert errors(src, target, locale) == [], (locale, target)
        ends = [q for q in scan(target, locale).quantities]
        assert [q.unit for q in ends] == ["minute", "minute"], (locale, target)
        assert ends[0].range_id is not None and ends[0].range_id == ends[1].range_id, (locale, target)


def test_range_end_dropped_or_changed():
    assert checks("Rest for 2 to 3 days.", "Reposez-vous 2 jours.", "fr_CA") == {"quantities"}
    assert checks("Rest for 2 to 3 days.", "Reposez-vous de 2 à 4 jours.", "fr_CA") == {"quantities"}


def test_range_reversed():
    assert "ranges" in checks("Rest for 2 to 3 days.", "Reposez-vous de 3 à 2 jours.", "fr_CA")


def test_source_and_target_conversions():
    assert errors("A fever is 38°C (100.4°F).", "Une fièvre, c'est 38\u00a0°C (100\u00a0°F).", "fr_CA") == [] or \
        all("conversions" not in e for e in errors("A fever is 38°C (100.4°F).",
                                                   "Une fièvre, c'est 38\u00a0°C (100\u00a0°F).", "fr_CA"))
    found = errors("A fever is 38°C (100.4°F).", "Une fièvre, c'est 38\u00a0°C (101\u00a0°F).", "fr_CA")
    assert any(e.startswith("conversions:") for e in found), found
    wrong = errors("Weigh 5 kg (13 lb).", "Pèse 5\u00a0kg (13\u00a0lb).", "fr_CA")
    assert any(e.startswith("conversions:") for e in wrong)
    right = errors("Weigh 5 kg (11 lb).", "Pèse 5\u00a0kg (11\u00a0lb).", "fr_CA")
    assert not any(e.startswith("conversions:") for e in right)


def test_swapped_units():
    found = errors(SRC_TEMP, "Appelez si la température est de 39\u00a0°F (102,2\u00a0°C) ou plus.", "fr_CA")
    assert any("unit changed" in e for e in found), found


def test_dropped_conversion_is_only_a_warning():
    assert errors("A fever is 38°C (100.4°F).", "Une fièvre, c'est 38\u00a0°C.", "fr_CA") == []
    assert any("100.4°F" in w for w in warnings("A fever is 38°C (100.4°F).", "Une fièvre, c'est 38\u00a0°C.", "fr_CA"))


def test_format_policy_warnings():
    w = warnings("Give 2.5 mL.", "Donnez 2.5 mL.", "fr_CA")
    assert any("decimal separator" in x for x in w), w
    assert any("no-break space" in x for x in warnings("Give 2.5 mL.", "Donnez 2,5 mL.", "fr_CA"))
    assert warnings("Give 2.5 mL.", "Donnez 2,5\u00a0mL.", "fr_CA") == []
    mixed = warnings("Give 2.5 mL every 4 hours.", "أعطِ ٢٫٥ مل كل 4 ساعات.", "ar")
    assert any("mixes digit systems" in x for x in mixed)


def test_multiplier_and_pair_words_stand_for_their_numbers():
    # "twofold" and "both" written as words are the English digits, and the wrong word is still caught
    src = "Give the dose 2x a day to both of the 2 children."
    assert errors(src, "Geben Sie die Dosis zweimal täglich beiden Kindern.", "de_DE") == []
    assert errors("Repeat 2x if needed.", "Bei Bedarf die zweifache Menge wiederholen.", "de_DE") == []
    assert errors("Repeat 2x if needed.", "При необходимости повторите в двукратном объёме.", "ru") == []
    assert "quantities" in checks("Repeat 2x if needed.", "Bei Bedarf die dreifache Menge wiederholen.", "de_DE")
