"""Checking a draft again after an edit: only what the edit can change is checked.

The window checks the whole draft after every edit. Most rules look at a
clause or a sentence, and a sentence ends at every line break, so what such a
rule finds in a line does not depend on the other lines. Their findings are
kept per stretch of lines, keyed by its text, and only stretches that changed
are checked again. A match may still run across a line break (a pattern's
``\\s+``, a word-class phrase): each line break is tried once with the text
on both sides (and the next RUN_ON words), and where that finds other things
than the text before it alone, the lines are checked as one stretch.

Rules that look at the whole draft (``scope = "text"``, ``unless_text_slots``)
are decided on the whole draft, but only when the edit can change them: when
one of their patterns matches near the edit, or the words that fill their
slots changed. The code checks (identification, lengths, personal data,
periods) run on every check: they cost little (personal data keeps what it
finds per line itself).

The result is the one ``Engine.check_context`` gives for the whole text.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from assistant.context import CheckContext
from assistant.engine import MAX_FINDINGS_PER_RULE, Engine, without_overlaps
from assistant.findings import Finding, sort_findings
from assistant.nlp.analysis import Analysis, binds_particle, is_particle
from assistant.rules.constructions import (
    _MAX_ASSIGNMENTS,
    _MAX_CANDIDATES,
    CompiledConstruction,
)
from assistant.rules.matchers import CompiledRule, Matcher
from assistant.rules.spec import RuleSpec
from assistant.text import Document

_LINE_TYPES = ("existence", "substitution", "cooccurrence", "construction")
# How many words after a line break a match may run on, as far as the check of
# that line break looks: the longest patterns span about a dozen words.
RUN_ON = 40
# How many answers of _phrases_cross are kept: the words at most line breaks
# stay as they are from one keystroke to the next.
_MAX_JOINS = 4096
# Words beyond those asked for that within() keeps on each side.
_CUT_MARGIN = 8
# Which marks of a slot word (quoted, negated, question) a guard looks at: none.
_NO_FLAGS = (False, False, False)
# How many words either side of an edit may decide what a rule of the whole draft
# finds there: the longest match, and the largest ``near`` (45) of a rule.
MARGIN = 60


@dataclass
class _Plan:
    """How each rule that applies to the context is checked."""

    rules: list[RuleSpec]
    # Checked per stretch of lines, without their unless_text_slots.
    local: list[RuleSpec]
    # Rules of scope "text": their findings are kept while an edit cannot change them.
    kept: list[RuleSpec]
    # Their ids: RuleSpec compares field by field, too slowly to look one up in a list.
    kept_ids: frozenset[str]
    # Rules with unless_text_slots: silenced as a whole, decided on the whole draft.
    anywhere: list[RuleSpec]
    # What may run across a line break: the local rules' patterns, and the
    # phrases of the word classes any rule uses, by their first word (and the
    # longest phrase, in words).
    matchers: list[Matcher]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    longest_phrase: int
    # How many words around an edit a rule of the whole draft with ``near`` fills
    # a construction in at most: near, and one more per slot.
    reach: int

    @classmethod
    def of(cls, engine: Engine, ctx: CheckContext) -> "_Plan":
        rules = [spec for spec in engine.rules
                 if spec.applies_to(ctx.profile.id, ctx.platform.id, ctx.platform.kind)]
        local = [s for s in rules if s.type in _LINE_TYPES and s.scope != "text"]
        matchers = [engine.compiled(s).matcher for s in local if s.type != "construction"]
        names = set()
        for spec in rules:
            compiled = engine.compiled(spec)
            if isinstance(compiled, CompiledConstruction):
                names |= compiled.class_names()
            guards = engine.guards(spec)
            for guard in (guards.local, guards.anywhere) if guards is not None else ():
                if guard is not None:
                    names |= guard.class_names()
        classes = engine.classes_for(ctx)
        phrase_classes = [c for c in map(classes.get, sorted(names)) if c.phrases]
        phrases: dict[str, set[tuple[str, ...]]] = {}
        for word_class in phrase_classes:
            for first, entries in word_class.phrases.items():
                phrases.setdefault(first, set()).update(entries)
        kept = [s for s in rules if s.type in _LINE_TYPES and s.scope == "text"]
        return cls(
            rules=rules, local=local, kept=kept, kept_ids=frozenset(s.id for s in kept),
            anywhere=[s for s in rules if s.unless_text_slots],
            matchers=matchers,
            phrases={first: tuple(entries) for first, entries in phrases.items()},
            longest_phrase=max((len(words) for entries in phrases.values() for words in entries),
                               default=0),
            reach=max((spec.near + len(c.slots) for spec in rules
                       if spec.type == "construction" and spec.near is not None
                       for c in _constructions(engine.compiled(spec))), default=0))


@dataclass
class IncrementalCheck:
    """One engine's checks of successive versions of a draft, for one context
    at a time (another context starts afresh)."""

    engine: Engine
    _ctx: CheckContext | None = None
    _plan: _Plan | None = None
    _lines: list[str] = field(default_factory=list)
    _text_length: int = 0
    _stretches: dict[str, tuple[tuple[int, list[Finding]], ...]] = field(default_factory=dict)
    _seams: dict[tuple[str, str, tuple[str, ...]], bool] = field(default_factory=dict)
    _silenced: dict[str, bool] = field(default_factory=dict)
    _whole: dict[str, list[Finding]] = field(default_factory=dict)
    # What an edit's comparison found in a text: the footprints of a construction
    # rule's slots, whether a rule is filled, where a rule's patterns match. The
    # text before an edit is mostly the one after the edit before it.
    _looks: dict[tuple, object] = field(default_factory=dict)
    # Where each pattern matches in a stretch of lines alone (_matches_cross).
    _alone: dict[str, list[list[tuple[int, int]]]] = field(default_factory=dict)
    _placed: dict[tuple[str, int], tuple[tuple[int, list[Finding]], ...]] = field(default_factory=dict)
    _documents: dict[str, Document] = field(default_factory=dict)
    # Whether a phrase runs from some words into others (_phrases_cross).
    _joins: dict[tuple, bool] = field(default_factory=dict)
    # What was used by the last check, so the caches can drop the rest.
    _used_stretches: set[str] = field(default_factory=set)
    _used_seams: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)
    _used_looks: set[tuple] = field(default_factory=set)
    _used_alone: set[str] = field(default_factory=set)
    _used_documents: set[str] = field(default_factory=set)

    # A check and the preparation for an edit (prepare_edit) share what is kept.
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def check_context(self, text: str, ctx: CheckContext) -> list[Finding]:
        """What Engine.check_context gives for ``text``."""
        with self._lock:
            return self._check_context(text, ctx)

    def prepare_edit(self, text: str, ctx: CheckContext, position: int) -> bool:
        """Work out now what an edit at ``position`` of the last checked ``text``
        is compared with: how the rules of the whole draft find the line there.
        The first keystroke in a line otherwise pays for it on top of its own
        check; those after it find it kept. False when ``text`` or ``ctx`` is not
        the one last checked (the next check comes first)."""
        with self._lock:
            if ctx != self._ctx or self._plan is None or not self._lines:
                return False
            if Document(text).text != "\n".join(self._lines):
                return False
            starts = list(_line_starts(self._lines))
            k = max(bisect.bisect_right(starts, position) - 1, 0)
            column = min(max(position - starts[k], 0), len(self._lines[k]))
            # As if a space were typed there: the text before the edit is the text
            # as it stands, cut around that place as a keystroke's would be.
            lines = list(self._lines)
            lines[k] = lines[k][:column] + " " + lines[k][column:]
            change = self._edit(lines, self._text_length + 1)
            classes = self.engine.classes_for(ctx)
            for spec in self._plan.anywhere:
                change.moved(self.engine.guards(spec).anywhere, classes)
            for spec in self._plan.kept:
                old = self._whole.get(spec.id)
                if old is not None:
                    self._changes(spec, old, ctx, change)
            return True

    def _check_context(self, text: str, ctx: CheckContext) -> list[Finding]:
        if ctx != self._ctx or self._plan is None:
            self._start_afresh(ctx)
        plan = self._plan
        doc = Document(text)
        lines = doc.text.split("\n")
        self._used_stretches, self._used_seams = set(), set()
        self._used_looks, self._used_documents, self._used_alone = set(), set(), set()
        change = self._edit(lines, len(doc.text)) if self._lines else None
        local = self._local_findings(lines)
        self._decide_silenced(plan, doc, ctx, change)
        findings: list[Finding] = []
        for spec in plan.rules:
            if self._silenced.get(spec.id):
                # What it found before no longer follows the text.
                self._whole.pop(spec.id, None)
            elif spec.id in local:
                findings.extend(local[spec.id])
            elif spec.id in plan.kept_ids:
                findings.extend(self._kept(spec, doc, ctx, change))
            else:
                findings.extend(self.engine.run_rule(spec, doc, ctx, anywhere=False))
        self._lines, self._text_length = lines, len(doc.text)
        self._forget_unused()
        return sort_findings(without_overlaps(self.engine.doubted(findings, doc, ctx)))

    def compile_patterns(self, ctx: CheckContext) -> None:
        """Compile now every pattern the checks in ``ctx`` may search with, so
        that no check after an edit waits for one: RE2 holds the interpreter
        while it compiles, so this is done in small groups, one after another."""
        for spec in self.engine.rules:
            if not spec.applies_to(ctx.profile.id, ctx.platform.id, ctx.platform.kind):
                continue
            compiled = self.engine.compiled(spec)
            if isinstance(compiled, CompiledRule):
                for matcher in (compiled.matcher, compiled.context, compiled.unless):
                    if matcher is not None:
                        matcher.compile_all()

    def _start_afresh(self, ctx: CheckContext) -> None:
        self._ctx, self._plan = ctx, _Plan.of(self.engine, ctx)
        self._lines, self._text_length = [], 0
        self._stretches.clear()
        self._seams.clear()
        self._silenced.clear()
        self._whole.clear()
        self._looks.clear()
        self._alone.clear()
        self._placed.clear()
        self._documents.clear()
        self._joins.clear()

    # --- rules of a clause or sentence, per stretch of lines ----------------------

    def _local_findings(self, lines: list[str]) -> dict[str, list[Finding]]:
        """Each local rule's findings in the whole text, in the order and number
        the rule gives for the whole text."""
        plan = self._plan
        found: list[list[Finding]] = [[] for _ in plan.local]
        base = 0
        placed = {}
        for stretch in self._join(lines):
            key = (stretch, base)
            self._used_stretches.add(stretch)
            own = self._placed.get(key)
            if own is None:
                own = tuple((i, [_moved(f, base) for f in hits])
                            for i, hits in self._stretch(stretch))
            placed[key] = own
            for i, hits in own:
                found[i].extend(hits)
            base += len(stretch) + 1
        # Stretches before the edit stay where they were: their findings are reused as they are.
        self._placed = placed
        return {spec.id: hits[:MAX_FINDINGS_PER_RULE] for spec, hits in zip(plan.local, found)}

    def _join(self, lines: list[str]) -> list[str]:
        """The lines as stretches: a line joins the one before where a match may
        run across the line break between them."""
        stretches = [lines[0]]
        for k in range(1, len(lines)):
            if self._crossed(stretches[-1], lines[k], self._run_on(lines, k + 1)):
                stretches[-1] = stretches[-1] + "\n" + lines[k]
            else:
                stretches.append(lines[k])
        return stretches

    def _run_on(self, lines: list[str], first: int) -> tuple[str, ...]:
        """The lines from ``first`` on that hold the next RUN_ON words."""
        return tuple(lines[first:_reach(lines, first, RUN_ON, 1)])

    def _crossed(self, before: str, after: str, rest: tuple[str, ...]) -> bool:
        key = (before, after, rest)
        self._used_seams.add(key)
        found = self._seams.get(key)
        if found is None:
            found = self._seams[key] = (self._matches_cross(before, "\n".join((after, *rest)))
                                        or self._phrases_cross(before, (after, *rest)))
        return found

    def _matches_cross(self, before: str, following: str) -> bool:
        """Whether a pattern finds other matches up to a line break when the text
        after it follows than in the text before it alone. Only the matches count:
        the rest of a data rule looks within the sentence of a match, and a
        sentence ends at the break."""
        joined, brk = before + "\n" + following, len(before)
        self._used_alone.add(before)
        if before not in self._alone:
            self._alone[before] = [[(m.start, m.end) for m in matcher.find(before)]
                                   for matcher in self._plan.matchers]
        # After a blank line, a match up to the break must start in its few
        # characters: a test at each of them spares a search of all that follows.
        blank = not before.strip()
        for matcher, alone in zip(self._plan.matchers, self._alone[before]):
            if blank and not alone and not matcher.may_start_by(joined, brk):
                continue
            found = []
            for m in matcher.find(joined):
                if m.start > brk:
                    break
                found.append((m.start, m.end))
            if found != alone:
                return True
        return False

    def _phrases_cross(self, before: str, following: tuple[str, ...]) -> bool:
        """Whether a phrase of a word class ("bij de") starts before a line break
        and goes on in the ``following`` lines: the words before the break then
        belong to the class differently than in the lines alone."""
        longest = self._plan.longest_phrase
        if longest < 2:
            return False
        head = tuple((t.lower, t.lemma) for t in self._analysed(before).tokens[-(longest - 1):])
        if not head:
            return False
        # A line's words are read alone (the analysis goes by line), so the first
        # words of the lines that follow are those of each line in turn.
        rest: list[tuple[str, str]] = []
        for line in following:
            if len(rest) >= longest - 1:
                break
            rest.extend((t.lower, t.lemma)
                        for t in self._analysed(line).tokens[:longest - 1 - len(rest)])
        key = head, tuple(rest)
        found = self._joins.get(key)
        if found is None:
            if len(self._joins) >= _MAX_JOINS:
                self._joins.clear()
            found = self._joins[key] = self._phrase_joins(*key)
        return found

    def _phrase_joins(self, head: tuple, rest: tuple) -> bool:
        """Whether a phrase starts among the words (lower case, lemma) of ``head``
        and ends among those of ``rest``."""
        tokens = head + rest
        phrases = self._plan.phrases
        for i, (lower, lemma) in enumerate(head):
            for first in {lower, lemma}:
                for words in phrases.get(first, ()):
                    if len(head) < i + len(words) <= len(tokens) and all(
                            w in pair for w, pair in zip(words, tokens[i:])):
                        return True
        return False

    def _document(self, text: str) -> Document:
        """A stretch of lines prepared for the rules, kept while checks use it:
        most are of lines an edit left alone, and the next keystroke asks
        again. The rules of an edited line and what the edit moved share it."""
        self._used_documents.add(text)
        if text not in self._documents:
            self._documents[text] = Document(text)
        return self._documents[text]

    def _analysed(self, text: str) -> Analysis:
        return self._document(text).analysis

    def _stretch(self, text: str) -> tuple[tuple[int, list[Finding]], ...]:
        """The findings of each local rule (by its place in the plan) that finds
        something in a stretch of lines."""
        self._used_stretches.add(text)
        found = self._stretches.get(text)
        if found is None:
            doc, ctx = self._document(text), self._ctx
            found = self._stretches[text] = tuple(
                (i, hits) for i, spec in enumerate(self._plan.local)
                if (hits := self.engine.run_rule(spec, doc, ctx, anywhere=False)))
        return found

    def _forget_unused(self) -> None:
        """Keep what this check used (and so what the next keystroke most likely uses)."""
        self._stretches = {k: v for k, v in self._stretches.items() if k in self._used_stretches}
        self._seams = {k: v for k, v in self._seams.items() if k in self._used_seams}
        self._looks = {k: v for k, v in self._looks.items() if k in self._used_looks}
        self._alone = {k: v for k, v in self._alone.items() if k in self._used_alone}
        self._documents = {k: v for k, v in self._documents.items() if k in self._used_documents}

    # --- rules of the whole draft --------------------------------------------------

    def _edit(self, lines: list[str], length: int) -> "_Change":
        """The lines that differ from the last check's text, before and after."""
        old = self._lines
        same = min(len(old), len(lines))
        first = next((i for i in range(same) if old[i] != lines[i]), same)
        tail = 0
        while tail < same - first and old[len(old) - 1 - tail] == lines[len(lines) - 1 - tail]:
            tail += 1
        start = sum(len(line) + 1 for line in old[:first])
        before, after = old[first:len(old) - tail], lines[first:len(lines) - tail]
        # A word-class phrase may run from a changed line into the next, or back.
        reach = self._plan.longest_phrase
        # Each as the text before the break and the lines after it: a line's words are
        # read alone (_phrases_cross).
        seams = [("\n".join(block[_reach(block, k, reach, -1):k]),
                  tuple(block[k:_reach(block, k, reach, 1)]))
                 for block, k in ((old, first), (lines, first), (old, len(old) - tail),
                                  (lines, len(lines) - tail)) if 0 < k < len(block)]
        return _Change(self, before, after, start, length - self._text_length, seams,
                       (lines[:first], lines[len(lines) - tail:]))

    def _decide_silenced(self, plan: _Plan, doc: Document, ctx: CheckContext,
                         change: "_Change | None") -> None:
        """Which rules a construction of their unless_text_slots silences anywhere
        in the draft, decided again where the edit changed one of its words."""
        classes = self.engine.classes_for(ctx)
        for spec in plan.anywhere:
            guard = self.engine.guards(spec).anywhere
            if change is not None and spec.id in self._silenced and not change.moved(
                    guard, classes):
                continue
            self._silenced[spec.id] = guard.found(doc.analysis, classes, 0, len(doc.text))

    def _kept(self, spec: RuleSpec, doc: Document, ctx: CheckContext,
              change: "_Change | None") -> list[Finding]:
        """A rule of the whole draft: its last findings (moved with the text)
        unless the edit can change them."""
        old = self._whole.get(spec.id)
        if old is not None and change is not None and not self._changes(spec, old, ctx, change):
            found = [f if f.end < change.start else _moved(f, change.shift) for f in old]
        else:
            found = self.engine.run_rule(spec, doc, ctx, anywhere=False)
        self._whole[spec.id] = found
        return found

    def _changes(self, spec: RuleSpec, old: list[Finding], ctx: CheckContext,
                 change: "_Change") -> bool:
        if len(old) >= MAX_FINDINGS_PER_RULE:
            return True  # the first ones are reported; which, depends on all
        if any(f.start <= change.end and change.start <= f.end for f in old):
            return True
        compiled = self.engine.compiled(spec)
        construction = isinstance(compiled, CompiledConstruction)
        # Without ``near``, words between the hits of a construction decide which
        # fits best: fewer may make a new one, more may undo one (not one found
        # outside the edit). With it, how far apart the hits around the edit lie
        # decides (see _Change.moved); data rules count words only for ``near``.
        near = spec.near
        if construction and old and near is None and change.words_removed():
            return True
        classes = self.engine.classes_for(ctx)
        guards = self.engine.guards(spec, anywhere=False)
        # Guards look for their slots anywhere in their scope, however far apart.
        if guards is not None and any(change.moved(guard, classes)
                                      for guard in (guards.local, guards.anywhere) if guard):
            return True
        if not construction:
            return change.matches_moved(compiled, near)
        if spec.questions == "skip" and change.questions_changed():
            return True
        return change.moved(compiled, classes, near, (
            spec.quotes == "skip", spec.negation != "any", spec.questions == "skip"))


