"""Meaning checks, each in several scripts (Latin, Cyrillic, Arabic and Persian right to left, Han, Hangul,
Gurmukhi): what they flag, and the correct translations they leave alone."""

from __future__ import annotations

import pytest

from .checks_helpers import checks, errors


def flagged(source: str, target: str, locale: str) -> set[str]:
    return checks(source, target, locale)


# ---------------------------------------------------------------- negation

NO_NUTS = "Do not give whole nuts to children younger than 4 years old."


@pytest.mark.parametrize("target,locale", [
    ("Ne donnez pas de noix entières aux enfants de moins de 4 ans.", "fr"),
    ("No les dé nueces enteras a los niños menores de 4 años.", "es"),
    ("Не давайте целые орехи детям младше 4 лет.", "ru"),
    ("لا تعطِ المكسرات الكاملة للأطفال الذين تقل أعمارهم عن 4 سنوات.", "ar"),
    ("به کودکان زیر ۴ سال آجیل کامل ندهید.", "fa"),
    ("不要给4岁以下的孩子吃整颗坚果。", "zh_CN"),
    ("4세 미만의 아이에게는 통견과류를 주지 마세요.", "ko"),
    ("4 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਨੂੰ ਸਾਬਤ ਗਿਰੀਆਂ ਨਾ ਦਿਓ।", "pa"),
    ("Huwag bigyan ng buong mani ang mga batang wala pang 4 na taong gulang.", "tl"),
    ("Không cho trẻ dưới 4 tuổi ăn hạt nguyên hạt.", "vi"),
])
def test_negation_kept(target, locale):
    assert "negation" not in flagged(NO_NUTS, target, locale)


@pytest.mark.parametrize("target,locale", [
    ("Donnez des noix entières aux enfants de moins de 4 ans.", "fr"),
    ("Дайте целые орехи детям младше 4 лет.", "ru"),
    ("أعطِ المكسرات الكاملة للأطفال الذين تقل أعمارهم عن 4 سنوات.", "ar"),
    ("给4岁以下的孩子吃整颗坚果。", "zh_CN"),
    ("4세 미만의 아이에게 통견과류를 주세요.", "ko"),
])
def test_negation_dropped(target, locale):
    assert "negation" in flagged(NO_NUTS, target, locale)


def test_avoid_stands_for_do_not_but_only_does_not():
    src = "Do not give ibuprofen to babies younger than 6 months."
    assert "negation" not in flagged(src, "Évitez l'ibuprofène chez les bébés de moins de 6 mois.", "fr")
    assert flagged(src, "Ne donnez de l'ibuprofène qu'aux bébés de moins de 6 mois.", "fr")  # "only": reversed


def test_negation_added_to_an_instruction():
    src = "Give your child plenty of fluids to drink."
    assert "negation" in flagged(src, "Ne donnez pas beaucoup de liquides à votre enfant.", "fr")
    assert "negation" not in flagged(src, "Donnez beaucoup de liquides à votre enfant.", "fr")


def test_negation_moved_into_a_limit_is_kept():
    src = "Do not give more than 4 doses in 24 hours."
    for target, locale in [("Ne donnez pas plus de 4 doses en 24 heures.", "fr"),
                           ("Donnez au maximum 4 doses en 24 heures.", "fr"),
                           ("24小时内最多给4次。", "zh_CN"), ("لا تعطِ أكثر من 4 جرعات خلال 24 ساعة.", "ar")]:
        assert not errors(src, target, locale), target
    for target, locale in [("Donnez plus de 4 doses en 24 heures.", "fr"), ("أعطِ أكثر من 4 جرعات خلال 24 ساعة.", "ar")]:
        assert {"negation", "thresholds"} <= flagged(src, target, locale)


# ---------------------------------------------------------------- medicines

