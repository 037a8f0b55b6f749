"""Sentence templates and vocabulary for ``bench/make_library.py``, in English and 11 locales.

Each locale has the same keys: number format (digits, decimal and group separators), the
range format, four comparison phrases (``gt`` over / more than, ``lt`` under / less than,
``ge`` at least, ``le`` at most), the unit spellings that the errors variant swaps (``ML``,
``MG``), the vocabulary lists (conditions, populations, aspects: the handout's topic;
signs, medicines, places: the sentences' slots) and one template per message kind.
Templates are ``str.format`` strings; slots are filled by ``make_library.render``.

The translations are synthetic, machine quality, written for this benchmark: real words of
each language, numbers written the locale's way, unit words and comparison words that
``pipeline/data/locales/<code>.yaml`` knows, so that the clean library validates.
"""

from __future__ import annotations

from typing import Any

NB = "\u00a0"  # no-break space: French puts one before unit symbols and groups thousands with it

#: one sentence-level template per key, with the slots it takes (in the order the errors
#: variant looks for a number to change).  Pairs (kglb, bath, room, fev) fill two fields.
BODY_SLOTS: dict[str, tuple[str, ...]] = {
    "b_ice": ("rm", "sign", "place"),
    "b_dose": ("dose", "rh", "med", "place", "sign"),
    "b_fever": ("fev", "d4", "sign", "place"),
    "b_911": ("min", "sign", "place"),
    "b_weight": ("kglb", "dose", "med", "place"),
    "b_maxdose": ("n", "h24", "med", "place", "sign"),
    "b_dry": ("d", "place", "sign"),
    "b_young": ("age", "hrs", "sign", "place"),
    "b_811": ("d", "sign", "place"),
    "b_code": ("code", "sign", "place"),
    "b_sips": ("rm2", "place", "sign"),
    "b_times": ("times", "d", "med", "place", "sign"),
    "b_big": ("big", "sign", "place"),
    "b_bath": ("bath", "sign", "place"),
    "b_cream": ("pct", "times", "d3", "sign", "place"),
    "b_recover": ("rd", "sign", "place"),
    "b_nomed": ("age", "med", "sign", "place"),
    "b_rest": ("rd", "w", "sign", "place"),
    "b_mg": ("mg", "rh", "times2", "h24", "med", "place"),
    "b_wash": ("sec", "med", "sign", "place"),
    "b_room": ("room", "sign", "place"),
    "b_heavy": ("kglb", "mg", "med", "place"),
    "b_cut": ("cm", "min2", "place", "sign"),
    "b_rest2": ("place", "sign", "med"),
    "b_store": ("med", "place", "sign"),
    "b_ask": ("med", "sign", "place"),
}

#: the values each slot takes (numbers as written in English; ranges and pairs as tuples)
SLOT_VALUES: dict[str, list[Any]] = {
    "dose": ["2.5", "5", "7.5", "10", "12.5", "15"],
    "rh": [("4", "6"), ("6", "8"), ("8", "12")],
    "rm": [("5", "10"), ("10", "15"), ("10", "20"), ("15", "20"), ("15", "30")],
    "rm2": [("2", "5"), ("5", "10"), ("10", "15"), ("15", "20"), ("20", "30")],
    "rd": [("1", "2"), ("2", "3"), ("3", "5"), ("5", "7"), ("7", "10"), ("10", "14")],
    "d": ["2", "3", "4", "5", "7", "10", "14"],
    "d3": ["3", "5", "7"],
    "d4": ["2", "3", "4", "5"],
    "min": ["2", "3", "4", "5", "10"],
    "kglb": [("5", "11"), ("10", "22"), ("15", "33"), ("20", "44"), ("25", "55"), ("30", "66")],
    "n": ["3", "4", "5", "6"],
    "age": ["2", "3", "6"],
    "hrs": ["6", "8", "12", "24"],
    "times": ["2", "3", "4"],
    "times2": ["3", "4", "5"],
    "big": ["1000", "1200", "1500", "1800", "2000", "2500"],
    # °C with the °F the pipeline expects (exact: Celsius authoritative, one decimal shown)
    "fev": [("38", "100.4")],  # the fever threshold: one value across the library (source lint)
    "bath": [("36", "96.8"), ("36.5", "97.7"), ("37", "98.6"), ("37.5", "99.5"), ("38", "100.4")],
    "room": [("16", "60.8"), ("17", "62.6"), ("18", "64.4"), ("19", "66.2"), ("20", "68"), ("21", "69.8"),
             ("22", "71.6"), ("23", "73.4"), ("24", "75.2")],
    "pct": ["0.5", "1"],
    "mg": ["80", "120", "160", "200", "250", "400", "500"],
    "sec": ["20", "30"],
    "cm": ["1", "2", "3"],
    "min2": ["10", "15", "20"],
    "w": ["2", "3", "4", "6"],
    "h24": ["24"],
    "code": [f"K{i:03d}" for i in range(100, 1000)],
    "sign": list(range(20)),
    "med": list(range(6)),
    "place": list(range(24)),
}
#: slot -> the template fields it fills
PAIR_FIELDS = {"kglb": ("kg", "lb"), "fev": ("c", "f"), "bath": ("c", "f"), "room": ("c2", "f2")}
RANGE_SLOTS = {"rh", "rm", "rm2", "rd"}
VOCAB_SLOTS = {"sign", "med", "place"}
TEXT_SLOTS = VOCAB_SLOTS | {"code"}

#: message kinds that carry the handout's topic (one per handout: unique text)
TOPIC_KEYS = ("title", "subtitle", "audience", "h_about", "h_home", "h_meds", "h_call", "h_learn",
              "bh_rest", "bh_food", "i_emergency", "i_urgent", "i_watch", "learn")

# --------------------------------------------------------------------------- English

EN: dict[str, Any] = {
    "digits": None, "decimal": ".", "group": ",", "range": "{a} to {b}", "join": " ",
    "cmp": {"gt": "over", "lt": "under", "ge": "at least", "le": "at most"},
    "unit": {"ML": "mL", "MG": "mg"}, "native_phone": True,
    "topic": "{c} in {p} {a}",
    "cycle": "{topic} (series {k})",
    "tail": " (handout {id})",
    "cond": ["croup", "bronchiolitis", "asthma", "eczema", "constipation", "a sprained ankle",
             "a broken arm", "a minor burn", "a cut with stitches", "an ear infection", "pink eye",
             "strep throat", "a head injury", "a urinary tract infection", "a nosebleed", "chickenpox",
             "a bee sting", "sunburn", "dehydration", "pneumonia", "the flu", "hives", "a stomach flu",
             "an allergic reaction"],
    "pop": ["babies", "toddlers", "preschoolers", "school-age children", "teens", "young adults", "adults",
            "older adults", "athletes", "students"],
    "asp": ["at home", "at night", "at school", "after a hospital visit", "in hot weather", "in cold weather",
            "while travelling", "in the first week", "during sports", "at daycare"],
    "sign": ["a rash", "a stiff neck", "trouble breathing", "heavy bleeding", "vomiting", "a bad headache",
             "ear pain", "a cough", "diarrhea", "dizziness", "bluish lips", "swelling", "redness",
             "a sore throat", "belly pain", "unusual sleepiness",
              "a runny nose", "itchy eyes", "chest pain", "a loss of appetite"],
    "med": ["acetaminophen", "ibuprofen", "amoxicillin", "cetirizine", "ondansetron", "prednisolone"],
    "place": ["at home", "at school", "at night", "after meals", "before bedtime", "in the morning",
              "at daycare", "during the day", "after a bath", "before sports", "while travelling",
              "on weekends", "in the evening", "after a nap", "in hot weather", "at a friend's house",
              "after school", "at the park", "after lunch", "during a long drive", "at a grandparent's home",
              "before school", "at the pool", "after dinner"],
    "t": {
        "title": "Care sheet: {topic}",
        "subtitle": "What to expect and what to do about {topic}",
        "audience": "For patients, families and caregivers dealing with {topic}",
        "credits": "Sample content generated for benchmarks (handout {id}); it is not medical advice. "
                   "Licensed under CC BY 4.0.",
        "h_about": "About {topic}",
        "h_home": "How can you manage {topic}?",
        "h_meds": "Medicines for {topic}",
        "h_call": "When should you call for help with {topic}?",
        "h_learn": "Where can you learn more about {topic}?",
        "bh_rest": "Rest and activity with {topic}",
        "bh_food": "Eating and drinking with {topic}",
        "i_emergency": "Call {p911} anytime you think someone with {topic} may need emergency care. "
                       "For example, call if:",
        "i_urgent": "Call your doctor or nurse advice line now, or get medical care right away, about {topic} if:",
        "i_watch": "Watch closely for changes in health with {topic}, and be sure to call your doctor or "
                   "nurse advice line if:",
        "learn": "Search for {id} on your provincial health information website to read more about {topic}.",
        "b_ice": "If your child has {sign}, hold a cold pack on the sore spot for {rm} minutes at a time {place}.",
        "b_dose": "Give {dose} mL of {med} every {rh} hours {place} if your child has {sign}.",
        "b_fever": "Call your doctor or nurse advice line if your child has had a fever over {c}°C ({f}°F) "
                   "for {d4} days and now has {sign} {place}.",
        "b_911": "Call {p911} if a seizure lasts longer than {min} minutes or your child has {sign} {place}.",
        "b_weight": "If your child weighs less than {kg} kg ({lb} lb), give {dose} mL of {med} {place}.",
        "b_maxdose": "Do not give more than {n} doses of {med} in {h24} hours {place}, even if your child "
                     "still has {sign}.",
        "b_dry": "Keep the bandage clean and dry {place} for at least {d} days, and tell your doctor if your "
                 "child has {sign}.",
        "b_young": "Babies younger than {age} months who have {sign} for more than {hrs} hours {place} need "
                   "medical care right away.",
        "b_811": "Call {p811} to talk to a nurse if your child has {sign} that lasts longer than {d} days {place}.",
        "b_code": "Read handout {code} to learn more about caring for a child who has {sign} {place}.",
        "b_sips": "Offer small sips of fluid every {rm2} minutes {place} while your child has {sign}.",
        "b_times": "Give {med} {times} times a day for {d} days {place}, even if your child no longer has {sign}.",
        "b_big": "Teens and adults who have {sign} should drink at least {big} mL of fluids a day {place}.",
        "b_bath": "Bath water should be {c}°C ({f}°F); test it with your elbow before you bathe a child who "
                  "has {sign} {place}.",
        "b_cream": "If your child has {sign}, put a thin layer of {pct}% hydrocortisone cream on the itchy skin "
                   "{times} times a day for {d3} days {place}.",
        "b_recover": "Most children who have {sign} feel better in {rd} days {place}.",
        "b_nomed": "Do not give {med} to babies younger than {age} months who have {sign} {place}.",
        "b_rest": "If your child has {sign}, they should rest for {rd} days and avoid sports for {w} weeks "
                  "{place}.",
        "b_mg": "Give {mg} mg of {med} by mouth every {rh} hours {place}, no more than {times2} times in "
                "{h24} hours.",
        "b_wash": "Wash your hands for at least {sec} seconds before you give {med} to a child who has {sign} "
                  "{place}.",
        "b_room": "Keep the room cool, about {c2}°C ({f2}°F), when your child has {sign} {place}.",
        "b_heavy": "Children who weigh more than {kg} kg ({lb} lb) can take {mg} mg of {med} {place}.",
        "b_cut": "Call your doctor if a cut is longer than {cm} cm or is still bleeding after {min2} minutes of "
                 "firm pressure {place}, or if your child has {sign}.",
        "b_rest2": "Let your child rest {place} when they have {sign}, and give {med} only if your care team "
                   "said so.",
        "b_store": "Keep {med} out of reach of children {place}, and write down when your child has {sign}.",
        "b_ask": "Ask your pharmacist how to give {med} if your child has {sign} {place}.",
    },
}

#: sentences on other topics, for the messages the edited variant adds (English only: new, untranslated)
NEW_SENTENCES = [
    "Pack a water bottle and {x} before the school trip, and label the lunch box with a name.",
    "Sunscreen protects the skin outdoors; put it on again whenever swimming ends, {x} included.",
    "Bedtime stories and a quiet room help toddlers settle down, especially with {x} nearby.",
    "Bicycle helmets must fit snugly above the eyebrows; check the straps together with {x}.",
    "Screen time late in the evening keeps many teenagers awake, so plan {x} instead.",
    "Choose shoes with good support for long walks, and bring {x} in a small backpack.",
]
NEW_WORDS = ["apple slices", "crackers", "cheese cubes", "carrot sticks", "yogurt", "a favourite book",
             "a soft blanket", "a puzzle", "a board game", "a hat", "a rain jacket", "a map"]
#: words that the edited variant inserts (none of them occurs in a template)
EDIT_WORDS = ["gently", "carefully", "slowly", "always", "usually", "promptly", "calmly", "regularly"]
#: whole-word replacements for "a word changed" (the new words occur in no template either)
EDIT_SUBSTITUTIONS = {"child": "youngster", "doctor": "physician", "Give": "Provide", "Call": "Phone",
                      "Keep": "Maintain", "small": "tiny", "Read": "Study", "Wash": "Clean", "Most": "Many",
                      "children": "youngsters", "medical": "clinical", "health": "wellness"}

# --------------------------------------------------------------------------- French (Canada)

