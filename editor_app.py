"""Translators' and reviewers' editor — ``streamlit run editor_app.py``.

UI only: every piece of data comes from, and every change goes through, :mod:`pipeline.editing`,
:mod:`pipeline.drafts`, :mod:`pipeline.history` and :mod:`pipeline.editor_view` (shared with the
CLI and the tests).  Catalog text is always shown escaped, with its language and direction: a
msgstr holding markup is text here, never HTML.
"""

from __future__ import annotations

import functools
import hashlib
import os
import urllib.parse
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from pipeline import drafts as drafting
from pipeline import editing
from pipeline import editor_view as view
from pipeline.editor_server import SecurityHeaders
from pipeline.errors import InputError
from pipeline.handout import load_handout
from pipeline.history import Who
from pipeline.project import SITE_DOMAIN, Project
from pipeline.validate import check_text
from pipeline.wording import count

STYLE = """<style>
mark.qty { background: #dbeafe; color: inherit; padding: 0 2px; border-radius: 3px; }
mark.keep { background: #fde68a; color: inherit; padding: 0 2px; border-radius: 3px; font-weight: 600; }
mark.term { background: transparent; color: inherit; border-bottom: 2px dotted #7c3aed; }
mark.sense { background: #dcfce7; color: inherit; padding: 0 2px; border-radius: 3px; }
.src { font-size: 1.05rem; line-height: 1.5; }
</style>"""
KEYS_JS = (Path(editing.__file__).parent / "editor_assets" / "editor_keys.js").read_text(encoding="utf-8")
NEIGHBOURS = 2  # entries shown compact above and below the one in focus
ENGLISH = editing.resolve("en_CA")


# ----------------------------------------------------------------------------- who, where, what
def project() -> Project:
    """The project folder: ``$HANDOUTS_PROJECT``, else the nearest folder with ``handouts/``."""
    return Project.find(os.environ.get("HANDOUTS_PROJECT") or os.path.dirname(os.path.abspath(__file__)))


@functools.cache
def _store_at(root: Path) -> drafting.DraftStore:
    return drafting.DraftStore.for_project(root)  # its schema is made once, not on every call


def store() -> drafting.DraftStore:
    return _store_at(project().root)


def sign_in_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml: no sign-in
        return False


def current_user() -> Who | None:
    """A signed-in person (OIDC, when ``.streamlit/secrets.toml`` configures ``[auth]``), else a name
    asked once per browser session (kept in the address, so a reload keeps it), shown as unverified."""
    side = st.sidebar
    if sign_in_configured():
        if not st.user.get("is_logged_in"):
            side.button("Sign in", on_click=st.login, key="signin")
            return None
        who = Who(str(st.user.get("name") or st.user.get("email")), True, str(st.user.get("email") or ""))
        side.caption(editing.plain(f"Signed in as {who.name}"))
        side.button("Sign out", on_click=st.logout, key="signout")
        return who
    name = side.text_input("Your name", key="who", bind="query-params",
                           help="Recorded with every save, review mark and comment. Not verified: this "
                                "editor has no sign-in configured.")
    if not name.strip():
        return None
    who = Who(name.strip())
    side.caption(editing.plain(f"Working as {who.label}"))
    return who


def stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


def reloaded(cat: editing.OpenCatalog, *, read: bool = True) -> None:
    """Read the catalog again after this session wrote it (``read`` False: the write already did), and
    remember that it is current, so the next run does not read it once more."""
    if read:
        cat.reload()
    st.session_state[f"cat::{cat.locale}::{cat.domain}::stamp"] = stamp(cat.path)


def open_catalog(locale: str, domain: str) -> editing.OpenCatalog:
    """The session's catalog, read again whenever the file changed on disk (another person's save)."""
    key = f"cat::{locale}::{domain}"
    cat = st.session_state.get(key)
    now = stamp(project().po_path(locale, domain))
    if cat is None:
        cat = editing.OpenCatalog.load(project(), locale, domain)
        st.session_state[key] = cat
    elif st.session_state.get(key + "::stamp") != now:
        cat.reload()  # entries whose text did not change keep their findings
    st.session_state[key + "::stamp"] = now
    return cat


