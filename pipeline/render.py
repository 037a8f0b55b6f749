"""HTML rendering of handouts, shared by ``pipeline build`` and the editor's preview.

Every translated string is escaped (Jinja2 autoescaping plus explicit
escaping of text runs here); numbers, quantities, phone numbers and codes are
wrapped in ``<bdi>`` so ``38°C (100.4°F)`` and ``1-800-555-0199`` read
correctly inside right-to-left text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .digits import in_digits, preferred
from .handout import Block, Handout
from .localize import Localizer, Shown
from .quantities.scan import scan

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@functools.cache
def _env() -> Environment:
    folder = str(resources.files("pipeline") / "templates")
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env


def isolate(text: str, tag: str) -> Markup:
    """Escape ``text`` and wrap every number/quantity/phone/code span in ``<bdi>``."""
    try:
        spans = scan(text, tag).spans()
    except Exception:  # a string the reader cannot parse is still shown, escaped
        spans = []
    out: list[str] = []
    pos = 0
    for a, b, kind in spans:
        out.append(str(escape(text[pos:a])))
        piece = text[a:b]
        direction = "rtl" if _RTL_CHARS.search(piece) else "ltr"
        out.append(f'<bdi dir="{direction}" class="q q-{kind}">{escape(piece)}</bdi>')
        pos = b
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


@dataclass
class Piece:
    """One rendered message: HTML, the state behind it and its language."""

    html: Markup
    state: str
    lang: str
    note: str
    context: str

    @property
    def fallback(self) -> bool:
        return self.state in ("untranslated", "fuzzy", "blocked")


class HandoutView:
    """What the template needs, computed once per handout × language."""

    def __init__(self, handout: Handout, loc: Localizer, *, page_lang: str, page_tag: str) -> None:
        self.h = handout
        self.loc = loc
        self.page_lang = page_lang
        self.page_tag = page_tag
        self.pieces: list[Piece] = []

    def t(self, msg) -> Piece:  # type: ignore[no-untyped-def]
        if msg is None:
            return None  # type: ignore[return-value]
        shown: Shown = self.loc.message(msg)
        tag = self.page_tag if shown.state == "translated" else "en_CA"
        piece = Piece(isolate(shown.text, tag), shown.state, shown.lang, shown.note, msg.context)
        self.pieces.append(piece)
        return piece

    def ui(self, key: str, **values: object) -> Shown:
        return self.loc.ui(key, **values)

    def urgency(self, block: Block) -> Shown:
        return self.loc.ui(f"urgency-{block.urgency}")

    def digits(self, value: object) -> str:
        """A number (a count, a version) in the page language's own digits, like its text."""
        return in_digits(str(value), preferred(self.loc.info))

    def date(self) -> str:
        """The review date, formatted by CLDR for the page's language, in its digits."""
        try:
            return self.digits(format_date(self.h.last_reviewed, "long", locale=self.page_tag))
        except Exception:
            return self.h.last_reviewed.isoformat()

    @property
    def missing(self) -> int:
        """Passages shown in English because they are not translated yet (untranslated or fuzzy)."""
        return sum(1 for p in self.pieces if p.state in ("untranslated", "fuzzy"))

    @property
    def blocked(self) -> int:
        """Passages shown in English because their translation failed a clinical-safety check."""
        return sum(1 for p in self.pieces if p.state == "blocked")


def render_handout(handout: Handout, loc: Localizer, *, languages: Iterable[tuple[str, str, str]] = (),
                   english_href: str | None = None, home_href: str = "../index.html",
                   css_href: str = "../style.css", draft: bool = False, preview: bool = False,
                   pdf: bool = False, pdf_href: str | None = None, url: str = "",
                   status: Shown | None = None) -> tuple[str, int]:
    """HTML page for ``handout`` in ``loc``'s language, and how many messages fell back to English.

    ``languages`` lists (href, native name, bcp47) for the language switcher.
    ``preview`` marks fallbacks and blocked entries for reviewers.  ``pdf`` renders the page for
    print (running header and footer with ``status``, a QR code of ``url`` when given, no
    navigation); ``pdf_href`` links the web page to its PDF.
    """
    view, body, fallbacks = render_body(handout, loc, preview=preview)
    page_lang, direction = view.page_lang, (loc.info.direction if loc.info else "ltr")
    qr = ""
    if pdf and url:
        from .pdf import qr_data_uri

        qr = qr_data_uri(url)
    html = _env().get_template("page.html.j2").render(
        view=view, h=handout, body=Markup(body), lang=page_lang, dir=direction, fallbacks=fallbacks,
        missing=view.missing, blocked=view.blocked,
        languages=list(languages), english_href=english_href, home_href=home_href, css_href=css_href,
        draft=draft and loc.info is not None, sample=handout.sample, preview=preview, pdf=pdf,
        pdf_href=pdf_href, qr=qr, url=url, status=status,
        title=view.pieces[0].html if view.pieces else handout.title.text)
    return html, fallbacks


def render_body(handout: Handout, loc: Localizer, *, preview: bool = False) -> tuple[HandoutView, Markup, int]:
    """The handout's content (no page furniture): its view, HTML and how many messages fell back."""
    page_tag = loc.info.tag if loc.info else "en_CA"
    view = HandoutView(handout, loc, page_lang=loc.lang, page_tag=page_tag)
    body = _env().get_template("handout_body.html.j2").render(view=view, h=handout, preview=preview)
    return view, Markup(body), sum(1 for p in view.pieces if p.fallback)


def render_index(rows: list[dict], columns: list[dict], *, loc: Localizer, tag: str = "",  # type: ignore[type-arg]
                 dirs: dict[str, str] | None = None) -> str:
    """The site's index in ``loc``'s language (at ``<dir>/index.html``; the English one at the top):
    per handout and language the share translated, and in words whether it is a draft, reviewed or
    ready to publish (the release gate's status); handout titles as each index's language has them."""
    from babel.numbers import format_percent

    info = loc.info
    prefix = "../" if tag else ""
    system = preferred(info)

    def percent(value: int) -> str:
        text = format_percent(value / 100, locale=info.babel if info else "en_CA")
        return in_digits(text, system)

    languages = [("", "English", "en-CA", f"{prefix}index.html")] + [
        (c["tag"], c["native"], c["bcp47"], f"{prefix}{(dirs or {})[c['tag']]}/index.html") for c in columns]
    return _env().get_template("index.html.j2").render(
        rows=rows, columns=columns, loc=loc, css_href=f"{prefix}style.css", prefix=prefix, tag=tag,
        percent=percent, lang=loc.lang,
        dir=info.direction if info else "ltr", languages=[x for x in languages if x[0] != tag])


def stylesheet() -> str:
    return (resources.files("pipeline") / "templates" / "style.css").read_text(encoding="utf-8")


