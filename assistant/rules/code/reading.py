"""The learned reading of a guideline category: what a stretch of draft does, as
a second signal beside the rules, which recognise wordings.

Per category a linear model over the features of ``assistant.nlp.features``
(lemmas, word classes, the writer's own area), learned from the labelled drafts
of the hold-out rounds with ``scripts/train_reading.py`` and shipped as data in
``resources/reading/model.json``. A window fires when its score passes the
category's threshold, chosen in training so that drafts that break no rule
almost never pass it. The finding underlines the sentence that weighs most; its
level is ``tip``, so where a rule of the same category flags the same text the
rule's finding stays and this one goes.

Paragraphs and windows are read once per text and writer and kept, so typing
in one paragraph reads only that paragraph and its windows again.
"""

from __future__ import annotations

import bisect
import json
import threading
from array import array
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from assistant.cache import cached
from assistant.context import CheckContext
from assistant.nlp.features import (MIN_WORDS, WINDOW_WORDS, ClassIndex, Reader, Sentence,
                                    Window, class_index, owned_windows, paragraphs,
                                    window_features, windows)
from assistant.resources import resource_path
from assistant.rules.code import Hit, code_check
from assistant.rules.code.policy_area import own_area_terms, term_matcher
from assistant.rules.spec import RuleSpec
from assistant.text import Document


MODEL_FILE = ("reading", "model.json")
# Paragraphs kept between checks: a long draft, with room for its edits.
_KEPT = 4096


class Model:
    """The models (one per category, or per category and profile: ``key``), their
    bias and threshold, and per feature its weight in each model, as one row of
    a table: one look-up per feature scores every category."""

    def __init__(self, data: dict):
        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.keys: tuple[str, ...] = tuple(data.get("models", ()))
        self.bias: tuple[float, ...] = tuple(data.get("bias", ()))
        self.threshold: tuple[float, ...] = tuple(data.get("threshold", ()))
        # How far below its threshold a passage's score makes the rules of its
        # category doubted (see doubts); none: never.
        self.doubt: float | None = data.get("doubt")
        self.rows: dict[str, int] = {}
        self.table = array("d")
        for feature, weights in data.get("weights", {}).items():
            if len(weights) != len(self.keys):
                raise ValueError(f"{feature}: {len(weights)} weights for {len(self.keys)} models")
            self.rows[feature] = len(self.rows)
            self.table.extend(weights)

    def scores(self, features, bias: bool = True) -> list[float]:
        """Per model, the score of a set of features."""
        width, table, rows = len(self.keys), self.table, self.rows
        total = list(self.bias) if bias else [0.0] * width
        for feature in features:
            row = rows.get(feature)
            if row is not None:
                start = row * width
                for i in range(width):
                    total[i] += table[start + i]
        return total


_model_lock = threading.Lock()
_model: Model | None = None


def model() -> Model:
    """The shipped model, read once. Without a readable one the reading stays
    quiet and the rules still check: a damaged installation loses a signal,
    not the check."""
    global _model
    with _model_lock:
        if _model is None:
            path = resource_path(*MODEL_FILE)
            try:
                # Kept parsed in the cache: reading the JSON costs a short check
                # a quarter of its time.
                _model = cached("reading", [path, Path(__file__)], lambda: _load(path))
            except (OSError, ValueError, KeyError, TypeError) as error:
                import logging  # here: only a damaged installation logs

                logging.getLogger(__name__).warning(
                    "The reading model could not be read: %s", error)
                _model = Model({"classes": []})
        return _model


def _load(path: Path) -> Model:
    with open(path, encoding="utf-8") as f:
        return Model(json.load(f))


@lru_cache(maxsize=16)
def _reader(identity, department, profile: str) -> Reader:
    """How one writer's paragraphs are read: the word classes with the writer's
    own organisation, and the writer's own policy area."""
    from assistant.engine import Engine  # the engine loads the code checks

    classes = Engine.class_set((), identity, department)
    terms = own_area_terms(identity, department)
    names = model().classes
    return Reader(class_index(classes, names, _base_index(names)),
                  term_matcher(terms) if terms else None, profile)


@lru_cache(maxsize=2)
def _base_index(names: tuple[str, ...]) -> ClassIndex:
    """The index of the classes as they are for a writer without configuration;
    each writer's index adds only the classes their configuration changes."""
    from assistant.engine import Engine

    return class_index(Engine.class_set(), names)