FR: dict[str, Any] = {
    "digits": None, "decimal": ",", "group": NB, "range": "{a} à {b}", "join": " ",
    "cmp": {"gt": "plus de", "lt": "moins de", "ge": "au moins", "le": "au plus"},
    "unit": {"ML": "mL", "MG": "mg"}, "native_phone": True,
    "topic": "{c} chez {p} {a}",
    "cycle": "{topic} (série {k})",
    "tail": " (fiche {id})",
    "cond": ["le croup", "la bronchiolite", "l'asthme", "l'eczéma", "la constipation", "une entorse à la cheville",
             "un bras cassé", "une brûlure légère", "une coupure avec points de suture", "une otite",
             "la conjonctivite", "une angine streptococcique", "une blessure à la tête", "une infection urinaire",
             "un saignement de nez", "la varicelle", "une piqûre d'abeille", "un coup de soleil",
             "la déshydratation", "la pneumonie", "la grippe", "l'urticaire", "une gastro-entérite",
             "une réaction allergique"],
    "pop": ["les bébés", "les tout-petits", "les enfants d'âge préscolaire", "les enfants d'âge scolaire",
            "les adolescents", "les jeunes adultes", "les adultes", "les personnes âgées", "les athlètes",
            "les étudiants"],
    "asp": ["à la maison", "la nuit", "à l'école", "après une visite à l'hôpital", "par temps chaud",
            "par temps froid", "en voyage", "pendant la première semaine", "pendant le sport", "à la garderie"],
    "sign": ["une éruption cutanée", "une raideur de la nuque", "de la difficulté à respirer",
             "un saignement abondant", "des vomissements", "un fort mal de tête", "mal à l'oreille", "de la toux",
             "de la diarrhée", "des étourdissements", "les lèvres bleutées", "de l'enflure", "des rougeurs",
             "mal à la gorge", "mal au ventre", "une somnolence inhabituelle",
              "le nez qui coule", "les yeux qui piquent", "une douleur à la poitrine", "une perte d'appétit"],
    # after "de": "5 mL d'ibuprofène", "Ne donnez pas d'ibuprofène"
    "med": ["d'acétaminophène", "d'ibuprofène", "d'amoxicilline", "de cétirizine", "d'ondansétron",
            "de prednisolone"],
    "place": ["à la maison", "à l'école", "la nuit", "après les repas", "avant le coucher", "le matin",
              "à la garderie", "pendant la journée", "après le bain", "avant le sport", "en voyage",
              "la fin de semaine", "le soir", "après la sieste", "par temps chaud", "chez un ami",
              "après l'école", "au parc", "après le repas du midi", "pendant un long trajet en voiture",
              "chez les grands-parents", "avant l'école", "à la piscine", "après le souper"],
    "t": {
        "title": "Fiche de soins : {topic}",
        "subtitle": "Ce qu'il faut savoir et faire : {topic}",
        "audience": "Pour les patients, les familles et les proches aidants concernés par {topic}",
        "credits": "Contenu d'exemple généré pour des bancs d'essai (fiche {id}) ; ce n'est pas un avis médical. "
                   "Sous licence CC BY 4.0.",
        "h_about": "À propos : {topic}",
        "h_home": "Comment prendre en charge {topic} ?",
        "h_meds": "Médicaments : {topic}",
        "h_call": "Quand demander de l'aide pour {topic} ?",
        "h_learn": "Où en apprendre davantage sur {topic} ?",
        "bh_rest": "Repos et activité : {topic}",
        "bh_food": "Alimentation et hydratation : {topic}",
        "i_emergency": "Appelez le {p911} chaque fois que vous pensez que des soins d'urgence sont nécessaires "
                       "({topic}). Par exemple, appelez si :",
        "i_urgent": "Appelez votre médecin ou la ligne de conseils infirmiers maintenant, ou obtenez des soins "
                    "médicaux tout de suite ({topic}), si :",
        "i_watch": "Surveillez de près tout changement de l'état de santé ({topic}) et n'oubliez pas d'appeler "
                   "votre médecin ou la ligne de conseils infirmiers si :",
        "learn": "Recherchez {id} sur le site Web d'information santé de votre province pour en savoir plus "
                 "sur {topic}.",
        "b_ice": "Si votre enfant a {sign}, appliquez un sac froid sur l'endroit douloureux pendant {rm} minutes "
                 "à la fois {place}.",
        "b_dose": "Donnez {dose}" + NB + "{ML} {med} toutes les {rh} heures {place} si votre enfant a {sign}.",
        "b_fever": "Appelez votre médecin ou la ligne de conseils infirmiers si votre enfant fait de la fièvre "
                   "de {gt} {c}" + NB + "°C ({f}" + NB + "°F) depuis {d4} jours et a maintenant {sign} {place}.",
        "b_911": "Appelez le {p911} si une crise convulsive dure {gt} {min} minutes ou si votre enfant a {sign} "
                 "{place}.",
        "b_weight": "Si votre enfant pèse {lt} {kg}" + NB + "kg ({lb}" + NB + "lb), donnez {dose}" + NB
                    + "{ML} {med} {place}.",
        "b_maxdose": "Ne donnez jamais {gt} {n} doses {med} en {h24} heures {place}, même si votre enfant a "
                     "encore {sign}.",
        "b_dry": "Gardez le pansement propre et sec {place} pendant {ge} {d} jours, et avertissez votre médecin "
                 "si votre enfant a {sign}.",
        "b_young": "Les bébés de {lt} {age} mois qui ont {sign} depuis {gt} {hrs} heures {place} ont besoin de "
                   "soins médicaux tout de suite.",
        "b_811": "Appelez le {p811} pour parler à une infirmière si votre enfant a {sign} qui dure {gt} {d} jours "
                 "{place}.",
        "b_code": "Lisez la fiche {code} pour en savoir plus sur les soins à donner à un enfant qui a {sign} "
                  "{place}.",
        "b_sips": "Offrez de petites gorgées de liquide toutes les {rm2} minutes {place} tant que votre enfant "
                  "a {sign}.",
        "b_times": "Donnez une dose {med} {times} fois par jour pendant {d} jours {place}, même si votre enfant n'a "
                   "plus {sign}.",
        "b_big": "Les adolescents et les adultes qui ont {sign} devraient boire {ge} {big}" + NB
                 + "{ML} de liquide par jour {place}.",
        "b_bath": "L'eau du bain devrait être à {c}" + NB + "°C ({f}" + NB + "°F) ; vérifiez-la avec le coude "
                  "avant de baigner un enfant qui a {sign} {place}.",
        "b_cream": "Si votre enfant a {sign}, appliquez une mince couche de crème d'hydrocortisone à {pct}" + NB
                   + "% sur la peau qui démange {times} fois par jour pendant {d3} jours {place}.",
        "b_recover": "La plupart des enfants qui ont {sign} se sentent mieux en {rd} jours {place}.",
        "b_nomed": "Ne donnez pas {med} aux bébés de {lt} {age} mois qui ont {sign} {place}.",
        "b_rest": "Si votre enfant a {sign}, il devrait se reposer pendant {rd} jours et éviter le sport pendant "
                  "{w} semaines {place}.",
        "b_mg": "Donnez {mg}" + NB + "{MG} {med} par la bouche toutes les {rh} heures {place}, {le} {times2} "
                "fois en {h24} heures.",
        "b_wash": "Lavez-vous les mains pendant {ge} {sec} secondes avant de donner une dose {med} à un enfant "
                  "qui a {sign} {place}.",
        "b_room": "Gardez la pièce fraîche, environ {c2}" + NB + "°C ({f2}" + NB + "°F), quand votre enfant "
                  "a {sign} {place}.",
        "b_heavy": "Les enfants qui pèsent {gt} {kg}" + NB + "kg ({lb}" + NB + "lb) peuvent prendre {mg}" + NB
                   + "{MG} {med} {place}.",
        "b_cut": "Appelez votre médecin si une coupure mesure {gt} {cm}" + NB + "cm ou saigne encore après "
                 "{min2} minutes de pression ferme {place}, ou si votre enfant a {sign}.",
        "b_rest2": "Laissez votre enfant se reposer {place} quand il a {sign}, et donnez une dose {med} "
                   "seulement si votre équipe soignante l'a dit.",
        "b_store": "Gardez les flacons {med} hors de la portée des enfants {place}, et notez quand votre enfant "
                   "a {sign}.",
        "b_ask": "Demandez à votre pharmacien comment donner une dose {med} si votre enfant a {sign} {place}.",
    },
}

# --------------------------------------------------------------------------- Spanish

ES: dict[str, Any] = {
    "digits": None, "decimal": ",", "group": None, "range": "{a} a {b}", "join": " ",
    "cmp": {"gt": "más de", "lt": "menos de", "ge": "al menos", "le": "como máximo"},
    "unit": {"ML": "ml", "MG": "mg"}, "native_phone": True,
    "topic": "{c} en {p} {a}",
    "cycle": "{topic} (serie {k})",
    "tail": " (hoja {id})",
    "cond": ["el crup", "la bronquiolitis", "el asma", "el eccema", "el estreñimiento", "un esguince de tobillo",
             "un brazo roto", "una quemadura leve", "una cortadura con puntos", "una infección de oído",
             "la conjuntivitis", "la faringitis estreptocócica", "una lesión en la cabeza",
             "una infección urinaria", "un sangrado nasal", "la varicela", "una picadura de abeja",
             "una quemadura de sol", "la deshidratación", "la neumonía", "la gripe", "la urticaria",
             "una gastroenteritis", "una reacción alérgica"],
    "pop": ["los bebés", "los niños pequeños", "los niños en edad preescolar", "los niños en edad escolar",
            "los adolescentes", "los adultos jóvenes", "los adultos", "los adultos mayores", "los atletas",
            "los estudiantes"],
    "asp": ["en casa", "por la noche", "en la escuela", "después de una visita al hospital", "con calor",
            "con frío", "durante un viaje", "en la primera semana", "durante el deporte", "en la guardería"],
    "sign": ["sarpullido", "rigidez en el cuello", "dificultad para respirar", "un sangrado abundante", "vómitos",
             "un dolor de cabeza fuerte", "dolor de oído", "tos", "diarrea", "mareos", "los labios azulados",
             "hinchazón", "enrojecimiento", "dolor de garganta", "dolor de barriga", "una somnolencia inusual",
              "secreción nasal", "picazón en los ojos", "dolor en el pecho", "pérdida de apetito"],
    "med": ["acetaminofén", "ibuprofeno", "amoxicilina", "cetirizina", "ondansetrón", "prednisolona"],
    "place": ["en casa", "en la escuela", "por la noche", "después de las comidas", "antes de dormir",
              "por la mañana", "en la guardería", "durante el día", "después del baño", "antes de hacer deporte",
              "durante un viaje", "los fines de semana", "por la tarde", "después de la siesta", "con calor",
              "en casa de un amigo",
              "después de la escuela", "en el parque", "después del almuerzo", "durante un viaje largo en coche",
              "en casa de los abuelos", "antes de la escuela", "en la piscina", "después de la cena"],
    "t": {
        "title": "Hoja de cuidados: {topic}",
        "subtitle": "Qué esperar y qué hacer: {topic}",
        "audience": "Para pacientes, familias y cuidadores que enfrentan {topic}",
        "credits": "Contenido de ejemplo generado para pruebas de rendimiento (hoja {id}); no es un consejo "
                   "médico. Con licencia CC BY 4.0.",
        "h_about": "Información sobre {topic}",
        "h_home": "¿Cómo puede manejar {topic}?",
        "h_meds": "Medicamentos para {topic}",
        "h_call": "¿Cuándo debe pedir ayuda por {topic}?",
        "h_learn": "¿Dónde puede obtener más información sobre {topic}?",
        "bh_rest": "Descanso y actividad con {topic}",
        "bh_food": "Comida y bebida con {topic}",
        "i_emergency": "Llame al {p911} en cualquier momento si cree que se necesita atención de emergencia por "
                       "{topic}. Por ejemplo, llame si:",
        "i_urgent": "Llame a su médico o a la línea de consejos de enfermería ahora, o busque atención médica de "
                    "inmediato, por {topic} si:",
        "i_watch": "Vigile de cerca los cambios en la salud con {topic} y asegúrese de llamar a su médico o a la "
                   "línea de consejos de enfermería si:",
        "learn": "Busque {id} en el sitio web de información de salud de su provincia para leer más sobre "
                 "{topic}.",
        "b_ice": "Si su hijo tiene {sign}, coloque una compresa fría sobre la zona adolorida durante {rm} minutos "
                 "cada vez {place}.",
        "b_dose": "Dé {dose} {ML} de {med} cada {rh} horas {place} si su hijo tiene {sign}.",
        "b_fever": "Llame a su médico o a la línea de consejos de enfermería si su hijo ha tenido fiebre de "
                   "{gt} {c} °C ({f} °F) durante {d4} días y ahora tiene {sign} {place}.",
        "b_911": "Llame al {p911} si una convulsión dura {gt} {min} minutos o si su hijo tiene {sign} {place}.",
        "b_weight": "Si su hijo pesa {lt} {kg} kg ({lb} lb), dé {dose} {ML} de {med} {place}.",
        "b_maxdose": "No dé {gt} {n} dosis de {med} en {h24} horas {place}, aunque su hijo todavía tenga "
                     "{sign}.",
        "b_dry": "Mantenga el vendaje limpio y seco {place} durante {ge} {d} días, y avise a su médico si su hijo "
                 "tiene {sign}.",
        "b_young": "Los bebés de {lt} {age} meses que tienen {sign} desde hace {gt} {hrs} horas {place} "
                   "necesitan atención médica de inmediato.",
        "b_811": "Llame al {p811} para hablar con una enfermera si su hijo tiene {sign} que dura {gt} {d} días "
                 "{place}.",
        "b_code": "Lea la hoja {code} para saber más sobre cómo cuidar a un niño que tiene {sign} {place}.",
        "b_sips": "Ofrezca pequeños sorbos de líquido cada {rm2} minutos {place} mientras su hijo tenga {sign}.",
        "b_times": "Dé {med} {times} veces al día durante {d} días {place}, aunque su hijo ya no tenga {sign}.",
        "b_big": "Los adolescentes y adultos que tienen {sign} deben beber {ge} {big} {ML} de líquidos al día "
                 "{place}.",
        "b_bath": "El agua del baño debe estar a {c} °C ({f} °F); pruébela con el codo antes de bañar a un niño "
                  "que tiene {sign} {place}.",
        "b_cream": "Si su hijo tiene {sign}, aplique una capa fina de crema de hidrocortisona al {pct} % en la "
                   "piel que pica {times} veces al día durante {d3} días {place}.",
        "b_recover": "La mayoría de los niños que tienen {sign} se sienten mejor en {rd} días {place}.",
        "b_nomed": "No dé {med} a bebés de {lt} {age} meses que tienen {sign} {place}.",
        "b_rest": "Si su hijo tiene {sign}, debe descansar durante {rd} días y evitar los deportes durante {w} "
                  "semanas {place}.",
        "b_mg": "Dé {mg} {MG} de {med} por vía oral cada {rh} horas {place}, {le} {times2} veces en {h24} "
                "horas.",
        "b_wash": "Lávese las manos durante {ge} {sec} segundos antes de dar {med} a un niño que tiene {sign} "
                  "{place}.",
        "b_room": "Mantenga la habitación fresca, a unos {c2} °C ({f2} °F), cuando su hijo tenga {sign} "
                  "{place}.",
        "b_heavy": "Los niños que pesan {gt} {kg} kg ({lb} lb) pueden tomar {mg} {MG} de {med} {place}.",
        "b_cut": "Llame a su médico si una cortadura mide {gt} {cm} cm o sigue sangrando después de {min2} "
                 "minutos de presión firme {place}, o si su hijo tiene {sign}.",
        "b_rest2": "Deje que su hijo descanse {place} cuando tenga {sign}, y dé {med} solo si su equipo de "
                   "atención se lo indicó.",
        "b_store": "Guarde el {med} fuera del alcance de los niños {place}, y anote cuándo su hijo tiene "
                   "{sign}.",
        "b_ask": "Pregunte a su farmacéutico cómo dar {med} si su hijo tiene {sign} {place}.",
    },
}

# --------------------------------------------------------------------------- Russian