def ekey(prefix: str, cat: editing.OpenCatalog, msgctxt: str, *extra: object) -> str:
    """A widget key that is also a safe CSS class (``st-key-…``) for one entry of one catalog."""
    digest = hashlib.sha1(msgctxt.encode()).hexdigest()[:12]
    gen = st.session_state.get(f"gen::{cat.locale}::{cat.domain}", 0)
    return "-".join(str(p) for p in (prefix, cat.locale, cat.domain, digest, gen, *extra))


def bump(cat: editing.OpenCatalog) -> None:
    """Make the boxes read their text again from the drafts and the file (after undo, use, resolve)."""
    k = f"gen::{cat.locale}::{cat.domain}"
    st.session_state[k] = st.session_state.get(k, 0) + 1


# ----------------------------------------------------------------------------- sidebar: drafts and save
def drafts_panel(who: Who) -> None:
    side = st.sidebar
    unsaved = store().unsaved(who)
    total = sum(len(v) for v in unsaved.values())
    side.markdown(f"**{count(total, '✎ {n} unsaved draft', '✎ {n} unsaved drafts')}**")
    if unsaved:
        with side.expander("Unsaved drafts", expanded=False):
            for (loc, dom), items in unsaved.items():
                st.caption(editing.plain(f"{dom} · {loc}: " + count(len(items), "{n} entry", "{n} entries")))
                for d in items:
                    st.text(f"{d.key[0]}: {d.texts[0][:60]}")
    st.session_state["unsaved_total"] = total


def save_current(who: Who, cat: editing.OpenCatalog) -> None:
    """Save every draft of the open catalog (the Save button and Ctrl+S)."""
    try:
        result = drafting.save_drafts(store(), who, cat.locale, cat.domain, cat.path)
    except InputError as exc:
        st.session_state["flash"] = ("error", str(exc))
        return
    reloaded(cat)
    bump(cat)
    saved = len(result.saved)
    errors = sum(1 for e in cat.entries() if e.key in result.saved and e.errors)
    parts = []
    if saved:
        parts.append(count(saved, "Saved {n} entry", "Saved {n} entries") + f" to {project().rel(cat.path)}")
        if errors:
            parts.append(count(errors, "{n} of them fails a clinical-safety check and is shown in English "
                                            "on the page", "{n} of them fail a clinical-safety check and are shown "
                                                           "in English on the page"))
    if result.conflicts:
        parts.append(count(len(result.conflicts), "{n} entry was not saved: someone else changed it — resolve "
                                "the conflict below", "{n} entries were not saved: someone else changed them — "
                                "resolve the conflicts below"))
    if result.missing:
        parts.append(count(len(result.missing), "{n} entry no longer exists (the English changed)",
                                "{n} entries no longer exist (the English changed)"))
    if not parts:
        parts.append("Nothing to save.")
    kind = "error" if result.conflicts or errors else "success"
    st.session_state["flash"] = (kind, " · ".join(parts))


def flash() -> None:
    msg = st.session_state.pop("flash", None)
    if msg:
        kind, text = msg
        {"error": st.error, "success": st.success, "info": st.info}[kind](editing.plain(text),
                                                                          icon="⛔" if kind == "error" else "✔")


# ----------------------------------------------------------------------------- overview
def overview() -> None:
    st.header("Overview")
    who = st.query_params.get("who", "")
    query = f"&who={urllib.parse.quote(who)}" if who else ""
    st.html(editing.overview_html(editing.matrix(project()), project().locales(), project().domains(), query))


