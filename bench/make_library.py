#!/usr/bin/env python3
"""Generate a whole handout project at library scale — seeded, deterministic — for benchmarks.

    python bench/make_library.py OUT_DIR --entries 20000 [--locales fr_CA,es,ar,...] [--seed 7]
                                 [--variant clean|edited|errors]
    python bench/make_library.py OUT_DIR --score REPORT.json     # errors variant: what the validator caught

``--entries`` is the approximate number of catalog entries across all locales (source messages ×
locales; about 40 messages a handout).  OUT_DIR (which must be empty or absent) becomes a project
the pipeline runs on (``python -m pipeline --project OUT_DIR all``):

- ``handouts/G0001.yaml`` …: handouts in the pipeline's format, each on a topic of its own
  (condition × population × setting), with sentences dense in quantities — doses in mL and mg,
  ranges, °C (°F) and kg (lb) pairs, ages, thresholds, 811 / 911, topic codes.  Every message text
  is distinct across the library.
- ``locales/<ID>.pot`` and ``locales/site.pot``: exactly what ``python -m pipeline extract`` writes.
- ``locales/<L>/LC_MESSAGES/<ID>.po`` and ``site.po``: every catalog fully translated (synthetic,
  machine-quality translations in each language, numbers in the locale's format and digits), as
  ``python -m pipeline init`` would create them, marked as drafts not reviewed by a human.

Variants: ``clean`` validates with no error.  ``edited`` has the same catalogs but handouts in
which ~10 % of the messages are edited by a word, ~3 % removed and ~3 % added: the workload of
``update``.  ``errors`` has clean handouts and catalogs in which a few percent of the translated
entries carry a harmful error (changed number, unit, dropped range end, flipped threshold, phone
number, code, wrong decimal separator, untranslated), listed in ``OUT_DIR/injected.jsonl``.

The same arguments give byte-identical trees; a smaller ``--entries`` gives a prefix of a larger
library.  1,000,000 entries (2,137 handouts × 12 locales, ~25,700 catalogs, 630 MB) take about
1.5 minutes and 240 MB of memory on one core; sentences whose template has run out of value
combinations get a "(handout G0123)" tail to stay unique (about 1 % of them at that size).
Importable: :func:`make_library`, :func:`edit_library`, :func:`score`, :func:`selfcheck`.

    python bench/make_library.py --selfcheck      # every template × slot value × locale through the validator
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
import math
import random
import re
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import polib  # noqa: E402
from library_text import (  # noqa: E402
    BODY_SLOTS,
    DEFAULT_LOCALES,
    EDIT_SUBSTITUTIONS,
    EDIT_WORDS,
    LANGS,
    NEW_SENTENCES,
    NEW_WORDS,
    PAIR_FIELDS,
    RANGE_SLOTS,
    SITE_FALLBACK,
    SLOT_VALUES,
    TEXT_SLOTS,
)

from pipeline.catalog import WRAP, ordered_metadata, parse_po, render_po  # noqa: E402
from pipeline.extract import GENERATOR, handout_template, site_template  # noqa: E402
from pipeline.handout import Handout, Item, load_handout  # noqa: E402
from pipeline.locales import resolve  # noqa: E402
from pipeline.steps import new_catalog  # noqa: E402

VARIANTS = ("clean", "edited", "errors")
ERROR_KINDS = ("number", "unit", "range", "threshold", "phone", "code", "decimal", "untranslated")
#: how strongly each kind is preferred where it applies (rarer kinds weigh more, so counts even out)
KIND_WEIGHTS = {"untranslated": 0.3, "number": 1.0, "threshold": 1.5, "range": 4.0, "unit": 12.0, "code": 8.0,
                "phone": 6.0, "decimal": 60.0}
ERROR_RATE = 0.03
FLIP = {"gt": "lt", "lt": "gt", "ge": "le", "le": "ge"}
CONFUSABLE = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"}
REVIEW_STATUS = "draft, not reviewed by a human translator"
TRANSLATOR = "Synthetic benchmark translation (bench/make_library.py)"
#: sentences a paragraph, bullets a block …: (lowest, highest)
POOLS = {
    "about": ["b_recover", "b_room", "b_bath", "b_rest", "b_big", "b_code", "b_dry", "b_times"],
    "home": ["b_ice", "b_sips", "b_dry", "b_rest", "b_rest2", "b_bath", "b_room", "b_cream", "b_wash", "b_store",
             "b_heavy"],
    "food": ["b_sips", "b_big", "b_wash", "b_room", "b_ask", "b_times"],
    "meds": ["b_dose", "b_weight", "b_maxdose", "b_times", "b_mg", "b_heavy", "b_nomed", "b_ask", "b_store"],
    "emergency": ["b_911", "b_young"],
    "urgent": ["b_fever", "b_811", "b_cut", "b_young", "b_nomed"],
    "watch": ["b_811", "b_recover", "b_code", "b_dry"],
}
SHORT_IDS = {k: k[2:].replace("_", "-") for k in BODY_SLOTS}


# --------------------------------------------------------------------------- the model


@dataclass
class Spec:
    """One sentence: a template and the values of its slots (or a topic message, or added English)."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)
    tail: bool = False  # the template's combinations ran out: "(handout G0001)" keeps the text unique
    english: str | None = None  # fixed English (messages the edited variant adds or changes)