class _Kept:
    """Results kept between checks, least recently used first out: what a
    paragraph reads as, and what a window is read as per category."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict = OrderedDict()

    def get(self, key, make):
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        found = make()
        with self._lock:
            self._items[key] = found
            while len(self._items) > _KEPT:
                self._items.popitem(last=False)
        return found


_kept = _Kept()


class _Verdicts(NamedTuple):
    """What a window reads as: per category whose threshold it passes, which of
    its sentences weighs most there (it carries the finding); and per category
    how far its score lies above (or below) the threshold."""

    found: dict[str, int]
    margins: dict[str, float]


def _verdicts(sentences: tuple[Sentence, ...], profile: str) -> _Verdicts:
    """A category may have a model per profile (``rolvermenging@prive``): what
    mixes roles depends on it."""
    found: dict[str, int] = {}
    margins: dict[str, float] = {}
    read = model()
    totals = read.scores(window_features(sentences, profile))
    per_sentence = None
    for i, key in enumerate(read.keys):
        category, _, only = key.partition("@")
        if (only and only != profile) or (not only and f"{key}@{profile}" in read.keys):
            continue
        margins[category] = totals[i] - read.threshold[i]
        if totals[i] > read.threshold[i]:
            if per_sentence is None:
                per_sentence = [read.scores(s.features, bias=False) for s in sentences]
            found[category] = max(range(len(sentences)), key=lambda k: per_sentence[k][i])
    return _Verdicts(found, margins)


class _Last:
    """What one writer's last draft read as: per paragraph text its sentences and
    words, and per paragraph and the one after it the windows that start there,
    with their verdicts. The next draft (most often the same draft one keystroke
    later) takes over what did not change, without a look-up per window."""

    __slots__ = ("reads", "owned")

    def __init__(self) -> None:
        self.reads: dict[str, tuple[tuple[Sentence, ...], int]] = {}
        self.owned: dict[tuple[str, str | None], list] = {}


_last_lock = threading.Lock()
_last: OrderedDict = OrderedDict()
# Writers (identity, department, profile) whose last draft is kept.
_LAST_WRITERS = 8


def _read(doc: Document, ctx: CheckContext) -> list[tuple[Window, _Verdicts]]:
    """The draft's windows long enough to be read, with their verdicts, kept on
    the document so the rules of all categories share one reading; paragraphs
    and windows seen in an earlier check are not read again."""
    memo = doc.__dict__.setdefault("_reading", {})
    key = (ctx.identity, ctx.department, ctx.profile.id)
    if key not in memo:
        memo[key] = _read_draft(doc.text, key, ctx)
    return memo[key]


def _read_draft(text: str, key: tuple, ctx: CheckContext) -> list[tuple[Window, _Verdicts]]:
    reader = _reader(ctx.identity, ctx.department, ctx.profile.id)
    profile = ctx.profile.id
    with _last_lock:
        # Taken, not shared: a check in another thread starts from nothing.
        last = _last.pop(key, None) or _Last()

    def verdicts(sentences: tuple[Sentence, ...]) -> _Verdicts:
        # Kept by who reads, not by the reader itself: a kept paragraph must not keep
        # alive the word classes of every writer checked before.
        return _kept.get((key, sentences), lambda: _verdicts(sentences, profile))

    reads: dict[str, tuple[tuple[Sentence, ...], int]] = {}
    units = []
    for base, part in paragraphs(text):
        got = reads.get(part) or last.reads.get(part)
        if got is None:
            sentences = _kept.get((key, part), lambda part=part: reader.paragraph(part))
            got = (sentences, sum(s.words for s in sentences))
        reads[part] = got
        if got[0]:
            units.append((base, part, got))
    found = []
    owned: dict[tuple[str, str | None], list] = {}
    if sum(got[1] for _, _, got in units) <= WINDOW_WORDS:
        # A short draft is one window.
        for window in windows([(base, got[0]) for base, _, got in units]):
            if window.words < MIN_WORDS:
                continue
            found.append((window, verdicts(tuple(s for _, s in window.sentences))))
    else:
        for i, (base, part, got) in enumerate(units):
            following = units[i + 1] if i + 1 < len(units) else None
            pair = (part, following[1] if following else None)
            here = owned.get(pair)
            if here is None:
                here = last.owned.get(pair)
            if here is None:
                here = []
                for pairs in owned_windows(got[0], following[2][0] if following else None):
                    if sum(s.words for _, s in pairs) >= MIN_WORDS:
                        here.append((pairs, verdicts(tuple(s for _, s in pairs))))
            owned[pair] = here
            bases = (base, following[0] if following else base)
            for pairs, found_here in here:
                found.append((Window(tuple((bases[k], s) for k, s in pairs)), found_here))
    last.reads, last.owned = reads, owned
    with _last_lock:
        _last[key] = last
        while len(_last) > _LAST_WRITERS:
            _last.popitem(last=False)
    return found


@code_check("reading")
def check_reading(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    reported: set[tuple[int, int]] = set()
    for window, verdicts in _read(doc, ctx):
        best = verdicts.found.get(spec.category)
        if best is None:
            continue
        base, sentence = window.sentences[best]
        span = (base + sentence.start, base + sentence.end)
        if span not in reported:
            reported.add(span)
            yield Hit(*span)


def doubts(doc: Document, ctx: CheckContext, category: str, start: int, end: int) -> bool:
    """Whether the reading holds that the text around ``start``..``end`` does not
    do what its category's rules look for: every window read there scores at
    least the model's ``doubt`` below the category's threshold. A rule that
    recognises a wording in such text most likely met it in another sense
    ("hoe persembargo's werken", a promise to one's own children); on the
    drafts kept aside for measuring, no finding of a rule that was right lay
    that far below. Text too short to be read, and a model without ``doubt``,
    raise no doubt."""
    limit = model().doubt
    if limit is None:
        return False
    starts, spans, longest = _spans(doc, ctx)
    found = False
    # Only windows that start less than the longest window before ``start`` can reach it.
    for i in range(bisect.bisect_right(starts, start - longest), bisect.bisect_left(starts, end)):
        first, last, verdicts = spans[i]
        if last <= start:
            continue
        margin = verdicts.margins.get(category)
        if margin is None or margin > -limit:
            return False
        found = True
    return found


def _spans(doc: Document, ctx: CheckContext) -> tuple[list[int], list, int]:
    """The windows read in the draft as (start, end, verdicts) in the order of
    their starts, those starts, and the longest window's length: a long draft
    has hundreds of windows, and a keystroke may ask about each of its findings."""
    memo = doc.__dict__.setdefault("_reading_spans", {})
    key = (ctx.identity, ctx.department, ctx.profile.id)
    if key not in memo:
        spans = sorted(((window.sentences[0][0] + window.sentences[0][1].start,
                         window.sentences[-1][0] + window.sentences[-1][1].end, verdicts)
                        for window, verdicts in _read(doc, ctx)), key=lambda s: s[:2])
        memo[key] = ([s[0] for s in spans], spans,
                     max((e - s for s, e, _v in spans), default=0))
    return memo[key]
