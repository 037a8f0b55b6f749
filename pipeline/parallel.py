"""Per-file work spread over worker processes (``--jobs``), results back in input order.

Workers are forked, so they share the parent's loaded language data; bad input
in a worker comes back as data and is raised in the parent as the one-line
:class:`~pipeline.errors.InputError` it would have been in a single process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, TypeVar

from .errors import InputError

T = TypeVar("T")
R = TypeVar("R")


def default_jobs(jobs: int | None = None) -> int:
    """``jobs`` if given, else the machine's cores."""
    return max(1, jobs or os.cpu_count() or 1)


class _Guarded:
    """Run ``func``; an InputError becomes a value, so one bad file does not kill the pool."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def __call__(self, item: Any) -> tuple[bool, Any]:
        try:
            return True, self.func(item)
        except InputError as exc:
            return False, (str(exc.path), exc.message, exc.line, exc.col)


class _Batch:
    """Run a :class:`_Guarded` over several items in one task (one worker), results in order."""

    def __init__(self, guarded: _Guarded) -> None:
        self.guarded = guarded

    def __call__(self, batch: list[Any]) -> list[tuple[bool, Any]]:
        return [self.guarded(x) for x in batch]


def _tasks(n: int, jobs: int, weights: Sequence[float] | None,
           groups: Sequence[Hashable] | None) -> list[list[int]]:
    """Item indices cut into tasks, heaviest first.

    Without ``groups`` each item is a task.  With them, items of one group make one task (a worker
    keeps what it learnt from the first for the others, e.g. one template's English in several
    languages), except that a group heavier than a quarter of a worker's share is cut in pieces,
    so that the workers still finish together.
    """
    weight = [1.0] * n if weights is None else [float(w) for w in weights]
    if groups is None:
        return [[i] for i in sorted(range(n), key=lambda i: -weight[i])]
    bound = sum(weight) / (2 * jobs)
    members: dict[Hashable, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    tasks: list[list[int]] = []
    for items in members.values():
        piece: list[int] = []
        for i in sorted(items, key=lambda i: -weight[i]):
            if piece and sum(weight[j] for j in piece) + weight[i] > bound:
                tasks.append(piece)
                piece = []
            piece.append(i)
        tasks.append(piece)
    return sorted(tasks, key=lambda t: (-sum(weight[i] for i in t), t[0]))


def pmap(func: Callable[[T], R], items: Sequence[T], jobs: int | None = None, *,
         weights: Sequence[float] | None = None, groups: Sequence[Hashable] | None = None) -> list[R]:
    """``[func(x) for x in items]`` in ``jobs`` processes; heaviest first (``weights``) keeps them evenly busy,
    and items of one of ``groups`` go to one worker where that keeps them so (see :func:`_tasks`).

    The first InputError, in input order, is raised after all work is done, so a run never
    reports a partial result.
    """
    jobs = default_jobs(jobs)
    guarded = _Guarded(func)
    if jobs == 1 or len(items) < 2:
        results = [guarded(x) for x in items]
    elif groups is None and weights is None:
        # one item at a time keeps the workers evenly busy; batches only where there are thousands
        chunk = 1 if len(items) < 2000 else min(32, len(items) // (jobs * 64))
        gc.freeze()  # what the parent loaded is shared, not copied: the workers' collector never touches it
        with multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
            results = pool.map(guarded, items, chunksize=chunk)
    else:
        tasks = _tasks(len(items), jobs, weights, groups)
        gc.freeze()
        with multiprocessing.get_context("fork").Pool(min(jobs, len(tasks))) as pool:
            done = pool.map(_Batch(guarded), [[items[i] for i in t] for t in tasks], chunksize=1)
        results = [None] * len(items)  # type: ignore[list-item]
        for task, out in zip(tasks, done, strict=True):
            for i, r in zip(task, out, strict=True):
                results[i] = r
    for ok, value in results:
        if not ok:
            raise InputError(*value)
    return [value for _, value in results]


def pmap_iter(func: Callable[[T], R], items: Sequence[T], jobs: int | None = None) -> Iterator[R]:
    """:func:`pmap`, yielding each result as soon as it and those before it are done, so the caller
    can write it out and let it go instead of holding them all.

    An InputError is raised (the first, in input order) only after every item was processed: a
    caller that stages what it receives (a :class:`~pipeline.fsutil.Transaction`) rolls it all back.
    """
    jobs = default_jobs(jobs)
    guarded = _Guarded(func)
    failed: tuple[Any, ...] | None = None
    if jobs == 1 or len(items) < 2:
        stream: Iterator[tuple[bool, Any]] = (guarded(x) for x in items)
        pool = None
    else:
        pool = multiprocessing.get_context("fork").Pool(min(jobs, len(items)))
        stream = pool.imap(guarded, items, chunksize=1)
    try:
        for ok, value in stream:
            if not ok:
                failed = failed or value
            elif failed is None:
                yield value
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    if failed is not None:
        raise InputError(*failed)
