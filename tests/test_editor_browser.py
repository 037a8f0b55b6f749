"""The editor in a real browser: Debian's headless Chromium driving a real Streamlit server.

Each flow of issue 13 as a translator or reviewer does it: drafts that outlive paging, a reload and a
server restart; two people in a conflict resolved knowingly; keyboard-only translating; language and
direction on every piece of translation text; review with approve / reject; axe-core on every view.
Screenshots of failures land in ``test-results/`` (pytest-playwright's ``--screenshot``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import polib
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from pipeline import history
from pipeline.catalog import parse_po

from .conftest import ROOT

pytestmark = pytest.mark.browser
HOSTILE = 'Texte <img src=x onerror="window.__pwned=1"> ici'
FEVER = "K050/when-to-call/urgent/fever"
REST = "K050/home-care/activity/rest"
BOX = '[data-testid="stElementContainer"][data-stale="false"][class*="st-key-tx-"] textarea'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``streamlit run editor_app.py`` on a copy of the project; can be restarted on the same port."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = open(self.root / "streamlit.log", "a")  # noqa: SIM115 — handed to the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "editor_app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(self.port), "--server.fileWatcherType", "none",
             "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"],
            cwd=ROOT, env={**os.environ, "HANDOUTS_PROJECT": str(self.root)}, stdin=subprocess.DEVNULL,
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.time() + 60
        while True:
            if self.proc.poll() is not None:
                pytest.fail("streamlit exited: " + (self.root / "streamlit.log").read_text())
            try:
                if urllib.request.urlopen(self.url + "/_stcore/health", timeout=1).read() == b"ok":
                    return
            except OSError:
                pass
            if time.time() > deadline:
                pytest.fail("streamlit did not start")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def po(self, locale: str = "fr_CA", domain: str = "K050") -> Path:
        return self.root / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"

    def open(self, page: Page, who: str, mode: str = "Translate", locale: str = "fr_CA",
             handout: str = "K050") -> None:
        query = urllib.parse.urlencode({"who": who, "mode": mode, "locale": locale, "handout": handout})
        page.goto(f"{self.url}/?{query}")
        expect(page.get_by_role("heading", name=mode)).to_be_visible()


@pytest.fixture(scope="module")
def server(tmp_path_factory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("editor")
    shutil.copytree(ROOT / "handouts", root / "handouts")
    shutil.copytree(ROOT / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    po_path = root / "locales" / "ar" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/recovery/pace", by="msgctxt").msgstr = HOSTILE
    po.save()
    srv = Server(root)
    srv.start()
    yield srv
    srv.stop()


def on_disk(path: Path, ctx: str) -> str:
    return parse_po(path).find(ctx, by="msgctxt").msgstr


def search(page: Page, text: str) -> None:
    """Search, and wait until the entry in focus is one whose English has ``text``."""
    box = page.get_by_label("Search source, translation or context")
    box.fill(text)
    box.press("Enter")
    expect(page.locator('[class*="st-key-focus-"] .src').first).to_contain_text(text)
    expect(page.locator(BOX)).to_have_count(1)


def commit(page: Page, text: str) -> None:
    """Type a translation and commit it (Ctrl+Enter); it is a draft once the sidebar lists it."""
    box = page.locator(BOX)
    box.fill(text)
    box.press("Control+Enter")
    expect(page.get_by_test_id("stSidebar")).to_contain_text(text[:60])


def unsaved(page: Page, n: int) -> None:
    expect(page.get_by_test_id("stSidebar")).to_contain_text(f"{n} unsaved draft")


def said(page: Page, text: str):  # type: ignore[no-untyped-def]
    """An alert saying ``text`` (a save with a failing check is an error-coloured alert: it says so)."""
    return page.get_by_test_id("stAlert").filter(has_text=text).first


def settle(page: Page) -> None:
    """Wait until the script run is over: no element is still shown faded as stale."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
    page.wait_for_timeout(300)


def attributes(page: Page, selector: str) -> set[tuple[str, str]]:
    """(lang, dir) of every element the selector finds, read in one go (the page may be rerunning)."""
    page.wait_for_load_state("networkidle")
    pairs = page.evaluate("s => [...document.querySelectorAll(s)].map(e => [e.lang, e.dir])", selector)
    assert pairs, selector
    return {(a, b) for a, b in pairs}


def focus_ctx(page: Page) -> str:
    return page.locator('[class*="st-key-focus-"] [data-testid="stCaptionContainer"]').first.inner_text() \
        .split(" · ")[0]


