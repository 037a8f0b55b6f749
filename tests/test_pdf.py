"""Printed handouts (issue 14): a PDF beside every page, laid out for paper, in fonts that have every
character, and saying exactly the quantities, phone numbers and codes of the validated translation.

The PDFs are read back with poppler (``pdftotext``, ``pdffonts``, ``pdfinfo``), as a family's printer
would see them: whatever the renderer, the fonts or the bidi algorithm did is in what is read back.
"""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import statistics
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from pipeline.catalog import parse_po
from pipeline.fonts import missing_glyphs
from pipeline.locales import resolve
from pipeline.quantities.scan import scan
from pipeline.validate import blocked_entries

from .conftest import ROOT, run_cli

CORE = ["ar", "es", "fa", "fr_CA", "ko", "pa", "ru", "tl", "vi", "zh_Hans", "zh_Hant"]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None and not os.environ.get("CI"),
                                   reason="poppler-utils (pdftotext) is not installed")


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is missing: apt-get install poppler-utils")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("print")
    shutil.copytree(ROOT / "handouts", root / "handouts")
    shutil.copytree(ROOT / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    r = run_cli("--project", str(root), "all", "--base-url", "https://handouts.example.org/site")
    assert r.code == 0, r.err
    return root / "build" / "site"


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.glob("*/*.html") if p.name != "index.html")


# ----------------------------------------------------------------------------- every page has its PDF
@needs_poppler
def test_every_page_has_a_linked_letter_size_pdf(site: Path):
    project = site.parent.parent
    catalogs = [p for p in (project / "locales").glob("*/LC_MESSAGES/*.po") if p.stem != "site"]
    assert len(pages(site)) == len(list((project / "handouts").glob("*.yaml"))) + len(catalogs)
    for page in pages(site):
        pdf = page.with_suffix(".pdf")
        assert pdf.is_file(), pdf
        assert f'href="{pdf.name}"' in page.read_text(encoding="utf-8")  # linked from its page
    info = poppler("pdfinfo", str(site / "fr-CA" / "K050.pdf"))
    assert re.search(r"Page size:\s+612 x 792 pts \(letter\)", info)


@needs_poppler
def test_the_pdf_is_laid_out_for_paper(site: Path):
    text = poppler("pdftotext", str(site / "fr-CA" / "K050.pdf"), "-")
    sheets = text.split("\f")[:-1]
    assert len(sheets) >= 2
    title = "Ponction et biopsie de moelle osseuse chez l'enfant"
    for n, sheet in enumerate(sheets, 1):
        assert f"Page {n} de {len(sheets)}" in sheet  # "page X of Y", in French
        assert "Version 1.0 · dernière révision : 1 novembre 2026" in sheet  # version and date on every page
        assert "Ébauche, pas encore révisée" in sheet  # the review status, in words
        if n > 1:
            assert title in sheet and "K050" in sheet  # running header: title and code
    assert "Cette traduction est une ébauche" in sheets[0]  # the draft banner
    assert "https://handouts.example.org/site/fr-CA/K050.html" in text  # the QR code's address, under it
    body = [ln for ln in text.splitlines() if len(ln) > 40 and "K050" not in ln and "Version 1.0" not in ln]
    lengths = sorted(len(ln) for ln in body)
    assert 60 <= statistics.median(lengths) <= 75, lengths  # a comfortable measure at 12 pt
    assert lengths[int(len(lengths) * 0.8)] <= 76, lengths


@needs_poppler
def test_help_boxes_are_never_split_across_pages(site: Path):
    for pdf in sorted(site.glob("*/K050.pdf")):
        sheets = poppler("pdftotext", str(pdf), "-").split("\f")
        info = resolve(pdf.parent.name)
        label = "Call 911 now" if info.tag == "en_CA" else None
        if label:
            [sheet] = [s for s in sheets if label in s]
            assert "Your child faints" in sheet  # the box's last sign is on the same sheet as its label


