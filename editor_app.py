"""Translators' and reviewers' editor — ``streamlit run editor_app.py``.

UI only: every piece of data comes from, and every change goes through,
:mod:`pipeline.editing` and :mod:`pipeline.store` (shared with the CLI and the
tests).  Translations are always shown escaped: a msgstr holding markup is
text here, never HTML.
"""

from __future__ import annotations

import os

import streamlit as st
from starlette.middleware import Middleware

from pipeline import editing
from pipeline.editor_server import SecurityHeaders
from pipeline.errors import InputError
from pipeline.project import SITE_DOMAIN, Project
from pipeline.validate import check_text

PAGE_SIZE = 20
STYLE = """<style>
mark.qty { background: #dbeafe; color: inherit; padding: 0 2px; border-radius: 3px; }
mark.keep { background: #fde68a; color: inherit; padding: 0 2px; border-radius: 3px; font-weight: 600; }
mark.term { background: transparent; color: inherit; border-bottom: 2px dotted #7c3aed; }
mark.sense { background: #dcfce7; color: inherit; padding: 0 2px; border-radius: 3px; }
.src { font-size: 1.05rem; line-height: 1.5; }
div[class*="st-key-rtl-"] textarea { direction: rtl; text-align: right; }
</style>"""


def project() -> Project:
    """The project folder: ``$HANDOUTS_PROJECT``, else the nearest folder with ``handouts/``."""
    return Project.find(os.environ.get("HANDOUTS_PROJECT") or os.path.dirname(os.path.abspath(__file__)))


def open_catalog(locale: str, domain: str) -> editing.OpenCatalog:
    """The session's catalog; its base (for conflict checks) is kept until saved or reloaded."""
    key = f"cat::{locale}::{domain}"
    if key not in st.session_state:
        st.session_state[key] = editing.OpenCatalog.load(project(), locale, domain)
    return st.session_state[key]


def text_key(cat: editing.OpenCatalog, ctx: str, form: int) -> str:
    return f"t::{cat.locale}::{cat.domain}::{ctx}::{form}"


def fuzzy_key(cat: editing.OpenCatalog, ctx: str) -> str:
    return f"f::{cat.locale}::{cat.domain}::{ctx}"


def follow_link() -> None:
    """An overview cell is a link (?view=Translate&locale=ar&handout=K050): open that catalog."""
    params = st.query_params
    if params.get("view") in MODES and params.get("locale") in project().locales() \
            and params.get("handout") in project().domains():
        st.session_state["mode"] = params["view"]
        st.session_state["locale"] = st.session_state["review_locale"] = params["locale"]
        st.session_state["handout"] = st.session_state["review_handout"] = params["handout"]
    st.query_params.clear()


def use_suggestion(key: str, text: str) -> None:
    st.session_state[key] = text


# ----------------------------------------------------------------------------- overview
def overview() -> None:
    st.header("Overview")
    st.html(editing.overview_html(editing.matrix(project()), project().locales(), project().domains()))


# ----------------------------------------------------------------------------- translate
def pick_catalog(prefix: str = "") -> tuple[str, str] | None:
    locales = project().locales()
    domains = project().domains()
    if not locales:
        st.info("No catalogs yet: run `python -m pipeline init --locale fr_CA`.")
        return None
    c1, c2 = st.columns(2)
    domain = c1.selectbox("Handout", domains, key=f"{prefix}handout")
    locale = c2.selectbox("Language", locales, key=f"{prefix}locale")
    if not project().po_path(locale, domain).exists():
        st.warning(editing.plain(f"{domain} is not translated into {locale} yet."))
        return None
    return locale, domain


def translate() -> None:
    st.header("Translate")
    picked = pick_catalog()
    if picked is None:
        return
    locale, domain = picked
    cat = open_catalog(locale, domain)
    entries = cat.entries()
    c1, c2, c3 = st.columns([3, 3, 1])
    kind = c1.radio("Show", editing.FILTERS, horizontal=True, key="filter")
    search = c2.text_input("Search source, translation or context", key="search")
    if c3.button("Reload", key="reload", help="Discard unsaved edits and read the file again"):
        st.session_state.pop(f"cat::{locale}::{domain}", None)
        for k in [k for k in st.session_state if str(k).startswith((f"t::{locale}::{domain}::",
                                                                    f"f::{locale}::{domain}::"))]:
            del st.session_state[k]
        st.rerun()
    chosen = editing.select(entries, kind, search)
    n_pages = editing.pages(len(chosen), PAGE_SIZE)
    number = st.number_input(f"Page (of {n_pages}; {len(chosen)} of {len(entries)} entries)", min_value=1,
                             max_value=n_pages, value=1, step=1, key="page")
    memory = cat.memory()
    rtl = cat.info.is_rtl
    for e in editing.page(chosen, int(number), PAGE_SIZE):
        entry_box(cat, e, memory, rtl)
    st.divider()
    if st.button("Save", key="save", type="primary"):
        save(cat, entries)