class _Change:
    """An edit by whole lines: the changed lines before and after it (analysed
    when first asked), the same with the lines around them, where they stood in
    the old text, and how far the text after them moved."""

    def __init__(self, check: IncrementalCheck, before: list[str], after: list[str], start: int,
                 shift: int, seams: list[tuple[str, tuple[str, ...]]],
                 unchanged: tuple[list[str], list[str]]):
        self._check = check
        self.before, self.after = "\n".join(before), "\n".join(after)
        self.start, self.end, self.shift = start, start + len(self.before), shift
        self._seams = seams
        self._lines = (before, after)
        self._unchanged = unchanged
        self._around: dict[int, tuple[str, str]] = {}
        self._starts: dict[str, list[int]] = {}
        # The changed lines with the lines around them that hold the next MARGIN
        # words either side, the same before and after the edit.
        self._wide = self.around(MARGIN)
        self._phrases: bool | None = None
        self._words: _Replaced | None | bool = False
        # Which word classes hold which changed words, shared by all rules.
        self._seen: dict = {}
        self._side_tokens: tuple[list, list] | None = None
        self._side_words: dict[int, tuple[set, set]] = {}
        self._in_lines: set[tuple[str, str]] | None = None
        # The tokens the edit changed in the changed lines, before and after it.
        self._edited: tuple[range, range] | None = None

    def around(self, words: int) -> tuple[str, str]:
        """The changed lines before and after the edit, with the lines around
        them that hold the next ``words`` words either side."""
        if words not in self._around:
            head, tail = self._unchanged
            head = head[_reach(head, len(head), words, -1):]
            tail = tail[:_reach(tail, 0, words, 1)]
            self._around[words] = tuple("\n".join([*head, *lines, *tail])
                                        for lines in self._lines)
        return self._around[words]

    def within(self, words: int) -> tuple[str, str]:
        """The text before and after the edit from ``words`` words before the
        characters it changed to ``words`` words after them, and a few more:
        a word at the edge of a cut line may be read otherwise than in the line.
        Both hold the same unchanged text either side of the change."""
        key, words = -words, words + _CUT_MARGIN
        if key not in self._around:
            texts = self.around(words)
            same = min(len(t) for t in texts)
            head = next((i for i in range(same) if texts[0][i] != texts[1][i]), same)
            tail = next((i for i in range(same - head) if texts[0][-1 - i] != texts[1][-1 - i]),
                        same - head)
            # The same stretch of the unchanged text either side of both: where an
            # edit joined or split a word, its words are counted otherwise.
            bounds = [_cut(text, head, len(text) - tail, words) for text in texts]
            before = max(head - first for first, _last in bounds)
            after = max(last - (len(text) - tail) for text, (_first, last) in zip(texts, bounds))
            self._around[key] = tuple(text[head - before:len(text) - tail + after]
                                      for text in texts)
        return self._around[key]

    def _analysed(self, text: str) -> Analysis:
        # Kept from the last check too: its lines after the edit are these before
        # it, with the word classes already looked up in them.
        return self._check._analysed(text)

    def moved(self, rule: CompiledConstruction, classes, near: int | None = None,
              flags: tuple[bool, bool, bool] = _NO_FLAGS) -> bool:
        """Whether the edit changed where the slots of ``rule`` match (see
        CompiledConstruction.footprint), and ``flags``: which of a slot word's
        marks (quoted, negated, question) the rule looks at. With ``near``, also
        how many words lie between the words around the edit that fill slots,
        for each construction that could be filled across it (_spaced). A
        phrase across the edge of the changed lines counts as a change."""
        if self._phrases is None:
            self._phrases = any(self._check._phrases_cross(a, b) for a, b in self._seams)
        if self._phrases:
            return True
        # As many words as before, or a rule that does not count the words
        # between its hits: one whose slots see none of the changed words finds
        # the same (see _changed_words).
        if not self._words_seen(rule, classes):
            if near is None or self.same_length():
                return False
            if not self._hits_either_side(rule, classes, near):
                return False
        found = [self._footprint(rule, classes, text) for text in (self.before, self.after)]
        spans = [fp[0] for fp in found]
        if spans[0] != spans[1]:
            return True
        marked = [range(len(fp[1])) for fp in found]
        # With as many words in the changed lines as before and their hits in
        # the same places (or none), no two hits lie nearer or further apart;
        # with more or fewer, but no hit among the words the edit changed, only
        # hits either side of it can be.
        if near is not None and (
                found[0][2] != found[1][2] if self.same_length()
                else self._changed_words() is None or self._hit_in_edit(found)
                or self._hits_either_side(rule, classes, near)):
            texts = self.within(self._check._plan.reach)
            zone = [self._footprint(rule, classes, text)[0] for text in texts]
            filled = any(self._filled(rule, classes, text, hits) for text, hits in zip(texts, zone))
            if not filled:
                # Nothing near the edit fills the rule: only its unless_slots look
                # at how their words are marked.
                first = sum(len(c.slots) + len(c.absent) for c in rule.constructions)
                marked = [{rank for group in narrow[first:] for span in group
                           for rank in range(span[0], span[1] + 1)} for narrow in spans]
            spaced = [_spaced(rule, near, narrow, zone, filled, lambda i=i: self._footprint(
                rule, classes, self._wide[i], True)[0]) for i, narrow in enumerate(spans)]
            if spaced[0] != spaced[1]:
                return True
        marks = [tuple((rank, tuple(mark for mark, kept in zip(fp[1][rank], flags) if kept))
                       for rank in sorted(keep)) for fp, keep in zip(found, marked)]
        return marks[0] != marks[1]

    def _hits_either_side(self, rule: CompiledConstruction, classes, near: int) -> bool:
        """Whether the rule may have hits on both sides of the edit, near enough
        to fill it together: only those are now nearer or further apart when
        the edit changed how many words there are, and no changed word is a hit."""
        span = near + max(len(c.slots) for c in _constructions(rule))
        return all(rule.may_hit(side, classes, self._seen) for side in self._sides(span))

    def _hit_in_edit(self, found: list[tuple]) -> bool:
        """Whether one of the words the edit took out or put in fills a slot:
        ``found`` holds the footprints of the changed lines before and after it."""
        if self._edited is None:
            a, b = (self._analysed(t).tokens for t in (self.before, self.after))
            head, tail = _common_ends(a, b, lambda t: (t.lower, t.lemma))
            self._edited = (range(head, len(a) - tail), range(head, len(b) - tail))
        return any(i in edited for fp, edited in zip(found, self._edited) for i in fp[2])

    def _words_seen(self, rule: CompiledConstruction, classes) -> bool:
        """Whether the words the edit changed may change what fills the rule's
        slots (see _changed_words)."""
        changed = self._changed_words()
        if changed is None:
            return True
        seen = self._seen
        return ((changed.any_particle and rule.reads_particles(classes))
                or (changed.particles and rule.reads_particles(classes, changed.particles))
                or rule.sees(changed.words, classes, seen)
                or rule.joins(changed.before, changed.after, classes, seen)
                or rule.reads_own_work(self._line_words(), classes, seen))

    def _changed_words(self) -> "_Replaced | None":
        """The words the edit took out and put in, when it changed nothing else:
        the words before and after it stay in the same clauses with the same
        marks (negation, question, quotes). Where the edit changed the number
        of words, also the words either side of it, which now stand next to
        other words. None for any other edit. A rule that sees none of these
        words (CompiledConstruction.sees, .joins), and reads no separable
        verb where the edit may have moved a particle, fills its slots with
        the same words, in the same clauses, before and after the edit; only
        how many words lie between them may differ, and then only if the
        number changed."""
        if self._words is False:
            old, new = self._analysed(self.before), self._analysed(self.after)
            self._words = _replaced_words(old, new)
        return self._words

    def _line_words(self) -> set[tuple[str, str]]:
        """The words (lower-case form, lemma) of the changed lines, before and
        after the edit: they hold every sentence the edit touched."""
        if self._in_lines is None:
            self._in_lines = {(t.lower, t.lemma) for text in (self.before, self.after)
                              for t in self._analysed(text).tokens}
        return self._in_lines

    def _sides(self, words: int) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """The words (lower-case form, lemma) before the edit and after it, as
        many either side as ``words`` and a few more (a cut line may be read
        otherwise at its edge): as far as a rule with ``near`` fills a
        construction in."""
        if self._side_tokens is None:
            a, b = (self._analysed(t).tokens for t in self.within(self._check._plan.reach))
            head, tail = _common_ends(a, b, lambda t: (t.lower, t.lemma))
            self._side_tokens = ([(t.lower, t.lemma) for t in reversed(a[:head])],
                                 [(t.lower, t.lemma) for t in a[len(a) - tail:]])
        words += _CUT_MARGIN
        if words not in self._side_words:
            self._side_words[words] = tuple(set(side[:words]) for side in self._side_tokens)
        return self._side_words[words]

    def _filled(self, rule: CompiledConstruction, classes, text: str, hits: tuple) -> bool:
        """Whether one of the rule's constructions is filled in ``text``, or may
        be: where a slot has more hits there than the rule tries, or there are
        more ways to fill it than it tries, they are not all tried. ``hits`` are
        the rule's slot hits in ``text``."""
        return self._look(("filled", rule, text),
                          lambda: self._fills(rule, classes, text, hits))

    def _fills(self, rule: CompiledConstruction, classes, text: str, hits: tuple) -> bool:
        first = 0
        for construction in rule.constructions:
            size = len(construction.slots)
            ways = 1
            for group in hits[first:first + size]:
                ways *= len(group)
                if len(group) >= _MAX_CANDIDATES:
                    return True
            if ways > _MAX_ASSIGNMENTS:
                return True
            first += size + len(construction.absent)
        return rule.found(self._analysed(text), classes, 0, len(text))

    def _footprint(self, rule: CompiledConstruction, classes, text: str,
                   distances: bool = False) -> tuple:
        # By what the rule looks for: many rules share their guards (@fictie_kader).
        return self._look((tuple(c.text for c in _constructions(rule)), distances, text),
                          lambda: rule.footprint(self._analysed(text), classes, distances))

    def _look(self, key: tuple, find):
        """What ``find`` finds, kept under ``key`` (which holds the text looked at)."""
        looks = self._check._looks
        self._check._used_looks.add(key)
        if key not in looks:
            looks[key] = find()
        return looks[key]

    def matches_moved(self, rule: CompiledRule, near: int | None) -> bool:
        """Whether the patterns match other text near the edit after it than
        before it, or, with ``near``, the same text so many words further from
        a match of the rule's context within ``near`` words of it."""
        found = [self._look(("matches", rule, near, text),
                            lambda text=text: self._matched(rule, near, text))
                 for text in self._wide]
        return found[0] != found[1]

    def _matched(self, rule: CompiledRule, near: int | None, text: str):
        starts = self._word_starts(text) if near is not None else []
        hits = [tuple((m.text, bisect.bisect_left(starts, m.start),
                       bisect.bisect_left(starts, m.end)) for m in matcher.find(text))
                if matcher is not None else () for matcher in
                (rule.matcher, rule.context, rule.unless)]
        matches, context, unless = hits
        if near is not None and matches and context:
            # The context counts from near words before a match's first word to
            # near words after its last.
            places = _clusters([[(s, e) for _t, s, e in h] for h in (matches, context)],
                               near + 1)
            return [t for t, _s, _e in matches + context], places, [t for t, _s, _e in unless]
        return [[t for t, _s, _e in h] for h in hits]

    def _word_starts(self, text: str) -> list[int]:
        if text not in self._starts:
            self._starts[text] = [w.start for w in self._check._document(text).words]
        return self._starts[text]

    def same_length(self) -> bool:
        """Whether the changed lines hold as many of the analysis's tokens as before."""
        return len(self._analysed(self.before).tokens) == len(self._analysed(self.after).tokens)

    def words_removed(self) -> bool:
        """Whether the edit left fewer of the analysis's tokens."""
        before, after = (len(self._analysed(t).tokens) for t in (self.before, self.after))
        return after < before

    def questions_changed(self) -> bool:
        return (any(c.question for c in self._analysed(self.before).clauses)
                != any(c.question for c in self._analysed(self.after).clauses))


