"""Work spread over forked workers: results in input order, one template's catalogs in one worker,
bad input raised as one line after all work is done."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import EnvironmentFailure, InputError
from pipeline.parallel import _tasks, pmap
from pipeline.validate import _template


def _square_and_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def _fails_on_three(x: int) -> int:
    if x == 3:
        raise InputError(Path(f"item{x}.po"), "bad item", 7)
    return x


def test_results_come_back_in_input_order_with_weights_and_groups():
    items = list(range(20))
    weights = [float((i * 7) % 5 + 1) for i in items]
    groups = [i % 3 for i in items]
    out = pmap(_square_and_pid, items, 2, weights=weights, groups=groups)
    assert [v for v, _ in out] == [i * i for i in items]


def test_a_group_is_done_by_one_worker_unless_it_is_too_heavy():
    items = list(range(12))
    groups = ["a"] * 3 + ["b"] * 3 + ["c"] * 3 + ["d"] * 3  # each a quarter of the work: kept whole
    out = pmap(_square_and_pid, items, 2, weights=[1.0] * 12, groups=groups)
    for g in "abcd":
        assert len({pid for (_, pid), gi in zip(out, groups, strict=True) if gi == g}) == 1
    # a group heavier than a quarter of all the work is cut, so two workers still share it evenly
    tasks = _tasks(8, 2, [1.0] * 8, ["big"] * 7 + ["small"])
    assert all(sum(1 for _ in t) <= 2 for t in tasks)
    assert sorted(i for t in tasks for i in t) == list(range(8))


def test_the_first_bad_item_is_raised_after_the_rest_were_done():
    with pytest.raises(InputError) as err:
        pmap(_fails_on_three, list(range(6)), 2, weights=[1.0] * 6, groups=[0, 0, 1, 1, 2, 2])
    assert str(err.value).startswith("item3.po:7: bad item")


def test_catalogs_of_one_template_share_a_group_key():
    assert _template(Path("locales/fr_CA/K050.po")) == _template(Path("locales/ar/K050.po"))
    assert _template(Path("realpo/gnumed/de.po")) == _template(Path("realpo/gnumed/pt_BR.po"))
    assert _template(Path("realpo/gnumed/de.po")) != _template(Path("realpo/cura/de.po"))


def _dies_on_two(item: tuple[str, int]) -> int:
    if item[1] == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # a crash in C code, the out-of-memory killer
    return item[1]


def test_a_worker_that_dies_fails_the_run_with_one_line_not_a_hang():
    items = [(f"locales/es/LC_MESSAGES/H{i}.po", i) for i in range(6)]
    with pytest.raises(EnvironmentFailure) as err:
        pmap(_dies_on_two, items, 2, weights=[1.0] * 6)
    assert "worker process stopped unexpectedly" in str(err.value)
    assert str(err.value).startswith("locales/es/LC_MESSAGES/H")


_PARENT = """
import sys, time
sys.path.insert(0, {root!r})
from pipeline.parallel import pmap
def nap(i):
    open({marker!r} + str(i), "w").write(str(__import__("os").getpid()))
    time.sleep(60)
pmap(nap, [0, 1], 2)
"""


def test_workers_die_with_their_parent(tmp_path: Path):
    marker = str(tmp_path / "worker")
    parent = subprocess.Popen([sys.executable, "-c", _PARENT.format(root=str(Path(__file__).parent.parent),
                                                                   marker=marker)])
    deadline = time.time() + 30
    while time.time() < deadline and not all(Path(marker + str(i)).exists() for i in (0, 1)):
        time.sleep(0.1)
    pids = [int(Path(marker + str(i)).read_text()) for i in (0, 1)]
    parent.kill()
    parent.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"