# ----------------------------------------------------------------------------- translate
def pick_catalog() -> tuple[str, str] | None:
    locales = project().locales()
    domains = project().domains()
    if not locales:
        st.info("No catalogs yet: run `python -m pipeline init --locale fr_CA`.")
        return None
    c1, c2 = st.columns(2)
    # in the address too: a reload, or a link from Overview, opens the same catalog
    domain = c1.selectbox("Handout", domains, key="handout", bind="query-params")
    locale = c2.selectbox("Language", locales, key="locale", bind="query-params",
                          help="The catalog's locale code; its language is named below")
    c2.caption(editing.plain(f"{editing.resolve(locale).english_name} — {editing.resolve(locale).native_name}"))
    if not project().po_path(locale, domain).exists():
        st.warning(editing.plain(f"{domain} is not translated into {locale} yet."))
        return None
    return locale, domain


def keys_helper(cat: editing.OpenCatalog, tokens: list[str]) -> None:
    component = st.session_state.get("_keys_component")
    if component is None:
        component = st.components.v2.component("handouts_editor_keys", js=KEYS_JS)
        st.session_state["_keys_component"] = component
    component(data={"lang": cat.info.bcp47, "dir": cat.info.direction, "tokens": tokens,
                    "unsaved": st.session_state.get("unsaved_total", 0)}, key="keys-helper")


def draft_text(who: Who, cat: editing.OpenCatalog, e: editing.EntryView) -> tuple[tuple[str, ...], bool, bool]:
    """(texts, fuzzy, is a draft) of the entry: the person's draft if any, else the file's."""
    d = store().get(who, cat.locale, cat.domain, e.key)
    if d is not None:
        return d.texts, d.fuzzy, d.changed
    return e.msgstr, e.fuzzy, False


def commit(who: Who, cat: editing.OpenCatalog, e: editing.EntryView) -> None:
    """Keep what the boxes hold as a draft on disk (every box's on_change)."""
    texts = tuple(st.session_state.get(ekey("tx", cat, e.msgctxt, i), e.msgstr[i]) for i in range(len(e.msgstr)))
    fuzzy = st.session_state.get(ekey("fz", cat, e.msgctxt), e.fuzzy)
    store().put(who, cat.locale, cat.domain, e.key, texts, bool(fuzzy), cat.base[e.key])


def set_text(who: Who, cat: editing.OpenCatalog, e: editing.EntryView, text: str, fuzzy: bool) -> None:
    """Put a text in the first box (Use a suggestion, copy the English) as an undoable draft step."""
    current = store().get(who, cat.locale, cat.domain, e.key)
    others = (current.texts if current is not None else e.msgstr)[1:]  # the other plural forms stay
    store().put(who, cat.locale, cat.domain, e.key, (text, *others), fuzzy, cat.base[e.key])
    bump(cat)


def undo(who: Who, cat: editing.OpenCatalog, e: editing.EntryView) -> None:
    if store().undo(who, cat.locale, cat.domain, e.key) is None:
        st.session_state["flash"] = ("info", "Nothing to undo for this entry.")
    bump(cat)


def go(cat: editing.OpenCatalog, msgctxt: str | None) -> None:
    if msgctxt is not None:
        st.session_state[f"cursor::{cat.locale}::{cat.domain}"] = msgctxt