def test_local_names_of_a_medicine_are_the_same_medicine():
    src = "For pain, you may give your child acetaminophen (Tylenol) every 4 hours."
    for target, locale in [("Contre la douleur, vous pouvez donner du paracétamol toutes les 4 heures.", "fr"),
                           ("Para el dolor, puede darle acetaminofén cada 4 horas.", "es"),
                           ("止痛可以每4小时给孩子服用对乙酰氨基酚（泰诺）。", "zh_CN"),
                           ("برای درد می‌توانید هر ۴ ساعت استامینوفن بدهید.", "fa"),
                           ("통증이 있으면 4시간마다 타이레놀을 줄 수 있습니다.", "ko")]:
        assert "medicines" not in flagged(src, target, locale), target


@pytest.mark.parametrize("target,locale", [
    ("Contre la douleur, vous pouvez donner de l'ibuprofène toutes les 4 heures.", "fr"),
    ("برای درد می‌توانید هر ۴ ساعت آسپرین بدهید.", "fa"),
    ("통증이 있으면 4시간마다 이부프로펜을 줄 수 있습니다.", "ko"),
])
def test_medicine_replaced(target, locale):
    src = "For pain, you may give your child acetaminophen (Tylenol) every 4 hours."
    assert "medicines" in flagged(src, target, locale)


def test_medicines_swapped_between_forbidden_and_allowed():
    src = "Do not give aspirin to a child with the flu. Give acetaminophen instead."
    bad = "流感的孩子不要吃对乙酰氨基酚，改吃阿司匹林。"
    assert "medicines" in flagged(src, bad, "zh_CN")
    assert "medicines" not in flagged(src, "流感的孩子不要吃阿司匹林，改吃对乙酰氨基酚。", "zh_CN")


def test_medicine_spelled_the_local_way():
    src = "Your child will get benzylpenicillin by injection twice a day."
    assert "medicines" not in flagged(src, "Su hijo recibirá bencilpenicilina inyectada dos veces al día.", "es")
    assert "medicines" in flagged(src, "Su hijo recibirá amoxicilina inyectada dos veces al día.", "es")


def test_medicine_added():
    src = "Give your child plenty of fluids and let them rest."
    assert "medicines" in flagged(src, "Donnez beaucoup de liquides et de l'ibuprofène à votre enfant et laissez-le se "
                                       "reposer.", "fr")


# ---------------------------------------------------------------- body parts, sides, routes, positions

@pytest.mark.parametrize("source,target,locale", [
    ("Put 2 drops in your child's left ear.", "Mettez 2 gouttes dans l'oreille droite de votre enfant.", "fr"),
    ("Put 2 drops in your child's left ear.", "ضع قطرتين في الأذن اليمنى لطفلك.", "ar"),
    ("Put 2 drops in your child's left ear.", "在孩子的左鼻孔里滴2滴。", "zh_CN"),
    ("Put the eye drops in both eyes twice a day.", "Nhỏ thuốc nhỏ mắt vào cả hai tai, ngày hai lần.", "vi"),
    ("Give the medicine by mouth.", "약을 귀에 넣어 주세요.", "ko"),
    ("Lay your child on their side during a seizure.", "ਦੌਰੇ ਦੌਰਾਨ ਬੱਚੇ ਨੂੰ ਪਿੱਠ ਦੇ ਭਾਰ ਲਿਟਾਓ।", "pa"),
])
def test_body_part_side_route_or_position_changed(source, target, locale):
    assert "body-parts" in flagged(source, target, locale)


@pytest.mark.parametrize("source,target,locale", [
    ("Put 2 drops in your child's left ear.", "Mettez 2 gouttes dans l'oreille gauche de votre enfant.", "fr"),
    ("Put 2 drops in your child's left ear.", "ضع قطرتين في الأذن اليسرى لطفلك.", "ar"),
    ("Put the ice pack on your child's thigh.", "Положите пакет со льдом на ногу ребёнка.", "ru"),  # a thigh is leg
    ("Lay your child on their side during a seizure.", "ਦੌਰੇ ਦੌਰਾਨ ਬੱਚੇ ਨੂੰ ਪਾਸੇ ਦੇ ਭਾਰ ਲਿਟਾਓ।", "pa"),
])
def test_body_part_kept(source, target, locale):
    assert "body-parts" not in flagged(source, target, locale)


