"""Issue 12, item 2: editor saves racing a real ``update`` process, many timings, lose nothing.

The same run as ``bench/stress_saves.py`` (20,000 entries, 12 rounds: 17,250 saves, 0 lost; with
the lock's base check removed, 510 of 1,338 lost in 4 rounds), on a library small enough for CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from stress_saves import stress


def test_saves_racing_update_are_never_lost(tmp_path: Path):
    tally = stress(tmp_path / "library", entries=3000, rounds=4, jobs=2)
    assert tally.update_failures == 0
    assert tally.attempted >= 40 and tally.saved >= 40  # saves landed all through each update
    assert tally.lost == 0
    assert tally.incomplete == 0  # and every catalog still holds the merge
