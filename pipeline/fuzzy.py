"""Indexed fuzzy matching of source sentences (translation memory, merge).

Comparing every new sentence with every old one is what makes Babel's and
msgmerge's fuzzy merges quadratic.  Here candidates are blocked first through
an inverted index of character 3-grams, rarest grams first; only the few
candidates that share the most grams are scored with RapidFuzz.  The cost of a
query follows the postings of its grams, not the size of the memory.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text.casefold()).strip()


def grams(text: str, n: int = 3) -> set[str]:
    t = f" {normalise(text)} "
    if len(t) <= n:
        return {t}
    return {t[i : i + n] for i in range(len(t) - n + 1)}


@dataclass(frozen=True)
class Match:
    key: Hashable
    text: str
    score: float  # 0..100, RapidFuzz ratio on normalised text


class FuzzyIndex:
    """An inverted 3-gram index over texts, each stored under a caller's key."""

    #: grams shared by more than this many entries are too common to block on
    MAX_POSTINGS = 2000
    #: how many postings a query may walk (rarest grams first): the cost of a query stays flat
    BUDGET = 700
    #: rare grams that are enough evidence, once this many were counted
    ENOUGH_GRAMS = 8
    #: how many blocked candidates are scored exactly
    SHORTLIST = 24

    def __init__(self, items: Iterable[tuple[Hashable, str]] = ()) -> None:
        self._texts: list[str] = []
        self._norm: list[str] = []
        self._keys: list[Hashable] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for key, text in items:
            self.add(key, text)

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: Hashable, text: str) -> None:
        idx = len(self._keys)
        self._keys.append(key)
        self._texts.append(text)
        self._norm.append(normalise(text))
        for g in grams(text):
            self._postings[g].append(idx)

    def search(self, text: str, *, cutoff: float = 75.0, limit: int = 5) -> list[Match]:
        """Best matches with a RapidFuzz ratio ≥ ``cutoff`` (0..100), best first."""
        q = normalise(text)
        qgrams = grams(text)
        if not qgrams or not self._keys:
            return []
        counts: dict[int, int] = defaultdict(int)
        # Rarest grams first; common grams add little and cost much.
        usable = sorted((g for g in qgrams if g in self._postings), key=lambda g: len(self._postings[g]))
        counted = walked = 0
        for g in usable:
            post = self._postings[g]
            if counts and (len(post) > self.MAX_POSTINGS or walked + len(post) > self.BUDGET
                           or counted >= self.ENOUGH_GRAMS):
                break
            counted += 1
            walked += len(post)
            for idx in post:
                counts[idx] += 1
        if not counts:
            return []
        # A candidate can only reach the cutoff if it shares enough of the grams counted:
        # ratio r implies roughly r of them; keep a generous bound.
        need = max(1, int(counted * (cutoff / 100.0) * 0.5))
        shortlist = sorted((i for i, c in counts.items() if c >= need),
                           key=lambda i: (-counts[i], i))[: self.SHORTLIST]
        out = []
        for i in shortlist:
            score = fuzz.ratio(q, self._norm[i], score_cutoff=cutoff)
            if score:
                out.append(Match(self._keys[i], self._texts[i], score))
        out.sort(key=lambda m: (-m.score, str(m.key)))
        return out[:limit]