# ---------------------------------------------------------------- timing

@pytest.mark.parametrize("source,target,locale", [
    ("Give the antibiotic with food.", "Donnez l'antibiotique à jeun.", "fr"),
    ("Give the cetirizine in the evening.", "ستیریزین را صبح بدهید.", "fa"),
    ("Give the iron drops one hour before a meal.", "鐵劑滴劑在飯後一小時服用。", "zh_TW"),
    ("Check on your child while they are awake.", "Проверяйте ребёнка, пока он спит.", "ru"),
])
def test_timing_changed(source, target, locale):
    assert "timing" in flagged(source, target, locale)


def test_timing_kept_where_a_language_has_one_word_for_evening_and_night():
    assert "timing" not in flagged("Give the cetirizine in the evening.", "Ibigay ang cetirizine sa gabi.", "tl")


# ---------------------------------------------------------------- urgency

@pytest.mark.parametrize("target,locale", [
    ("Hãy hẹn gặp bác sĩ gia đình trong tuần tới nếu trẻ khó thở.", "vi"),
    ("Если ребёнку трудно дышать, обратитесь к семейному врачу в ближайшие дни.", "ru"),
    ("호흡이 곤란하면 다음 진료 때 의사에게 말씀하세요.", "ko"),
])
def test_urgency_lowered(target, locale):
    src = "Go to the emergency department right away if your child has trouble breathing."
    assert "urgency" in flagged(src, target, locale)


def test_urgency_kept():
    src = "Go to the emergency department right away if your child has trouble breathing."
    assert "urgency" not in flagged(src, "Allez immédiatement à l'urgence si votre enfant a du mal à respirer.", "fr")
    assert "urgency" not in flagged(src, "إذا واجه طفلك صعوبة في التنفس، اذهب فورًا إلى قسم الطوارئ.", "ar")


# ---------------------------------------------------------------- conditions

def test_one_sign_replaced_by_another():
    src = "Call your doctor if your child keeps vomiting."
    assert "conditions" in flagged(src, "Llame a su médico si su hijo sigue con diarrea.", "es")
    assert "conditions" not in flagged(src, "Llame a su médico si su hijo sigue vomitando.", "es")


# ---------------------------------------------------------------- omission

def test_far_shorter_translation():
    src = ("Even if your child feels better after the EpiPen, go to the emergency department right away, because "
           "the reaction can come back.")
    assert "omission" in flagged(src, "Allez à l'urgence.", "fr")


def test_a_listed_sign_left_out():
    src = "Call 911 if your child is drooling, cannot swallow, or is struggling to breathe."
    dropped = "اگر آب دهان کودکتان مدام جاری است یا نمی‌تواند قورت دهد، با 911 تماس بگیرید."
    kept = "اگر آب دهان کودکتان جاری است، نمی‌تواند قورت دهد یا به سختی نفس می‌کشد، با 911 تماس بگیرید."
    assert "omission" in flagged(src, dropped, "fa")
    assert "omission" not in flagged(src, kept, "fa")


def test_a_stressed_condition_left_out():
    src = "After tonsil surgery, give pain medicine regularly, even at night, for the first 5 days."
    assert "omission" in flagged(src, "편도 수술 후 처음 5일 동안 진통제를 규칙적으로 주세요.", "ko")
    assert "omission" not in flagged(src, "편도 수술 후 처음 5일 동안은 밤에도 진통제를 규칙적으로 주세요.", "ko")


# ---------------------------------------------------------------- software strings are not instructions

def test_software_strings_only_warn():
    assert not errors("Cut selection", "Вырезать выделение", "ru")
    src = "The temperature of the heated bed, before the first layer."
    assert not errors(src, "热床的温度，在第一层之后。", "zh_CN")