class _Replaced(NamedTuple):
    """What an edit replaced (see _Change._changed_words): each word as (lower
    case, lemma)."""

    words: set[tuple[str, str]]
    # The word before the edit and the one after it, where the number of words changed.
    before: set[tuple[str, str]]
    after: set[tuple[str, str]]
    # The separable particles put in or taken out: verbs with one of them may
    # have it now, or no longer.
    particles: frozenset[str]
    # Whether any verb may have its particle now, or no longer (a "te" put in,
    # taken out, or with words put in or taken out next to it).
    any_particle: bool


def _replaced_words(old: Analysis, new: Analysis) -> _Replaced | None:
    """See _Change._changed_words."""
    a, b = old.tokens, new.tokens
    if len(old.clauses) != len(new.clauses):
        return None
    for x, y in zip(old.clauses, new.clauses):
        if (x.sentence, x.negated, x.question) != (y.sentence, y.negated, y.question):
            return None
    head, tail = _common_ends(a, b, lambda t: (t.lower, t.lemma, t.quoted, t.clause))
    gone, put = a[head:len(a) - tail], b[head:len(b) - tail]
    # Each clause keeps the words it had around the edit; a word in between
    # may stand in any clause from the one before the edit to the one after.
    low = a[head - 1].clause if head else 0
    high = a[len(a) - tail].clause if tail else len(old.clauses) - 1
    if any(not low <= t.clause <= high for t in (*gone, *put)):
        return None
    words = {(t.lower, t.lemma) for t in (*gone, *put)}
    first = a[head - 1] if head else None
    following = a[len(a) - tail] if tail else None
    moved = len(gone) != len(put)
    particles = frozenset(t.lower for t in (*gone, *put) if is_particle(t.lower))
    any_particle = (any(binds_particle(t.lower) for t in (*gone, *put)) or (moved and any(
        binds_particle(t.lower) for t in (first, following) if t))
        # The word after a particle decides whether it stands apart ("op hun geld").
        or (first is not None and is_particle(first.lower)))
    # The words either side of the edit stand next to other words now: a
    # phrase or a run of slot words may begin or end there.
    return _Replaced(words, {(first.lower, first.lemma)} if first and moved else set(),
                     {(following.lower, following.lemma)} if following and moved else set(),
                     particles, any_particle)


