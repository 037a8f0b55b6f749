"""A deterministic, seeded generator of handout-like catalogs for benchmarks.

Sentences follow the shapes of real aftercare handouts — doses in mL, ranges of
hours and days, °C (°F) thresholds, ages, phone numbers, topic codes — with
enough vocabulary that no two are alike.  :func:`catalog_pair` gives an old,
translated catalog and a new template in which about 10 % of the sentences are
edited (one word changed), 3 % removed and 3 % added: the workload of ``update``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import polib

SUBJECTS = ["your child", "your baby", "your teen", "the patient", "you"]
VERBS = ["give", "offer", "apply", "keep", "check", "measure", "record", "repeat", "avoid", "use"]
THINGS = ["the medicine", "a cold pack", "the bandage", "fluids", "the cream", "the syringe", "the splint",
          "the drops", "the dressing", "the inhaler", "oral rehydration solution", "the thermometer"]
PLACES = ["on the sore spot", "after meals", "before bedtime", "at school", "at home", "during the day",
          "in the morning", "with food", "on the skin", "near the wound"]
SIGNS = ["a rash", "a stiff neck", "trouble breathing", "bleeding", "pus", "redness", "swelling", "vomiting",
         "a headache", "ear pain", "a cough", "diarrhea", "dizziness", "blue lips", "a seizure"]
TEMPS = [("38", "100.4"), ("38.5", "101.3"), ("39", "102.2"), ("39.5", "103.1"), ("40", "104")]
WEIGHTS = [("5", "11"), ("10", "22"), ("15", "33"), ("20", "44")]
TEMPLATES = [
    "{S} can {V} {T} {P} for {a} to {b} minutes at a time.",
    "Give {d} mL of {T} every {a} to {b} hours if {S} has {G}.",
    "Call your doctor if {S} has a fever over {c}°C ({f}°F) and {G}.",
    "Call 911 if {S} has {G} and cannot be woken up.",
    "If {S} weighs less than {w} kg ({l} lb), {V} {T} {P}.",
    "Do not give more than {n} doses of {T} in 24 hours.",
    "Keep {T} dry for at least {a} days after {G} starts.",
    "Babies younger than {m} months with {G} need care right away.",
    "Call the nurse line at 811 if {G} lasts longer than {a} days.",
    "Search for K{k:03d} on the website to read more about {G}.",
]
#: genuinely new topics for added sentences: nothing in the old catalog should be offered for them
NEW_TEMPLATES = [
    "Pack a lunch box with {x} and a water bottle before the school trip number {i}.",
    "Sunscreen protects skin outdoors; reapply it whenever swimming ends (reminder {i}).",
    "Bedtime stories and a quiet room help toddlers settle; routine {i} suits most families.",
    "Bicycle helmets must fit snugly above the eyebrows, checklist item {i}.",
    "Screen time before sleep keeps many teenagers awake, survey answer {i}.",
]
NEW_WORDS = ["apple slices", "crackers", "cheese cubes", "carrot sticks", "yogurt"]
WORDS_TO_EDIT = ["carefully", "gently", "slowly", "often", "again", "right away", "each time", "as told"]


def sentence(rng: random.Random, i: int) -> str:
    t = TEMPLATES[i % len(TEMPLATES)]
    a = rng.randint(1, 12)
    c, f = rng.choice(TEMPS)
    w, lb = rng.choice(WEIGHTS)
    text = t.format(S=rng.choice(SUBJECTS), V=rng.choice(VERBS), T=rng.choice(THINGS), P=rng.choice(PLACES),
                    G=rng.choice(SIGNS), a=a, b=a + rng.randint(1, 12), d=rng.choice([2.5, 5, 10, 15, 30]),
                    c=c, f=f, w=w, l=lb, n=rng.randint(2, 6), m=rng.choice([2, 3, 6]), k=rng.randint(1, 999))
    # a unique tail so every sentence is distinct, as in a real library
    return f"{text[0].upper()}{text[1:-1]} ({rng.choice(PLACES)}, note {i})."


def pseudo_french(text: str) -> str:
    return "[fr] " + text.replace(" if ", " si ").replace(" the ", " le ").replace(" and ", " et ")


@dataclass
class Pair:
    old: polib.POFile  # translated catalog for the old template
    new: polib.POFile  # the new template
    edited: dict[str, str]  # new msgid -> old msgid, for sentences edited by one word


def catalog_pair(n: int, seed: int = 7) -> Pair:
    rng = random.Random(seed)
    sentences = [sentence(rng, i) for i in range(n)]
    old = polib.POFile()
    old.metadata = {"Project-Id-Version": "bench", "Language": "fr_CA", "MIME-Version": "1.0",
                    "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
                    "Plural-Forms": "nplurals=2; plural=(n > 1);"}
    for i, s in enumerate(sentences):
        old.append(polib.POEntry(msgctxt=f"B{i // 50:04d}/s{i}", msgid=s, msgstr=pseudo_french(s)))
    new = polib.POFile()
    new.metadata = {k: v for k, v in old.metadata.items() if k not in ("Language", "Plural-Forms")}
    edited: dict[str, str] = {}
    for i, s in enumerate(sentences):
        r = rng.random()
        ctx = f"B{i // 50:04d}/s{i}"
        if r < 0.03:
            continue  # removed
        if r < 0.13:  # edited: one word inserted
            words = s.split(" ")
            pos = rng.randint(1, len(words) - 2)
            s2 = " ".join([*words[:pos], rng.choice(WORDS_TO_EDIT), *words[pos:]])
            edited[s2] = s
            new.append(polib.POEntry(msgctxt=ctx, msgid=s2, msgstr=""))
        else:
            new.append(polib.POEntry(msgctxt=ctx, msgid=s, msgstr=""))
    for j in range(int(n * 0.03)):  # added: genuinely new sentences, on other topics
        text = NEW_TEMPLATES[j % len(NEW_TEMPLATES)].format(x=rng.choice(NEW_WORDS), i=j)
        new.append(polib.POEntry(msgctxt=f"NEW/s{j}", msgid=text, msgstr=""))
    return Pair(old, new, edited)