# ----------------------------------------------------------------------------- drafts
def test_a_draft_survives_paging_a_reload_and_a_server_restart(page: Page, server: Server) -> None:
    server.open(page, "Dana")
    search(page, "rest whenever")
    commit(page, "Brouillon de Dana, page 1.")
    search(page, "811")  # the entry leaves the screen
    commit(page, "Brouillon de Dana, page 2.")
    unsaved(page, 2)
    search(page, "rest whenever")
    expect(page.locator(BOX)).to_have_value("Brouillon de Dana, page 1.")
    page.reload()
    expect(page.get_by_role("heading", name="Translate")).to_be_visible()
    unsaved(page, 2)
    search(page, "rest whenever")
    expect(page.locator(BOX)).to_have_value("Brouillon de Dana, page 1.")
    server.restart()
    server.open(page, "Dana")
    unsaved(page, 2)
    search(page, "811")
    expect(page.locator(BOX)).to_have_value("Brouillon de Dana, page 2.")
    # leaving with unsaved drafts warns (the browser's "leave site?" prompt)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.type), d.dismiss()))
    page.locator(BOX).click()  # a user gesture, without which browsers skip the prompt
    page.evaluate("() => { location.href = 'about:blank'; }")
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert on_disk(server.po(), REST) != "Brouillon de Dana, page 1."  # nothing saved behind anyone's back


# ----------------------------------------------------------------------------- conflicts
def test_two_people_conflict_and_resolve_knowingly(page: Page, browser: Browser, server: Server) -> None:
    other = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    try:
        for p, who, text in ((page, "Amira", "Texte d'Amira."), (other, "Ben", "Texte de Ben.")):
            server.open(p, who)
            search(p, "fever over")
            commit(p, text)
        page.get_by_role("button", name="Save all drafts").click()
        expect(said(page, "Saved 1 entry")).to_be_visible()
        for _ in range(2):  # the second click is refused too
            other.get_by_role("button", name="Save all drafts").click()
            expect(other.get_by_test_id("stAlertContentError").first).to_contain_text("was not saved")
            assert on_disk(server.po(), FEVER) == "Texte d'Amira."
        expect(other.locator(".diff del")).to_be_visible()
        expect(other.locator(".diff ins")).to_be_visible()
        expect(other.get_by_text(re.compile("Theirs \\(on disk\\) — Amira"))).to_be_visible()
        other.get_by_role("button", name="Take theirs").click()
        expect(other.locator(BOX)).to_have_value("Texte d'Amira.")
        assert on_disk(server.po(), FEVER) == "Texte d'Amira."
        # now the other way: Ben saves first, Amira keeps hers
        commit(other, "Ben, encore.")
        commit(page, "Amira, encore.")
        other.get_by_role("button", name="Save all drafts").click()
        expect(said(other, "Saved 1 entry")).to_be_visible()
        page.get_by_role("button", name="Save all drafts").click()
        expect(page.get_by_role("button", name="Keep mine")).to_be_visible()
        page.get_by_role("button", name="Keep mine").click()
        expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("your text was saved over theirs")
        assert on_disk(server.po(), FEVER) == "Amira, encore."
        events = [(e.event, e.by, e.detail.get("resolution")) for e in history.read(server.po(), FEVER)]
        assert ("resolve", "Ben", "take-theirs") in events and ("resolve", "Amira", "keep-mine") in events
    finally:
        other.context.close()


# ----------------------------------------------------------------------------- keyboard
def test_keyboard_only_next_untranslated_type_insert_undo_save(page: Page, server: Server) -> None:
    po = polib.pofile(str(server.po("es")))
    po.find("K050/when-to-call/urgent/fever", by="msgctxt").msgstr = ""
    po.save()
    server.open(page, "Eva", locale="es")
    page.locator(BOX).focus()
    page.keyboard.press("Alt+U")  # next untranslated
    expect(page.locator('[class*="st-key-focus-"]')).to_contain_text("fever over 38")
    box = page.locator(BOX)
    box.focus()
    page.keyboard.type("Su hijo tiene fiebre de más de ")
    page.keyboard.press("Alt+1")  # the first highlighted quantity, at the cursor, as Spanish writes it
    page.keyboard.type(" (")
    page.keyboard.press("Alt+2")
    page.keyboard.type(").")
    expect(box).to_have_value("Su hijo tiene fiebre de más de 38°C (100,4°F).")
    page.keyboard.press("Control+Shift+Space")
    expect(box).to_have_value("Su hijo tiene fiebre de más de 38°C (100,4°F).\u00a0")
    page.keyboard.press("Control+z")  # the browser's own undo takes back an insertion, no doubling
    expect(box).to_have_value("Su hijo tiene fiebre de más de 38°C (100,4°F).")
    page.keyboard.press("Control+s")
    expect(said(page, "Saved 1 entry")).to_be_visible()
    assert on_disk(server.po("es"), FEVER) == "Su hijo tiene fiebre de más de 38°C (100,4°F)."
    unsaved(page, 0)
    expect(page.locator('[class*="st-key-focus-"]')).to_contain_text("Translated, not reviewed")  # state refreshed


