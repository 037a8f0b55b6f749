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
    # the singular, and a form for one number only (Arabic n==0, n==2), may say the number in words
    one_form = ctx.plural_index is not None and ctx.nplurals > 1 and (
        ctx.plural_index == 0 or (ctx.nplurals == ctx.info.nplurals
                                  and ctx.plural_index in ctx.info.single_number_forms))
    # a plural form may use a placeholder that only the other source form shows ("one minute" → "%d минута")
    both = src | Counter(_norm_placeholder(p) for p in scan_placeholders(ctx.entry.msgid_plural or "") if wanted(p))
    added = list((tgt - both).elements())
    for p in (src - tgt).elements():
        if one_form and p in ("%d", "%i", "%u", "{count}", "{n}", "{0}"):
            continue
        same = next((a for a in added if _same_value(p, a)), None)
        if same is not None:  # %.2f → %f, %f → %F: the same value, shown another way
            added.remove(same)
            yield WARNING, (f"placeholder {quote(p)} is written {quote(same)} in the translation: the same value, "
                            "shown with another width, sign, more decimals or letter case")
            continue
        yield ERROR, f"placeholder {quote(p)} is missing from the translation"
    for p in dict.fromkeys(added):
        yield ERROR, f"translation has placeholder {quote(p)}, which the source does not have"


_PRINTF_PARTS = re.compile(r"%(\([^)]*\))?([-+ #0]*)(?:\d+|\*)?(\.(?:\d+|\*)?)?(hh|h|ll|l|L|q|j|z|t)?([a-zA-Z])$")


def _same_value(a: str, b: str) -> bool:
    """Two printf placeholders that print the same argument of the same type (only width, precision,
    flags or the letter case of a float or hex conversion differ).  A space put in ("% d", "% s") is
    no such choice but the mark of a machine-translated string, and fewer decimals show another (rounded)
    value: those stay errors."""
    ma, mb = _PRINTF_PARTS.match(a), _PRINTF_PARTS.match(b)
    if ma is None or mb is None or ma.group(1) != mb.group(1) or ma.group(4) != mb.group(4):
        return False
    if (" " in ma.group(2)) != (" " in mb.group(2)):
        return False
    ca, cb = ma.group(5), mb.group(5)
    if not (ca == cb or (ca.lower() == cb.lower() and ca.lower() in "efgax")):
        return False
    return _precision(mb.group(3)) >= _precision(ma.group(3))  # fewer decimals round the value: 37.96 → 38.0


def _precision(spec: str | None) -> int:
    """Decimals a printf precision asks for (none given: six)."""
    if not spec:
        return 6
    digits = spec[1:]
    return 99 if digits == "*" else int(digits or 0)


def _url_key(url: str) -> tuple[str, str]:
    url = url.rstrip(".,;:!?)")
    try:
        parts = urlsplit(url if "://" in url or "@" in url else "http://" + url)
    except ValueError:
        return url.lower(), ""
    return parts.netloc.lower(), parts.path


def _site(host: str) -> tuple[str, str]:
    """The registrable name of a host and its ending (world-de.openfoodfacts.org → openfoodfacts, org)."""
    labels = host.split(":")[0].split(".")
    if len(labels) < 2:
        return host, ""
    return labels[-2], labels[-1]


def _same_site(a: str, b: str) -> bool:
    """One site in two countries: the same name, one ending a country's (prusa3d.cz and prusa3d.fr or
    prusa3d.com); example.com and example.org are two sites."""
    (name_a, end_a), (name_b, end_b) = _site(a), _site(b)
    return name_a == name_b and (end_a == end_b or len(end_a) == 2 or len(end_b) == 2)


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
        if any(_same_site(h, host) for h, _ in tgt):
            yield WARNING, f"link {quote(raw)} points to another page or language version of the same site"
        elif "." not in host.rsplit("@", 1)[-1] and any(u.split(":", 1)[0] == raw.split(":", 1)[0] for u in tgt_urls):
            # a pattern, not a site ("https://username:password@your-octopi-address/"): its words may be translated
            yield WARNING, f"example address {quote(raw)} is written differently in the translation"
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