@dataclass
class Msg:
    specs: list[Spec]
    text: str = ""  # English


@dataclass
class MItem:
    id: str
    msg: Msg
    items: list[MItem] = field(default_factory=list)


@dataclass
class MBlock:
    type: str
    id: str
    heading: Msg | None = None
    text: Msg | None = None
    intro: Msg | None = None
    items: list[MItem] = field(default_factory=list)
    urgency: str | None = None
    code: str | None = None


@dataclass
class MSection:
    id: str
    heading: Msg
    blocks: list[MBlock]


@dataclass
class MHandout:
    id: str
    topic: tuple[int, int, int, int]  # condition, population, aspect, cycle
    version: str
    reviewed: dt.date
    title: Msg
    subtitle: Msg
    audience: Msg
    credits: Msg
    sections: list[MSection]

    def messages(self) -> Iterator[tuple[str, Msg]]:
        """(msgctxt, message) in the extractor's reading order."""
        h = self.id
        yield f"{h}.title", self.title
        yield f"{h}.subtitle", self.subtitle
        yield f"{h}.audience", self.audience
        for s in self.sections:
            yield f"{h}/{s.id}.heading", s.heading
            for b in s.blocks:
                ctx = f"{h}/{s.id}/{b.id}"
                if b.heading:
                    yield f"{ctx}.heading", b.heading
                if b.intro:
                    yield f"{ctx}.intro", b.intro
                if b.text:
                    yield ctx, b.text
                yield from _item_msgs(ctx, b.items)
        yield f"{h}.credits", self.credits


def _item_msgs(parent: str, items: list[MItem]) -> Iterator[tuple[str, Msg]]:
    for it in items:
        yield f"{parent}/{it.id}", it.msg
        yield from _item_msgs(f"{parent}/{it.id}", it.items)


# --------------------------------------------------------------------------- rendering


def _digits(lang: dict[str, Any], template: str) -> str | None:
    """The digit set of one string: native, unless it holds a phone number the locale dials in Latin digits."""
    if lang["digits"] is None:
        return None
    if not lang["native_phone"] and ("{p911}" in template or "{p811}" in template):
        return None
    return str(lang["digits"])


def num(value: str, lang: dict[str, Any], digits: str | None, *, wrong_separator: bool = False) -> str:
    """``value`` (English notation: ``2.5``, ``1500``) in the locale's format and digits."""
    whole, _, frac = value.partition(".")
    if len(whole) >= 4:
        if wrong_separator:  # the thousands separator written as the decimal one: 1,500 read as 1.5
            whole = f"{whole[:-3]}{lang['decimal']}{whole[-3:]}"
        elif lang["group"]:
            whole = f"{whole[:-3]}{lang['group']}{whole[-3:]}"
    text = whole + (f"{lang['decimal']}{frac}" if frac else "")
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def topic_text(lang: dict[str, Any], topic: tuple[int, int, int, int], digits: str | None) -> str:
    c, p, a, cycle = topic
    text = str(lang["topic"]).format(c=lang["cond"][c], p=lang["pop"][p], a=lang["asp"][a])
    if cycle:
        text = str(lang["cycle"]).format(topic=text, k=num(str(cycle + 1), lang, digits))
    return text