def entry_box(cat: editing.OpenCatalog, e: editing.EntryView, memory, rtl: bool) -> None:  # type: ignore[no-untyped-def]
    with st.container(border=True, key=f"entry_{abs(hash(e.msgctxt)) % 10**12}"):
        top = st.columns([5, 1])
        top[0].caption(editing.plain(f"{e.msgctxt} · {e.state}" + (" · ✔ reviewed" if e.reviewed else "")))
        st.html(f'<div class="src" lang="en">{editing.highlight(e.msgid, glossary=cat.glossary)}</div>')
        if e.msgid_plural:
            st.html(f'<div class="src" lang="en">{editing.highlight(e.msgid_plural, glossary=cat.glossary)}</div>')
        if e.notes:
            st.caption(editing.plain(e.notes))
        if e.fuzzy and e.previous:
            st.caption("Previous English (the translation below was made for it):")
            st.text(e.previous)
        forms = len(e.msgstr)
        container = st.container(key=f"rtl-{abs(hash(e.msgctxt)) % 10**12}" if rtl else None)
        for i in range(forms):
            k = text_key(cat, e.msgctxt, i)
            if k not in st.session_state:
                st.session_state[k] = e.msgstr[i]
            label = "Translation" if forms == 1 else f"Translation, plural form {i}"
            container.text_area(label, key=k, height=90)
        fk = fuzzy_key(cat, e.msgctxt)
        if fk not in st.session_state:
            st.session_state[fk] = e.fuzzy
        st.checkbox("Needs review (fuzzy)", key=fk)
        draft = st.session_state[text_key(cat, e.msgctxt, 0)]
        if draft.strip():
            for f in check_text(e.msgid, draft, cat.locale, msgctxt=e.msgctxt, path=str(cat.path)):
                (st.error if f.severity == "error" else st.warning)(editing.plain(f"{f.check}: {f.message}"))
        for n, s in enumerate(memory.suggest(e.msgid)):
            cols = st.columns([6, 1])
            cols[0].caption(editing.plain(f"Memory {s.score:.0f}% — {s.origin}"))
            cols[0].text(s.text)
            cols[1].button("Use", key=f"use::{cat.locale}::{cat.domain}::{e.msgctxt}::{n}",
                           on_click=use_suggestion, args=(text_key(cat, e.msgctxt, 0), s.text))


def save(cat: editing.OpenCatalog, entries: list[editing.EntryView]) -> None:
    edits = {}
    for e in entries:
        texts = tuple(st.session_state.get(text_key(cat, e.msgctxt, i), e.msgstr[i]) for i in range(len(e.msgstr)))
        fuzzy = bool(st.session_state.get(fuzzy_key(cat, e.msgctxt), e.fuzzy))
        if texts != e.msgstr or fuzzy != e.fuzzy:
            edits[e.key] = (texts, fuzzy)
    if not edits:
        st.info("Nothing to save.")
        return
    try:
        result = cat.save(edits)
    except InputError as exc:
        st.error(editing.plain(str(exc)))
        return
    if result.saved:
        st.success(editing.plain(f"Saved {len(result.saved)} entries to {project().rel(cat.path)}"))
    for c in result.conflicts:
        st.error(editing.plain(f"Not saved: {c.key[0]} was changed by someone else since you opened it. Their "
                               "version is on disk; yours is still in the box above — compare, then Reload or edit "
                               "again."))
        cols = st.columns(2)
        cols[0].caption("Theirs (on disk)")
        cols[0].text(c.theirs.msgstr if isinstance(c.theirs.msgstr, str) else " | ".join(c.theirs.msgstr))
        cols[1].caption("Yours")
        cols[1].text(c.mine.msgstr if isinstance(c.mine.msgstr, str) else " | ".join(c.mine.msgstr))
    for key in result.missing:
        st.warning(editing.plain(f"{key[0]} no longer exists (the English was changed); your text was not saved."))


