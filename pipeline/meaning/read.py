"""Reading a text into concept mentions, negations and list joints.

:func:`read` finds every lexicon surface in one automaton pass, keeps the
leftmost-longest non-overlapping matches (a masked stretch counts as
nothing), and gives each concept mention the polarity of its clause (is a
negation cue in the clause that governs it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..lazy import lazy
from .fold import Folded, fold, is_word_char
from .lexicon import CUE, MASK, PRIVATIVE, PROHIBITION, RESTRICTIVE, Entry, MeaningLexicon, inventory, meaning_for

#: where a clause ends: sentence punctuation, semicolons, colons, commas of every script
_CLAUSE_END = re.compile(r"[.;:!?。！？；：؛؟।॥\n]|[,，、،](?!\d)|\s[-–—]\s")
_SENTENCE_END = re.compile(r"[.!?。！？؟।॥\n]+(?=\s|$)|[。！？]")
_LIST_COMMA = re.compile(r"[,，、،](?!\d)")
#: a word, vowel signs and viramas included (Python's \w stops at them: ਦਿਓ would be two words)
WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                  r"\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a03"
                  r"\u0a3c-\u0a51\u0a70\u0a71\u0a75\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+")
_LATIN = re.compile(r"[A-Za-z0-9]")


_NONE: list = []  # type: ignore[type-arg]


@dataclass
class Mention:
    category: str
    concepts: frozenset[str]
    start: int  # in the folded text
    end: int
    surface: str  # as folded
    negated: bool = False
    #: the polarity is sure: a negation in the mention's own clause, or none in its whole sentence
    certain: bool = True


@dataclass
class Cue:
    kind: str  # cue | privative | prohibition
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Joint:
    """Where listed items meet: a comma, an "or"/"and" word, or both."""

    start: int
    end: int
    word: bool  # holds a conjunction ("or", "and"), not only a comma


@dataclass
class Reading:
    folded: Folded
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    #: negations that are part of a concept ("without food", "cannot swallow"): that concept's meaning
    absorbed: list[Cue] = field(default_factory=list)
    conj_spans: list[tuple[int, int]] = field(default_factory=list)  # "or", "and" words
    verb_final: bool = False
    _polar: bool = False

    @lazy
    def by_category(self) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = {}
        for m in self.mentions:
            out.setdefault(m.category, []).append(m)
        return out

    def of(self, category: str) -> list[Mention]:
        return self.by_category.get(category, _NONE)

    def concepts(self, category: str) -> set[str]:
        return {c for m in self.by_category.get(category, _NONE) for c in m.concepts}

    @property
    def negations(self) -> list[Cue]:
        """Real negations (cues and prohibitions), not words that only mean something negative."""
        return [c for c in self.cues if c.kind in (CUE, PROHIBITION)]

    @property
    def negative(self) -> list[Cue]:
        """Everything that says "not": negations, and words with a negative meaning ("avoid", "sans") — not "only"."""
        return [c for c in self.cues + self.absorbed if c.kind != RESTRICTIVE]

    def original(self, start: int, end: int) -> str:
        return self.folded.original(start, end)

    @lazy
    def joint_spans(self) -> list[Joint]:
        """Where listed items meet (worked out when first asked for)."""
        return _joints(self.folded.text, self.conj_spans)

    @property
    def joints(self) -> int:
        """How many list joints ("a, b, or c" has two)."""
        return len(self.joint_spans)

    def polarized(self) -> Reading:
        """The mentions with their polarity worked out (only the checks that compare polarity need it)."""
        if not self._polar:
            self._polar = True
            if self.mentions and self.cues:
                _polarity(self, self.verb_final)
        return self

    @lazy
    def letters(self) -> int:
        """Letters and digits: the length measure the omission check compares."""
        return sum(len(w) for w in WORD.findall(self.folded.text))


def _hits(lex: MeaningLexicon, folded: Folded) -> list[tuple[int, int, Entry]]:
    """Every surface found, as (start, end, entry) in folded-text indices."""
    out = []
    if lex.substring:
        text = folded.text
        for end, (idx, length) in lex.automaton.iter(text):
            start = end - length + 1
            if _glued(text, start, end + 1):
                continue
            entry = lex.entries[idx]
            if entry.cased and not folded.original(start, end + 1).isupper():
                continue
            out.append((start, end + 1, entry))
        return out
    padded = folded.padded
    n = len(padded)
    suffixes, prefixes = lex.suffixes, lex.prefixes
    for end, (idx, length) in lex.automaton.iter(padded):
        # the key is " core " or, where something may follow, " core" (or "core…" where a clitic may come
        # first); padded index i is folded index i - 1, so a key's leading space is at the word's folded start
        start = end - length + 1
        if prefixes:
            word_start = padded.rfind(" ", 0, start) + 1
            if word_start != start and padded[word_start:start] not in prefixes:
                continue  # inside a word, after something that is not a clitic
            start = word_start - 1
        entry = lex.entries[idx]
        if padded[end] == " ":
            stop = end - 1
        elif padded[end + 1] == " ":  # an open key that ends where the word does
            stop = end
        elif entry.stem:  # a stem: runs on to the end of the word
            stop = end + 1
            while stop < n and padded[stop] != " ":
                stop += 1
            stop -= 1
        else:  # only one of the language's endings may follow (귀 + 에, چشم + ها)
            for sfx in suffixes:
                if padded.startswith(sfx, end + 1) and padded[end + 1 + len(sfx)] == " ":
                    stop = end + len(sfx)
                    break
            else:
                continue
        if entry.cased and not folded.original(start, stop).isupper():
            continue  # "ORS" the rehydration salts, not "ORs" the operating rooms
        out.append((start, stop, entry))
    return out


#: command-line options, web addresses, placeholders, markup: not words ("--no-ensure-on-bed" says no "no")
_SOFTWARE = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*|(?:https?|ftp)://\S+|www\.\S+|%\(\w+\)[sdif]|%[sdif@]|%\d"
                       r"|\{[^{}]{0,40}\}|</?[A-Za-z][^<>]{0,200}>")
_SOFTWARE_HINT = re.compile(r"[-%{<]|://|www\.")


def blank_software(text: str) -> str:
    if not _SOFTWARE_HINT.search(text):
        return text
    return _SOFTWARE.sub(lambda m: " " * len(m.group(0)), text)


def _glued(text: str, start: int, end: int) -> bool:
    """A Latin word or number found inside a longer one (``911`` in ``9110``, ``peg`` in ``pegasus``)."""
    if _LATIN.match(text, start) and start > 0 and _LATIN.match(text, start - 1):
        return True
    return bool(_LATIN.match(text, end - 1) and end < len(text) and _LATIN.match(text, end))


def _select(hits: list[tuple[int, int, Entry]]) -> dict[str, list[tuple[int, int, Entry]]]:
    """Per layer (a concept category, negation, list words), the leftmost-longest non-overlapping hits.

    A mask takes part in every layer, so it hides the shorter surfaces inside it whatever they are;
    a surface that is a mask and also something else (``right away``) is that thing in its own layer.
    """
    layered: dict[str, list[tuple[int, int, Entry]]] = {}
    masks = []
    for h in hits:
        for layer in h[2].layers:
            layered.setdefault(layer, []).append(h)
        if MASK in h[2].kinds:
            masks.append(h)
    out: dict[str, list[tuple[int, int, Entry]]] = {}
    for layer, items in layered.items():
        if masks:
            items = items + [m for m in masks if layer not in m[2].layers]
        if len(items) > 1:
            items.sort(key=_order)
        chosen = []
        last = -1
        for h in items:
            if h[0] >= last:
                last = h[1]
                if layer in h[2].layers:
                    chosen.append(h)
        out[layer] = chosen
    return out


def _order(h: tuple[int, int, Entry]) -> tuple[int, int, int, int]:
    """Leftmost, longest; on the same stretch a mask first, then the surface listed whole (not stem + ending)."""
    return h[0], h[0] - h[1], MASK not in h[2].kinds, -len(h[2].surface)


@functools.lru_cache(maxsize=16_384)
def read(text: str, tag: str) -> Reading | None:
    """The meaning anchors of ``text`` in locale ``tag`` (None: no meaning lexicon for its language)."""
    lex = meaning_for(tag)
    if lex is None:
        return None
    folded = fold(blank_software(text))
    folded.source = text
    r = Reading(folded)
    hits = _hits(lex, folded)
    if not hits and lex.patterns is None and lex.privative_patterns is None:
        return r
    layers = _select(hits)
    spans = []
    concept_hits = [(layer, h) for layer, hits in layers.items() if layer not in ("neg", "conj") for h in hits]
    nesting = inventory().nesting
    for layer, (start, end, entry) in concept_hits:
        if any(a <= start and end <= b and b - a > end - start and other != layer
               and layer not in nesting.get(other, ()) for other, (a, b, _e) in concept_hits):
            continue  # "stomach" inside "on an empty stomach"
        ids = frozenset(cid for cat, cid in entry.concepts if cat == layer)
        r.mentions.append(Mention(layer, ids, start, end, folded.text[start:end]))
        spans.append((start, end))
    r.mentions.sort(key=lambda m: m.start)
    for start, end, entry in layers.get("neg", ()):
        kind = next(k for k in (PROHIBITION, CUE, RESTRICTIVE, PRIVATIVE) if k in entry.kinds)
        # a negation inside a concept is that concept's meaning ("without food", "cannot be woken")
        inside = any(a <= start and end <= b for a, b in spans)
        (r.absorbed if inside else r.cues).append(Cue(kind, start, end, folded.text[start:end]))
    patterns = ((CUE, lex.patterns), (RESTRICTIVE, lex.restrictive_patterns), (PRIVATIVE, lex.privative_patterns))
    for kind, rx in patterns:
        if rx is None:
            continue
        taken = [(c.start, c.end) for c in r.cues]
        for m in rx.finditer(folded.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == CUE:  # a negation written into a verb wins over a word it looks like (지 마시고: not "drink")
                r.mentions = [x for x in r.mentions if not (x.start < m.end() and m.start() < x.end)]
            elif any(x.start < m.end() and m.start() < x.end for x in r.mentions):
                continue
            r.cues.append(Cue(kind, m.start(), m.end(), m.group(0)))
        r.cues.sort(key=lambda c: c.start)
    r.conj_spans = [(s, e) for s, e, _ in layers.get("conj", ())]
    r.verb_final = lex.verb_final
    return r


def _joints(text: str, words: list[tuple[int, int]]) -> list[Joint]:
    """List joints: commas and "or"/"and" words, a comma followed by "or" being one joint."""
    marks = sorted([(a, b, True) for a, b in words] + [(m.start(), m.end(), False) for m in _LIST_COMMA.finditer(text)])
    out: list[Joint] = []
    for a, b, word in marks:
        if out and not text[out[-1].end:a].strip():
            out[-1] = Joint(out[-1].start, b, out[-1].word or word)
        else:
            out.append(Joint(a, b, word))
    return out


def clauses(text: str) -> list[tuple[int, int, bool]]:
    """Clause spans, each with whether a sentence ends after it."""
    spans = []
    start = 0
    for m in _CLAUSE_END.finditer(text):
        spans.append((start, m.start(), bool(_SENTENCE_MARK.match(m.group(0)))))
        start = m.end()
    spans.append((start, len(text), True))
    return spans


_SENTENCE_MARK = re.compile(r"[.!?。！？؟।॥\n]")


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _polarity(r: Reading, verb_final: bool) -> None:
    """A mention is negated when its clause holds a negation; a clause that is only a list item
    ("…, ibuprofen, or naproxen") takes the polarity of the clause in its sentence that holds the verb
    (before it, or after it in verb-final languages)."""
    text = r.folded.text
    spans = clauses(text)
    neg = [any(a <= c.start < b for c in r.negations) for a, b, _ in spans]
    own_neg = list(neg)
    # a clause is only a list item when it holds nothing but mentions, negations and list words
    taken = sorted([(m.start, m.end) for m in r.mentions] + [(c.start, c.end) for c in r.cues]
                   + [(j.start, j.end) for j in r.joint_spans])
    blanked = text
    for x, y in taken:
        blanked = blanked[:x] + " " * (y - x) + blanked[y:]
    bare = []
    for a, b, _ in spans:
        inside = any(a <= m.start < b for m in r.mentions)
        bare.append(inside and not [w for w in WORD.findall(blanked, a, b) if len(w) > 1])
    order = range(len(spans) - 1, -1, -1) if verb_final else range(len(spans))
    carried = None
    for i in order:
        # the carrying stops at a sentence boundary
        if spans[i][2] if verb_final else (i > 0 and spans[i - 1][2]):
            carried = None
        if bare[i] and not neg[i] and carried is not None:
            neg[i] = carried
        elif not bare[i]:
            carried = neg[i]
    # "give acetaminophen, not ibuprofen": a negation alone in a list-item clause rules out that item only
    local = [c for c in r.negations
             if any(a <= c.start < b and bare[i] for i, (a, b, _) in enumerate(spans))]
    sentence_spans = sentences(text)
    for m in r.mentions:
        for (a, b, _), n, own in zip(spans, neg, own_neg, strict=True):
            if a <= m.start < b:
                m.negated = n
                m.certain = own or not any(x <= c.start < y for c in r.negations if c not in local
                                           for x, y in sentence_spans if x <= m.start < y)
                break


def word_at(folded: Folded, start: int, end: int) -> str:
    """The original text of a folded span, widened to whole words (for messages)."""
    text = folded.source
    a, b = folded.span(start, end)
    while a > 0 and is_word_char(text[a - 1]):
        a -= 1
    while b < len(text) and is_word_char(text[b]):
        b += 1
    return text[a:b]
