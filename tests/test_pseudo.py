"""Pseudo-locales: generated on demand, longer or right-to-left, and still valid."""

from __future__ import annotations

from pathlib import Path

import polib

from pipeline.pseudo import pseudo_translate

from .conftest import run_cli


def test_accented_is_longer_and_keeps_every_anchor():
    src = "Call 811 or search K050 if the fever is over 38°C (100.4°F) for {count} days. <b>Now</b>"
    out = pseudo_translate(src, "qps_ploc")
    assert len(out) >= 1.3 * len(src)
    for keep in ("811", "K050", "38°C", "100.4°F", "{count}", "<b>", "</b>"):
        assert keep in out
    assert "Call" not in out and "fever" not in out


def test_rtl_pseudo_reverses_words_only():
    # quantities ("20 minutes") are kept as they are, so the validator still reads them
    assert pseudo_translate("Hold ice for 10 to 20 minutes.", "qps_plocm") == "dloH eci rof 10 ot 20 minutes."


def test_generated_catalogs_validate_build_and_refresh(project: Path, tmp_path: Path):
    assert run_cli("--project", str(project), "pseudo").code == 0
    po = polib.pofile(str(project / "locales" / "qps_ploc" / "LC_MESSAGES" / "K050.po"))
    assert po.percent_translated() == 100
    r = run_cli("--project", str(project), "validate", str(project / "locales" / "qps_ploc"),
                str(project / "locales" / "qps_plocm"))
    assert r.code == 0, r.out
    # left out of the published site (pages, indexes and language menus) …
    public = tmp_path / "public"
    assert run_cli("--project", str(project), "build", "--out", str(public), "--no-pdf").code == 0
    assert not (public / "qps-plocm").exists() and not (public / "qps-ploc").exists()
    assert "qps" not in (public / "index.html").read_text(encoding="utf-8")
    assert "qps" not in (public / "fr-CA" / "K050.html").read_text(encoding="utf-8")
    # … unless asked for, to test layouts
    out = tmp_path / "site"
    assert run_cli("--project", str(project), "build", "--out", str(out), "--include-pseudo").code == 0
    assert '<html lang="qps-plocm" dir="rtl">' in (out / "qps-plocm" / "K050.html").read_text(encoding="utf-8")
    # a source edit reaches the pseudo catalogs through `all`, not through the merge
    y = project / "handouts" / "K050.yaml"
    y.write_text(y.read_text(encoding="utf-8").replace("feel tired.", "seem tired."), encoding="utf-8")
    run_cli("--project", str(project), "all", "--out", str(out), "--include-pseudo")
    text = (project / "locales" / "qps_ploc" / "LC_MESSAGES" / "K050.po").read_text(encoding="utf-8")
    assert "šééɱ ţîŕéđ" in text and "fuzzy" not in text