def translate(who: Who | None) -> None:
    st.header("Translate")
    if who is None:
        st.info(("Sign in (in the sidebar)" if sign_in_configured() else "Enter your name in the sidebar")
                + " first: your drafts are kept under it, and every save records it.")
        return
    picked = pick_catalog()
    if picked is None:
        return
    locale, domain = picked
    cat = open_catalog(locale, domain)
    st.sidebar.button("Save all drafts", key="save", type="primary", on_click=save_current,
                      args=(who, cat), help="Ctrl+S — writes every draft of this catalog to its PO file")
    flash()
    conflicts_panel(who, cat)
    entries = cat.entries()
    c1, c2 = st.columns([3, 2])
    kind = c1.radio("Show", editing.FILTERS, horizontal=True, key="filter")
    search = c2.text_input("Search source, translation or context", key="search")
    chosen = editing.select(entries, kind, search) or []
    if not chosen:
        st.info("No entry matches this filter and search.")
        return
    cursor_key = f"cursor::{locale}::{domain}"
    current = st.session_state.get(cursor_key)
    if current not in {e.msgctxt for e in chosen}:
        current = chosen[0].msgctxt
        st.session_state[cursor_key] = current
    idx = next(i for i, e in enumerate(chosen) if e.msgctxt == current)
    navigation(cat, chosen, entries, idx, current)
    for e in chosen[max(0, idx - NEIGHBOURS):idx]:
        compact(who, cat, e)
    focus(who, cat, chosen[idx])
    for e in chosen[idx + 1:idx + 1 + NEIGHBOURS]:
        compact(who, cat, e)


def navigation(cat: editing.OpenCatalog, chosen: list[editing.EntryView], entries: list[editing.EntryView],
               idx: int, current: str) -> None:
    st.caption(f"Entry {idx + 1} of {len(chosen)}" + (f" (of {len(entries)} in the catalog)"
                                                      if len(chosen) != len(entries) else ""))
    bar = st.container(horizontal=True, key="navbar")
    buttons = (("◀ Previous", "Alt+Up", chosen, "any", -1), ("Next ▶", "Alt+Down", chosen, "any", 1),
               ("Next untranslated", "Alt+U", entries, "untranslated", 1), ("Next fuzzy", "Alt+F", entries, "fuzzy", 1),
               ("Next error", "Alt+E", entries, "errors", 1))
    for label, keys, pool, kind, step in buttons:
        target = view.neighbour(pool, current, kind, step)
        bar.button(label, key=f"nav-{kind}-{step}", shortcut=keys, disabled=target is None, on_click=go,
                   args=(cat, target), help=f"{keys}" + ("" if target else " — none left"))
    labels = {e.msgctxt: f"{n}. {e.msgctxt} — {e.state}" for n, e in enumerate(chosen, 1)}
    bar.selectbox("Go to entry", list(labels), index=idx, format_func=labels.__getitem__,
                      key=f"jump-{cat.locale}-{cat.domain}-{current}", label_visibility="collapsed",
                      on_change=lambda: go(cat, st.session_state[f"jump-{cat.locale}-{cat.domain}-{current}"]))


def compact(who: Who, cat: editing.OpenCatalog, e: editing.EntryView) -> None:
    texts, _fuzzy, is_draft = draft_text(who, cat, e)
    with st.container(border=True, key=ekey("row", cat, e.msgctxt)):
        cols = st.columns([4, 5, 1])
        state = ("✎ draft · " if is_draft else "") + view.state_words(e)
        cols[0].html(f'<div class="src tx-compact" lang="en" dir="ltr" title="{editing.escape(e.msgid)}">'
                     f"{editing.escape(e.msgid)}</div>")
        cols[1].html(view.text_block(texts[0] or "—", cat.info, "tx tx-compact"))
        cols[0].caption(editing.plain(state))
        cols[2].button("Open", key=ekey("open", cat, e.msgctxt), on_click=go, args=(cat, e.msgctxt),
                       help=f"Open {e.msgctxt}")


