"""Work spread over forked workers: results in input order, one template's catalogs in one worker,
bad input raised as one line after all work is done."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.errors import InputError
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
