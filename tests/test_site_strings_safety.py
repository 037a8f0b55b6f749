"""Site furniture passes the same gate as handout text, and a translation is never a format string
(issue 12, item 1)."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from pipeline.localize import substitute

from .conftest import run_cli


@pytest.mark.parametrize("template,expected", [
    ("Version {version} · revu le {date}", "Version 1.0 · revu le 2026-12-07"),
    ("{date} — version {version}", "2026-12-07 — version 1.0"),
    ("Des accolades {{ainsi}}", "Des accolades {ainsi}"),
])
def test_the_englishs_own_placeholders_are_filled_in(template, expected):
    assert substitute(template, {"version": "1.0", "date": "2026-12-07"},
                      "Version {version} · last reviewed {date}") == expected


@pytest.mark.parametrize("template", [
    "Version {version.__class__.__mro__}",  # attribute access
    "Version {version:>5000000}",  # a format spec: megabytes of padding
    "Version {version!r}",
    "Version {0}",  # positional
    "Version {secret}",  # a name the English does not have
    "Version {version",  # a lone brace
])
def test_anything_else_in_braces_makes_the_translation_unusable(template):
    assert substitute(template, {"version": "1.0", "date": "d", "secret": "s"},
                      "Version {version} · last reviewed {date}") is None


def _set_site(project: Path, msgid: str, msgstr: str) -> None:
    path = project / "locales" / "fr_CA" / "LC_MESSAGES" / "site.po"
    po = polib.pofile(str(path), wrapwidth=0)
    entry = next(e for e in po if e.msgid == msgid)
    entry.msgstr = msgstr
    po.save(str(path))


def _pages(project: Path, lang: str) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((project / "build" / "site" / lang).glob("*.html")))


def test_a_failing_site_string_is_shown_in_english(project: Path):
    _set_site(project, "Call 911 now", "Composez le 112 maintenant")
    r = run_cli("--project", str(project), "all", cwd=project)
    assert r.code == 1  # the validation error is reported …
    pages = _pages(project, "fr-CA")
    assert pages, r.err
    assert "Composez le 112" not in pages  # … and never published
    assert "Call 911 now" in pages


def test_a_translation_is_never_a_format_string(project: Path):
    _set_site(project, "Version {version} · last reviewed {date}",
              "Version {version.__class__.__mro__} {version:>5000000} · {date}")
    run_cli("--project", str(project), "all", cwd=project)
    pages = _pages(project, "fr-CA")
    assert pages
    assert "__mro__" not in pages and "&lt;class" not in pages and "<class '" not in pages
    assert "last reviewed" in pages  # the English, filled in
    assert max(p.stat().st_size for p in (project / "build" / "site" / "fr-CA").glob("*.html")) < 200_000


def test_the_editor_preview_shows_a_failing_site_string_in_english(project: Path):
    from pipeline.editing import preview
    from pipeline.project import Project

    _set_site(project, "Call 911 now", "Composez le 112 maintenant")
    html = preview(Project(project), "K050", "fr_CA")
    assert "Composez le 112" not in html
    assert "Call 911 now" in html