def focus(who: Who, cat: editing.OpenCatalog, e: editing.EntryView) -> None:
    texts, fuzzy, is_draft = draft_text(who, cat, e)
    tokens = view.tokens_for(e.msgid, cat.info)
    keys_helper(cat, tokens)
    with st.container(border=True, key=ekey("focus", cat, e.msgctxt)):
        st.caption(editing.plain(f"{e.msgctxt} · " + ("✎ unsaved draft · " if is_draft else "") + view.state_words(e)))
        st.html(f'<div class="src" lang="en" dir="ltr">{editing.highlight(e.msgid, glossary=cat.glossary)}</div>')
        if e.msgid_plural:
            st.html(f'<div class="src" lang="en" dir="ltr">{editing.highlight(e.msgid_plural, glossary=cat.glossary)}'
                    "</div>")
        if e.notes:
            st.caption(editing.plain(e.notes))
        for note in cat.source_notes().get(e.msgctxt, []):
            st.html(f'<div class="author-note" lang="en" dir="ltr">For the author — {view.finding_html(note, ENGLISH)}'
                    "</div>")
        if e.fuzzy and e.previous:
            st.caption("Previous English (the translation was made for it):")
            st.html(f'<div class="tx" lang="en" dir="ltr">{editing.escape(e.previous)}</div>')
        st.html(view.chips_html(tokens, cat.info))
        for i, text in enumerate(texts):
            label = "Translation" if len(texts) == 1 else f"Translation, plural form {i}"
            st.text_area(label, value=text, key=ekey("tx", cat, e.msgctxt, i), height=110,
                         on_change=commit, args=(who, cat, e))
        cols = st.columns([3, 2, 2, 2])
        cols[0].checkbox("Needs review (fuzzy)", value=fuzzy, key=ekey("fz", cat, e.msgctxt), on_change=commit,
                         args=(who, cat, e))
        cols[1].button("Copy English", key=ekey("copy", cat, e.msgctxt), shortcut="Alt+Y",
                       on_click=set_text, args=(who, cat, e, e.msgid, True), help="Alt+Y; marks the entry fuzzy")
        cols[2].button("Undo", key=ekey("undo", cat, e.msgctxt), shortcut="Alt+Z", on_click=undo,
                       args=(who, cat, e), help="Alt+Z: the previous state of this entry's draft")
        draft = texts[0]
        if draft.strip():
            findings = check_text(e.msgid, draft, cat.locale, msgctxt=e.msgctxt, path=str(cat.path))
            if findings:
                st.html("".join(str(view.finding_html(f, cat.info)) for f in findings))
                waiver_form(who, cat, e, findings)
        suggestions(who, cat, e)
        with st.expander("History of this entry"):
            st.html(view.history_html(cat.history(e.msgctxt), cat.info))


def waiver_form(who: Who, cat: editing.OpenCatalog, e: editing.EntryView, findings: list) -> None:  # type: ignore[type-arg]
    with st.popover("Propose ignoring a finding"):
        checks = sorted({f.check for f in findings})
        chosen = st.multiselect("Checks", checks, key=ekey("wvc", cat, e.msgctxt))
        reason = st.text_input("Why the finding is wrong here", key=ekey("wvr", cat, e.msgctxt))
        if st.button("Propose", key=ekey("wvp", cat, e.msgctxt), disabled=not chosen or not reason.strip()):
            try:
                cat.propose_waiver(e.msgctxt, tuple(chosen), reason, who.name)
            except InputError as exc:
                st.error(editing.plain(exc.message))
                return
            st.success("Proposed. A clinical check's waiver waits for a second person's approval in Review; "
                       "until then the finding still blocks the page.")


def suggestions(who: Who, cat: editing.OpenCatalog, e: editing.EntryView) -> None:
    hits = cat.memory().suggest(e.msgid)
    if not hits:
        return
    st.caption("Translation memory")
    for n, s in enumerate(hits):
        cols = st.columns([8, 1])
        cols[0].html(f'<div class="suggest"><small>{s.score:.0f}% — {editing.escape(s.origin)}</small>'
                     f"{view.text_block(s.text, cat.info)}</div>")
        cols[1].button("Use", key=ekey("use", cat, e.msgctxt, n), on_click=set_text,
                       args=(who, cat, e, s.text, s.score < 100),
                       help="Put this translation in the box" + (" (marked fuzzy: not an exact match)"
                                                                 if s.score < 100 else ""))


