"""Print-ready PDFs of the handout pages, made with WeasyPrint (CSS paged media; Pango and HarfBuzz
shape Arabic, Persian and Gurmukhi) from the same templates as the HTML.

The page is rendered with ``pdf=True`` (no navigation; a running header with the title and code;
a footer with "page X of Y" in the language and its digits, the version and date, and the review
status) and styled by the site's stylesheet, its ``:lang()`` font rules and ``print.css``: Letter
or A4, 2 cm margins, 12 pt body text about 65 characters a line, help boxes never split across
pages.  Nothing is fetched: every resource is inline, and any URL the HTML names is refused.
Fonts are embedded and subset.  The same input gives the same bytes.
"""

from __future__ import annotations

import base64
import logging
from importlib import resources

PAPERS = {"letter": "Letter", "a4": "A4"}

#: CSS counter styles for the digits a language prefers (CSS Counter Styles, predefined)
COUNTER_STYLES = {"arab": "arabic-indic", "arabext": "persian", "deva": "devanagari", "guru": "gurmukhi",
                  "beng": "bengali", "thai": "thai"}


def print_css(paper: str = "letter") -> str:
    css = (resources.files("pipeline") / "templates" / "print.css").read_text(encoding="utf-8")
    return css.replace("size: Letter;", f"size: {PAPERS[paper]};")


def page_counter_css(template: str, digits: str) -> str:
    """A CSS ``content`` value saying ``template`` ("Page {page} of {pages}", translated) with the
    page counters in the language's digits."""
    style = COUNTER_STYLES.get(digits, "decimal")
    out, rest = [], template
    while rest:
        cut = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if cut < 0:
            out.append(_css_string(rest))
            break
        if cut:
            out.append(_css_string(rest[:cut]))
        name = "pages" if rest.startswith("{pages}", cut) else "page"
        out.append(f"counter({name}, {style})")
        rest = rest[cut + len(name) + 2:]
    return " ".join(out) or '""'


def _css_string(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c in " .,:;-–()·/" else f"\\{ord(c):x} " for c in text) + '"'


def qr_data_uri(url: str) -> str:
    """An SVG QR code of ``url`` as a data: URI (segno; error correction M)."""
    import segno

    svg = segno.make(url, error="m", micro=False).svg_inline(scale=2, border=2, dark="#000", light="#fff",
                                                            omitsize=True)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _fetcher():  # type: ignore[no-untyped-def]
    """A WeasyPrint URL fetcher that allows ``data:`` URIs only: the renderer fetches nothing."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=("data",), allow_redirects=False)


def write_pdf(html: str, css: str) -> bytes:
    """The PDF of a page (``html`` with every style in ``css``)."""
    from weasyprint import CSS, HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fetcher = _fetcher()
    document = HTML(string=html, base_url="about:blank", url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[CSS(string=css, url_fetcher=fetcher)])  # type: ignore[no-any-return]