def render_spec(lang: dict[str, Any], spec: Spec, hid: str, topic: tuple[int, int, int, int],
                inject: str | None = None) -> str:
    """One sentence in one language; ``inject`` renders it with that kind of error."""
    template = str(lang["t"][spec.key])
    digits = _digits(lang, template)
    fields: dict[str, str] = {"id": hid}
    first_range = True
    for slot, value in spec.values.items():
        if slot in PAIR_FIELDS:
            a, b = PAIR_FIELDS[slot]
            fields[a], fields[b] = num(value[0], lang, digits), num(value[1], lang, digits)
        elif slot in RANGE_SLOTS:
            lo, hi = num(value[0], lang, digits), num(value[1], lang, digits)
            dropped = inject == "range" and first_range
            fields[slot] = hi if dropped else str(lang["range"]).format(a=lo, b=hi)
            first_range = False
        elif slot in ("sign", "med", "place"):
            fields[slot] = lang[slot][value]
        elif slot == "code":
            fields[slot] = value
        else:
            fields[slot] = num(value, lang, digits, wrong_separator=inject == "decimal" and slot == "big")
    cmp = dict(lang["cmp"])
    if inject == "threshold":
        cmp = {k: lang["cmp"][FLIP[k]] for k in cmp}
    fields.update(cmp)
    units = dict(lang["unit"])
    if inject == "unit":
        units = {"ML": lang["unit"]["MG"], "MG": lang["unit"]["ML"]}
    fields.update(units)
    phone = "112" if inject == "phone" else None
    fields["p911"] = num(phone or "911", lang, digits)
    fields["p811"] = num(phone or "811", lang, digits)
    if "{topic}" in template:
        fields["topic"] = topic_text(lang, topic, digits)
    text = template.format(**fields)
    if spec.tail:
        tail = str(lang["tail"]).format(id=hid)
        text = text[:-1] + tail + text[-1]
    return text


def render_msg(lang: dict[str, Any], msg: Msg, hid: str, topic: tuple[int, int, int, int],
               inject: tuple[int, str] | None = None) -> str:
    parts = []
    for i, spec in enumerate(msg.specs):
        if spec.english is not None:
            parts.append(spec.english)
            continue
        kind = inject[1] if inject and inject[0] == i else None
        if kind == "number":
            spec = Spec(spec.key, _changed_number(spec), spec.tail)
            kind = None
        elif kind == "code":
            spec, hid = _changed_code(spec, hid)
            kind = None
        parts.append(render_spec(lang, spec, hid, topic, kind))
    return str(lang["join"]).join(parts)


def _bump(value: str) -> str:
    d = Decimal(value) + 1
    return format(d, "f")


def _changed_number(spec: Spec) -> dict[str, Any]:
    values = dict(spec.values)
    for slot in BODY_SLOTS[spec.key]:
        if slot in TEXT_SLOTS:
            continue
        v = values[slot]
        if slot in RANGE_SLOTS:
            values[slot] = (v[0], _bump(v[1]))
        elif slot in PAIR_FIELDS:
            values[slot] = (_bump(v[0]), v[1])
        else:
            values[slot] = _bump(v)
        return values
    raise ValueError(f"{spec.key} has no number")


def _alter_code(code: str) -> str:
    """K050 → K05O: the last digit that has a look-alike letter becomes it (else the last digit changes)."""
    for i in range(len(code) - 1, 0, -1):
        if code[i] in CONFUSABLE:
            return code[:i] + CONFUSABLE[code[i]] + code[i + 1:]
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def _changed_code(spec: Spec, hid: str) -> tuple[Spec, str]:
    if "code" in spec.values:
        return Spec(spec.key, {**spec.values, "code": _alter_code(spec.values["code"])}, spec.tail), hid
    return spec, _alter_code(hid)


def injectable(lang: dict[str, Any], msg: Msg) -> dict[str, int]:
    """Error kinds that can be injected into ``msg`` in this language -> the sentence that takes it."""
    out: dict[str, int] = {}
    for i, spec in enumerate(msg.specs):
        if spec.english is not None:
            continue
        template = str(lang["t"][spec.key])
        slots = BODY_SLOTS.get(spec.key, ())
        found = {
            "number": any(s not in TEXT_SLOTS for s in slots),
            "unit": "{ML}" in template or "{MG}" in template,
            "range": any(s in RANGE_SLOTS for s in slots),
            "threshold": any(f"{{{c}}}" in template for c in FLIP),
            "phone": "{p911}" in template or "{p811}" in template,
            "code": "code" in slots or "{id}" in template or spec.tail,
            "decimal": "big" in slots,
        }
        for kind, ok in found.items():
            if ok:
                out.setdefault(kind, i)
    out["untranslated"] = 0
    return out


# --------------------------------------------------------------------------- generation


def _combos(key: str) -> int:
    return math.prod(len(SLOT_VALUES[s]) for s in BODY_SLOTS[key])


def _multiplier(n: int, seed: int) -> int:
    """A stride coprime with ``n``: successive uses of a template walk all its combinations, scattered."""
    m = (seed * 2654435761 + 40503) % n or 1
    while math.gcd(m, n) != 1:
        m = (m + 1) % n or 1
    return m


