"""Markup, placeholders, links and plural forms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

import polib

from ..locales import LocaleInfo
from ..quantities.scan import BRACE_RE, PRINTF_RE
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
       "adds none (a tag typed into a translation is shown as text, never run).")
def markup(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    if not ctx.mentions("<", "&"):
        return
    src, tgt = _tags(ctx.src.tags), _tags(ctx.tgt.tags)
    for tag, n in (src - tgt).items():
        yield ERROR, f"tag {tag} appears {n} time(s) fewer in the translation than in the source"
    for tag, n in (tgt - src).items():
        yield ERROR, f"translation adds markup {tag} ({n}×), which the source does not have"


def scan_placeholders(text: str) -> list[str]:
    return [m.group(0) for rx in (PRINTF_RE, BRACE_RE) for m in rx.finditer(text)]


def _norm_placeholder(p: str) -> str:
    """%1$d → %d; locale-digit and grouping flags (%Id, %'d) print the same value."""
    m = re.match(r"%(\d+)\$(.*)", p)
    p = f"%{m.group(2)}" if m else p
    return re.sub(r"^%([-+#0]*)[I']+", r"%\1", p) if p.startswith("%") else p


@check("placeholders", ERROR, "Placeholders are kept",
       "printf placeholders (%s, %(name)s, %1$d; entries flagged c-format, python-format …) and brace "
       "placeholders ({count}) in the source appear in the translation, and the translation invents none.")
def placeholders(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    if not ctx.mentions("%", "{", "$"):
        return
    flags = ctx.entry.flags
    printf = any(f.endswith("-format") and not f.startswith("no-") and "brace" not in f for f in flags)
    brace = "python-brace-format" in flags or any(p.startswith("{") for p in ctx.src.placeholders)

    def wanted(p: str) -> bool:
        return (printf and p.startswith("%")) or (brace and p.startswith(("{", "$")))

    src = Counter(_norm_placeholder(p) for p in ctx.src.placeholders if wanted(p))
    tgt = Counter(_norm_placeholder(p) for p in ctx.tgt.placeholders if wanted(p))
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
    parts = urlsplit(url if "://" in url or "@" in url else "http://" + url)
    return parts.netloc.lower(), parts.path


def _site(host: str) -> str:
    """The registrable part of a host name (world-de.openfoodfacts.org → openfoodfacts.org)."""
    return ".".join(host.split(".")[-2:])


@check("links", ERROR, "Links are kept",
       "Web addresses and e-mail addresses in the source appear in the translation; a changed path "
       "is a warning (a localised page may be intended), a missing or changed site an error.")
def links(ctx: EntryContext) -> Iterator[tuple[str, str]]:
    if not ctx.mentions("://", "www.", "@"):
        return
    src = [_url_key(u) for u in ctx.src.urls]
    tgt = [_url_key(u) for u in ctx.tgt.urls]
    for (host, path), raw in zip(src, ctx.src.urls, strict=False):
        if (host, path) in tgt:
            continue
        if any(_site(h) == _site(host) for h, _ in tgt):
            yield WARNING, f"link {quote(raw)} points to another page or language version of the same site"
        else:
            yield ERROR, f"link {quote(raw)} is missing from the translation"
    hosts = {h for h, _ in src}
    for (host, _path), raw in zip(tgt, ctx.tgt.urls, strict=False):
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
