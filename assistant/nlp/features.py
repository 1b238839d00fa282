"""What a stretch of draft is about, as a set of features for the learned reading
of the guideline categories (``assistant/rules/code/reading.py``), and the windows
that reading looks at.

A feature is a lemma (``l:gelekt``), a word class with a word in the text
(``c:scheldwoord``), a mark of the sentence (``NEG``, ``Q``, ``QUOTED``, ``NUM``),
the profile (``p:prive``), ``OWN_TERM`` where the writer's own policy area is
named, and, in a stretch that names it, each lemma and class again as ``o:…``:
an opinion on the writer's own area reads differently from one on another's.

The training script (``scripts/train_reading.py``) and the check use these same
functions, so what was learned is what is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from assistant.nlp.analysis import MAX_WORD, analyse
from assistant.nlp.classes import MIN_COMPOUND_PART, ClassSet, WordClass
from assistant.nlp.lemmas import lemma
from assistant.nlp.self_description import OWN_WORK_CLASSES, only_self_description

# A window is about as long as the drafts the reading learned from: a post of
# up to this many words is read whole; a longer text in stretches of this size.
WINDOW_WORDS = 120
# A window of fewer words is too short to read as a whole ("Wat? Echt?"): the
# rules, which look at wordings, are left to judge it.
MIN_WORDS = 6

_LETTER = re.compile(r"[^\W\d_]")
_PARAGRAPH = re.compile(r"[^\n]+")


class Sentence(NamedTuple):
    """One sentence of a paragraph: offsets within the paragraph, its words and
    its features."""

    start: int
    end: int
    words: int
    features: frozenset[str]


class ClassIndex:
    """Which of the given word classes a word belongs to. Asking every class
    about every word costs too much on a long draft; the index gathers the few
    classes that can hold a word (by the word itself, a compound's head or
    modifier, a hyphenated part) and asks only those."""

    def __init__(self, classes: Iterable[WordClass], base: "ClassIndex | None" = None):
        """With ``base``, an index of mostly the same classes (another writer's),
        only the classes that differ from the base's are indexed here: a
        writer's own organisation and policy terms change a few classes, and
        indexing all the others again for every writer costs more than a check."""
        self._exact: dict[str, list[WordClass]] = {}
        self._heads: dict[str, list[WordClass]] = {}
        self._modifiers: dict[str, list[WordClass]] = {}
        self._by_name: dict[str, WordClass] = {}
        self._base = base
        # The base's classes that this index holds in another version, or not at all.
        self._replaced: frozenset[str] = frozenset()
        own = list(classes)
        if base is not None:
            if base._base is not None:
                raise ValueError("a base index has no base of its own")
            mine = {cls.name: cls for cls in own}
            self._replaced = frozenset(
                name for name, cls in base._by_name.items() if mine.get(name) is not cls)
            own = [cls for cls in own if base._by_name.get(cls.name) is not cls]
        for cls in own:
            self._by_name[cls.name] = cls
            for word in cls.words:
                self._exact.setdefault(word, []).append(cls)
            for word in cls.heads:
                self._heads.setdefault(word, []).append(cls)
            for word in cls.modifiers:
                self._modifiers.setdefault(word, []).append(cls)
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def names(self, lower: str, lem: str) -> tuple[str, ...]:
        key = (lower, lem)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = tuple(sorted(
                cls.name for cls in self._candidates(lower, lem) if cls.has(lower, lem)))
        return found

    def _candidates(self, lower: str, lem: str) -> set[WordClass]:
        found = self._own_candidates(lower, lem)
        if self._base is not None:
            found |= {cls for cls in self._base._own_candidates(lower, lem)
                      if cls.name not in self._replaced}
        return found

    def _own_candidates(self, lower: str, lem: str) -> set[WordClass]:
        found = set(self._exact.get(lower, ())) | set(self._exact.get(lem, ()))
        if len(lower) > MAX_WORD:
            return found
        if "-" in lower:
            for part in lower.split("-"):
                if part:
                    found |= self._own_candidates(part, lemma(part))
        for word in {lower, lem}:
            for k in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
                tail = word[k:]
                found.update(self._heads.get(tail, ()))
                if len(tail) > 4:
                    found.update(self._heads.get(lemma(tail), ()))
        for k in range(MIN_COMPOUND_PART, len(lower) - MIN_COMPOUND_PART + 1):
            found.update(self._modifiers.get(lower[:k], ()))
        return found


@dataclass(frozen=True)
class Reader:
    """Turns paragraphs into sentences with features, for one writer: the word
    classes (with the writer's own organisation) and the writer's own policy
    terms depend on who writes."""

    index: ClassIndex
    own_terms: object  # a TermMatcher, or None when the writer names no area
    profile: str

    def paragraph(self, text: str) -> tuple[Sentence, ...]:
        analysis = analyse(text)
        tokens, clauses = analysis.tokens, analysis.clauses
        sentences = []
        for first, last in analysis.sentences:
            start, end = clauses[first].start, clauses[last - 1].end
            features: set[str] = set()
            words = 0
            for clause in clauses[first:last]:
                if clause.negated:
                    features.add("NEG")
                if clause.question:
                    features.add("Q")
                for token in tokens[clause.first:clause.last]:
                    if token.quoted:
                        features.add("QUOTED")
                    if not _LETTER.search(token.lower):
                        features.add("NUM")
                        continue
                    words += 1
                    features.add("l:" + token.lemma)
                    names = self.index.names(token.lower, token.lemma)
                    if OWN_WORK_CLASSES.intersection(names) and only_self_description(
                            text, token.start, token.end, start, end):
                        # "Ik werk aan klimaatbeleid, maar ...": where the writer works.
                        names = [n for n in names if n not in OWN_WORK_CLASSES]
                    features.update("c:" + name for name in names)
            if self.own_terms is not None and any(
                    True for _ in self.own_terms.topics(text, start, end)):
                features.add("OWN_TERM")
            sentences.append(Sentence(start, end, words, frozenset(features)))
        return tuple(sentences)


def window_features(sentences: Iterable[Sentence], profile: str) -> set[str]:
    """The features of a window: those of its sentences, the profile, and, where
    the window names the writer's own area, its lemmas and classes again."""
    features: set[str] = {"p:" + profile}
    for sentence in sentences:
        features |= sentence.features
    if "OWN_TERM" in features:
        features |= {"o:" + f for f in features if f.startswith(("l:", "c:"))}
    return features


class Window(NamedTuple):
    """Sentences read together: (paragraph start in the draft, sentence) pairs."""

    sentences: tuple[tuple[int, Sentence], ...]

    @property
    def words(self) -> int:
        return sum(s.words for _, s in self.sentences)


def windows(paragraphs: list[tuple[int, tuple[Sentence, ...]]]) -> list[Window]:
    """The stretches a draft is read in. A draft of up to WINDOW_WORDS words is
    one window, as the drafts the reading learned from. A longer one is read per
    paragraph and per two neighbouring paragraphs that fit, and a paragraph
    longer than that in runs of sentences: so what a window holds depends only
    on the paragraphs in it, and an edit changes only the windows around it."""
    units = [(base, sentences) for base, sentences in paragraphs if sentences]
    if sum(s.words for _, unit in units for s in unit) <= WINDOW_WORDS:
        return [Window(tuple((base, s) for base, unit in units for s in unit))] if units else []
    found: list[Window] = []
    for i, (base, unit) in enumerate(units):
        following = units[i + 1] if i + 1 < len(units) else None
        bases = (base, following[0] if following else base)
        for pairs in owned_windows(unit, following[1] if following else None):
            found.append(Window(tuple((bases[k], s) for k, s in pairs)))
    return found


def owned_windows(unit: tuple[Sentence, ...], following: tuple[Sentence, ...] | None
                  ) -> list[tuple[tuple[int, Sentence], ...]]:
    """The windows of a long draft that start in one paragraph (its sentences
    ``unit``), as (0 for this paragraph or 1 for the ``following`` one, sentence)
    pairs: the paragraph alone, and with the following one where both fit, or a
    long paragraph in runs of sentences. They depend on these two paragraphs only."""
    size = sum(s.words for s in unit)
    if size <= WINDOW_WORDS:
        alone = tuple((0, s) for s in unit)
        if following and size + sum(s.words for s in following) <= WINDOW_WORDS:
            return [alone, alone + tuple((1, s) for s in following)]
        return [alone]
    found: list[tuple[tuple[int, Sentence], ...]] = []
    run: list[tuple[int, Sentence]] = []
    words = 0
    for sentence in unit:
        if run and words + sentence.words > WINDOW_WORDS:
            found.append(tuple(run))
            run, words = [], 0
        run.append((0, sentence))
        words += sentence.words
    if run:
        found.append(tuple(run))
    return found


def read_windows(text: str, read_paragraph) -> list[Window]:
    """The windows of a draft that are long enough to read, its paragraphs read
    with ``read_paragraph`` (the check keeps what it read before; training reads
    afresh)."""
    read = [(base, read_paragraph(part)) for base, part in paragraphs(text)]
    return [window for window in windows(read) if window.words >= MIN_WORDS]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The draft's lines with their offsets: a sentence ends at a line break."""
    return [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text)]


def class_index(classes: ClassSet, names: tuple[str, ...],
                base: ClassIndex | None = None) -> ClassIndex:
    return ClassIndex((classes.get(name) for name in names if name in classes), base)
