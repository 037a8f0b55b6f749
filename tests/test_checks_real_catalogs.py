"""What real translators do that is right, and that the validator must therefore leave alone (or only point
at): lessons from judging the error findings on ../shared/realpo, each written here as our own sentences in
several scripts.  Every test also keeps the wrong version an error, so that leniency never hides a change."""

from __future__ import annotations

import pytest

from pipeline.validate import validate

from .checks_helpers import checks, errors, warnings

# ---------------------------------------------------------------- numbers written another way


@pytest.mark.parametrize("source,target,locale", [
    ("Press with 2 fingers.", "Appuyez avec deux doigts.", "fr"),
    ("Choose more than 2 files.", "Elija más de dos archivos.", "es"),
    ("Join 2 pieces.", "Соедините два куска.", "ru"),
])
def test_a_bare_number_written_as_a_word_is_kept(source, target, locale):
    assert "quantities" not in checks(source, target, locale)
    assert "quantities" in checks(source, target.replace(
        {"fr": "deux", "es": "dos", "ru": "два"}[locale], {"fr": "trois", "es": "tres", "ru": "три"}[locale]), locale)


def test_a_number_the_english_says_as_a_word_may_be_a_digit():
    assert "quantities" not in checks("1/8 note (triplets)", "1/8 nốt (liên 3)", "vi")
    assert "quantities" in checks("1/8 note (twins)", "1/8 nốt (liên 3)", "vi")


def test_an_arabic_dual_for_a_bare_two_is_only_worth_a_look():
    assert "quantities" not in checks("2 speakers", "مكبران للصوت", "ar")
    assert any("quantities" in w for w in warnings("2 speakers", "مكبران للصوت", "ar"))
    assert "quantities" in checks("2 speakers", "ثلاثة مكبرات للصوت", "ar")


@pytest.mark.parametrize("source,target,locale", [
    ("Join over 48,000 users.", "Rejoignez plus de 48 000 utilisateurs.", "fr"),
    ("Join over 48,000 users.", "Únase a más de 48 000 usuarios.", "es"),
    ("Join over 250,000 users.", "Присоединяйтесь к более чем 250 000 пользователей.", "ru"),
])
def test_a_plain_space_before_a_zero_group_groups_thousands(source, target, locale):
    assert "quantities" not in checks(source, target, locale)
    assert "quantities" in checks(source, target.replace(" 000", " 500"), locale)


def test_a_space_between_counts_still_separates_them():
    from pipeline.quantities.scan import scan

    assert [q.value for q in scan("Use 1 500 mL bag", "es").quantities] == [1, 500]  # no zero group: two counts
    assert [q.value for q in scan("48 000 usuarios", "es").quantities] == [48000]


@pytest.mark.parametrize("source,target,locale", [
    ("Maximum 0dB", "Максимум 0дБ", "ru"),
    ("Sample rate 44 kHz", "Частота 44 кГц", "uk"),
    ("Block size 1024 KB", "حجم الكتلة 1024 كيلو بايت", "ar"),
    ("25 cl bottle", "25센티리터 병", "ko"),
    ("100 ml cup", "100 ㎖ 컵", "ko"),
    ("6 fl oz", "6 أوقية سائلة", "ar"),
])
def test_units_of_devices_and_squared_units_are_read(source, target, locale):
    assert not errors(source, target, locale)


def test_a_centilitre_is_not_a_centimetre():
    assert any("unit changed" in e for e in errors("25 cl bottle", "25센티미터 병", "ko"))


@pytest.mark.parametrize("source,target,locale", [
    ("_24-hour clock", "24시간(_2)", "ko"),
    ("Postcard 200 x 148 mm", "Carte postale 200 x148 mm", "fr"),
    ("10th percentile", "10 분위", "ko"),
    ("Use hexadecimal (base 16)", "16진수 사용", "ko"),
    ("Diets of the 1970s", "20世纪70年代的饮食", "zh_CN"),
    ("Type your first name", "Escriba su segundo nombre", "es"),
])
def test_menu_mnemonics_dimensions_and_words_that_are_no_amounts(source, target, locale):
    assert "quantities" not in checks(source, target, locale)


