"""Tamper-proof numbers, codes kept byte for byte, and number words (ordinals, fractions, duals)."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.checks.tamper import _ANY_INVISIBLE, invisible

from .checks_helpers import checks, errors, warnings

DOSE = "Give 10 mL every 4 hours. Call 911 if your child has trouble breathing."


@pytest.mark.parametrize("target,locale,code_point", [
    ("Donnez 1\u200b0 mL toutes les 4 heures. Appelez le 911 en cas de difficulté à respirer.", "fr", "U+200B"),
    ("Donnez 1\u034f0 mL toutes les 4 heures. Appelez le 911 en cas de difficulté à respirer.", "fr", "U+034F"),
    ("Donnez 10\ufe0f mL toutes les 4 heures. Appelez le 911 en cas de difficulté à respirer.", "fr", "U+FE0F"),
    ("Donnez 10 mL toutes les 4 heures. Appelez le 9\u206311 en cas de difficulté à respirer.", "fr", "U+2063"),
    ("每4小时给10毫升。呼吸困难时拨打\u202e911\u202c。", "zh_CN", "U+202E"),
    ("أعطِ 10 مل كل 4 ساعات. اتصل بالرقم \u202e911\u202c إذا وجد طفلك صعوبة في التنفس.", "ar", "U+202E"),
    ("أعطِ 10 مل كل 4 ساعات. اتصل بالرقم 911\U000e0041 إذا وجد طفلك صعوبة في التنفس.", "ar", "U+E0041"),
])
def test_invisible_characters_in_or_beside_numbers(target, locale, code_point):
    found = [e for e in errors(DOSE, target, locale) if e.startswith("tampering")]
    assert found and code_point in found[0]


@pytest.mark.parametrize("target,locale", [
    ("أعطِ 10 مل كل 4 ساعات. اتصل بالرقم \u2066911\u2069 إذا وجد طفلك صعوبة في التنفس.", "ar"),  # isolates: fine
    ("هر ۴ ساعت ۱۰ میلی‌لیتر بدهید. اگر کودکتان به سختی نفس می‌کشد با 911 تماس بگیرید.", "fa"),  # ZWNJ in a word
])
def test_careful_bidi_and_zwnj_are_fine(target, locale):
    assert "tampering" not in checks(DOSE, target, locale)


@pytest.mark.parametrize("source,target,locale,words", [
    ("Give 50 mL.", "Donnez 5O mL.", "fr", "“5O”"),
    ("Give 14 drops.", "Dé l4 gotas.", "es", "“l4”"),
    ("Give 30 mL.", "Дайте З0 мл.", "ru", "“З0”"),
])
def test_letters_standing_for_digits(source, target, locale, words):
    assert any(e.startswith("tampering") and words in e for e in errors(source, target, locale))


def test_minus_sign_superscript_and_hidden_comment():
    src = "Your child has a fever over 38°C."
    assert "tampering" in checks(src, "Votre enfant a une fièvre au-dessus de −38 °C.", "fr")
    assert "tampering" in checks(src, "孩子发烧超过−38°C。", "zh_CN")
    assert "tampering" in checks("Give 4 doses.", "Donnez 4⁰ doses.", "fr")
    assert "tampering" in checks("Wait 10 minutes.", "Attendez 10 minutes <!-- 20 -->.", "fr")
    assert "tampering" not in checks("Use ICD-10 codes.", "استخدم رموز ICD -10.", "ar")  # a dash the English has
    assert "tampering" not in checks("Central European (ISO-8859-2)", "केन्द्रीय यूरोपियन (आईसो-८८५९-२)", "hi")
    assert "tampering" not in checks("Walk 2 km.", "Marchez 2 km (1,2 mi).", "fr")


def test_the_quick_screen_covers_every_invisible_character():
    missing = [hex(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000
               and invisible(chr(c)) and not _ANY_INVISIBLE.match(chr(c))]
    assert missing == []
    assert unicodedata.category("\u034f") == "Mn" and invisible("\u034f")


# ---------------------------------------------------------------- codes

@pytest.mark.parametrize("source,target,locale", [
    ("Anxiety disorders are coded F40-F48.", "Les troubles anxieux portent les codes F40-F49.", "fr"),
    ("Print it on an A5 sheet.", "Imprimez-la sur une feuille A4.", "fr"),
    ("Works on 2G, 4G and 5G networks.", "适用于2G、3G和5G网络。", "zh_CN"),
    ("Give vitamin B12 every day.", "Давайте витамин В12 каждый день.", "ru"),  # Cyrillic В
])
def test_letter_and_digit_codes_changed(source, target, locale):
    assert "codes" in checks(source, target, locale)


@pytest.mark.parametrize("source,target,locale", [
    ("Give vitamin D3 and B12.", "Donnez de la vitamine D3 et B12.", "fr"),
    ("Works on 3G, 4G and 5G networks.", "روی شبکه‌های نسل ۳، ۴ و ۵ کار می‌کند.", "fa"),  # written in words
    ("Send the CO2 reading.", "Envoyez la mesure de CO₂.", "fr"),
    ("&Previous S-expr F11", "&Vorherige S-exprF11", "de"),  # a missing space, the key itself unchanged
    ("Topic K050, press F11", "Thème K050, appuyez sur toucheF11", "fr"),
])
def test_letter_and_digit_codes_kept(source, target, locale):
    assert "codes" not in checks(source, target, locale)


# ---------------------------------------------------------------- number words

@pytest.mark.parametrize("source,target,locale", [
    ("Give the second dose after 4 hours.", "Donnez la troisième dose après 4 heures.", "fr"),
    ("Give half a tablet.", "Dé un cuarto de tableta.", "es"),
    ("Give it twice a day.", "أعطه مرة واحدة في اليوم.", "ar"),
    ("Rest for a day or two.", "休息三四天。", "zh_CN"),
    ("Put 3 drops in each ear twice a day.", "Ponga 3 gotas en cada oído tres veces al día.", "es"),
])
def test_number_words_changed(source, target, locale):
    assert "quantities" in checks(source, target, locale)


@pytest.mark.parametrize("source,target,locale", [
    ("Give the second dose after 4 hours.", "Donnez la deuxième dose après 4 heures.", "fr"),
    ("Give half a tablet.", "Donnez ½ comprimé.", "fr"),
    ("Give it once a day.", "أعطه مرة واحدة في اليوم.", "ar"),
    ("Put ice on it every 2 hours.", "ضع الثلج كل ساعتين.", "ar"),
    ("Give pain medicine for the first 5 days.", "أعطِ دواء الألم خلال الأيام الخمسة الأولى.", "ar"),
    ("Give 2 puffs of the inhaler.", "أعطِ بختين من البخاخ.", "ar"),
    ("Rest for a day or two.", "休息一两天。", "zh_CN"),
    ("Give it once a day.", "每天一次。", "zh_CN"),
    ("Less than 1 minute", "أقل من دقيقة", "ar"),
    ("Nutrient levels for 100 g", "每一百克含有的营养成分", "zh_CN"),
    ("About 1 million children a year.", "每年约100万名儿童。", "zh_CN"),
    ("100ths of a second", "100분의 1초", "ko"),
    ("Burns on 70-79% of the body", "Brûlures sur 70 à moins de 80 % du corps", "fr"),
])
def test_number_words_read_as_their_values(source, target, locale):
    assert "quantities" not in checks(source, target, locale)


def test_a_missing_one_or_position_is_not_an_error():
    assert not errors("Give 1 tablet.", "Donnez un comprimé.", "fr")
    assert not errors("Give pain medicine for the first 5 days.", "Donnez un analgésique pendant 5 jours.", "fr")
    assert warnings("Wait 1 minute.", "Attendez une minute.", "fr") == []  # one minute, said in a word