def _common_ends(a, b, key) -> tuple[int, int]:
    """How many tokens ``a`` and ``b`` share at their start, and how many after
    that at their end, compared by ``key``."""
    same = min(len(a), len(b))
    head = next((i for i in range(same) if key(a[i]) != key(b[i])), same)
    tail = next((i for i in range(same - head) if key(a[-1 - i]) != key(b[-1 - i])),
                same - head)
    return head, tail


def _constructions(rule: CompiledConstruction) -> list:
    return rule.constructions + rule.unless


def _spaced(rule: CompiledConstruction, near: int, narrow: tuple, zone: list[tuple],
            filled: bool, wide) -> tuple:
    """A construction rule's slot hits as far as the words between them can
    change what it finds. Per construction: where it could be filled across the
    edit (the rule's own ones only where it is filled near the edit, and each
    only where the lines near it (``zone``, before or after the edit) hold a
    hit for every slot), the hits around the edit (``wide()``: counted in
    words) in groups that lie close enough to fill it together; elsewhere
    nothing the edit did to the distances matters, and the hits in the changed
    lines (``narrow``) do."""
    found, first = [], 0
    for n, construction in enumerate(_constructions(rule)):
        size = len(construction.slots)
        own = slice(first, first + size + len(construction.absent))
        first = own.stop
        # One slot alone fills a construction whatever lies around it.
        if (size > 1 and (filled or n >= len(rule.constructions))
                and any(all(spans[own][:size]) for spans in zone)):
            found.append(_clusters(wide()[own], near + size))
        else:
            found.append(narrow[own])
    return tuple(found)


