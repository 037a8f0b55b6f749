"""Per-file work spread over worker processes (``--jobs``), results back in input order.

Workers are forked, so they share the parent's loaded language data; bad input
in a worker comes back as data and is raised in the parent as the one-line
:class:`~pipeline.errors.InputError` it would have been in a single process.  A
worker that dies (a crash in a C library, the out-of-memory killer) fails the run
with one line naming what it was working on, never a hang; and workers die with
their parent.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable, Hashable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

from .errors import EnvironmentFailure, InputError

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
        held = 0.0
        for i in sorted(items, key=lambda i: -weight[i]):
            if piece and held + weight[i] > bound:
                tasks.append(piece)
                piece, held = [], 0.0
            piece.append(i)
            held += weight[i]
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
    else:
        if groups is None and weights is None:
            # one item at a time keeps the workers evenly busy; batches only where there are thousands
            chunk = 1 if len(items) < 2000 else min(32, len(items) // (jobs * 64))
            tasks = [list(range(i, min(i + chunk, len(items)))) for i in range(0, len(items), chunk)]
        else:
            tasks = _tasks(len(items), jobs, weights, groups)
        results = [None] * len(items)  # type: ignore[list-item]
        batch = _Batch(guarded)
        with _pool(min(jobs, len(tasks))) as pool:
            futures = [pool.submit(batch, [items[i] for i in t]) for t in tasks]
            for task, fut in zip(tasks, futures, strict=True):
                for i, r in zip(task, _result(fut, items[task[0]]), strict=True):
                    results[i] = r
    for ok, value in results:
        if not ok:
            raise InputError(*value)
    return [value for _, value in results]


def _die_with_parent() -> None:
    """In a worker: be killed when the parent dies (Linux), so no orphan runs on after a kill -9."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before the line above ran
        os._exit(1)


def _pool(workers: int) -> ProcessPoolExecutor:
    gc.freeze()  # what the parent loaded is shared, not copied: the workers' collector never touches it
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_die_with_parent)


def _describe(item: Any) -> str:
    first = item[0] if isinstance(item, tuple) and item else item
    return str(first) if isinstance(first, str | Path) else type(first).__name__


def _result(fut: Future, item: Any) -> Any:  # type: ignore[type-arg]
    """A worker's result; a worker that died is one line naming what the run was working on."""
    try:
        return fut.result()
    except BrokenProcessPool:
        raise EnvironmentFailure(_describe(item), "a worker process stopped unexpectedly (it crashed or was "
                                 "killed) while this was being processed; run again with --jobs 1 to see why") from None


def pmap_iter(func: Callable[[T], R], items: Sequence[T], jobs: int | None = None) -> Iterator[R]:
    """:func:`pmap`, yielding each result as soon as it and those before it are done, so the caller
    can write it out and let it go instead of holding them all.

    An InputError is raised (the first, in input order) only after every item was processed: a
    caller that stages what it receives (a :class:`~pipeline.fsutil.Transaction`) rolls it all back.
    """
    jobs = default_jobs(jobs)
    guarded = _Guarded(func)
    failed: tuple[Any, ...] | None = None
    pool: ProcessPoolExecutor | None = None
    if jobs == 1 or len(items) < 2:
        stream: Iterator[tuple[bool, Any]] = (guarded(x) for x in items)
    else:
        pool = _pool(min(jobs, len(items)))
        futures = [pool.submit(guarded, x) for x in items]
        stream = (_result(f, x) for f, x in zip(futures, items, strict=True))
    try:
        for ok, value in stream:
            if not ok:
                failed = failed or value
            elif failed is None:
                yield value
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if failed is not None:
        raise InputError(*failed)