def test_an_added_number_the_english_has_as_a_position_is_a_warning():
    source, target = "the 10th and 90th percentiles", "百分之10到百分之90"
    assert "quantities" not in checks(source, target, "zh_CN")
    assert "quantities" in checks("the percentiles", target, "zh_CN")


def test_an_added_bare_degree_sign_is_a_warning():
    # Portuguese 2º plano is "background" (second plane): the º may be an ordinal, not a degree
    assert "quantities" not in checks("Change the background colour.", "Mude a cor do 2º plano.", "pt_BR")
    assert "quantities" in checks("Keep it cool.", "Mantenha a 2 °C.", "pt_BR")


def test_an_added_number_in_a_much_longer_translation_is_a_warning():
    source = "You can add 2 other nutrients such as vitamins and minerals."
    long = ("Vous pouvez ajouter 2 autres nutriments, par exemple des vitamines, des minéraux, du cholestérol, "
            "des acides gras oméga 3 et 6 ou des fibres, en tapant leur nom dans la dernière ligne du tableau.")
    assert "quantities" not in checks(source, long, "fr")
    assert "quantities" in checks(source, "Vous pouvez ajouter 6 nutriments.", "fr")


def test_a_bare_number_added_where_the_english_states_none_is_a_warning():
    source, target = "Split the stereo track into mono tracks.", "스테레오 트랙을 2개의 모노 트랙으로 분리합니다."
    assert "quantities" not in checks(source, target, "ko")
    assert any("adds" in w for w in warnings(source, target, "ko"))
    assert "quantities" in checks("Give the medicine.", "Donnez 2 mL du médicament.", "fr")  # a unit: an error


def test_one_of_a_unit_the_english_names_without_a_number():
    assert "quantities" not in checks("Enter the cost per kg here.", "Введите стоимость за 1 кг.", "ru")
    assert "quantities" in checks("Enter the cost per kg here.", "Введите стоимость за 2 кг.", "ru")

# ---------------------------------------------------------------- comparisons


def test_a_comparison_sign_is_one_only_before_a_number():
    assert "thresholds" not in checks("More than 5% of people are at risk from <tag>.",
                                      "Plus de 5 % des gens sont à risque à cause de <tag>.", "fr")
    assert "thresholds" in checks("More than 5% of people.", "< 5 % des gens.", "fr")


def test_a_comparison_word_after_a_number_binds_only_across_one_word():
    # "الحد الأقصى" (the maximum) belongs to the dose, not to 5 %
    ar = "المجموعات التي تزيد نسبتها عن 5٪ تجاوزوا الحد الأقصى للجرعة"
    assert "thresholds" not in checks("Groups with more than 5% exceeding the maximum dose", ar, "ar")
    assert "thresholds" in checks("up to 128 samples", "até mais de 128 amostras", "pt_BR")

# ---------------------------------------------------------------- markup, links, language


def test_styling_tags_may_differ_links_may_not():
    assert "markup" not in checks("95<sup>th</sup> percentile", "Percentil 95", "es")
    assert any("markup" in w for w in warnings("95<sup>th</sup> percentile", "Percentil 95", "es"))
    assert "markup" in checks('See <a href="x">the guide</a>.', "Voir le guide.", "fr")


def test_a_link_to_the_same_site_in_another_country_is_a_warning():
    source = "Download it from https://www.example.cz/app/."
    assert "links" not in checks(source, "Téléchargez-la sur https://www.example.fr/app/.", "fr")
    assert "links" in checks(source, "Téléchargez-la sur https://www.elsewhere.fr/app/.", "fr")
    assert "links" not in checks(source, "Téléchargez-la sur https://www.example.com/app/.", "fr")
    assert "links" in checks("See https://example.com/app.", "Voir https://example.org/app.", "fr")


def test_a_path_and_a_kept_name_have_no_language():
    assert "language" not in checks("/img/en_badge.svg", "/img/zh-tw_badge.svg", "zh_TW")
    assert "language" not in checks("Ada Lovelace and Charles Babbage", "Ada Lovelace and Charles Babbage", "zh_CN")
    assert "language" in checks("Choose a printer for the job", "Select the device you want to use today", "zh_CN")


