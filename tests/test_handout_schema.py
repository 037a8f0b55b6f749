"""The handout format: schema errors are one line with path:line:col, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.handout import load_handout

from .conftest import ROOT, run_cli

GOOD = (ROOT / "handouts" / "K050.yaml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "K050.yaml") -> Path:
    (tmp_path / "handouts").mkdir(exist_ok=True)
    p = tmp_path / "handouts" / name
    p.write_text(text, encoding="utf-8")
    return p


def line_of(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), 1) if needle in ln)


def test_shipped_handouts_load():
    for path in sorted((ROOT / "handouts").glob("*.yaml")):
        h = load_handout(path)
        assert h.sample is True, f"{path.name} must be marked as sample content"
        assert len(list(h.messages())) > 20


def test_missing_title(tmp_path):
    text = GOOD.replace('title: "Bone Marrow Aspiration and Biopsy in Children: What to Expect at Home"\n', "")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "missing required key 'title'" in str(exc.value)
    assert exc.value.line is not None


def test_unknown_key_points_at_the_key(tmp_path):
    text = GOOD.replace("    heading: How your child will recover\n",
                        "    heading: How your child will recover\n    colour: blue\n")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "unknown key 'colour'" in str(exc.value)
    assert exc.value.line == line_of(text, "colour: blue")
    assert exc.value.col == 5


def test_wrong_type_version_number(tmp_path):
    text = GOOD.replace('version: "1.0"', "version: 1.0")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "'version' must be text" in str(exc.value)
    assert exc.value.line == line_of(text, "version: 1.0")


def test_wrong_type_items_not_a_list(tmp_path):
    text = GOOD.replace("""        items:
          - id: rest
            text: Let your child rest whenever they feel tired.
          - id: school
            text: Most children can go back to school the day after the test.""",
                        """        items: Let your child rest.""")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "'items' must be a list" in str(exc.value)
    assert exc.value.line == line_of(text, "items: Let your child rest.")


def test_duplicate_id(tmp_path):
    text = GOOD.replace("          - id: school\n", "          - id: rest\n")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "duplicate id 'rest'" in str(exc.value)
    assert exc.value.line == line_of(text, "- id: rest") + 2  # the second one


def test_duplicate_key_is_reported(tmp_path):
    text = GOOD.replace("sample: true\n", "sample: true\nsample: false\n")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "duplicate key" in str(exc.value)


def test_malformed_yaml(tmp_path):
    text = GOOD.replace("    heading: How your child will recover\n", "    heading: [How your child\n")
    p = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert str(exc.value).startswith(f"{p}:")
    assert "malformed YAML" in str(exc.value)


def test_wrong_encoding(tmp_path):
    p = tmp_path / "handouts" / "K050.yaml"
    p.parent.mkdir()
    p.write_bytes(GOOD.replace("°C", "\u00b0C").encode("latin-1", errors="replace"))
    with pytest.raises(InputError) as exc:
        load_handout(p)
    assert "not valid UTF-8" in str(exc.value)
    assert exc.value.line == line_of(GOOD, "38°C")


def test_bad_urgency_and_learn_more_code(tmp_path):
    p = write(tmp_path, GOOD.replace("urgency: watch", "urgency: later"))
    with pytest.raises(InputError, match="'urgency' must be one of"):
        load_handout(p)
    p = write(tmp_path, GOOD.replace("code: K050", "code: K051"))
    with pytest.raises(InputError, match="must contain the topic code 'K051'"):
        load_handout(p)


def test_cli_reports_one_line_and_exit_2(tmp_path):
    write(tmp_path, GOOD.replace("          - id: school\n", "          - id: rest\n"))
    r = run_cli("--project", str(tmp_path), "extract")
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert "Traceback" not in r.err
    assert lines[0].startswith(str(tmp_path / "handouts" / "K050.yaml") + ":")
    assert not (tmp_path / "locales").exists(), "no partial output on bad input"
