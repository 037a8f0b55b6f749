"""Regression tests for the hostile-input and fault pass (issue 12), one per item found."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_cli


def test_validating_a_relative_path_does_not_wedge_the_build(project: Path):
    """Item 6: the cache kept the path as typed; the build looked it up absolute."""
    r = run_cli("--project", str(project), "validate", "locales/fr_CA/LC_MESSAGES/K050.po", cwd=project)
    assert r.code == 0, r.err
    r = run_cli("--project", str(project), "build", cwd=project)
    assert r.code == 0, r.err
    assert (project / "build" / "site" / "fr-CA" / "K050.html").is_file()
    r = run_cli("--project", str(project), "validate", "fr_CA", cwd=project / "locales")
    assert r.code == 0, r.err
    r = run_cli("--project", str(project), "all", cwd=project)
    assert r.code == 0, r.err