def test_names_kept_from_the_english_are_no_evidence_of_language():
    source = "Google;Facebook;Twitter;Yahoo;Web;Online;Chat;Calendar;Mail;Contact;ownCloud;Kerberos;IMAP;SMTP;"
    target = "Google;Facebook;Twitter;Yahoo;Web;En ligne;Discussion;Agenda;Courriel;Email;Contact;ownCloud;Kerberos;"
    assert "language" not in checks(source, target, "fr")
    # the words left in English are still read
    assert "language" in checks("Give the medicine with food every morning and evening.",
                                "Give the medicine with food every morning and evening please.", "fr")


def test_an_error_message_says_cannot_as_a_failure():
    assert "negation" not in checks("'Open' directory cannot be set.", "Lỗi đặt thư mục 'Mở'", "vi")
    assert "negation" not in checks("The file cannot be opened.", "파일 열기에 실패했습니다.", "ko")
    assert "negation" not in checks("The file cannot be opened.", "打开文件失败。", "zh_CN")
    assert "negation" in checks("Do not give aspirin to children.", "Cho trẻ em uống aspirin.", "vi")

# ---------------------------------------------------------------- meaning


def test_a_double_negation_said_positively_is_a_warning():
    source = "Patients who are not expected to survive without the operation."
    assert "negation" not in checks(source, "病危患者，必须进行手术。", "zh_CN")
    assert any("double negation" in w for w in warnings(source, "病危患者，必须进行手术。", "zh_CN"))
    assert "negation" in checks("Do not give aspirin to children.", "Dé aspirina a los niños.", "es")


@pytest.mark.parametrize("source,target,locale", [
    ("There are no labels to export.", "لايوجد علامات للتصدير.", "ar"),
    ("There is nothing to measure.", "Нечего измерять.", "ru"),
    ("If you do not know the weight, ask the nurse.", "체중을 모르는 경우 간호사에게 물어보세요.", "ko"),
    ("Make sure there is no swelling.", "确保没有肿胀。", "zh_TW"),
])
def test_negations_written_glued_or_as_a_verb_are_found(source, target, locale):
    assert "negation" not in checks(source, target, locale)


def test_zero_is_no_negation():
    # Vietnamese "bằng không" is "equals zero"
    assert "negation" not in checks("Give it when the count is zero, then wait for 2 hours.",
                                    "Cho uống khi số đếm bằng không, rồi chờ 2 giờ.", "vi")


def test_idioms_are_no_body_parts():
    assert "omission" not in checks("Keep giving fluids in the face of vomiting, and call us if it goes on.",
                                    "Continuez à donner à boire malgré les vomissements et appelez-nous si ça dure.",
                                    "fr")


def test_a_title_is_only_worth_a_look():
    assert "negation" not in checks("Avoid Supports When Traveling", "이동하는 경우 지지대", "ko")
    sentence = "Avoid giving your child supports when traveling."
    assert "negation" in checks(sentence, "이동할 때 아이에게 지지대를 주세요.", "ko")


def test_the_english_kept_unchanged_is_not_read_for_meaning():
    source = "Do not give aspirin to children or teenagers."
    found = checks(source, source, "zh_CN")
    assert "untranslated" in found and "negation" not in found


def test_a_short_line_said_in_fewer_words_is_only_worth_a_look():
    assert "omission" not in checks("Check to show a line through the text.", "취소선 보기.", "ko")
    long = ("Call your doctor if your child has a fever for more than 3 days, is very sleepy, or will not drink "
            "anything at all.")
    assert "omission" in checks(long, "아이가 열이 나면 의사에게 전화하세요.", "ko")


def test_a_word_in_a_form_the_lexicon_does_not_list_is_said():
    # "التعطيم" is a misspelling of "التطعيم" (immunization): the translation said it, badly spelled
    assert "omission" not in checks("Short description of this immunization schedule", "وصف قصير لجدول التعطيم هذا",
                                    "ar")