RU: dict[str, Any] = {
    "digits": None, "decimal": ",", "group": NB, "range": "{a}–{b}", "join": " ",
    "cmp": {"gt": "более", "lt": "менее", "ge": "не менее", "le": "не более"},
    "unit": {"ML": "мл", "MG": "мг"}, "native_phone": True,
    "topic": "{c} у {p} {a}",
    "cycle": "{topic} (серия {k})",
    "tail": " (памятка {id})",
    "cond": ["круп", "бронхиолит", "астма", "экзема", "запор", "растяжение связок голеностопа", "перелом руки",
             "лёгкий ожог", "порез со швами", "ушная инфекция", "конъюнктивит", "стрептококковая ангина",
             "травма головы", "инфекция мочевых путей", "носовое кровотечение", "ветряная оспа", "укус пчелы",
             "солнечный ожог", "обезвоживание", "пневмония", "грипп", "крапивница", "кишечный грипп",
             "аллергическая реакция"],
    "pop": ["младенцев", "малышей", "дошкольников", "школьников", "подростков", "молодых людей", "взрослых",
            "пожилых людей", "спортсменов", "студентов"],
    "asp": ["дома", "ночью", "в школе", "после посещения больницы", "в жаркую погоду", "в холодную погоду",
            "в поездке", "в первую неделю", "во время занятий спортом", "в детском саду"],
    "sign": ["сыпь", "ригидность затылочных мышц", "затруднённое дыхание", "сильное кровотечение", "рвота",
             "сильная головная боль", "боль в ухе", "кашель", "диарея", "головокружение", "синеватые губы",
             "отёк", "покраснение", "боль в горле", "боль в животе", "необычная сонливость",
              "насморк", "зуд в глазах", "боль в груди", "потеря аппетита"],
    "med": ["парацетамола", "ибупрофена", "амоксициллина", "цетиризина", "ондансетрона", "преднизолона"],
    "place": ["дома", "в школе", "ночью", "после еды", "перед сном", "утром", "в детском саду",
              "в дневное время", "после купания", "перед занятиями спортом", "в поездке", "в выходные",
              "вечером", "после дневного сна", "в жаркую погоду", "в гостях у друзей",
              "после школы", "в парке", "после обеда", "во время долгой поездки на машине", "у бабушки и дедушки",
              "перед школой", "в бассейне", "после ужина"],
    "t": {
        "title": "Памятка по уходу: {topic}",
        "subtitle": "Чего ожидать и что делать: {topic}",
        "audience": "Для пациентов, семей и тех, кто ухаживает за больными. Тема: {topic}",
        "credits": "Пример содержания, созданный для тестов производительности (памятка {id}); это не "
                   "медицинская рекомендация. Лицензия CC BY 4.0.",
        "h_about": "О теме: {topic}",
        "h_home": "Как справиться с проблемой: {topic}?",
        "h_meds": "Лекарства: {topic}",
        "h_call": "Когда обращаться за помощью: {topic}?",
        "h_learn": "Где узнать больше: {topic}?",
        "bh_rest": "Отдых и активность: {topic}",
        "bh_food": "Питание и питьё: {topic}",
        "i_emergency": "Звоните {p911} каждый раз, когда вам кажется, что нужна неотложная помощь ({topic}). "
                       "Например, звоните, если:",
        "i_urgent": "Позвоните врачу или на линию медсестринских консультаций прямо сейчас или немедленно "
                    "обратитесь за медицинской помощью ({topic}), если:",
        "i_watch": "Внимательно следите за изменениями в состоянии здоровья ({topic}) и обязательно позвоните "
                   "врачу или на линию медсестринских консультаций, если:",
        "learn": "Найдите {id} на сайте медицинской информации вашей провинции, чтобы узнать больше. "
                 "Тема: {topic}.",
        "b_ice": "Если у ребёнка {sign}, прикладывайте холодный компресс к больному месту на {rm} минут за раз "
                 "{place}.",
        "b_dose": "Давайте {dose} {ML} {med} каждые {rh} часов {place}, если у ребёнка {sign}.",
        "b_fever": "Позвоните врачу или на линию медсестринских консультаций, если у ребёнка в течение {d4} "
                   "дней держится температура {gt} {c} °C ({f} °F), а теперь есть {sign} {place}.",
        "b_911": "Звоните {p911}, если судороги длятся {gt} {min} минут или у ребёнка {sign} {place}.",
        "b_weight": "Если ребёнок весит {lt} {kg} кг ({lb} фунтов), давайте {dose} {ML} {med} {place}.",
        "b_maxdose": "Не давайте {gt} {n} доз {med} за {h24} часа {place}, даже если у ребёнка всё ещё "
                     "{sign}.",
        "b_dry": "Держите повязку чистой и сухой {place} {ge} {d} дней и сообщите врачу, если у ребёнка "
                 "{sign}.",
        "b_young": "Младенцам в возрасте {lt} {age} месяцев, у которых {sign} держится {gt} {hrs} часов "
                   "{place}, нужна срочная медицинская помощь.",
        "b_811": "Позвоните по номеру {p811}, чтобы поговорить с медсестрой, если у ребёнка {sign} длится "
                 "{gt} {d} дней {place}.",
        "b_code": "Прочитайте памятку {code}, чтобы узнать больше об уходе за ребёнком, у которого {sign} "
                  "{place}.",
        "b_sips": "Давайте пить маленькими глотками каждые {rm2} минут {place}, пока у ребёнка {sign}.",
        "b_times": "Давайте препарат {med} {times} раза в день в течение {d} дней {place}, даже если симптомы "
                   "({sign}) уже прошли.",
        "b_big": "Подросткам и взрослым, у которых {sign}, следует выпивать {ge} {big} {ML} жидкости в день "
                 "{place}.",
        "b_bath": "Вода для купания должна быть {c} °C ({f} °F); проверьте её локтем, прежде чем купать "
                  "ребёнка, у которого {sign}, {place}.",
        "b_cream": "Если у ребёнка {sign}, наносите тонкий слой крема с гидрокортизоном {pct} % на зудящую "
                   "кожу {times} раза в день в течение {d3} дней {place}.",
        "b_recover": "Большинству детей, у которых {sign}, становится лучше через {rd} дней {place}.",
        "b_nomed": "Не давайте {med} младенцам в возрасте {lt} {age} месяцев, у которых {sign}, {place}.",
        "b_rest": "Если у ребёнка {sign}, ему следует отдыхать {rd} дней и избегать спорта {w} недель "
                  "{place}.",
        "b_mg": "Давайте {mg} {MG} {med} внутрь каждые {rh} часов {place}, {le} {times2} раз за {h24} часа.",
        "b_wash": "Мойте руки {ge} {sec} секунд, прежде чем дать дозу {med} ребёнку, у которого {sign}, "
                  "{place}.",
        "b_room": "Поддерживайте в комнате прохладу, около {c2} °C ({f2} °F), когда у ребёнка {sign}, "
                  "{place}.",
        "b_heavy": "Детям весом {gt} {kg} кг ({lb} фунтов) можно давать {mg} {MG} {med} {place}.",
        "b_cut": "Позвоните врачу, если длина пореза {gt} {cm} см или он всё ещё кровоточит после {min2} минут "
                 "сильного нажатия {place}, или если у ребёнка {sign}.",
        "b_rest2": "Пусть ребёнок отдыхает {place}, когда у него {sign}, и давайте препарат {med} только по "
                   "указанию медицинской бригады.",
        "b_store": "Храните препарат {med} в недоступном для детей месте {place} и записывайте, когда у "
                   "ребёнка {sign}.",
        "b_ask": "Спросите фармацевта, как давать препарат {med}, если у ребёнка {sign} {place}.",
    },
}

# --------------------------------------------------------------------------- Arabic

AR: dict[str, Any] = {
    "digits": "٠١٢٣٤٥٦٧٨٩", "decimal": "٫", "group": "٬", "range": "{a} إلى {b}", "join": " ",
    "cmp": {"gt": "أكثر من", "lt": "أقل من", "ge": "ما لا يقل عن", "le": "ما لا يزيد عن"},
    "unit": {"ML": "مل", "MG": "ملغ"}, "native_phone": False,
    "topic": "{c} لدى {p} {a}",
    "cycle": "{topic} (السلسلة {k})",
    "tail": " (النشرة {id})",
    "cond": ["الخانوق", "التهاب القصيبات", "الربو", "الإكزيما", "الإمساك", "التواء الكاحل", "كسر الذراع",
             "حرق بسيط", "جرح مخيط بالغرز", "التهاب الأذن", "التهاب الملتحمة", "التهاب الحلق العقدي",
             "إصابة الرأس", "التهاب المسالك البولية", "نزيف الأنف", "جدري الماء", "لسعة النحل", "حروق الشمس",
             "الجفاف", "الالتهاب الرئوي", "الإنفلونزا", "الشرى", "إنفلونزا المعدة", "رد الفعل التحسسي"],
    "pop": ["الرضع", "الأطفال الصغار", "أطفال ما قبل المدرسة", "أطفال المدارس", "المراهقين", "الشباب",
            "البالغين", "كبار السن", "الرياضيين", "الطلاب"],
    "asp": ["في المنزل", "ليلًا", "في المدرسة", "بعد زيارة المستشفى", "في الطقس الحار", "في الطقس البارد",
            "أثناء السفر", "في الأسبوع الأول", "أثناء ممارسة الرياضة", "في الحضانة"],
    "sign": ["طفح جلدي", "تيبّس في الرقبة", "صعوبة في التنفس", "نزيف شديد", "قيء", "صداع شديد",
             "ألم في الأذن", "سعال", "إسهال", "دوخة", "ازرقاق في الشفتين", "تورّم", "احمرار", "ألم في الحلق",
             "ألم في البطن", "نعاس غير عادي",
              "سيلان الأنف", "حكة في العينين", "ألم في الصدر", "فقدان الشهية"],
    "med": ["الأسيتامينوفين", "الإيبوبروفين", "الأموكسيسيلين", "السيتيريزين", "الأوندانسيترون",
            "البريدنيزولون"],
    "place": ["في المنزل", "في المدرسة", "ليلًا", "بعد الوجبات", "قبل النوم", "في الصباح", "في الحضانة",
              "خلال النهار", "بعد الاستحمام", "قبل ممارسة الرياضة", "أثناء السفر", "في عطلة نهاية الأسبوع",
              "في المساء", "بعد القيلولة", "في الطقس الحار", "في منزل صديق",
              "بعد المدرسة", "في الحديقة", "بعد الغداء", "أثناء رحلة طويلة بالسيارة", "في منزل الأجداد",
              "قبل المدرسة", "في المسبح", "بعد العشاء"],
    "t": {
        "title": "نشرة رعاية: {topic}",
        "subtitle": "ما يمكن توقعه وما يجب فعله: {topic}",
        "audience": "للمرضى والعائلات ومقدمي الرعاية الذين يتعاملون مع {topic}",
        "credits": "محتوى نموذجي مُنشأ لاختبارات الأداء (النشرة {id})؛ وهو ليس نصيحة طبية. مرخّص بموجب "
                   "CC BY 4.0.",
        "h_about": "نبذة عن {topic}",
        "h_home": "كيف يمكنك التعامل مع {topic}؟",
        "h_meds": "الأدوية: {topic}",
        "h_call": "متى يجب أن تطلب المساعدة بشأن {topic}؟",
        "h_learn": "أين يمكنك معرفة المزيد عن {topic}؟",
        "bh_rest": "الراحة والنشاط مع {topic}",
        "bh_food": "الأكل والشرب مع {topic}",
        "i_emergency": "اتصل بالرقم {p911} في أي وقت تعتقد فيه أن هناك حاجة إلى رعاية طارئة بسبب {topic}. "
                       "على سبيل المثال، اتصل إذا:",
        "i_urgent": "اتصل بطبيبك أو بخط الاستشارات التمريضية الآن، أو احصل على رعاية طبية فورًا بشأن "
                    "{topic}، إذا:",
        "i_watch": "راقب عن كثب أي تغيرات في الحالة الصحية مع {topic}، واحرص على الاتصال بطبيبك أو بخط "
                   "الاستشارات التمريضية إذا:",
        "learn": "ابحث عن {id} في موقع المعلومات الصحية في مقاطعتك لقراءة المزيد عن {topic}.",
        "b_ice": "إذا كان لدى طفلك {sign}، فضع كمادة باردة على المكان المؤلم لمدة {rm} دقيقة في كل مرة "
                 "{place}.",
        "b_dose": "أعطِ {dose} {ML} من {med} كل {rh} ساعات {place} إذا كان لدى طفلك {sign}.",
        "b_fever": "اتصل بطبيبك أو بخط الاستشارات التمريضية إذا كانت لدى طفلك حمى {gt} {c} درجة مئوية "
                   "({f} درجة فهرنهايت) لمدة {d4} أيام ولديه الآن {sign} {place}.",
        "b_911": "اتصل بالرقم {p911} إذا استمرت النوبة التشنجية {gt} {min} دقائق أو كان لدى طفلك {sign} "
                 "{place}.",
        "b_weight": "إذا كان وزن طفلك {lt} {kg} كغ ({lb} رطل)، فأعطه {dose} {ML} من {med} {place}.",
        "b_maxdose": "لا تعطِ {gt} {n} جرعات من {med} خلال {h24} ساعة {place}، حتى لو كان طفلك لا يزال "
                     "يعاني من {sign}.",
        "b_dry": "حافظ على الضمادة نظيفة وجافة {place} لمدة {ge} {d} أيام، وأخبر طبيبك إذا كان لدى طفلك "
                 "{sign}.",
        "b_young": "الرضع الذين أعمارهم {lt} {age} أشهر ولديهم {sign} منذ {gt} {hrs} ساعة {place} يحتاجون "
                   "إلى رعاية طبية فورًا.",
        "b_811": "اتصل بالرقم {p811} للتحدث مع ممرضة إذا كان لدى طفلك {sign} يستمر {gt} {d} أيام {place}.",
        "b_code": "اقرأ النشرة {code} لمعرفة المزيد عن رعاية طفل لديه {sign} {place}.",
        "b_sips": "قدّم رشفات صغيرة من السوائل كل {rm2} دقائق {place} ما دام لدى طفلك {sign}.",
        "b_times": "أعطِ {med} {times} مرات في اليوم لمدة {d} أيام {place}، حتى لو لم يعد لدى طفلك {sign}.",
        "b_big": "يجب على المراهقين والبالغين الذين لديهم {sign} شرب {ge} {big} {ML} من السوائل يوميًا "
                 "{place}.",
        "b_bath": "يجب أن يكون ماء الاستحمام {c} درجة مئوية ({f} درجة فهرنهايت)؛ اختبره بمرفقك قبل أن تحمّم "
                  "طفلًا لديه {sign} {place}.",
        "b_cream": "إذا كان لدى طفلك {sign}، فضع طبقة رقيقة من كريم الهيدروكورتيزون بتركيز {pct}٪ على الجلد "
                   "المثير للحكة {times} مرات في اليوم لمدة {d3} أيام {place}.",
        "b_recover": "يتحسن معظم الأطفال الذين لديهم {sign} بعد {rd} أيام {place}.",
        "b_nomed": "لا تعطِ {med} للرضع الذين أعمارهم {lt} {age} أشهر ولديهم {sign} {place}.",
        "b_rest": "إذا كان لدى طفلك {sign}، فيجب أن يرتاح لمدة {rd} أيام وأن يتجنب الرياضة لمدة {w} أسابيع "
                  "{place}.",
        "b_mg": "أعطِ {mg} {MG} من {med} عن طريق الفم كل {rh} ساعات {place}، {le} {times2} مرات خلال {h24} "
                "ساعة.",
        "b_wash": "اغسل يديك لمدة {ge} {sec} ثانية قبل أن تعطي {med} لطفل لديه {sign} {place}.",
        "b_room": "حافظ على برودة الغرفة عند حوالي {c2} درجة مئوية ({f2} درجة فهرنهايت) عندما يكون لدى طفلك "
                  "{sign} {place}.",
        "b_heavy": "يمكن للأطفال الذين وزنهم {gt} {kg} كغ ({lb} رطل) تناول {mg} {MG} من {med} {place}.",
        "b_cut": "اتصل بطبيبك إذا كان طول الجرح {gt} {cm} سم أو إذا استمر النزيف بعد {min2} دقيقة من الضغط "
                 "القوي {place}، أو إذا كان لدى طفلك {sign}.",
        "b_rest2": "دع طفلك يرتاح {place} عندما يكون لديه {sign}، ولا تعطه {med} إلا إذا طلب فريق الرعاية "
                   "ذلك.",
        "b_store": "احفظ {med} بعيدًا عن متناول الأطفال {place}، ودوّن متى يكون لدى طفلك {sign}.",
        "b_ask": "اسأل الصيدلي عن كيفية إعطاء {med} إذا كان لدى طفلك {sign} {place}.",
    },
}

