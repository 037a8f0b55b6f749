"""The English handouts, each parsed once per run (in parallel, and not at all when unchanged).

Parsing YAML with positions is the slowest part of reading a handout, and a run
needs every handout in three steps (extract, the source lint, the site), so
``all`` loads them here once.  A parsed handout is cached under the hash of its
file's bytes and path: an unchanged file is not parsed again (a file that fails to
parse is never cached, so its error is reported on every run).
"""

from __future__ import annotations

import os
from pathlib import Path

from .cache import Cache, file_digest
from .handout import Handout, load_handout
from .parallel import pmap


def load_handouts(paths: list[Path], cache: Cache | None = None, jobs: int | None = None) -> list[Handout]:
    """Every handout at ``paths``, in order; bad input raises the first file's one-line error."""
    cache = cache or Cache(None)
    keys = [cache.key("handout", os.path.abspath(p), file_digest(p)) for p in paths]
    hits = cache.get_many("handout", keys)
    missing = [(p, k) for p, k in zip(paths, keys, strict=True) if k not in hits]
    sizes = [float(p.stat().st_size) for p, _ in missing]
    loaded = pmap(load_handout, [p for p, _ in missing], jobs, weights=sizes)
    for (_, k), h in zip(missing, loaded, strict=True):
        hits[k] = h
        cache.put("handout", k, h)
    return [hits[k] for k in keys]