def conflicts_panel(who: Who, cat: editing.OpenCatalog) -> None:
    found = drafting.conflicts(store(), who, cat.locale, cat.domain, cat.path, cat.base)
    if not found:
        return
    st.error(count(len(found), "⇄ {n} conflict: someone else saved this entry after you started. Your "
                                    "draft is kept; it is not saved until you choose.",
                        "⇄ {n} conflicts: someone else saved these entries after you started. Your drafts are "
                        "kept; none is saved until you choose."))
    for c in found:
        with st.container(border=True, key=ekey("conflict", cat, c.key[0])):
            theirs = c.theirs.msgstr if isinstance(c.theirs.msgstr, str) else c.theirs.msgstr[0]
            mine = c.mine.texts[0]
            by = f"{c.by}, {c.at.replace('T', ' ')}" if c.by else "changed outside the editor (no history)"
            st.markdown(editing.plain(f"{c.key[0]} — {c.key[1][:80]}"))
            a, b = view.char_diff(theirs, mine, cat.info)
            cols = st.columns(2)
            cols[0].caption(editing.plain(f"Theirs (on disk) — {by}"))
            cols[0].html(a)
            cols[1].caption("Yours (draft)")
            cols[1].html(b)
            merged = st.text_area("Merged text", value=mine, key=ekey("mg", cat, c.key[0]), height=90)
            act = st.columns(3)
            act[0].button("Keep mine", key=ekey("keep", cat, c.key[0]), on_click=resolve_conflict,
                          args=(who, cat, c.key, "keep-mine", None))
            act[1].button("Take theirs", key=ekey("take", cat, c.key[0]), on_click=resolve_conflict,
                          args=(who, cat, c.key, "take-theirs", None))
            act[2].button("Save merged text", key=ekey("merge", cat, c.key[0]), on_click=resolve_conflict,
                          args=(who, cat, c.key, "merged", (merged,)))


def resolve_conflict(who: Who, cat: editing.OpenCatalog, key: tuple[str, str], how: str,
                     merged: tuple[str, ...] | None) -> None:
    if how == "merged":
        merged = (st.session_state.get(ekey("mg", cat, key[0]), merged[0] if merged else ""),)
    result = drafting.resolve(store(), who, cat.locale, cat.domain, cat.path, key, how, merged)
    reloaded(cat)
    bump(cat)
    words = {"keep-mine": "your text was saved over theirs", "take-theirs": "their text kept, your draft dropped",
             "merged": "the merged text was saved"}[how]
    st.session_state["flash"] = ("success" if not result.conflicts else "error",
                                 f"{key[0]}: {words}." if not result.conflicts
                                 else f"{key[0]} changed again meanwhile; compare once more.")


# ----------------------------------------------------------------------------- review
def review(who: Who | None) -> None:
    st.header("Review")
    picked = pick_catalog()
    if picked is None:
        return
    locale, domain = picked
    if domain == SITE_DOMAIN:
        st.info("The site strings have no page of their own; review them in Translate.")
        return
    if who is None:
        st.info(("Sign in (in the sidebar)" if sign_in_configured() else "Enter your name in the sidebar")
                + " first: each approval, rejection and comment records it.")
        return
    cat = open_catalog(locale, domain)
    flash()
    entries = cat.entries()
    done = sum(1 for e in entries if e.reviewed)
    blocked = sum(1 for e in entries if e.errors)
    warned = sum(1 for e in entries if e.warnings and not e.errors)
    st.caption(f"{done} of {len(entries)} entries approved · "
               + count(blocked, "{n} blocked by an error", "{n} blocked by errors") + " · "
               + count(warned, "{n} with warnings", "{n} with warnings")
               + ". An approval lapses by itself when the English or the translation changes afterwards.")
    ready = [e.key for e in entries if view.approvable(e)]
    st.button(count(len(ready), "Approve the {n} entry without errors or warnings",
                         "Approve all {n} entries without errors or warnings"),
              key="review_all", disabled=not ready, on_click=approve_entries, args=(who, cat, ready))
    aligned, page = st.tabs(["Side by side", "Page preview"])
    with aligned:
        side_by_side(who, cat, entries)
    with page:
        left, right = st.columns(2)
        with left:
            st.subheader("English")
            st.html(editing.preview(project(), domain, None))
        with right:
            st.subheader(cat.info.native_name)
            st.html(editing.preview(project(), domain, locale))
    pending_waivers(who, cat)