# --------------------------------------------------------------------------- Persian

FA: dict[str, Any] = {
    "digits": "۰۱۲۳۴۵۶۷۸۹", "decimal": "٫", "group": "٬", "range": "{a} تا {b}", "join": " ",
    "cmp": {"gt": "بیش از", "lt": "کمتر از", "ge": "حداقل", "le": "حداکثر"},
    "unit": {"ML": "میلی‌لیتر", "MG": "میلی‌گرم"}, "native_phone": True,
    "topic": "{c} در {p} {a}",
    "cycle": "{topic} (مجموعه {k})",
    "tail": " (برگه {id})",
    "cond": ["خروسک", "برونشیولیت", "آسم", "اگزما", "یبوست", "پیچ‌خوردگی مچ پا", "شکستگی دست",
             "سوختگی خفیف", "بریدگی بخیه‌شده", "عفونت گوش", "ورم ملتحمه", "گلودرد چرکی", "آسیب سر",
             "عفونت ادراری", "خون‌دماغ", "آبله‌مرغان", "نیش زنبور", "آفتاب‌سوختگی", "کم‌آبی بدن",
             "ذات‌الریه", "آنفولانزا", "کهیر", "آنفولانزای معده", "واکنش آلرژیک"],
    "pop": ["نوزادان", "کودکان نوپا", "کودکان پیش‌دبستانی", "کودکان مدرسه‌ای", "نوجوانان", "جوانان",
            "بزرگسالان", "سالمندان", "ورزشکاران", "دانشجویان"],
    "asp": ["در خانه", "در شب", "در مدرسه", "پس از مراجعه به بیمارستان", "در هوای گرم", "در هوای سرد",
            "در سفر", "در هفته اول", "هنگام ورزش", "در مهدکودک"],
    "sign": ["بثورات پوستی", "سفتی گردن", "تنگی نفس", "خونریزی شدید", "استفراغ", "سردرد شدید", "گوش‌درد",
             "سرفه", "اسهال", "سرگیجه", "کبودی لب‌ها", "تورم", "قرمزی", "گلودرد", "دل‌درد",
             "خواب‌آلودگی غیرعادی",
              "آبریزش بینی", "خارش چشم", "درد قفسه سینه", "بی‌اشتهایی"],
    "med": ["استامینوفن", "ایبوپروفن", "آموکسی‌سیلین", "ستیریزین", "اندانسترون", "پردنیزولون"],
    "place": ["در خانه", "در مدرسه", "در شب", "بعد از غذا", "قبل از خواب", "صبح‌ها", "در مهدکودک",
              "در طول روز", "بعد از حمام", "قبل از ورزش", "در سفر", "در آخر هفته", "عصرها", "بعد از چرت",
              "در هوای گرم", "در خانه دوستان",
              "بعد از مدرسه", "در پارک", "بعد از ناهار", "در یک سفر طولانی با ماشین", "در خانه پدربزرگ و مادربزرگ",
              "قبل از مدرسه", "در استخر", "بعد از شام"],
    "t": {
        "title": "برگه مراقبت: {topic}",
        "subtitle": "چه انتظاری داشته باشید و چه کاری انجام دهید: {topic}",
        "audience": "برای بیماران، خانواده‌ها و مراقبانی که با {topic} سروکار دارند",
        "credits": "محتوای نمونه که برای آزمون‌های کارایی تولید شده است (برگه {id})؛ این توصیه پزشکی نیست. "
                   "دارای مجوز CC BY 4.0.",
        "h_about": "درباره {topic}",
        "h_home": "چگونه می‌توانید {topic} را مدیریت کنید؟",
        "h_meds": "داروها برای {topic}",
        "h_call": "چه زمانی باید برای {topic} کمک بگیرید؟",
        "h_learn": "از کجا می‌توانید درباره {topic} بیشتر بدانید؟",
        "bh_rest": "استراحت و فعالیت در {topic}",
        "bh_food": "خوردن و آشامیدن در {topic}",
        "i_emergency": "هر زمان فکر می‌کنید به خاطر {topic} به مراقبت اورژانسی نیاز است، با {p911} تماس "
                       "بگیرید. برای مثال، تماس بگیرید اگر:",
        "i_urgent": "همین حالا با پزشک یا خط مشاوره پرستاری تماس بگیرید، یا فوراً برای {topic} مراقبت پزشکی "
                    "بگیرید، اگر:",
        "i_watch": "تغییرات سلامت را در {topic} به دقت زیر نظر بگیرید و حتماً با پزشک یا خط مشاوره پرستاری "
                   "تماس بگیرید اگر:",
        "learn": "برای خواندن مطالب بیشتر درباره {topic}، {id} را در وبسایت اطلاعات سلامت استان خود جستجو "
                 "کنید.",
        "b_ice": "اگر کودک شما {sign} دارد، کیسه یخ را هر بار به مدت {rm} دقیقه {place} روی محل دردناک "
                 "بگذارید.",
        "b_dose": "اگر کودک شما {sign} دارد، هر {rh} ساعت {place} {dose} {ML} {med} بدهید.",
        "b_fever": "اگر کودک شما {d4} روز است تب {gt} {c} درجه سانتی‌گراد ({f} درجه فارنهایت) دارد و اکنون "
                   "{sign} هم دارد، {place} با پزشک یا خط مشاوره پرستاری تماس بگیرید.",
        "b_911": "اگر تشنج {gt} {min} دقیقه طول بکشد یا کودک شما {place} {sign} دارد، با {p911} تماس "
                 "بگیرید.",
        "b_weight": "اگر وزن کودک شما {lt} {kg} کیلوگرم ({lb} پوند) است، {place} {dose} {ML} {med} بدهید.",
        "b_maxdose": "حتی اگر کودک شما هنوز {sign} دارد، {place} در {h24} ساعت {gt} {n} دوز {med} ندهید.",
        "b_dry": "{place} پانسمان را {ge} {d} روز تمیز و خشک نگه دارید و اگر کودک شما {sign} دارد به پزشک "
                 "خبر دهید.",
        "b_young": "نوزادان {lt} {age} ماه که {gt} {hrs} ساعت است {sign} دارند، {place} فوراً به مراقبت "
                   "پزشکی نیاز دارند.",
        "b_811": "اگر {sign} کودک شما {gt} {d} روز طول بکشد، {place} برای صحبت با پرستار با {p811} تماس "
                 "بگیرید.",
        "b_code": "برای آگاهی بیشتر درباره مراقبت از کودکی که {sign} دارد، {place} برگه {code} را بخوانید.",
        "b_sips": "تا زمانی که کودک شما {sign} دارد، {place} هر {rm2} دقیقه جرعه‌های کوچک مایعات به او "
                  "بدهید.",
        "b_times": "حتی اگر کودک شما دیگر {sign} ندارد، {place} {med} را {times} بار در روز به مدت {d} روز بدهید.",
        "b_big": "نوجوانان و بزرگسالانی که {sign} دارند باید {place} روزانه {ge} {big} {ML} مایعات بنوشند.",
        "b_bath": "آب حمام باید {c} درجه سانتی‌گراد ({f} درجه فارنهایت) باشد؛ پیش از حمام دادن کودکی که "
                  "{sign} دارد، {place} آن را با آرنج خود امتحان کنید.",
        "b_cream": "اگر کودک شما {sign} دارد، {place} لایه نازکی از کرم هیدروکورتیزون {pct}٪ را {times} بار "
                   "در روز به مدت {d3} روز روی پوست خارش‌دار بمالید.",
        "b_recover": "بیشتر کودکانی که {sign} دارند، {place} بعد از {rd} روز بهتر می‌شوند.",
        "b_nomed": "به نوزادان {lt} {age} ماه که {sign} دارند، {place} {med} ندهید.",
        "b_rest": "اگر کودک شما {sign} دارد، باید {rd} روز استراحت کند و {w} هفته {place} ورزش نکند.",
        "b_mg": "هر {rh} ساعت {place} {mg} {MG} {med} از راه دهان بدهید، {le} {times2} بار در {h24} ساعت.",
        "b_wash": "پیش از دادن {med} به کودکی که {sign} دارد، {place} دست‌های خود را {ge} {sec} ثانیه "
                  "بشویید.",
        "b_room": "وقتی کودک شما {sign} دارد، {place} اتاق را خنک و در حدود {c2} درجه سانتی‌گراد ({f2} درجه "
                  "فارنهایت) نگه دارید.",
        "b_heavy": "کودکانی که وزنشان {gt} {kg} کیلوگرم ({lb} پوند) است، می‌توانند {place} {mg} {MG} {med} "
                   "مصرف کنند.",
        "b_cut": "اگر طول بریدگی {gt} {cm} سانتی‌متر است یا {place} پس از {min2} دقیقه فشار محکم هنوز خونریزی دارد، "
                 "یا اگر کودک شما {sign} دارد، با پزشک تماس بگیرید.",
        "b_rest2": "وقتی کودک شما {sign} دارد، بگذارید {place} استراحت کند و فقط اگر تیم مراقبت گفته است "
                   "{med} بدهید.",
        "b_store": "{med} را {place} دور از دسترس کودکان نگه دارید و یادداشت کنید که کودک شما چه زمانی "
                   "{sign} دارد.",
        "b_ask": "از داروساز بپرسید اگر کودک شما {place} {sign} دارد، {med} را چگونه بدهد.",
    },
}

# --------------------------------------------------------------------------- Chinese (Simplified)

ZH_HANS: dict[str, Any] = {
    "digits": None, "decimal": ".", "group": ",", "range": "{a}到{b}", "join": "",
    "cmp": {"gt": "超过", "lt": "不到", "ge": "至少", "le": "最多"},
    "unit": {"ML": "毫升", "MG": "毫克"}, "native_phone": True,
    "topic": "{a}{p}的{c}",
    "cycle": "{topic}（系列{k}）",
    "tail": "（资料{id}）",
    "cond": ["哮吼", "毛细支气管炎", "哮喘", "湿疹", "便秘", "脚踝扭伤", "手臂骨折", "轻度烧伤", "缝针的伤口",
             "耳部感染", "红眼病", "链球菌性咽喉炎", "头部受伤", "尿路感染", "流鼻血", "水痘", "蜜蜂蜇伤", "晒伤",
             "脱水", "肺炎", "流感", "荨麻疹", "肠胃型流感", "过敏反应"],
    "pop": ["婴儿", "幼儿", "学龄前儿童", "学龄儿童", "青少年", "年轻人", "成年人", "老年人", "运动员", "学生"],
    "asp": ["在家时", "夜间", "在学校时", "就医后", "天气炎热时", "天气寒冷时", "旅行时", "刚开始的几天里",
            "运动时", "在托儿所时"],
    "sign": ["皮疹", "颈部僵硬", "呼吸困难", "大量出血", "呕吐", "严重头痛", "耳朵痛", "咳嗽", "腹泻", "头晕",
             "嘴唇发紫", "肿胀", "发红", "喉咙痛", "肚子痛", "异常嗜睡",
              "流鼻涕", "眼睛发痒", "胸痛", "食欲不振"],
    "med": ["对乙酰氨基酚", "布洛芬", "阿莫西林", "西替利嗪", "昂丹司琼", "泼尼松龙"],
    "place": ["在家时", "在学校时", "夜间", "饭后", "睡前", "早上", "在托儿所时", "白天", "洗澡后", "运动前",
              "旅行时", "周末", "傍晚", "午睡后", "天气炎热时", "在朋友家时",
              "放学后", "在公园时", "午饭后", "长途开车时", "在祖父母家时", "上学前", "在游泳池时", "晚饭后"],
    "t": {
        "title": "护理须知：{topic}",
        "subtitle": "{topic}：可能出现的情况和应对方法",
        "audience": "适用于面对{topic}的患者、家属和照护者",
        "credits": "为基准测试生成的示例内容（资料{id}）；不构成医疗建议。采用CC BY 4.0许可。",
        "h_about": "关于{topic}",
        "h_home": "如何应对{topic}？",
        "h_meds": "{topic}的用药",
        "h_call": "出现{topic}时，何时应该求助？",
        "h_learn": "在哪里可以了解更多关于{topic}的信息？",
        "bh_rest": "{topic}期间的休息和活动",
        "bh_food": "{topic}期间的饮食",
        "i_emergency": "如果您认为{topic}需要紧急救治，请随时拨打{p911}。例如，出现以下情况时请拨打：",
        "i_urgent": "如果出现以下情况，请立即致电您的医生或护士咨询热线，或马上就医（{topic}）：",
        "i_watch": "请密切留意{topic}期间的健康变化，如果出现以下情况，务必致电您的医生或护士咨询热线：",
        "learn": "请在您所在省份的健康信息网站上搜索{id}，了解更多关于{topic}的信息。",
        "b_ice": "如果孩子有{sign}，{place}请用冷敷袋敷在疼痛部位，每次{rm}分钟。",
        "b_dose": "如果孩子有{sign}，{place}每{rh}小时给{dose}{ML}{med}。",
        "b_fever": "如果孩子发烧{gt}{c}°C（{f}°F）已有{d4}天，现在又有{sign}，{place}请致电您的医生或护士咨询热线。",
        "b_911": "如果抽搐持续{gt}{min}分钟，或孩子{place}有{sign}，请拨打{p911}。",
        "b_weight": "如果孩子体重{lt}{kg}公斤（{lb}磅），{place}请给{dose}{ML}{med}。",
        "b_maxdose": "即使孩子仍有{sign}，{place}{h24}小时内也不要给{gt}{n}剂{med}。",
        "b_dry": "{place}请保持绷带清洁干燥{ge}{d}天；如果孩子有{sign}，请告诉医生。",
        "b_young": "{lt}{age}个月、有{sign}{gt}{hrs}小时的婴儿，{place}需要立即就医。",
        "b_811": "如果孩子{place}有{sign}且持续{gt}{d}天，请拨打{p811}与护士通话。",
        "b_code": "请阅读资料{code}，了解更多关于{place}照顾有{sign}的孩子的信息。",
        "b_sips": "孩子有{sign}期间，{place}请每{rm2}分钟给孩子喝几小口液体。",
        "b_times": "即使孩子不再有{sign}，{place}也要每天给{times}次{med}，连续{d}天。",
        "b_big": "有{sign}的青少年和成年人{place}每天应喝{ge}{big}{ML}液体。",
        "b_bath": "洗澡水应为{c}°C（{f}°F）；{place}给有{sign}的孩子洗澡前，请用手肘试试水温。",
        "b_cream": "如果孩子有{sign}，{place}请在发痒的皮肤上薄涂{pct}%氢化可的松乳膏，每天{times}次，连续{d3}天。",
        "b_recover": "大多数有{sign}的孩子{place}会在{rd}天后好转。",
        "b_nomed": "{place}不要给{lt}{age}个月、有{sign}的婴儿服用{med}。",
        "b_rest": "如果孩子有{sign}，应休息{rd}天，并{place}避免运动{w}周。",
        "b_mg": "{place}每{rh}小时口服{mg}{MG}{med}，{h24}小时内{le}{times2}次。",
        "b_wash": "{place}给有{sign}的孩子服用{med}前，请洗手{ge}{sec}秒。",
        "b_room": "孩子有{sign}时，{place}请保持房间凉爽，大约{c2}°C（{f2}°F）。",
        "b_heavy": "体重{gt}{kg}公斤（{lb}磅）的儿童{place}可以服用{mg}{MG}{med}。",
        "b_cut": "如果伤口长度{gt}{cm}厘米，或{place}用力按压{min2}分钟后仍在出血，或孩子有{sign}，请致电医生。",
        "b_rest2": "孩子有{sign}时，让孩子{place}休息；只有在医护团队同意时才给{med}。",
        "b_store": "{place}请把{med}放在儿童拿不到的地方，并记录孩子何时有{sign}。",
        "b_ask": "如果孩子{place}有{sign}，请询问药剂师如何给孩子服用{med}。",
    },
}