def _clusters(groups, gap: int) -> tuple:
    """Groups of spans of words (first, last) with each span as (cluster, first,
    last) counted from the start of its cluster, where a cluster ends at more
    than ``gap`` words without a span: what lies that far apart never acts
    together, so a text whose clusters look the same acts the same, however far
    apart the clusters lie."""
    starts, end = [], None
    for first, last in sorted(span for group in groups for span in group):
        if end is None or first - end > gap:
            starts.append(first)
            end = last
        else:
            end = max(end, last)
    return tuple(tuple((k, first - starts[k], last - starts[k])
                       for first, last in group
                       for k in (bisect.bisect_right(starts, first) - 1,))
                 for group in groups)


def _cut(text: str, start: int, end: int, words: int) -> tuple[int, int]:
    """Where text[start:end] with ``words`` words either side (as far as there
    are) starts and ends."""
    found = Document(text).words
    starts = [w.start for w in found]
    first = bisect.bisect_right(starts, start) - 1 - words
    last = bisect.bisect_left(starts, end) + words - 1
    return (found[first].start if first >= 0 else 0,
            found[last].end if last < len(found) else len(text))


def _reach(lines: list[str], first: int, words: int, step: int) -> int:
    """Where a run of lines from ``first`` on (``step`` 1) or before it (-1)
    that holds at least so many words ends: words as ``near`` counts them, and
    never more than the analysis's tokens."""
    end, found = first, 0
    while found < words and 0 <= (end if step > 0 else end - 1) < len(lines):
        found += _words(lines[end if step > 0 else end - 1])
        end += step
    return end


def _line_starts(lines: list[str]):
    start = 0
    for line in lines:
        yield start
        start += len(line) + 1


@lru_cache(maxsize=8192)
def _words(line: str) -> int:
    return len(Document(line).words)


def _moved(finding: Finding, by: int) -> Finding:
    if not by:
        return finding
    fix = finding.fix
    return replace(finding, start=finding.start + by, end=finding.end + by,
                   fix=replace(fix, start=fix.start + by, end=fix.end + by) if fix else None)
