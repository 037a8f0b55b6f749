"""Our own labelled translation pairs (tests/data): the validator's precision and recall on them.

``meaning_cases`` were written to develop the meaning checks; ``meaning_holdout`` by other writers on other
topics, to measure them on text they were not tuned on.  Each case is one English sentence or three with a
translation that is right ("ok") or changes one clinical fact (negation, drug, bodypart, timing, urgency,
omission, numberword, invisible); a case counts as flagged when any check reports an error on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.validate import check_text

DATA = Path(__file__).parent / "data"


def _score(folder: str) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    wrong = []
    for path in sorted((DATA / folder).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            hit = any(f.severity == "error" for f in check_text(case["source"], case["target"], case["locale"]))
            if case["label"] == "ok" and hit:
                fp += 1
                wrong.append(f"false alarm ({case['locale']}): {case['target']}")
            elif case["label"] != "ok":
                tp += hit
                fn += not hit
    return tp / (tp + fp), tp / (tp + fn), wrong


@pytest.mark.parametrize("folder,precision,recall", [("meaning_cases", 0.97, 0.84), ("meaning_holdout", 0.97, 0.85)])
def test_precision_and_recall(folder, precision, recall):
    p, r, wrong = _score(folder)
    assert p >= precision, "\n".join(wrong)
    assert r >= recall