class Generator:
    """Streams handouts: every template use gets a fresh combination of slot values."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.used: Counter[str] = Counter()
        self.seen: set[int] = set()
        self.tails = 0
        self.strides = {k: (_multiplier(_combos(k), seed + i), (seed * 7919 + i * 104729) % _combos(k))
                        for i, k in enumerate(sorted(BODY_SLOTS))}

    def spec(self, key: str) -> Spec:
        u = self.used[key]
        self.used[key] += 1
        total = _combos(key)
        mul, off = self.strides[key]
        x = (u * mul + off) % total
        values: dict[str, Any] = {}
        for slot in BODY_SLOTS[key]:
            choices = SLOT_VALUES[slot]
            x, r = divmod(x, len(choices))
            values[slot] = choices[r]
        tail = u >= total
        self.tails += tail
        return Spec(key, values, tail)

    def handout(self, index: int) -> MHandout:
        rng = random.Random(f"{self.seed}:handout:{index}")
        hid = f"G{index + 1:04d}"
        n_c, n_p, n_a = (len(LANGS["en"][k]) for k in ("cond", "pop", "asp"))
        topic = (index % n_c, (index // n_c) % n_p, (index // (n_c * n_p)) % n_a, index // (n_c * n_p * n_a))
        ids: Counter[str] = Counter()

        def item(key: str) -> MItem:
            ids[key] += 1
            return MItem(f"{SHORT_IDS[key]}-{ids[key]}", Msg([self.spec(key)]))

        def items(pool: str, lo: int, hi: int) -> list[MItem]:
            return [item(k) for k in rng.sample(POOLS[pool], rng.randint(lo, hi))]

        def para(pool: str) -> Msg:
            return Msg([self.spec(k) for k in rng.sample(POOLS[pool], 2)])

        def fixed(key: str) -> Msg:
            return Msg([Spec(key)])

        rest = items("home", 4, 6)
        rest[0].items = [item(k) for k in rng.sample([k for k in POOLS["home"] if k not in ids], rng.randint(0, 2))]
        sections = [
            MSection("about", fixed("h_about"), [MBlock("paragraph", "overview", text=para("about")),
                                                  MBlock("paragraph", "outlook", text=para("about"))]),
            MSection("home-care", fixed("h_home"), [
                MBlock("bullets", "rest", heading=fixed("bh_rest"), items=rest),
                MBlock("bullets", "food", heading=fixed("bh_food"), items=items("food", 3, 4)),
                MBlock("paragraph", "comfort", text=para("home")),
            ]),
            MSection("medicines", fixed("h_meds"), [MBlock("bullets", "doses", items=items("meds", 4, 6))]),
            MSection("when-to-call", fixed("h_call"), [
                MBlock("call-for-help", "emergency", intro=fixed("i_emergency"), items=items("emergency", 1, 2),
                       urgency="emergency"),
                MBlock("call-for-help", "urgent", intro=fixed("i_urgent"), items=items("urgent", 3, 4),
                       urgency="urgent"),
                MBlock("call-for-help", "watch", intro=fixed("i_watch"), items=items("watch", 1, 2),
                       urgency="watch"),
            ]),
            MSection("learn-more", fixed("h_learn"), [MBlock("learn-more", "topic-code", text=fixed("learn"),
                                                             code=hid)]),
        ]
        h = MHandout(hid, topic, rng.choice(["1.0", "1.1", "2.0"]),
                     dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
                     fixed("title"), fixed("subtitle"), fixed("audience"), fixed("credits"), sections)
        en = LANGS["en"]
        for ctx, msg in h.messages():
            msg.text = render_msg(en, msg, hid, topic)
            self.claim(msg.text, ctx)
        return h

    def claim(self, text: str, where: str) -> None:
        digest = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")
        if digest in self.seen:
            raise AssertionError(f"duplicate message text at {where}: {text!r}")
        self.seen.add(digest)


# --------------------------------------------------------------------------- YAML


_PLAIN_START = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]""")


def _plain_ok(text: str) -> bool:
    return not (_PLAIN_START.match(text) or ": " in text or " #" in text or text.endswith(":")
                or text.lower() in ("true", "false", "yes", "no", "null", "on", "off", "~")
                or re.fullmatch(r"[-+.\d:e]+", text))


def _scalar(key: str, text: str, indent: int) -> list[str]:
    pad = " " * indent
    line = f"{pad}{key}: {text}"
    if _plain_ok(text) and len(line) <= 100:
        return [line]
    body = textwrap.wrap(text, width=max(40, 98 - indent), break_long_words=False, break_on_hyphens=False)
    return [f"{pad}{key}: >-", *(f"{pad}  {chunk}" for chunk in body)]


def _items_yaml(items: list[MItem], indent: int) -> list[str]:
    pad = " " * indent
    out = [f"{pad}items:"]
    for it in items:
        out.append(f"{pad}  - id: {it.id}")
        out += _scalar("text", it.msg.text, indent + 4)
        if it.items:
            out += _items_yaml(it.items, indent + 4)
    return out


