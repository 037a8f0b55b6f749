"""Property-based fuzzing (Hypothesis), bounded so the suite stays fast (issue 12).

- a catalog written by the pipeline reads back and writes again byte for byte;
- no translation text, however hostile, crashes the validator or the renderer, and what the renderer
  publishes is always escaped;
- any YAML text within the limits either loads as a handout or is one :class:`InputError`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalog import parse_po, render_po
from pipeline.errors import InputError
from pipeline.handout import load_handout
from pipeline.locales import resolve
from pipeline.localize import Localizer
from pipeline.render import render_handout
from pipeline.validate import check_text

from .conftest import ROOT

#: examples per property: 60 in the test run (seconds); ``FUZZ_EXAMPLES=2000`` for a deeper search
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
#: text a translator might type: any printable character of any script, with the characters that need care
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(list("\n\t\"\\%{}<>&#")),
               max_size=80)
HOSTILE = st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{version.__class__}",
                           "**bold** ![x](http://example.invalid/p.png)", "\u202e911\u202c", "</p><p>", "&amp;"])
K050 = load_handout(ROOT / "handouts" / "K050.yaml")
FR = parse_po(ROOT / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po")


@st.composite
def catalogs(draw: st.DrawFn) -> polib.POFile:
    po = polib.POFile(wrapwidth=78)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr_CA",
                   "Plural-Forms": "nplurals=2; plural=(n > 1);"}
    seen = set()
    for i in range(draw(st.integers(1, 6))):
        msgid = draw(TEXT.filter(lambda t: t.strip() != ""))
        if msgid in seen:
            continue
        seen.add(msgid)
        entry = polib.POEntry(msgctxt=f"K050/e{i}", msgid=msgid, msgstr=draw(TEXT),
                              comment=draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)),
                              tcomment=draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)),
                              flags=draw(st.lists(st.sampled_from(["fuzzy", "c-format", "no-wrap"]), unique=True)),
                              obsolete=draw(st.booleans()))
        po.append(entry)
    return po


@FUZZ
@given(catalogs())
def test_a_written_catalog_reads_back_and_writes_again_byte_for_byte(po: polib.POFile):
    first = render_po(po)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "K050.po"
        path.write_text(first, encoding="utf-8")
        again = render_po(parse_po(path))
    assert again == first


@FUZZ
@given(st.one_of(TEXT, st.tuples(TEXT, HOSTILE, TEXT).map("".join)), st.sampled_from(
    ["fr_CA", "ar", "zh_Hans", "ko", "fa", "pa", "ru", "vi", "tl", "es", "zh_Hant"]))
def test_no_translation_crashes_the_validator(target: str, locale: str):
    for source in ("Call 911 if your child has trouble breathing.", "Give 5 mL every 4 to 6 hours.",
                   "Do not give more than 4 doses in 24 hours."):
        for finding in check_text(source, target, locale):
            assert finding.severity in ("error", "warning")


@FUZZ
@given(st.tuples(TEXT, HOSTILE, TEXT).map("".join))
def test_whatever_a_translation_holds_is_published_escaped(text: str):
    loc = Localizer(resolve("fr_CA"), FR, overrides={(K050.title.context, K050.title.text): text})
    html, _fallbacks = render_handout(K050, loc)
    for raw in ("<script>", "<img src=x", "</p><p>"):
        if raw in text:
            assert raw not in html
    assert "{version.__class__}" not in text or "&lt;class" not in html


@FUZZ
@given(st.text(max_size=400) | st.sampled_from([
    "id: K050\n<<: {a: 1}\n", "[" * 50 + "]" * 50, "last_reviewed: 2026-02-30\n", "a: &x [*x]\n", "\ufeff---\n",
    "id: K050\ntitle: !!python/object:os.system echo\n", "sections:\n" + "  - \n" * 30]))
def test_any_yaml_loads_or_is_one_clear_error(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "K050.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_handout(path)
        except InputError as exc:
            assert "\n" not in str(exc).strip()