def side_by_side(who: Who, cat: editing.OpenCatalog, entries: list[editing.EntryView]) -> None:
    styles = view.row_styles(load_handout(project().handouts_dir / f"{cat.domain}.yaml"))
    events: dict[str, list] = {}  # type: ignore[type-arg]
    for ev in cat.history():  # the history file read once for every row, not once a row
        events.setdefault(ev.msgctxt, []).append(ev)
    section, run = None, 0
    for n, e in enumerate(entries):
        if view.section_of(e.msgctxt) != section:
            section, run = view.section_of(e.msgctxt), run + 1
            members = []
            for x in entries[n:]:
                if view.section_of(x.msgctxt) != section:
                    break
                members.append(x)
            ready = [x.key for x in members if view.approvable(x)]
            sendable = [x.key for x in members if x.state == "translated"]
            head = st.columns([5, 2, 2])
            head[0].subheader(view.section_title(section))
            head[1].button(count(len(ready), "Approve section ({n})", "Approve section ({n})"),
                           key=f"rs-{cat.locale}-{cat.domain}-{run}", disabled=not ready,
                           on_click=approve_entries, args=(who, cat, ready),
                           help="Approves the entries of this section that have no error and no warning")
            with head[2].popover("Reject section"):
                note_key = f"rsc-{cat.locale}-{cat.domain}-{run}"
                st.text_input("What should change (required)", key=note_key)
                st.button(count(len(sendable), "Reject {n} entry", "Reject {n} entries"),
                          key=f"rsj-{cat.locale}-{cat.domain}-{run}", on_click=reject_entries,
                          args=(who, cat, sendable, note_key))
        with st.container(border=True, key=ekey("rv", cat, e.msgctxt)):
            cols = st.columns([5, 5, 6])
            css = styles.get(e.msgctxt, view.RowStyle("paragraph")).css
            cols[0].html(f'<div class="{css}"><div class="src" lang="en" dir="ltr">{editing.highlight(e.msgid)}'
                         "</div></div>")
            shown = e.msgstr[0] if any(e.msgstr) else "—"
            cols[1].html(f'<div class="{css}">{view.text_block(shown, cat.info)}</div>')
            with cols[2]:
                st.markdown(editing.plain(view.state_words(e)))
                reason = view.blocked_reason(e)
                if reason:
                    st.caption(editing.plain(reason))
                for f in e.warnings:
                    st.html(view.finding_html(f, cat.info))
                act = st.container(horizontal=True, gap=None, key=ekey("act", cat, e.msgctxt))
                act.button("Approve", key=ekey("ap", cat, e.msgctxt), disabled=e.reviewed or e.state != "translated"
                              or bool(e.errors), on_click=approve_entries, args=(who, cat, [e.key]))
                with act.popover("Reject"):
                    st.text_input("What should change (required)", key=ekey("rjc", cat, e.msgctxt))
                    st.button("Reject", key=ekey("rj", cat, e.msgctxt), on_click=reject_entries,
                              args=(who, cat, [e.key], ekey("rjc", cat, e.msgctxt)),
                              help="Marks the entry fuzzy and sends your comment to the translator")
                with act.popover("Comment"):
                    st.text_input("A note to the author or translator", key=ekey("cmc", cat, e.msgctxt))
                    st.button("Add comment", key=ekey("cm", cat, e.msgctxt), on_click=comment_entry,
                              args=(who, cat, e.key, ekey("cmc", cat, e.msgctxt)))
                last = events.get(e.msgctxt, [])[-2:]
                if last:
                    st.html(view.history_html(last, cat.info))


