"""Shared fixtures: real project copies in temp dirs, the CLI as a subprocess, Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run ``python -m pipeline`` for real, as a user would."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd or ROOT, env=full_env,
                          capture_output=True, text=True, timeout=600)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the shipped project (handouts and catalogs) in a temp dir."""
    dest = tmp_path / "proj"
    shutil.copytree(ROOT / "handouts", dest / "handouts")
    shutil.copytree(ROOT / "locales", dest / "locales", ignore=shutil.ignore_patterns("*.mo"))
    return dest


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A one-handout project (K050 only) with no catalogs yet."""
    dest = tmp_path / "mini"
    (dest / "handouts").mkdir(parents=True)
    shutil.copy(ROOT / "handouts" / "K050.yaml", dest / "handouts" / "K050.yaml")
    return dest


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):  # type: ignore[no-untyped-def]
    """Use Debian's chromium; Playwright never downloads a browser here."""
    if not os.path.exists(CHROMIUM):
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"{CHROMIUM} is missing")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