# ----------------------------------------------------------------------------- review
def review() -> None:
    st.header("Review")
    picked = pick_catalog("review_")
    if picked is None:
        return
    locale, domain = picked
    if domain == SITE_DOMAIN:
        st.info("The site strings have no page of their own; review them in Translate.")
        return
    cat = open_catalog(locale, domain)
    entries = cat.entries()
    done = sum(1 for e in entries if e.reviewed)
    st.caption(f"{done} of {len(entries)} entries reviewed. A review mark lapses by itself when the English or "
               "the translation changes afterwards.")
    left, right = st.columns(2)
    with left:
        st.subheader("English")
        st.html(editing.preview(project(), domain, None))
    with right:
        st.subheader(cat.info.native_name)
        st.html(editing.preview(project(), domain, locale))
    reviewer = st.text_input("Your name (recorded with each review mark)", key="reviewer")
    ready = [e.key for e in entries if e.state == "translated" and not e.errors and not e.reviewed]
    if st.button(f"Mark all {len(ready)} translated, error-free entries reviewed", key="review_all",
                 disabled=not ready):
        record_review(cat, ready, reviewer)
    pending = cat.pending_waivers()
    if pending:
        st.subheader("Waivers waiting for a second person")
        st.caption("Each silences a clinical check; until someone other than its author approves it, the "
                   "finding still blocks the release and the English is published.")
        for n, (ctx, w) in enumerate(pending):
            cols = st.columns([5, 1])
            cols[0].markdown(editing.plain(f"{ctx} — {', '.join(w.checks)} by {w.by or '(unnamed)'}: {w.reason}"))
            if cols[1].button("Approve", key=f"wv::{locale}::{domain}::{n}"):
                approve(cat, ctx, w.checks, reviewer)
    with st.expander("Entries", expanded=False):
        for e in entries:
            cols = st.columns([5, 1])
            status = "✔ reviewed by " + e.reviewer if e.reviewed else e.state
            if e.errors:
                status += f" · {len(e.errors)} error(s)"
            cols[0].markdown(editing.plain(f"{e.msgctxt} — {status}"))
            cols[0].text(e.msgstr[0] or e.msgid)
            if (not e.reviewed and e.state == "translated"
                    and cols[1].button("Mark reviewed", key=f"rv::{locale}::{domain}::{e.msgctxt}")):
                record_review(cat, [e.key], reviewer)


def approve(cat: editing.OpenCatalog, ctx: str, checks: tuple[str, ...], reviewer: str) -> None:
    if not reviewer.strip():
        st.error("Enter your name first: an approval records who approved.")
        return
    try:
        cat.approve_waiver(ctx, checks, reviewer)
    except InputError as exc:
        st.error(editing.plain(exc.message))
        return
    st.success(editing.plain(f"Waiver for {', '.join(checks)} on {ctx} approved by {reviewer.strip()}."))


def record_review(cat: editing.OpenCatalog, keys: list, reviewer: str) -> None:  # type: ignore[type-arg]
    if not reviewer.strip():
        st.error("Enter your name first: each review mark records who reviewed.")
        return
    result = cat.mark_reviewed(keys, reviewer)
    if result.saved:
        st.success(editing.plain(f"Marked {len(result.saved)} entries reviewed by {reviewer.strip()}."))
    if result.conflicts:
        st.error(f"{len(result.conflicts)} entries changed on disk since you opened them; reload and review again.")


MODES = {"Overview": overview, "Translate": translate, "Review": review}


def main() -> None:
    st.set_page_config(page_title="Handout translations", page_icon="🩺", layout="wide")
    st.html(STYLE)
    st.html(f"<style>{editing.PREVIEW_CSS}</style>")
    if st.query_params:
        follow_link()
    mode = st.sidebar.radio("View", list(MODES), key="mode")
    st.sidebar.caption(f"Project: `{project().root}`")
    try:
        MODES[mode]()
    except InputError as exc:
        st.error(editing.plain(str(exc)))


if __name__ == "__main__":
    main()  # Streamlit runs this file as the page
else:
    # Imported by the server: ``streamlit run editor_app.py`` finds this ``st.App`` and
    # serves this same file as the page, behind the security headers.
    app = st.App(__file__, middleware=[Middleware(SecurityHeaders)])