def handout_yaml(h: MHandout, seed: int) -> str:
    out = [f"# Synthetic handout generated by bench/make_library.py (seed {seed}). Not for clinical use.",
           f"id: {h.id}"]
    out += _scalar("title", h.title.text, 0)
    out += _scalar("subtitle", h.subtitle.text, 0)
    out += _scalar("audience", h.audience.text, 0)
    out += [f'version: "{h.version}"', f"last_reviewed: {h.reviewed.isoformat()}", "sample: true"]
    out += _scalar("credits", h.credits.text, 0)
    out += ["", "sections:"]
    for s in h.sections:
        out.append(f"  - id: {s.id}")
        out += _scalar("heading", s.heading.text, 4)
        out.append("    blocks:")
        for b in s.blocks:
            out += [f"      - type: {b.type}", f"        id: {b.id}"]
            if b.urgency:
                out.append(f"        urgency: {b.urgency}")
            if b.code:
                out.append(f"        code: {b.code}")
            if b.heading:
                out += _scalar("heading", b.heading.text, 8)
            if b.intro:
                out += _scalar("intro", b.intro.text, 8)
            if b.text:
                out += _scalar("text", b.text.text, 8)
            if b.items:
                out += _items_yaml(b.items, 8)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- catalogs


def _entry_head(entry: polib.POEntry) -> str:
    """An entry as polib writes it, without its msgstr (shared by the POT and every catalog)."""
    text = entry.__unicode__(WRAP)
    assert text.endswith('msgstr ""\n'), text
    return text[: -len('msgstr ""\n')]


def _msgstr(text: str) -> str:
    return "\n".join(polib._BaseEntry._str_field(None, "msgstr", "", "", text, WRAP)) + "\n"


def catalog_header(pot: polib.POFile, tag: str, when: str) -> str:
    """The header ``init`` gives a new catalog (new_catalog), dated ``when``, marked as an unreviewed draft."""
    info = resolve(tag)
    po = polib.POFile(wrapwidth=WRAP)
    po.header = (f"{info.english_name} translation of {pot.header.splitlines()[0]}\n"
                 "Created by 'python -m pipeline init'.")
    meta = dict(pot.metadata)
    meta.update({"PO-Revision-Date": when, "Last-Translator": TRANSLATOR, "Language-Team": info.english_name,
                 "Language": info.tag, "Plural-Forms": info.plural_forms, "X-Generator": GENERATOR,
                 "X-Review-Status": REVIEW_STATUS})
    po.metadata = ordered_metadata(meta)
    return render_po(po)


def _check_locales(locales: list[str]) -> None:
    unknown = [loc for loc in locales if loc not in LANGS or loc == "en"]
    if unknown:
        known = ", ".join(sorted(k for k in LANGS if k != "en"))
        raise SystemExit(f"no synthetic translations for {', '.join(unknown)} (have: {known})")


def site_catalogs(out: Path, locales: list[str], when: str) -> int:
    """``locales/site.pot`` and each locale's ``site.po``, translated from the shipped catalogs."""
    pot = site_template()
    (out / "locales" / "site.pot").write_text(render_po(pot), encoding="utf-8")
    for loc in locales:
        info = resolve(loc)
        shipped = ROOT / "locales" / loc / "LC_MESSAGES" / "site.po"
        known: dict[str, Any] = dict(SITE_FALLBACK.get(loc, {}))
        if shipped.exists():
            for e in parse_po(shipped):
                if e.msgctxt and not e.obsolete and "fuzzy" not in e.flags:
                    known[e.msgctxt] = ([e.msgstr_plural[i] for i in sorted(e.msgstr_plural)] if e.msgid_plural
                                        else e.msgstr)
        po = new_catalog(pot, info, "site")
        po.metadata.update({"PO-Revision-Date": when, "Last-Translator": TRANSLATOR,
                            "X-Review-Status": REVIEW_STATUS})
        po.metadata = ordered_metadata(po.metadata)
        for e in po:
            text = known.get(e.msgctxt or "")
            if text is None:
                continue
            if e.msgid_plural:
                forms = text if isinstance(text, list) else [text]
                e.msgstr_plural = {i: forms[min(i, len(forms) - 1)] for i in range(info.nplurals)}
            else:
                e.msgstr = text if isinstance(text, str) else text[0]
        path = out / "locales" / loc / "LC_MESSAGES" / "site.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_po(po), encoding="utf-8")
    return len(pot)


