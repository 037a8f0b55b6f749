#!/usr/bin/env python3
"""Editor responsiveness on a large catalog: what a translator waits for, measured in the app.

    python bench/editor_catalog.py [--entries 2000] [--runs 5]

Builds a temporary project whose K050 French catalog has N entries (the shipped
sentences, varied), then times, in the library: loading the catalog with every
entry validated, filtering, saving one edit (lock, re-read, line-preserving atomic
write); and through Streamlit's AppTest (the whole script run a browser would wait
for): the first load of the Translate view in a new session (warm process), a
commit of a box (the draft kept on disk, its findings shown), Save (every draft
written, the catalog read again), and moving to the next entry.  Targets (issue 13):
commit → finding ≤ 0.5 s, save ≤ 0.5 s, first load ≤ 2 s warm.  Medians of --runs;
a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(root: Path, n: int) -> Path:
    import polib

    shutil.copytree(ROOT / "handouts", root / "handouts")
    shutil.copytree(ROOT / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    path = root / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    po = polib.pofile(str(path))
    seed = [e for e in po if e.msgid and e.msgstr]
    for i in range(n - len(seed)):
        e = seed[i % len(seed)]
        po.append(polib.POEntry(msgctxt=f"{e.msgctxt}/v{i}", msgid=f"{e.msgid} ({i})",
                                msgstr=f"{e.msgstr} ({i})", comment=e.comment, occurrences=e.occurrences))
    po.save()
    return path


def in_browser(root: Path, runs: int) -> list[tuple[str, float]]:
    """The same steps as a translator sees them: a real ``streamlit run`` and headless Chromium."""
    import socket
    import subprocess
    import urllib.request

    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "editor_app.py"),
                             "--server.port", str(port), "--server.headless", "true"],
                            env={**os.environ, "HANDOUTS_PROJECT": str(root)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/?who=Bench&mode=Translate&handout=K050&locale=fr_CA"
    box = '[data-testid="stElementContainer"][data-stale="false"][class*="st-key-tx-"] textarea'
    rows: list[tuple[str, float]] = []
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url)
            page.locator(box).wait_for()  # warm
            loads, commits, saves = [], [], []
            for k in range(runs):
                t = time.perf_counter()
                page.goto(url)
                page.locator(box).wait_for()
                loads.append(time.perf_counter() - t)
                page.locator(box).fill(f"Votre enfant fait une fièvre de plus de {50 + k}\u00a0°C (100,4\u00a0°F).")
                t = time.perf_counter()
                page.locator(box).press("Control+Enter")
                page.locator(".finding-error").filter(has_text=f"{50 + k}").first.wait_for()
                commits.append(time.perf_counter() - t)
                t = time.perf_counter()
                page.get_by_role("button", name="Save all drafts").click()
                page.get_by_test_id("stAlert").filter(has_text="Saved 1 entry").first.wait_for()
                saves.append(time.perf_counter() - t)
            browser.close()
        rows += [("first page load to the translation box (Chromium, warm server)", statistics.median(loads)),
                 ("commit → finding on screen (Chromium)", statistics.median(commits)),
                 ("Save → 'Saved' on screen (Chromium)", statistics.median(saves))]
    finally:
        proc.terminate()
        proc.wait(15)
    return rows


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--browser", action="store_true",
                    help="also time the same steps in Debian's Chromium against a real server")
    args = ap.parse_args()
    from pipeline import editing
    from pipeline.catalog import parse_po
    from pipeline.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = build(root, args.entries)
        project = Project(root)
        n = len([e for e in parse_po(path) if e.msgid])
        rows = []
        cat = editing.OpenCatalog.load(project, "fr_CA", "K050")
        rows.append(("open: parse + validate every entry",
                     median_time(lambda: editing.OpenCatalog.load(project, "fr_CA", "K050").entries(), args.runs)))
        entries = cat.entries()
        rows.append(("filter + search + one page",
                     median_time(lambda: editing.page(editing.select(entries, "all", "fever"), 1, 20), args.runs)))
        counter = iter(range(10**6))

        def save_one() -> None:
            k = next(counter)
            key = entries[k % len(entries)].key
            cat.save({key: ((f"Texte {k}",), False)})
        rows.append(("save one edit (lock, re-read, write one entry atomically)", median_time(save_one, args.runs)))

        os.environ["HANDOUTS_PROJECT"] = str(root)
        from streamlit.testing.v1 import AppTest

        def session() -> AppTest:
            at = AppTest.from_file(str(ROOT / "editor_app.py"), default_timeout=120)
            at.query_params.update({"who": "Bench", "mode": "Translate", "handout": "K050", "locale": "fr_CA"})
            return at

        session().run()  # warm the process: imports, language data, lingua
        rows.append(("first load of the Translate view, new session (AppTest, warm)",
                     median_time(lambda: session().run(), args.runs)))
        at = session().run()
        texts = iter(f"Votre enfant fait une fièvre de plus de {39 + k % 3}\u00a0°C (100,4\u00a0°F)."
                     for k in range(10**6))

        def box():  # type: ignore[no-untyped-def]
            return next(t for t in at.text_area if t.key.startswith("tx-"))

        rows.append(("commit a box → draft kept + findings shown (AppTest rerun)",
                     median_time(lambda: box().input(next(texts)).run(), args.runs)))

        def commit_then_save() -> float:
            box().input(next(texts)).run()
            t = time.perf_counter()
            at.button(key="save").click().run()
            return time.perf_counter() - t
        rows.append(("Save: every draft written, catalog re-read (AppTest rerun)",
                     statistics.median(commit_then_save() for _ in range(args.runs))))
        rows.append(("next entry (Alt+Down) (AppTest rerun)",
                     median_time(lambda: next(b for b in at.button if b.key == "nav-any-1").click().run(), args.runs)))
        if args.browser:
            rows += in_browser(root, args.runs)
    print(f"{n:,} entries; median of {args.runs} runs\n")
    print("| step | seconds |")
    print("|---|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