def test_a4_and_no_pdf_are_options(tmp_path: Path):
    shutil.copytree(ROOT / "handouts", tmp_path / "handouts")
    shutil.copytree(ROOT / "locales", tmp_path / "locales", ignore=shutil.ignore_patterns("*.mo"))
    r = run_cli("--project", str(tmp_path), "build", "--locale", "fr_CA", "--paper", "a4", "--out", "a4")
    assert r.code == 0, r.err
    if shutil.which("pdfinfo"):
        assert re.search(r"Page size:\s+595[.\d]* x 841[.\d]* pts \(A4\)",
                         poppler("pdfinfo", str(tmp_path / "a4" / "fr-CA" / "K050.pdf")))
    r = run_cli("--project", str(tmp_path), "build", "--locale", "fr_CA", "--no-pdf", "--out", "web")
    assert r.code == 0, r.err
    assert not list((tmp_path / "web").rglob("*.pdf"))
    assert ".pdf" not in (tmp_path / "web" / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    r = run_cli("--project", str(tmp_path), "build", "--base-url", "ftp://x", "--out", "bad")
    assert r.code == 2 and r.err.count("\n") == 1 and "--base-url" in r.err


# ----------------------------------------------------------------------------- fonts
class _TextByLang(html.parser.HTMLParser):
    """The text of a page, grouped by the language of the element it is in."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: dict[str, list[str]] = {}
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang") or (self.stack[-1] if self.stack else "en-CA")
        self.stack.append(lang)  # type: ignore[arg-type]
        self.skip += tag in ("style", "script", "title")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self.stack:
            return
        self.stack.pop()
        self.skip -= tag in ("style", "script", "title")

    def handle_data(self, data: str) -> None:
        if not self.skip and self.stack:
            self.text.setdefault(self.stack[-1], []).append(data)


def test_every_character_of_every_page_has_a_glyph_in_its_languages_fonts(site: Path):
    missing = {}
    for page in [*pages(site), *site.glob("**/index.html")]:
        reader = _TextByLang()
        reader.feed(page.read_text(encoding="utf-8"))
        for lang, parts in reader.text.items():
            lacking, absent = missing_glyphs("".join(parts), resolve(lang))
            assert not absent, f"fonts not installed for {lang}: {absent} (apt-get install fonts-noto-core " \
                               "fonts-noto-cjk)"
            if lacking:
                missing[f"{page.relative_to(site)} [{lang}]"] = lacking
    assert not missing, missing


def test_a_character_no_font_of_the_language_has_is_found():
    assert missing_glyphs("ਬੁਖਾਰ", resolve("fr_CA"))[0]  # Gurmukhi with only the Latin faces: found
    assert missing_glyphs("ਬੁਖਾਰ 38°C", resolve("pa")) == ([], [])


@needs_poppler
@pytest.mark.parametrize(("lang", "face"), [("zh-Hant", "CJK-TC"), ("zh-Hans", "CJK-SC"), ("ko", "CJK-KR"),
                                            ("pa", "Gurmukhi"), ("ar", "Naskh-Arabic"), ("fa", "Naskh-Arabic")])
def test_each_language_prints_in_its_own_face_embedded(site: Path, lang: str, face: str):
    listing = poppler("pdffonts", str(site / lang / "K050.pdf")).splitlines()[2:]
    names = [row.split()[0] for row in listing]
    assert any(face in n for n in names), names
    if lang == "zh-Hant":
        assert not any("CJK-SC" in n for n in names)  # never the Simplified face for Traditional Chinese
    for row in listing:
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), row  # embedded and subset


# ----------------------------------------------------------------------------- what is printed
def _values(text: str, tag: str) -> Counter[tuple[str, str]]:
    """Numbers (by value), phone numbers and codes of ``text``.  Units are checked on the page side: read
    back from a PDF, shaped scripts lose marks (Gurmukhi ਮਿੰਟ comes back as ਮੰਟ), so a unit word may not
    be recognised, while a number that changed, moved or vanished is always seen."""
    s = scan(" ".join(text.split()), tag)
    return Counter([("number", f"{q.value.normalize():f}") for q in s.quantities if not q.implied]
                   + [("phone", p.digits) for p in s.phones] + [("code", c.ascii) for c in s.codes])


class _MainText(html.parser.HTMLParser):
    """The text of a page's <main> (what the handout says, with its notices and labels)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += tag == "main" or (self.depth > 0 and tag not in _TextByLang.VOID)

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in _TextByLang.VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


@needs_poppler
@pytest.mark.parametrize("tag", CORE)
def test_what_is_printed_is_what_was_validated(site: Path, tag: str):
    """The quantities, phone numbers and codes read back from the printed K050 are those of the page —
    the validated translation, with the English of any passage shown in English — value for value; the
    print adds only its running header (the code) and footer (version, date, page numbers)."""
    info = resolve(tag)
    project = site.parent.parent
    po = parse_po(project / "locales" / tag / "LC_MESSAGES" / "K050.po")
    failing = blocked_entries(po, info)
    validated: Counter[tuple[str, str]] = Counter()
    for e in po:
        if e.msgid and not e.obsolete and e.msgstr and "fuzzy" not in e.flags and (e.msgctxt, e.msgid) not in failing:
            validated += _values(e.msgstr, tag)
    html = (site / info.bcp47 / "K050.html").read_text(encoding="utf-8")
    main = _MainText()
    main.feed(html)
    page = _values(" ".join(main.parts), tag)
    assert validated - page == Counter()  # the page carries every value of the validated translation
    text = poppler("pdftotext", str(site / info.bcp47 / "K050.pdf"), "-")
    printed = _values(text, tag)
    assert page - printed == Counter(), page - printed  # nothing lost or changed on paper
    # what the print adds: on every sheet the footer (version and date) and its page numbers, on every
    # sheet after the first the header (title and code)
    meta = re.search(r'<p class="meta"[^>]*>(.*?)</p>', html, re.S)
    assert meta is not None
    footer = _values(re.sub(r"<[^>]+>", " ", meta.group(1)).replace("K050", ""), tag)
    sheets = text.count("\f")
    site_po = parse_po(project / "locales" / tag / "LC_MESSAGES" / "site.po")
    page_of = site_po.find("site.pdf-page", by="msgctxt").msgstr or "Page {page} of {pages}"
    furniture: Counter[tuple[str, str]] = Counter()
    for n in range(1, sheets + 1):
        furniture += footer + _values(page_of.replace("{pages}", str(sheets)).replace("{page}", str(n)), tag)
        furniture += Counter([("code", "K050")] if n > 1 else [])
    assert printed - page - furniture == Counter(), printed - page - furniture