@dataclass
class Summary:
    handouts: int = 0
    catalogs: int = 0
    entries: int = 0
    messages: int = 0
    seconds: float = 0.0
    tails: int = 0
    edits: Counter[str] = field(default_factory=Counter)
    injected: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"handouts": self.handouts, "catalogs": self.catalogs, "entries": self.entries,
                               "messages": self.messages, "seconds": round(self.seconds, 1),
                               "tailed_sentences": self.tails}
        if self.edits:
            out["edits"] = dict(self.edits)
        if self.injected:
            out["injected"] = self.injected
            out["injected_by_kind"] = dict(Counter(i["kind"] for i in self.injected))
        return out


def make_library(out: Path, entries: int, locales: list[str] | None = None, seed: int = 7,
                 variant: str = "clean") -> dict[str, Any]:
    """Write the project into ``out`` (absent or empty) and return a summary of what was written."""
    start = time.perf_counter()
    locales = list(locales or DEFAULT_LOCALES)
    _check_locales(locales)
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {', '.join(VARIANTS)}")
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty")
    (out / "handouts").mkdir(parents=True, exist_ok=True)
    for loc in locales:
        (out / "locales" / loc / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    when = "2026-11-25 12:00+0000"
    summary = Summary()
    site_entries = site_catalogs(out, locales, when) * len(locales)
    summary.catalogs = len(locales)
    summary.entries = site_entries
    gen = Generator(seed)
    langs = {loc: LANGS[loc] for loc in locales}
    injected_file = (out / "injected.jsonl").open("w", encoding="utf-8") if variant == "errors" else None
    index = 0
    while summary.entries < entries or index == 0:
        h = gen.handout(index)
        index += 1
        path = out / "handouts" / f"{h.id}.yaml"
        path.write_text(handout_yaml(h, seed), encoding="utf-8")
        loaded = load_handout(path)  # the real reader and extractor: the POT is what `extract` writes
        pot = handout_template(loaded, f"handouts/{h.id}.yaml")
        (out / "locales" / f"{h.id}.pot").write_text(render_po(pot), encoding="utf-8")
        msgs = dict(h.messages())
        heads = [(e.msgctxt or "", _entry_head(e)) for e in pot]
        if [c for c, _ in heads] != list(msgs):
            raise AssertionError(f"{h.id}: the extractor's contexts differ from the generator's")
        for loc, lang in langs.items():
            rng = random.Random(f"{seed}:errors:{h.id}:{loc}") if injected_file else None
            parts = [catalog_header(pot, loc, when)]
            for ctx, head in heads:
                msg = msgs[ctx]
                inject = _pick_error(rng, lang, msg) if rng else None
                if inject and inject[1] == "untranslated":
                    text = msg.text
                else:
                    text = render_msg(lang, msg, h.id, h.topic, inject)
                if inject and injected_file:
                    record = {"path": f"locales/{loc}/LC_MESSAGES/{h.id}.po", "msgctxt": ctx, "kind": inject[1],
                              "locale": loc}
                    summary.injected.append(record)
                    injected_file.write(json.dumps(record, ensure_ascii=False) + "\n")
                parts.append(head + _msgstr(text))
            (out / "locales" / loc / "LC_MESSAGES" / f"{h.id}.po").write_text("\n".join(parts), encoding="utf-8")
        if variant == "edited":
            edited = edit_handout(h, seed, gen, summary.edits)
            path.write_text(handout_yaml(edited, seed), encoding="utf-8")
        summary.handouts += 1
        summary.catalogs += len(locales)
        summary.messages += len(msgs)
        summary.entries += len(msgs) * len(locales)
    if injected_file:
        injected_file.close()
    summary.tails = gen.tails
    summary.seconds = time.perf_counter() - start
    return summary.as_dict()


def _pick_error(rng: random.Random, lang: dict[str, Any], msg: Msg) -> tuple[int, str] | None:
    if rng.random() >= ERROR_RATE:
        return None
    kinds = injectable(lang, msg)
    names = sorted(kinds, key=ERROR_KINDS.index)
    kind = rng.choices(names, weights=[KIND_WEIGHTS[k] for k in names])[0]
    return kinds[kind], kind


# --------------------------------------------------------------------------- the edited variant

_WORD = re.compile(r"^[A-Za-z]+$")


def _edit_text(text: str, rng: random.Random) -> tuple[str, str] | None:
    """One word inserted, or one word replaced, between words (never next to a number)."""
    words = text.split(" ")
    if rng.random() < 0.5:
        spots = [i for i, w in enumerate(words) if w in EDIT_SUBSTITUTIONS]
        if spots:
            i = rng.choice(spots)
            return " ".join([*words[:i], EDIT_SUBSTITUTIONS[words[i]], *words[i + 1:]]), "changed"
    spots = [i for i in range(1, len(words)) if _WORD.match(words[i - 1]) and _WORD.match(words[i])]
    if not spots:
        return None
    i = rng.choice(spots)
    return " ".join([*words[:i], rng.choice(EDIT_WORDS), *words[i:]]), "inserted"


def edit_handout(h: MHandout, seed: int, gen: Generator | None = None,
                 counts: Counter[str] | None = None) -> MHandout:
    """A copy of ``h`` with ~10 % of its messages edited by a word, ~3 % removed and ~3 % added."""
    rng = random.Random(f"{seed}:edit:{h.id}")
    h = copy.deepcopy(h)
    counts = counts if counts is not None else Counter()
    claim = gen.claim if gen is not None else (lambda text, where: None)
    lists: list[list[MItem]] = []

    def walk(items: list[MItem]) -> None:
        if items:
            lists.append(items)
        for it in items:
            walk(it.items)

    for s in h.sections:
        for b in s.blocks:
            walk(b.items)
    messages = list(h.messages())
    removed: set[int] = set()
    added = 0
    for ctx, msg in messages:
        r = rng.random()
        if r < 0.03:  # removed: a bullet without sub-bullets, from a list that keeps one
            candidates = [(lst, it) for lst in lists for it in lst  # bullets not edited or added here
                          if not it.items and len(lst) > 1 and id(it.msg) not in removed
                          and it.msg.specs[0].key not in ("edited", "added")]
            if candidates:
                lst, it = candidates[rng.randrange(len(candidates))]
                lst.remove(it)
                removed.add(id(it.msg))
                counts["removed"] += 1
        elif r < 0.13 and id(msg) not in removed:  # (a bullet removed earlier in this loop stays removed)
            edit = _edit_text(msg.text, rng)
            if edit is not None:
                msg.text, how = edit
                msg.specs = [Spec("edited", english=msg.text)]
                claim(msg.text, ctx)
                counts[f"edited ({how})"] += 1
        if rng.random() < 0.03 and lists:  # added: a new sentence on another topic, in some bullet list
            lst = lists[rng.randrange(len(lists))]
            j = int.from_bytes(hashlib.blake2b(f"{h.id}:{added}".encode(), digest_size=3).digest(), "big")
            base = NEW_SENTENCES[j % len(NEW_SENTENCES)].format(x=NEW_WORDS[(j // 7) % len(NEW_WORDS)])
            text = f"{base[:-1]} (checklist item {h.id[1:]}{added + 1:02d})."
            added += 1
            lst.insert(rng.randrange(len(lst) + 1), MItem(f"new-{added}", Msg([Spec("added", english=text)], text)))
            claim(text, f"{h.id} (added)")
            counts["added"] += 1
    counts["messages"] += len(messages)
    return h


def _from_pipeline(h: Handout) -> MHandout:
    """Our model of a handout read with the pipeline's reader (texts only: enough to edit and write it)."""
    def msg(m: Any) -> Msg:
        return Msg([Spec("source", english=m.text)], m.text)

    def items(its: list[Item]) -> list[MItem]:
        return [MItem(it.id, msg(it.text), items(it.items)) for it in its]

    sections = [MSection(s.id, msg(s.heading), [
        MBlock(b.type, b.id, heading=msg(b.heading) if b.heading else None, text=msg(b.text) if b.text else None,
               intro=msg(b.intro) if b.intro else None, items=items(b.items), urgency=b.urgency, code=b.code)
        for b in s.blocks]) for s in h.sections]
    assert h.subtitle is not None
    return MHandout(h.id, (0, 0, 0, 0), h.version, h.last_reviewed, msg(h.title), msg(h.subtitle),
                    msg(h.audience), msg(h.credits), sections)


def edit_library(project: Path, seed: int = 7) -> dict[str, int]:
    """Rewrite the handouts of a generated project in place as the edited variant (catalogs untouched)."""
    counts: Counter[str] = Counter()
    for path in sorted((Path(project) / "handouts").glob("*.yaml")):
        edited = edit_handout(_from_pipeline(load_handout(path)), seed, None, counts)
        path.write_text(handout_yaml(edited, seed), encoding="utf-8")
    return dict(counts)


# --------------------------------------------------------------------------- scoring the errors variant


def score(project: Path, report: Path) -> dict[str, Any]:
    """Recall per kind: an injected entry counts as caught when the report has an error for its file and msgctxt."""
    def key(path: str, ctx: str) -> tuple[str, str]:
        return "/".join(Path(path).parts[-3:]), ctx

    findings = json.loads(Path(report).read_text(encoding="utf-8"))["findings"]
    errors: dict[tuple[str, str], list[str]] = {}
    for f in findings:
        if f["severity"] == "error":
            errors.setdefault(key(f["path"], f["msgctxt"]), []).append(f["check"])
    flagged: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in findings:
        flagged.setdefault(key(f["path"], f["msgctxt"]), []).append(f)
    total: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    warned: Counter[str] = Counter()
    checks: dict[str, Counter[str]] = {}
    missed: dict[str, list[dict[str, str]]] = {}
    injected = [json.loads(line) for line in (Path(project) / "injected.jsonl").read_text().splitlines()]
    keys = set()
    for rec in injected:
        k = key(rec["path"], rec["msgctxt"])
        keys.add(k)
        total[rec["kind"]] += 1
        if k in errors:
            caught[rec["kind"]] += 1
            checks.setdefault(rec["kind"], Counter()).update(set(errors[k]))
        else:
            warned[rec["kind"]] += k in flagged
            seen = flagged.get(k, [])
            example = {**rec, "findings": [f"{f['severity']} {f['check']}: {f['message']}" for f in seen]}
            if seen:
                example.update(msgid=seen[0]["msgid"], msgstr=seen[0]["msgstr"])
            missed.setdefault(rec["kind"], []).append(example)
    stray = sorted(k for k in errors if k not in keys)
    return {
        "by_kind": {kind: {"injected": total[kind], "caught": caught[kind], "warning_only": warned[kind],
                           "recall": round(caught[kind] / total[kind], 3) if total[kind] else None,
                           "checks": dict(checks.get(kind, Counter()).most_common())}
                    for kind in ERROR_KINDS},
        "injected": sum(total.values()), "caught": sum(caught.values()),
        "recall": round(sum(caught.values()) / max(sum(total.values()), 1), 3),
        "errors_on_clean_entries": len(stray),
        "missed_examples": {kind: recs[:3] for kind, recs in missed.items()},
    }


def selfcheck(locales: list[str] | None = None) -> int:
    """Run every template with every value of each slot, and every topic, through the validator.

    Prints each kind of finding once with an example; returns the number of findings (0 = the clean
    variant of any size validates, as far as single sentences go).
    """
    from library_text import TOPIC_KEYS

    from pipeline.validate import check_text

    locales = list(locales or DEFAULT_LOCALES)
    _check_locales(locales)
    en = LANGS["en"]
    pairs: list[tuple[Msg, tuple[int, int, int, int]]] = []
    for key, slots in BODY_SLOTS.items():
        base = {s: SLOT_VALUES[s][0] for s in slots}
        for slot in slots:
            for value in SLOT_VALUES[slot][:: 97 if slot == "code" else 1]:
                pairs.append((Msg([Spec(key, {**base, slot: value}, tail=len(pairs) % 2 == 1)]), (0, 0, 0, 0)))
    n_c, n_p, n_a = (len(en[k]) for k in ("cond", "pop", "asp"))
    for c in range(n_c):
        for p in range(n_p):
            for key in ("title", "credits", *TOPIC_KEYS[1:]):
                pairs.append((Msg([Spec(key)]), (c, p, (c * 7 + p) % n_a, (c + p) % 3)))
    seen: Counter[tuple[str, str, str, str]] = Counter()
    for msg, topic in pairs:
        source = render_msg(en, msg, "G0042", topic)
        for loc in locales:
            target = render_msg(LANGS[loc], msg, "G0042", topic)
            for f in check_text(source, target, loc):
                k = (loc, msg.specs[0].key, f.check, f.severity)
                seen[k] += 1
                if seen[k] == 1:
                    print(f"{loc} {k[1]} {f.severity} {f.check}: {f.message}\n  en: {source}\n  {loc}: {target}")
    print(f"{len(pairs) * len(locales)} sentence pairs checked: {sum(seen.values())} findings")
    return sum(seen.values())


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?", help="project folder to create (must be empty or absent)")
    ap.add_argument("--entries", type=int, help="approximate catalog entries across all locales")
    ap.add_argument("--locales", default=",".join(DEFAULT_LOCALES),
                    help=f"comma-separated locales (default: {','.join(DEFAULT_LOCALES)})")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--variant", choices=VARIANTS, default="clean")
    ap.add_argument("--score", type=Path, metavar="REPORT",
                    help="instead of generating: score `validate --format json` output against OUT/injected.jsonl")
    ap.add_argument("--selfcheck", action="store_true",
                    help="instead of generating: run every template and slot value through the validator")
    args = ap.parse_args(argv)
    locales = [x.strip() for x in args.locales.split(",") if x.strip()]
    if args.selfcheck:
        return 1 if selfcheck(locales) else 0
    if args.out is None:
        ap.error("OUT_DIR is required")
    if args.score:
        print(json.dumps(score(args.out, args.score), ensure_ascii=False, indent=1))
        return 0
    if not args.entries:
        ap.error("--entries is required")
    summary = make_library(args.out, args.entries, locales, args.seed, args.variant)
    summary.pop("injected", None)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
