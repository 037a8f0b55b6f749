"""The editor in a real browser: Debian's headless Chromium driving a real Streamlit server."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import polib
import pytest
from playwright.sync_api import Page, expect

from pipeline.catalog import parse_po

from .conftest import ROOT

pytestmark = pytest.mark.browser
HOSTILE = 'Texte <img src=x onerror="window.__pwned=1"> ici'
FEVER = "K050/when-to-call/urgent/fever"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("editor")
    shutil.copytree(ROOT / "handouts", root / "handouts")
    shutil.copytree(ROOT / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    po_path = root / "locales" / "ar" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(po_path))
    po.find("K050/recovery/pace", by="msgctxt").msgstr = HOSTILE
    po.save()
    port = free_port()
    log = open(root / "streamlit.log", "w")  # noqa: SIM115 — closed at teardown
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "editor_app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"],
        cwd=ROOT, env={**os.environ, "HANDOUTS_PROJECT": str(root)}, stdin=subprocess.DEVNULL,
        stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail("streamlit exited: " + (root / "streamlit.log").read_text())
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            pass
        if time.time() > deadline:
            pytest.fail("streamlit did not start")
        time.sleep(0.2)
    yield url, root
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def live(page: Page, testid: str):  # type: ignore[no-untyped-def]
    return page.locator(f'[data-testid="stElementContainer"][data-stale="false"] [data-testid="{testid}"]')


def choose(page: Page, label: str, option: str) -> None:
    box = page.get_by_test_id("stSelectbox").filter(has_text=label)
    box.click()
    box.locator("input").fill(option)
    page.get_by_role("option", name=option, exact=True).click()


def open_view(page: Page, url: str, view: str) -> None:
    page.goto(url)
    page.get_by_test_id("stSidebar").get_by_text(view, exact=True).click()


def find_entry(page: Page, url: str, locale: str, query: str):  # type: ignore[no-untyped-def]
    """Open Translate on K050 in ``locale``, search for ``query`` and return the one matching text box."""
    open_view(page, url, "Translate")
    choose(page, "Handout", "K050")
    choose(page, "Language", locale)
    search = page.get_by_label("Search source, translation or context")
    search.fill(query)
    search.press("Enter")
    box = live(page, "stTextArea").locator("textarea")
    expect(box).to_have_count(1)
    return box


def test_translate_warn_fix_save(page: Page, server) -> None:  # type: ignore[no-untyped-def]
    url, root = server
    box = find_entry(page, url, "fr_CA", "fever over")
    box.fill("Votre enfant fait une fièvre de plus de 39\u00a0°C (100,4\u00a0°F).")
    box.press("Control+Enter")
    expect(live(page, "stAlertContentError").filter(has_text="quantities")).to_be_visible()
    box.fill("Votre enfant fait une fièvre de plus de 38\u00a0°C (100,4\u00a0°F).")
    box.press("Control+Enter")
    expect(live(page, "stAlertContentError")).to_have_count(0)
    page.get_by_role("button", name="Save").click()
    expect(live(page, "stAlertContentSuccess")).to_contain_text("Saved 1 entries")
    saved = parse_po(root / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po").find(FEVER, by="msgctxt")
    assert saved.msgstr == "Votre enfant fait une fièvre de plus de 38\u00a0°C (100,4\u00a0°F)."


def test_arabic_preview_is_rtl_and_markup_stays_text(page: Page, server) -> None:  # type: ignore[no-untyped-def]
    url, _root = server
    open_view(page, url, "Review")
    choose(page, "Handout", "K050")
    choose(page, "Language", "ar")
    preview = page.locator('[data-testid="handout-preview"][dir="rtl"]')
    expect(preview).to_have_count(1)
    expect(preview).to_have_attribute("lang", "ar")
    assert preview.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # the hostile translation is blocked by validation (shown in English) and never becomes an element
    assert page.locator('[data-testid="handout-preview"] img').count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_hostile_msgstr_is_shown_as_text_in_translate(page: Page, server) -> None:  # type: ignore[no-untyped-def]
    url, _root = server
    box = find_entry(page, url, "ar", "every child heals")
    expect(box).to_have_value(HOSTILE)
    assert box.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_overview_cell_opens_the_catalog(page: Page, server) -> None:  # type: ignore[no-untyped-def]
    url, _root = server
    page.goto(url)
    page.locator("td.ov-unreviewed a[href*='locale=ko'][href*='handout=K050']").click()
    expect(page.get_by_role("heading", name="Translate")).to_be_visible()
    # the Korean catalog is open: its first translation box holds Hangul
    expect(live(page, "stTextArea").locator("textarea").first).to_have_value(re.compile("[\uac00-\ud7af]"))


def test_content_security_policy_keeps_the_browser_local(page: Page, server) -> None:  # type: ignore[no-untyped-def]
    """Issue 12, item 12: the app sends a CSP; markup that slipped into the page could not
    fetch a remote image or run a remote script, and Streamlit itself runs clean under it."""
    url, _root = server
    policy = urllib.request.urlopen(url + "/", timeout=5).headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data: blob:" in policy
    scripts = policy.split("script-src")[1].split(";")[0]
    assert scripts.startswith(" 'self' blob:") and "unsafe" not in scripts
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    for view in ("Overview", "Translate", "Review"):
        open_view(page, url, view)
        expect(page.get_by_role("heading", name=view)).to_be_visible()
    assert errors == []  # Streamlit's own page obeys the policy
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