# ----------------------------------------------------------------------------- language and direction
def test_every_translation_element_carries_lang_and_dir(page: Page, server: Server) -> None:
    server.open(page, "Parisa", locale="fa")
    search(page, "fever over")
    box = page.locator(BOX)
    expect(box).to_have_attribute("lang", "fa")
    expect(box).to_have_attribute("dir", "rtl")
    box.fill("کودکتان تب بالاتر از ۳۹ درجهٔ سانتی‌گراد (۱۰۰٫۴ درجهٔ فارنهایت) دارد.")
    box.press("Control+Enter")
    expect(page.locator(".finding-error").first).to_be_visible()
    quotes = page.locator(".finding bdi")
    assert quotes.count() >= 1 and all(q.get_attribute("lang") == "fa" for q in quotes.all())
    page.get_by_label("Search source, translation or context").fill("")
    page.get_by_label("Search source, translation or context").press("Enter")
    expect(page.locator('[class*="st-key-row-"] .tx')).not_to_have_count(0)
    assert attributes(page, ".tx") == {("fa", "rtl")}  # the neighbours' translations
    server.open(page, "Parisa", locale="ar")
    search(page, "For parents and caregivers of children")
    expect(page.locator(".suggest .tx")).not_to_have_count(0)  # memory, from the other Arabic catalogs
    assert attributes(page, ".tx") == {("ar", "rtl")}
    server.open(page, "Parisa", mode="Review", locale="ar")
    rows = page.locator(".tx")
    expect(rows).to_have_count(len([e for e in parse_po(server.po("ar")) if e.msgid and not e.obsolete]))
    assert attributes(page, ".tx") == {("ar", "rtl")}
    assert rows.first.evaluate("e => getComputedStyle(e).direction") == "rtl"


def test_hostile_markup_stays_text_everywhere(page: Page, server: Server) -> None:
    server.open(page, "Amal", locale="ar")
    search(page, "every child heals")
    expect(page.locator(BOX)).to_have_value(HOSTILE)
    server.open(page, "Amal", mode="Review", locale="ar")
    expect(page.get_by_text(HOSTILE).first).to_be_visible()  # shown, as text, in the aligned rows
    page.get_by_role("tab", name="Page preview").click()
    preview = page.locator('[data-testid="handout-preview"][dir="rtl"]')
    expect(preview).to_have_count(1)
    expect(preview).to_have_attribute("lang", "ar")
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("() => window.__pwned") is None


# ----------------------------------------------------------------------------- review
def test_review_approve_and_reject_write_history(page: Page, server: Server) -> None:
    server.open(page, "Chloé", mode="Review", locale="ko")
    row = page.locator('[class*="st-key-rv-"]').first
    row.get_by_role("button", name="Approve").click()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("Approved 1 entry as Chloé (unverified)")
    second = page.locator('[class*="st-key-rv-"]').nth(1)
    second.get_by_role("button", name="Reject").click()
    body = page.get_by_test_id("stPopoverBody")
    body.get_by_label("What should change (required)").fill("Le titre est trop long.")
    body.get_by_role("button", name="Reject").click()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("sent back to the translator")
    events = history.read(server.po("ko"))
    assert [(e.event, e.by) for e in events][-2:] == [("review", "Chloé"), ("reject", "Chloé")]
    assert events[-1].comment == "Le titre est trop long."
    rejected = parse_po(server.po("ko")).find(events[-1].msgctxt, by="msgctxt")
    assert "fuzzy" in rejected.flags


# ----------------------------------------------------------------------------- accessibility and security
@pytest.mark.parametrize(("mode", "locale"), [("Overview", "fr_CA"), ("Translate", "fa"), ("Review", "ar")])
def test_no_serious_or_critical_axe_violation(page: Page, server: Server, mode: str, locale: str) -> None:
    server.open(page, "Ines", mode=mode, locale=locale)
    settle(page)
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, [(v["id"], v["impact"], [(n["target"], n["failureSummary"], n["html"][:200])
                                             for n in v["nodes"]][:5]) for v in bad]


def test_overview_cell_opens_the_catalog(page: Page, server: Server) -> None:
    server.open(page, "Ines", mode="Overview")
    page.get_by_role("link", name=re.compile("^Korean, K050: ")).click()
    expect(page.get_by_role("heading", name="Translate")).to_be_visible()
    expect(page.locator(BOX)).to_have_value(re.compile("[\uac00-\ud7af]"))


def test_content_security_policy_keeps_the_browser_local(page: Page, server: Server) -> None:
    """Issue 12, item 12: the app sends a CSP; markup that slipped into the page could not
    fetch a remote image or run a remote script, and Streamlit itself runs clean under it."""
    policy = urllib.request.urlopen(server.url + "/", timeout=5).headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data: blob:" in policy
    scripts = policy.split("script-src")[1].split(";")[0]
    assert scripts.startswith(" 'self' blob:") and "unsafe" not in scripts
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    for mode in ("Overview", "Translate", "Review"):
        server.open(page, "Ines", mode=mode)
    assert errors == []  # Streamlit's own page, and our keyboard helper, obey the policy
    blocked = page.evaluate("""() => new Promise(done => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));
        const img = document.createElement('img');
        img.src = 'http://198.51.100.7/pixel.png';
        const script = document.createElement('script');
        script.src = 'http://198.51.100.7/x.js';
        document.body.append(img, script);
        setTimeout(() => done(seen.sort()), 500);
    })""")
    assert blocked == ["img-src", "script-src-elem"]