@pytest.mark.parametrize("source,target,locale", [
    ("Finish the 3-day course of antibiotics.", "Завершите трёхдневный курс антибиотиков.", "ru"),
    ("Finish the 3-day course of antibiotics.", "Beenden Sie die dreitägige Antibiotikakur.", "de"),
    ("Your 2-year-old child may feel sore.", "Ваш двухлетний ребёнок может чувствовать боль.", "ru"),
    ("ISO 639 3-letter language code", "Трёхбуквенный код языка ISO 639", "ru"),
])
def test_a_number_and_unit_written_as_one_word_are_read(source, target, locale):
    assert "quantities" not in checks(source, target, locale)


@pytest.mark.parametrize("target,locale,word", [
    ("Завершите пятидневный курс антибиотиков.", "ru", "пятидневный"),
    ("Beenden Sie die fünftägige Antibiotikakur.", "de", "fünftägige"),
])
def test_another_number_in_one_word_is_an_error(target, locale, word):
    found = errors("Finish the 3-day course of antibiotics.", target, locale)
    assert any("3-day" in m and word in m for m in found), found


def test_a_plural_form_for_one_number_may_say_it_in_words(tmp_path):
    po = tmp_path / "ar.po"
    po.write_text('''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ar\\n"
"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n"

#, c-format
msgid "Depends on %u other device"
msgid_plural "Depends on %u other devices"
msgstr[0] "لا يعتمد على أجهزة أخرى"
msgstr[1] "يعتمد على جهاز آخر"
msgstr[2] "يعتمد على جهازين آخرين"
msgstr[3] "يعتمد على %u أجهزة أخرى"
msgstr[4] "يعتمد على %u جهازًا آخر"
msgstr[5] "يعتمد على جهاز آخر"
''', encoding="utf-8")
    found = [(f.check, f.message) for f in validate([po]).findings if f.severity == "error"]
    # zero, one and two are said in words; the form for 100, 101 … must show the number
    assert found == [("placeholders", "placeholder “%u” is missing from the translation")], found


@pytest.mark.parametrize("source,target", [
    ("Volume increased to %.2f.", "Volumen aumentado a %2f."),  # width for precision: shown longer
    ("Gain %+.1f dB", "Ganancia %.1f dB"),
    ("Silence for %.2f seconds", "Silencio durante %.2F segundos"),
])
def test_a_placeholder_shown_another_way_is_a_warning(source, target):
    assert "placeholders" not in checks(source, target, "es", flags=["c-format"])
    assert any("is written" in w for w in warnings(source, target, "es", flags=["c-format"]))


@pytest.mark.parametrize("source,target", [
    ("%ld items", "%d elementos"),  # another type: the wrong argument size
    ("%s items", "%d elementos"),
    ("%d lines", "% d líneas"),  # a space put in: machine translation
    ("Temperature %.2f", "Temperatura %.1f"),  # fewer decimals: 37.96 is shown as 38.0
    ("Volume decreased to %f.", "Volumen reducido a %.2f."),
])
def test_a_placeholder_of_another_type_is_an_error(source, target):
    assert "placeholders" in checks(source, target, "es", flags=["c-format"])


def test_a_name_kept_as_written_is_not_the_word_it_spells():
    source = ("GNUmed will check your input. It will also convert any ReST formatting, if possible. Check this "
              "option if you do NOT want any changes. Note that this will also disable ReST post-processing.")
    target = ("GNUmed revisará su entrada. También convertirá cualquier formato ReST, si es posible. Marque esta "
              "opción si NO desea cambios. Tenga en cuenta que esto también deshabilitará el post-procesamiento.")
    assert "omission" not in checks(source, target, "es")
    assert "omission" in checks("Let your child also rest, and also drink water, and sleep.",
                                "Deje que su hijo también beba agua.", "es")


def test_an_exponent_in_markup_after_a_unit_is_no_number():
    source = "The flow (in mm³/s) is kept constant at 100%."
    assert "quantities" not in checks(source, "Расход (в мм<sup>3</sup>/с) постоянен при 100 %.", "ru")
    assert "quantities" in checks(source, "Расход (в мм<sup>3</sup>/с) постоянен при 10 %.", "ru")