#: Simplified → Traditional, for the words and characters the Simplified templates use
#: (phrases first: some characters convert differently in context)
HANT_PHRASES = {"资料": "資料", "搜索": "搜尋", "网站": "網站", "脚踝": "腳踝", "发烧": "發燒", "头发": "頭髮",
                "干燥": "乾燥", "周末": "週末", "避免运动{w}周": "避免運動{w}週", "几小口": "幾小口",
                "托儿所": "托兒所", "哮吼": "哮吼", "荨麻疹": "蕁麻疹", "面对": "面對"}
HANT_CHARS = str.maketrans(
    "万与严个为乐于们会伤体儿关养内况准凉几则刚剂务动医压厘发变后呕员周咙咨团处复头婴"
    "学对属岁师带帮干并应开异录总护拨数时晒晕构样气氢泻泼洁测涂温湿满烧热状现琼电疗痒"
    "离紧红约级线细经给续绷缝网肠肤肿胀脚脱苏荨药见觉认让议记许诉诊试话询该请读谁资转"
    "轻达过运这连适酰采里针钟链长门闭问间阅队随难须顾颈饭饮饰马验鸡龄龙"
    "园车",
    "萬與嚴個為樂於們會傷體兒關養內況準涼幾則剛劑務動醫壓釐發變後嘔員週嚨諮團處復頭嬰"
    "學對屬歲師帶幫乾並應開異錄總護撥數時曬暈構樣氣氫瀉潑潔測塗溫濕滿燒熱狀現瓊電療癢"
    "離緊紅約級線細經給續繃縫網腸膚腫脹腳脫蘇蕁藥見覺認讓議記許訴診試話詢該請讀誰資轉"
    "輕達過運這連適醯採裡針鐘鏈長門閉問間閱隊隨難須顧頸飯飲飾馬驗雞齡龍"
    "園車",
)


def _to_hant(text: str) -> str:
    for simp, trad in HANT_PHRASES.items():
        text = text.replace(simp, trad)
    return text.translate(HANT_CHARS)


