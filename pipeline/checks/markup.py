"""Markup, placeholders, links and plural forms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

import polib

from ..locales import LocaleInfo
from ..quantities.scan import BRACE_RE, PRINTF_RE, TAG_RE, URL_RE, is_markup
from .base import ERROR, WARNING, EntryContext, check, entry_check, quote

_TAG_NAME = re.compile(r"^<\s*(/?)\s*([A-Za-z][\w:-]*)")


def _tags(tags: list[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for t in tags:
        m = _TAG_NAME.match(t)
        if m:
            out[f"<{m.group(1)}{m.group(2).lower()}>"] += 1
    return out


@check("markup", ERROR, "Markup is kept",
       "HTML tags in the source appear in the translation the same number of times; the translation "
       "adds none (typesetting tags such as <sup> or <br> only warn; a tag typed into a translation is shown as "
       "text, never run).",
       needs="markup")
def markup(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    src, tgt = _tags(tags_of(ctx.source)), _tags(tags_of(ctx.target))
    for tag, n in (src - tgt).items():
        yield _severity(tag), f"tag {tag} appears {n} time(s) fewer in the translation than in the source"
    for tag, n in (tgt - src).items():
        yield _severity(tag), f"translation adds markup {tag} ({n}×), which the source does not have"


#: tags that only set type or break lines ("95<sup>th</sup>" → "Percentil 95", a <br> for a longer line): a language
#: may need them where English does not, or not where it does.  Emphasis (<b>, <strong>, <em> on "one" or
#: "not"), links, paragraphs and unknown tags must match
_PRESENTATIONAL = frozenset(f"<{c}{t}>" for c in ("", "/")
                            for t in ("sup", "sub", "small", "big", "br", "span", "font"))


def _severity(tag: str) -> str:
    return WARNING if tag in _PRESENTATIONAL else ERROR


def scan_placeholders(text: str) -> list[str]:
    """printf and brace placeholders, web addresses left out (%20 in a URL is not a placeholder)."""
    if "://" in text or "www." in text:
        text = URL_RE.sub(" ", text)
    return [m.group(0) for rx, signs in ((PRINTF_RE, "%"), (BRACE_RE, "{$")) if any(c in text for c in signs)
            for m in rx.finditer(text)]


def tags_of(text: str) -> list[str]:
    """HTML tags and entities (not words in angle brackets such as <untitled>)."""
    if "://" in text or "www." in text:
        text = URL_RE.sub(" ", text)
    return [m.group(0) for m in TAG_RE.finditer(text) if not m.group(1) or is_markup(m)]


def _norm_placeholder(p: str) -> str:
    """%1$d → %d; locale-digit and grouping flags (%Id, %'d) print the same value."""
    m = re.match(r"%(\d+)\$(.*)", p)
    p = f"%{m.group(2)}" if m else p
    return re.sub(r"^%([-+#0]*)[I']+", r"%\1", p) if p.startswith("%") else p


@check("placeholders", ERROR, "Placeholders are kept",
       "printf placeholders (%s, %(name)s, %1$d; entries flagged c-format, python-format …) and brace "
       "placeholders ({count}) in the source appear in the translation, and the translation invents none.",
       needs="placeholders")
def placeholders(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    flags = ctx.entry.flags
    printf = any(f.endswith("-format") and not f.startswith("no-") and "brace" not in f for f in flags)
    src_all, tgt_all = scan_placeholders(ctx.source), scan_placeholders(ctx.target)
    brace = "python-brace-format" in flags or any(p.startswith("{") for p in src_all)

    def wanted(p: str) -> bool:
        return (printf and p.startswith("%")) or (brace and p.startswith(("{", "$")))

    src = Counter(_norm_placeholder(p) for p in src_all if wanted(p))
    tgt = Counter(_norm_placeholder(p) for p in tgt_all if wanted(p))
    if src == tgt:
        return
    one_form = ctx.plural_index is not None and ctx.nplurals > 1 and ctx.plural_index == 0
    for p, _n in (src - tgt).items():
        if one_form and p in ("%d", "%i", "%u", "{count}", "{n}", "{0}"):
            continue  # the singular form may spell out "one"
        yield ERROR, f"placeholder {quote(p)} is missing from the translation"
    # a plural form may use a placeholder that only the other source form shows ("one minute" → "%d минута")
    both = src | Counter(_norm_placeholder(p) for p in scan_placeholders(ctx.entry.msgid_plural or "") if wanted(p))
    for p, _n in (tgt - both).items():
        yield ERROR, f"translation has placeholder {quote(p)}, which the source does not have"


def _url_key(url: str) -> tuple[str, str]:
    url = url.rstrip(".,;:!?)")
    try:
        parts = urlsplit(url if "://" in url or "@" in url else "http://" + url)
    except ValueError:
        return url.lower(), ""
    return parts.netloc.lower(), parts.path


def _site(host: str) -> str:
    """The registrable name of a host, its country ending left out (world-de.openfoodfacts.org →
    openfoodfacts; prusa3d.cz and prusa3d.fr → prusa3d: the same site in two countries)."""
    labels = host.split(":")[0].split(".")
    if len(labels) < 2:
        return host
    return labels[-2] if len(labels[-1]) == 2 else ".".join(labels[-2:])


@check("links", ERROR, "Links are kept",
       "Web addresses and e-mail addresses in the source appear in the translation; a changed path "
       "is a warning (a localised page may be intended), a missing or changed site an error.",
       needs="links")
def links(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    src_urls, tgt_urls = URL_RE.findall(ctx.source), URL_RE.findall(ctx.target)
    src = [_url_key(u) for u in src_urls]
    tgt = [_url_key(u) for u in tgt_urls]
    for (host, path), raw in zip(src, src_urls, strict=False):
        if (host, path) in tgt:
            continue
        if any(_site(h) == _site(host) for h, _ in tgt):
            yield WARNING, f"link {quote(raw)} points to another page or language version of the same site"
        else:
            yield ERROR, f"link {quote(raw)} is missing from the translation"
    hosts = {h for h, _ in src}
    for (host, _path), raw in zip(tgt, tgt_urls, strict=False):
        if host not in hosts:
            yield WARNING, f"translation adds link {quote(raw)}, which the source does not have"


@entry_check("plurals", ERROR, "Plural forms match the language",
             "An entry with a plural has exactly as many translated forms as the catalog's Plural-Forms header "
             "declares, and all of them are filled once any is.")
def plurals(entry: polib.POEntry, info: LocaleInfo, nplurals: int) -> Iterator[tuple[str, str]]:
    if not entry.msgid_plural:
        return
    forms = entry.msgstr_plural
    if len(forms) != nplurals:
        yield ERROR, f"{len(forms)} plural forms, but the header declares nplurals={nplurals}"
    elif any(forms.values()) and not all(forms.values()):
        empty = ", ".join(f"msgstr[{i}]" for i, v in sorted(forms.items()) if not v)
        yield ERROR, f"plural forms left empty: {empty}"


@check("glossary", WARNING, "Glossary terms are used",
       "Terms in the locale's glossary (locales/<L>/glossary.yaml) are translated as the glossary says, and "
       "do-not-translate terms are kept as written.")
def glossary(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    g = ctx.glossary
    if g is None:
        return
    for message in g.problems(ctx.source, ctx.target):
        yield WARNING, message