@pytest.mark.parametrize("source,target", [
    ("Delete (<DEL>)", "Löschen (<Entf>)"),  # a key
    ("No entry in field <Source>.", "Kein Eintrag im Feld <Quelle>."),  # a field
])
def test_a_tag_name_in_capitals_never_closed_is_a_word_in_brackets(source, target):
    assert "markup" not in checks(source, target, "de")


def test_markup_in_capitals_that_is_closed_is_still_markup():
    assert "markup" in checks("Use <B>bold</B> here", "Verwenden Sie hier fett", "de")


def test_a_position_in_words_is_no_amount_an_added_explanation_is_measured_against():
    source = "You can add extra nutrients (vitamins, minerals, cholesterol etc.) by typing the first letters."
    target = ("Puede añadir nutrientes (vitaminas, minerales, colesterol, omega 3 y 6, etc.) tecleando las "
              "primeras letras.")
    assert "quantities" not in checks(source, target, "es")
    assert any("adds “6”" in w for w in warnings(source, target, "es"))
    assert "quantities" in checks("Give the first dose now.", "Dé la primera dosis ahora, 5 mL.", "es")


def test_an_example_address_may_be_translated_a_broken_one_may_not():
    source = "Use this format: https://username:password@your-printer-address/"
    translated = "Utilisez ce format : https://utilisateur:motdepasse@adresse-imprimante/"
    assert "links" not in checks(source, translated, "fr")
    assert "links" in checks(source, "Utilisez ce format : https: //utilisateur:motdepasse@adresse-imprimante/", "fr")
    assert "links" in checks("See https://www.example.com/help.", "Voir https://autre-site/aide.", "fr")


def test_a_code_written_with_a_space_is_a_warning_other_digits_an_error():
    assert "codes" not in checks("Topic K050", "Sujet K 050", "fr")
    assert any("with a space" in w for w in warnings("GP120", "Protéine GP 120", "fr"))
    assert "codes" in checks("Topic K050", "Sujet K 051", "fr")


def test_a_list_of_names_left_as_it_is_is_not_untranslated():
    names = "Dominic Mazzoni, David R. Sky and Steve Daulton"
    assert "untranslated" not in checks(names, names, "ru")
    assert "untranslated" in checks("Operation was canceled by user", "Operation was canceled by user", "ko")


def test_a_web_address_with_its_scheme_in_capitals_is_the_same_address():
    assert "links" not in checks("See the page https://example.org/a", "Voir la page Https://example.org/a", "fr")


def test_program_names_are_no_evidence_of_language():
    source = 'Fan speed rises from zero at layer "disable_fan_first_layers" to maximum at "full_fan_speed_layer".'
    target = ('A velocidade do ventilador será aumentada linearmente de zero na camada "disable_fan_first_layers" '
              'para o máximo na camada "full_fan_speed_layer". "full_fan_speed_layer" será ignorado se for inferior '
              'a "disable_fan_first_layers", caso em que o ventilador estará funcionando na velocidade máxima.')
    assert "language" not in checks(source, target, "pt_BR")


def test_a_code_run_together_with_its_parameter_is_a_warning():
    assert "codes" not in checks("Minimum feedrate (M205 S)", "最小进给率 (M205S)", "zh_CN")
    assert any("run together" in w for w in warnings('"G92 E0" was found', '"G92E0" 出现', "zh_CN"))
    assert "codes" in checks("Topic K050", "Sujet K050A", "fr")


def test_once_and_milliseconds_name_their_numbers():
    assert "quantities" not in checks("Play Once", "Phát 1 lần", "vi")
    assert "quantities" not in checks("hh:mm:ss + milliseconds", "hh:mm:ss + 1/1000 초", "ko")
    assert "quantities" not in checks("Once the bleeding stops, remove the bandage.",
                                      "Une fois que le saignement s’arrête, retirez le pansement.", "fr")
    assert "quantities" in checks("Give it once a day.", "Donnez-le 2 fois par jour.", "fr")