def _convert(value: Any) -> Any:
    if isinstance(value, str):
        return _to_hant(value)
    if isinstance(value, list):
        return [_convert(v) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    return value


ZH_HANT: dict[str, Any] = {k: (_convert(v) if k not in ("digits", "decimal", "group", "join") else v)
                           for k, v in ZH_HANS.items()}

# --------------------------------------------------------------------------- Korean

KO: dict[str, Any] = {
    "digits": None, "decimal": ".", "group": ",", "range": "{a}~{b}", "join": " ",
    # Korean comparison words follow the number ("38°C 초과", "3개월 미만")
    "cmp": {"gt": "초과", "lt": "미만", "ge": "이상", "le": "이하"},
    "unit": {"ML": "mL", "MG": "mg"}, "native_phone": True,
    "topic": "{a} {p}의 {c}",
    "cycle": "{topic}(시리즈 {k})",
    "tail": "(안내서 {id})",
    "cond": ["크루프", "세기관지염", "천식", "습진", "변비", "발목 염좌", "팔 골절", "가벼운 화상", "봉합한 상처",
             "귀 감염", "결막염", "연쇄상구균 인두염", "머리 부상", "요로 감염", "코피", "수두", "벌 쏘임",
             "햇볕 화상", "탈수", "폐렴", "독감", "두드러기", "장염", "알레르기 반응"],
    "pop": ["영아", "걸음마기 아기", "미취학 아동", "학령기 아동", "십대 청소년", "청년", "성인", "노인",
            "운동선수", "학생"],
    "asp": ["집에 있을 때", "밤에", "학교에서", "병원 방문 후", "더운 날씨에", "추운 날씨에", "여행 중에",
            "처음 며칠 동안", "운동할 때", "어린이집에서"],
    "sign": ["발진", "목 경직", "호흡 곤란", "심한 출혈", "구토", "심한 두통", "귀 통증", "기침", "설사",
             "어지럼증", "푸르스름한 입술", "부기", "발적", "인후통", "복통", "비정상적인 졸음",
              "콧물", "눈 가려움", "가슴 통증", "식욕 부진"],
    # every name ends in a final consonant: the particles are 을/이/은
    "med": ["아세트아미노펜", "이부프로펜", "아목시실린", "세티리진", "온단세트론", "프레드니솔론"],
    "place": ["집에서", "학교에서", "밤에", "식사 후에", "잠자기 전에", "아침에", "어린이집에서", "낮 동안",
              "목욕 후에", "운동 전에", "여행 중에", "주말에", "저녁에", "낮잠 후에", "더운 날씨에",
              "친구 집에서", "방과 후에", "공원에서", "점심 식사 후에", "장거리 운전 중에",
              "조부모님 댁에서", "등교 전에", "수영장에서", "저녁 식사 후에"],
    "t": {
        "title": "관리 안내서: {topic}",
        "subtitle": "예상되는 일과 해야 할 일: {topic}",
        "audience": "대상: {topic} 관련 환자, 가족 및 보호자",
        "credits": "벤치마크용으로 생성된 예시 콘텐츠입니다(안내서 {id}). 의학적 조언이 아닙니다. "
                   "CC BY 4.0 라이선스.",
        "h_about": "{topic} 알아보기",
        "h_home": "{topic} 관리 방법은?",
        "h_meds": "{topic} 약물",
        "h_call": "{topic} 관련하여 언제 도움을 요청해야 하나요?",
        "h_learn": "{topic}에 대해 더 알아볼 수 있는 곳은?",
        "bh_rest": "{topic} 중의 휴식과 활동",
        "bh_food": "{topic} 중의 식사와 수분 섭취",
        "i_emergency": "{topic} 관련하여 응급 치료가 필요하다고 생각되면 언제든지 {p911}에 전화하십시오. "
                       "예를 들어 다음과 같은 경우 전화하십시오:",
        "i_urgent": "다음과 같은 경우 지금 의사나 간호사 상담 전화에 연락하거나 즉시 진료를 받으십시오({topic}):",
        "i_watch": "{topic} 중 건강 변화를 주의 깊게 관찰하고, 다음과 같은 경우 반드시 의사나 간호사 상담 "
                   "전화에 연락하십시오:",
        "learn": "{topic}에 대해 더 읽으려면 주 건강 정보 웹사이트에서 {id} 항목을 검색하십시오.",
        "b_ice": "아이에게 {sign} 증상이 있으면 {place} 아픈 부위에 냉찜질 팩을 한 번에 {rm}분씩 대십시오.",
        "b_dose": "아이에게 {sign} 증상이 있으면 {place} {rh}시간마다 {med} {dose}{ML}을 주십시오.",
        "b_fever": "아이가 {d4}일 동안 {c}°C({f}°F) {gt}의 열이 있고 지금 {sign} 증상도 있으면 {place} 의사나 "
                   "간호사 상담 전화에 연락하십시오.",
        "b_911": "발작이 {min}분 {gt} 계속되거나 아이에게 {place} {sign} 증상이 있으면 {p911}에 "
                 "전화하십시오.",
        "b_weight": "아이의 체중이 {kg}kg({lb}파운드) {lt}이면 {place} {med} {dose}{ML}을 주십시오.",
        "b_maxdose": "아이에게 아직 {sign} 증상이 있더라도 {place} {h24}시간 동안 {med}을 {n}회 {gt} 주지 "
                     "마십시오.",
        "b_dry": "{place} 붕대를 {d}일 {ge} 깨끗하고 건조하게 유지하고, 아이에게 {sign} 증상이 있으면 의사에게 "
                 "알리십시오.",
        "b_young": "생후 {age}개월 {lt}의 아기에게 {sign} 증상이 {hrs}시간 {gt} 계속되면 {place} 즉시 진료를 "
                   "받아야 합니다.",
        "b_811": "아이의 {sign} 증상이 {d}일 {gt} 계속되면 {place} {p811}에 전화하여 간호사와 상담하십시오.",
        "b_code": "{sign} 증상이 있는 아이를 {place} 돌보는 방법에 대해 더 알아보려면 안내서 {code} 항목을 "
                  "읽으십시오.",
        "b_sips": "아이에게 {sign} 증상이 있는 동안 {place} {rm2}분마다 수분을 조금씩 마시게 하십시오.",
        "b_times": "{sign} 증상이 사라져도 {place} {med}을 매일 {times}회씩 {d}일 동안 주십시오.",
        "b_big": "{sign} 증상이 있는 청소년과 성인은 {place} 매일 수분을 {big}{ML} {ge} 마셔야 합니다.",
        "b_bath": "목욕물은 {c}°C({f}°F)여야 합니다. {place} {sign} 증상이 있는 아이를 목욕시키기 전에 팔꿈치로 "
                  "온도를 확인하십시오.",
        "b_cream": "아이에게 {sign} 증상이 있으면 {place} 가려운 피부에 {pct}% 하이드로코르티손 크림을 매일 "
                   "{times}회씩 {d3}일 동안 얇게 바르십시오.",
        "b_recover": "{sign} 증상이 있는 아이들은 대부분 {place} {rd}일 후에 나아집니다.",
        "b_nomed": "생후 {age}개월 {lt}이고 {sign} 증상이 있는 아기에게는 {place} {med}을 주지 마십시오.",
        "b_rest": "아이에게 {sign} 증상이 있으면 {rd}일 동안 쉬고 {place} {w}주 동안 운동을 피해야 합니다.",
        "b_mg": "{place} {rh}시간마다 {med} {mg}{MG}을 입으로 주되, {h24}시간 동안 {times2}회 {le}로 "
                "주십시오.",
        "b_wash": "{sign} 증상이 있는 아이에게 {place} {med}을 주기 전에 손을 {sec}초 {ge} 씻으십시오.",
        "b_room": "아이에게 {sign} 증상이 있을 때는 {place} 방을 약 {c2}°C({f2}°F)로 시원하게 유지하십시오.",
        "b_heavy": "체중이 {kg}kg({lb}파운드) {gt}인 아이는 {place} {med} {mg}{MG}을 먹을 수 있습니다.",
        "b_cut": "상처 길이가 {cm}cm {gt}이거나 {place} {min2}분 동안 세게 눌러도 계속 피가 나면, 또는 아이에게 {sign} "
                 "증상이 있으면 의사에게 전화하십시오.",
        "b_rest2": "아이에게 {sign} 증상이 있을 때는 {place} 쉬게 하고, 의료진이 지시한 경우에만 {med}을 "
                   "주십시오.",
        "b_store": "{place} {med}을 어린이의 손이 닿지 않는 곳에 보관하고, 아이에게 {sign} 증상이 있었던 때를 "
                   "기록하십시오.",
        "b_ask": "아이에게 {place} {sign} 증상이 있으면 약사에게 {med} 복용 방법을 물어보십시오.",
    },
}

# --------------------------------------------------------------------------- Hindi

HI: dict[str, Any] = {
    "digits": "०१२३४५६७८९", "decimal": ".", "group": ",", "range": "{a} से {b}", "join": " ",
    # "से अधिक" / "से कम" follow the number; "कम से कम" / "अधिकतम" come before it
    "cmp": {"gt": "से अधिक", "lt": "से कम", "ge": "कम से कम", "le": "अधिकतम"},
    "unit": {"ML": "मि.ली.", "MG": "मि.ग्रा."}, "native_phone": False,
    "topic": "{a} {p} में {c}",
    "cycle": "{topic} (श्रृंखला {k})",
    "tail": " (पत्रक {id})",
    "cond": ["क्रुप", "ब्रोंकियोलाइटिस", "अस्थमा", "एक्ज़िमा", "कब्ज़", "टखने की मोच", "बांह की हड्डी टूटना",
             "हल्का जलना", "टांकों वाला कट", "कान का संक्रमण", "आँख आना", "स्ट्रेप गले का संक्रमण", "सिर की चोट",
             "मूत्र मार्ग का संक्रमण", "नाक से खून आना", "चिकनपॉक्स", "मधुमक्खी का डंक", "धूप से जलना",
             "पानी की कमी", "निमोनिया", "फ्लू", "पित्ती", "पेट का फ्लू", "एलर्जी की प्रतिक्रिया"],
    "pop": ["शिशुओं", "छोटे बच्चों", "प्री-स्कूल बच्चों", "स्कूली बच्चों", "किशोरों", "युवा वयस्कों", "वयस्कों",
            "बुज़ुर्गों", "खिलाड़ियों", "विद्यार्थियों"],
    "asp": ["घर पर", "रात में", "स्कूल में", "अस्पताल जाने के बाद", "गर्म मौसम में", "ठंडे मौसम में",
            "यात्रा के दौरान", "शुरुआती दिनों में", "खेलकूद के दौरान", "डेकेयर में"],
    "sign": ["चकत्ते", "गर्दन में अकड़न", "सांस लेने में तकलीफ़", "बहुत ज़्यादा खून बहना", "उल्टी", "तेज़ सिरदर्द",
             "कान में दर्द", "खांसी", "दस्त", "चक्कर", "नीले होंठ", "सूजन", "लालिमा", "गले में खराश", "पेट दर्द",
             "असामान्य नींद",
              "नाक बहना", "आँखों में खुजली", "सीने में दर्द", "भूख की कमी"],
    "med": ["एसिटामिनोफेन", "आइबुप्रोफेन", "एमोक्सिसिलिन", "सेटिरिज़िन", "ओन्डैनसेट्रॉन", "प्रेडनिसोलोन"],
    "place": ["घर पर", "स्कूल में", "रात में", "भोजन के बाद", "सोने से पहले", "सुबह", "डेकेयर में", "दिन के समय",
              "नहाने के बाद", "खेल से पहले", "यात्रा के दौरान", "सप्ताहांत पर", "शाम को", "झपकी के बाद",
              "गर्म मौसम में", "किसी दोस्त के घर पर",
              "स्कूल के बाद", "पार्क में", "दोपहर के भोजन के बाद", "लंबी कार यात्रा के दौरान", "दादा-दादी के घर पर",
              "स्कूल जाने से पहले", "स्विमिंग पूल में", "रात के खाने के बाद"],
    "t": {
        "title": "देखभाल पत्रक: {topic}",
        "subtitle": "क्या उम्मीद करें और क्या करें: {topic}",
        "audience": "{topic} का सामना कर रहे मरीज़ों, परिवारों और देखभाल करने वालों के लिए",
        "credits": "बेंचमार्क के लिए बनाई गई नमूना सामग्री (पत्रक {id}); यह चिकित्सा सलाह नहीं है। "
                   "CC BY 4.0 के तहत लाइसेंस प्राप्त।",
        "h_about": "{topic} के बारे में",
        "h_home": "आप {topic} को कैसे संभाल सकते हैं?",
        "h_meds": "{topic} के लिए दवाएँ",
        "h_call": "{topic} में मदद के लिए कब फ़ोन करें?",
        "h_learn": "{topic} के बारे में और कहाँ जानें?",
        "bh_rest": "{topic} में आराम और गतिविधि",
        "bh_food": "{topic} में खाना-पीना",
        "i_emergency": "जब भी आपको लगे कि {topic} में आपातकालीन देखभाल की ज़रूरत है, {p911} पर फ़ोन करें। "
                       "उदाहरण के लिए, फ़ोन करें यदि:",
        "i_urgent": "{topic} के लिए अभी अपने डॉक्टर या नर्स सलाह लाइन को फ़ोन करें, या तुरंत चिकित्सा देखभाल "
                    "लें, यदि:",
        "i_watch": "{topic} में स्वास्थ्य में बदलाव पर ध्यान से नज़र रखें, और अपने डॉक्टर या नर्स सलाह लाइन को "
                   "ज़रूर फ़ोन करें यदि:",
        "learn": "{topic} के बारे में और पढ़ने के लिए अपने प्रांत की स्वास्थ्य जानकारी वेबसाइट पर {id} खोजें।",
        "b_ice": "अगर आपके बच्चे को {sign} है, तो {place} दर्द वाली जगह पर एक बार में {rm} मिनट तक ठंडी पट्टी "
                 "रखें।",
        "b_dose": "अगर आपके बच्चे को {sign} है, तो {place} हर {rh} घंटे में {med} की {dose} {ML} खुराक दें।",
        "b_fever": "अगर आपके बच्चे को {d4} दिनों से {c}°C ({f}°F) {gt} बुख़ार है और अब {sign} भी है, तो "
                   "{place} अपने डॉक्टर या नर्स सलाह लाइन को फ़ोन करें।",
        "b_911": "अगर दौरा {min} मिनट {gt} चले या आपके बच्चे को {place} {sign} हो, तो {p911} पर फ़ोन करें।",
        "b_weight": "अगर आपके बच्चे का वज़न {kg} किलो ({lb} पाउंड) {lt} है, तो {place} {med} की {dose} {ML} "
                    "खुराक दें।",
        "b_maxdose": "भले ही आपके बच्चे को अभी भी {sign} हो, {place} {h24} घंटे में {med} की {n} {gt} खुराक "
                     "न दें।",
        "b_dry": "{place} पट्टी को {ge} {d} दिन तक साफ़ और सूखा रखें, और अगर आपके बच्चे को {sign} हो तो डॉक्टर "
                 "को बताएँ।",
        "b_young": "{age} महीने {lt} उम्र के जिन शिशुओं को {hrs} घंटे {gt} समय से {sign} है, उन्हें {place} "
                   "तुरंत चिकित्सा देखभाल की ज़रूरत है।",
        "b_811": "अगर आपके बच्चे का {sign} {d} दिन {gt} रहे, तो {place} नर्स से बात करने के लिए {p811} पर "
                 "फ़ोन करें।",
        "b_code": "{place} {sign} वाले बच्चे की देखभाल के बारे में और जानने के लिए पत्रक {code} पढ़ें।",
        "b_sips": "जब तक आपके बच्चे को {sign} है, {place} हर {rm2} मिनट में तरल के छोटे घूँट दें।",
        "b_times": "भले ही आपके बच्चे का {sign} ठीक हो जाए, {place} {med} दिन में {times} बार {d} दिनों तक दें।",
        "b_big": "{sign} वाले किशोरों और वयस्कों को {place} रोज़ाना {ge} {big} {ML} तरल पीना चाहिए।",
        "b_bath": "नहाने का पानी {c}°C ({f}°F) होना चाहिए; {place} {sign} वाले बच्चे को नहलाने से पहले कोहनी से "
                  "पानी जाँच लें।",
        "b_cream": "अगर आपके बच्चे को {sign} है, तो {place} खुजली वाली त्वचा पर {pct}% हाइड्रोकार्टिसोन क्रीम की "
                   "पतली परत दिन में {times} बार {d3} दिनों तक लगाएँ।",
        "b_recover": "{sign} वाले ज़्यादातर बच्चे {place} {rd} दिनों में बेहतर महसूस करते हैं।",
        "b_nomed": "{age} महीने {lt} उम्र के जिन शिशुओं को {sign} है, उन्हें {place} {med} न दें।",
        "b_rest": "अगर आपके बच्चे को {sign} है, तो उसे {rd} दिनों तक आराम करना चाहिए और {place} {w} सप्ताह तक "
                  "खेलकूद से बचना चाहिए।",
        "b_mg": "{place} हर {rh} घंटे में मुँह से {med} की {mg} {MG} खुराक दें, {h24} घंटे में {le} {times2} "
                "बार।",
        "b_wash": "{sign} वाले बच्चे को {place} {med} देने से पहले {ge} {sec} सेकंड तक हाथ धोएँ।",
        "b_room": "जब आपके बच्चे को {sign} हो, {place} कमरे को ठंडा, लगभग {c2}°C ({f2}°F), रखें।",
        "b_heavy": "{kg} किलो ({lb} पाउंड) {gt} वज़न वाले बच्चे {place} {med} की {mg} {MG} खुराक ले सकते हैं।",
        "b_cut": "अगर कट {cm} सेमी {gt} लंबा है या {place} {min2} मिनट तक ज़ोर से दबाने के बाद भी खून बह रहा है, या "
                 "आपके बच्चे को {sign} है, तो डॉक्टर को फ़ोन करें।",
        "b_rest2": "जब आपके बच्चे को {sign} हो, तो उसे {place} आराम करने दें, और {med} तभी दें जब आपकी देखभाल "
                   "टीम ने कहा हो।",
        "b_store": "{place} {med} को बच्चों की पहुँच से दूर रखें, और लिखें कि आपके बच्चे को कब {sign} होता है।",
        "b_ask": "अगर आपके बच्चे को {place} {sign} है, तो अपने फ़ार्मासिस्ट से पूछें कि {med} कैसे दें।",
    },
}

# --------------------------------------------------------------------------- Punjabi (Gurmukhi)

PA: dict[str, Any] = {
    "digits": "੦੧੨੩੪੫੬੭੮੯", "decimal": ".", "group": ",", "range": "{a} ਤੋਂ {b}", "join": " ",
    "cmp": {"gt": "ਤੋਂ ਵੱਧ", "lt": "ਤੋਂ ਘੱਟ", "ge": "ਘੱਟੋ-ਘੱਟ", "le": "ਵੱਧ ਤੋਂ ਵੱਧ"},
    "unit": {"ML": "ਮਿ.ਲੀ.", "MG": "ਮਿ.ਗ੍ਰਾ."}, "native_phone": False,
    "topic": "{a} {p} ਵਿੱਚ {c}",
    "cycle": "{topic} (ਲੜੀ {k})",
    "tail": " (ਪਰਚਾ {id})",
    "cond": ["ਕਰੂਪ", "ਬ੍ਰੌਂਕਿਓਲਾਈਟਿਸ", "ਦਮਾ", "ਐਗਜ਼ੀਮਾ", "ਕਬਜ਼", "ਗਿੱਟੇ ਦੀ ਮੋਚ", "ਟੁੱਟੀ ਹੋਈ ਬਾਂਹ", "ਹਲਕਾ ਜਲਣਾ",
             "ਟਾਂਕਿਆਂ ਵਾਲਾ ਕੱਟ", "ਕੰਨ ਦੀ ਲਾਗ", "ਅੱਖ ਆਉਣਾ", "ਸਟ੍ਰੈੱਪ ਗਲੇ ਦੀ ਲਾਗ", "ਸਿਰ ਦੀ ਸੱਟ",
             "ਪਿਸ਼ਾਬ ਨਾਲੀ ਦੀ ਲਾਗ", "ਨੱਕ ਵਿੱਚੋਂ ਖ਼ੂਨ ਆਉਣਾ", "ਚਿਕਨਪੌਕਸ", "ਮਧੂ-ਮੱਖੀ ਦਾ ਡੰਗ", "ਧੁੱਪ ਨਾਲ ਜਲਣਾ",
             "ਪਾਣੀ ਦੀ ਘਾਟ", "ਨਮੂਨੀਆ", "ਫਲੂ", "ਛਪਾਕੀ", "ਪੇਟ ਦਾ ਫਲੂ", "ਐਲਰਜੀ ਦੀ ਪ੍ਰਤੀਕਿਰਿਆ"],
    "pop": ["ਨਵਜੰਮੇ ਬੱਚਿਆਂ", "ਛੋਟੇ ਬੱਚਿਆਂ", "ਪ੍ਰੀ-ਸਕੂਲ ਬੱਚਿਆਂ", "ਸਕੂਲੀ ਬੱਚਿਆਂ", "ਕਿਸ਼ੋਰਾਂ", "ਨੌਜਵਾਨਾਂ",
            "ਬਾਲਗਾਂ", "ਬਜ਼ੁਰਗਾਂ", "ਖਿਡਾਰੀਆਂ", "ਵਿਦਿਆਰਥੀਆਂ"],
    "asp": ["ਘਰ ਵਿੱਚ", "ਰਾਤ ਨੂੰ", "ਸਕੂਲ ਵਿੱਚ", "ਹਸਪਤਾਲ ਜਾਣ ਤੋਂ ਬਾਅਦ", "ਗਰਮ ਮੌਸਮ ਵਿੱਚ", "ਠੰਢੇ ਮੌਸਮ ਵਿੱਚ",
            "ਸਫ਼ਰ ਦੌਰਾਨ", "ਸ਼ੁਰੂਆਤੀ ਦਿਨਾਂ ਵਿੱਚ", "ਖੇਡਾਂ ਦੌਰਾਨ", "ਡੇਅਕੇਅਰ ਵਿੱਚ"],
    "sign": ["ਧੱਫੜ", "ਗਰਦਨ ਵਿੱਚ ਅਕੜਾਅ", "ਸਾਹ ਲੈਣ ਵਿੱਚ ਤਕਲੀਫ਼", "ਬਹੁਤ ਜ਼ਿਆਦਾ ਖ਼ੂਨ ਵਗਣਾ", "ਉਲਟੀ", "ਤੇਜ਼ ਸਿਰ ਦਰਦ",
             "ਕੰਨ ਵਿੱਚ ਦਰਦ", "ਖੰਘ", "ਦਸਤ", "ਚੱਕਰ", "ਨੀਲੇ ਬੁੱਲ੍ਹ", "ਸੋਜ", "ਲਾਲੀ", "ਗਲੇ ਵਿੱਚ ਖਰਾਸ਼", "ਪੇਟ ਦਰਦ",
             "ਅਸਧਾਰਨ ਨੀਂਦ",
              "ਨੱਕ ਵਗਣਾ", "ਅੱਖਾਂ ਵਿੱਚ ਖੁਜਲੀ", "ਛਾਤੀ ਵਿੱਚ ਦਰਦ", "ਭੁੱਖ ਦੀ ਕਮੀ"],
    "med": ["ਐਸੀਟਾਮਿਨੋਫ਼ਿਨ", "ਆਈਬਿਊਪ੍ਰੋਫ਼ਿਨ", "ਅਮੋਕਸੀਸਿਲਿਨ", "ਸੈਟੀਰੀਜ਼ੀਨ", "ਓਂਡੈਨਸੈਟ੍ਰੋਨ", "ਪ੍ਰੈਡਨੀਸੋਲੋਨ"],
    "place": ["ਘਰ ਵਿੱਚ", "ਸਕੂਲ ਵਿੱਚ", "ਰਾਤ ਨੂੰ", "ਖਾਣੇ ਤੋਂ ਬਾਅਦ", "ਸੌਣ ਤੋਂ ਪਹਿਲਾਂ", "ਸਵੇਰੇ", "ਡੇਅਕੇਅਰ ਵਿੱਚ",
              "ਦਿਨ ਵੇਲੇ", "ਨਹਾਉਣ ਤੋਂ ਬਾਅਦ", "ਖੇਡਣ ਤੋਂ ਪਹਿਲਾਂ", "ਸਫ਼ਰ ਦੌਰਾਨ", "ਹਫ਼ਤੇ ਦੇ ਅੰਤ ਤੇ", "ਸ਼ਾਮ ਨੂੰ",
              "ਝਪਕੀ ਤੋਂ ਬਾਅਦ", "ਗਰਮ ਮੌਸਮ ਵਿੱਚ", "ਕਿਸੇ ਦੋਸਤ ਦੇ ਘਰ",
              "ਸਕੂਲ ਤੋਂ ਬਾਅਦ", "ਪਾਰਕ ਵਿੱਚ", "ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਤੋਂ ਬਾਅਦ", "ਲੰਮੇ ਕਾਰ ਸਫ਼ਰ ਦੌਰਾਨ", "ਦਾਦਾ-ਦਾਦੀ ਦੇ ਘਰ",
              "ਸਕੂਲ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ", "ਸਵੀਮਿੰਗ ਪੂਲ ਵਿੱਚ", "ਰਾਤ ਦੇ ਖਾਣੇ ਤੋਂ ਬਾਅਦ"],
    "t": {
        "title": "ਦੇਖਭਾਲ ਪਰਚਾ: {topic}",
        "subtitle": "ਕੀ ਉਮੀਦ ਕਰਨੀ ਹੈ ਅਤੇ ਕੀ ਕਰਨਾ ਹੈ: {topic}",
        "audience": "{topic} ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਮਰੀਜ਼ਾਂ, ਪਰਿਵਾਰਾਂ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ",
        "credits": "ਬੈਂਚਮਾਰਕ ਲਈ ਬਣਾਈ ਗਈ ਨਮੂਨਾ ਸਮੱਗਰੀ (ਪਰਚਾ {id}); ਇਹ ਡਾਕਟਰੀ ਸਲਾਹ ਨਹੀਂ ਹੈ। CC BY 4.0 ਅਧੀਨ "
                   "ਲਾਇਸੈਂਸਸ਼ੁਦਾ।",
        "h_about": "{topic} ਬਾਰੇ",
        "h_home": "ਤੁਸੀਂ {topic} ਨੂੰ ਕਿਵੇਂ ਸੰਭਾਲ ਸਕਦੇ ਹੋ?",
        "h_meds": "{topic} ਲਈ ਦਵਾਈਆਂ",
        "h_call": "{topic} ਵਿੱਚ ਮਦਦ ਲਈ ਕਦੋਂ ਫ਼ੋਨ ਕਰਨਾ ਹੈ?",
        "h_learn": "{topic} ਬਾਰੇ ਹੋਰ ਕਿੱਥੋਂ ਜਾਣੋ?",
        "bh_rest": "{topic} ਦੌਰਾਨ ਆਰਾਮ ਅਤੇ ਸਰਗਰਮੀ",
        "bh_food": "{topic} ਦੌਰਾਨ ਖਾਣਾ-ਪੀਣਾ",
        "i_emergency": "ਜਦੋਂ ਵੀ ਤੁਹਾਨੂੰ ਲੱਗੇ ਕਿ {topic} ਵਿੱਚ ਐਮਰਜੈਂਸੀ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ, {p911} ਤੇ ਫ਼ੋਨ ਕਰੋ। "
                       "ਉਦਾਹਰਨ ਲਈ, ਫ਼ੋਨ ਕਰੋ ਜੇ:",
        "i_urgent": "{topic} ਲਈ ਹੁਣੇ ਆਪਣੇ ਡਾਕਟਰ ਜਾਂ ਨਰਸ ਸਲਾਹ ਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਤੁਰੰਤ ਡਾਕਟਰੀ ਦੇਖਭਾਲ ਲਓ, "
                    "ਜੇ:",
        "i_watch": "{topic} ਦੌਰਾਨ ਸਿਹਤ ਵਿੱਚ ਤਬਦੀਲੀਆਂ ਤੇ ਧਿਆਨ ਨਾਲ ਨਜ਼ਰ ਰੱਖੋ, ਅਤੇ ਆਪਣੇ ਡਾਕਟਰ ਜਾਂ ਨਰਸ ਸਲਾਹ ਲਾਈਨ "
                   "ਨੂੰ ਜ਼ਰੂਰ ਫ਼ੋਨ ਕਰੋ ਜੇ:",
        "learn": "{topic} ਬਾਰੇ ਹੋਰ ਪੜ੍ਹਨ ਲਈ ਆਪਣੇ ਸੂਬੇ ਦੀ ਸਿਹਤ ਜਾਣਕਾਰੀ ਵੈੱਬਸਾਈਟ ਤੇ {id} ਖੋਜੋ।",
        "b_ice": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੈ, ਤਾਂ {place} ਦਰਦ ਵਾਲੀ ਥਾਂ ਤੇ ਇੱਕ ਵਾਰ ਵਿੱਚ {rm} ਮਿੰਟ ਲਈ ਠੰਢੀ ਪੱਟੀ "
                 "ਰੱਖੋ।",
        "b_dose": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੈ, ਤਾਂ {place} ਹਰ {rh} ਘੰਟਿਆਂ ਬਾਅਦ {med} ਦੀ {dose} {ML} ਖ਼ੁਰਾਕ ਦਿਓ।",
        "b_fever": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {d4} ਦਿਨਾਂ ਤੋਂ {c}°C ({f}°F) {gt} ਬੁਖ਼ਾਰ ਹੈ ਅਤੇ ਹੁਣ {sign} ਵੀ ਹੈ, ਤਾਂ "
                   "{place} ਆਪਣੇ ਡਾਕਟਰ ਜਾਂ ਨਰਸ ਸਲਾਹ ਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।",
        "b_911": "ਜੇ ਦੌਰਾ {min} ਮਿੰਟ {gt} ਚੱਲੇ ਜਾਂ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {place} {sign} ਹੋਵੇ, ਤਾਂ {p911} ਤੇ ਫ਼ੋਨ ਕਰੋ।",
        "b_weight": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ ਭਾਰ {kg} ਕਿਲੋ ({lb} ਪੌਂਡ) {lt} ਹੈ, ਤਾਂ {place} {med} ਦੀ {dose} {ML} "
                    "ਖ਼ੁਰਾਕ ਦਿਓ।",
        "b_maxdose": "ਭਾਵੇਂ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਅਜੇ ਵੀ {sign} ਹੋਵੇ, {place} {h24} ਘੰਟਿਆਂ ਵਿੱਚ {med} ਦੀਆਂ {n} {gt} "
                     "ਖ਼ੁਰਾਕਾਂ ਨਾ ਦਿਓ।",
        "b_dry": "{place} ਪੱਟੀ ਨੂੰ {ge} {d} ਦਿਨ ਸਾਫ਼ ਅਤੇ ਸੁੱਕਾ ਰੱਖੋ, ਅਤੇ ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੋਵੇ ਤਾਂ "
                 "ਡਾਕਟਰ ਨੂੰ ਦੱਸੋ।",
        "b_young": "{age} ਮਹੀਨਿਆਂ {lt} ਉਮਰ ਦੇ ਜਿਨ੍ਹਾਂ ਬੱਚਿਆਂ ਨੂੰ {hrs} ਘੰਟਿਆਂ {gt} ਸਮੇਂ ਤੋਂ {sign} ਹੈ, ਉਨ੍ਹਾਂ ਨੂੰ "
                   "{place} ਤੁਰੰਤ ਡਾਕਟਰੀ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ।",
        "b_811": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ {sign} {d} ਦਿਨਾਂ {gt} ਰਹੇ, ਤਾਂ {place} ਨਰਸ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ {p811} ਤੇ ਫ਼ੋਨ "
                 "ਕਰੋ।",
        "b_code": "{place} {sign} ਵਾਲੇ ਬੱਚੇ ਦੀ ਦੇਖਭਾਲ ਬਾਰੇ ਹੋਰ ਜਾਣਨ ਲਈ ਪਰਚਾ {code} ਪੜ੍ਹੋ।",
        "b_sips": "ਜਦੋਂ ਤੱਕ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੈ, {place} ਹਰ {rm2} ਮਿੰਟ ਬਾਅਦ ਤਰਲ ਦੇ ਛੋਟੇ ਘੁੱਟ ਦਿਓ।",
        "b_times": "ਭਾਵੇਂ ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ {sign} ਠੀਕ ਹੋ ਜਾਵੇ, {place} {med} ਦਿਨ ਵਿੱਚ {times} ਵਾਰ {d} ਦਿਨਾਂ ਤੱਕ ਦਿਓ।",
        "b_big": "{sign} ਵਾਲੇ ਕਿਸ਼ੋਰਾਂ ਅਤੇ ਬਾਲਗਾਂ ਨੂੰ {place} ਰੋਜ਼ਾਨਾ {ge} {big} {ML} ਤਰਲ ਪੀਣਾ ਚਾਹੀਦਾ ਹੈ।",
        "b_bath": "ਨਹਾਉਣ ਵਾਲਾ ਪਾਣੀ {c}°C ({f}°F) ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ; {place} {sign} ਵਾਲੇ ਬੱਚੇ ਨੂੰ ਨਹਾਉਣ ਤੋਂ ਪਹਿਲਾਂ "
                  "ਕੂਹਣੀ ਨਾਲ ਪਾਣੀ ਜਾਂਚੋ।",
        "b_cream": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੈ, ਤਾਂ {place} ਖੁਜਲੀ ਵਾਲੀ ਚਮੜੀ ਤੇ {pct}% ਹਾਈਡ੍ਰੋਕਾਰਟੀਸੋਨ ਕਰੀਮ ਦੀ "
                   "ਪਤਲੀ ਪਰਤ ਦਿਨ ਵਿੱਚ {times} ਵਾਰ {d3} ਦਿਨਾਂ ਤੱਕ ਲਗਾਓ।",
        "b_recover": "{sign} ਵਾਲੇ ਜ਼ਿਆਦਾਤਰ ਬੱਚੇ {place} {rd} ਦਿਨਾਂ ਵਿੱਚ ਬਿਹਤਰ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ।",
        "b_nomed": "{age} ਮਹੀਨਿਆਂ {lt} ਉਮਰ ਦੇ ਜਿਨ੍ਹਾਂ ਬੱਚਿਆਂ ਨੂੰ {sign} ਹੈ, ਉਨ੍ਹਾਂ ਨੂੰ {place} {med} ਨਾ ਦਿਓ।",
        "b_rest": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੈ, ਤਾਂ ਉਸਨੂੰ {rd} ਦਿਨ ਆਰਾਮ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ ਅਤੇ {place} {w} ਹਫ਼ਤੇ "
                  "ਖੇਡਾਂ ਤੋਂ ਬਚਣਾ ਚਾਹੀਦਾ ਹੈ।",
        "b_mg": "{place} ਹਰ {rh} ਘੰਟਿਆਂ ਬਾਅਦ ਮੂੰਹ ਰਾਹੀਂ {med} ਦੀ {mg} {MG} ਖ਼ੁਰਾਕ ਦਿਓ, {h24} ਘੰਟਿਆਂ ਵਿੱਚ {le} "
                "{times2} ਵਾਰ।",
        "b_wash": "{sign} ਵਾਲੇ ਬੱਚੇ ਨੂੰ {place} {med} ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ {ge} {sec} ਸਕਿੰਟ ਹੱਥ ਧੋਵੋ।",
        "b_room": "ਜਦੋਂ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੋਵੇ, {place} ਕਮਰੇ ਨੂੰ ਠੰਢਾ, ਲਗਭਗ {c2}°C ({f2}°F), ਰੱਖੋ।",
        "b_heavy": "{kg} ਕਿਲੋ ({lb} ਪੌਂਡ) {gt} ਭਾਰ ਵਾਲੇ ਬੱਚੇ {place} {med} ਦੀ {mg} {MG} ਖ਼ੁਰਾਕ ਲੈ ਸਕਦੇ ਹਨ।",
        "b_cut": "ਜੇ ਕੱਟ {cm} ਸੈ.ਮੀ. {gt} ਲੰਮਾ ਹੈ ਜਾਂ {place} {min2} ਮਿੰਟ ਤੱਕ ਜ਼ੋਰ ਨਾਲ ਦਬਾਉਣ ਤੋਂ ਬਾਅਦ ਵੀ ਖ਼ੂਨ ਵਗ ਰਿਹਾ "
                 "ਹੈ, ਜਾਂ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੈ, ਤਾਂ ਡਾਕਟਰ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।",
        "b_rest2": "ਜਦੋਂ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {sign} ਹੋਵੇ, ਤਾਂ ਉਸਨੂੰ {place} ਆਰਾਮ ਕਰਨ ਦਿਓ, ਅਤੇ {med} ਤਾਂ ਹੀ ਦਿਓ ਜੇ "
                   "ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਟੀਮ ਨੇ ਕਿਹਾ ਹੋਵੇ।",
        "b_store": "{place} {med} ਨੂੰ ਬੱਚਿਆਂ ਦੀ ਪਹੁੰਚ ਤੋਂ ਦੂਰ ਰੱਖੋ, ਅਤੇ ਲਿਖੋ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਕਦੋਂ {sign} "
                   "ਹੁੰਦਾ ਹੈ।",
        "b_ask": "ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ {place} {sign} ਹੈ, ਤਾਂ ਆਪਣੇ ਫ਼ਾਰਮਾਸਿਸਟ ਨੂੰ ਪੁੱਛੋ ਕਿ {med} ਕਿਵੇਂ ਦੇਣੀ ਹੈ।",
    },
}

# --------------------------------------------------------------------------- Vietnamese

VI: dict[str, Any] = {
    "digits": None, "decimal": ",", "group": ".", "range": "{a} đến {b}", "join": " ",
    "cmp": {"gt": "trên", "lt": "dưới", "ge": "ít nhất", "le": "tối đa"},
    "unit": {"ML": "ml", "MG": "mg"}, "native_phone": True,
    "topic": "{c} ở {p} {a}",
    "cycle": "{topic} (loạt {k})",
    "tail": " (tờ {id})",
    "cond": ["bệnh viêm thanh quản cấp", "viêm tiểu phế quản", "hen suyễn", "chàm", "táo bón",
             "bong gân mắt cá chân", "gãy tay", "bỏng nhẹ", "vết cắt có khâu", "nhiễm trùng tai", "đau mắt đỏ",
             "viêm họng liên cầu", "chấn thương đầu", "nhiễm trùng đường tiết niệu", "chảy máu cam", "thủy đậu",
             "ong đốt", "cháy nắng", "mất nước", "viêm phổi", "cúm", "nổi mề đay", "cúm dạ dày",
             "phản ứng dị ứng"],
    "pop": ["trẻ sơ sinh", "trẻ mới biết đi", "trẻ mẫu giáo", "trẻ em đang đi học", "thanh thiếu niên",
            "người trẻ", "người lớn", "người cao tuổi", "vận động viên", "học sinh sinh viên"],
    "asp": ["tại nhà", "vào ban đêm", "ở trường", "sau khi đi bệnh viện", "khi trời nóng", "khi trời lạnh",
            "khi đi du lịch", "trong những ngày đầu", "khi chơi thể thao", "ở nhà trẻ"],
    "sign": ["phát ban", "cứng cổ", "khó thở", "chảy máu nhiều", "nôn", "đau đầu dữ dội", "đau tai", "ho",
             "tiêu chảy", "chóng mặt", "môi tím tái", "sưng", "đỏ da", "đau họng", "đau bụng",
             "buồn ngủ bất thường",
              "sổ mũi", "ngứa mắt", "đau ngực", "chán ăn"],
    "med": ["acetaminophen", "ibuprofen", "amoxicillin", "cetirizin", "ondansetron", "prednisolon"],
    "place": ["ở nhà", "ở trường", "vào ban đêm", "sau bữa ăn", "trước khi đi ngủ", "vào buổi sáng", "ở nhà trẻ",
              "vào ban ngày", "sau khi tắm", "trước khi chơi thể thao", "khi đi du lịch", "vào cuối tuần",
              "vào buổi tối", "sau giấc ngủ trưa", "khi trời nóng", "ở nhà bạn bè",
              "sau buổi học", "ở công viên", "sau bữa trưa", "trong chuyến đi xe dài", "ở nhà ông bà",
              "trước khi đến trường", "ở hồ bơi", "sau bữa tối"],
    "t": {
        "title": "Tờ hướng dẫn chăm sóc: {topic}",
        "subtitle": "Những điều cần biết và cần làm: {topic}",
        "audience": "Dành cho bệnh nhân, gia đình và người chăm sóc đang đối mặt với {topic}",
        "credits": "Nội dung mẫu được tạo cho các bài kiểm tra hiệu năng (tờ {id}); đây không phải là lời khuyên "
                   "y tế. Được cấp phép theo CC BY 4.0.",
        "h_about": "Giới thiệu về {topic}",
        "h_home": "Bạn có thể xử lý {topic} như thế nào?",
        "h_meds": "Thuốc cho {topic}",
        "h_call": "Khi nào bạn nên gọi trợ giúp về {topic}?",
        "h_learn": "Bạn có thể tìm hiểu thêm về {topic} ở đâu?",
        "bh_rest": "Nghỉ ngơi và hoạt động khi bị {topic}",
        "bh_food": "Ăn uống khi bị {topic}",
        "i_emergency": "Hãy gọi {p911} bất cứ lúc nào bạn nghĩ rằng cần chăm sóc cấp cứu vì {topic}. Ví dụ, hãy "
                       "gọi nếu:",
        "i_urgent": "Hãy gọi bác sĩ hoặc đường dây tư vấn của y tá ngay bây giờ, hoặc đi khám ngay về {topic}, "
                    "nếu:",
        "i_watch": "Hãy theo dõi chặt chẽ các thay đổi sức khỏe khi bị {topic}, và nhớ gọi bác sĩ hoặc đường dây "
                   "tư vấn của y tá nếu:",
        "learn": "Hãy tìm {id} trên trang web thông tin sức khỏe của tỉnh bạn để đọc thêm về {topic}.",
        "b_ice": "Nếu con bạn bị {sign}, hãy chườm túi lạnh lên chỗ đau trong {rm} phút mỗi lần {place}.",
        "b_dose": "Cho uống {dose} {ML} {med} mỗi {rh} giờ {place} nếu con bạn bị {sign}.",
        "b_fever": "Hãy gọi bác sĩ hoặc đường dây tư vấn của y tá nếu con bạn bị sốt {gt} {c}°C ({f}°F) trong "
                   "{d4} ngày và nay bị {sign} {place}.",
        "b_911": "Hãy gọi {p911} nếu cơn co giật kéo dài {gt} {min} phút hoặc con bạn bị {sign} {place}.",
        "b_weight": "Nếu con bạn nặng {lt} {kg} kg ({lb} pao), hãy cho uống {dose} {ML} {med} {place}.",
        "b_maxdose": "Không cho uống {gt} {n} liều {med} trong {h24} giờ {place}, ngay cả khi con bạn vẫn bị "
                     "{sign}.",
        "b_dry": "Giữ băng sạch và khô {place} trong {ge} {d} ngày, và báo cho bác sĩ nếu con bạn bị {sign}.",
        "b_young": "Trẻ sơ sinh {lt} {age} tháng tuổi bị {sign} {gt} {hrs} giờ {place} cần được chăm sóc y tế "
                   "ngay.",
        "b_811": "Hãy gọi {p811} để nói chuyện với y tá nếu con bạn bị {sign} kéo dài {gt} {d} ngày {place}.",
        "b_code": "Hãy đọc tờ {code} để tìm hiểu thêm về cách chăm sóc trẻ bị {sign} {place}.",
        "b_sips": "Cho trẻ uống từng ngụm nhỏ chất lỏng mỗi {rm2} phút {place} khi trẻ còn bị {sign}.",
        "b_times": "Cho uống {med} {times} lần mỗi ngày trong {d} ngày {place}, ngay cả khi con bạn không còn "
                   "bị {sign}.",
        "b_big": "Thanh thiếu niên và người lớn bị {sign} nên uống {ge} {big} {ML} chất lỏng mỗi ngày {place}.",
        "b_bath": "Nước tắm nên ở mức {c}°C ({f}°F); hãy thử nước bằng khuỷu tay trước khi tắm cho trẻ bị {sign} "
                  "{place}.",
        "b_cream": "Nếu con bạn bị {sign}, hãy thoa một lớp mỏng kem hydrocortisone {pct}% lên vùng da ngứa "
                   "{times} lần mỗi ngày trong {d3} ngày {place}.",
        "b_recover": "Hầu hết trẻ bị {sign} sẽ đỡ sau {rd} ngày {place}.",
        "b_nomed": "Không cho trẻ sơ sinh {lt} {age} tháng tuổi bị {sign} uống {med} {place}.",
        "b_rest": "Nếu con bạn bị {sign}, trẻ nên nghỉ ngơi {rd} ngày và tránh chơi thể thao trong {w} tuần "
                  "{place}.",
        "b_mg": "Cho uống {mg} {MG} {med} mỗi {rh} giờ {place}, {le} {times2} lần trong {h24} giờ.",
        "b_wash": "Rửa tay trong {ge} {sec} giây trước khi cho trẻ bị {sign} uống {med} {place}.",
        "b_room": "Giữ phòng mát, khoảng {c2}°C ({f2}°F), khi con bạn bị {sign} {place}.",
        "b_heavy": "Trẻ nặng {gt} {kg} kg ({lb} pao) có thể uống {mg} {MG} {med} {place}.",
        "b_cut": "Hãy gọi bác sĩ nếu vết cắt dài {gt} {cm} cm hoặc vẫn chảy máu sau {min2} phút ấn chặt {place}, hoặc "
                 "nếu con bạn bị {sign}.",
        "b_rest2": "Hãy cho con bạn nghỉ ngơi {place} khi bị {sign}, và chỉ cho uống {med} nếu nhóm chăm sóc đã "
                   "dặn.",
        "b_store": "Cất {med} xa tầm tay trẻ em {place}, và ghi lại khi nào con bạn bị {sign}.",
        "b_ask": "Hãy hỏi dược sĩ cách cho uống {med} nếu con bạn bị {sign} {place}.",
    },
}

# --------------------------------------------------------------------------- Tagalog

TL: dict[str, Any] = {
    "digits": None, "decimal": ".", "group": ",", "range": "{a} hanggang {b}", "join": " ",
    "cmp": {"gt": "higit sa", "lt": "mas mababa sa", "ge": "hindi bababa sa", "le": "hindi hihigit sa"},
    "unit": {"ML": "mL", "MG": "mg"}, "native_phone": True,
    "topic": "{c} sa {p} {a}",
    "cycle": "{topic} (serye {k})",
    "tail": " (gabay {id})",
    "cond": ["croup", "bronchiolitis", "hika", "eksema", "tibi", "pilay sa bukung-bukong", "baling braso",
             "bahagyang paso", "hiwa na may tahi", "impeksiyon sa tainga", "pamumula ng mata",
             "impeksiyon sa lalamunan dahil sa strep", "pinsala sa ulo", "impeksiyon sa daanan ng ihi",
             "balinguyngoy", "bulutong-tubig", "kagat ng bubuyog", "paso dahil sa init ng araw",
             "kakulangan sa tubig ng katawan", "pulmonya", "trangkaso", "pantal-pantal", "trangkaso sa tiyan",
             "reaksiyong alerdyi"],
    "pop": ["mga sanggol", "mga batang nagsisimulang maglakad", "mga batang preschool", "mga batang nag-aaral",
            "mga tinedyer", "mga kabataang adulto", "mga adulto", "mga nakatatanda", "mga atleta",
            "mga estudyante"],
    "asp": ["sa bahay", "sa gabi", "sa paaralan", "pagkatapos bumisita sa ospital", "kapag mainit ang panahon",
            "kapag malamig ang panahon", "habang naglalakbay", "sa mga unang araw", "habang naglalaro ng sports",
            "sa daycare"],
    "sign": ["pantal", "paninigas ng leeg", "hirap sa paghinga", "matinding pagdurugo", "pagsusuka",
             "matinding sakit ng ulo", "sakit sa tainga", "ubo", "pagtatae", "pagkahilo", "mangasul-ngasul na labi",
             "pamamaga", "pamumula", "masakit na lalamunan", "sakit ng tiyan", "di-pangkaraniwang pagkaantok",
              "sipon", "makating mata", "sakit sa dibdib", "kawalan ng gana sa pagkain"],
    "med": ["acetaminophen", "ibuprofen", "amoxicillin", "cetirizine", "ondansetron", "prednisolone"],
    "place": ["sa bahay", "sa paaralan", "sa gabi", "pagkatapos kumain", "bago matulog", "sa umaga",
              "sa daycare", "sa maghapon", "pagkatapos maligo", "bago mag-sports", "habang naglalakbay",
              "tuwing katapusan ng linggo", "sa hapon", "pagkatapos umidlip", "kapag mainit ang panahon",
              "sa bahay ng kaibigan",
              "pagkatapos ng klase", "sa parke", "pagkatapos ng tanghalian", "habang nasa mahabang biyahe sa kotse",
              "sa bahay ng lolo at lola", "bago pumasok sa paaralan", "sa swimming pool", "pagkatapos ng hapunan"],
    "t": {
        "title": "Gabay sa pangangalaga: {topic}",
        "subtitle": "Ano ang aasahan at ano ang gagawin: {topic}",
        "audience": "Para sa mga pasyente, pamilya at tagapag-alaga na humaharap sa {topic}",
        "credits": "Halimbawang nilalaman na ginawa para sa mga benchmark (gabay {id}); hindi ito payong medikal. "
                   "Lisensiyado sa ilalim ng CC BY 4.0.",
        "h_about": "Tungkol sa {topic}",
        "h_home": "Paano mo mapapamahalaan ang {topic}?",
        "h_meds": "Mga gamot para sa {topic}",
        "h_call": "Kailan ka dapat tumawag ng tulong para sa {topic}?",
        "h_learn": "Saan ka matututo nang higit pa tungkol sa {topic}?",
        "bh_rest": "Pahinga at aktibidad kapag may {topic}",
        "bh_food": "Pagkain at pag-inom kapag may {topic}",
        "i_emergency": "Tumawag sa {p911} anumang oras na sa tingin mo ay kailangan ng pang-emergency na "
                       "pangangalaga dahil sa {topic}. Halimbawa, tumawag kung:",
        "i_urgent": "Tawagan ang iyong doktor o ang linya ng payo ng nars ngayon, o magpatingin agad sa doktor "
                    "tungkol sa {topic}, kung:",
        "i_watch": "Bantayang mabuti ang mga pagbabago sa kalusugan kapag may {topic}, at siguraduhing tawagan "
                   "ang iyong doktor o ang linya ng payo ng nars kung:",
        "learn": "Hanapin ang {id} sa website ng impormasyong pangkalusugan ng iyong probinsiya para magbasa pa "
                 "tungkol sa {topic}.",
        "b_ice": "Kung ang anak mo ay may {sign}, maglagay ng cold pack sa masakit na bahagi nang {rm} minuto "
                 "bawat pagkakataon {place}.",
        "b_dose": "Magbigay ng {dose} {ML} ng {med} tuwing {rh} oras {place} kung ang anak mo ay may {sign}.",
        "b_fever": "Tawagan ang iyong doktor o ang linya ng payo ng nars kung ang anak mo ay nilalagnat nang "
                   "{gt} {c}°C ({f}°F) sa loob ng {d4} araw at ngayon ay may {sign} {place}.",
        "b_911": "Tumawag sa {p911} kung ang kombulsiyon ay tumagal nang {gt} {min} minuto o kung ang anak mo ay "
                 "may {sign} {place}.",
        "b_weight": "Kung ang timbang ng anak mo ay {lt} {kg} kilo ({lb} libra), magbigay ng {dose} {ML} ng "
                    "{med} {place}.",
        "b_maxdose": "Huwag magbigay ng {gt} {n} dosis ng {med} sa loob ng {h24} oras {place}, kahit may {sign} "
                     "pa ang anak mo.",
        "b_dry": "Panatilihing malinis at tuyo ang benda {place} nang {ge} {d} araw, at sabihan ang doktor kung "
                 "ang anak mo ay may {sign}.",
        "b_young": "Ang mga sanggol na {lt} {age} buwang gulang na may {sign} nang {gt} {hrs} oras {place} ay "
                   "kailangang magpatingin agad sa doktor.",
        "b_811": "Tumawag sa {p811} para makausap ang isang nars kung ang {sign} ng anak mo ay tumagal nang {gt} "
                 "{d} araw {place}.",
        "b_code": "Basahin ang gabay {code} para matuto pa tungkol sa pag-aalaga sa batang may {sign} {place}.",
        "b_sips": "Painumin ang bata ng maliliit na higop ng likido tuwing {rm2} minuto {place} habang may "
                  "{sign} siya.",
        "b_times": "Ibigay ang {med} nang {times} beses sa isang araw sa loob ng {d} araw {place}, kahit wala na ang "
                   "{sign} ng anak mo.",
        "b_big": "Ang mga tinedyer at adultong may {sign} ay dapat uminom ng {ge} {big} {ML} na likido bawat "
                 "araw {place}.",
        "b_bath": "Ang tubig na pampaligo ay dapat {c}°C ({f}°F); subukan ito gamit ang siko bago paliguan ang "
                  "batang may {sign} {place}.",
        "b_cream": "Kung ang anak mo ay may {sign}, maglagay ng manipis na patong ng {pct}% hydrocortisone cream "
                   "sa makating balat nang {times} beses sa isang araw sa loob ng {d3} araw {place}.",
        "b_recover": "Karamihan sa mga batang may {sign} ay gumagaling pagkalipas ng {rd} araw {place}.",
        "b_nomed": "Huwag bigyan ng {med} ang mga sanggol na {lt} {age} buwang gulang na may {sign} {place}.",
        "b_rest": "Kung ang anak mo ay may {sign}, dapat siyang magpahinga nang {rd} araw at umiwas sa sports "
                  "nang {w} linggo {place}.",
        "b_mg": "Magbigay ng {mg} {MG} ng {med} sa bibig tuwing {rh} oras {place}, {le} {times2} beses sa loob "
                "ng {h24} oras.",
        "b_wash": "Maghugas ng kamay nang {ge} {sec} segundo bago magbigay ng {med} sa batang may {sign} "
                  "{place}.",
        "b_room": "Panatilihing malamig ang kuwarto, mga {c2}°C ({f2}°F), kapag ang anak mo ay may {sign} "
                  "{place}.",
        "b_heavy": "Ang mga batang tumitimbang nang {gt} {kg} kilo ({lb} libra) ay puwedeng uminom ng {mg} "
                   "{MG} ng {med} {place}.",
        "b_cut": "Tawagan ang iyong doktor kung ang hiwa ay {gt} {cm} sentimetro ang haba o dumudugo pa rin "
                 "pagkatapos ng {min2} minutong matinding pagdiin {place}, o kung ang anak mo ay may {sign}.",
        "b_rest2": "Hayaang magpahinga ang anak mo {place} kapag may {sign} siya, at magbigay lamang ng {med} "
                   "kung sinabi ito ng inyong care team.",
        "b_store": "Itago ang {med} sa lugar na hindi maaabot ng mga bata {place}, at isulat kung kailan "
                   "nagkakaroon ng {sign} ang anak mo.",
        "b_ask": "Tanungin ang iyong parmasyutiko kung paano ibibigay ang {med} kung ang anak mo ay may {sign} "
                 "{place}.",
    },
}

LANGS: dict[str, dict[str, Any]] = {
    "en": EN, "fr_CA": FR, "es": ES, "ru": RU, "ar": AR, "fa": FA, "zh_Hans": ZH_HANS, "zh_Hant": ZH_HANT,
    "ko": KO, "hi": HI, "pa": PA, "vi": VI, "tl": TL,
}
DEFAULT_LOCALES = ["fr_CA", "es", "ar", "fa", "zh_Hans", "zh_Hant", "ko", "pa", "ru", "vi", "tl", "hi"]

#: the site's own strings for locales the repository ships no site.po for (msgctxt -> text or plural forms)
SITE_FALLBACK: dict[str, dict[str, str | list[str]]] = {
    "hi": {
        "site.index-title": "रोगी देखभाल पत्रक",
        "site.index-intro": "हर पत्रक नीचे दी गई भाषाओं में उपलब्ध है। प्रतिशत दिखाता है कि उसका कितना हिस्सा "
                            "अनुवादित है।",
        "site.col-handout": "पत्रक",
        "site.col-languages": "भाषाएँ",
        "site.nav-home": "सभी पत्रक",
        "site.nav-english": "अंग्रेज़ी में पढ़ें",
        "site.nav-languages": "अन्य भाषाएँ",
        "site.meta-version": "संस्करण {version} · अंतिम समीक्षा {date}",
        "site.notice-sample": "इस प्रणाली को दिखाने के लिए लिखी गई नमूना सामग्री। यह चिकित्सा सलाह नहीं है।",
        "site.notice-draft": "यह अनुवाद एक मसौदा है। किसी पेशेवर अनुवादक ने अभी तक इसकी समीक्षा नहीं की है।",
        "site.notice-fallback": ["{count} अंश का अभी अनुवाद नहीं हुआ है और वह अंग्रेज़ी में दिखाया गया है।",
                                 "{count} अंशों का अभी अनुवाद नहीं हुआ है और वे अंग्रेज़ी में दिखाए गए हैं।"],
        "site.marker-english": "अंग्रेज़ी में दिखाया गया",
        "site.urgency-emergency": "अभी 911 पर फ़ोन करें",
        "site.urgency-urgent": "अभी फ़ोन करें या देखभाल लें",
        "site.urgency-watch": "ध्यान से नज़र रखें",
        "site.learn-more-link": "वेबसाइट पर जाएँ",
        "site.print": "यह पत्रक प्रिंट करें",
    },
}