def approve_entries(who: Who, cat: editing.OpenCatalog, keys: list[tuple[str, str]]) -> None:
    result = cat.mark_reviewed(keys, who)
    reloaded(cat, read=False)
    msg = count(len(result.saved), "Approved {n} entry", "Approved {n} entries") + f" as {who.label}."
    if result.conflicts:
        msg += " " + count(len(result.conflicts), "{n} entry changed on disk meanwhile; look again.",
                                "{n} entries changed on disk meanwhile; look again.")
    st.session_state["flash"] = ("success" if not result.conflicts else "error", msg)


def reject_entries(who: Who, cat: editing.OpenCatalog, keys: list[tuple[str, str]], note_key: str) -> None:
    note = st.session_state.get(note_key, "")
    try:
        result = cat.reject(keys, who, note)
    except ValueError as exc:
        st.session_state["flash"] = ("error", str(exc))
        return
    reloaded(cat, read=False)
    done = [*result.saved, *result.unchanged]
    what = done[0][0] if len(done) == 1 else count(len(done), "{n} entry", "{n} entries")
    st.session_state["flash"] = ("success", f"{what} sent back to the translator (marked fuzzy), with your comment.")


def comment_entry(who: Who, cat: editing.OpenCatalog, key: tuple[str, str], note_key: str) -> None:
    note = st.session_state.get(note_key, "")
    if not note.strip():
        st.session_state["flash"] = ("error", "Write the comment first.")
        return
    cat.comment(key, who, note)
    st.session_state[note_key] = ""
    st.session_state["flash"] = ("success", f"Comment on {key[0]} kept in the history.")


def pending_waivers(who: Who, cat: editing.OpenCatalog) -> None:
    pending = cat.pending_waivers()
    if not pending:
        return
    st.subheader("Waivers waiting for a second person")
    st.caption("Each silences a clinical check; until someone other than its author approves it, the "
               "finding still blocks the release and the English is published.")
    for n, (ctx, w) in enumerate(pending):
        cols = st.columns([5, 1])
        cols[0].markdown(editing.plain(f"{ctx} — {', '.join(w.checks)} by {w.by or '(unnamed)'}: {w.reason}"))
        if cols[1].button("Approve", key=f"wv::{cat.locale}::{cat.domain}::{n}"):
            try:
                cat.approve_waiver(ctx, w.checks, who.name)
            except InputError as exc:
                st.error(editing.plain(exc.message))
                continue
            st.success(editing.plain(f"Waiver for {', '.join(w.checks)} on {ctx} approved by {who.label}."))


MODES = {"Overview": overview, "Translate": translate, "Review": review}


def main() -> None:
    st.set_page_config(page_title="Handout translations", page_icon="🩺", layout="wide")
    st.html(STYLE)
    st.html(f"<style>{editing.PREVIEW_CSS}{view.EDITOR_CSS}</style>")
    mode = st.sidebar.radio("View", list(MODES), key="mode", bind="query-params")
    who = current_user()
    if who is not None:
        drafts_panel(who)
    try:
        if mode == "Overview":
            overview()
        else:
            MODES[mode](who)  # type: ignore[operator]
    except InputError as exc:
        st.error(editing.plain(str(exc)))
    with st.sidebar.expander("Keyboard shortcuts"):
        st.html(view.shortcuts_html())
    st.sidebar.caption(editing.plain(f"Project: {project().root}"))


if __name__ == "__main__":
    main()  # Streamlit runs this file as the page
else:
    # Imported by the server: ``streamlit run editor_app.py`` finds this ``st.App`` and
    # serves this same file as the page, behind the security headers.
    app = st.App(__file__, middleware=[Middleware(SecurityHeaders)])
