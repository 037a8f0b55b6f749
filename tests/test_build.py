"""The built site: lang/dir, bdi isolation, escaping, visible English fallbacks, safe output folder."""

from __future__ import annotations

import re
from pathlib import Path

import polib

from pipeline.handout import load_handout
from pipeline.locales import resolve
from pipeline.localize import Localizer
from pipeline.render import render_handout

from .conftest import run_cli, snapshot


def build(project: Path, out: Path) -> str:
    r = run_cli("--project", str(project), "build", "--out", str(out))
    assert r.code == 0, r.err
    return r.out


def test_every_page_is_built_with_lang_and_dir(project: Path, tmp_path: Path):
    out = tmp_path / "site"
    report = build(project, out)
    assert "build: 27 pages" in report
    ar = (out / "ar" / "K050.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in ar
    assert '<html lang="fa" dir="rtl">' in (out / "fa" / "K050.html").read_text(encoding="utf-8")
    assert '<html lang="fr-CA" dir="ltr">' in (out / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    assert '<html lang="en-CA" dir="ltr">' in (out / "en-CA" / "K050.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    for href in ("ar/K050.html", "zh-Hans/W320.html", "pa/F110.html", "fr-CA/D215.html", "ru/K050.html"):
        assert f'href="{href}"' in index


def test_numbers_and_phones_are_isolated_in_rtl(project: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(project, out)
    ar = (out / "ar" / "K050.html").read_text(encoding="utf-8")
    assert re.search(r'<bdi dir="ltr" class="q q-phone">911</bdi>', ar)
    assert re.search(r'<bdi dir="(ltr|rtl)" class="q q-quantity">38[^<]*</bdi>', ar)
    assert '<bdi dir="ltr" class="q q-code">K050</bdi>' in ar
    f110 = (out / "ar" / "F110.html").read_text(encoding="utf-8")
    assert '<bdi dir="ltr" class="q q-phone">1-800-555-0199</bdi>' in f110


HOSTILE = 'Reposez-vous <script>alert("x")</script><img src=x onerror=alert(1)>'


def test_hostile_markup_is_escaped_by_the_renderer(project: Path):
    po_path = project / "locales" / "ar" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/home-care/activity/rest", by="msgctxt").msgstr = HOSTILE
    html, _ = render_handout(load_handout(project / "handouts" / "K050.yaml"), Localizer(resolve("ar"), po))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_hostile_markup_is_never_published(project: Path, tmp_path: Path):
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/home-care/activity/rest", by="msgctxt").msgstr = HOSTILE
    po.save()
    out = tmp_path / "site"
    assert "1 blocked by validation" in build(project, out)  # the markup check refuses it
    page = (out / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page and "alert(" not in page


def test_untranslated_and_fuzzy_fall_back_to_english_visibly(project: Path, tmp_path: Path):
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/home-care/activity/rest", by="msgctxt").msgstr = ""
    po.find("K050/home-care/activity/school", by="msgctxt").flags.append("fuzzy")
    po.save()
    out = tmp_path / "site"
    report = build(project, out)
    assert "fr_CA: 4 pages, 2 messages shown in English (1 untranslated, 1 fuzzy, 0 blocked" in report
    page = (out / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    assert '<span class="fallback fallback-untranslated" lang="en-CA" dir="ltr">Let your child rest' in page
    assert '<span class="fallback fallback-fuzzy" lang="en-CA" dir="ltr">Most children can go back' in page
    assert 'data-fallbacks="2"' in page
    banner = page.split('data-fallbacks="2">')[1].split("</p>")[0]
    assert banner.startswith("2 ") and banner != "2 passages are not translated yet and are shown in English."


def test_a_translation_that_fails_validation_is_not_published(project: Path, tmp_path: Path):
    po_path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    e = po.find("K050/when-to-call/urgent/fever", by="msgctxt")
    e.msgstr = e.msgstr.replace("38", "39")
    po.save()
    out = tmp_path / "site"
    report = build(project, out)
    assert "1 blocked by validation" in report
    page = (out / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    assert "39\u00a0°C" not in page and "39 °C" not in page
    assert 'class="fallback fallback-blocked"' in page


def test_build_is_deterministic_and_refuses_foreign_folders(project: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(project, out)
    first = snapshot(out)
    build(project, out)
    assert snapshot(out) == first
    foreign = tmp_path / "my-documents"
    foreign.mkdir()
    (foreign / "letter.txt").write_text("keep me", encoding="utf-8")
    r = run_cli("--project", str(project), "build", "--out", str(foreign))
    assert r.code == 2 and "was not built by this tool" in r.err
    assert (foreign / "letter.txt").read_text(encoding="utf-8") == "keep me"
